"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.04.3"  # passports and residence cards in stay records, MRZ, fixed-width and key styles; bank accounts by a transfer row, pension and employment-insurance numbers under their own keys and labels above; My Number not under another record's key or in an order's row, stored-value cards by their own label; an organisation's and a partner's contacts by their row, key and voice, worked examples; check-up results by a row's measures and marks
