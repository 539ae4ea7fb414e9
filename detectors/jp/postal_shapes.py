"""Ways of writing or placing a 郵便番号 that a code's mark (〒) or a prefecture right
after it do not cover (postal11's matrix, benchmarks/postal11_matrix.py):

- the label words of systems and forms: romaji (yubin, yubin_bango), English post keys
  (postcode, post_no, POST) beside 郵便/〒/zip/postal;
- a code whose leading zeros a sheet or a host dropped (001-0010 stored as the number
  10010, or written 1-0010): five digits, or one or two digits, a hyphen and four, under
  a postal label of its own;
- a code split over two XML elements or two JSON keys (<zip1>410</zip1><zip2>0801</zip2>);
- a code alone on its line above an address (a 宛名ラベル, a letter's address block);
- the postal-code field of a vCard's ADR (;;street;city;region;4100801;country).
Each is read by its own label or record, never by a window of text."""

from detectors.jp.address import PREFECTURES

# a label of a postal code, before the value in its cell (case ignored); `post` alone or
# with code/no, never a word that goes on (posted, post_id)
LABEL = r"郵便|〒|zip|postal|ユウビン|yu+bin|post(?:[ _.-]?(?:code|no|num|number))?(?![a-z_])"
# the text holds one of the label words, or a vCard's address: the labelled shapes are worth trying
LABEL_WORDS = r"郵便|ユウビン|(?i:zip|post|yu+bin)|ADR[;:]"
# not inside a longer number, nor after a hyphenated group (1-2-10010)
_ALONE = r"(?<![0-9])(?<![0-9]-)"
_NOT_LONGER = r"(?![0-9])(?!-[0-9])"
UNPADDED = _ALONE + r"(?:[0-9]{5}|[0-9]{1,2}-[0-9]{4})" + _NOT_LONGER
# the code's first group closing one element or key, its second group the value of the next
SPLIT_FIELDS = (_ALONE + r"[0-9]{3}(?:</[^<>\n]{1,24}>[ \t\n]*<[^<>/\n]{1,24}>|\"?\t ?\"[^\"\t\n]{1,24}\": ?\"?)"
                r"[0-9]{4}" + _NOT_LONGER)
# an address block's first line: the code alone, the next line opening with a prefecture
LINE_ABOVE = r"^[0-9]{3}-?[0-9]{4}(?=[ \t]*\n[ \t\u3000]*(?:" + "|".join(PREFECTURES) + "))"
# a vCard's ADR: the postal code is the field before the country, the line's last
VCARD_FIELD = r"(?<=;)[0-9]{3}-?[0-9]{4}(?=;[^;\n]*$)"
VCARD_GATE = r"^ADR[;:]"
