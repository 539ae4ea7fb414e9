"""Whose number is it: an organisation's own numbers beside people's (issue 12, orgown3).

The employer's 雇用保険適用事業所番号 has the layout of a person's 被保険者番号; a
company's account on its own bill has the layout of a person's account on a payroll
list. The words around the number say whose it is: on its line, the nearer of an
employer's word (事業所, 事業主, 株式会社…) and an insured person's word (被保険者, 氏名)
decides; an account is a company's when its holder (名義, on its line or a line of
its block) is a company (株式会社, カ), ユ), (株), 医療法人, 宗教法人 …) or the bill
says 当社 / 弊社 before it on its line.
"""

from __future__ import annotations

import re

from detectors.fields import FIELD_SEPARATOR
from detectors.jp.person_names import load_name_lists

_EMPLOYER = re.compile(r"事業所|事業主|事業者|会社|法人|\(株\)|\(有\)|㈱|㈲|雇用主")
_INSURED = re.compile(r"被保険者|氏名|本人|従業員|社員|労働者|職員|名前")
AFTER_REACH = 12
# A company as holder: a legal form in words, its short kana mark (カ) = 株式会社,
# ユ) 有限会社, ド) 合同会社, イ) 医療法人, シユ) 宗教法人, フク) 社会福祉法人) or its
# bracketed kanji; a mark starts a word (ヤマダ ケイ) is a person), and `(カ` is a
# suffix only when no katakana follows (口座名義(カナ)). Any 法人 written in kana
# (シャカイフクシホウジン, ガッコウホウジン) is one as 法人 in kanji is (bank26b).
# the organisation speaking of itself (当社, 当事務所名義, 当金庫, 弊所): an office, a firm, a
# bank or a union names its own account so; not 担当, 該当, 相当, 手当 (numbers17b)
_OWN_BODY = (r"(?<![担相該本適妥正割手充弁配見])当(?:社|院|会(?![員費])|法人|事務所|金庫|庫|行|組合|協会|店|館|園)"
             r"|弊(?:社|所|事務所|法人|組合|会|行|庫|店|院)")
# (法人番号 names a company's number, not a holder: an invoice's footer under the customer's debit account; ids24)
CORPORATE_HOLDER = re.compile(
    r"(?<![ァ-ヺー])(?:[カユドイ]|シユ|フク|ザイ|シヤ|トク)\)|\([カユドイ](?![ァ-ヺー])|カブシキ|ユウゲン|ゴウドウ|ホウジン(?!バンゴウ)"
    r"|株式会社|有限会社|合同会社|合資会社|法人(?!番号)|\([株有医宗社財]\)|㈱|㈲|御中|" + _OWN_BODY +
    # a body with no legal form, in kanji or its kana reading: a residents' association,
    # a union, a parents' or alumni association, a secretariat — not its member (組合員), its
    # fee (会費) or its head, nor a bank that is a credit union (信用組合) (own8)
    r"|(?:自治会|町内会|(?<!信用)組合|協会|後援会|保護者会|同窓会|事務局)(?![員費長])|ジチカイ|チヨウナイカイ|チョウナイカイ"
    r"|(?<!シンヨウ)クミアイ(?!イン)|キヨウカイ|キョウカイ|コウエンカイ|ホゴシヤカイ|ホゴシャカイ|ドウソウカイ|ジムキヨク|ジムキョク")
_OWN_VOICE = re.compile(_OWN_BODY)
_HOLDER_LABEL = re.compile(r"名義|受取人|口座名")
BLOCK_LINES = 3  # lines each way where the holder's line may stand
WINDOW = 480  # characters each way that hold those lines


def _cell_before(text: str, start: int) -> str:
    line_start = max(text.rfind("\n", 0, start), text.rfind(FIELD_SEPARATOR, 0, start)) + 1
    return text[line_start:start]


def _last_end(pattern: re.Pattern, text: str) -> int:
    return max((m.end() for m in pattern.finditer(text)), default=-1)


# A cell of the number's row whose whole value is the employer's label or kind (区分:
# 事業所 | 氏名: 適用事業所番号): the row is the employer's, whatever its columns say.
_EMPLOYER_ROW_CELL = re.compile(
    r"(?:^|\t)(?:[^\t\n:]{1,20}: )?(?:適用事業所番号|事業所番号|適用事業所|事業所|事業主|事業者|雇用主|法人|会社)(?:欄|分)?(?=\t|\n|$)", re.MULTILINE)


