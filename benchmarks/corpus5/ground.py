"""Corpus 5's places: real cities with their area codes and postal prefixes, towns of
the corpus's own in them (some 大字/字 with 番地 only), and an address written in one
of its habits: 番地 only, 大字・字, 丁目 in 算用数字 with ノ, the building first, romanised."""

from __future__ import annotations

from dataclasses import dataclass

# (prefecture, city, romaji city, area code, postal prefix)
CITIES = [
    ("岩手県", "一関市", "Ichinoseki-shi, Iwate", "0191", "021"), ("秋田県", "横手市", "Yokote-shi, Akita", "0182", "013"),
    ("福島県", "会津若松市", "Aizuwakamatsu-shi, Fukushima", "0242", "965"),
    ("栃木県", "佐野市", "Sano-shi, Tochigi", "0283", "327"), ("新潟県", "長岡市", "Nagaoka-shi, Niigata", "0258", "940"),
    ("長野県", "松本市", "Matsumoto-shi, Nagano", "0263", "390"), ("岐阜県", "大垣市", "Ogaki-shi, Gifu", "0584", "503"),
    ("静岡県", "沼津市", "Numazu-shi, Shizuoka", "055", "410"), ("三重県", "伊勢市", "Ise-shi, Mie", "0596", "516"),
    ("兵庫県", "姫路市", "Himeji-shi, Hyogo", "079", "670"), ("岡山県", "倉敷市", "Kurashiki-shi, Okayama", "086", "710"),
    ("愛媛県", "今治市", "Imabari-shi, Ehime", "0898", "794"),
    ("熊本県", "八代市", "Yatsushiro-shi, Kumamoto", "0965", "866"),
    ("北海道", "北見市", "Kitami-shi, Hokkaido", "0157", "090"), ("青森県", "弘前市", "Hirosaki-shi, Aomori", "0172", "036"),
    ("富山県", "高岡市", "Takaoka-shi, Toyama", "0766", "933"), ("山口県", "周南市", "Shunan-shi, Yamaguchi", "0834", "745"),
]

# (city index, town, romaji, rural: written with 大字/字 and 番地 only)
TOWNS = [
    (0, "鷺ノ森", "Saginomori", True), (0, "萩荘西", "Hagisho-nishi", False), (1, "大字上雫", "Kamishizuku", True),
    (2, "鶴見台", "Tsurumidai", False), (2, "字北高畑", "Kitatakahata", True), (3, "犬伏東", "Inubushi-higashi", False),
    (4, "大字蓮潟", "Hasugata", True), (4, "千秋が丘", "Senshugaoka", False), (5, "蟻ケ崎台", "Arigasakidai", False),
    (5, "大字赤木沢", "Akagisawa", True), (6, "美濃里", "Minosato", False), (7, "沢田ノ杜", "Sawadanomori", False),
    (8, "宇治浦田台", "Ujiuratadai", False), (9, "飾磨北浜", "Shikamakitahama", False), (9, "大字安室東", "Muroto-higashi", True),
    (10, "連島東新田", "Tsurajima-higashishinden", False), (11, "字波方浦", "Namikataura", True),
    (12, "鏡ノ辻", "Kaganotsuji", False),
    (13, "字端野第二", "Tanno-daini", True), (14, "城西ノ町", "Joseinomachi", False), (15, "伏木湊町", "Fushikiminatomachi", False),
    (16, "大字久米宮", "Kumenomiya", True), (1, "朝倉台", "Asakuradai", False), (6, "大字外渕", "Tobuchi", True),
]

BUILDINGS = [("メゾン白鷺", "Maison Shirasagi"), ("コーポ葛の葉", "Corpo Kuzunoha"), ("ハイツ藍染", "Heights Aizome"),
             ("グランドール蔦", "Grandor Tsuta"), ("レジデンス十六夜", "Residence Izayoi"), ("第二松籟荘", "Shoraiso No.2")]


@dataclass(frozen=True)
class Place:
    town: int
    block: tuple[int, int, int]
    building: int | None
    room: int
    postal: str

    @property
    def city(self) -> tuple:
        return CITIES[TOWNS[self.town][0]]

    @property
    def area_code(self) -> str:
        return self.city[3]

    def written(self, style: str) -> str:
        """The address in one habit (`plain`, `ban`, `no`, `building_first`, `romaji`)."""
        pref, city, romaji_city = self.city[0], self.city[1], self.city[2]
        _, town, town_romaji, rural = TOWNS[self.town]
        a, b, c = self.block
        building = BUILDINGS[self.building] if self.building is not None else None
        if rural or style == "ban":
            return f"{pref}{city}{town}{a * 100 + b}番地" + (f"{c}" if not rural and c % 2 else "")
        if style == "no":
            return f"{pref}{city}{town}{a}丁目{b}ノ{c}" + (f"　{building[0]}{self.room}号" if building else "")
        if style == "building_first" and building:
            return f"{building[0]} {self.room}号室　{city}{town}{a}-{b}-{c}"
        if style == "romaji":
            flat = f"{building[1]} {self.room}, " if building else ""
            return f"{flat}{a}-{b}-{c} {town_romaji}, {romaji_city}"
        return f"{pref}{city}{town}{a}-{b}-{c}" + (f" {building[0]}{self.room}" if building else "")

    def postal_written(self, style: str) -> str:
        code = f"{self.postal[:3]}-{self.postal[3:]}"
        return {"mark": f"〒{code}", "plain": code, "tight": self.postal, "label": f"〒 {code}"}[style]
