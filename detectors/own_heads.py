"""An organisation's letterhead at the head of a document, or its footer under a rule line
(issue 12, letterheads22).

Six writers (corpora 16–21) put an office's own contact where a document starts: a
title or not, then the organisation's name (茶道 … 教場, …ウェディングフォト, 乗馬クラブ …,
…介護用品レンタル, 仏壇・仏具 …堂, きもの貸衣裳 …, …共済 給付課), then its 〒 and
address, its TEL and FAX and its mailbox, one or two to a line (the address may sit in
brackets after the name), and only then the record: 利用者（甲）：…, 新郎 …, 体験者 …,
an addressee's 様. Or at a document's foot, under a rule line (――――, ----): the
name, then TEL … Mail …. The name's kind is open-ended (a riding club, a 銭湯, a studio
named in English), so what marks the block is where it stands: from the text's first
line (or from a rule line that opens the text's last lines) down to the contacts,
nothing names a person, a birth or a person's field (様, 氏名, 自宅, 携帯 …), no line is a
sentence or a table's row, the name stands on a line of its own above the contacts or
before their bracket on its line (a label before a value, お電話　…, names no office), the
contacts run line after line with nothing but their labels, and a record that names
someone follows (a text naming nobody is detectors.own_voice's: "Iwata Yasuhiro / 3-5-7 …"
alone looks just like a letterhead).
The run ends at the first line that is not a contact's, and at a second 〒 or
address (an addressee's block right under the letterhead, 〒 / 住所 / … 様). A bare
name right under an address (退職届 / 〒… / 山田 太郎: the writer's own block), or a contact
person right under the run (担当　野口 真由), leaves the run a person's. A mobile stays a
person's: a clerk's or an owner's own; so does a mailbox that names someone.
"""

from __future__ import annotations

import re
from itertools import takewhile

from detectors.entities import ADDRESS, DATE_OF_BIRTH, EMAIL, PERSON, PHONE, POSTAL_CODE
from detectors.jp.person_names import load_name_lists
from detectors.jp.phone import is_mobile
from detectors.lines import line_bounds

HEAD_LINES = 5  # non-blank lines from the text's start to the run's first contact line
HEAD_REACH = 400  # characters: a contact past them is no head's (cheap gate)
FOOT_REACH = 400  # characters before the end where a footer's rule line may stand
LONGEST_LINE = 80
HEAD_TYPES = (ADDRESS, POSTAL_CODE, PHONE, EMAIL)
_MAILBOX_WORDS = re.compile(r"[A-Z]+")
_SPELLS_PERSONAL = re.compile(r"(?<!皆)様(?!各位)|殿|御中|氏名|お名前|本人|自宅|携帯|緊急|生年月日|続柄|保護者|申込者|契約者"
                              r"|利用者|患者|ご?住所|ご連絡先|宛先|送付先|届け?先")
# what a contact line holds besides its values: labels, brackets, separators, a site's URL
_LABELS = re.compile(r"https?://\S+|www\.\S+|〒|郵便番号|TEL|Tel|tel|ＴＥＬ|電話(?:番号)?|FAX|Fax|fax|ＦＡＸ|[Ee]-?[Mm]ail|MAIL|Mail"
                     r"|メール(?:アドレス)?|URL|代表|☎|[\s　/／|｜・,，、:：.()（）\[\]［］【】<>＜＞-]")
_RULE = re.compile(r"[-‐ー―─━=＝_＿*＊~〜～・]{4,}")
_MAILBOX = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
# the person a block's contacts reach, named right under them (担当　野口 真由): the contacts are theirs (own9)
_CONTACT_PERSON = re.compile(r"[ 　]*(?:ご?担当者?|記入者|作成者|責任者|連絡者|発信者|差出人)")
_DIGITS = re.compile(r"[0-9０-９]+")
_NAME_LINE_REST = 3  # characters beside a person's name on a bare name line (様, さん)
# a mail's header or a record's markup is no letterhead (From: 山田 <…>: the correspondent's own)
_NOT_A_LETTER = re.compile(r"[ 　]*(?:[{\[<]|(?:From|To|Cc|Bcc|Subject|Date|Reply-To|Sender|差出人|宛先|件名|送信者)[ 　]*[:：])",
                           re.IGNORECASE)


def _values_on(detections: list, start: int, end: int) -> list:
    return [d for d in detections if start <= d.start < end]


def _without_values(text: str, start: int, end: int, values: list) -> str:
    """The line less its values (an address's own words, 殿町, say nothing)."""
    parts, last = [], start
    for d in values:
        parts.append(text[last:max(last, d.start)])
        last = max(last, d.end)
    parts.append(text[last:end])
    return _MAILBOX.sub("", "".join(parts))


def _line_spans(text: str, start: int, limit: int):
    """(start, end) of the non-blank lines from start, at most limit of them."""
    position = start
    while limit and position < len(text):
        line_start, line_end = line_bounds(text, position)
        if text[line_start:line_end].strip():
            yield line_start, line_end
            limit -= 1
        position = line_end + 1


def _bare_name_line(text: str, start: int, end: int, detections: list) -> bool:
    """A line that is a person's name and at most an honorific: a signature's or an addressee's."""
    people = [d for d in _values_on(detections, start, end) if d.entity_type == PERSON]
    rest = len(text[start:end].strip()) - sum(d.end - d.start for d in people)
    return bool(people) and rest <= _NAME_LINE_REST


