"""Ways of writing or placing a 郵便番号 that a code's mark (〒) or a prefecture right
after it do not cover (postal11's matrix, benchmarks/postal11_matrix.py):

- the label words of systems and forms: romaji (yubin, yubin_bango), English post keys
  (postcode, post_no, POST) beside 郵便/〒/zip/postal;
- a code whose leading zeros a sheet or a host dropped (001-0010 stored as the number
  10010, or written 1-0010): five digits, or one or two digits, a hyphen and four, right
  after a postal code's own label (郵便番号, 〒, zip…; not 郵便料金 12000);
- a code split over two XML elements or two JSON keys, both named for a postal code
  (<zip1>410</zip1><zip2>0801</zip2>, "postalCode1": "410", "postalCode2": "0801");
- a code alone on its line above an address whose prefecture it agrees with (a 宛名ラベル,
  a letter's address block);
- the postal-code field of a vCard's ADR (;;street;city;region;4100801;country);
- a code after the prefecture of an address written in English (Numazu-shi, Shizuoka 4100801);
- a code right after its address on the line (…2-14-7　410-0801, …2-14-7（4100801）), agreeing
  with the address's prefecture;
- a code in 漢数字 after 〒, as a letter written vertically has it (〒四一〇-〇八〇一);
- a code whose hyphen a form spaced out (410 - 0801) under its label.
Each is read by its own label or record, never by a window of text."""

from __future__ import annotations

import re

from detectors.columns.places import postal_regions, prefecture_of
from detectors.jp.address import PREFECTURES
from detectors.jp.base import LABEL_REACH

_POST = r"post(?:[ _.-]?(?:code|no|num|number))?(?![ _.-]?[a-z])"  # not posted, post_id, post office
# a label of a postal code, before the value in its cell (case ignored)
LABEL = r"郵便|〒|zip|postal|ユウビン|yu+bin|" + _POST
# a postal code's own label right before the value (a key's quotes, a colon, an element's >)
OWN_LABEL = r"(?:郵便番号|〒|zip|postal|ユウビン|yu+bin|" + _POST + r")[^0-9\n]{0,12}$"
_NAMED = r"(?i:zip|post|yu+bin)|郵便|〒"  # the second field's name says it is the code's too
# the text holds one of the label words, or a vCard's address: the labelled shapes are worth trying
LABEL_WORDS = r"郵便|ユウビン|(?i:zip|post|yu+bin)|ADR[;:]"
# not inside a longer number, nor after a hyphenated group (1-2-10010)
_ALONE = r"(?<![0-9])(?<![0-9]-)"
_NOT_LONGER = r"(?![0-9])(?!-[0-9])"
UNPADDED = _ALONE + r"(?:[0-9]{5}|[0-9]{1,2}-[0-9]{4})" + _NOT_LONGER
# the code's first group closing one element or key, its second group the value of the next
SPLIT_FIELDS = (_ALONE + rf"[0-9]{{3}}(?:</[^<>\n]{{1,24}}>[ \t\n]*<[^<>/\n]{{0,12}}(?:{_NAMED})[^<>/\n]{{0,12}}>|"
                rf"\"?\t ?\"[^\"\t\n]{{0,12}}(?:{_NAMED})[^\"\t\n]{{0,12}}\": ?\"?)[0-9]{{4}}" + _NOT_LONGER)
SPLIT_GATE = r"[0-9]{3}(?:</|\"?\t ?\")"  # a group of three closing an element or a key's value
# an address block's first line: the code alone, the next line opening with a prefecture
LINE_ABOVE = r"^[0-9]{3}-?[0-9]{4}(?=[ \t]*\n[ \t\u3000]*(?:" + "|".join(PREFECTURES) + "))"
LINE_ABOVE_NAME = "postal_line_above"
# a vCard's ADR: the postal code is the field before the country, the line's last
VCARD_FIELD = r"(?<=;)[0-9]{3}-?[0-9]{4}(?=;[^;\n]*$)"
VCARD_GATE = r"^ADR[;:]"
# an English address's prefecture (Shizuoka, Tokyo-to, Osaka Pref.) right before the code, case ignored
_ROMAJI_PREFECTURES = (  # in the order of address.PREFECTURES (JIS), zipped with it below
    "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi", "gunma",
    "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui", "yamanashi", "nagano", "gifu",
    "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka", "hyogo", "nara", "wakayama", "tottori", "shimane",
    "okayama", "hiroshima", "yamaguchi", "tokushima", "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki",
    "kumamoto", "oita", "miyazaki", "kagoshima", "okinawa")
