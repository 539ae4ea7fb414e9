"""Which body a bare 組合 belongs to (union13): a co-operative's, a condominium's or a
health-insurance society's 組合員 is a member of that body, not of a labour union.

A document that names such a body and no labour union speaks of that body when it says
組合員 or 組合の役員; a member's kind only a co-operative has (正組合員, 准組合員) is its
member wherever it is said. 連合 inside a longer name (市民連合, 経済団体連合会) is not the
labour federation 連合.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.union_desks import a_unions_desk

# bodies called 組合 that are no labour union (revrules18: one list for every reading of it):
# the kinds said before 組合 (健康保険組合, 管理組合, 事業組合) and the names said alone
# (生協, JA 北…, a labour bank: 労働金庫の組合員向けローン is a bank's product)
_OTHER_KINDS = ("健康保険", "健保", "国保", "保険", "共済", "協同", "信用", "管理", "振興", "森林", "事業")
_OTHER_NAMES = (r"生協|農協|漁協|信組|健保|コープ|土地改良区|労働金庫|労金|JA[ 　]?[一-龥ァ-ヺ]|ＪＡ|JF[ 　]?[一-龥ァ-ヺ]|ＪＦ"
                r"|CO-?OP|Co-?op|全労済|こくみん共済"
                # (coop18b) a co-operative's trade, said where its name is not: only a co-operative delivers its
                # members' orders (宅配, 共同購入), takes their capital (出資金) and pays out on their use (利用高)
                r"|宅配|個配|共同購入|出資金|出資口|出資額|出資配当|利用分量|利用高|供給高|購買品|水揚|営農|組合員勘定"
                # (union19) a mutual-aid body's, by its name or what it pays (県民共済, 教職員共済, 〇〇共済会, 入院共済金,
                # 共済掛金; 冠婚葬祭互助会): its 組合員 is the body's member, not a union's — but not the employer's
                # schemes (中小企業退職金共済, 小規模企業共済), which any HR roster may name (共済組合 is a kind above)
                r"|共済(?!組合)(?<!退職金共済)(?<!企業共済)|互助会"
                # a lender's product for members (組合員ローン, 組合員向け融資): a 労金's, a 信組's, a JA's — never a union's
                r"|組合員ローン|組合員向けローン|組合員融資|組合員向け融資")
# every branch a whole word: re scans for the branches' first letters only when none opens with a group
_OTHER_BODIES = re.compile("|".join(kind + "組合" for kind in _OTHER_KINDS) + "|" + _OTHER_NAMES)
# the word right before a bare 組合 that makes it such a body's (or a denial: 非組合員)
_KIND_BEFORE = re.compile("(?:" + "|".join(_OTHER_KINDS) + r"|生協|農協|漁協|非)\Z")
_LABOUR_UNIONS = re.compile(r"労働組合|労組|ユニオン|職員組合|教職員組合|従業員組合|労働者組合|組合費.{0,6}(?:控除|天引)|春闘|団体交渉|団交|執行委員")
# a member's kind only a co-operative has (正組合員, 准組合員, 員外)
_COOPERATIVE_KIND = re.compile(r"[正准準]組合員")
_LETTERS = re.compile(r"[一-龥々ァ-ヺー]")


def another_bodys_union_word(text: str, start: int) -> bool:
    """A 組合 at start right after a kind of body that is no labour union (管理組合員, 非組合員)."""
    return text.startswith("組合", start) and _KIND_BEFORE.search(text, max(0, start - 4), start) is not None


def not_a_labour_union(text: str, start: int) -> bool:
    """Whether the union word at start belongs to a body that is no labour union."""
    if text.startswith("組合", start):
        if start > 0 and _COOPERATIVE_KIND.match(text, start - 1):
            return True
        return bool(_OTHER_BODIES.search(text)) and not _LABOUR_UNIONS.search(text)
    return text.startswith("連合", start) and start > 0 and bool(_LETTERS.match(text, start - 1))


_A_LABOUR_UNION_IN = re.compile(r"労働組合|労組|ユニオン|職員組合")


def without_other_bodies(text: str, found: list) -> list:
    """Phrases without the 労働組合 ones that name another body's membership or seat
    (マンション管理組合の理事長, 建設国保組合に加入), a party's seat, or the union's own desk
    (its heading, its officer signing or addressed), however they were read."""
    if any(p.category == "労働組合" for p in found) and _a_list_of_another_body(text):
        return [p for p in found if p.category != "労働組合"]
    return [p for p in found if p.category != "労働組合" or ((not _OTHER_BODIES.search(text, p.start, p.end)
            or _A_LABOUR_UNION_IN.search(text, p.start, p.end)) and not _a_bare_member_of_another(text, p)
            and not _a_partys_seat(text, p) and not a_unions_desk(text, p.start))]


# a party or a political body (日本共産党の党員で地区委員を務める, 後援会の役員): its seat is a creed's
_PARTY_IN = re.compile(r"[一-龥ァ-ヺー]党(?!員会)|後援会|政治団体|政治結社")
_ANY_UNION_IN = re.compile(r"組合|労組|ユニオン|労連|連合|分会")


def _a_partys_seat(text: str, phrase) -> bool:
    """A seat read in a sentence that names a party or a political body and no union."""
    start = max(text.rfind("。", 0, phrase.start), text.rfind("\n", 0, phrase.start)) + 1
    ends = [e for e in (text.find("。", phrase.end), text.find("\n", phrase.end)) if e >= 0]
    sentence = text[start:min(ends, default=len(text))]
    return bool(_PARTY_IN.search(sentence)) and not _ANY_UNION_IN.search(sentence)


def _a_list_of_another_body(text: str) -> bool:
    """A list or a bill titled by a body that is no labour union (〇〇管理組合 請求明細, 〇〇生協 ご利用明細,
    〇〇振興組合 会費納入状況), in a text that names no labour union: its 組合費 and 組合員 are that body's."""
    title_end = text.find("\n")
    return bool(_OTHER_BODIES.search(text, 0, title_end if title_end >= 0 else len(text))) and not _LABOUR_UNIONS.search(text)


