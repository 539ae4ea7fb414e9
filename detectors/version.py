"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.03.2"  # 要配慮 told in office prose, disabilities with their cause, births after a sex code, names in office prose and mail, split name columns and export headers, JSON/HTML/pasted sheets, an organisation's own numbers, katakana people said to be people
