"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.3"  # a farm's, a site's, a host's contacts are the place's; a 12-digit number under a business number's label or in a contract's row is no My Number (個人 alone labels none); births by a spread-out label, a label after or above the value, Excel serials, parts in elements, headerless rows with a reading; goods and named things by their own label or record; names in headerless columns; 要配慮 under English keys, a label above, a ticked choice, union branches and sections, causes opposed or asked for; unanswered questions, unmarked choices, rules about a kind of people and unnamed offenders are no one's record
