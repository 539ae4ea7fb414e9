"""An insurer's own 保険者番号 is no person's (issue 12, contacts15).

The 保険者番号 (8 digits with a check digit; 国保 6) names a 健保組合, a 協会けんぽ 支部, a
国保組合, a town's 国民健康保険, a 共済組合 or a 広域連合: the same number for every member.
In a person's record (a patient's row, a card's copy beside its 記号・番号, a claim's
header under the patient's name) it tells which insurance the person is in; in the
insurer's own record it tells nothing of anyone: a list of insurers (保険者名 | 保険者番号 |
所在地), a notice's sender block (…健康保険組合 / 保険者番号 …), a form's 提出先. Whose record
it is: a row with its header and title, or the block of lines around the value (blank
lines bound it), that names an insurer and nothing of a person.
"""

from __future__ import annotations

import re

from detectors.jp.number_labels import table_heading
from detectors.jp.person_columns import header_kind
from detectors.lines import line_bounds

# what names an insurer: its kind of body, its name's or list's label, the insurer speaking of itself
INSURER_SIGN = re.compile(
    r"健康保険組合|健保組合|健康保険協会|協会けんぽ|国民健康保険|国保組合|共済組合|広域連合|保険者(?:の)?名|保険者一覧|保険者リスト"
    r"|保険者所在地|提出先|当組合|弊組合|当協会|当健保|[Ii]nsurer ?[Nn]ame|INSURER_?NAME|hokensha_?mei|HOKENSHA_?MEI")
# what a person's record says: a name's or a birth's label, someone addressed, a card's 記号 (an organisation's
# 事業主 様 or ご担当者様 addressed above an insurer's notice is no person's record)
PERSON_SIGN = re.compile(
    r"氏名|名前|フリガナ|ふりがな|ﾌﾘｶﾞﾅ|カナ|生年月日|性別|続柄|患者|利用者|受診者|受給者|被扶養者|加入者名|組合員名|本人"
    r"|申請者|届出者|申込者|契約者"
    r"|記号|[Ss]ymbol|SYMBOL|[Kk]igo|KIGO|(?<![Ii]nsurer)(?<![Ii]nsurer[ _])[Nn]ame|(?<!INSURER)(?<!INSURER_)NAME|(?<!事業主)(?<!事業主 )(?<!担当者)(?<!各位)様|さん|殿")
_INSURER_PATTERNS = ("insurer_8", "insurer_6")
_INSURER_COLUMN = re.compile(r"(?<!被)保険者(?:番号|No|NO|コード)|hokensha_?(?:no|bango|cd)|insurer_?(?:no|number|code)", re.IGNORECASE)
BLOCK_REACH = 3  # lines with words above and below the value
# a section's heading on a line of its own: where the insurer's part of a form begins
_SECTION_HEADING = re.compile(r"[ 　]*[【■◆●\[〔(（]?(?:提出先|届出先|届け出先|送付先|宛先|照会先|請求先|保険者|発行者|発行元)"
                              r"(?:の?(?:名称|情報|欄))?[】\]〕)）]?[ 　]*[:：]?[ 　]*$")


def without_insurers_own(text: str, results: list) -> list:
    """Results less the insurers' numbers standing in an insurer's own record."""
    if not INSURER_SIGN.search(text) and not _INSURER_COLUMN.search(text):
        return results
    headings: dict[int, str] = {}
    return [r for r in results if r.analysis_explanation is None
            or r.analysis_explanation.pattern_name not in _INSURER_PATTERNS
            or not _insurers_record(*_record(text, r.start, r.end, headings))]


def _insurers_record(record: str, header: str) -> bool:
    """A record that names an insurer and no person; a table's header line naming the
    insurer's number (保険者番号, not the insured's 被保険者番号) is a list of insurers when no
    column is a person's (a key-value form's row 保険者番号 | … is not a header)."""
    insurer = INSURER_SIGN.search(record) is not None or _INSURER_COLUMN.search(header) is not None
    return insurer and PERSON_SIGN.search(record) is None and not _a_persons_label(record, header)


# the insurer's own staff named beside its number (担当者, 作成者) make no record a person's
_STAFF = re.compile(r"担当|作成|記入|確認|承認|入力|報告|責任|受付|応対|対応|起票|連絡")
_LABEL = re.compile(r"^[ 　]*([^\t:：\n]{1,12})[ 　]*[:：]", re.MULTILINE)


def _a_persons_label(record: str, header: str) -> bool:
    """A column or a field that holds people (組合員 | 〒 | … | 保険者番号, 会員: …, 加入者 …):
    a header's cell, or a block's line label, that names a person's column (detectors.jp.person_columns)
    — a co-operative's, a club's or a fund's member roster gives each member's insurer."""
    labels = header.split("\t") if header else [m.group(1) for m in _LABEL.finditer(record)]
    return any(header_kind(label) and not _STAFF.search(label) for label in labels if label.strip())


def _record(text: str, start: int, end: int, headings: dict[int, str]) -> tuple[str, str]:
    """(record, header line): a table's row with its header line and title, else the lines
    around the value: a few lines with words each way (a PDF's blank lines between them do
    not count), up to a section's heading (提出先, 【保険者】) above, or before the next one below."""
    row, row_end = line_bounds(text, start, end)
    if "\t" in text[row:row_end]:
        heading = table_heading(text, row, headings)
        return heading + "\n" + text[row:row_end], heading.rpartition("\n")[2]
    lines, top, bottom = [text[row:row_end]], row, row_end
    for _ in range(BLOCK_REACH):
        if top == 0:
            break
        top, line = _line_before(text, top)
        lines.insert(0, line)
        if _SECTION_HEADING.match(line):
            break
    for _ in range(BLOCK_REACH):
        if bottom >= len(text):
            break
        bottom, line = _line_after(text, bottom)
        if _SECTION_HEADING.match(line):
            break
        lines.append(line)
    return "\n".join(lines), ""


def _line_before(text: str, top: int) -> tuple[int, str]:
    """The nearest line with words above the line starting at top: (its start, it)."""
    while top > 0:
        top = text.rfind("\n", 0, top - 1) + 1
        line = text[top:text.find("\n", top)]
        if line.strip():
            return top, line
    return 0, ""


def _line_after(text: str, bottom: int) -> tuple[int, str]:
    """The nearest line with words below the line ending at bottom: (its end, it)."""
    while bottom < len(text):
        end = text.find("\n", bottom + 1)
        end = len(text) if end < 0 else end
        line, bottom = text[bottom + 1:end], end
        if line.strip():
            return bottom, line
    return len(text), ""
