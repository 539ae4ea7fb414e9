"""Contact blocks: a signature or a sender's block of short lines, and notices in an
organisation's own voice (see detectors.organisation).

A block is the run of lines around a value up to a blank line or a rule line (----,
━━━, ＿＿＿: a signature's frame). It is an organisation's contact block when its
lines are short, none is a sentence or a table row, one of them names an
organisation (株式会社…, …寺 寺務所, …クリニック), at most one line names a person
and nobody in it is addressed (様, 殿: a recipient's block is the recipient's; 御中: the
sender writes to an organisation).
"""

from __future__ import annotations

import re

from detectors.addressed_posts import addressed_post
from detectors.entities import ADDRESS, POSTAL_CODE
from detectors.fields import FIELD_SEPARATOR
from detectors.first_chars import finder_of
from detectors.legal_forms import LEGAL_FORMS
from detectors.lines import Lines
from detectors.own_records import is_record_edge
from detectors.own_requests import RECIPIENT_WORDS
from detectors.words import alternation

BLOCK_REACH = 8  # lines each way
LONGEST_LINE = 80
SHORT_LINE = 40
PARAGRAPH_REACH = 4  # lines above a value where an organisation's own voice counts
_RULE = re.compile(r"[\s\-‐ー―─━=＝_＿*＊~〜～・.…#＃]+")
# a recipient, or a sender writing to an organisation (御中, an invoice's 請求先 / 宛先)
_ADDRESSED = re.compile(r"(?<!皆)様(?!各位)|殿|御中|請求先|宛先|送付先|届け先")  # お客様各位, 皆様: no one person
# …or, on a line below the value's, the office a form is sent to (氏名 / 住所 / 電話 above 申込先：…): the block
# is the applicant's form; a flyer's clerk named under its 申込先 line stays the office's (contacts16)
_RECIPIENT = re.compile("|".join(RECIPIENT_WORDS))
# An organisation's name written with its kind at the end (光明山 蓮華寺, ひだまり歯科,
# みぎわ教会, グランフォレスト弐番館 管理組合) or a legal form's short mark.
_ORGANISATION_NAME = re.compile(
    r"(?:寺|医院|病院|学院|寺院|整骨院|接骨院|鍼灸院|修道院|神社|神宮|大社|八幡宮|天満宮|教会|教団|聖堂|学校|学園|大学|高校|歯科|医院|薬局|組合|協会|連合会|商会|商店"
    r"|センター|事務所|事務局|工業|産業|物産|商事|興業|設計|企画|電設|食品"
    # schools, halls, shops, offices and agencies (own6)
    r"|保育園|保育所|幼稚園|こども園|教室|塾|ゼミナール|会館|資料館|美術館|博物館|図書館|公民館|記念館|文化館|旅館|ホテル|店"
    r"|不動産|役場|役所|協議会|クリニック|ステーション|営業所|出張所"
    # trades whose names carry no legal form: a dealer, an agency, a salon, a gym, a care home (contact7)
    r"|モータース|モーターズ|カーズ|トラベル|ツーリスト|ホーム|サロン|美容室|美容院|理容室|整体院|治療院|フィットネス"
    r"|スタジオ|アカデミー|建設|工務店|運輸|運送|物流|農園|牧場|農場|果樹園|ファーム|茶園|直売所|製作所|印刷|ハウジング"
    # an inn's or a restaurant's kind (かじか亭, 松風閣; not 荘, a block of flats' too) (own8); a lodging's
    # before its name (湯の宿 さくら, 民宿 なぎさ, ペンション こもれび) (forms17)
    r"|亭|閣|宿|ペンション|ゲストハウス|ホステル"
    # a group's kind: a children's, a friends', a hobby's or a supporters' body, a network (mail14)
    r"|子ども会|子供会|友の会|同好会|愛好会|育成会|後援会|保護者会|婦人会|老人会|ネットワーク"
    # a group named for its cause or members, …の会 / …る会 (ホスピスボランティアの会, 見守る会, 家族会), a circle,
    # a band or a troupe (owncontacts17)
    r"|の会|る会|家族会|連絡会|研究会|振興会|保存会|委員会|サークル|楽団|合唱団|劇団|少年団|青年団|応援団"
    # a public office an emergency list or a notice names: police, fire, health, tax, court, post (contacts15)
    r"|警察署|消防署|税務署|監督署|交番|駐在所|消防本部|消防局|保健所|法務局|裁判所|郵便局|職業安定所|ハローワーク|年金事務所"
    r"|相談所|福祉事務所"
    # a dealer's, a garage's or an institute's kind: …新聞 駅東販売所, …自動車整備, …研究所 (owncontacts17)
    r"|販売所|案内所|研究所|支所|整備|板金)(?:[ 　].{0,12})?$"
    r"|^(?:ホテル|サロン|スタジオ|カフェ|クリニック)[^\s。、]{1,12}$|\(株\)|\(有\)|㈱|㈲")
