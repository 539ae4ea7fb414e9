"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.02.3"  # person columns, header-less and edge-to-edge host exports, health follow-up precision, forms and rosters
