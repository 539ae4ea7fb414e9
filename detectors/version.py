"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.3"  # English 要配慮 prose and cells, keys in romaji and half-width kana, a caption under its value, split numbers, stamp rows and 、-lists of surnames, names a sentence defines; co-operatives' 組合員 no union's, a member's record no filing, postal codes before a phone, repayment accounts the lender's, a sequel one 病歴, religious offices, quoted parties, a client's job site, post mailboxes, Vietnamese names with marks, surnames after a glued role