_KANJI_OF = dict(zip(_ROMAJI_PREFECTURES, PREFECTURES))
ROMAJI_PREFECTURE = r"(?<![a-z])(" + "|".join(_ROMAJI_PREFECTURES) + r")(?:-(?:ken|to|fu|do)| pref(?:ecture)?\.?)?,? ?$"
_ROMAJI_BEFORE = re.compile("(?i)" + ROMAJI_PREFECTURE)
AFTER_ROMAJI = r"[0-9](?<=[A-Za-z.,] [0-9])[0-9]{2}-?[0-9]{4}" + _NOT_LONGER
_KANJI_DIGIT = "[〇○一二三四五六七八九]"
KANJI_MARKED = rf"〒 *{_KANJI_DIGIT}{{3}}[-－‐ー―]?{_KANJI_DIGIT}{{4}}(?!{_KANJI_DIGIT})"
KANJI_DIGITS = str.maketrans("〇○一二三四五六七八九", "00123456789")
SPACED_DASH = _ALONE + r"[0-9]{3}(?: +- *| *- +)[0-9]{4}" + _NOT_LONGER
# a code right after its address on the line (静岡県…2-14-7　410-0801, …2-14-7（4100801）): hyphenated
# after a space, a comma, a tab or a bracket, or bare in brackets; its prefecture is the line's last before it
# how an address ends (a block's number, 4号, a room, a floor, 番地), never a label (郵便番号, 所在地)
_ADDRESS_ENDS = ("[0-9]", "[0-9一二三四五六七八九十]号", "号室", "[0-9][室階F]", "番地")


def _after_address_end(separator: str, width: int) -> str:
    """Look-behinds: the code's first digit after separator (width characters), after an address's end."""
    gap = "." * width
    return rf"(?<={separator}[0-9])(?:" + "|".join(rf"(?<={end}{gap}[0-9])" for end in _ADDRESS_ENDS) + ")"


_AFTER_ONE, _AFTER_COMMA, _IN_BRACKETS = (_after_address_end("[ ,\t(]", 1), _after_address_end(", ", 2),
                                          _after_address_end("[(]", 1))
AFTER_ADDRESS = (rf"[0-9](?:{_AFTER_ONE}|{_AFTER_COMMA})[0-9]{{2}}-[0-9]{{4}}{_NOT_LONGER}|"
                 rf"[0-9]{_IN_BRACKETS}[0-9]{{6}}(?=\))")
AFTER_ADDRESS_NAME = "postal_after_address"
_ADDRESS_REACH = 60
_PREFECTURE_ON_LINE = re.compile("[^\n]*(" + "|".join(PREFECTURES) + ")")  # the last on the line
_NEXT_LINE = re.compile(r"[^\n]*\n([^\n]*)")


def _prefecture_below(text: str, result) -> str | None:
    line = _NEXT_LINE.match(text, result.end)
    return prefecture_of(line.group(1)) if line else None


def _prefecture_in_english(text: str, result) -> str | None:
    word = _ROMAJI_BEFORE.search(text, max(0, result.start - LABEL_REACH), result.start)
    return _KANJI_OF.get(word.group(1).lower()) if word else None


def _prefecture_before(text: str, result) -> str | None:
    line_start = text.rfind("\n", 0, result.start) + 1
    found = _PREFECTURE_ON_LINE.search(text, max(line_start, result.start - _ADDRESS_REACH), result.start)
    return found.group(1) if found else None


AFTER_ROMAJI_NAME = "postal_after_romaji"
# the prefecture a code's first two digits must be of, found where each of these patterns says it
_PREFECTURE_OF = {LINE_ABOVE_NAME: _prefecture_below, AFTER_ROMAJI_NAME: _prefecture_in_english,
                  AFTER_ADDRESS_NAME: _prefecture_before}


def agreeing_places(text: str, results: list) -> list:
    """A code above an address or after an English address's prefecture kept where its
    first two digits are of that prefecture (a slip or member number agrees by chance
    only); other results kept."""
    kept, regions = [], None
    for result in results:
        explanation = result.analysis_explanation
        finder = None if explanation is None else _PREFECTURE_OF.get(explanation.pattern_name)
        if finder is None:
            kept.append(result)
            continue
        prefecture = finder(text, result)
        regions = regions or postal_regions()
        if prefecture is not None and text[result.start:result.start + 2] in regions.get(prefecture, ()):
            kept.append(result)
    return kept
