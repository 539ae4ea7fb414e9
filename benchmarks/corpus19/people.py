"""Corpus 19's synthetic people: its own lists of surnames, given names, readings,
romaji, foreign residents' names, towns and streets; phones in the numbering plan,
births that are real days written the many ways offices write them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import phonenumbers

# (kanji, kana, romaji)
SURNAMES = [("梶浦", "かじうら", "KAJIURA"), ("笹岡", "ささおか", "SASAOKA"), ("鳴海", "なるみ", "NARUMI"),
            ("檜山", "ひやま", "HIYAMA"), ("芦田", "あしだ", "ASHIDA"), ("葛西", "かさい", "KASAI"),
            ("宍戸", "ししど", "SHISHIDO"), ("浜辺", "はまべ", "HAMABE"), ("柘植", "つげ", "TSUGE"),
            ("砂川", "すながわ", "SUNAGAWA"), ("湯浅", "ゆあさ", "YUASA"), ("門脇", "かどわき", "KADOWAKI"),
            ("真壁", "まかべ", "MAKABE"), ("蔵本", "くらもと", "KURAMOTO"), ("五味", "ごみ", "GOMI"),
            ("稲垣", "いながき", "INAGAKI"), ("比嘉", "ひが", "HIGA"), ("帯刀", "たてわき", "TATEWAKI"),
            ("深津", "ふかつ", "FUKATSU"), ("有馬", "ありま", "ARIMA"), ("薬師寺", "やくしじ", "YAKUSHIJI"),
            ("三角", "みすみ", "MISUMI"), ("嶋津", "しまづ", "SHIMAZU"), ("能勢", "のせ", "NOSE"),
            ("久保寺", "くぼでら", "KUBODERA"), ("小宮山", "こみやま", "KOMIYAMA"), ("日置", "ひおき", "HIOKI"),
            ("米倉", "よねくら", "YONEKURA"), ("岩瀬", "いわせ", "IWASE"), ("曽我", "そが", "SOGA"),
            ("塙", "はなわ", "HANAWA"), ("羽賀", "はが", "HAGA"), ("播磨", "はりま", "HARIMA"),
            ("大徳", "だいとく", "DAITOKU"), ("西脇", "にしわき", "NISHIWAKI"), ("雨宮", "あめみや", "AMEMIYA"),
            ("結城", "ゆうき", "YUKI"), ("沼田", "ぬまた", "NUMATA"), ("仲宗根", "なかそね", "NAKASONE"),
            ("漆原", "うるしばら", "URUSHIBARA")]
GIVEN = [("颯太", "そうた", "SOTA"), ("菜摘", "なつみ", "NATSUMI"), ("貴之", "たかゆき", "TAKAYUKI"),
         ("紗希", "さき", "SAKI"), ("宗一郎", "そういちろう", "SOICHIRO"), ("千尋", "ちひろ", "CHIHIRO"),
         ("篤志", "あつし", "ATSUSHI"), ("美雪", "みゆき", "MIYUKI"), ("陽向", "ひなた", "HINATA"),
         ("朋美", "ともみ", "TOMOMI"), ("悠真", "ゆうま", "YUMA"), ("弥生", "やよい", "YAYOI"),
         ("健吾", "けんご", "KENGO"), ("佳織", "かおり", "KAORI"), ("誠司", "せいじ", "SEIJI"),
         ("瑞穂", "みずほ", "MIZUHO"), ("拓海", "たくみ", "TAKUMI"), ("静香", "しずか", "SHIZUKA"),
         ("隆盛", "たかもり", "TAKAMORI"), ("杏奈", "あんな", "ANNA"), ("勘太", "かんた", "KANTA"),
         ("喜久子", "きくこ", "KIKUKO"), ("伸治", "しんじ", "SHINJI"), ("芽衣", "めい", "MEI"),
         ("文雄", "ふみお", "FUMIO"), ("沙耶", "さや", "SAYA"), ("一徹", "いってつ", "ITTETSU"),
         ("和歌子", "わかこ", "WAKAKO"), ("航平", "こうへい", "KOHEI"), ("真琴", "まこと", "MAKOTO")]
FOREIGN = ["王 雨涵", "陳 志明", "劉 佳怡", "張 浩然", "朴 智妍", "金 敏俊", "崔 秀賢", "李 東旭",
           "NGUYEN VAN HUNG", "TRAN THI MAI", "PHAM MINH TUAN", "LE THI HOA", "グエン・ティ・ラン", "ファム・ヴァン・ドゥク",
           "SANTOS MARIA CLARA", "GURUNG ANIL"]
TOWNS = [("埼玉県", "川越市", "新富町", "350-0043"), ("千葉県", "木更津市", "東中央", "292-0805"),
         ("神奈川県", "平塚市", "八重咲町", "254-0811"), ("静岡県", "沼津市", "大手町", "410-0801"),
         ("新潟県", "長岡市", "殿町", "940-0065"), ("岐阜県", "大垣市", "郭町", "503-0887"),
         ("兵庫県", "明石市", "本町", "673-0892"), ("広島県", "呉市", "中通", "737-0046"),
         ("愛媛県", "今治市", "常盤町", "794-0015"), ("福岡県", "久留米市", "日吉町", "830-0017"),
         ("宮城県", "石巻市", "千石町", "986-0827"), ("長野県", "上田市", "中央", "386-0012"),
         ("東京都", "府中市", "宮西町", "183-0022"), ("大阪府", "枚方市", "岡東町", "573-0032"),
         ("北海道", "函館市", "五稜郭町", "040-0001"), ("富山県", "高岡市", "末広町", "933-0023")]
BUILDINGS = ["", "", "", " コーポ青葉201", " メゾン花水木305", "　サンハイツ102号", "-702", " グランシェル弐番館803"]
AREA_CODES = ["03", "06", "045", "052", "0492", "0438", "0463", "055", "0258", "0584", "078", "0823", "0898",
              "0942", "0225", "0268", "042", "072", "0138", "0766"]


@dataclass(frozen=True)
class Person:
    sur: str
    given: str
    sur_kana: str
    given_kana: str
    sur_roman: str
    given_roman: str
    born: date
    town: tuple

    def kanji(self, space: str = " ") -> str:
        return self.sur + space + self.given

    def kana(self, space: str = " ") -> str:
        return self.sur_kana + space + self.given_kana

    def katakana(self, space: str = "　") -> str:
        return to_katakana(self.kana(space))

    def passport_order(self) -> str:
        return f"{self.sur_roman} {self.given_roman}"


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def person(rng: random.Random, young: bool = False) -> Person:
    sur, given = rng.choice(SURNAMES), rng.choice(GIVEN)
    low, high = (2008, 2020) if young else (1938, 2004)
    born = date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
    return Person(sur[0], given[0], sur[1], given[1], sur[2], given[2], born, rng.choice(TOWNS))


def phone(rng: random.Random, mobile: bool | None = None) -> str:
    """A number valid in Japan's plan, written the usual ways."""
    mobile = rng.random() < 0.5 if mobile is None else mobile
    while True:
        if mobile:
            text = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        else:
            area = rng.choice(AREA_CODES)
            exchange = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5 - len(area)))
            text = f"{area}-{exchange}-{rng.randint(0, 9999):04d}"
        parsed = phonenumbers.parse(text.replace("-", ""), "JP")
        if phonenumbers.is_valid_number(parsed):
            return text if mobile else rng.choice([text, text, text, text.replace("-", "(", 1).replace("-", ")", 1)])


