"""A number under the label of another number (issue 12, own5; every identifier, ids6).

A policy number written 03-1234-5678, a patient's ID of twelve digits that passes the
My Number check: the shape (and even a check digit) says phone or My Number, only
the label says otherwise. The label is the words right before the number in its cell
or sentence (a column's header composed before the cell, `証券番号: 03-…`, a JSON key
read as `patient_id: …`; `受付番号は 1234 5678 9012 です`; `診察券番号 04-…`): when
they end with a number's word (番号, No., ID, コード, ナンバー, Number, _no, 品番) the
label names a number, and that number is the recognizer's own only when the label
says so (電話番号 for a phone, 個人番号 / マイナンバー for a My Number). A bare 番号
or No. says nothing: the number is decided as before.
"""

from __future__ import annotations

import re

from detectors.caption_below import captions_value_above
from detectors.lines import cell_value, row_above

LABEL_REACH = 24
_NUMBER_WORD = re.compile(
    r"(?:(?P<head>[^\s\t:：]{1,12}?)[ 　]?(?:番号|No\.?|NO\.?|no\.|№|ナンバー|ID|Id|コード|CD|Number|NUMBER|number|Num\.?"
    r"|#|(?<=[A-Za-z])_(?:id|no|num|number|code|cd|bango|bangou))|品番|型番)"
    r"(?:[(（][^)）\n]{1,10}[)）])?"  # a note on how it is written: 患者ID（12桁）
    r"[)）\"'>\]】］]?[ 　]*(?:[:：=＝は]|が|is|was)?[ 　]*(?:\(|（|「|\[|【|\"|')?第?$")
_LABEL_LINE = re.compile(r"[^\t0-9]{2,20}")  # a line above that is only a label (■受付番号, 【会員番号】)
_ROMAJI_NAME = re.compile(r"(?<![A-Za-z])[A-Z]{2,} [A-Z]+NO *$")  # a host's YOSHIKO NAGANO before a number: no "No."
# A phone's own labels
PHONE_LABEL = re.compile(r"電話|TEL|Tel|tel|℡|☎|FAX|Fax|fax|ファ[ック]*ス|携帯|ケータイ|連絡|内線|外線|直通|代表|自宅|ダイヤル"
                         r"|呼出|コール|phone|Phone|PHONE|mobile|Mobile|固定|緊急|局|PHS|勤務先|実家|留守"
                         r"|[Cc]ontact|[Cc]ell|[Ee]mergency|[Hh]ome|[Oo]ffice|denwa|keitai")


def number_label(text: str, start: int) -> str | None:
    """The label right before start (in its cell, on its line, in its clause) when it
    names a number (受付番号, Policy No., patient_id), else None."""
    before = text[max(0, start - LABEL_REACH):start].rstrip(" 　、")  # 受付番号は、1234…
    line = before.rpartition("\t")[2].rpartition("\n")[2]
    if not line.strip("■□●○◆◇・*-  　") and "\n" in before and "\t" not in before.rpartition("\n")[2]:
        line = before.rpartition("\n")[0].rpartition("\n")[2].strip()  # the value on the line under its label
        line = line if _LABEL_LINE.fullmatch(line) and not captions_value_above(text, text.rfind("\n", 0, start) + 1) else ""
    found = _NUMBER_WORD.search(line.rpartition("、")[2].rpartition("。")[2])
    return None if found is None or _ROMAJI_NAME.search(line) else found.group()


def names_a_number(label: str) -> bool:
    """The label ends with a number's word (需要家番号, 証書No., Contract ID, policy_no)."""
    return _NUMBER_WORD.search(label) is not None and _ROMAJI_NAME.search(label) is None


def labelled_as_other_number(text: str, start: int, own: re.Pattern = PHONE_LABEL) -> bool:
    """The words right before start label a number that own (the recognizer's own
    label words) does not name: a 証券番号 for a phone, a 患者ID for a My Number."""
    label = number_label(text, start)
    return label is not None and own.search(label) is None


MAX_ROWS = 2000  # rows above a cell searched for its column's header
_LONG_DIGITS = re.compile(r"[0-9]{4}")