def employers_row(text: str, start: int, end: int) -> bool:
    """The number's row (line) names the employer as what it is about."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _EMPLOYER_ROW_CELL.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def employers_number(text: str, start: int, end: int) -> bool:
    """The employer's word is nearer the number on its line (in its cell) than any
    insured person's word: 事業主 株式会社… 雇用保険番号 5012-345678-9,
    適用事業所番号 5012-345678-9（雇用保険）. A column's header the extractor put
    before a cell that has a label of its own (株式会社…: 雇用保険番号 …, the first
    row of a key-value table read as a header) is not the cell's label."""
    before = _cell_before(text, start)
    header, colon, own = before.partition(": ")
    before = own if colon and own.strip() and ":" not in own else before
    employer, insured = _last_end(_EMPLOYER, before), _last_end(_INSURED, before)
    if employer >= 0 or insured >= 0:
        return employer > insured
    after = text[end:end + AFTER_REACH].partition("\n")[0].partition(FIELD_SEPARATOR)[0]
    found = [m for m in (_EMPLOYER.search(after), _INSURED.search(after)) if m]
    return bool(found) and min(found, key=lambda m: m.start()).re is _EMPLOYER


def _block(text: str, start: int) -> list[str]:
    """The line holding start and the lines around it up to a blank line,
    BLOCK_LINES each way."""
    low = max(0, start - WINDOW)
    lines = text[low:start + WINDOW].split("\n")
    at = text.count("\n", low, start)
    found = [lines[at]]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(lines) and abs(i - at) <= BLOCK_LINES and lines[i].strip():
            found.append(lines[i])
            i += step
    return found


# An account the reader is asked to pay into (a bill's お振込先, a 寄付 / 会費 notice,
# 下記口座までお振り込みください) is the payee's, an organisation's; unless its block
# says the account is a person's own (給与振込, 返金先, 口座振替 from it, 還付).
# (償還先口座, 返済先口座, 納付先口座: where the person repays a loan or pays a fee, the lender's; keys18b)
_PAY_IN = re.compile(r"お振り?込み?先|ご?入金先|お支払い?先|(?:償還|返済|返納|納付|納入|払い?込み?)先|下記[^。\n]{0,8}口座[^。\n]{0,12}(?:お?振り?込|ご?入金|お支払)"
                     r"|(?:寄[付附]|会費|協賛|参加費|受講料|代金|ご請求|購読料|負担金|積立金|募金)[^。\n]{0,12}(?:振り?込|口座)")
# (and the writer's own payment into the reader's account: 下記口座へお振込みします, a 立替金's reimbursement; ids18)
PERSONS_OWN = re.compile(r"給与|賞与|返金|返還|払い?戻|還付|受取口座|受け取り口座|お受取|口座振替|引き?落|氏名|名義人|本人|立て?替"
                         r"|振り?込み?(?:を)?(?:します|いたします|致します|しました|いたしました|させていただきます)")


# A notice (お知らせ) tells its readers where to pay: its bare 振込先 is the sender's, unless the
# notice is addressed to one person (〇〇様) between its title and the account, or the account's
# line says it is a person's own (給与振込先). (bank26: so in every such account of corpora 7-25)
_NOTICE, _ADDRESSEE, _BARE_PAYEE = re.compile("お知らせ"), re.compile("様"), re.compile(r"振込先[:：]?[ 　]*[^\n]{0,30}$")
NOTICE_REACH = 1200  # characters back to the notice's title: a page of it


def notice_payee(text: str, start: int) -> bool:
    """The account follows a bare 振込先 on its line, in a notice to its readers (お知らせ
    above it, with no 様 between)."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if FIELD_SEPARATOR in line or not _BARE_PAYEE.search(line) or PERSONS_OWN.search(line):
        return False
    head = text[max(0, start - NOTICE_REACH):start]
    title = max((m.end() for m in _NOTICE.finditer(head)), default=-1)
    return title >= 0 and _ADDRESSEE.search(head, title) is None


def paid_into(text: str, start: int) -> bool:
    """The account's line (before it) or a line above it in its block (no blank line
    between, BLOCK_LINES at most) asks the reader to pay into it, and none of those
    lines says the account is a person's own."""
    if notice_payee(text, start):
        return True
    lines = text[max(0, start - WINDOW):start].split("\n")[::-1]
    blank = next((n for n, line in enumerate(lines) if n and not line.strip()), len(lines))
    # the number's own cell; lines above only when they are no table's rows
    lines = [lines[0].rpartition(FIELD_SEPARATOR)[2]] + [line for line in lines[1:min(blank, BLOCK_LINES + 1)]
                                                          if FIELD_SEPARATOR not in line]
    return (any(_PAY_IN.search(line) for line in lines) and not any(PERSONS_OWN.search(line) for line in lines)
            and not PERSONS_OWN.search(_sentence_after(text, start)))


