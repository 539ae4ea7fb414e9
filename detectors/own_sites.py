"""A place's or a body's contacts (issue 12, sites12).

A dispatcher's, a placement desk's or a contractor's records give a worker's own home
and mobile beside the contacts of the place the worker goes to: a farm (山田農園,
石井牧場 — named after its owner, still a business), a site (現場, 就業場所, 集合場所),
a host (受入先, 実習先, 納品先). Such a place's address and phone are the
place's, not a person's, whatever person the row names: the value's own label or key
says so (派遣先所在地, 農家電話, 就業場所TEL, farm_tel, site_address, genba_jusho).
A label naming the person's own (自宅, 携帯, 本人) keeps the value personal
(detectors.organisation weighs the word ending last).
"""

from __future__ import annotations

import re

from detectors.entities import PHONE
from detectors.legal_forms import ANY_LEGAL_FORM
from detectors.lines import line_bounds
from detectors.words import alternation

WORKPLACE_WORDS = ("勤務先", "勤め先", "就職先", "出向先")  # where a person works (see reached_at_work)
# Japanese words of a place or a host a label may carry (派遣先 and 施設 are in
# detectors.organisation's own list already). Not 訪問先: a home help's or a nurse's visit
# is to the person's home.
SITE_WORDS = ("農園", "農場", "農家", "果樹園", "牧場", "ファーム", "茶園", "直売所", "就業場所", "就業先", "就労先",
              "作業場所", "作業場", "現場", "施工場所", "集合場所", "待ち合わせ場所", "受入先", "受け入れ先", "受入れ先", "受入農家",
              "実習先", "研修先", "納品先", "納入先", "出荷先", "配属先", "工事場所", "開催会場", "事業場",
              # where a person goes for care, school or a consultation: the place's own contacts
              "通所先", "通学先", "受診先", "デイサービス", "納品場所", "搬入先", "搬入場所",
              # where a person works or is taken: the employer's, the hospital's contacts (contacts13)
              *WORKPLACE_WORDS, "搬送先", "転院先")
# English and romaji words of a key naming a place or a body (farm_tel, siteAddress, genba_jusho)
SITE_KEYS = frozenset((
    "farm", "farms", "ranch", "orchard", "vineyard", "site", "sites", "worksite", "workplace", "plant", "factory",
    "facility", "facilities", "venue", "store", "shop", "clinic", "hospital", "school", "company", "employer",
    "noen", "nojo", "bokujo", "kajuen", "noka", "genba", "shisetsu", "jigyosho", "kaijo",
    "hakensaki", "ukeiresaki", "jisshusaki", "nohinsaki", "kojo", "koujou", "tenpo",
    "gakko", "byoin", "kinmusaki", "shugyo", "shuugyou", "shugyobasho", "haizokusaki"))
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# a field's key written in ASCII before the value: `farm_tel: `, `siteAddress: `, `<farm_addr>`
_ASCII_KEY = re.compile(r"([A-Za-z][A-Za-z0-9_.\-]*)\s*(?:[:=]\s*|>)$")


def names_a_site(label: str) -> bool:
    """An ASCII key right before the value (a CSV's header, a JSON or XML key) names a
    place or a body (see the module)."""
    key = _ASCII_KEY.search(label.rstrip())
    return key is not None and any(w.lower() in SITE_KEYS for w in _KEY_WORDS.findall(key.group(1)))


# A place named after its owner (山田農園, 石井牧場, 飯塚ファーム) is a place, though a name
# finder may take the whole name, or its owner's family name, for a person: it names no
# one in a record or a line.
_PLACE_KIND = (r"(?:農園|農場|牧場|果樹園|ファーム|茶園|直売所|商店|工務店|製作所|工場|医院|歯科|薬局|病院|クリニック"
               r"|事務所|商会)")
_PLACE_NAME_END, _PLACE_KIND_AFTER = re.compile(_PLACE_KIND + "$"), re.compile(r"[ 　]?" + _PLACE_KIND)
# A shop's trade name around its kind (contacts13): 京彩きもの処, お食事処 さくら, 甘味処 みつ, 和菓子屋 松風 —
# the kind glued after the name (a goods' word or two between, no particle), or the kind and
# a space before it.
_SHOP_KIND = r"(?:処|屋|堂|亭|庵|本舗|工房|商店|呉服店)"
_GOODS = r"[ァ-ヶー一-龥]{0,3}|(?![のがはをにでともへや]|さん|くん|ちゃん)[ぁ-ゖ]{1,3}"  # not a particle after the name
_SHOP_AFTER = re.compile(rf"(?:{_GOODS}){_SHOP_KIND}(?![一-龥])")
_SHOP_BEFORE = re.compile(_SHOP_KIND + r"[ 　]$")


