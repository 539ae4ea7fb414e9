"""Places of the sixth corpus: real prefectures and cities with their area codes and
the first digits of their postal codes, made-up 町名 and buildings."""

from __future__ import annotations

from collections import namedtuple

# prefecture, city, made-up town, area code, postal prefix
_TOWN_TABLE = """
北海道 札幌市白石区 菊水朝日町 011 003
北海道 旭川市 神居若葉通 0166 070
宮城県 仙台市若林区 舟入沢 022 984
新潟県 長岡市 槙下町 0258 940
栃木県 宇都宮市 簗瀬台 028 321
埼玉県 川越市 鴨田新町 049 350
千葉県 船橋市 葛飾浜 047 273
東京都 練馬区 石神井台北 03 177
東京都 八王子市 楢原ヶ丘 042 193
神奈川県 藤沢市 鵠沼梨ノ木 0466 251
静岡県 浜松市中央区 鴨江緑町 053 430
愛知県 岡崎市 菅生元町 0564 444
石川県 金沢市 犀川端町 076 920
京都府 宇治市 槇島西浦 0774 611
大阪府 堺市北区 百舌鳥梅園 072 591
兵庫県 明石市 大蔵浜通 078 673
岡山県 倉敷市 水江新田 086 710
広島県 福山市 鞆ノ浦台 084 720
愛媛県 今治市 波止浜東 0898 794
福岡県 北九州市小倉南区 志井霧ヶ丘 093 802
熊本県 熊本市東区 江津湖畔 096 862
沖縄県 浦添市 牧港ハイツ通 098 901
"""
TOWNS = [tuple(line.split()) for line in _TOWN_TABLE.strip().splitlines()]

BUILDINGS = ["メゾン翠嵐", "コーポ楓谷", "ハイツ白鷺", "グランシエル汐入", "レジデンス灯台坂", "第二藤波荘",
             "サンパレス蛍川", "パークヒルズ桐葉", "ヴィラ朝凪", "アーバン千鳥橋"]

KANJI_DIGITS = "〇一二三四五六七八九"


class Place(namedtuple("PlaceFields", "prefecture city town chome ban go building room postal area")):
    """An address: 丁目・番・号 as numbers, a building and room or none, 7 postal digits, the area code."""

    def written(self, style: str = "plain") -> str:
        """The address as one office or another writes it."""
        head, tail = self.prefecture + self.city + self.town, ""
        if self.building:
            tail = f" {self.building}{self.room}"
        if style == "plain":
            return f"{head}{self.chome}-{self.ban}-{self.go}{tail}"
        if style == "kanji":
            return f"{head}{KANJI_DIGITS[self.chome]}丁目{self.ban}番{self.go}号{tail.replace(' ', '')}"
        if style == "banchi":
            return f"{head}{self.chome}丁目{self.ban}番地{self.go}{tail}"
        if style == "town":  # a local roster: the town and the numbers only
            return f"{self.town}{self.chome}-{self.ban}-{self.go}{tail}"
        if style == "no_pref":
            return f"{self.city}{self.town}{self.chome}-{self.ban}-{self.go}{tail}"
        if style == "wide":
            return f"{head}{self.chome}－{self.ban}－{self.go}{tail}".translate(_WIDE)
        if style == "room":
            return f"{head}{self.chome}-{self.ban}-{self.go}{('-' + self.room) if self.building else ''}"
        raise ValueError(style)

    def postal_as(self, style: str = "hyphen") -> str:
        code = f"{self.postal[:3]}-{self.postal[3:]}"
        return {"hyphen": code, "mark": "〒" + code, "bare": self.postal,
                "wide": code.translate(_WIDE).replace("-", "－"),
                "mark_space": "〒 " + code}[style]


_WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")
ADDRESS_STYLES = ["plain", "plain", "kanji", "banchi", "no_pref", "wide", "room"]


def make_place(rng, town: tuple | None = None) -> Place:
    pref, city, name, area, prefix = town or rng.choice(TOWNS)
    building = rng.choice(BUILDINGS) if rng.random() < 0.4 else ""
    room = f"{rng.randint(1, 6)}0{rng.randint(1, 9)}" if building else ""
    return Place(pref, city, name, rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 19), building, room,
                 prefix + f"{rng.randint(0, 9999):04d}", area)


def landline(rng, area: str) -> str:
    """A fixed number of the area: 10 digits in a range the numbering plan gives out."""
    import phonenumbers

    rest = 10 - len(area)
    while True:
        digits = area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "JP")):
            return digits


def mobile(rng) -> str:
    return rng.choice(["090", "080", "070"]) + f"{rng.randint(1000, 9999)}{rng.randint(0, 9999):04d}"


def phone_as(digits: str, area_len: int, style: str) -> str:
    """Digits written in one habit: hyphens, none, brackets, full width, +81."""
    local = len(digits) - area_len - 4
    a, b, c = digits[:area_len], digits[area_len:area_len + local], digits[area_len + local:]
    return {"hyphen": f"{a}-{b}-{c}", "bare": digits, "paren": f"{a}({b}){c}", "wide": f"{a}-{b}-{c}".translate(_WIDE),
            "intl": f"+81-{a[1:]}-{b}-{c}", "intl_space": f"+81 {a[1:]} {b} {c}", "dot": f"{a}.{b}.{c}",
            "space": f"{a} {b} {c}"}[style]
