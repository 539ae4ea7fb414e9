"""A text that names nobody speaks in its issuer's voice (issue 12, own9: files with no
personal data).

A facility's schedule, a firm's newsletter or a hotel's guide names no person, no birth
and no person's field (氏名, 自宅, 携帯 …): its contacts are the issuer's. Two shapes say so
though no label beside the value does:
- the text's title block gives a landline under its label: its first line titles a
  document an organisation issues (〇〇ホーム 行事予定表, 館内のご案内, 事務所だより, 料金表),
  and one of the next lines is TEL …;
- one contact of the text was judged the organisation's (フロント …, 代表 …), or its
  title names an organisation by its legal form ((有)… 保険のご案内, 株式会社… 料金表)
  (mail11): the text's other landlines, addresses and postal codes, written alone, are
  the same issuer's.
A mobile stays a person's: an issuer's voice does not reach one. A mailbox that names
no one at a domain of its own (not free mail, a carrier's or an ISP's) is the issuer's
too, and the issuer has spoken (mail14).
Also: a landline right after an enquiries label (お問い合わせ：…, 問合せ先 …) on a line that
names no person is the desk's to call.
"""

from __future__ import annotations

import re

from detectors.entities import ADDRESS, DATE_OF_BIRTH, EMAIL, PERSON, PHONE, POSTAL_CODE
from detectors.jp.phone import is_mobile
from detectors.legal_forms import ANY_LEGAL_FORM
from detectors.lines import line_bounds
from detectors.own_mailboxes import role_mailbox
from detectors.own_mailbox_names import bodys_unnamed_mailbox, names_an_office

TITLE_LINES = 3
# a document an organisation issues, as its title says
_ISSUED = re.compile(r"予定|案内|お知らせ|だより|便り|通信|ニュース|価格表|料金表|メニュー|ガイド|[Gg]uide|カレンダー|時刻表"
                     r"|一覧|紹介|概要|パンフレット|チラシ")
_PHONE_LABEL = re.compile(r"(?:TEL|Tel|ＴＥＬ|電話|☎)[ 　.:：]*$")
# an enquiries label, or one inviting a call to the desk: ご相談, ご予約, お申し込み (mail11)
_ENQUIRIES = re.compile(r"(?:(?:お|ご)?問い?合わ?せ|ご相談|ご予約|お申し?込み?)(?:先|窓口|番号)?[ 　]*[:：]?[ 　]*(?:TEL|Tel|電話)?[ 　.:：]*$")
# what a person's own text says: the organisation's own words (受付, 代表) are not here
# (様 and 殿 as a title after a name, not a word's part: 同様, 様子, 仕様; a shrine's 本殿, 拝殿, a 殿堂; shapes25)
_PERSONAL = re.compile(r"(?<![同模仕多異一])様(?![子式相々態])|(?<![本拝神宮御寝仏社])殿(?!堂)|氏名|お名前|本人|自宅|携帯|直通|緊急"
                       r"|生年月日|続柄|保護者|申込者|契約者|利用者|患者|住所|連絡先")
_VOICED = frozenset({PHONE, ADDRESS, POSTAL_CODE})
# a mail's recipients: the issuer writes From, not To (gurungbikash@: a name no list holds) (cards20)
_RECIPIENTS_LINE = re.compile(r"(?:To|TO|Cc|CC|宛先|宛て先)[ 　]*[:：]")
_SENDER = re.compile(r"^(?:From|FROM|差出人|送信者)[ 　]*[:：][^\n@]*?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)", re.MULTILINE)


def _landline(text: str, detection) -> bool:
    return detection.entity_type != PHONE or not is_mobile(text[detection.start:detection.end])  # ０９０－…, +81 90 … too


def names_nobody(detections: list, text: str) -> bool:
    return not any(d.entity_type in (PERSON, DATE_OF_BIRTH) for d in detections) and not _PERSONAL.search(text)


def in_title_block(text: str, detection) -> bool:
    """A labelled landline in the first lines of a text titled as an issued document (or on a line that
    announces one: オープンキャンパスのご案内 電話 …), or on the last lines of one (at_issued_foot)."""
    if detection.entity_type == PHONE and at_issued_foot(text, detection):
        return True
    first = len(text) - len(text.lstrip())  # an extractor's blank lines before the title
    first_end = text.find("\n", first)
    if detection.entity_type != PHONE or first_end < 0 or detection.start < first_end:
        return False
    line_start = text.rfind("\n", 0, detection.start) + 1  # or the value's own line says so: …のご案内 電話 03-…
    if text.count("\n", first, detection.start) >= TITLE_LINES or not (
            _ISSUED.search(text, first, first_end) or _ISSUED.search(text, line_start, detection.start)):
        return False
    return _PHONE_LABEL.search(text, max(0, detection.start - 8), detection.start) is not None


