"""Presidio recognizers for Japanese personal data, one per file."""
