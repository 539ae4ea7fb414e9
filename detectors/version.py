"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.07.1"  # identifiers wrapped over two lines joined; pension/employment insurance numbers with blanks for hyphens, without separators and labelled after; insurer numbers in groups of four, 記号番号 in brackets; a number word after a value as its label; headerless card and account columns read full-width and bracketed cells; contacts set aside in a file count toward the share rule (objects.own_values), a contact proven own in one folder is own across its top folder; an mbox owner's own address; grade cells beside a findings column; ゆかりの sites; names after 見本/記入例 are samples; rare two-kanji surnames and katakana given names by shape
