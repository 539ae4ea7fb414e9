"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.03.1"  # births in the host's era code and two-digit years, hire dates beside births by share and gap, record types after the staff number, companies, teams and products named like people in prose
