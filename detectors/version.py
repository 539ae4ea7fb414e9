"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.7"  # host fields that ran into the next, card groups and My Numbers in headerless columns, births beside a document's number, residence cards after a name, rolls parted by full-width bars; a delimited roster's phone field, members' titles, unit heads' mailboxes, issued notices' feet; desks as senders, horses, pieces, lineages, boats, a surname said again; joined health labels, two fields a line, aids with causes in brackets, a pregnancy as such no 病歴; beliefs as the reason of a rule, seats in a cause group, faith members, votes and opinions told, animals' attacks no crime