_QUOTED = re.compile(r"[ 　]*[>＞|]")
FOOT_LINES = 2  # the block's last non-blank lines where its signature's phone stands


def _block(text: str, position: int) -> tuple[int, int]:
    """(first line's start, end) of the quoted block (a reply's > lines) the position stands in, else of the text."""
    line_start = text.rfind("\n", 0, position) + 1
    if not _QUOTED.match(text, line_start):
        return len(text) - len(text.lstrip()), len(text.rstrip())
    start, end = line_start, position
    while start > 0 and _QUOTED.match(text, previous := text.rfind("\n", 0, start - 1) + 1):
        start = previous
    while (end := text.find("\n", end)) >= 0 and _QUOTED.match(text, end + 1):
        end += 1
    return start, len(text) if end < 0 else end


def at_issued_foot(text: str, detection) -> bool:
    """A labelled landline on the last lines of a text, or of a reply's quoted block, whose first line announces
    an issued document (月謝のご案内 … 少年野球 … / 〒… / 電話 …; > 振替日のご案内です。… > 電話 …): the issuer
    signs its notice there, its name of any kind (contacts24)."""
    start, end = _block(text, detection.start)
    title_end = text.find("\n", start)
    if title_end < 0 or detection.start < title_end or not _ISSUED.search(text, start, title_end):
        return False
    if len([line for line in text[detection.end:end].split("\n") if line.strip(" 　>＞|\r")]) >= FOOT_LINES:
        return False
    return _PHONE_LABEL.search(text, max(0, detection.start - 8), detection.start) is not None


_LEGAL_FORM = re.compile(ANY_LEGAL_FORM)
_FIRST_CHARACTER = re.compile(r"\S")


def _titled_by_organisation(text: str) -> bool:
    """The text's first line names an organisation by its legal form."""
    first = _FIRST_CHARACTER.search(text)
    if first is None:
        return False
    end = text.find("\n", first.start())
    return _LEGAL_FORM.search(text, first.start(), end if end >= 0 else len(text)) is not None


def issuers_voice(kept: list, text: str, organisation_spoke: bool, said: set = frozenset()) -> list:
    """kept less the issuer's values of a text that names nobody (see the module); the
    title block's line speaks for the organisation too. A value whose record or key says
    it is a person's (said: ids; workerMobile, "patient": {…}) stays, named or not."""
    mailboxes = {id(d) for d in kept if d.entity_type == EMAIL and id(d) not in said and issuers_mailbox(text, d.start, d.end)}
    kept = [d for d in kept if id(d) not in mailboxes]
    voiced = [d for d in kept if d.entity_type in _VOICED and _landline(text, d) and id(d) not in said]
    if not voiced:
        return kept
    titled = {id(d) for d in voiced if in_title_block(text, d)}
    spoke = organisation_spoke or mailboxes or titled or _titled_by_organisation(text)
    theirs = {id(d) for d in voiced} if spoke else titled
    return [d for d in kept if id(d) not in theirs]


def issuers_mailbox(text: str, start: int, end: int) -> bool:
    """A mailbox naming no one at a body's domain; on the To: line of a mail the organisation sent
    (From: a desk's or a body's mailbox), its recipient's (To: gurungbikash@…, a name no list holds),
    unless it names an office's work too (To: mimamori@…) (cards20) or shares the desk's own domain
    (From: anzen@hospital… To: iinkai@hospital…: a desk writes to its own committee) (letterheads22).
    A person's mail goes to the body."""
    address = text[start:end]
    if not bodys_unnamed_mailbox(address):
        return False
    if not _RECIPIENTS_LINE.match(text, line_bounds(text, start)[0]) or names_an_office(address):
        return True
    sender = _SENDER.search(text)
    return sender is None or not (role_mailbox(sender.group(1)) or bodys_unnamed_mailbox(sender.group(1))) \
        or sender.group(1).rpartition("@")[2].lower() == address.rpartition("@")[2].lower()


def enquiries_line(text: str, detection, line_start: int, names_a_person: bool) -> bool:
    """A landline after an enquiries label on a line naming no person."""
    return (detection.entity_type == PHONE and not names_a_person and _landline(text, detection)
            and _ENQUIRIES.search(text, max(line_start, detection.start - 16), detection.start) is not None)
