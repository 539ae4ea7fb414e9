"""Births and names of what is no person: animals, organisations (issue 12, ids7).

A veterinary chart, a pet hotel's booking card, a trimming salon's customer list or
a horse's pedigree give the animal's 生年月日 and name beside its owner's: the birth
and the name are the animal's, not personal data. The record says it is an animal's
by the fields only an animal has (犬種, 毛色, 去勢, 狂犬病, マイクロチップ, 性別 as
オス / メス / 雄 / 雌 / 牡 / 牝, 種類 as 犬 or 猫, ペット名); a word a person's record has too
(品種 of a farmer's rice, ペット同伴 of a hotel guest, 愛犬との散歩 as a hobby, ワクチン, ♂)
counts only beside another. Where the birth stands decides: in a table's row, the
row and its table's header line; in a form or a note, the nearest line that speaks
of the animal or of the owner (■飼い主様情報, ご住所, 電話) above or below it; a birth labelled as the owner's (飼い主生年月日) stays personal.
An organisation tells its own birth (当社は1990年4月1日に誕生しました, 当院は平成10年…生まれ,
ブランド誕生日): the words right before the date name it.
"""

from __future__ import annotations

import re

from detectors.animal_mentions import (ADOPTION_WORDS, adopted_animal, animal_description, described_as_animal, kind_before,
                                       named_storm, named_with_kind, storms_name)
from detectors.animal_words import ANIMAL_RECORD_FIELD
from detectors.entities import DATE_OF_BIRTH, PERSON
from detectors.fields import FIELD_SEPARATOR
from detectors.jp.number_labels import ColumnHeaders
from detectors.lines import line_bounds, row_above
from detectors.words import alternation, words_pattern

_SPECIES_WORDS = ("犬", "猫", "イヌ", "ネコ", "うさぎ", "ウサギ", "フェレット", "ハムスター", "モルモット", "インコ", "文鳥", "オウム",
                  "カメ", "馬", "牛")  # (not 小鳥: 小鳥遊 is a surname)
_SEX_WORDS = ("オス", "メス", "雄", "雌", "牡", "牝")
_SPECIES = "(?:" + alternation(_SPECIES_WORDS) + ")"
_ANIMAL = re.compile(
    ANIMAL_RECORD_FIELD + r"|毛色|去勢|避妊手術|避妊済|狂犬病|マイクロチップ|血統|鑑札"
    r"|父犬|母犬|父猫|母猫|父馬|母馬|馬名|犬名|猫名|フィラリア|トリミング|ワンちゃん|わんちゃん|ネコちゃん|猫ちゃん|ねこちゃん"
    rf"|(?:種類|種別|動物)[^\t\n:：]{{0,4}}[:：][ 　\"']*{_SPECIES}"  # 種類：犬（柴犬）, a JSON line's "種類": "犬"
    rf"|(?:^|\t){_SPECIES}(?=$|\t|[（(])"  # a cell whose value is the species
    rf"|(?:^|[\t:：（( 　・、/\"'])(?:{alternation(_SEX_WORDS)})(?=$|[\t\n（()） 　/・、\"'])", re.MULTILINE)  # the sex as an animal's
# Words of an animal's record that a person's has too (作付品種, ワクチン接種, ペット同伴, 性別 ♂):
# two different ones together speak of an animal
_WEAK = re.compile(r"品種|ワクチン|[♂♀]|ペット|愛犬|愛猫")


def _speaks_of_animal(line: str) -> bool:
    if not _ANY_ANIMAL_WORD.search(line):
        return False
    return _ANIMAL.search(line) is not None or len({m.group().replace("♀", "♂") for m in _WEAK.finditer(line)}) >= 2


