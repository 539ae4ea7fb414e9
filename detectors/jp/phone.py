"""Japanese phone numbers, validated by `phonenumbers` for region JP.

Formatted numbers (with dashes, parentheses or +81) are likely phone numbers on
their own; a bare run of 10–11 digits needs a context word, or an address on its
line (a record of a host's export without a header: name, 〒, address, phone) — but
a bare mobile or IP number (070/080/090/050 and eight digits) has a shape no other
number of an office has, and stands on its own.
Toll-free and navi-dial numbers are an organisation's, never a person's.
"""

import re
import unicodedata
from functools import lru_cache

import phonenumbers

from detectors.entities import PHONE
from detectors.jp.address import PREFECTURES
from detectors.jp.base import OWN_COLUMN_SCORE, JapanesePatternRecognizer, starts_after
from detectors.jp.number_labels import PHONE_LABEL, ColumnHeaders
from detectors.jp.phone_rows import in_phone_column
from detectors.jp.row_labels import label_before, vertical_label_before
from detectors.jp.wareki import KANJI_DIGITS
from detectors.lines import COMPOSED_HEADER
from detectors.normalize import digits_only

# Toll-free (0120, 0800), navi-dial (0570) and 0180 numbers belong to organisations.
ORGANISATION_PREFIXES = ("+81120", "+81800", "+81570", "+81180")
# a mobile's (070, 080, 090) and an IP phone's (050) numbers: a person's, however written
MOBILE_PREFIXES, IP_PREFIX = ("+8170", "+8180", "+8190"), "+8150"
_NOT_AFTER = ("[0-9+]", "[0-9][-. ]")
_END = r"(?![0-9])(?![-.][0-9])"
# Groups split by dashes, spaces or dots (090.1234.5678, 0955.12.3456), one kind per number
_GROUPS = (r"(?:[0-9]{1,4}\)?[- ]?\(?[0-9]{1,4}\)?[- ][0-9]{3,4}|[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{3,4})" + _END)
_BARE, BARE_ON_ADDRESS_LINE, _BARE_MOBILE = 0.35, 0.55, 0.5
_PAREN = r"[0-9]{1,4}\([0-9]{1,4}\)[0-9]{3,4}" + _END  # after the 0: 0564(33)6599
_BARE_DIGITS = r"[0-9]{9,10}" + _END  # after the 0: 0564336599
# (the 0 written first, its look-behinds after: re scans for the 0, see starts_after)
_AFTER_ADDRESS = "0(?:" + "|".join(f"(?<={before} 0)" for before in (
    "-[0-9]", "-[0-9]{2}", "-[0-9]{3}", "[^\\x00-\\x7f][0-9]", "[^\\x00-\\x7f][0-9]{2}", "[^\\x00-\\x7f][0-9]{3}",
    "[^\\x00-\\x7f][0-9]{4}")) + ")"  # …番地6 083-…: a lot's branch of one or two digits (contact10)
# A number said or typed between its groups with 「の」 (ゼロサンの…) or a wave dash
# (〜, ～ folds to ~), one kind per number (own8)
_SPOKEN = r"(?P<said>[の〜~])[0-9]{1,4}(?P=said)[0-9]{3,4}" + _END
# A number in kanji digits (〇三－三二一一－四五六七: a letter, a card copied by hand),
# under a phone's label; ― folds to -, ー and ・ stay between kanji (own8)
_KANJI = "".join(KANJI_DIGITS)  # 〇 to 九
_KANJI_DIGITS = str.maketrans({kanji: str(digit) for kanji, digit in KANJI_DIGITS.items()})
_KANJI_GROUPS = f"〇[{_KANJI[1:]}][{_KANJI}]{{0,3}}[-ー・の(]?[{_KANJI}]{{1,4}}[-ー・の)][{_KANJI}]{{3,4}}(?![{_KANJI}])"
# A number split over three cells of a row (市外局番 | 市内局番 | 番号, TEL1 | TEL2 |
# TEL3), each cell's header composed before its value by the extractor (own8)
_CELL = r"\t" + COMPOSED_HEADER
_SPLIT = r"[0-9]{1,4}" + _CELL + r"[0-9]{1,4}" + _CELL + r"[0-9]{3,4}(?![0-9])"
_SPLIT_CELL = re.compile(COMPOSED_HEADER + r"([^\t]*)")
_PREFECTURE = re.compile("|".join(PREFECTURES))
# a municipality, its town and block without the prefecture (大垣市赤坂町4-22-18, 豊橋市大岩町2024番地2):
# a headerless record's address (contact10)
_CITY_BLOCK = re.compile(r"[^\s\t,、。0-9]{1,8}?[市区町村][^\s\t,、。0-9]{1,12}?[0-9一二三四五六七八九十]+(?:丁目|番|-[0-9])")

