"""To be written (issue 7)."""
