"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.5"  # headerless rolls (a birth beside a name and phone, a faith standing alone), mutual-aid members no union's, a judgement beside a read result, item+finding+judgement, readings in hiragana and brackets, spaced names before さん, helpers' columns, allergies, treatments with their disability, symptom labels, later sentences of another category, the person told no victim, sums lost to a crime, place labels no person; 信条 as camps, convictions, political acts and cause groups
