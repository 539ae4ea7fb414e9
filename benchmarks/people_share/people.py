"""The people of the share: 50 employees (one pair of them homonyms), the family
members their forms and the emergency list name. Made-up names and numbers
(valid check digits); no real person.

Each employee has a registered spelling (the roster's) and the variants other
documents use: old and variant kanji (髙橋, 山﨑, 渡邊, 齋藤, 濱田 …), no space or a
full-width one, the reading in hiragana, katakana or half-width katakana.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from samples.synth import valid_my_number

# (surname, reading, romaji, variant spellings)
SURNAMES = [
    ("高橋", "タカハシ", "takahashi", ("髙橋",)), ("山崎", "ヤマザキ", "yamazaki", ("山﨑",)),
    ("渡辺", "ワタナベ", "watanabe", ("渡邊", "渡邉")), ("斎藤", "サイトウ", "saito", ("齋藤", "齊藤")),
    ("浜田", "ハマダ", "hamada", ("濱田",)), ("沢田", "サワダ", "sawada", ("澤田",)),
    ("桜井", "サクライ", "sakurai", ("櫻井",)), ("広瀬", "ヒロセ", "hirose", ("廣瀬",)),
    ("島田", "シマダ", "shimada", ("嶋田",)), ("富田", "トミタ", "tomita", ("冨田",)),
    ("佐藤", "サトウ", "sato", ()), ("鈴木", "スズキ", "suzuki", ()), ("田中", "タナカ", "tanaka", ()),
    ("伊藤", "イトウ", "ito", ()), ("中村", "ナカムラ", "nakamura", ()), ("小林", "コバヤシ", "kobayashi", ()),
    ("加藤", "カトウ", "kato", ()), ("吉田", "ヨシダ", "yoshida", ()), ("松本", "マツモト", "matsumoto", ()),
    ("井上", "イノウエ", "inoue", ()), ("木村", "キムラ", "kimura", ()), ("清水", "シミズ", "shimizu", ()),
    ("山口", "ヤマグチ", "yamaguchi", ()), ("池田", "イケダ", "ikeda", ()), ("石川", "イシカワ", "ishikawa", ()),
]
GIVEN = [
    ("一郎", "イチロウ", "ichiro"), ("花子", "ハナコ", "hanako"), ("健太", "ケンタ", "kenta"), ("美穂", "ミホ", "miho"),
    ("大輔", "ダイスケ", "daisuke"), ("直子", "ナオコ", "naoko"), ("拓海", "タクミ", "takumi"), ("彩", "アヤ", "aya"),
    ("誠", "マコト", "makoto"), ("恵", "メグミ", "megumi"), ("浩二", "コウジ", "koji"), ("裕子", "ユウコ", "yuko"),
    ("隆", "タカシ", "takashi"), ("明美", "アケミ", "akemi"), ("和也", "カズヤ", "kazuya"), ("智子", "トモコ", "tomoko"),
    ("修", "オサム", "osamu"), ("陽子", "ヨウコ", "yoko"), ("正樹", "マサキ", "masaki"), ("由美", "ユミ", "yumi"),
]
FAMILY_GIVEN = {  # by relation's sex
    "f": [("幸子", "サチコ"), ("久美子", "クミコ"), ("京子", "キョウコ"), ("典子", "ノリコ"), ("香織", "カオリ"),
          ("和子", "カズコ"), ("洋子", "ヨウコ"), ("節子", "セツコ")],
    "m": [("哲也", "テツヤ"), ("博之", "ヒロユキ"), ("稔", "ミノル"), ("聡", "サトシ"), ("勝", "マサル"), ("清", "キヨシ")],
}
PLACES = [("東京都", "新宿区", "西新宿"), ("東京都", "世田谷区", "太子堂"), ("大阪府", "大阪市北区", "梅田"),
          ("愛知県", "名古屋市中区", "栄"), ("神奈川県", "横浜市西区", "みなとみらい"), ("埼玉県", "さいたま市浦和区", "高砂"),
          ("千葉県", "船橋市", "本町"), ("福岡県", "福岡市博多区", "博多駅前")]
KANJI_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True)
class Member:
    id: str  # P01.. employees, F01.. family members
    surname: str
    given: str
    reading: tuple[str, str]  # katakana (surname, given)
    birth: date
    address: tuple[str, str, str, int, int, int]  # prefecture, city, town, 丁目, 番, 号
    mobile: str
    variants: tuple[str, ...] = ()  # other spellings of the surname
    email: str = ""
    my_number: str = ""
    relation: str = ""  # of a family member: 妻, 夫, 父, 母
    family: tuple[str, ...] = field(default=(), compare=False)  # ids of the employee's family

    def name(self, rng: random.Random | None = None, space: str = "\u3000") -> str:
        surname = rng.choice((self.surname, *self.variants)) if rng and self.variants else self.surname
        return f"{surname}{space}{self.given}"

    def kana(self, space: str = " ") -> str:
        return space.join(self.reading)

    def address_text(self, style: str) -> str:
        prefecture, city, town, chome, ban, go = self.address
        if style == "kanji":
            return f"{city}{town}{KANJI_DIGITS[chome]}丁目{ban}番{go}号"
        return f"{prefecture}{city}{town}{chome}-{ban}-{go}"


def _mobile(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _birth(rng: random.Random, low: int, high: int) -> date:
    return date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))


def _employee(rng: random.Random, number: int, surname: tuple, given: tuple) -> Member:
    prefecture, city, town = rng.choice(PLACES)
    return Member(id=f"P{number:02d}", surname=surname[0], given=given[0], reading=(surname[1], given[1]),
                  birth=_birth(rng, 1960, 2000), address=(prefecture, city, town, rng.randint(1, 9),
                                                          rng.randint(1, 30), rng.randint(1, 20)),
                  mobile=_mobile(rng), variants=surname[3], email=f"{given[2]}.{surname[2]}{number}@example.co.jp",
                  my_number=valid_my_number(rng))


def _relative(rng: random.Random, number: int, of: Member, relation: str, taken: set[str]) -> Member:
    """A relative whose name no one else bears (the share's one homonym pair is deliberate)."""
    choices = [g for g in FAMILY_GIVEN["f" if relation in ("妻", "母") else "m"] if of.surname + g[0] not in taken]
    given, reading = rng.choice(choices)
    taken.add(of.surname + given)
    low, high = (1930, 1955) if relation in ("父", "母") else (1960, 2000)
    return Member(id=f"F{number:02d}", surname=of.surname, given=given, reading=(of.reading[0], reading),
                  birth=_birth(rng, low, high), address=of.address, mobile=_mobile(rng), variants=of.variants,
                  relation=relation)


def make_people(seed: int = 17, count: int = 50) -> tuple[list[Member], dict[str, Member]]:
    """(employees, family members by id). The last employee bears the name of the
    eighth: the same name, another person."""
    rng = random.Random(seed)
    pairs = rng.sample([(s, g) for s in SURNAMES for g in GIVEN], count - 1)
    employees = [_employee(rng, i + 1, s, g) for i, (s, g) in enumerate(pairs)]
    eighth = employees[7]
    twin_surname = next(s for s in SURNAMES if s[0] == eighth.surname)
    twin_given = next(g for g in GIVEN if g[0] == eighth.given)
    employees.append(_employee(rng, count, twin_surname, twin_given))
    family: dict[str, Member] = {}
    taken = {p.surname + p.given for p in employees}
    for index, employee in enumerate(employees):
        relation = rng.choice(("妻", "夫", "父", "母"))
        relative = _relative(rng, len(family) + 1, employee, relation, taken)
        family[relative.id] = relative
        employees[index] = Member(**{**employee.__dict__, "family": (relative.id,)})
    return employees, family
