"""Places of the second corpus (none shared with the first): towns with their
postal code and area code, and the ways people write a block number (丁目番号,
hyphens half- or full-width, 番地 with 字 and 大字, Sapporo's 条, Kyoto's 通 and 入ル,
a room after a hyphen), buildings, and phone numbers in every habit."""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

# (prefecture, city, town, postal code, area code, block style)
TOWNS = [
    ("東京都", "練馬区", "石神井町", "1770041", "03", "chome"), ("東京都", "足立区", "千住旭町", "1200026", "03", "chome"),
    ("東京都", "大田区", "蒲田本町", "1440053", "03", "chome"), ("東京都", "杉並区", "高円寺南", "1660003", "03", "chome"),
    ("東京都", "町田市", "原町田", "1940013", "042", "chome"), ("東京都", "調布市", "布田", "1820022", "042", "chome"),
    ("神奈川県", "川崎市中原区", "小杉町", "2110063", "044", "chome"),
    ("神奈川県", "相模原市南区", "相模大野", "2520303", "042", "chome"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "2510037", "0466", "chome"), ("埼玉県", "川口市", "栄町", "3320017", "048", "chome"),
    ("埼玉県", "所沢市", "日吉町", "3591123", "04", "banchi"), ("千葉県", "柏市", "柏", "2770005", "04", "chome"),
    ("千葉県", "市川市", "八幡", "2720021", "047", "chome"), ("茨城県", "つくば市", "竹園", "3050032", "029", "chome"),
    ("栃木県", "宇都宮市", "馬場通り", "3200026", "028", "chome"), ("群馬県", "高崎市", "八島町", "3700849", "027", "banchi"),
    ("静岡県", "浜松市中央区", "砂山町", "4300926", "053", "banchi"), ("愛知県", "豊田市", "若宮町", "4710026", "0565", "chome"),
    ("愛知県", "岡崎市", "康生通西", "4440011", "0564", "chome"), ("岐阜県", "岐阜市", "長住町", "5008842", "058", "chome"),
    ("三重県", "四日市市", "諏訪栄町", "5100086", "059", "banchi"), ("大阪府", "吹田市", "江坂町", "5640063", "06", "chome"),
    ("大阪府", "東大阪市", "長堂", "5770056", "06", "chome"), ("兵庫県", "姫路市", "駅前町", "6700927", "079", "banchi"),
    ("兵庫県", "西宮市", "甲子園町", "6638152", "0798", "banchi"), ("奈良県", "奈良市", "三条大路", "6308115", "0742", "chome"),
    ("和歌山県", "和歌山市", "雑賀屋町", "6408043", "073", "chome"), ("岡山県", "倉敷市", "阿知", "7100055", "086", "chome"),
    ("山口県", "下関市", "竹崎町", "7500025", "083", "chome"), ("香川県", "高松市", "瓦町", "7600050", "087", "chome"),
    ("愛媛県", "松山市", "大街道", "7900004", "089", "chome"), ("高知県", "高知市", "はりまや町", "7800822", "088", "chome"),
    ("福岡県", "北九州市小倉北区", "魚町", "8020006", "093", "chome"),
    ("熊本県", "熊本市中央区", "新市街", "8600803", "096", "banchi"),
    ("鹿児島県", "鹿児島市", "東千石町", "8920842", "099", "banchi"), ("沖縄県", "那覇市", "牧志", "9000013", "098", "chome"),
    ("沖縄県", "沖縄市", "胡屋", "9040021", "098", "chome"), ("北海道", "札幌市北区", "北十八条西", "0010018", "011", "jo"),
    ("北海道", "旭川市", "4条通", "0700034", "0166", "jo"), ("青森県", "弘前市", "土手町", "0368182", "0172", "banchi"),
    ("岩手県", "盛岡市", "大通", "0200022", "019", "chome"), ("秋田県", "秋田市", "中通", "0100001", "018", "chome"),
    ("山形県", "山形市", "香澄町", "9900039", "023", "chome"), ("新潟県", "新潟市中央区", "古町通", "9518063", "025", "banchi"),
    ("富山県", "富山市", "総曲輪", "9300083", "076", "chome"), ("石川県", "金沢市", "片町", "9200981", "076", "chome"),
    ("長野県", "上田市", "天神", "3860025", "0268", "chome"), ("長野県", "北安曇郡白馬村", "大字北城", "3999301", "0261", "rural"),
    ("島根県", "出雲市", "今市町", "6930001", "0853", "banchi"), ("宮崎県", "都城市", "姫城町", "8850022", "0986", "banchi"),
    ("沖縄県", "国頭郡恩納村", "字恩納", "9040411", "098", "rural"),
    ("鹿児島県", "大島郡瀬戸内町", "大字古仁屋", "8941508", "0997", "rural"),
    ("京都府", "京都市上京区", "今出川通烏丸東入相国寺門前町", "6020898", "075", "kyoto"),
    ("広島県", "福山市", "中島町", "7200812", "084", "chome"), ("埼玉県", "吉川市", "保", "3420056", "048", "chome"),
    ("石川県", "小松市", "土居原町", "9230801", "0761", "banchi"),
]
BUILDINGS = ["グリーンハイツ", "ｺｰﾎﾟ松風", "サンライズマンション", "メゾン・ド・ソレイユ", "朝日荘", "パレス若宮",
             "レジデンス東雲", "シャトー緑ヶ丘", "ハイム暁", "県営住宅", "市営団地", "エクセル２１"]
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
KANJI = "〇一二三四五六七八九"