def address(rng: random.Random, town: tuple, with_prefecture: bool = True) -> str:
    pref, city, street, _ = town
    block = f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号" if rng.random() < 0.5 else \
        f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 15)}"
    return (pref if with_prefecture else "") + city + street + block + rng.choice(BUILDINGS).rstrip()


def postal(town: tuple) -> str:
    return town[3]


def email(rng: random.Random, who: Person) -> str:
    domain = rng.choice(["mail.example.jp", "example.ne.jp", "example.com", "docomo.example.jp", "ezweb.example.ne.jp"])
    sur, given = who.sur_roman.lower(), who.given_roman.lower()
    name = rng.choice([f"{sur}.{given}", f"{given}{rng.randint(1, 99)}",
                       f"{who.sur_roman[0].lower()}{who.given_roman.lower()}_{who.born.year % 100:02d}"])
    return f"{name}@{domain}"


ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"


def kanji_numeral(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + (KANJI[ones] if ones else "") or "〇"


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def birth_text(rng: random.Random, day: date, style: str | None = None) -> str:
    """A real day in one of the offices' ways of writing it."""
    name, letter, year = era_of(day)
    styles = {"west": f"{day.year}年{day.month}月{day.day}日", "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
              "dash": day.isoformat(), "era": f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日",
              "letter": f"{letter}{year:02d}.{day.month:02d}.{day.day:02d}",
              "short": f"{name[0]}{year}.{day.month}.{day.day}",
              "kanji": f"{name}{'元' if year == 1 else kanji_numeral(year)}年"
                       f"{kanji_numeral(day.month)}月{kanji_numeral(day.day)}日",
              "packed": day.strftime("%Y%m%d")}
    return styles[style or rng.choice(list(styles))]
