"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

RULES_VERSION = "2026.11.22.2"  # patterns rewritten for speed; labels not tokenized
