"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.04.2"  # licences near any driving word, health-insurance 記号・番号 by their labels, stored-value cards; births in family lines, split cells, sentences and era codes under a label, abbreviated account kinds; 要配慮 by a condition's grammar (cannot, needs, uses, ticked) and by events (arrests, penalties, shelter, swindles, faith by practice), a form's family and a consultation's other party; phones with の, 〜, kanji digits or over cells, addresses over two lines, an organisation's mailboxes, requests to call and accounts of bodies without a legal form
