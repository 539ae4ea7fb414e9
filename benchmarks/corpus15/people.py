"""Made-up people of corpus 15: names (Japanese, Chinese, Korean, Vietnamese),
addresses, contacts and births, from lists written for this corpus alone."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

SURNAMES = [("津久井", "ツクイ", "TSUKUI"), ("八木沢", "ヤギサワ", "YAGISAWA"), ("門脇", "カドワキ", "KADOWAKI"),
            ("椎名", "シイナ", "SHIINA"), ("水嶋", "ミズシマ", "MIZUSHIMA"), ("諏訪部", "スワベ", "SUWABE"),
            ("古賀", "コガ", "KOGA"), ("宍戸", "シシド", "SHISHIDO"), ("鶴見", "ツルミ", "TSURUMI"),
            ("蓮見", "ハスミ", "HASUMI"), ("仁科", "ニシナ", "NISHINA"), ("阿久津", "アクツ", "AKUTSU"),
            ("設楽", "シダラ", "SHIDARA"), ("小田桐", "オダギリ", "ODAGIRI"), ("牧瀬", "マキセ", "MAKISE"),
            ("日向", "ヒュウガ", "HYUGA"), ("真壁", "マカベ", "MAKABE"), ("久米", "クメ", "KUME"),
            ("桐生", "キリュウ", "KIRYU"), ("三ツ矢", "ミツヤ", "MITSUYA"), ("朝比奈", "アサヒナ", "ASAHINA"),
            ("井筒", "イヅツ", "IZUTSU"), ("岩渕", "イワブチ", "IWABUCHI"), ("大庭", "オオバ", "OBA"),
            ("鏑木", "カブラギ", "KABURAGI"), ("神保", "ジンボ", "JIMBO"), ("瀬古", "セコ", "SEKO"),
            ("玉置", "タマキ", "TAMAKI"), ("寺嶋", "テラシマ", "TERASHIMA"), ("那須", "ナス", "NASU"),
            ("温水", "ヌクミズ", "NUKUMIZU"), ("浜口", "ハマグチ", "HAMAGUCHI"), ("二階堂", "ニカイドウ", "NIKAIDO"),
            ("穂積", "ホヅミ", "HOZUMI"), ("南雲", "ナグモ", "NAGUMO"), ("村越", "ムラコシ", "MURAKOSHI"),
            ("望月", "モチヅキ", "MOCHIZUKI"), ("矢吹", "ヤブキ", "YABUKI"), ("湯浅", "ユアサ", "YUASA"),
            ("和久井", "ワクイ", "WAKUI"), ("相楽", "サガラ", "SAGARA"), ("國分", "コクブン", "KOKUBUN")]
GIVEN = [("紗季", "サキ", "SAKI"), ("慎之介", "シンノスケ", "SHINNOSUKE"), ("柚葉", "ユズハ", "YUZUHA"),
         ("将吾", "ショウゴ", "SHOGO"), ("千尋", "チヒロ", "CHIHIRO"), ("耕平", "コウヘイ", "KOHEI"),
         ("芙美子", "フミコ", "FUMIKO"), ("達彦", "タツヒコ", "TATSUHIKO"), ("琴音", "コトネ", "KOTONE"),
         ("昌平", "ショウヘイ", "SHOHEI"), ("由紀江", "ユキエ", "YUKIE"), ("晴臣", "ハルオミ", "HARUOMI"),
         ("あかね", "アカネ", "AKANE"), ("善治", "ゼンジ", "ZENJI"), ("美穂子", "ミホコ", "MIHOKO"),
         ("航大", "コウダイ", "KODAI"), ("しのぶ", "シノブ", "SHINOBU"), ("敬三", "ケイゾウ", "KEIZO"),
         ("瑞穂", "ミズホ", "MIZUHO"), ("匠", "タクミ", "TAKUMI"), ("乃愛", "ノア", "NOA"),
         ("勘太郎", "カンタロウ", "KANTARO"), ("佐和子", "サワコ", "SAWAKO"), ("廉", "レン", "REN"),
         ("朋恵", "トモエ", "TOMOE"), ("伸之", "ノブユキ", "NOBUYUKI"), ("ひなた", "ヒナタ", "HINATA"),
         ("史郎", "シロウ", "SHIRO"), ("郁代", "イクヨ", "IKUYO"), ("颯真", "ソウマ", "SOMA"),
         ("恵理", "エリ", "ERI"), ("文吾", "ブンゴ", "BUNGO"), ("七海", "ナナミ", "NANAMI"),
         ("孝典", "タカノリ", "TAKANORI"), ("澄江", "スミエ", "SUMIE"), ("陽向", "ヒナタ", "HINATA")]
CHINESE = [("趙", "麗華", "ZHAO LIHUA"), ("孫", "志強", "SUN ZHIQIANG"), ("胡", "静怡", "HU JINGYI"),
           ("郭", "浩然", "GUO HAORAN"), ("馬", "雪梅", "MA XUEMEI"), ("林", "家豪", "LIN JIAHAO")]
KOREAN = [("崔", "秀妍", "CHOI SUYEON"), ("姜", "東元", "KANG DONGWON"), ("尹", "智恩", "YOON JIEUN"),
          ("韓", "在錫", "HAN JAESEOK"), ("申", "惠貞", "SHIN HYEJEONG")]
VIETNAMESE = ["PHAM THI LAN", "VO VAN HUNG", "DANG THI MAI", "BUI QUANG MINH", "HOANG THI THU", "DO VAN KHANH"]

# (prefecture, city, towns, postal prefix, area code)
PLACES = [("岩手県", "盛岡市", ["上田", "高松", "月が丘"], "020", "019"),
          ("群馬県", "高崎市", ["上並榎町", "飯塚町", "問屋町"], "370", "027"),
          ("千葉県", "柏市", ["豊四季", "若柴", "逆井"], "277", "04"),
          ("東京都", "杉並区", ["阿佐谷北", "高円寺南", "荻窪"], "166", "03"),
          ("東京都", "葛飾区", ["東金町", "お花茶屋", "柴又"], "125", "03"),
          ("神奈川県", "相模原市南区", ["相模大野", "東林間", "上鶴間本町"], "252", "042"),
          ("静岡県", "沼津市", ["大岡", "我入道", "下香貫"], "410", "055"),
          ("石川県", "金沢市", ["長町", "寺町", "小立野"], "920", "076"),
          ("愛知県", "岡崎市", ["康生通", "羽根町", "美合町"], "444", "0564"),
          ("滋賀県", "草津市", ["野路", "南草津", "矢橋町"], "525", "077"),
          ("大阪府", "吹田市", ["千里山西", "江坂町", "岸部北"], "564", "06"),
          ("兵庫県", "姫路市", ["飾磨区今在家", "御立西", "野里"], "670", "079"),
          ("岡山県", "倉敷市", ["中庄", "玉島", "水江"], "710", "086"),
          ("愛媛県", "松山市", ["道後湯之町", "久万ノ台", "北条辻"], "790", "089"),
          ("福岡県", "久留米市", ["東合川", "御井町", "合川町"], "830", "0942"),
          ("鹿児島県", "霧島市", ["国分中央", "隼人町見次", "溝辺町"], "899", "0995")]
BUILDINGS = ["コーポ青葉", "メゾン白樺", "サンハイツ東", "グリーンコート", "ヴィラ若草", "第二清水荘"]
MAIL_HOSTS = ["mail-box.jp", "kamome.ne.jp", "hoshizora.or.jp", "tsunagu.net", "example.co.jp"]


@dataclass
class Person:
    surname: str
    given: str
    kana: str
    romaji: str
    sex: str
    birth: date
    pref: str
    city: str
    street: str
    postal: str
    phone: str
    mobile: str
    email: str
    origin: str = "jp"

    @property
    def name(self) -> str:
        return f"{self.surname}{self.given}" if self.origin != "vn" else self.romaji

    @property
    def spaced(self) -> str:
        return f"{self.surname} {self.given}" if self.origin != "vn" else self.romaji

    @property
    def address(self) -> str:
        return f"{self.pref}{self.city}{self.street}"


def _street(rng: random.Random, town: str) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 19)}号"
    if shape == 1:
        return f"{town}{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 12)}"
    if shape == 2:
        return f"{town}{rng.randint(100, 2999)}番地{rng.randint(1, 9)}"
    room = f"{rng.randint(1, 4)}0{rng.randint(1, 8)}"
    return f"{town}{rng.randint(1, 6)}-{rng.randint(2, 25)} {rng.choice(BUILDINGS)}{room}"


def landline(rng: random.Random, area: str) -> str:
    """A number of the area in use by the numbering plan (drawn again until it is)."""
    rest = 10 - len(area)
    while True:
        local = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if phonenumbers.is_valid_number(phonenumbers.parse(area + local, "JP")):
            cut = rest - 4
            return f"{area}-{local[:cut]}-{local[cut:]}"


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"


def birth_between(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def _name(rng: random.Random, origin: str) -> tuple[str, str, str, str]:
    if origin == "cn":
        s, g, r = rng.choice(CHINESE)
        return s, g, "", r
    if origin == "kr":
        s, g, r = rng.choice(KOREAN)
        return s, g, "", r
    if origin == "vn":
        return "", "", "", rng.choice(VIETNAMESE)
    (s, sk, sr), (g, gk, gr) = rng.choice(SURNAMES), rng.choice(GIVEN)
    return s, g, f"{sk} {gk}", f"{sr} {gr}"


def person(rng: random.Random, born: tuple[int, int] = (1950, 2004), origin: str = "jp") -> Person:
    surname, given, kana, romaji = _name(rng, origin)
    pref, city, towns, postal, area = rng.choice(PLACES)
    user = f"{romaji.split()[-1].lower()}.{rng.randint(10, 989)}"
    day = birth_between(rng, *born)
    sex = rng.choice("男女")
    return Person(surname, given, kana, romaji, sex, day, pref, city,
                  _street(rng, rng.choice(towns)), f"{postal}-{rng.randint(0, 9999):04d}", landline(rng, area),
                  mobile(rng), f"{user}@{rng.choice(MAIL_HOSTS)}", origin)


def anyone(rng: random.Random, born: tuple[int, int] = (1950, 2004)) -> Person:
    """Mostly Japanese, some Chinese, Korean and Vietnamese residents."""
    return person(rng, born, rng.choices(["jp", "cn", "kr", "vn"], [16, 2, 2, 1])[0])
