"""Values called like people that name a place, a body or a work, told by the value's
own end or the word glued to it (issue 12, names17b):
- a surname with a place's or a venue's word glued after it (宇佐美ホール, 松浦浜, 小野寺川):
  a beach, a river or a hall called after a family; a value that is itself a surname of
  the lists (長浜, 小川, 北川) stays a name;
- a name glued after 字, the small district of an address (…赤坂字中野沢): the district;
- a name glued before the word of a school or a circle of an art (墨翔書道会, 翠游華道会,
  松風教室 — 会長, 会員 have a kanji after 会 and stay): the school's own name or 雅号;
- a temple's or a shrine's office after its name (光明寺 寺務所, 八幡 社務所): the office;
- a katakana name glued before のために or に捧ぐ, the title standing alone (a recital's
  programme: 「ジャンヌのために　山岸 美紀」): the piece, not a person; in prose a comma
  or a verb follows (アンナのために、…) and the name stays;
- a name a way is told from (〜から徒歩5分, 〜前下車): a landmark (union19)."""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists

# the words of a place or a venue glued after a family's name (no given name ends so)
_LANDMARK_END = re.compile(r"(?:浜|川|河原|河川敷|海岸|岬|峠|公園|広場|ホール|プラザ|アリーナ|ドーム|パーク|ガーデン)$")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
# the arts a school teaches, then its kind (the word of 会 not followed by a kanji: not 会長, 会員)
_SCHOOL_AFTER = re.compile(r"(?:書道|華道|茶道|香道|詩吟|吟詠|俳句|短歌|舞踊|日舞|囲碁|将棋)?"
                           r"(?:会|教室|塾|道場|社中)(?![\u4e00-\u9fff々いうえわおっ])")
# a title dedicating a piece, nothing glued after it but a separator or the line's end
_DEDICATION_AFTER = re.compile(r"(?:のために|に捧ぐ|に捧げる)(?=[ \u3000\t」』\"]|$)", re.MULTILINE)
_KATAKANA = re.compile(r"[ァ-ヺー・]+")
# the office of a temple, a shrine or a church, a word apart after the body's name
_OFFICE_WORDS = frozenset(("寺務所", "社務所", "教務所", "宗務所", "教会事務所"))
# (union19) a way told from it (〜から徒歩5分, 〜より車で10分, 〜前下車): a landmark on a map or a notice's access line
# (最寄り：結城ホールから徒歩5分) — a person is reached at their home (〜さん宅から), never from the name itself
_ROUTE_AFTER = re.compile(r"(?:から|より)(?:徒歩|車で|車|バスで|バス|自転車で|約|すぐ)|前?下車")


def names_a_landmark(text: str, start: int, end: int, lists: NameLists) -> bool:
    """Whether the span names a place, a school or a piece rather than a person."""
    value = text[start:end].strip()
    if value and value.split()[-1] in _OFFICE_WORDS:
        return True
    end_word = _LANDMARK_END.search(value)
    if end_word and value not in lists.surnames and value[:end_word.start()] in lists.surnames:
        return True
    if start >= 2 and text[start - 1] == "字" and _KANJI.match(text, start - 2):
        return True  # 大字/字 of an address (赤坂字中野沢)
    if " " not in value and "\u3000" not in value and _SCHOOL_AFTER.match(text, end):
        return True
    if _ROUTE_AFTER.match(text, end):
        return True
    return bool(_KATAKANA.fullmatch(value)) and _DEDICATION_AFTER.match(text, end) is not None
