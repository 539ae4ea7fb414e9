"""An organisation's word that makes no one the owner of a contact value (contacts18b).

A person's affiliation on a roster's row (プロテスタント教会の長老, 町内会の役員, 寺院の総代)
describes the person the row names: the address and phone after it are still theirs; so
does a body's member written as one word (教会員, 自治会員, 協会員, 管理組合員: a member
roll's status field beside the phone, church19). A
landmark in a line's words (区役所前方面, 市民ホール方面, 中央病院前) names a place, not a
body whose contacts the line gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.words import alternation

# a member's or an office holder's role in a body (not its staff: 市役所の職員 03-… may be the office's line)
MEMBER_ROLES = ("長老", "信徒", "信者", "会員", "役員", "理事", "牧師", "神父", "司祭", "住職", "僧侶", "檀家", "氏子",
                "門徒", "世話人", "世話役", "委員", "会長", "副会長", "幹事", "総代", "メンバー",
                # a union's or a body's elected post (自治労の支部書記長, 労組の執行委員, 連合会の分会長) (contacts24)
                "書記長", "書記", "組合員", "代議員", "監事", "評議員", "分会長", "支部長", "部会長")
# what follows a place's name used as a landmark: a stop (…前), a direction (…方面, …行き)
_LANDMARK_END = re.compile("前|方面|行き|方向|経由")
_ROLE = re.compile(f"の[一-龥]{{0,6}}?(?:{alternation(MEMBER_ROLES)})")  # the cheap gate before the bodies' words
# a body whose 〜員 is its member, not its staff (事務局員, 本部員 may answer the office's line)
_MEMBER_OF = re.compile("(?:教会|協会|自治会|町内会|管理組合|支部|後援会|同窓会|保護者会|友の会)員")


@lru_cache(maxsize=4)
def _membership(organisation: str) -> re.Pattern:
    # the post may name the body's unit first (支部書記長, 本部委員, 支部長): the unit is the person's, not a desk (contacts24)
    return re.compile(f"(?:{organisation})の(?:{alternation(MEMBER_ROLES)})|の[一-龥]{{0,4}}?(?:{organisation})[一-龥]{{0,2}}?(?:{alternation(MEMBER_ROLES)}|長)")


def without_memberships(label: str, organisation: re.Pattern) -> str:
    """The label less each 〈body〉の〈member's role〉 in it (see the module); organisation: the
    pattern of an organisation's words."""
    if "員" in label:
        label = _MEMBER_OF.sub("", label)
    return _membership(organisation.pattern).sub("", label) if "の" in label and _ROLE.search(label) else label


def names_a_body(line: str, organisation: re.Pattern) -> bool:
    """organisation (a pattern of an organisation's words) found in line other than as a landmark's
    name or in a member's role."""
    line = without_memberships(line, organisation)
    found = organisation.search(line)  # search, not finditer: the word's first letters seek faster
    while found and _LANDMARK_END.match(line, found.end()):
        found = organisation.search(line, found.end())
    return found is not None
