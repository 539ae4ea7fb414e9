"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.1"  # identity documents in headerless record columns (kind codes, shapes); the organisation's own footers, mail headers and payees; 要配慮 as a note's noun phrase (treatment, state, symptom, ※ household notes, union-only seats, masked parties, petitions); lone surnames after a role, one-character Chinese and short Vietnamese surnames; form examples, composers by their works, 洗礼名, duty columns; manifests' slips (an age and no birth); workplace phones of a guardian, 旅券 no voucher, HTML form values and comments