class ColumnHeaders:
    """The labels of a cell of tab-separated rows that carries none of its own (an
    HTML table, a sheet read without its header composed): the cell before it in its
    row (a key-value row), else its column's header, the nearest cell above in the
    same column with no run of digits, rows of one table only. What each row's column
    was found under is kept for the rows below."""

    def __init__(self, text: str, value: re.Pattern = _LONG_DIGITS) -> None:
        self.text = text
        self._value = value  # what a cell of values (no header) holds: a run of digits
        self._found: dict[tuple[int, int], str | None] = {}

    def header(self, start: int) -> str | None:
        text = self.text
        row = text.rfind("\n", 0, start) + 1
        cell = text.rfind("\t", row, start) + 1 or row
        if text[cell:start].strip(" 　第(「[【") or "\t" not in text[row:text.find("\n", start) % (len(text) + 1)]:
            return None  # a label of its own in the cell (not 第 of 第…号 nor a bracket: （12-345）), or no table's row
        index, seen, found = text.count("\t", row, start), [], None
        while row > 0 and len(seen) < MAX_ROWS:
            above = row_above(text, row)
            if (above, index) in self._found:
                found = self._found[(above, index)]
                break
            seen.append((above, index))
            cells = text[above:row - 1].split("\t")
            if len(cells) <= index:
                break
            value = cells[index].strip()
            if value and not self._value.search(value):
                found = None if captions_value_above(text, row) else value  # a caption under the value above
                break
            row = above
        for key in seen:
            self._found[key] = found
        return found

    def row_label(self, start: int) -> str | None:
        """The cell before a cell that holds no label of its own: a key-value row's
        label (配偶者の個人番号 | 3939…), when its header was not composed; or, in a
        two-cell row, the first cell's value when the reader took the sheet's first
        key-value row for a header (shimei 氏名: kojin_bango | 石川葉子: 2998…; mynum12)."""
        text = self.text
        row = text.rfind("\n", 0, start) + 1
        cell = text.rfind("\t", row, start)
        if cell < 0:
            return None
        own = text[cell + 1:start].strip()
        before = text[text.rfind("\t", row, cell) + 1 or row:cell]
        two_cells = "\t" not in text[row:cell] and "\t" not in text[start:text.find("\n", start) % (len(text) + 1)]
        if own and not (own.endswith(":") and two_cells and ":" not in own[:-1]):
            return None  # a roster's third column is no key-value row (name: YOSHIKO NAGANO | tel: …)
        return (cell_value(before) if own else before.strip()) or None

    def names(self, start: int, own: re.Pattern) -> bool | None:
        """True: the cell's row label or else its column's header is own's label;
        False: another number's; None: neither names a number."""
        for label in (self.row_label(start), self.header(start)):
            if label is not None and names_a_number(label):
                return own.search(label) is not None
        return None


def table_heading(text: str, row: int, headings: dict[int, str]) -> str:
    """The header line of the table a row is in and the line above it (its title):
    the nearest line above with no run of digits, past the rows of values and blank
    lines (an HTML table's text), each row's answer kept in headings for the rows below."""
    passed, above, heading = [], row, ""
    while above > 0 and len(passed) < MAX_ROWS:
        if above in headings:
            heading = headings[above]
            break
        passed.append(above)
        end, above = above - 1, text.rfind("\n", 0, above - 1) + 1
        if end > above and not text[above:end].isspace() and not _LONG_DIGITS.search(text, above, end):
            heading = text[text.rfind("\n", 0, max(0, above - 1)) + 1:end]
            break
    for key in passed:
        headings[key] = heading
    return heading


# A My Number's own labels (個人番号, マイナンバー, 個人番号カード, my_number, 通知カード番号, kojin_no)
# — not 個人 alone: a 個人年金 policy's, a 個人会員's or a 個人事業主's number is another record's key (mynum12)
# (and keys in English abbreviations or kana, ids18: IndivNo, individual_number, ｺｼﾞﾝﾊﾞﾝｺﾞｳ read as コジンバンゴウ)
MY_NUMBER_LABEL = re.compile(r"個人(?:番号|ナンバー|no)|マイナ|my ?_?(?:num|no(?![a-z]))|共通番号|通知カード|kojin.?(?:ban|no|num)"
                             r"|(?<![a-z])indiv(?:idual)?[ _.]?(?:no|num)|コジンバンゴウ",
                             re.IGNORECASE)
# A card's own labels (カード番号, クレジットカード, カード会員番号, card_no, VISA, cc_number, PAN, kaado_no)
CARD_LABEL = re.compile(r"カード|クレジット|クレカ|card|credit|visa|jcb|master|amex|diners|(?<![a-z])(?:cc|pan)(?![a-z])"
                        r"|kaado|kado(?=[ _]?(?:no|ban|num))", re.IGNORECASE)
# A driving licence's own labels (運転免許証番号, 免許証 No., 第…号 after 免許証, license_no, DL No., ライセンスNo,
# menkyo_bango; ids18: lic_no, Lic.No, ﾒﾝｷｮｼｮｳ read as メンキョショウ; leftovers20: DLNo, DL#, the abbreviation run into No)
LICENCE_LABEL = re.compile(r"免許|運転|licen[cs]e|driv|ライセンス|(?<![a-z])dl(?![a-z])|(?<![a-z])dl(?=[ _.\-]?(?:no|num|ban))|menkyo|unten|メンキョ|ウンテン"
                           r"|(?<![a-z])lic(?=[ _.\-]?(?:no|num|ban|#))", re.IGNORECASE)
# A health-insurance card's own labels (保険者番号, 被保険者証 記号・番号, 健保, 介護保険被保険者番号, a 公費
# 受給者番号); a policy's 保険証券番号 is a life or car insurer's contract, no card's; a 公費負担者番号 is the
# public programme's, no person's
HEALTH_INSURANCE_LABEL = re.compile(r"保険者|保険証(?!券)|健康保険|医療保険|健保|国保|記号|介護|後期高齢|受給者|insur|kenpo|hoken",
                                    re.IGNORECASE)
# the employer's words (revrules18: one list for a key and a row): a key or a row naming the
# employer (適用事業所番号, 事業主, 労働保険番号, employer_no) holds the employer's number, no person's
EMPLOYER_LABEL = re.compile(r"事業所|事業主|事業者|雇用主|会社|法人|労働保険|適用|office|employer", re.IGNORECASE)