# a line opening with a legal form names its holder (一般社団法人ねこの手ネットワーク) (mail14)
_LEADING_FORM = re.compile(alternation(LEGAL_FORMS))
# Trades that are also what a person does or uses (通勤：自動車, 目的：観光, 趣味：ジム): a
# name before them and no label on the line (ミナミ自動車, あおぞら観光 本店) (contact7).
_TRADE_NAME = re.compile(r"^[^:：\t]{2,16}(?:自動車|観光|旅行|交通|サービス|クラブ|ジム|スクール)(?:[ 　][^:：\t]{0,12})?$")
# a notice's or a newsletter's title after its sender's name: はくよう薬局からのお知らせ (contact7)
_NOTICE_TITLE = re.compile(r"(?:から|より)の?(?:お知らせ|ご案内|ご連絡|おしらせ)$|だより$|通信$")
# a record's subject named by its role (相談者：嶋田 悠真（有限会社… 代表）, 依頼者 …: a typed form's label and a
# space): a record about a person, no sender's block
_SUBJECT_LABEL = re.compile(r"^[ 　]*(?:相談者|対象者|当事者|利用者|患者|申込者|申請者|契約者|依頼者|受診者|被保険者)(?:[ 　]*[:：]|[ 　]+[^ 　])")
# found where its first characters stand (its first branch opens with a group: re would try every position)
_ORGANISATION_NAME_FINDER = finder_of(_ORGANISATION_NAME)
# A notice in the organisation's own voice (弊社は本社を移転いたしました): its 住所 is its own.
OWN_VOICE = re.compile(r"弊社|当社|弊所|当院|当寺|当山|当館|当会|本会|当組合|当協会|当法人|当事務所|当クリニック"
                       r"|当教会|当神社|移転いたし")


def _ends_block(line: str) -> bool:
    return not line.strip() or _RULE.fullmatch(line) is not None or is_record_edge(line)


def block_lines(lines: Lines, start: int) -> list[tuple[int, int]]:
    """(start, end) of the lines of the block holding the line that starts at start."""
    found = [lines.bounds(start)]
    while len(found) <= BLOCK_REACH and found[0][0] > 0:
        above = lines.bounds(found[0][0] - 1)
        if _ends_block(lines.text[above[0]:above[1]]):
            break
        found.insert(0, above)
    below_count = 0
    while below_count < BLOCK_REACH and found[-1][1] < len(lines.text):
        below = lines.bounds(found[-1][1] + 1)
        if _ends_block(lines.text[below[0]:below[1]]):
            break
        found.append(below)
        below_count += 1
    return found


def organisation_name_line(line: str) -> bool:
    """A short line, no sentence, that ends with an organisation's name and kind
    (曹洞宗 瑞雲山 長昌寺, みぎわ教会 牧師室)."""
    line = _NOTICE_TITLE.sub("", line.strip().rstrip("（(:："))
    return len(line) <= SHORT_LINE and "。" not in line and (
        _ORGANISATION_NAME_FINDER.search(line) is not None or _TRADE_NAME.match(line) is not None
        or _LEADING_FORM.match(line) is not None)


_LAST_WORD = re.compile(r"[^ 　:：\t]+[ 　]*$")


def label_verdict(label: str, verdict) -> str | None:
    """verdict(label); a personal word inside the organisation's name the label ends in is the name's
    (がん患者家族の会, 保護者会: the group's), unless the words before the name say so (入居先 ひまわりホーム) (owncontacts17)."""
    said = verdict(label)
    last = _LAST_WORD.search(label) if said == "personal" else None
    return "organisation" if last and organisation_name_line(last.group()) and verdict(label[:last.start()]) is None \
        else said


def _names_an_organisation(texts: list[str], organisation: re.Pattern, attribute: re.Pattern) -> bool:
    return any(not attribute.search(t) and (organisation.search(t) or organisation_name_line(t)) for t in texts)


