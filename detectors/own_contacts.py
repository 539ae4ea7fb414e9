"""An organisation's own contacts in lists, blocks and mailboxes (issue 12, own5).

Three layouts say a value is an organisation's though no label beside it does
(detectors.organisation asks them):
- a table row that names an organisation and no person: a cell headed 店名,
  店舗名, 名称, 施設名, 会社名 … or the row under a list's title (店舗一覧,
  加盟店一覧, 施設一覧 …): a shop list's 住所 and 電話 are the shops';
- a block of short lines (a letterhead, a flyer's back page, a slide's footer,
  a 会社概要 in key-value rows) that names an organisation or opens with a heading
  of one (お問い合わせ先, 発行元, 運営, 主催, 会社概要, 店舗情報), and names no person,
  no birth, no one addressed (様, 殿) and no personal label (自宅, 携帯, 氏名 …);
- an e-mail address labelled as a desk's (窓口, 事務局, 受付, お問い合わせ, 応募先)
  on a line that names no person, or in such a block.
"""

from __future__ import annotations

import re

from detectors.contact_blocks import block_lines, organisation_name_line
from detectors.legal_forms import ANY_LEGAL_FORM
from detectors.lines import Lines

# cells whose header names an organisation's name (a shop list, a list of facilities; 保険者名称, 医療機関名称 (contacts15))
_ORGANISATION_HEADER = re.compile(
    r"(?:^|\t)(?:店名|店舗名?|[^\t:\n]{0,8}名称|保険者名|施設名?|会社名|社名|商号|屋号|事業所名?|事業者名?|法人名|団体名|学校名|園名|病院名"
    r"|医療機関名?|機関名|テナント名?|加盟店名?|出店者名?|取引先名?|業者名|支店名|拠点名|営業所名|組合名|協力店名?): ")
# a list's title that says its rows are organisations
_ORGANISATION_LIST = re.compile(
    r"(?:店舗|加盟店|施設|事業所|取引先|医療機関|病院|支店|拠点|営業所|協力店|出店者?|テナント|会員企業|企業|会社|学校|園)"
    r"(?:の)?(?:一覧|リスト|名簿|マップ|のご案内|案内)")
# a block's own signs of an organisation: a legal form, a kind of body, a heading of one
_ORGANISATION_SIGN = re.compile(
    ANY_LEGAL_FORM + r"|協同組合|本社|本店|支店|営業所|事業所|事業場|事務局|事務所"
    r"|管理会社|管理人室|管理事務所|管理組合|自治会|町内会|商店会|協議会|協会|センター|運営|発行|主催|お問い?合わ?せ|問合せ"
    r"|会社概要|店舗情報|施設情報|アクセス|営業時間|受付時間|定休日|窓口|代表"
    r"|役所|役場|庁舎|[一-龥]{1,8}[課係](?:[ 　]|$)"  # a town office's desk (own6)
    r"|委員会|PTA|ＰＴＡ|同窓会|後援会|保護者会|連絡網|メーリングリスト|編集部|編集室")  # a group's list or bulletin (own8)
# what a person's own block says, and a person's school or workplace (学歴：…高等学校 卒業)
_PERSONAL = re.compile(r"(?<!皆)様(?!各位)|殿|氏名|お名前|本人|自宅|携帯|緊急|ご連絡先|ご登録|届け先|送付先|生年月日|続柄|保護者|申込者|契約者"
                       r"|利用者|患者|所属|部署|勤務|配属|役職|学歴|職歴|卒業|入学|在学|出身|職場|勤め先|workplace|employer")
_MAIL_HEADER = re.compile(r"\s*(?:From|To|Cc|Subject|Date|Reply-To|差出人|宛先|件名|送信者|送信日時)\s*[:：]", re.IGNORECASE)
LONGEST_LINE = 60
TITLE_REACH = 40  # lines above a row where a list's title may stand
# a desk's label right before an e-mail address on its line
# (a department alone is not: 人事部 jinji.kawabe@… is a person's in that department)
_DESK_LABEL = re.compile(r"(?:窓口|事務局|受付|お問い?合わ?せ|問合せ|申込|応募|センター|代表"
                         r"|事業所|店舗|施設|教室|本社|支店|営業所|医院|クリニック|病院|学校|薬局)[先用]?[^\n\t]{0,12}$")
# a mail header whose display name is an organisation's (From: みなと不動産 駅前店 <…>) (own6)
_SENDER = re.compile(r"\s*(?:From|Reply-To|Sender|To|Cc|差出人|宛先)\s*[:：]\s*\"?([^<\n\"]+?)\"?\s*<[^<>\n]*$", re.IGNORECASE)


def _under_list_title(lines: Lines, start: int) -> bool:
    """A list's title (店舗一覧) on a line above the row, in the same table."""
    for _ in range(TITLE_REACH):
        if start == 0:
            return False
        start, end = lines.bounds(start - 1)
        line = lines.text[start:end]
        if not line.strip():
            return False
        if _ORGANISATION_LIST.search(line):
            return True
    return False


def organisations_row(lines: Lines, start: int, end: int) -> bool:
    """A table row (a line of cells) that names an organisation by a header of its
    name or under a list's title, and no person."""
    row = lines.text[start:end]
    if "\t" not in row or lines.names_a_person(start, end) or _PERSONAL.search(row):
        return False
    return _ORGANISATION_HEADER.search(row) is not None or _under_list_title(lines, start)


def _short(line: str) -> bool:
    return len(line.strip()) <= LONGEST_LINE and line.count("\t") <= 2


def organisations_block(lines: Lines, start: int) -> bool:
    """A block of short lines (key-value rows of two cells at most; a sentence that
    leads into it: 本件のお問い合わせは下記まで。) that names an organisation and no
    person (see the module)."""
    own_start, own_end = lines.bounds(start)
    own = lines.text[own_start:own_end]  # the value's own line first: a table row or a person's line ends it
    if not _short(own) or _PERSONAL.search(own) or lines.names_a_person(own_start, own_end):
        return False
    spans = block_lines(lines, start)
    texts = [lines.text[s:e] for s, e in spans]
    if any(_MAIL_HEADER.match(t) for t in texts):
        return False  # a mail's header (Subject: お問い合わせの件) is nobody's contact block
    if not all(_short(t) for t in texts) or sum("。" in t for t in texts) > 1 or any(_PERSONAL.search(t) for t in texts):
        return False
    if any(lines.names_a_person(s, e) or lines.gives_a_birth_date(s, e) for s, e in spans):
        return False
    return any(_ORGANISATION_SIGN.search(t) or organisation_name_line(t) for t in texts)


_DIRECT = re.compile(r"直通|ダイヤルイン")


def desks_direct_line(label: str, lines: Lines, start: int) -> bool:
    """A desk's own number marked 直通 in an organisation's block that names no person
    (あおば町役場 税務課 / 電話：…（直通）): the desk's line, not a person's."""
    return _DIRECT.search(label) is not None and organisations_block(lines, start)


def desks_mail(lines: Lines, start: int) -> bool:
    """An e-mail address after a desk's label on a line naming no person, or in an
    organisation's block."""
    line_start, line_end = lines.bounds(start)
    before = lines.text[line_start:start]
    if _DESK_LABEL.search(before) and not lines.names_a_person(line_start, line_end) \
            and not _PERSONAL.search(lines.text[line_start:line_end]):
        return True
    if (sender := _SENDER.match(before)) and not lines.names_a_person(line_start, line_end):
        name = sender.group(1)
        return _ORGANISATION_SIGN.search(name) is not None or organisation_name_line(name)
    return organisations_block(lines, start)
