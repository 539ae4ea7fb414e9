"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.06.2"  # a headerless pension column beside My Numbers, a My Number card named in the record, an office's own account and a managing firm's phone; a 戒名 label in a see-elsewhere note, nationality apart from origin, faith by attendance and in English, political seats, fraud losses; pets named with their breed, an owner's own illness in an animal's record; places and schools glued to a surname, English salutations, one-character surnames with さん or a role
