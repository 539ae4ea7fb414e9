"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.2"  # postal codes under system labels, with their leading zeros dropped, split over elements, beside an address or in a vCard; strings with an @ that are no one's mailbox (identifiers, envelopes, program accounts, URL users), a mobile's own mailbox, an issuer's letterhead read upwards; names under a person's label in forms and one-line JSON/XML, pets by their records, weekday runs; what only resembles a result (legends, thresholds, counts, printed choices, services, screenings, goods); 要配慮 said in sentences (the parse-tree clause reader on, behind a gate); a hyphen after a long run of digits is inside a fixed-width value
