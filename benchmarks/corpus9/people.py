"""Made-up people of corpus 9: names (Japanese with readings and romaji; Chinese,
Korean, Vietnamese, Filipino, Nepali, Brazilian), addresses, phones, mail
addresses and births written in many hands. Every list here was written for this
corpus."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus9.model import Mark, v

# surname: (kanji, kana, romaji)
SURNAMES = [(k, n, r) for k, n, r in (s.split("/") for s in """
樋渡/ヒワタシ/HIWATASHI 眞鍋/マナベ/MANABE 狩野/カノウ/KANO 宍戸/シシド/SHISHIDO 秋吉/アキヨシ/AKIYOSHI
江頭/エガシラ/EGASHIRA 楠木/クスノキ/KUSUNOKI 曽我部/ソガベ/SOGABE 乙部/オトベ/OTOBE 百瀬/モモセ/MOMOSE
鬼塚/オニヅカ/ONIZUKA 梶原/カジワラ/KAJIWARA 寒川/サムカワ/SAMUKAWA 玉城/タマキ/TAMAKI 比嘉/ヒガ/HIGA
仲宗根/ナカソネ/NAKASONE 城間/シロマ/SHIROMA 金城/キンジョウ/KINJO 我那覇/ガナハ/GANAHA 新垣/アラカキ/ARAKAKI
蛭田/ヒルタ/HIRUTA 磯貝/イソガイ/ISOGAI 猪俣/イノマタ/INOMATA 雨宮/アメミヤ/AMEMIYA 五味/ゴミ/GOMI
塩見/シオミ/SHIOMI 鳥海/トリウミ/TORIUMI 鷲尾/ワシオ/WASHIO 熊谷/クマガイ/KUMAGAI 柳瀬/ヤナセ/YANASE
丹羽/ニワ/NIWA 古賀/コガ/KOGA 甲斐/カイ/KAI 財前/ザイゼン/ZAIZEN 二階堂/ニカイドウ/NIKAIDO
東海林/ショウジ/SHOJI 小此木/オコノギ/OKONOGI 四方田/ヨモダ/YOMODA 勅使河原/テシガハラ/TESHIGAHARA 薬師寺/ヤクシジ/YAKUSHIJI
早乙女/サオトメ/SAOTOME 半田/ハンダ/HANDA 戸塚/トツカ/TOTSUKA 沼尻/ヌマジリ/NUMAJIRI 米澤/ヨネザワ/YONEZAWA
白鳥/シラトリ/SHIRATORI 千葉/チバ/CHIBA 及川/オイカワ/OIKAWA 小野塚/オノヅカ/ONOZUKA 三上/ミカミ/MIKAMI
工藤/クドウ/KUDO 成田/ナリタ/NARITA 葛西/カサイ/KASAI 佐々木/ササキ/SASAKI 畠山/ハタケヤマ/HATAKEYAMA
安達/アダチ/ADACHI 浅利/アサリ/ASARI 大庭/オオバ/OBA 須藤/スドウ/SUDO 野々村/ノノムラ/NONOMURA
""".split())]

# given names: (kanji, kana, romaji, sex)
GIVEN = [(k, n, r, x) for k, n, r, x in (s.split("/") for s in """
篤志/アツシ/ATSUSHI/M 啓介/ケイスケ/KEISUKE/M 晃/アキラ/AKIRA/M 智之/トモユキ/TOMOYUKI/M 昌平/ショウヘイ/SHOHEI/M
将吾/ショウゴ/SHOGO/M 浩二/コウジ/KOJI/M 隼人/ハヤト/HAYATO/M 勝也/カツヤ/KATSUYA/M 悠真/ユウマ/YUMA/M
恭平/キョウヘイ/KYOHEI/M 龍之介/リュウノスケ/RYUNOSUKE/M 武/タケシ/TAKESHI/M 修/オサム/OSAMU/M 清志/キヨシ/KIYOSHI/M
宗一郎/ソウイチロウ/SOICHIRO/M 航/ワタル/WATARU/M 陽介/ヨウスケ/YOSUKE/M 直樹/ナオキ/NAOKI/M 義男/ヨシオ/YOSHIO/M
敏行/トシユキ/TOSHIYUKI/M 颯太/ソウタ/SOTA/M 信吾/シンゴ/SHINGO/M 貴之/タカユキ/TAKAYUKI/M
千尋/チヒロ/CHIHIRO/F 佳奈/カナ/KANA/F 美穂/ミホ/MIHO/F 由紀子/ユキコ/YUKIKO/F 朋美/トモミ/TOMOMI/F
綾乃/アヤノ/AYANO/F 志保/シホ/SHIHO/F 菜々子/ナナコ/NANAKO/F 結衣/ユイ/YUI/F 弥生/ヤヨイ/YAYOI/F
恵理/エリ/ERI/F 真由美/マユミ/MAYUMI/F 久美子/クミコ/KUMIKO/F 麻衣/マイ/MAI/F 裕子/ユウコ/YUKO/F
瑞穂/ミズホ/MIZUHO/F 静香/シズカ/SHIZUKA/F 梢/コズエ/KOZUE/F 紗希/サキ/SAKI/F 芳江/ヨシエ/YOSHIE/F
千代子/チヨコ/CHIYOKO/F 早苗/サナエ/SANAE/F 琴音/コトネ/KOTONE/F 陽菜/ヒナ/HINA/F 沙織/サオリ/SAORI/F
""".split())]

# people from abroad: (written name, katakana or None, romaji in passport order, nationality)
FOREIGN = [tuple(s.strip().split("/")) for s in """
劉建華/リュウ・ケンカ/LIU JIANHUA/中国;
孫麗娜/ソン・リナ/SUN LINA/中国;
鄭海峰/テイ・カイホウ/ZHENG HAIFENG/中国;
胡暁燕/コ・ギョウエン/HU XIAOYAN/中国;
馬俊傑/マ・シュンケツ/MA JUNJIE/中国;
何雪梅/カ・セツバイ/HE XUEMEI/中国;
崔明浩/チェ・ミョンホ/CHOI MYUNGHO/韓国;
尹智恩/ユン・ジウン/YUN JIEUN/韓国;
姜東旭/カン・ドンウク/KANG DONGWOOK/韓国;
韓秀晶/ハン・スジョン/HAN SUJEONG/韓国;
PHAM VAN DUC/ファム・ヴァン・ドゥック/PHAM VAN DUC/ベトナム;
VU THI LAN/ヴー・ティ・ラン/VU THI LAN/ベトナム;
DO MINH TUAN/ドー・ミン・トゥアン/DO MINH TUAN/ベトナム;
BUI THI NGOC/ブイ・ティ・ゴック/BUI THI NGOC/ベトナム;
HOANG VAN NAM/ホアン・ヴァン・ナム/HOANG VAN NAM/ベトナム;
DELA CRUZ MARIA/デラクルス・マリア/DELA CRUZ MARIA/フィリピン;
REYES JOSELITO/レイエス・ホセリト/REYES JOSELITO/フィリピン;
SANTOS ANGELICA/サントス・アンジェリカ/SANTOS ANGELICA/フィリピン;
GURUNG BIKASH/グルン・ビカシュ/GURUNG BIKASH/ネパール;
THAPA SUNITA/タパ・スニタ/THAPA SUNITA/ネパール;
SHRESTHA RAJESH/シュレスタ・ラジェシュ/SHRESTHA RAJESH/ネパール;
OLIVEIRA RAFAEL/オリベイラ・ハファエル/OLIVEIRA RAFAEL/ブラジル;
SOUZA JULIANA/ソウザ・ジュリアナ/SOUZA JULIANA/ブラジル;
PUTRI AYU/プトゥリ・アユ/PUTRI AYU/インドネシア;
SETIAWAN BUDI/スティアワン・ブディ/SETIAWAN BUDI/インドネシア
""".split(";")]

# (prefecture, city, towns, postal prefix, area code, local digits)
PLACES = [
    ("北海道", "釧路市", ("鳥取南", "新富士町", "愛国東"), "084", "0154", 6),
    ("青森県", "八戸市", ("白銀町", "小中野", "湊高台"), "031", "0178", 6),
    ("宮城県", "石巻市", ("渡波", "中里", "蛇田"), "986", "0225", 6),
    ("新潟県", "長岡市", ("東坂之上町", "殿町", "千秋"), "940", "0258", 6),
    ("静岡県", "焼津市", ("小川", "石津", "浜当目"), "425", "054", 7),
    ("千葉県", "銚子市", ("飯沼町", "清川町", "外川町"), "288", "0479", 6),
    ("東京都", "大田区", ("羽田", "蒲田本町", "東糀谷"), "144", "03", 8),
    ("東京都", "足立区", ("千住旭町", "梅島", "竹の塚"), "120", "03", 8),
    ("神奈川県", "横須賀市", ("汐入町", "追浜本町", "久里浜"), "238", "046", 7),
    ("愛知県", "豊橋市", ("花田町", "牛川通", "向山町"), "440", "0532", 6),
    ("三重県", "鳥羽市", ("鳥羽", "相差町", "安楽島町"), "517", "0599", 6),
    ("大阪府", "堺市堺区", ("大浜北町", "熊野町東", "錦之町西"), "590", "072", 7),
    ("兵庫県", "姫路市", ("飾磨区細江", "白浜町", "網干区新在家"), "670", "079", 7),
    ("広島県", "呉市", ("本通", "阿賀中央", "広古新開"), "737", "0823", 6),
    ("愛媛県", "宇和島市", ("丸之内", "弁天町", "寿町"), "798", "0895", 6),
    ("福岡県", "北九州市若松区", ("本町", "栄盛川町", "藤ノ木"), "808", "093", 7),
    ("長崎県", "佐世保市", ("島瀬町", "早岐", "相浦町"), "857", "0956", 6),
    ("沖縄県", "糸満市", ("西崎町", "兼城", "潮平"), "901", "098", 7),
    ("鹿児島県", "枕崎市", ("港町", "東本町", "白沢北町"), "898", "0993", 6),
    ("長野県", "飯田市", ("本町", "知久町", "鼎東鼎"), "395", "0265", 6),
]
BUILDINGS = ["ハイツ潮見", "コーポ松原", "グランフォレスト", "メゾン青葉", "サンライズ西", "第二清風荘", "レジデンス港南"]
MAIL_DOMAINS = ["example.jp", "example.ne.jp", "mail.example.com", "example.co.jp"]
KANJI_DIGIT = "〇一二三四五六七八九"
RELATION_SEX = {"妻": "F", "母": "F", "姉": "F", "長女": "F", "夫": "M", "父": "M", "兄": "M", "長男": "M"}


def kanji_number(n: int) -> str:
    """12 -> 十二, 40 -> 四十, 7 -> 七."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI_DIGIT[tens]) + "十" if tens else "") + (KANJI_DIGIT[ones] if ones else "")