def _run(detections: list, text: str, start: int, lines: int) -> list:
    """The contact values of a letterhead starting at the line at start (see the module)."""
    named, run, kinds, last_kind = False, [], set(), None
    for index, (line_start, line_end) in enumerate(_line_spans(text, start, lines + 4)):  # read lazily: most stop at once
        line = text[line_start:line_end]
        values = _values_on(detections, line_start, line_end)
        if any(d.entity_type in (PERSON, DATE_OF_BIRTH) for d in values) \
                or _SPELLS_PERSONAL.search(_without_values(text, line_start, line_end, values)) \
                or _NOT_A_LETTER.match(line) or "\t" in line or "。" in line or len(line.strip()) > LONGEST_LINE:
            return run if run and not (last_kind in (ADDRESS, POSTAL_CODE) and _bare_name_line(
                text, line_start, line_end, detections) or _CONTACT_PERSON.match(line)) else []
        contacts = [d for d in values if d.entity_type in HEAD_TYPES]
        if not contacts and "@" not in line and not _DIGITS.sub("", _LABELS.sub("", line)) and _DIGITS.search(line):
            continue  # a number no detector reports (0120-…, 0800-…) on a labelled line of the run
        if not contacts and "@" not in line:
            if run:
                return run  # the first line after the run that is not a contact's
            named = index < lines and not line.rstrip(" 　").endswith((":", "："))
            continue
        opening = text[line_start:contacts[0].start if contacts else line_end].strip(" 　")
        if opening.endswith((":", "：")) and _LABELS.sub("", opening):
            return run  # a form's field (Address: …, 現住所：…): whoever fills the form in
        named = named or opening.endswith(("（", "(")) and bool(_LABELS.sub("", opening))  # 乗馬クラブ …（〒… …）
        if not named or not run and index > lines or (kinds & {ADDRESS, POSTAL_CODE} and any(
                d.entity_type in (ADDRESS, POSTAL_CODE) for d in contacts) and run and last_kind not in (ADDRESS, POSTAL_CODE)):
            return run  # no name above; too far down; a second 〒 after the letterhead's TEL: an addressee's block
        kinds.update(d.entity_type for d in contacts)
        run += contacts
        last_kind = contacts[-1].entity_type if contacts else EMAIL
    return run


def _foot_start(text: str) -> int | None:
    """The start of the line after the last rule line in the text's last FOOT_REACH characters."""
    tail = max(0, len(text) - FOOT_REACH)
    for match in reversed(list(_RULE.finditer(text, tail))):
        line_start, line_end = line_bounds(text, match.start())
        if text[line_start:line_end].strip(" 　\r") == match.group():
            return line_end + 1
    return None


_BLANK_LINE = re.compile(r"\n[ 　\r]*\n")
_FAX = re.compile(r"FAX|Fax|fax|ＦＡＸ|ファクス|ファックス")


def _signed_paragraph(text: str) -> int | None:
    """The start of the text's last paragraph (after its last blank line, near the end) when it
    reads as the office signing its own form: its first line, a name, is said earlier in the
    text (相談受付票（市民オンブズマン湊）… / 市民オンブズマン湊 / 〒…), or the paragraph gives a
    fax number, an office's line (places23). Its values count only when they end the text."""
    end = len(text.rstrip())
    blank = None
    for blank in _BLANK_LINE.finditer(text, max(0, end - FOOT_REACH), end):
        pass
    if blank is None:
        return None
    start = blank.end()
    name = text[start:line_bounds(text, start)[1]].strip(" 　\r")
    said_before = len(name) >= 3 and name in text[:start]
    return start if said_before or _FAX.search(text, start, end) else None


def _names_someone(detections: list, start: int, end: int) -> bool:
    return any(d.entity_type in (PERSON, DATE_OF_BIRTH) and start <= d.start < end for d in detections)


def head_and_foot(detections: list, text: str, key) -> set:
    """Keys (key(type, value)) of the landlines, addresses, postal codes and mailboxes of a
    document's letterhead or footer (see the module)."""
    first = next((d for d in detections if d.entity_type in HEAD_TYPES), None)  # detections come sorted by start
    if first is None:
        return set()
    last = next(d for d in reversed(detections) if d.entity_type in HEAD_TYPES)
    run = []
    if first.start < HEAD_REACH and text.count("\n", 0, first.start) <= 2 * HEAD_LINES \
            and _names_someone(detections, first.end, len(text)):  # cheap gates first (a PDF doubles its lines)
        # the values of the head's lines only: a roster's thousands are not read
        head = _run(list(takewhile(lambda d: d.start < HEAD_REACH * 2, detections)), text, 0, HEAD_LINES)
        if head and _names_someone(detections, head[-1].end, len(text)):
            run += head  # …over a record about someone: a text naming nobody is own_voice's
    if last.start > len(text) - FOOT_REACH or "@" in text[-FOOT_REACH:]:
        foot, ruled = _foot_start(text), True
        if foot is None:
            foot, ruled = _signed_paragraph(text), False
        if foot is not None and foot < len(text) and _names_someone(detections, 0, foot):
            values = _run(list(takewhile(lambda d: d.start >= foot, reversed(detections)))[::-1], text, foot, HEAD_LINES)
            run += values if ruled or values and not text[line_bounds(text, values[-1].end)[1]:].strip() else []
    return {key(d.entity_type, text[d.start:d.end]) for d in run if not _persons_own(d.entity_type, text[d.start:d.end])}


def _persons_own(entity_type: str, value: str) -> bool:
    """A mobile, or a mailbox of a listed given name and surname (hanako.suzuki3@ under 総務部 on a
    form's head): a person's own wherever it stands."""
    if entity_type == PHONE:
        return is_mobile(value, ip=False)
    words = _MAILBOX_WORDS.findall(value.partition("@")[0].upper())
    return entity_type == EMAIL and len(words) >= 2 and load_name_lists().romaji_pair(*words[:2])
