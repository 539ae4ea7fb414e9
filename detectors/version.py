"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.04.1"  # animals' births and names, an organisation's own birth, births under an HTML column header; licences and insurance numbers under another number's label; 要配慮 ties narrowed (headers, footers, titles, notices, animals), advocacy, parentage, unions, faith joined; addresses with a room first or 様方, bare mobiles, +81 (0), trades' and venues' own contacts, semicolon CSVs by field; things named like people in prose
