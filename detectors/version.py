"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.03.3"  # 要配慮 courses, judged check-up findings, stances; names after role labels, salutations and signatures; の and 漢数字 address blocks, dotted phones, births of a record's subject, licences under bracketed labels, the employer's insurance row, letterheads