@dataclass
class Person:
    family: tuple
    given: tuple
    sex: str
    birth: date
    place: tuple
    town: str
    numbers: tuple  # 丁目, 番, 号
    building: str
    postal: str
    phone: str
    mobile: str
    email: str

    @property
    def kanji(self) -> str:
        return self.family[0] + self.given[0]

    def name(self, style: str = "space") -> Mark:
        f, g = self.family, self.given
        text = {"space": f"{f[0]} {g[0]}", "tight": f"{f[0]}{g[0]}", "wide": f"{f[0]}\u3000{g[0]}",
                "kana": f"{f[1]} {g[1]}", "kana_tight": f"{f[1]}{g[1]}", "kana_half": half_width(f"{f[1]} {g[1]}"),
                "passport": f"{f[2]} {g[2]}",
                "western": f"{g[2].title()} {f[2].title()}", "family": f[0]}[style]
        return v("PERSON", text)

    def address(self, style: str = "full") -> Mark:
        pref, city = self.place[0], self.place[1]
        c, b, g = self.numbers
        room = f" {self.building}{(c % 4 + 1) * 100 + g}号室" if self.building else ""
        text = {"full": f"{pref}{city}{self.town}{c}丁目{b}番{g}号{room}",
                "no_room": f"{pref}{city}{self.town}{c}丁目{b}番{g}号",
                "hyphen": f"{pref}{city}{self.town}{c}-{b}-{g}{room.replace('号室', '')}",
                "no_pref": f"{city}{self.town}{c}-{b}-{g}",
                "kanji": f"{pref}{city}{self.town}{kanji_number(c)}丁目{kanji_number(b)}番地{kanji_number(g)}",
                "fullwidth": f"{pref}{city}{self.town}{c}－{b}－{g}".translate(FULLWIDTH)}[style]
        return v("ADDRESS", text)

    def postal_code(self, style: str = "hyphen") -> Mark:
        text = {"hyphen": f"{self.postal[:3]}-{self.postal[3:]}", "plain": self.postal,
                "mark": f"〒{self.postal[:3]}-{self.postal[3:]}", "mark_plain": f"〒{self.postal}"}[style]
        return v("POSTAL_CODE", text)

    def tel(self, mobile: bool = False, style: str = "hyphen") -> Mark:
        return v("PHONE", phone_text(self.mobile if mobile else self.phone, style))

    def mail(self) -> Mark:
        return v("EMAIL", self.email)

    def born(self, style: str = "wareki") -> Mark:
        return birth(self.birth, style)

    @property
    def age(self) -> int:
        return 2026 - self.birth.year - ((self.birth.month, self.birth.day) > (10, 1))


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _half_width_table() -> dict[str, str]:
    """Full-width katakana to the half-width forms host exports print (ｶﾞ for ガ)."""
    table = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0xFF61, 0xFF9E)}
    for full, half in list(table.items()):
        for mark, half_mark in (("\u3099", "ﾞ"), ("\u309a", "ﾟ")):
            composed = unicodedata.normalize("NFC", full + mark)
            if len(composed) == 1:
                table[composed] = half + half_mark
    return table


