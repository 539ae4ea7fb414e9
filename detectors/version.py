"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.1"  # health-insurance numbers under English, romaji and key labels, 受給者番号, a column's own header under a group row; host bank records by kind and kana holder; My Number not in a payment's or goods' record, lot labels; a date's own label as its context, an XML element or a JSON key too (changes are no births); a column of things named by its header; header lines, title fragments and things called like people are no names; addresses and phones under a column or row label, split over cells, in headerless records, rural lots and kanji digits; postal codes in headerless records
