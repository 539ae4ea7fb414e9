"""A person named again by the surname alone (people16): a report introduces its people in full
(古屋美月, 津久井拓真) and then says 古屋が…, 津久井と…; the dictionary reads many such surnames as a word or a
place (古屋 an old house, 長屋 a row house, 津久井 a town), and alone they wait for context. One sense
per text: a listed surname that begins a name found elsewhere in the text is that person again
where it is the subject or the object (a case particle after it) or stands alone (記入：古屋,
古屋、津久井は), not glued to more letters before it (新古屋), and nothing after it says a place (津久井に出張,
古屋の倉庫).

The surname is also said again after the role a note gives the person, glued before it (配達員古賀より,
担当者氏家から, 看護師真壁が; people18b), and for a one-character Chinese or Korean surname written apart
from the given name (崔 恩惠 … 配達員崔より) or a surname in capitals before the given name (NGUYEN VAN
HUNG … 担当NGUYENが) the same holds.
"""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists
from detectors.jp.person_prose import said_of_a_place, subject_or_object
from detectors.jp.person_lone import NOT_ROLES, ROLE_ENDS
from detectors.jp.person_words import CJK_SURNAMES, ROLES_BEFORE

_LETTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々A-Za-z0-9]")
# or the whole of a field, a list's item or a sentence (記入：古屋, 古屋、津久井は)
_ALONE_AFTER = re.compile(r"$|[\n\t、。)）]", re.MULTILINE)


def surnames_again(text: str, found: list[tuple[int, int]], lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of the surnames of found names said again alone (see the module)."""
    surnames = {surname for start, end in found if (surname := _surname_of(text[start:end], lists))}
    spans = []
    for surname in surnames:
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            if (at == 0 or not _LETTER.match(text, at - 1) or _after_a_role(text, at)) \
                    and not (surname[-1].isascii() and _LATIN.match(text, end)) and not said_of_a_place(text, end) \
                    and (subject_or_object(text, end) or _ALONE_AFTER.match(text, end)):
                spans.append((at, end))
            at = text.find(surname, end)
    return spans


def one_character_again(text: str, found: list[tuple[int, int]], lists: NameLists) -> list[tuple[int, int]]:
    """The surnames of one character said again (崔 恩惠 … 崔は, 筧　伸也 … 筧が): the one exception
    person.MIN_NAME_LENGTH makes for them, since the name in full stands in the same text (people24)."""
    apart = [(start, end) for start, end in found if _ONE_KANJI_APART.match(text, start, end)]  # cheap test first
    return [(start, end) for start, end in surnames_again(text, apart, lists) if end - start == 1] if apart else []


def _surname_of(name: str, lists: NameLists) -> str | None:
    """The listed surname a name begins with, of two or three characters (小野寺 before 小野); a
    one-character Chinese or Korean surname apart from the given name (崔 恩惠), or another one before
    a given name of the lists (筧　伸也); a katakana name's first part (ファム・…); the first word
    of a name in capitals (NGUYEN VAN HUNG, SANTOS MARIA)."""
    for length in (3, 2):
        if len(name) >= length and name[:length] in lists.surnames:
            return name[:length]
    if len(name) > 2 and _ONE_KANJI_APART.match(name) and (name[0] in CJK_SURNAMES or name[0] in lists.surnames
                                                          or name[1:].strip(_SPACES) in lists.given_names):
        return name[0]  # 崔 恩惠, 筧　伸也: a surname of one character, apart from the given name
    katakana = _KATAKANA_FIRST.match(name)
    if katakana:
        return katakana.group(1)  # ファム of ファム・ミン・トゥアン (people24)
    caps = _CAPS_FIRST.match(name)
    return caps.group(1) if caps else None


def _after_a_role(text: str, at: int) -> bool:
    """A person's role glued before the surname (配達員古賀, 看護師真壁, 担当氏家), not a count
    or a crowd (全員, 定員)."""
    if text[at - 1] in ROLE_ENDS:
        return text[max(0, at - 2):at] not in NOT_ROLES
    return any(text.endswith(role, 0, at) for role in _ROLES_GLUED if role[-1] == text[at - 1])


_SPACES = " \u3000"
_ONE_KANJI_APART = re.compile("[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff々]")
# the first part of a katakana name in parts (ファム・ミン・トゥアン, グエン・ティ・ラン): the family name
_KATAKANA_FIRST = re.compile("([\u30a1-\u30fa\u30fc]{2,8})・[\u30a1-\u30fa\u30fc]")
_CAPS_FIRST = re.compile(r"([A-Z]{2,12})[ ,]+[A-Z]")
_LATIN = re.compile("[A-Za-z]")
# the roles of person_words and those a note glues to a surname
_ROLES_GLUED = frozenset(ROLES_BEFORE | {"係", "管理人", "代理人", "世話係", "当番"})
