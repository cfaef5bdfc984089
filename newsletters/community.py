"""Community news: submitting, reviewing, listing (to be written, issue 7)."""