# A person right before the bare number: addressed (…様　0276611422, …様（0967925459）, …さん 0228…) or
# their kin's label (保護者：0276…, 母 0276…): a roster's, a report's or a log's number of that person (contacts22)
# …or a member's title or a familiar suffix after the name (…班員（0117…）, …部員 0117…, …君（…）) (contacts24)
_PERSON_BEFORE = re.compile(r"(?:様|さん|殿|氏|君|くん|ちゃん|[班部団隊会]員|組合員|選手|(?:保護者|家族|親族|父|母|夫|妻|祖父|祖母|長男|長女)[:：]?)[ 　]*[(（]?$")


class PhoneRecognizer(JapanesePatternRecognizer):
    ENTITY = PHONE
    PATTERNS = (
        ("phone_formatted", starts_after("0", *_NOT_AFTER) + _GROUPS, 0.6),
        ("phone_area_in_parens", starts_after(r"\(", *_NOT_AFTER) + "0" + _GROUPS, 0.6),
        # +81 starts a number of its own whatever stands before it (…2-26-8 +81-92-…: a lot's number, a space) (cards20)
        ("phone_international", starts_after(r"\+", "[0-9+]") + "81[- ]?" + _GROUPS, 0.6),
        # …and the other ways the country code is written: (+81) 90-…, 0081-90-…, +819012345678 (cards20)
        ("phone_international_other", r"(?:\((?<![0-9+]\()\+81\)|0(?<![0-9+]0)081|\+(?<![0-9+]\+)81(?=[1-9][0-9]{8,9}(?![0-9])))"
         + r"[- ]?(?:" + _GROUPS + r"|[1-9][0-9]{8,9}" + _END + ")", 0.6),
        ("phone_paren", starts_after("0", *_NOT_AFTER) + _PAREN, 0.6),
        ("phone_bare", starts_after("0", *_NOT_AFTER) + _BARE_DIGITS, _BARE),
        # a mobile or IP number (070/080/090/050 and eight digits) is one without a label:
        # a roster's 保護者連絡 cell (母 09012345678), a booking list's column
        ("phone_bare_mobile", starts_after("0", *_NOT_AFTER, "[A-Za-z_#№]") + r"[5789]0[1-9][0-9]{7}" + _END, _BARE_MOBILE),
        # +81 (0)3 …: the trunk 0 kept in brackets after the country code
        ("phone_international_trunk", starts_after(r"\+", "[0-9+]") + r"81[- ]?\(0\)[- ]?" + _GROUPS, 0.6),
        # after a lot's or a room's number and a space (…6-14-6　0898-54-1912, …ハイツ305　0898 …): a
        # roster's line of name, address and phone, the space a field's edge, not a group's (own8)
        # …its area code in brackets too (…4-23-4 076(342)2454), or ten bare digits after the lot
        # (…番地1 0564415036: a bare number, read only with the address on its line, see analyze) (contacts16)
        ("phone_after_address", _AFTER_ADDRESS + f"(?:{_GROUPS}|{_PAREN}|{_BARE_DIGITS})", 0.6),
        ("phone_spoken", starts_after("0", *_NOT_AFTER) + r"[0-9]{1,4}" + _SPOKEN, 0.6),
        ("phone_kanji", starts_after("〇", f"[{_KANJI}]") + _KANJI_GROUPS[1:], 0.6),
        ("phone_split_cells", starts_after("0", *_NOT_AFTER) + _SPLIT, 0.6),
    )
    # a phone's label before the number, in its (first) cell
    LABELLED = {"phone_kanji": PHONE_LABEL.pattern, "phone_split_cells": PHONE_LABEL.pattern}
    GATES = {"phone_after_address": r"[0-9] 0", "phone_spoken": "[0-9][の〜~][0-9]", "phone_kanji": f"〇[{_KANJI[1:]}]",
             "phone_split_cells": r"0[0-9]{0,3}\t", "phone_international_other": r"81(?:(?<=\+81)|(?<=0081))"}
    CONTEXT = (
        "電話", "電話番号", "tel", "携帯", "連絡先", "自宅", "phone", "fax", "ファックス",
        "緊急連絡先", "デンワ", "折り返し", "連絡",  # 保護者連絡, 連絡方法
        "mobile", "keitai", "denwa", "renraku", "cellphone", "cell phone",  # a system's keys (contact10)
        "勤務先", "勤め先", "職場",  # a form's 勤務先 0466…: where its person is reached by day (forms17)
    )
    NEGATIVE_CONTEXT = ("注文番号", "伝票番号", "管理番号", "法人番号", "口座番号")
    OWN_LABEL = PHONE_LABEL  # a number under another number's label (証券番号: 03-…) is no phone
    NEGATIVE_REACH = 10  # a label right before the number, not one of an earlier value in the sentence
    PREFILTER = r"[0-9]{3}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)  # none under 証券番号: 03-…
        columns = None
        for result in results:
            if result.analysis_explanation.pattern_name == "phone_after_address" and text[result.start:result.end].isdigit():
                result.score = _BARE  # its bare branch: one pattern, one gate, a bare run's own score (columns below)
            if result.score != _BARE:
                continue
            if _address_on_line(text, result.start, result.end) or _PERSON_BEFORE.search(text, max(0, result.start - 8),
                                                                                        result.start):
                result.score = BARE_ON_ADDRESS_LINE
            elif in_phone_column(text, result.start, result.end):
                result.score = BARE_ON_ADDRESS_LINE  # a delimited roster's phone field (phone_rows)
            elif (label := vertical_label_before(text, result.start)) and PHONE_LABEL.search(label):
                result.score = OWN_COLUMN_SCORE  # 電 / 話 written one letter a line above the number (contacts16)
            elif "\t" in text:  # a bare number under a column headed 電話, TEL, 連絡先 (an HTML table's text) (own8)
                columns = columns or ColumnHeaders(text)
                # …or after its row's label, blank cells between (電話 | | 0559621234) (contact10)
                labels = (columns.header(result.start), label_before(text, result.start))
                if any(label is not None and PHONE_LABEL.search(label) for label in labels):
                    result.score = OWN_COLUMN_SCORE
        return results

    def may_match(self, text: str) -> bool:
        return super().may_match(text) or "〇" in text  # a number in kanji digits

    def is_valid(self, value: str) -> bool:
        number = _e164(value)
        return number is not None and not number.startswith(ORGANISATION_PREFIXES)

    @staticmethod
    def canonical(value: str) -> str:
        return _e164(value) or value