_OWNERS = r"飼い?主|オーナー|ご?本人|お客様|契約者|申込者|保護者|owner"
# A birth's own label that says whose: the owner's (飼い主生年月日) or the animal's (ペット生年月日)
_OWNERS_LABEL = re.compile(_OWNERS, re.IGNORECASE)
# A form's line that speaks of the owner: its section or a field only a person has
_PERSONS_LINE = re.compile(_OWNERS + r"|氏名|住所|電話|携帯|メール|職業|勤務先|TEL", re.IGNORECASE)
# Labels of an animal's name (ペット名, ワンちゃんのお名前, 犬名), and words of its own label
# (愛犬の誕生日) (a lone 犬 or 猫 is no such word: 犬山市, 猫田; nor 呼び名 or 愛称, which people have too)
_ANIMAL_NAME_LABEL = re.compile(r"ペット|動物|愛犬|愛猫|愛馬|犬名|猫名|馬名|犬の|猫の|ワンちゃん|わんちゃん|ネコちゃん|猫ちゃん")
# An organisation's own voice or its founding right before a date (当社は, ブランド誕生日, 開院)
# (創業者, 設立者 are people)
_ORGANISATIONS_OWN = re.compile(r"(?:当社|弊社|当院|当店|当館|当園|当校|本校|当法人|当会|ブランド|創業|設立|開業|開院|開店|創立)(?!者)")
# A row's column of the animal's keeper: the row's other name is the kept animal's (名前 | 品種 | 飼い主)
# (for names only: the row's birth may be the keeper's, 飼い主氏名 | 生年月日)
_KEEPER = re.compile(r"飼い?主|飼育者")
# (呼び名, 愛称, 通称 count in a record that speaks of an animal: its pets' and people's both have one)
_BARE_NAME_LABEL = re.compile(r"[■□・【\[]?(?:お?名前|なまえ|氏名|お?呼び名|愛称|ニックネーム|通称)[】\]]?")
# A word every rule above needs (literals only: `re` scans for their first characters in C)
# (not 馬, 牛 or カメ alone: 群馬, 牛込, カメラ are everywhere)
_ANY_ANIMAL_WORD = words_pattern(tuple(w for w in _SPECIES_WORDS if w not in ("馬", "牛", "カメ")) + _SEX_WORDS + (
    "馬名", "父馬", "母馬", "愛馬", "飼い主", "飼主", "飼育者", "台風", "タイフーン", "ハリケーン", "サイクロン",
    "毛色", "去勢", "避妊", "畜種", "動物", "ペット", "狂犬病", "マイクロチップ", "血統", "鑑札", "フィラリア", "トリミング",
    "ワンちゃん", "わんちゃん", "黒ラブ", "ネコちゃん", "ねこちゃん", "品種", "ワクチン", "♂", "♀") + ADOPTION_WORDS)
UP_LINES, DOWN_LINES = 8, 3  # a form's lines searched each way for whom it speaks of
LABEL_REACH = 20


def without_non_human(detections: list, text: str) -> list:
    """Detections less the births and names of animals and an organisation's own birth."""
    if not any(d.entity_type in (DATE_OF_BIRTH, PERSON) for d in detections):
        return detections
    # a pet's name joined to its breed (ココ・トイプードル) in a text that names no animal word else
    detections = [d for d in detections if not (d.entity_type == PERSON and "・" in d.text and named_with_kind(d.text))]
    people = [d.start for d in detections if d.entity_type == PERSON]
    if not _ANY_ANIMAL_WORD.search(text):
        return [d for d in detections
                if d.entity_type != DATE_OF_BIRTH or not _organisations_birth(text, d.start, people)]
    record = _Records(text)
    # an animal's name at every mention: ペットのお名前：さくら, then さくらちゃんは… (names11)
    names = {d.text for d in detections if d.entity_type == PERSON}  # each name read once
    animals = {name for name in names if any(record.animals_name(start, end) or adopted_animal(text, end, start)
                                             for start, end in _mentions(name, text))}
    return [d for d in detections if not (
        (d.entity_type == DATE_OF_BIRTH
         and (_organisations_birth(text, d.start, people) or record.animals_birth(d.start)))
        or (d.entity_type == PERSON and (d.text in animals or animal_description(d.text) or storms_name(d.text))))]


def _mentions(name: str, text: str):
    """(start, end) of each mention of name, left to right, not overlapping: str.find, not a
    pattern compiled per name (a roster's hundreds of names churned re's cache)."""
    start = text.find(name)
    while start >= 0:
        yield start, start + len(name)
        start = text.find(name, start + len(name))