def named_place(text: str, start: int, end: int) -> bool:
    """The span text[start:end] (a PERSON) ends with a place's or a business's kind, or
    the kind follows it, or a shop's kind and a space stand before it."""
    return (_PLACE_NAME_END.search(text, start, end) is not None or _PLACE_KIND_AFTER.match(text, end) is not None
            or _SHOP_AFTER.match(text, end) is not None or _SHOP_BEFORE.search(text, max(0, start - 4), start) is not None)


# A person's workplace phone with no workplace named (issue 12, forms17).
#
# A workplace's contacts are the employer's where the record names the employer
# (勤務先：みどり運輸　勤務先電話 …, a 勤務先 column beside a 勤務先電話 one: contacts13).
# A child's, a patient's or a user's form often gives only the number — 保護者（父）：…
# 勤務先電話 …, 父　勤務先TEL：…, 日中の連絡先（勤務先）：…, an emergency contact's
# 勤め先 — and then it is the number the form reaches that person at: no employer is
# named whose it could be, and the label ties it to the person of the record.

_WORKPLACE = re.compile(alternation(WORKPLACE_WORDS))
# The workplace's own field with a name in it (勤務先：みどり運輸, 勤務先名 (有)西田塗装): its word,
# a separator, and no number, bracket, other label, note on a label or end of line after (勤務先電話,
# 勤務先 0466-…, 連絡先（勤務先）, 勤務先（日中連絡先）, an empty cell). Atomic: 勤務先名： gives back no
# letter to pass for a name.
_NOT_A_NAME = (r"[0-9０-９+＋〒)）:：\s]|[(（][0-9０-９]|[(（][^)）\n]{0,6}(?:連絡|電話|TEL|℡|携帯|番号)"
               r"|電話|TEL|Tel|tel|ＴＥＬ|℡|FAX|Fax|ＦＡＸ|番号|住所|所在地"
               r"|連絡先|携帯|" + alternation(WORKPLACE_WORDS) + "|$")
_NAMED = re.compile("(?:" + alternation(WORKPLACE_WORDS) + r")(?>(?:名称|名)?[ 　\t・/／]*[:：]?[ 　]*)(?!"
                    + _NOT_A_NAME + ")")
_LEGAL_FORM = re.compile(ANY_LEGAL_FORM)
RECORD_LINES_ABOVE = 2  # a form's lines of the same person: 父　勤務先：… over 父　勤務先電話：…


def reached_at_work(label: str, deciding_end: int, lines, value) -> bool:
    """The value's own label ends in a workplace's word (deciding_end: where the
    organisation's word ending last in label ends) and its record names no workplace:
    not on its line, nor — when its line names no person (父　勤務先電話：…) and is
    no table's row — on the lines above it, up to a blank one or a person's (see the
    comment above). lines: detectors.organisation's, its text, tabbed and names_a_person; value: a PHONE."""
    if value.entity_type != PHONE:
        return False
    value_start, last = value.start, None
    for last in _WORKPLACE.finditer(label):
        pass
    if last is None or last.end() != deciding_end:
        return False
    text = lines.text
    start, end = line_bounds(text, value_start)
    if _LEGAL_FORM.search(text, start, value_start) or _NAMED.search(text, start, end):
        return False
    person = lines.names_a_person(start, end)
    for _ in range(0 if lines.tabbed or person else RECORD_LINES_ABOVE):
        if start == 0:
            break
        start, end = line_bounds(text, start - 1)
        if not text[start:end].strip():
            break
        if _NAMED.search(text, start, end):
            return False
        if lines.names_a_person(start, end):
            break  # the record's head: 父　氏名：… over 父　勤務先電話：…
    return True


