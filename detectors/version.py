"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.03.4"  # semicolon rows as cells, union roles and dues, faith by gifts and rites, 要配慮 said indirectly; ゆうちょ 記号・番号, licences however grouped, form labels after a blank column; numbers under another number's label, an organisation's own blocks and desks' mailboxes; variant kanji, names with readings, shops, goods and companies called by a name