def _label(text: str, start: int) -> str:
    """The words before start in its cell, line or sentence (LABEL_REACH at most)."""
    line_start = text.rfind("\n", 0, start) + 1
    cell = max(line_start, text.rfind(FIELD_SEPARATOR, line_start, start) + 1, text.rfind("。", line_start, start) + 1)
    return text[max(cell, start - LABEL_REACH):start]


def _organisations_birth(text: str, start: int, people: list[int]) -> bool:
    """The words right before the date name an organisation and no person is named
    after them (当社社長 山田 太郎（1960年…生まれ） is the person's birth)."""
    label = _label(text, start)
    found = [m.end() for m in _ORGANISATIONS_OWN.finditer(label)]
    if not found:
        return False
    after = start - len(label) + found[-1]
    return not any(after <= person < start for person in people)


class _Records:
    def __init__(self, text: str) -> None:
        self.text = text
        self.columns = ColumnHeaders(text)
        self._tables: dict[int, bool] = {}  # a table's first line -> whether its header names an animal

    def animals_birth(self, start: int) -> bool:
        label = _label(self.text, start)
        if _OWNERS_LABEL.search(label):
            return False
        if _ANIMAL.search(label) or _ANIMAL_NAME_LABEL.search(label):
            return True
        line_start, line_end = line_bounds(self.text, start)
        line = self.text[line_start:line_end]
        if FIELD_SEPARATOR in line:
            return _speaks_of_animal(line) or self._animal_table(line_start)
        return self._form_speaks_of_animal(line_start, line_end)

    def animals_name(self, start: int, end: int) -> bool:
        if described_as_animal(self.text, end) or named_storm(self.text, start) or kind_before(self.text, start):  # 柴犬のコテツ
            return True
        label = _label(self.text, start).strip(" 　:：\"'{[,")  # a JSON line's key too ({"名前": "…)
        if _BARE_NAME_LABEL.fullmatch(label):  # お名前：モカ in a form's section about the pet
            line_start, line_end = line_bounds(self.text, start)
            line = self.text[line_start:line_end]
            if FIELD_SEPARATOR in line:  # 名前 | 犬種 | 飼い主: a row of animals; 氏名 is a person's (names11)
                return "氏名" not in label and (_speaks_of_animal(line) or _KEEPER.search(line) is not None
                                                or self._animal_table(line_start))
            return self._form_speaks_of_animal(line_start, line_end)
        if label:
            return _ANIMAL_NAME_LABEL.search(label) is not None and not _OWNERS_LABEL.search(label)
        header = self.columns.header(start)
        return header is not None and _ANIMAL_NAME_LABEL.search(header) is not None

    def _animal_table(self, row: int) -> bool:
        """Whether the header line of the table holding the row at `row` names an
        animal's field: the first line of its rows (a blank line between rows, as an
        HTML table's text has, is one table: lines.row_above)."""
        text, seen = self.text, []
        while row > 0 and row not in self._tables:
            seen.append(row)
            above = row_above(text, row)
            if FIELD_SEPARATOR not in text[above:row]:
                break
            row = above
        verdict = self._tables.get(row)
        if verdict is None:
            verdict = _speaks_of_animal(text[row:line_bounds(text, row)[1]])
        for line in seen + [row]:
            self._tables[line] = verdict
        return verdict

    def _form_speaks_of_animal(self, line_start: int, line_end: int) -> bool:
        """The nearest line (its own first, then one more each way, above first) that
        speaks of an animal or of the owner: the animal's."""
        text = self.text
        above = [text[line_start:line_end]] + text[max(0, line_start - 60 * UP_LINES):max(0, line_start - 1)].split(
            "\n")[::-1][:UP_LINES]
        below = [""] + text[line_end + 1:line_end + 1 + 60 * DOWN_LINES].split("\n")[:DOWN_LINES]
        for distance in range(max(len(above), len(below))):
            for line in ([above[distance]] if distance < len(above) else []) + (
                    [below[distance]] if distance < len(below) else []):
                if _PERSONS_LINE.search(line):
                    return False
                if _speaks_of_animal(line):
                    return True
        return False
