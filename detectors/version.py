"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.4"  # a card number only by its own label or a payment record; passports, residence cards and licences by their label wherever it stands and in stay records; host-export headers read word by word (romaji, English, abbreviations) in every structured format, XML/YAML keys and HTML tables included; deaths and lifespans no births; a place's line and a facility's value not a person's; union seats, dues and co-operatives, camps and releases; clinicians' shorthand, sequels, drugs and a place's amenities
