"""Made-up addresses in towns of this corpus's own, phones that are valid Japanese
numbers (checked with phonenumbers) and the ways offices write them."""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

# prefecture, city, town, first three postal digits, area code
TOWNS = [tuple(line.split()) for line in """
秋田県 大仙市 神宮寺南 014 0187
山形県 寒河江市 緑町西 991 0237
福島県 喜多方市 押切東 966 0241
栃木県 鹿沼市 千渡台 322 0289
群馬県 渋川市 北橘町小室 377 0279
新潟県 燕市 吉田東栄町 959 0256
富山県 砺波市 出町中央 939 0763
福井県 鯖江市 神明町北 916 0778
長野県 伊那市 西箕輪原 396 0265
岐阜県 関市 小屋名 501 0575
静岡県 掛川市 城西三 436 0537
三重県 名張市 桔梗が丘東 518 0595
滋賀県 近江八幡市 鷹飼町南 523 0748
兵庫県 豊岡市 中陰 668 0796
鳥取県 倉吉市 上灘町 682 0858
岡山県 津山市 小田中西 708 0868
広島県 三次市 十日市南 728 0824
愛媛県 宇和島市 丸之内 798 0895
高知県 四万十市 中村大橋通 787 0880
佐賀県 唐津市 鏡新開 847 0955
熊本県 八代市 松江城町 866 0965
宮崎県 延岡市 祇園町東 882 0982
北海道 北見市 常盤町 090 0157
岩手県 一関市 大手町北 021 0191
""".strip().splitlines()]

BUILDINGS = ["メゾン汐風", "グランコート桜木", "ハイツ若竹", "コーポ野ばら", "リバーサイド凪", "サンパレス翠",
             "アーバン白樺", "ヴィラ朝霧"]

_KANJI_DIGITS = "〇一二三四五六七八九"


def kanji_numeral(n: int) -> str:
    """1-99 in kanji numerals (十二, 三十四)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _KANJI_DIGITS[tens]) + "十" if tens else "") + (_KANJI_DIGITS[ones] if ones else "")


def wide(text: str) -> str:
    """Digits, letters and hyphens as full-width characters."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


@dataclass(frozen=True)
class Home:
    prefecture: str
    city: str
    town: str
    numbers: tuple[int, int, int]
    building: str
    postal: str
    area_code: str

    def written(self, style: str = "hyphen", prefecture: bool = True, building: bool = True) -> str:
        a, b, c = self.numbers
        street = {"hyphen": f"{a}-{b}-{c}", "banchi": f"{a}丁目{b}番{c}号", "kanji": f"{kanji_numeral(a)}丁目"
                  f"{kanji_numeral(b)}番地{kanji_numeral(c)}", "wide": wide(f"{a}-{b}-{c}"), "no": f"{a}の{b}の{c}"}[style]
        head = (self.prefecture if prefecture else "") + self.city + self.town
        return head + street + (f"\u3000{self.building}" if building and self.building else "")

    def postal_as(self, style: str) -> str:
        return {"plain": self.postal, "mark": f"〒{self.postal}", "mark_space": f"〒 {self.postal}",
                "wide": wide(self.postal), "bare": self.postal.replace("-", "")}[style]


def make_home(rng: random.Random, with_building: float = 0.4) -> Home:
    prefecture, city, town, postal3, area = rng.choice(TOWNS)
    building = f"{rng.choice(BUILDINGS)}{rng.randint(1, 6)}0{rng.randint(1, 8)}" if rng.random() < with_building else ""
    return Home(prefecture, city, town, (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)), building,
                f"{postal3}-{rng.randint(0, 9999):04d}", area)


def _valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "JP"))


def landline_digits(rng: random.Random, area: str) -> str:
    while True:
        number = area + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(area)))
        if number[len(area)] not in "01" and _valid(number):
            return number


def mobile_digits(rng: random.Random) -> str:
    while True:
        number = rng.choice(["090", "080", "070"]) + str(rng.randint(1, 9)) + f"{rng.randint(0, 9999999):07d}"
        if _valid(number):
            return number


def phone_written(digits: str, area_length: int, style: str) -> str:
    """A phone number as written: hyphen, dots, paren, plus81, wide, spaced, tight."""
    if digits.startswith("0") and len(digits) == 11:
        area_length = 3
    a, b, c = digits[:area_length], digits[area_length:len(digits) - 4], digits[-4:]
    return {"hyphen": f"{a}-{b}-{c}", "dots": f"{a}.{b}.{c}", "paren": f"({a}){b}-{c}",
            "plus81": f"+81-{a[1:]}-{b}-{c}", "wide": wide(f"{a}-{b}-{c}"), "spaced": f"{a} {b} {c}",
            "tight": digits}[style]
