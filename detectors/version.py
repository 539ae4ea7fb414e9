"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.02.5"  # HR masters in turns of record types, births beside later dates and names beside readings in host exports, visitor logs, callers, what a sentence says a name is, SENSITIVE word boundaries
