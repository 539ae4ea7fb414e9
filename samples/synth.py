"""Synthetic people: made-up combinations of common names, real place names with
made-up block numbers, identifiers with valid check digits. No real person."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from stdnum.jp import in_ as my_number

SURNAMES = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
            ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
            ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
            ("佐々木", "ササキ"), ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ")]
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("健一", "ケンイチ"), ("美咲", "ミサキ"),
         ("翔太", "ショウタ"), ("陽菜", "ヒナ"), ("大輔", "ダイスケ"), ("由美", "ユミ"),
         ("拓也", "タクヤ"), ("彩", "アヤ"), ("直樹", "ナオキ"), ("恵", "メグミ")]
PLACES = [("東京都", "千代田区", "丸の内", "100-0005"), ("東京都", "新宿区", "西新宿", "160-0023"),
          ("大阪府", "大阪市北区", "梅田", "530-0001"), ("愛知県", "名古屋市中区", "栄", "460-0008"),
          ("福岡県", "福岡市博多区", "博多駅前", "812-0011"), ("北海道", "札幌市中央区", "北一条西", "060-0001"),
          ("神奈川県", "横浜市西区", "みなとみらい", "220-0012"), ("宮城県", "仙台市青葉区", "一番町", "980-0811")]
ROMAJI = {"サトウ": "sato", "スズキ": "suzuki", "タカハシ": "takahashi", "タナカ": "tanaka",
          "イトウ": "ito", "ワタナベ": "watanabe", "ヤマモト": "yamamoto", "ナカムラ": "nakamura",
          "コバヤシ": "kobayashi", "カトウ": "kato", "ヨシダ": "yoshida", "ヤマダ": "yamada",
          "ササキ": "sasaki", "マツモト": "matsumoto", "イノウエ": "inoue", "キムラ": "kimura",
          "タロウ": "taro", "ハナコ": "hanako", "ケンイチ": "kenichi", "ミサキ": "misaki",
          "ショウタ": "shota", "ヒナ": "hina", "ダイスケ": "daisuke", "ユミ": "yumi",
          "タクヤ": "takuya", "アヤ": "aya", "ナオキ": "naoki", "メグミ": "megumi"}


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    kana: str
    birth: date
    prefecture: str
    city: str
    town: str
    block: str
    postal: str
    phone: str
    mobile: str
    email: str
    my_number: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}"

    @property
    def address(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}{self.block}"

    @property
    def my_number_spaced(self) -> str:
        n = self.my_number
        return f"{n[:4]} {n[4:8]} {n[8:]}"


def valid_my_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    return body + my_number.calc_check_digit(body)


def invalid_my_number(rng: random.Random) -> str:
    valid = valid_my_number(rng)
    return valid[:-1] + str((int(valid[-1]) + 1) % 10)


def make_person(rng: random.Random, index: int) -> Person:
    (surname, s_kana), (given, g_kana) = rng.choice(SURNAMES), rng.choice(GIVEN)
    prefecture, city, town, postal = rng.choice(PLACES)
    area = "03" if prefecture == "東京都" else "06" if prefecture == "大阪府" else "052"
    local = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" if len(area) == 2 else \
        f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    return Person(
        surname=surname, given=given, kana=f"{s_kana} {g_kana}",
        birth=date(rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28)),
        prefecture=prefecture, city=city, town=town,
        block=f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
        postal=postal, phone=f"{area}-{local}",
        mobile=f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        email=f"{ROMAJI[g_kana]}.{ROMAJI[s_kana]}{index}@example.jp",
        my_number=valid_my_number(rng),
    )


def make_people(count: int, seed: int) -> list[Person]:
    rng = random.Random(seed)
    return [make_person(rng, i) for i in range(count)]
