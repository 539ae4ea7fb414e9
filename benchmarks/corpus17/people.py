"""Synthetic people: names (Japanese kanji, kana and romaji; Chinese, Korean,
Vietnamese), addresses, phones valid in the numbering plan, e-mail addresses and
births written the many ways offices write them. Every list here is corpus 17's own."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

# surname kanji, kana reading, romaji
SURNAMES = [("宇佐美", "ウサミ", "Usami"), ("仁科", "ニシナ", "Nishina"), ("秋葉", "アキバ", "Akiba"),
            ("篠塚", "シノヅカ", "Shinozuka"), ("牧村", "マキムラ", "Makimura"), ("蓮見", "ハスミ", "Hasumi"),
            ("江藤", "エトウ", "Eto"), ("古賀", "コガ", "Koga"), ("桐生", "キリュウ", "Kiryu"),
            ("笹川", "ササカワ", "Sasakawa"), ("二階堂", "ニカイドウ", "Nikaido"), ("芦田", "アシダ", "Ashida"),
            ("城戸", "キド", "Kido"), ("日下部", "クサカベ", "Kusakabe"), ("柚木", "ユノキ", "Yunoki"),
            ("真壁", "マカベ", "Makabe"), ("鳴海", "ナルミ", "Narumi"), ("浅利", "アサリ", "Asari"),
            ("玉置", "タマキ", "Tamaki"), ("野々村", "ノノムラ", "Nonomura"), ("樋渡", "ヒワタシ", "Hiwatashi"),
            ("都築", "ツヅキ", "Tsuzuki"), ("吉武", "ヨシタケ", "Yoshitake"), ("小野寺", "オノデラ", "Onodera"),
            ("湊", "ミナト", "Minato"), ("御手洗", "ミタライ", "Mitarai"), ("鮫島", "サメジマ", "Samejima"),
            ("瓜生", "ウリュウ", "Uryu"), ("阿久津", "アクツ", "Akutsu"), ("舟木", "フナキ", "Funaki"),
            ("坂巻", "サカマキ", "Sakamaki"), ("大河内", "オオコウチ", "Okochi"), ("砂川", "スナガワ", "Sunagawa"),
            ("東海林", "ショウジ", "Shoji"), ("梶原", "カジワラ", "Kajiwara"), ("茅野", "チノ", "Chino"),
            ("八木沢", "ヤギサワ", "Yagisawa"), ("雨宮", "アメミヤ", "Amemiya"), ("岩瀬", "イワセ", "Iwase"),
            ("比嘉", "ヒガ", "Higa"), ("宮城", "ミヤギ", "Miyagi"), ("今泉", "イマイズミ", "Imaizumi"),
            ("瀬戸口", "セトグチ", "Setoguchi"), ("加賀谷", "カガヤ", "Kagaya"), ("一ノ瀬", "イチノセ", "Ichinose"),
            ("若狭", "ワカサ", "Wakasa"), ("橘", "タチバナ", "Tachibana"), ("福永", "フクナガ", "Fukunaga")]
GIVEN = [("敬吾", "ケイゴ", "Keigo"), ("瑞穂", "ミズホ", "Mizuho"), ("朔也", "サクヤ", "Sakuya"),
         ("千尋", "チヒロ", "Chihiro"), ("航平", "コウヘイ", "Kohei"), ("美緒", "ミオ", "Mio"),
         ("嘉一", "カイチ", "Kaichi"), ("志保", "シホ", "Shiho"), ("匠", "タクミ", "Takumi"),
         ("絢子", "アヤコ", "Ayako"), ("輝彦", "テルヒコ", "Teruhiko"), ("柚葉", "ユズハ", "Yuzuha"),
         ("健太朗", "ケンタロウ", "Kentaro"), ("早苗", "サナエ", "Sanae"), ("律", "リツ", "Ritsu"),
         ("紗季", "サキ", "Saki"), ("昌平", "ショウヘイ", "Shohei"), ("静香", "シズカ", "Shizuka"),
         ("篤志", "アツシ", "Atsushi"), ("真由子", "マユコ", "Mayuko"), ("伸之", "ノブユキ", "Nobuyuki"),
         ("葵", "アオイ", "Aoi"), ("正臣", "マサオミ", "Masaomi"), ("日向子", "ヒナコ", "Hinako"),
         ("達彦", "タツヒコ", "Tatsuhiko"), ("芙美", "フミ", "Fumi"), ("陸斗", "リクト", "Rikuto"),
         ("佳織", "カオリ", "Kaori"), ("善次郎", "ゼンジロウ", "Zenjiro"), ("小春", "コハル", "Koharu"),
         ("雅樹", "マサキ", "Masaki"), ("澄江", "スミエ", "Sumie"), ("晴臣", "ハルオミ", "Haruomi"),
         ("梢", "コズエ", "Kozue"), ("耕作", "コウサク", "Kosaku"), ("里穂", "リホ", "Riho")]
# foreign residents: (name as written, romaji or reading) — Chinese, Korean, Vietnamese
FOREIGN = [("王 暁明", "WANG XIAOMING"), ("劉 佳怡", "LIU JIAYI"), ("陳 志強", "CHEN ZHIQIANG"),
           ("趙 麗娜", "ZHAO LINA"), ("朴 智恩", "PARK JIEUN"), ("金 民俊", "KIM MINJUN"),
           ("李 秀賢", "LEE SUHYUN"), ("崔 允浩", "CHOI YUNHO"), ("NGUYEN VAN HUNG", "グエン・ヴァン・フン"),
           ("TRAN THI LAN", "チャン・ティ・ラン"), ("PHAM MINH TUAN", "ファム・ミン・トゥアン"),
           ("LE THI HOA", "レ・ティ・ホア"), ("黄 文傑", "HUANG WENJIE"), ("鄭 美羅", "JUNG MIRA")]

# prefecture, city, town
PLACES = [("北海道", "旭川市", "春光町"), ("青森県", "弘前市", "桔梗野"), ("宮城県", "石巻市", "門脇町"),
          ("福島県", "会津若松市", "城東町"), ("茨城県", "土浦市", "真鍋新町"), ("栃木県", "足利市", "緑町"),
          ("群馬県", "桐生市", "相生町"), ("埼玉県", "所沢市", "北野新町"), ("千葉県", "木更津市", "請西"),
          ("東京都", "国分寺市", "光町"), ("東京都", "江戸川区", "南篠崎町"), ("神奈川県", "茅ヶ崎市", "浜之郷"),
          ("新潟県", "長岡市", "千秋"), ("富山県", "高岡市", "博労本町"), ("長野県", "松本市", "蟻ケ崎"),
          ("岐阜県", "大垣市", "林町"), ("静岡県", "沼津市", "大手町"), ("愛知県", "豊橋市", "向山町"),
          ("三重県", "四日市市", "鵜の森"), ("滋賀県", "彦根市", "平田町"), ("京都府", "宇治市", "木幡"),
          ("大阪府", "枚方市", "香里ケ丘"), ("兵庫県", "姫路市", "飾磨区清水"), ("奈良県", "橿原市", "八木町"),
          ("岡山県", "倉敷市", "玉島阿賀崎"), ("広島県", "呉市", "広古新開"), ("山口県", "下関市", "彦島迫町"),
          ("愛媛県", "今治市", "旭町"), ("福岡県", "久留米市", "東合川"), ("熊本県", "八代市", "松江城町"),
          ("鹿児島県", "霧島市", "国分中央"), ("沖縄県", "浦添市", "牧港")]
BUILDINGS = ["", "", "", "コーポ白樺203", "メゾン朝凪105", "グランシャリオ402", "ハイツ若葉2-B", "第三清風荘11号室"]
MOBILE = ["090", "080", "070"]
LANDLINE = [("03", 4), ("06", 4), ("011", 3), ("022", 3), ("045", 3), ("052", 3), ("075", 3), ("092", 3),
            ("0263", 2), ("0276", 2), ("0439", 2), ("0568", 2), ("0948", 2), ("0166", 2), ("0985", 2)]
MAIL_HOSTS = ["kazemail.jp", "tsubame.ne.jp", "hoshi-net.jp", "mb.shirakaba.or.jp", "yuzu-mail.com", "docomo.ne.jp"]


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    kana_family: str
    kana_given: str
    roman_family: str
    roman_given: str
    born: date
    foreign: bool = False

    def kanji(self, space: str = " ") -> str:
        return self.family if self.foreign else f"{self.family}{space}{self.given}"

    def kana(self, space: str = " ") -> str:
        return f"{self.kana_family}{space}{self.kana_given}".strip()

    def roman(self) -> str:
        """Passport order: family name first, capitals."""
        return f"{self.roman_family.upper()} {self.roman_given.upper()}"

    def western(self) -> str:
        return f"{self.roman_given} {self.roman_family}"


def person(rng: random.Random, young: bool = False, foreign: bool = False) -> Person:
    start = date(1996, 1, 1) if young else date(1938, 1, 1)
    span = (date(2016, 12, 31) if young else date(2004, 12, 31)) - start
    born = start + timedelta(days=rng.randint(0, span.days))
    if foreign:
        written, other = rng.choice(FOREIGN)
        if written.isascii():
            parts = written.split()
            return Person(written, "", other, "", parts[0].title(), " ".join(parts[1:]).title(), born, True)
        family_en, given_en = other.split()
        return Person(written, "", "", "", family_en.title(), given_en.title(), born, True)
    f, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    return Person(f[0], g[0], f[1], g[1], f[2], g[2], born)


def phone(rng: random.Random, mobile: bool | None = None, sep: str = "-") -> str:
    while True:
        if mobile if mobile is not None else rng.random() < 0.55:
            parts = [rng.choice(MOBILE), str(rng.randint(1, 9)) + f"{rng.randint(0, 999):03d}", f"{rng.randint(0, 9999):04d}"]
        else:
            area, local = rng.choice(LANDLINE)
            rest = 8 - len(area) + 2 - local
            parts = [area, str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(local - 1)),
                     f"{rng.randint(0, 10 ** rest - 1):0{rest}d}"]
        number = sep.join(parts)
        if phonenumbers.is_valid_number(phonenumbers.parse(number.replace(sep, "") if sep else number, "JP")):
            return number


def postal(rng: random.Random) -> str:
    return f"{rng.randint(100, 998)}-{rng.randint(0, 9999):04d}"


def address(rng: random.Random, prefecture: bool = True) -> str:
    pref, city, town = rng.choice(PLACES)
    block = rng.choice([f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 25)}号",
                        f"{rng.randint(1, 5)}-{rng.randint(1, 40)}-{rng.randint(1, 20)}",
                        f"{rng.randint(100, 2999)}番地{rng.choice(['', 'の' + str(rng.randint(2, 9))])}"])
    building = rng.choice(BUILDINGS)
    return f"{pref if prefecture else ''}{city}{town}{block}" + (f" {building}" if building else "")


def email(rng: random.Random, who: Person) -> str:
    local = rng.choice([f"{who.roman_given.lower()}.{who.roman_family.lower()}",
                        f"{who.roman_family.lower()}{who.born.year % 100:02d}",
                        f"{who.roman_given[0].lower()}-{who.roman_family.lower()}{rng.randint(1, 99)}",
                        f"{who.roman_given.lower()}_{who.born.month:02d}{who.born.day:02d}"])
    return f"{local.replace(' ', '')}@{rng.choice(MAIL_HOSTS)}"


ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + ("" if ones == 0 else KANJI[ones])


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def birth_text(rng: random.Random, day: date, style: str | None = None) -> str:
    """A birth as written: Western, 和暦, abbreviated era, kanji numerals or packed."""
    name, letter, year = era_of(day)
    style = style or rng.choice(["west", "slash", "era", "era", "abbr", "short", "kanji", "packed", "dash"])
    y = "元" if year == 1 and style in ("era", "kanji") else str(year)
    return {"west": f"{day.year}年{day.month}月{day.day}日",
            "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
            "dash": f"{day.year}-{day.month:02d}-{day.day:02d}",
            "era": f"{name}{y}年{day.month}月{day.day}日",
            "abbr": f"{letter}{year}.{day.month}.{day.day}",
            "short": f"{name[0]}{year:02d}.{day.month:02d}.{day.day:02d}",
            "kanji": f"{name}{'元' if year == 1 else kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
            "packed": f"{day.year}{day.month:02d}{day.day:02d}"}[style]


def other_date(rng: random.Random, style: str | None = None) -> tuple[str, date]:
    """A recent date (a visit, a contract, a booking): not a birth."""
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1400))
    return birth_text(rng, day, style or rng.choice(["west", "slash", "era", "abbr"])), day
