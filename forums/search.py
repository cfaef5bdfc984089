"""The lists in the portal search (to be written, issue 7)."""
