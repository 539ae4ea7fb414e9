"""A street address abroad as a foreign resident's record gives it (a home country's
address, a family's abroad): a house number, the street's name and its kind (Street,
Ave., Road …), optionally a flat, then a city and a region or a country
(1234 Maple Street, Springfield, IL 62704, USA). The street's kind and the city after it
make it an address; a number before a capitalised word alone does not (address15)."""

_WORD = r"[A-Z][A-Za-z'.-]*"
_KIND = (r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.|Way|Court|Ct\.|Place|Pl\.|"
         r"Terrace|Crescent|Highway|Hwy\.?|Parkway|Pkwy\.?|Close|Square)")
_FLAT = r"(?:,? (?:Apt\.?|Apartment|Suite|Unit|Flat|#) ?[0-9A-Z][0-9A-Za-z-]{0,5})?"
# the city, then a region's code or name, a postal code, or both (…, Springfield, IL 62704; …, Auckland, 1010)
_CODE = r"[0-9A-Z][0-9A-Z -]{2,8}[0-9A-Z]"
_PLACE = rf",? {_WORD}(?: {_WORD}){{0,2}}(?:,? (?:[A-Z]{{2,3}}|{_WORD}(?: {_WORD})?)\b(?: {_CODE})?|,? {_CODE})"
STREET_ABROAD = rf"(?<![0-9A-Za-z-])[1-9][0-9]{{0,5}}[A-Za-z]? (?:{_WORD} ){{1,3}}{_KIND}{_FLAT}{_PLACE}"
STREET_GATE = rf"[0-9] (?:{_WORD} ){{1,3}}{_KIND}"
