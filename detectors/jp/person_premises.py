"""A firm, a shop or a building called after a family, told by the value's own form
(issue 12, names15). Wherever a record places it — a header's column, a form's field, a
mail's display name, a salutation (佐藤商事様), a sentence — the value is not a person when:

- it ends in a trade's word that ends a firm's name (…商事, …工業, …工務店, …モータース):
  no given name is written so;
- it is a surname of the lists glued to the word of a shop or a building (山田屋, 木村庵,
  松本荘, 吉田寮, 中島館), with no kanji after it (田中館長 is the director Tanaka);
- it is a name in kana that a care home's or a nursery's name opens, の and its place noun after
  it and nothing more (介護老人保健施設 かえでの里, グループホーム ゆうきの家) (practicum16).

And a name whose given name is one character that also ends a place (川越都: 都 as in
東京都) is a name when a surname of the lists stands before it (used by person_columns).
"""

from __future__ import annotations

import re

from detectors.contact_blocks import organisation_name_line
from detectors.jp.person_landmarks import names_a_landmark
from detectors.jp.person_names import NameLists, load_name_lists

_FIRM_WORDS = (r"(?:商事|工業|電機|電気|電設|建設|建工|住建|産業|物産|興業|商店|商会|工務店|製作所|事務所|運輸|運送"
               r"|設計|印刷|食品|製菓|精機|技研|工房|薬局|酒店|不動産|自動車|モータース|クリーニング)")
_FIRM_END = re.compile(_FIRM_WORDS + "$")
# a surname the tiers found, a firm's word glued after it (中村|設計様, 渡辺|運輸御中); not 田中工業大学's student
_FIRM_AFTER = re.compile(_FIRM_WORDS + r"(?:(?=様|御中|殿|宛)|(?![\u4e00-\u9fff々]))")
# the word of a shop or a building after a surname (not 園: a given name as often as a garden)
_PREMISES = "屋堂亭庵荘館寮邸閣"
_BUILDING_END = re.compile(r"(?:ハイツ|コーポ|ビル|マンション|アパート|レジデンス)$")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
# a building's word glued before the family it is called after (メゾン安藤, ハイツ・森田, names18)
_BUILDING_BEFORE = re.compile(r"(?:メゾン|ハイツ|コーポ|ヴィラ|カーサ|パレス|シャトー|レジデンス|ドミール)[・･]?$")
# の and the place noun a facility's kana name ends in, the name's end after it (not ゆうきの家に: a child's home)
_HOME_NAME_AFTER = re.compile(r"の(?:里|郷|家|森|杜|丘|苑|園|泉|庭)(?=[\s　、。)）」0-9]|$)")  # (a PDF may glue the next cell)
_A_SURNAMES_FEW_KANJI = re.compile(r"[\u4e00-\u9fff々]{1,4}")  # 薬師寺, 小野寺: a kind's end, a surname too
_KANA_ONLY = re.compile(r"[ぁ-んァ-ヺー]+")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]+")
# a facility or a body named by its kind, a nickname after it (放課後児童クラブ ひまわり, 第二保育園 さくら組)
# a service's or a shop's kind too (家事代行サービス ハウスリーフ, 訪問介護ステーション …): no name's word (owncontacts17)
_FACILITY_END = re.compile(r"(?:クラブ|保育園|幼稚園|こども園|児童館|学童|教室|ホーム|協会|連合会|組合|後援会|同好会|サークル"
                           r"|サービス|サポート|ステーション|センター|ショップ|ストア|サロン|スタジオ|クリーニング|の会)$")
# one-character given names that also end a place (都: 東京都); the surname says it is a name
_PLACE_LIKE_GIVEN = frozenset("都")
# such a name said by its writer (萩原都です, …と申します) or alone on a signature's line
# (searched from 都 itself: a pattern opening with a class of kanji is tried at every character)
_SAID_OR_SIGNED = re.compile(r"(?m)都(?=です|と申します|[ \u3000]*$)")


def a_firm_or_premises(text: str, start: int, end: int, lists: NameLists) -> bool:
    """Whether the span (or the span and the word glued after it) names a firm, a shop
    or a building called after a family, or a facility by its kind and its own name."""
    value = text[start:end]
    if names_a_landmark(text, start, end, lists):
        return True  # 松浦浜, 墨翔書道会, …寺 寺務所 (person_landmarks)
    if " " in value or "\u3000" in value:  # 山田 太郎: a name of two words; 第二保育園 すみれ: a facility
        return a_facility_and_its_nickname(value)
    if _FIRM_END.search(value):
        return True
    if _HOME_NAME_AFTER.match(text, end) and _KANA_ONLY.fullmatch(value):
        return True  # かえで|の里
    if _FIRM_AFTER.match(text, end) and value in lists.surnames:
        return True
    glued = text[end:end + 1]
    if glued and glued in _PREMISES and not _KANJI.match(text, end + 1):
        return value in lists.surnames  # 山田|屋さん, 木村|庵の
    stem, suffix = value[:-1], value[-1:]
    if suffix in _PREMISES and len(stem) >= 2 and stem in lists.surnames:
        return True
    if value in lists.surnames and _BUILDING_BEFORE.search(text, max(0, start - 6), start):
        return True  # メゾン|安藤
    building = _BUILDING_END.search(value)
    return building is not None and value[:building.start()] in lists.surnames


def place_like_given_name(value: str, lists: NameLists) -> bool:
    """川越都: a surname of the lists, then a given name of one character that also ends
    a place's name."""
    return value[-1:] in _PLACE_LIKE_GIVEN and value[-1] in lists.given_names and value[:-1] in lists.surnames


def a_facility_word(word: str) -> bool:
    """放課後児童クラブ, 第二保育園: a word that names a facility or a body by its kind."""
    return _FACILITY_END.search(word) is not None


def a_facility_and_its_nickname(value: str) -> bool:
    """放課後児童クラブ ひまわり, 訪問看護ステーション あおば, ホテル潮見 本館: a body named by its kind,
    then its own name after a space. The first word names a facility or a body by its kind, or ends
    as an organisation's name does (organisation_name_line) beyond a surname's few kanji (薬師寺 修,
    小野寺 弘美 are people); the word after it starts with no surname of the lists, which makes
    it the body's contact or member ((株)アオバ設計 田中, 放課後児童クラブ 山田 太郎). The one rule of a
    person column's cell and an organisation's own row (own_named; revnames18)."""
    words = value.split()
    if len(words) < 2:
        return False
    first, second = words[:2]
    # (the surname's few kanji tried first: 山田 太郎, the common case, never reaches organisation_name_line)
    if not a_facility_word(first) and (_A_SURNAMES_FEW_KANJI.fullmatch(first) or not organisation_name_line(first)):
        return False
    surnames = load_name_lists().surnames
    return not any(second[:size] in surnames for size in range(1 if len(second) <= 3 else 2, min(4, len(second)) + 1))


def place_like_names_said(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of 萩原都 where its writer says it (萩原都です) or signs with it alone."""
    if "都" not in text:
        return []
    found = []
    for match in _SAID_OR_SIGNED.finditer(text):
        end = match.end()
        start = next((end - size for size in (3, 4) if end - size >= 0 and _KANJI_RUN.fullmatch(text, end - size, end)
                      and not (end - size and _KANJI.match(text, end - size - 1))), None)
        if start is not None and place_like_given_name(text[start:end], lists):
            found.append((start, end))
    return found
