"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.5"  # cards in headerless columns, +81 phones, kin and witness labels, desks' mailboxes below a reach; Latin-letter names said by an English context, roles before a date, posts that sign, hiragana given names; story characters, historical figures, makers, colours, titles no person; births in headerless rolls; treatments in brackets, a disease as a reason, aids as tasks, judgement lists; beliefs ruling a diet; a header under a title row; one-kanji surnames after log labels; circulation arrows; one finding for a conviction refusing a treatment; offices' mailboxes by their reading; licence labels and JSON keys; faith in English
