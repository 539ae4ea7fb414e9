"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.8"  # an organisation's own contacts set aside where they recur across a folder's files tied to no one (derived, not stored); a notice's 振込先 and an insurer's number in a text naming nobody, 様/殿 inside words, mg/dL no licence; what was done for a disease (operations, counts, years), remarks in brackets, a body part's loss, 補装具 kinds, 受洗, passives with を, key persons; names after a word for a person, roster lines, figures of lore, goods named like people