def _a_bare_member_of_another(text: str, phrase) -> bool:
    """A bare 組合員 or 組合役員 however read (a 区分 column's value, a roster's cell) in a
    document of a co-operative's or an insurer's and of no labour union."""
    return text.startswith("組合", phrase.start) and phrase.end - phrase.start <= 4 and not_a_labour_union(text, phrase.start)


# a contact's words: the union's desk given to reach it (連絡先: 〇〇ユニオン 執行委員 …)
_CONTACT_WORDS = re.compile(r"連絡先|問い?合わ?せ|問合せ|窓口|担当[:：\s]|文責|発行[:：]|事務局[:：]")
# a signature's first line begins with the union's name (東和精機労働組合 書記長), not a form's label
_UNIONS_NAME_FIRST = re.compile(r"[ 　]*[^ 　\t]{0,24}?(?:労働組合|労組|ユニオン|職員組合)")
# a signature's or a letterhead's reach: a phone, a fax, a mail address, a postcode
_REACH = re.compile(r"TEL|Tel|tel|電話|FAX|Fax|ファクス|[Ee]-?mail|メール|@|〒")
_SIGNATURE_LINES = 3  # a signature's lines after the seat's: a name, a phone, a mail address


def a_unions_contact(text: str, start: int) -> bool:
    """Whether the seat at start is the union's own contact: after a contact's word in its
    cell (連絡先, お問い合わせ, 担当:), or a signature's or letterhead's first line (the union's
    name and the seat, a phone or a mail address on the lines under it) — the union's desk,
    not a member's record."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    cell_start = max(line_start, text.rfind("\t", 0, start) + 1)  # a table row's other cells (緊急連絡先) are not the seat's
    if _CONTACT_WORDS.search(text, cell_start, start):
        return True
    line = text[line_start:line_end]
    if "。" in line or "\t" in line or ": " in line or not _UNIONS_NAME_FIRST.match(line):
        return False  # a sentence, or a table's row (a roster's member with a phone column)
    below, position = [], line_end
    for _ in range(_SIGNATURE_LINES):
        if position >= len(text):
            break
        following = text.find("\n", position + 1)
        following = len(text) if following < 0 else following
        below.append(text[position + 1:following])
        position = following
    return any(_REACH.search(line) for line in below)