def block_verdict(lines: Lines, start: int, organisation: re.Pattern, attribute: re.Pattern) -> str | None:
    """'organisation' for an organisation's contact block (see the module), 'personal'
    for a block of short lines that names a person and no organisation (an
    applicant's own block under the 御中 of a letter, past a blank line), else None."""
    spans = block_lines(lines, start)
    texts = [lines.text[s:e] for s, e in spans]
    if any("\t" in t or "。" in t or len(t.strip()) > LONGEST_LINE for t in texts):
        return None
    people = sum(lines.names_a_person(s, e) for s, e in spans)
    if any(lines.gives_a_birth_date(s, e) for s, e in spans):
        return None  # a report about someone, not a sender's block
    if not people:
        return None
    if not _names_an_organisation(texts, organisation, attribute) or any(_SUBJECT_LABEL.match(t) for t in texts):
        return "personal"  # or a record about its subject, named with their company (相談者：…（…印刷 代表）)
    if people > 1 or any(_ADDRESSED.search(t) for t in texts) \
            or any(_RECIPIENT.search(lines.text, s, e) for s, e in spans if s > start):
        return None
    return "organisation"


def speaks_for_itself(lines: Lines, start: int) -> bool:
    """The paragraph above the line at start is in an organisation's own voice and
    names no person."""
    first = start
    for _ in range(PARAGRAPH_REACH):
        if first == 0:
            break
        above = lines.bounds(first - 1)
        if not lines.text[above[0]:above[1]].strip():
            break
        first = above[0]
    end = lines.bounds(start)[1]
    return OWN_VOICE.search(lines.text, first, end) is not None and not lines.names_a_person(first, end)


# A letterhead's next line: the value starts it, after at most a short label (TEL, FAX).
# A label a PDF's line wrap broke (TEL 079-…　FA / X 079-…) is still the next value's (own8).
_NEXT_LINE_OF_SAME = re.compile(r"[ \t　]*[A-Za-zＡ-Ｚ]{0,3}[ \t]*\n[ 　]*[^\s\t\n]{0,6}[ 　]?")


def follows_organisational(text: str, detection, previous, personal: re.Pattern) -> bool:
    """The organisation's value just before on the same line, or at the end of the
    line above with this value starting its own line, with no personal word between
    (〒… then its address, then TEL …, then FAX …: one contact, a letterhead)."""
    if previous is None:
        return False
    gap = text[previous.end:detection.start]
    if personal.search(gap):
        return False
    return ("\n" not in gap and FIELD_SEPARATOR not in gap) or _NEXT_LINE_OF_SAME.fullmatch(gap) is not None


# (union19) a letter's addressee: a short line that is a name and its honorific (仲村 恵子 様, 山田太郎殿) — not a
# company's (御中), everyone (各位, 皆様) or a post (施設長 様: detectors.addressed_posts)
_SALUTATION = re.compile(r"[ 　]*[^\s\t:：。、]{1,8}(?:[ 　]{1,3}[^\s\t:：。、]{1,8})?[ 　]*(?:様|殿)[ 　]*")
_NOT_AN_ADDRESS_LINE = re.compile(r"TEL|Tel|tel|FAX|Fax|fax|電話|[Ee]-?mail|メール|@|http|URL|担当")
_ADDRESSEES_VALUES = (ADDRESS, POSTAL_CODE)
_ADDRESS_LINES_ABOVE_NAME = 3  # 〒 / 住所 / 建物 between the value's line and the name's


def addressed_below(lines: Lines, value) -> bool:
    """Whether the address or postal code's lines down to a salutation (仲村 恵子 様) are an
    addressee's 宛名 block (〒 / 住所 / 建物 then the name): a letter's reader's address is theirs,
    even under the sender's letterhead with no blank line between (a .docx's paragraphs)."""
    if value.entity_type not in _ADDRESSEES_VALUES:
        return False
    line_start, line_end = lines.bounds(max(0, value.end - 1))
    if _NOT_AN_ADDRESS_LINE.search(lines.text, line_start, line_end):
        return False
    for _ in range(_ADDRESS_LINES_ABOVE_NAME):
        if line_end >= len(lines.text):
            return False
        line_start, line_end = lines.bounds(line_end + 1)
        line = lines.text[line_start:line_end]
        if _SALUTATION.fullmatch(line):
            return lines.names_a_person(line_start, line_end) and not addressed_post(line.strip().rstrip("様殿").strip())
        if not line.strip() or _NOT_AN_ADDRESS_LINE.search(line) or organisation_name_line(line) or len(line) > SHORT_LINE:
            return False
    return False