def kanji_numeral(n: int) -> str:
    """14 -> 十四, 20 -> 二十, 3 -> 三 (as 丁目 and 条 are written)."""
    tens, ones = divmod(n, 10)
    return ((KANJI[tens] if tens > 1 else "") + "十" if tens else "") + (KANJI[ones] if ones else "")


@dataclass(frozen=True)
class Address:
    prefecture: str
    city: str
    town: str
    block: str
    building: str
    postal: str  # seven digits
    area_code: str

    def written(self, prefecture: bool = True, building: bool = True, sep: str = "") -> str:
        head = (self.prefecture if prefecture else "") + self.city + self.town + self.block
        return head + (sep or " ") + self.building if building and self.building else head

    def postal_as(self, style: str) -> str:
        p = self.postal
        return {"bare": p, "mark": f"〒{p}", "hyphen": f"{p[:3]}-{p[3:]}", "mark_hyphen": f"〒{p[:3]}-{p[3:]}",
                "full": f"〒{p[:3]}－{p[3:]}".translate(FULL)}[style]


def _block(rng: random.Random, style: str) -> str:
    a, b, c = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 22)
    if style == "jo":
        return f"{kanji_numeral(a)}丁目{b}番{c}号" if rng.random() < 0.5 else f"{a}丁目{b}-{c}"
    if style == "kyoto":
        return f"{rng.randint(600, 720)}番地"
    if style == "rural":
        return f"{rng.randint(100, 3999)}番地" + (f"の{rng.randint(1, 9)}" if rng.random() < 0.4 else "")
    if style == "banchi":
        return rng.choice([f"{rng.randint(1, 999)}番地", f"{rng.randint(1, 999)}-{rng.randint(1, 30)}",
                           f"{rng.randint(1, 999)}番地{rng.randint(1, 30)}"])
    return rng.choice([f"{a}丁目{b}番{c}号", f"{a}-{b}-{c}", f"{a}-{b}-{c}".translate(FULL),
                       f"{a}丁目{b}-{c}", f"{kanji_numeral(a)}丁目{b}番地{c}", f"{a}丁目{b}番{c}号".translate(FULL)])


def make_address(rng: random.Random) -> Address:
    prefecture, city, town, postal, area, style = rng.choice(TOWNS)
    block = _block(rng, style)
    building = ""
    if rng.random() < 0.45:
        room = rng.choice(["101", "203", "305", "1102", "B-2", "２０１"])
        building = rng.choice([f"{rng.choice(BUILDINGS)}{room}号室", f"{rng.choice(BUILDINGS)} {room}",
                               f"{rng.choice(BUILDINGS)}{rng.randint(1, 9)}F"])
    return Address(prefecture, city, town, block, building, postal, area)


def _valid(digits: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(digits, "JP"))


def landline(rng: random.Random, area: str) -> str:
    """Ten digits starting with the area code, valid in Japan's numbering plan."""
    for _ in range(200):
        exchange = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(5 - len(area)))
        digits = area + exchange + f"{rng.randint(0, 9999):04d}"
        if _valid(digits):
            return digits
    raise ValueError(f"no valid number found for area code {area}")


def mobile(rng: random.Random) -> str:
    while True:
        digits = rng.choice(["090", "080", "070"]) + f"{rng.randint(10000000, 99999999)}"
        if _valid(digits):
            return digits


def phone_as(digits: str, area_len: int, style: str) -> str:
    """A phone number as someone writes it: 03-3996-1234, 03(3996)1234, 0339961234,
    full-width, spaced, or +81."""
    a, rest = digits[:area_len], digits[area_len:]
    b, c = rest[:-4], rest[-4:]
    return {"hyphen": f"{a}-{b}-{c}", "paren": f"{a}({b}){c}", "bare": digits, "full": f"{a}-{b}-{c}".translate(FULL),
            "space": f"{a} {b} {c}", "intl": f"+81-{a[1:]}-{b}-{c}", "jparen": f"{a}（{b}）{c}"}[style]
