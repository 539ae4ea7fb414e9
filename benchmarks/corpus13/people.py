"""Made-up people of corpus 13: a name, a home and its contacts, a birthday."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import phonenumbers

from benchmarks.corpus13.dates import day_between
from benchmarks.corpus13.names import CHINESE, GIVEN_FEMALE, GIVEN_MALE, KOREAN, SURNAMES, VIETNAMESE, WESTERN_OTHER

# (prefecture, city, towns, first three postal digits, area code)
PLACES = (
    ("北海道", "旭川市", ("豊岡", "末広", "神楽岡"), "078", "0166"),
    ("青森県", "八戸市", ("白銀町", "湊高台", "是川"), "031", "0178"),
    ("宮城県", "石巻市", ("蛇田", "中里", "渡波"), "986", "0225"),
    ("栃木県", "小山市", ("城東", "犬塚", "駅南町"), "323", "0285"),
    ("埼玉県", "川越市", ("新富町", "霞ケ関北", "的場"), "350", "049"),
    ("千葉県", "市原市", ("五井中央東", "姉崎", "八幡"), "290", "0436"),
    ("東京都", "江戸川区", ("西葛西", "瑞江", "篠崎町"), "134", "03"),
    ("東京都", "町田市", ("鶴川", "玉川学園", "森野"), "194", "042"),
    ("神奈川県", "横須賀市", ("追浜町", "久里浜", "長沢"), "238", "046"),
    ("新潟県", "長岡市", ("川崎町", "喜多町", "寺島町"), "940", "0258"),
    ("静岡県", "沼津市", ("大岡", "我入道", "原"), "410", "055"),
    ("愛知県", "一宮市", ("今伊勢町", "木曽川町", "奥町"), "491", "0586"),
    ("三重県", "四日市市", ("富田", "笹川", "日永"), "510", "059"),
    ("大阪府", "東大阪市", ("小阪", "長瀬町", "菱屋西"), "577", "06"),
    ("兵庫県", "姫路市", ("飾磨区", "網干区", "白浜町"), "670", "079"),
    ("岡山県", "倉敷市", ("玉島", "水島", "児島小川"), "710", "086"),
    ("広島県", "呉市", ("広古新開", "阿賀中央", "焼山"), "737", "0823"),
    ("愛媛県", "今治市", ("常盤町", "片山", "波止浜"), "794", "0898"),
    ("福岡県", "久留米市", ("荒木町", "御井町", "津福本町"), "830", "0942"),
    ("熊本県", "八代市", ("松江城町", "鏡町", "日奈久"), "866", "0965"),
    ("沖縄県", "浦添市", ("牧港", "内間", "宮城"), "901", "098"),
)
BUILDINGS = ("コーポ桜井", "メゾン朝霧", "ハイツ若葉", "グランレーヴ", "サンライズ南", "第二松風荘")
MAIL_DOMAINS = ("mail.example.jp", "example.ne.jp", "example.com", "post.example.org")


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    romaji: str  # passport order: FAMILY GIVEN
    female: bool
    born: date
    prefecture: str
    city: str
    street: str  # town, block and building
    postal: str  # 7 digits
    mobile: str
    home: str
    email: str

    @property
    def name(self) -> str:
        return self.family + self.given

    @property
    def spaced(self) -> str:
        return f"{self.family} {self.given}"

    @property
    def kana(self) -> str:
        return f"{self.family_kana} {self.given_kana}"

    @property
    def address(self) -> str:
        return self.prefecture + self.city + self.street

    @property
    def postal_hyphen(self) -> str:
        return f"{self.postal[:3]}-{self.postal[3:]}"


def valid_phone(rng: random.Random, area: str) -> str:
    """A number the Japanese plan allows, written 0AA-BBBB-CCCC by its area code's length."""
    while True:
        rest = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(9 - len(area)))
        if phonenumbers.is_valid_number(phonenumbers.parse(area + rest, "JP")):
            local = 6 - len(area)
            return f"{area}-{rest[:local]}-{rest[local:]}"


def mobile(rng: random.Random) -> str:
    while True:
        number = rng.choice(("090", "080", "070")) + str(rng.randint(1, 9)) + "".join(
            rng.choice("0123456789") for _ in range(7))
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            return f"{number[:3]}-{number[3:7]}-{number[7:]}"


def street(rng: random.Random, town: str) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 20)}号"
    if shape == 1:
        return f"{town}{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 18)}"
    if shape == 2:
        room = f"{rng.choice(BUILDINGS)}{rng.randint(1, 4)}0{rng.randint(1, 8)}号室"
        return f"{town}{rng.randint(1, 3)}-{rng.randint(2, 25)}-{rng.randint(1, 9)} {room}"
    return f"{town}{rng.randint(100, 2999)}番地{rng.randint(1, 12)}"


def person(rng: random.Random, first: int = 1940, last: int = 2004, female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    family = rng.choice(SURNAMES)
    given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
    pref, city, towns, postal3, area = rng.choice(PLACES)
    login = f"{given[2].lower()}.{family[2].lower()}{rng.randint(1, 99)}"
    return Person(family[0], given[0], family[1], given[1], f"{family[2]} {given[2]}", female,
                  day_between(rng, first, last), pref, city, street(rng, rng.choice(towns)),
                  postal3 + f"{rng.randint(0, 9999):04d}", mobile(rng), valid_phone(rng, area),
                  f"{login}@{rng.choice(MAIL_DOMAINS)}")


def foreigner(rng: random.Random, first: int = 1960, last: int = 2004) -> tuple[Person, str]:
    """A resident born abroad, with the name in the form their papers give and a nationality."""
    base = person(rng, first, last)
    pick = rng.randrange(4)
    if pick == 0:
        fam, giv, fam_r, giv_r = rng.choice(CHINESE)
        return _renamed(base, fam, giv, fam_r, giv_r, f"{fam_r} {giv_r}"), "中国"
    if pick == 1:
        fam, giv, fam_k, giv_k, romaji = rng.choice(KOREAN)
        return _renamed(base, fam, giv, fam_k, giv_k, romaji), "韓国"
    if pick == 2:
        fam, middle, giv = rng.choice(VIETNAMESE)
        return _renamed(base, fam, f"{middle} {giv}", fam, f"{middle} {giv}", f"{fam} {middle} {giv}"), "ベトナム"
    fam, giv = rng.choice(WESTERN_OTHER)
    return _renamed(base, fam, giv, fam, giv, f"{fam} {giv}"), rng.choice(("ネパール", "フィリピン", "ブラジル", "スリランカ"))


def _renamed(base: Person, family: str, given: str, family_kana: str, given_kana: str, romaji: str) -> Person:
    from dataclasses import replace
    return replace(base, family=family, given=given, family_kana=family_kana, given_kana=given_kana, romaji=romaji)
