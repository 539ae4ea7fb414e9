"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.6"  # check-up results by item rows, findings in words and English keys; union desks and other bodies; 本籍 labels of every spelling; insurers' own numbers; disability labels and lost functions, care given; addresses alone on a line and abroad, town lists' postal codes; firms and shops named after a family