HALF_WIDTH = _half_width_table()


def half_width(text: str) -> str:
    return "".join(HALF_WIDTH.get(ch, ch) for ch in text)


def phone_text(digits: str, style: str) -> str:
    """digits as a writer puts them: 0154-22-3456, 0154(22)3456, 0154223456, +81 154-22-3456."""
    number = phonenumbers.parse(digits, "JP")
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "plain":
        return digits
    if style == "paren":
        head, *rest = national.split("-")
        return f"{head}({rest[0]}){rest[1]}" if len(rest) == 2 else national
    if style == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "fullwidth":
        return national.translate(FULLWIDTH).replace("-", "－")
    return national


ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def date_text(day: date, style: str) -> str:
    name, letter, year = era_of(day)
    y = "元" if year == 1 and style in ("wareki", "wareki_kanji") else str(year)
    return {"wareki": f"{name}{y}年{day.month}月{day.day}日",
            "wareki_short": f"{letter}{year}.{day.month}.{day.day}",
            "wareki_pad": f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}",
            "wareki_kanji": f"{name}{'元' if year == 1 else kanji_number(year)}年{kanji_number(day.month)}月"
                            f"{kanji_number(day.day)}日",
            "western": f"{day.year}年{day.month}月{day.day}日",
            "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
            "iso": day.isoformat(),
            "packed": f"{day:%Y%m%d}",
            "dot": f"{day.year}.{day.month}.{day.day}"}[style]


