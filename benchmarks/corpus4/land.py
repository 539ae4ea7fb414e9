"""Places of the fourth corpus: towns of its own in real cities (so that postal
codes and area codes are plausible), addresses written in the habits of people
filling in a form (漢数字 三丁目四番五号, 全角 digits, 番地, a building and room),
and phones that phonenumbers accepts as Japanese numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

from benchmarks.corpus4.folk import rows_of

# prefecture | city | town | postal prefix | area code
TOWNS = rows_of("""
長野県|松本市|梨木町|390|0263
鳥取県|境港市|楡原|684|0859
愛知県|刈谷市|菖蒲田町|448|0566
岩手県|花巻市|萩野台|025|0198
熊本県|人吉市|鷹ノ巣町|868|0966
新潟県|長岡市|雲雀野|940|0258
香川県|丸亀市|銀杏坂町|763|0877
群馬県|桐生市|椿原町|376|0277
山口県|周南市|葵ケ丘|745|0834
北海道|帯広市|蓬莱東|080|0155
福井県|敦賀市|杜若台|914|0770
宮崎県|日向市|柊町|883|0982
東京都|小金井市|樫ノ木|184|042
大阪府|枚方市|榎戸町|573|072
神奈川県|大和市|欅台|242|046
静岡県|磐田市|楓通り|438|0538
栃木県|佐野市|朴ノ木町|327|0283
三重県|伊勢市|槙尾|516|0596
福島県|会津若松市|藤見台|965|0242
佐賀県|伊万里市|汐入町|848|0955
""")
BUILDINGS = ["コーポ柳瀬", "メゾン・ド・ルミエ", "ハイツ桐ケ谷", "グランシャリオ", "第二松風荘", "サンライズ白楡",
             "アーバンコート湊", "レジデンス千草"]
KANJI_DIGITS = "〇一二三四五六七八九"
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def kanji_number(n: int) -> str:
    """4 -> 四, 12 -> 十二, 23 -> 二十三 (block and lot numbers)."""
    tens, ones = divmod(n, 10)
    return ((KANJI_DIGITS[tens] if tens > 1 else "") + "十" if tens else "") + (KANJI_DIGITS[ones] if ones else "")


@dataclass(frozen=True)
class Home:
    prefecture: str
    city: str
    town: str
    chome: int
    ban: int
    go: int
    building: str
    room: str
    postal: str  # 7 digits
    area_code: str

    def written(self, style: str, with_prefecture: bool = True, with_building: bool = True) -> str:
        head = (self.prefecture if with_prefecture else "") + self.city + self.town
        c, b, g = self.chome, self.ban, self.go
        tail = {"kanji": f"{kanji_number(c)}丁目{kanji_number(b)}番{kanji_number(g)}号",
                "full": f"{c}-{b}-{g}".translate(FULL), "banchi": f"{c}丁目{b}番地{g}",
                "hyphen": f"{c}-{b}-{g}", "chome": f"{c}丁目{b}-{g}"}[style]
        if not (with_building and self.building):
            return head + tail
        if style == "hyphen" and self.room:
            return f"{head}{tail}-{self.room}"
        return f"{head}{tail}\u3000{self.building}{self.room + '号室' if self.room else ''}"

    def postal_as(self, style: str) -> str:
        p = self.postal
        return {"mark": f"〒{p[:3]}-{p[3:]}", "plain": f"{p[:3]}-{p[3:]}", "full": f"{p[:3]}-{p[3:]}".translate(FULL),
                "bare": p, "mark_full": "〒" + f"{p[:3]}-{p[3:]}".translate(FULL)}[style]


def make_home(rng: random.Random, town: tuple | None = None) -> Home:
    prefecture, city, name, prefix, area = town or rng.choice(TOWNS)
    building = rng.choice(BUILDINGS) if rng.random() < 0.4 else ""
    room = f"{rng.randint(1, 5)}0{rng.randint(1, 8)}" if building else ""
    return Home(prefecture, city, name, rng.randint(1, 7), rng.randint(1, 28), rng.randint(1, 19), building, room,
                prefix + f"{rng.randint(0, 9999):04d}", area)


def _drawn(draw) -> str:
    """The first number `draw` gives that phonenumbers accepts as Japanese."""
    number = draw()
    while not phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
        number = draw()
    return number


def landline(rng: random.Random, area: str) -> str:
    """Ten digits under the area code; the local exchange never starts with 0 or 1."""
    return _drawn(lambda: area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area))))


def mobile(rng: random.Random) -> str:
    return _drawn(lambda: rng.choice(["090", "080", "070"]) + f"{rng.randint(1000, 9999)}{rng.randint(0, 9999):04d}")


def phone_as(number: str, area_length: int, style: str) -> str:
    """A phone in a writing habit; 長音 (ー) and 全角 hyphens typed for dashes."""
    a, rest = number[:area_length], number[area_length:]
    b, c = rest[:-4], rest[-4:]
    return {"hyphen": f"{a}-{b}-{c}", "full": f"{a}-{b}-{c}".translate(FULL), "choon": f"{a}ー{b}ー{c}",
            "paren": f"{a}({b}){c}", "area_paren": f"({a}){b}-{c}", "bare": number, "space": f"{a} {b} {c}",
            "dot": f"{a}.{b}.{c}", "intl": f"+81-{a[1:]}-{b}-{c}", "full_bare": number.translate(FULL)}[style]
