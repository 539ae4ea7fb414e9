"""What a record is by its other fields, where a number stands under no label of its
own (issue 12, mynum10).

Twelve digits pass the My Number check one time in eleven: a direct debit's customer
code, an EDI reference, a lot of goods. The record says what they are. A payment's
record holds a payee's account, in 全銀 order: a bank code of 4 digits, a branch
code of 3, the account's kind and its number of 7 (names between them); goods' record
holds a JAN (or GTIN) code or a count with its unit (120個, 5ケース). A person's
filing holds a birth date or an address, and a person's record keeps its number even
beside a salary account. Read in a headerless row's cells, in its table's header and
in the keys of a key-value record (a JSON object read as `bank_code: 0005` lines).
"""

from __future__ import annotations

import re

from stdnum import ean

from detectors.columns.diagnoses import is_diagnosis
from detectors.columns.insurance import is_insurers_number
from detectors.jp.address import PREFECTURES

# The words of a payment's fields, in Japanese, English and romaji (銀行コード, 預金種目,
# 振込金額, bank_code, account_type, koza_bango, hikiotoshi_gaku)
PAYMENT_FIELD = re.compile(r"銀行|金融機関|支店|店番|預金|口座|振込|振替|引落|(?<![a-z])(?:bank|branch|account|acct|ginko"
                           r"|kinyu|shiten|yokin|koza|kouza|furikomi|furikae|hikiotoshi)", re.IGNORECASE)
# The words of goods' fields (製造日, 賞味期限, 入数, JAN, lot_no, qty, seizo_bi)
GOODS_FIELD = re.compile(r"ロット|製造|賞味|消費期限|使用期限|入数|在庫|出荷|入荷|品番|型番|規格|jan|gtin"
                         r"|(?<![a-z])(?:lot|batch|qty|quantity|sku|stock|expiry|expiration|best.?before|seizo|shomi"
                         r"|shukka|zaiko)", re.IGNORECASE)
# The words of a person's filing (生年月日, 住所, 扶養, 個人番号, birth_date, address, jusho)
PERSON_FIELD = re.compile(r"生年月日|誕生|住所|扶養|続柄|個人番号|マイナンバー|(?<![a-z])(?:birth|dob|address|my_?num"
                          r"|jusho|juusho|seinengappi|kojin)", re.IGNORECASE)

_COMPOSED_LABEL = re.compile(r"^[^:\t]{1,24}: ")  # a label the reader composed before a cell (氏名(カナ): )
_ACCOUNT_KIND = re.compile(r"[1-9]|普通|当座|貯蓄|普|当")
# a count of goods with its unit, a pack's content (120個, 5ケース, 500mL, 100錠)
_COUNT = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)? ?(?:個|本|箱|袋|枚|缶|瓶|ケース|c/?s|pcs|錠|包|粒|kg|mg|g|ml|l)",
                    re.IGNORECASE)
# a date a person was born on: before 2020 by the calendar (1979/1/8, 19790108; not a 7-digit
# account), or by an era before 令和 (S55.1.2, 昭和55年)
_BIRTH_DATE = re.compile(r"(?:19[0-9]{2}|20[01][0-9])(?:[/.-][01]?[0-9][/.-][0-3]?[0-9]|[01][0-9][0-3][0-9]|年.*)"
                         r"|(?:[MTSH]|明治|大正|昭和|平成) ?[0-9]{1,2}[./年].*", re.IGNORECASE)
_ADDRESS = re.compile("(?:" + "|".join(PREFECTURES) + ").{0,10}[市区町村郡]")
_KV_LINE = re.compile(r"[ \t]*\"?([^:\n\"]{1,30})\"?: ")  # a key-value line (a JSON object, YAML, a form)
_SPACES = re.compile(r" {2,}|\u3000")  # the gap between two columns of a PDF's or a listing's row
BLOCK_REACH = 12  # lines of a key-value record read on each side of a value
BLOCK_CHARS = 80 * BLOCK_REACH  # the text those lines are looked for in


def _token(cell: str) -> str:
    """A cell's part in a payment's run: B bank code, R branch code, K account kind,
    A account number, x anything else."""
    if len(cell) == 4 and cell.isdigit():
        return "B"
    if len(cell) == 3 and cell.isdigit():
        return "R"
    if len(cell) == 7 and cell.isdigit():
        return "A"
    return "K" if _ACCOUNT_KIND.fullmatch(cell) else "x"


_PAYMENT_RUN = re.compile(r"B[xK]{0,2}R[xK]{0,2}A")


def _is_goods_cell(cell: str) -> bool:
    if _COUNT.fullmatch(cell):
        return True
    return len(cell) in (8, 13, 14) and cell.isdigit() and ean.is_valid(cell) and (len(cell) > 8 or cell[:2] in ("45", "49"))