def birth(day: date, style: str = "wareki") -> Mark:
    return v("DATE_OF_BIRTH", date_text(day, style), date=day.isoformat())


class People:
    """Draws made-up people (and foreign residents) from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def person(self, born_from: int = 1945, born_to: int = 2004, sex: str | None = None) -> Person:
        rng = self.rng
        while True:
            family = rng.choice(SURNAMES)
            given = rng.choice([g for g in GIVEN if sex is None or g[3] == sex])
            if family[0] + given[0] not in self.used or len(self.used) > 2500:
                break
        self.used.add(family[0] + given[0])
        place = rng.choice(PLACES)
        day = date(born_from, 1, 1) + timedelta(days=rng.randrange((born_to - born_from) * 365))
        mail_name = rng.choice([f"{given[2].lower()}.{family[2].lower()}",
                                f"{family[2].lower()}{rng.randrange(10, 99)}",
                                f"{given[2][0].lower()}{family[2].lower()}{day.year % 100:02d}"])
        return Person(family, given, given[3], day, place, rng.choice(place[2]),
                      (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)),
                      rng.choice(BUILDINGS) if rng.random() < 0.35 else "",
                      place[3] + f"{rng.randrange(10000):04d}", self.landline(place), self.mobile(),
                      f"{mail_name}@{rng.choice(MAIL_DOMAINS)}")

    def landline(self, place: tuple) -> str:
        while True:
            local = str(self.rng.randint(2, 9)) + "".join(str(self.rng.randrange(10)) for _ in range(place[5] - 1))
            digits = place[4] + local
            if len(digits) == 10 and phonenumbers.is_valid_number(phonenumbers.parse(digits, "JP")):
                return digits

    def mobile(self) -> str:
        while True:
            digits = self.rng.choice(["090", "080", "070"]) + "".join(str(self.rng.randrange(10)) for _ in range(8))
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "JP")):
                return digits

    def foreigner(self) -> tuple:
        return self.rng.choice(FOREIGN)

    def day(self, year_from: int = 2024, year_to: int = 2026) -> date:
        return date(year_from, 1, 1) + timedelta(days=self.rng.randrange((year_to - year_from) * 365 + 270))