def _sentence_after(text: str, start: int) -> str:
    """The rest of the account's sentence: its verb may say the account is debited
    (会費の口座は…普通 1234567から引き落とします), which makes it the member's own."""
    stop = text.find("\n", start, start + 60)
    tail = text[start:stop if stop >= 0 else start + 60]
    return tail.split("。", 1)[0].split(FIELD_SEPARATOR, 1)[0]


# A sheet's key-value row (口座番号 | 1234567, its label composed before the value): a
# line of a form, whose holder may stand on the next row (口座名義 | 株式会社…)
_KEY_VALUE_ROW = re.compile(r"([^\t\n]{1,20})\t\1: ")


def company_account(text: str, start: int, end: int, reach: int) -> bool:
    """A company's own account: a company as the holder right after the number,
    当社 / 弊社 before it on its line, a 名義 line of its block naming a company, or
    an account the text asks the reader to pay into (paid_into) with no holder named.
    A table's row names its own holder: the rows around it are other records (a
    payroll list's 振込元 row is the employer's, not its neighbours'); a form's
    key-value row (a sheet of label | value) is a line of its block."""
    if CORPORATE_HOLDER.search(text, end, _holder_reach(text, end, reach)) or _OWN_VOICE.search(_cell_before(text, start)):
        return True
    holders = named_holders(text, start)
    if holders:  # a holder named decides (a freelancer's bill: お振込先 … 口座名義：ミヤモト カズミ)
        return any(organisations_holder(holder) for holder in holders)
    return paid_into(text, start)


def named_holders(text: str, start: int) -> list[str]:
    """What follows each holder's label (名義, 受取人, 口座名) for the account at start: on its row
    when the row is a table's record (its neighbours' holders are theirs), else on its block's lines."""
    line = _line(text, start)
    records_row = FIELD_SEPARATOR in line and not _KEY_VALUE_ROW.match(line)
    return [line.partition(m.group())[2] for line in ([line] if records_row else _block(text, start))
            if (m := _HOLDER_LABEL.search(line))]


# a holder's name after its label (口座名|義：ユアミソウ, 名義|人 カ)ホクト): its first word
_HOLDER_NAME = re.compile(r"義?人?[ 　:：]*([ァ-ヺー]{2,20}|[^\s　]{2,20})")
SURNAME_PREFIXES = range(2, 6)  # a surname in kana: two to five letters
# the bank after a holder's suffix (ヤマダタロウ名義 みなと銀行 …): no holder's name
_A_BANKS = re.compile(r"銀行|金庫|信組|農協|ゆうちょ|支店|普通|当座")


def organisations_holder(holder: str, names_nobody: bool = False) -> bool:
    """Whether a named holder is the organisation itself, the one judgement of the account
    recognizers and of own_payees (revrules18): a legal form, a body's kind or its own voice
    (CORPORATE_HOLDER); in a text that names nobody, also a name that opens with no surname of
    the lists (ユアミソウ, 湯あみ荘: an inn's, a shop's; ヤマダタロウ with no space stays a person's)."""
    if CORPORATE_HOLDER.search(holder):
        return True
    name = _HOLDER_NAME.match(holder) if names_nobody else None
    return name is not None and not _A_BANKS.search(name.group(1)) and not _opens_with_a_surname(name.group(1))


def _opens_with_a_surname(holder: str) -> bool:
    lists = load_name_lists()
    return any(holder[:n] in lists.surname_kana or holder[:n] in lists.surnames for n in SURNAME_PREFIXES)


# the next cell's own label (備考: …, 所属: …) when it names no holder
_OTHER_FIELD = re.compile(r"\t(?P<label>[^\t\n:]{1,16}): ")


def _holder_reach(text: str, end: int, reach: int) -> int:
    """Where a holder right after the number may end: not in the next cell when that
    cell is another field's (備考: 地区後援会 names the person's body, not the account's)."""
    other = _OTHER_FIELD.search(text, end, end + reach)
    if other and not _HOLDER_LABEL.search(other.group("label")):
        return other.start()
    blank = text.find("\n\n", end, end + reach)  # nor past a blank line: a signature's company is its own block's (ids18)
    return blank if blank >= 0 else end + reach


def _line(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1:len(text) if end < 0 else end]
