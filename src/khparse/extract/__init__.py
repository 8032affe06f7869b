"""Extractors: pure functions from (text, outline, earlier items) to Plan items."""
