"""Values called like people that name something else, told by the value itself and
its own label (issue 12, dates10):
- a title alone (所長, 課長) in a person column or after a role's label: the role, not
  who holds it;
- an animal's name: labelled by an animal word (看板犬：…, 愛猫の…は) or followed by its
  breed or species with its age in brackets (…（柴犬・3歳）);
- a bank's account line in a person column (…信用金庫 本店 当座, …銀行 …支店): the
  institution, not its holder;
- a katakana compound glued to the word of a tour, a lodging or a venue (…ツアー, …ホテル,
  …センター); a name standing apart from that word stays, and words a foreign surname may
  end in (ギレンホール, …ハウス) are none of them;
- goods or a named thing by its own label or record (柄, 品種, 愛称 beside 価格; person_catalogue);
- a thing named after a person, glued to the name and ending in 号 (宮本むさし号, 佐藤号の松);
- a school or a hall glued after who founded it (県立北高, 市立南中);
- a composer by a work, a numbered berth, a name given by a faith (person_works);
- a family's word that is a given name too, alone and not addressed (里子は…: the foster child);
- a head count (二名, 三名, 数名: a numeral and the counter of people, which GiNZA tags as one
  word, names18);
- a group named after the word, a topic's predicate (person_predicates: 星見の会, 観望会は…の高原です);
- a story's character or a figure of history by the words around it (person_figures), a
  maker by its product, a studio by its word, a document's title (person_brands);
- a sample's name right after an example's marker (見本：…, 記入例：…, 例）…), as a number there is
  (example_numbers) (read26: corpora 16 and 26, 31 such names, none counted)."""

from __future__ import annotations

import re

from detectors.jp.example_numbers import is_example
from detectors.jp.person_brands import a_documents_title, names_a_maker_or_studio
from detectors.jp.person_catalogue import names_goods
from detectors.jp.person_figures import names_a_figure
from detectors.jp.person_predicates import said_of_a_thing
from detectors.jp.person_programmes import a_programmes_piece
from detectors.jp.person_vehicles import names_a_vehicle
from detectors.jp.person_venues import in_a_place_value
from detectors.jp.person_words import TITLES
from detectors.jp.person_works import not_a_records_person
from detectors.lines import composed_header

_ANIMALS = "犬|猫|ペット|うさぎ|ウサギ|インコ|ハムスター|フェレット"
# a horse or a cow only after what a stable or a farm says of it (担当馬, 出走馬, 繁殖牛): 群馬, 相馬, 牛込 are places (people24)
_KEPT_BEASTS = "(?:担当|騎乗|出走|所有|管理|預託|競走|繁殖|入厩|在厩|調教|引退|愛|乗用|肥育|種)(?:馬|牛)"
_ANIMAL_LABEL = re.compile(rf"(?:{_ANIMALS}|{_KEPT_BEASTS})(?:の名前|の名|名)?(?:は)? *[:：]? *[「『]?$")
_BREED_AFTER = re.compile(rf" *[(（][^()（）\n]{{0,8}}(?:{_ANIMALS}|プードル|チワワ|ダックス|テリア|レトリバー)"
                          r"(?:[・、,/ ] *[0-9]{1,2} *(?:歳|才|ヶ月|か月))?[)）]")
# words of tours, lodgings and venues that no foreign surname ends in (ギレンホール ends in ホール)
_THING_ENDS = ("ツアー", "ツアーズ", "ホテル", "センター", "フェスティバル", "スクール", "アカデミー", "スタジアム", "アリーナ",
               "ステーション", "ミュージアム", "ギャラリー", "シアター", "プラザ", "マーケット", "キャンペーン", "フェア")
_INSTITUTION = re.compile("銀行|信用金庫|信用組合|労働金庫|農業協同組合|ゆうちょ")
_KATAKANA = re.compile(r"[ァ-ヺー・ 　]+")
# a school or a hall glued after who founded it (県立北高, 市立南中, 私立桐生): a body, not a person
_FOUNDED_BY = re.compile(r"[都道府県市区町村国私公]立")
# a thing named after a person, glued to the name and ending in 号: a ship, a train, a horse,
# a tree (宮本むさし号, 佐藤号); not a particle then 号泣, nor 号室 (a kanji after 号)
# a family's word that is a given name too (里子 a foster child, 実子, 養子, 末子, 長子): alone and not
# addressed, a foster family's or a family court's notes mean the child (里子は…, 里子の進学) (people22)
_FAMILY_NOUNS = frozenset({"里子", "実子", "養子", "末子", "長子"})
_CALLED_AFTER = re.compile(r"[ \u3000]*(?:さん|様|さま|ちゃん|くん|君|殿|氏|先生)")
_HEAD_COUNT = re.compile(r"[一二三四五六七八九十百千数何若干]+名")
_NAMED_GOU = re.compile(r"(?![はがのにをとでもへや])[ぁ-ゖァ-ヺー\u4e00-\u9fff々]{0,8}号(?![\u4e00-\u9fff々])")


def names_no_person(text: str, start: int, end: int) -> bool:
    """Whether the span is a title alone, an animal's name, a katakana thing or one of
    the kind its column's header names."""
    value = text[start:end].strip()
    if (value in _FAMILY_NOUNS and not _CALLED_AFTER.match(text, end)) or value in TITLES or _HEAD_COUNT.fullmatch(value) or _INSTITUTION.search(value) or an_instance_of_its_header(text, start, end) \
            or names_goods(text, start, end) or not_a_records_person(text, start, end) \
            or in_a_place_value(text, start) or said_of_a_thing(text, start, end):  # person_works, person_venues, person_predicates
        return True
    if is_example(text, start):  # 見本：山田 太郎, 記入例：…: a form's or a catalogue's sample (read26)
        return True
    if names_a_figure(text, start, end) or names_a_maker_or_studio(text, start, end) or a_documents_title(value) \
            or names_a_vehicle(text, start, end) or a_programmes_piece(text, start, end):  # スズキ アルト under 購入車 (person_vehicles), 黒田節　唄： (person_programmes)
        return True  # …役, …の句碑, オカムラ KT-20, アトリエ呉藍, …係 定例会議 議事録 (person_figures, person_brands)
    line_start = text.rfind("\n", 0, start) + 1
    if _ANIMAL_LABEL.search(text, max(line_start, start - 12), start) or _BREED_AFTER.match(text, end) \
            or _NAMED_GOU.match(text, end) or (start >= 2 and _FOUNDED_BY.match(text, start - 2)):
        return True
    if _KATAKANA.fullmatch(value):
        last = re.split(r"[・ 　]", value)[-1]
        return any(last.endswith(word) and last != word for word in _THING_ENDS)
    return False


def an_instance_of_its_header(text: str, start: int, end: int) -> bool:
    """A cell whose value ends in its column's header, composed before it, as every
    cell under that header does (卓: 柏卓, 卓: 桐卓 — a seating plan's tables; 棟: A棟):
    the column names things of the header's kind. A column of people headed by a
    word a name may end in (子: 花子, 子: 翔太) holds other cells too, and stays."""
    cell, colon = composed_header(text, start)
    header = text[cell:colon].strip()
    if not header or colon == cell or not text[start:end].strip().endswith(header):
        return False
    cells = re.findall(rf"(?:^|\t){re.escape(header)}: ([^\t\n]*)", text, re.MULTILINE)
    return len(cells) >= 2 and all(value.strip().endswith(header) and value.strip() != header for value in cells)
