"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.03.5"  # one number-label grammar for phones, My Numbers and cards, accounts asked to be paid into; births said with 生まれ, short years, era columns, forms read by their labels; 番地/字/ノ/条 and romanised addresses; whose a contact is by its record, invoice cells and signing lines; 要配慮 tied across a one-person file, movements, episodes; former surnames, JSON name keys, children's names
