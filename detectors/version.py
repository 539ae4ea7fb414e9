"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.9"  # a postal code beside the organisation's own contact set aside with it (postcodes stored with holders); bare code columns after an address only where they agree with it, 〒 not vetoed by the next field's label, addresses stopped before a 〒 or a phone, HTML header rows in <td>, counting-up series no passports; plain nouns after a surname, groups (〜の会), a topic's common noun before です, quoted names after a kind, era-abbreviated roster births, a loss with a blank, glossed origins, carriers, party members; bank accounts in dashed codes, a form's cell-before label, a notice's own 振込先
