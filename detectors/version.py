"""Version of the detection rules; stored with every object so that a change of
rules forces re-extraction on the next scan instead of reusing stale findings."""

# Extraction changes count too: what an unchanged file yields must be read again.
RULES_VERSION = "2026.12.05.7"  # claims exports (保険者番号 in a patient's record, UKE, claim keys); headerless host exports' phones, postal codes and accounts; XML names and permits/bookings as other records' keys; antibody results and phones in PDF lists; para-sports, supplies and sequels; surnames named again, names before 様; recipients' offices, vertical labels, 本籍 towns named like fields
