"""Where a passport's or a residence card's number stands (issue 12, travel9).

A writer rarely writes 旅券番号 right before the number the way the rules first read
it: a foreign staff registry lists it under 番号 or Document No. in a row that says
国籍 | 在留資格 | 在留期限, a host's fixed-width file puts its header lines above, a
passport's copy carries it in the machine-readable zone (MRZ), a JSON key says
residenceCardNo. These are the structures told here, shared by the two recognizers:
- the words of a foreigner's stay record (国籍, 在留資格 and the statuses of 入管法's
  table, nationality, visa) in the number's row, its table's header and title, or the
  lines of a form around it: a 2-letter + 7-digit number there is a passport;
- a row with a passport's and a residence card's shapes side by side (a headerless
  host record of a foreign employee);
- the label over a column of a fixed-width text (the header line's word starting at
  the number's column, by characters or by display width);
- the MRZ's second line, whose document number carries a check digit.
"""

from __future__ import annotations

import re
import unicodedata

from detectors.jp.number_labels import table_heading
from detectors.lines import line_bounds

# A passport's own labels, in any language and key style (旅券番号, パスポートNo, Passport
# Number, passport_no, passportNumber, PP番号, <PassportNo>, PSPT_NO); document: a passport's copy
# says Document No. / Passport No. side by side
PASSPORT_LABEL = re.compile(r"旅券|パスポート|passport|ryoken|pspt|(?<![a-z])pp(?:[ _]?(?:no|番号|number)|[ _]?num)"
                            r"|document ?(?:no|number)|document_?(?:no|number|num)|doc ?no", re.IGNORECASE)
# A residence card's own labels (在留カード番号, 在留カードNo., 特別永住者証明書番号, Residence
# Card No., residenceCardNo, zairyu_card, カード番号, Card number, RC No.): the card's shape is its
# own, a generic card label names no other number written like it
RESIDENCE_CARD_LABEL = re.compile(r"在留|特別永住|永住者証明|証明書|residen|zairyu|カード|card|(?<![a-z])rc(?![a-z])",
                                  re.IGNORECASE)
# The words of a foreigner's stay record: its fields (国籍, 在留資格, 在留期間・期限) and the
# statuses of residence that fill them (入管法 別表), in Japanese, English and romaji
STAY_WORDS = ("国籍", "在留", "入国", "外国人", "外国籍", "旅券", "パスポート", "技能実習", "特定技能", "永住者", "定住者",
              "留学", "家族滞在", "人文知識", "国際業務", "特定活動", "日本人の配偶者", "経営・管理", "企業内転勤",
              "高度専門職", "特別永住", "nationality", "citizenship", "passport", "visa", "status of residence",
              "residence status", "residence card", "immigration", "kokuseki", "zairyu")
STAY_RECORD = re.compile("|".join(map(re.escape, STAY_WORDS)), re.IGNORECASE)
ROW_FIELDS = re.compile(r"\t| {2,}|,|\u3000")  # how a row's fields are apart (tabs, blanks, commas)
FORM_BEFORE, FORM_AFTER = 200, 80  # characters of a form's lines around its number
RECORD_SCORE = 0.55  # a number of its shape in a stay record, or under its own column's label


def document_number(value: str) -> str:
    """A passport's or a residence card's number as one value: AB 1234 5678 cd, ab-1234-5678-CD."""
    return value.strip().replace("-", "").replace(" ", "").upper()


def record_around(text: str, start: int, end: int, headings: dict[int, str]) -> str:
    """What tells the number's record: its row (a table's line, fields apart by tabs,
    blanks or commas) with its table's header and title, else the lines of a form or
    a letter around it."""
    row, row_end = line_bounds(text, start, end)
    line = text[row:row_end]
    if len(ROW_FIELDS.findall(line)) >= 2:
        return line + "\n" + table_heading(text, row, headings)
    return text[max(0, start - FORM_BEFORE):end + FORM_AFTER]


def in_stay_record(text: str, start: int, end: int, headings: dict[int, str]) -> bool:
    """The number's record is a foreigner's stay record (see record_around)."""
    return STAY_RECORD.search(record_around(text, start, end, headings)) is not None


def labelled_elsewhere(text: str, start: int, headings: dict[int, str], label: re.Pattern) -> bool:
    """The number's table row gives the document a column of its own, and it is another
    one: a cell of the row composed under that label (旅券: …), or a cell of the header
    line above (No | 氏名 | 国籍 | 旅券: the staff code under No is no passport)."""
    row, row_end = line_bounds(text, start)
    line = text[row:row_end]
    if "\t" not in line:
        return False
    index = text.count("\t", row, start)
    if any(i != index and ": " in cell and label.search(cell.partition(": ")[0])
           for i, cell in enumerate(line.split("\t"))):
        return True
    header = table_heading(text, row, headings).rpartition("\n")[2].split("\t")
    return any(i != index and label.search(cell) for i, cell in enumerate(header))


# A row holding a passport's and a residence card's shapes side by side (a host's headerless
# record of a foreign employee: code, name, nationality, the two numbers, an expiry)
PASSPORT_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{7}(?![A-Za-z0-9])")
CARD_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![A-Za-z0-9])")


def both_documents_in_row(text: str, start: int, end: int) -> bool:
    """The number's row (fields apart by tabs, blanks or commas) holds both shapes."""
    line = text[slice(*line_bounds(text, start, end))]
    return len(ROW_FIELDS.findall(line)) >= 2 and bool(PASSPORT_SHAPE.search(line)) and bool(CARD_SHAPE.search(line))


_HEADER_WORD = re.compile(r"[^\s]+(?: [^\s\d]+)*")  # a header's word, English ones of two (Passport No.)
_LONG_DIGITS = re.compile(r"[0-9]{4}")
MAX_LINES_UP = 400


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fixed_width_label(text: str, start: int) -> str | None:
    """The word of the header line above that starts at the number's column in a
    fixed-width text (no tabs): the nearest line above without a run of digits,
    its words placed by characters or by display width (a host pads by bytes)."""
    row, row_end = line_bounds(text, start)
    if "\t" in text[row:row_end] or "  " not in text[row:row_end]:
        return None
    at_chars, at_width = start - row, _width(text[row:start])
    above, lines = row, 0
    while above > 0 and lines < MAX_LINES_UP:
        end, above = above - 1, text.rfind("\n", 0, above - 1) + 1
        lines += 1
        header = text[above:end]
        if not header.strip() or _LONG_DIGITS.search(header):
            continue
        for word in _HEADER_WORD.finditer(header):
            if abs(word.start() - at_chars) <= 1 or abs(_width(header[:word.start()]) - at_width) <= 1:
                return word.group()
        return None
    return None


# The second line of a passport's MRZ (ICAO 9303, TD3): document number, its check
# digit, nationality, birth date and check, sex, expiry and check
_MRZ = re.compile(r"^(?P<number>[A-Z0-9<]{9})(?P<check>[0-9])[A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}", re.MULTILINE)
MRZ_SCORE = 0.85


def _mrz_value(char: str) -> int:
    if char.isdigit():
        return int(char)
    return 0 if char == "<" else ord(char) - ord("A") + 10


def mrz_check_digit(field: str) -> int:
    return sum(_mrz_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10


def mrz_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the document numbers of MRZ lines whose check digit matches."""
    spans = []
    for match in _MRZ.finditer(text):
        number = match.group("number")
        if mrz_check_digit(number) == int(match.group("check")) and number.rstrip("<") and "<" not in number.rstrip("<"):
            spans.append((match.start(), match.start() + len(number.rstrip("<"))))
    return spans
