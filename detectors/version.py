"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.5"  # pension and employment-insurance numbers by their own key, row and section, residence cards not passports; organisations' own mailboxes by their local part and place; disease heads, care said of a disease and therapeutic diets; check-up figures of groups and things, disability certificates and aids; births beside a sex, one record a column, an animal's birth; faith, creed, origin and record keys; animals' and storms' names, foreign names after a role; two-row headers with groups over later columns, tables' footers