def _address_on_line(text: str, start: int, end: int) -> bool:
    """An address (a prefecture, or a municipality with its block) on the number's line or the line just above it (送り先：〒… 住所 /
    日中は 0312345678 におります)."""
    line_start = text.rfind("\n", 0, start)
    line_end = text.find("\n", end)
    above = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else 0
    end = len(text) if line_end < 0 else line_end
    return _PREFECTURE.search(text, above, end) is not None or _CITY_BLOCK.search(text, above, end) is not None


@lru_cache(maxsize=4096)
def _e164(value: str) -> str | None:
    """The number in E.164 when it is a valid Japanese number (parsed once for the
    check and the canonical form)."""
    if not value.isascii():
        value = value.translate(_KANJI_DIGITS)
    if value.startswith(("0081", "(+81)")):  # the country code after an international prefix, or in brackets
        value = "+81" + value[value.index("81") + 2:].lstrip(")")
    if "\t" in value:  # a number split over cells: each cell's value, less its header
        value = "-".join(cell.group(1) for cell in _SPLIT_CELL.finditer(value) if cell.group(1))
    number = _domestic(value)
    return valid_e164(number if number is not None else parsed(value))


def parsed(value: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(value, "JP")
    except phonenumbers.NumberParseException:
        return None


def valid_e164(number: phonenumbers.PhoneNumber | None) -> str | None:
    if number is None or number.country_code != 81 or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _domestic(value: str) -> phonenumbers.PhoneNumber | None:
    """A number dialled in Japan (0 then the national number; only digits,
    separators and parentheses) as parse(value, "JP") reads it, without parse's
    general search for a number in free text (two thirds of the check's time)."""
    digits = digits_only(value)
    if not value.lstrip("(").startswith("0") or len(digits) < 2 or digits[1] == "0":
        return None  # +81, or 00/010: an international call prefix, left to parse
    return phonenumbers.PhoneNumber(country_code=81, national_number=int(digits[1:]))


def is_mobile(value: str, ip: bool = True) -> bool:
    """A mobile number (an IP phone's too, with ip) in any writing: 090-…, ０９０－…, +81 90 …,
    0081-90-…, (+81) 90-… (cards20); a value that is no valid number is none."""
    number = _e164(unicodedata.normalize("NFKC", value).strip())
    return number is not None and number.startswith(MOBILE_PREFIXES + ((IP_PREFIX,) if ip else ()))