# A job's site that is its client's home (contacts18b). A locksmith's, a repairer's, a cleaner's
# or a mover's work order (作業指示書, 出張修理 受付票) heads its record with the client — 依頼者
# …様, お客様, 施主 — and gives the job's 現場 (作業場所, 工事場所) and 連絡先 under it: the site is
# the client's home and the phone the client's, as no business is named whose they could be.
# A contract printed to PDF puts a blank line between its lines, and an order export may name its
# client after the site (<現場住所>… then <施主名>…, siteAddress then customer) (contacts22).
CLIENT_WORDS = ("依頼者", "依頼主", "ご依頼者", "ご依頼主", "お客様", "顧客", "施主", "注文者", "ご注文者", "申込者", "契約者",
                "発注者", "ご発注者", "注文主", "建築主", "customer", "Customer", "client", "Client", "kokyaku", "seshu")
# a job's site only: a workplace (勤務先) or a host under an applicant (申込者) is another body's
JOB_SITE_WORDS = ("現場", "作業場所", "作業場", "工事場所", "施工場所")  # 施工場所: not a 工場 (factory)
_CLIENT, _SITE = re.compile(alternation(CLIENT_WORDS)), re.compile(alternation(JOB_SITE_WORDS))
_SITE_KEY = re.compile(r'(?<![a-z])(?i:site|worksite|jobsite|genba)(?:_?(?i:address|addr|jusho|zip|tel|phone))?"?\s*[:=]\s*"?$')
CLIENT_LINES_UP = 4  # a work order's lines from its client's to the value, blank ones not counted
_RECORD_EDGE = re.compile(r"\s*(?:</?[\w.:-]+>|[{}\[\],]+)\s*")  # <row>, </row>, a brace: another record


def _words_say(text: str, start: int, end: int, organisation: re.Pattern) -> bool | None:
    """False when text[start:end] names a body other than a job's site; True when it names a site; else None."""
    site, word = None, organisation.search(text, start, end)
    while word:
        if not _SITE.fullmatch(word.group()):
            return False  # another body's word (派遣先, 株式会社, 御中): not a client's home
        site, word = True, organisation.search(text, word.end(), end)
    return site


def _clients_line(lines, start: int, end: int) -> bool | None:
    """The line names a client (依頼者 …様, お客様：… 様, a name finder may miss): True, or False when the
    client is a company; None when it names no client."""
    text = lines.text
    client = _CLIENT.search(text, start, end)
    if client and (lines.names_a_person(start, end) or text.find("様", client.end(), end) >= 0):
        return not _LEGAL_FORM.search(text, start, end)
    return None


def clients_site(lines, start: int, value_start: int, organisation: re.Pattern) -> bool:
    """The value (on the line starting at start) lies in a client's record (see the comment
    above): a line naming the client heads it, up to CLIENT_LINES_UP lines up, or follows it in the
    same record, and the words from the value's line to the client's name a site and no other body
    (organisation: detectors.organisation's words; the line's addresses are masked)."""
    text = lines.text
    if "clients" not in lines.answers:  # cheap gate, asked once per text: a client named at all
        lines.answers["clients"] = _CLIENT.search(text) is not None
    if not lines.answers["clients"]:
        return False
    own_site = _words_say(text, start, value_start, organisation)
    if own_site is False:
        return False
    own_site = own_site or _SITE_KEY.search(text, start, value_start) is not None
    line_end = line_bounds(text, value_start)[1]
    return _client_up(lines, start, value_start, organisation, own_site) or own_site and _client_down(
        lines, line_end, organisation)


def _client_up(lines, start: int, end: int, organisation: re.Pattern, site: bool) -> bool:
    text, looked, value_line = lines.text, 0, start
    while looked <= CLIENT_LINES_UP:
        said = _words_say(text, start, end, organisation)
        if said is False or start != value_line and _RECORD_EDGE.fullmatch(text, start, end):
            return False
        site = site or bool(said)
        client = _clients_line(lines, start, end)
        if client is not None:
            return site and client
        if start == 0:
            return False
        looked += 1 if text[start:end].strip() else 0
        start, end = line_bounds(text, start - 1)
    return False


def _client_down(lines, end: int, organisation: re.Pattern) -> bool:
    """A client named below the site's line, in the same record (<現場住所>… then <施主名>…)."""
    text, looked = lines.text, 0
    while looked < CLIENT_LINES_UP and end < len(text):
        start, end = line_bounds(text, end + 1)
        if _words_say(text, start, end, organisation) is False or _RECORD_EDGE.fullmatch(text, start, end):
            return False
        client = _clients_line(lines, start, end)
        if client is not None:
            return client
        looked += 1 if text[start:end].strip() else 0
    return False