def is_person_cell(cell: str) -> bool:
    return _BIRTH_DATE.fullmatch(cell) is not None or is_address_cell(cell)


def is_address_cell(cell: str) -> bool:
    return _ADDRESS.match(cell) is not None


def cells_of(line: str) -> list[str]:
    """A row's cells (by tabs, else a host's bars, else commas, else a PDF's runs of
    spaces) without the labels composed before them."""
    separator = next((mark for mark in "\t|," if mark in line), None)
    cells = line.split(separator) if separator else _SPACES.split(line)
    return [_COMPOSED_LABEL.sub("", cell).strip() for cell in cells]


def row_of_another_record(line: str, heading: str) -> bool:
    """A row whose cells (or its table's header) are a payment's or goods' fields,
    with none of a person's filing."""
    cells = [cell for cell in cells_of(line) if cell]
    if any(is_person_cell(cell) for cell in cells) or PERSON_FIELD.search(heading):
        return False
    if PAYMENT_FIELD.search(heading) or GOODS_FIELD.search(heading):
        return True
    return _PAYMENT_RUN.search("".join(map(_token, cells))) is not None or any(map(_is_goods_cell, cells))


# a person's name as a cell (山田 太郎, ヤマダ タロウ, ﾔﾏﾀﾞ ﾀﾛｳ) and a label the reader composed for a person's field
_NAME_CELL = re.compile(r"[一-龥々ヶ]{1,4}[ 　][一-龥々ヶ]{1,4}|[ァ-ヺー]{1,8}[ 　][ァ-ヺー]{1,8}|[ｦ-ﾟ]{1,8} [ｦ-ﾟ]{1,8}")
_PERSON_LABEL = re.compile(r"(?:^|\t)[^:\t]{0,12}(?:氏名|名前|フリガナ|生年月日|住所)[^:\t]{0,8}: ")


# a contract's product or state as a cell (終身保険, 火災共済, スタンダードプラン, オートローン, 更新, 満期, 解約)
_CONTRACT_CELL = re.compile(r"[^0-9\t]{0,14}(?:保険|共済|プラン|コース|ローン|リース|積立|定期)(?:[(（][^)）]{0,8}[)）])?"
                            r"|新規|更新|継続|解約|失効|満期|有効|契約中|保全|払済")


def persons_row(line: str) -> bool:
    """A headerless row that is a person's filing (a payroll or withholding export): a
    cell holds a name, a birth date or an address, or the reader labelled one so; and
    no cell says it is a contract's record (its product, its state: a policy list
    holds its holder's name and birth too)."""
    return persons_cells(line, [cell for cell in cells_of(line) if cell])


def persons_cells(line: str, cells: list[str]) -> bool:
    """persons_row of a line whose non-empty cells are read already."""
    if any(_CONTRACT_CELL.fullmatch(cell) for cell in cells):
        return False
    return _PERSON_LABEL.search(line) is not None or any(_NAME_CELL.fullmatch(c) or is_person_cell(c) for c in cells)


# a health-insurance claim's (レセプト's) two fields: the patient's insurer and the diagnosis (保険者番号 and
# 傷病名, hokensha_no and diagnosis, as a header or the column readers name them)
_CLAIM_FIELDS = (re.compile(r"保険者(?:番号|No|NO|コード)|hokensha|insurer", re.IGNORECASE),
                 re.compile(r"傷病|病名|診断名|diagnos|(?<![a-z])icd", re.IGNORECASE))


def claims_row(line: str, heading: str) -> bool:
    """A row of a claims export (レセプト): it (or its table's header) names the
    patient's insurer and a diagnosis, or holds an insurer's number and a disease's
    name as cells. A claim's numbers are its own keys: no person's My Number is filed there."""
    if all(field.search(line) or field.search(heading) for field in _CLAIM_FIELDS):
        return True
    cells = [cell for cell in cells_of(line) if cell]
    return any(map(is_insurers_number, cells)) and any(map(is_diagnosis, cells))


def block_of_another_record(text: str, start: int) -> bool:
    """A value in a key-value record (consecutive `key: value` lines) whose keys are
    a payment's or goods' fields, none of a person's filing."""
    row = text.rfind("\n", 0, start) + 1
    if not _KV_LINE.match(text, row):
        return False
    first = max(0, row - BLOCK_CHARS)
    lines, at, keys = text[first:start + BLOCK_CHARS].split("\n"), text.count("\n", first, row), []
    for n, step in ((at, -1), (at + 1, 1)):  # the value's line and those above, then those below
        while 0 <= n < len(lines) and abs(n - at) <= BLOCK_REACH and (found := _KV_LINE.match(lines[n])):
            keys.append(found.group(1))
            n += step
    words = " ".join(keys)
    return PERSON_FIELD.search(words) is None and (PAYMENT_FIELD.search(words) or GOODS_FIELD.search(words)) is not None
