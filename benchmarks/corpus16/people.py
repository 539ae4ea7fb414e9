"""Synthetic people: names (Japanese, Chinese, Korean, Vietnamese), kana, romaji in
passport order, an address with its postal code, a phone, a mail address, a birth."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date

import phonenumbers

from benchmarks.corpus16.ids import birthday

SURNAMES = [("相馬", "ソウマ", "SOMA"), ("小野寺", "オノデラ", "ONODERA"), ("梶原", "カジワラ", "KAJIWARA"),
            ("檜山", "ヒヤマ", "HIYAMA"), ("笹倉", "ササクラ", "SASAKURA"), ("門脇", "カドワキ", "KADOWAKI"),
            ("鮫島", "サメジマ", "SAMEJIMA"), ("仲宗根", "ナカソネ", "NAKASONE"), ("宇佐美", "ウサミ", "USAMI"),
            ("蓮見", "ハスミ", "HASUMI"), ("立花", "タチバナ", "TACHIBANA"), ("都築", "ツヅキ", "TSUZUKI"),
            ("猪俣", "イノマタ", "INOMATA"), ("鳴海", "ナルミ", "NARUMI"), ("芦田", "アシダ", "ASHIDA"),
            ("楠本", "クスモト", "KUSUMOTO"), ("八木橋", "ヤギハシ", "YAGIHASHI"), ("曽我", "ソガ", "SOGA"),
            ("堀之内", "ホリノウチ", "HORINOUCHI"), ("真壁", "マカベ", "MAKABE"), ("葛西", "カサイ", "KASAI"),
            ("大河内", "オオコウチ", "OKOCHI"), ("志賀", "シガ", "SHIGA"), ("若林", "ワカバヤシ", "WAKABAYASHI"),
            ("戸塚", "トツカ", "TOTSUKA"), ("栗林", "クリバヤシ", "KURIBAYASHI"), ("比嘉", "ヒガ", "HIGA"),
            ("舘野", "タテノ", "TATENO"), ("瀬戸口", "セトグチ", "SETOGUCHI"), ("米倉", "ヨネクラ", "YONEKURA"),
            ("神谷", "カミヤ", "KAMIYA"), ("日高", "ヒダカ", "HIDAKA"), ("久保寺", "クボデラ", "KUBODERA"),
            ("関根", "セキネ", "SEKINE"), ("筒井", "ツツイ", "TSUTSUI"), ("溝口", "ミゾグチ", "MIZOGUCHI"),
            ("穂積", "ホヅミ", "HOZUMI"), ("根岸", "ネギシ", "NEGISHI"), ("押田", "オシダ", "OSHIDA"),
            ("千葉", "チバ", "CHIBA"), ("白鳥", "シラトリ", "SHIRATORI"), ("五十嵐", "イガラシ", "IGARASHI")]
GIVEN = [("瑞穂", "ミズホ", "MIZUHO"), ("朔也", "サクヤ", "SAKUYA"), ("千尋", "チヒロ", "CHIHIRO"),
         ("慎吾", "シンゴ", "SHINGO"), ("奈緒子", "ナオコ", "NAOKO"), ("晴臣", "ハルオミ", "HARUOMI"),
         ("志保", "シホ", "SHIHO"), ("雅人", "マサト", "MASATO"), ("紗季", "サキ", "SAKI"),
         ("昌平", "ショウヘイ", "SHOHEI"), ("和佳奈", "ワカナ", "WAKANA"), ("剛士", "ツヨシ", "TSUYOSHI"),
         ("弥生", "ヤヨイ", "YAYOI"), ("航平", "コウヘイ", "KOHEI"), ("澄江", "スミエ", "SUMIE"),
         ("敦", "アツシ", "ATSUSHI"), ("香織", "カオリ", "KAORI"), ("陽向", "ヒナタ", "HINATA"),
         ("富美子", "フミコ", "FUMIKO"), ("征四郎", "セイシロウ", "SEISHIRO"), ("杏", "アン", "AN"),
         ("康介", "コウスケ", "KOSUKE"), ("真琴", "マコト", "MAKOTO"), ("寿々", "スズ", "SUZU"),
         ("冬馬", "トウマ", "TOMA"), ("美登里", "ミドリ", "MIDORI"), ("拓海", "タクミ", "TAKUMI"),
         ("頼子", "ヨリコ", "YORIKO"), ("修", "オサム", "OSAMU"), ("泉", "イズミ", "IZUMI"),
         ("英樹", "ヒデキ", "HIDEKI"), ("葉月", "ハヅキ", "HAZUKI"), ("大吾", "ダイゴ", "DAIGO")]
FOREIGN = [("黄", "浩然", "ホアン・ハオラン", "HUANG HAORAN"), ("劉", "雪梅", "リュウ・シュエメイ", "LIU XUEMEI"),
           ("周", "子軒", "ジョウ・ズーシュエン", "ZHOU ZIXUAN"), ("孫", "麗華", "スン・リーホワ", "SUN LIHUA"),
           ("崔", "秀妍", "チェ・スヨン", "CHOI SUYEON"), ("鄭", "在勲", "チョン・ジェフン", "JEONG JAEHUN"),
           ("尹", "瑞熙", "ユン・ソヒ", "YOON SEOHEE"), ("姜", "東元", "カン・ドンウォン", "KANG DONGWON"),
           ("", "", "グエン・ティ・トゥイ", "NGUYEN THI THUY"), ("", "", "ファム・ヴァン・ロン", "PHAM VAN LONG"),
           ("", "", "レ・ミン・チャウ", "LE MINH CHAU"), ("", "", "ホー・クオック・バオ", "HO QUOC BAO"),
           ("", "", "ダン・ティ・リエン", "DANG THI LIEN"), ("", "", "ブイ・ドゥック・タイ", "BUI DUC THAI")]

# (prefecture + city, postal code prefix, towns)
PLACES = [("北海道函館市", "040", ["湯川町", "五稜郭町", "桔梗"]), ("宮城県石巻市", "986", ["渡波", "中里", "蛇田"]),
          ("新潟県長岡市", "940", ["殿町", "千秋", "宮内"]), ("長野県松本市", "390", ["島内", "蟻ケ崎", "征矢野"]),
          ("静岡県沼津市", "410", ["大手町", "千本緑町", "香貫"]), ("愛知県岡崎市", "444", ["康生町", "羽根町", "大樹寺"]),
          ("三重県伊勢市", "516", ["宇治浦田", "岩渕", "二見町茶屋"]), ("兵庫県姫路市", "670", ["白浜町", "飾磨区", "東雲町"]),
          ("岡山県倉敷市", "710", ["玉島", "児島味野", "水島東栄町"]), ("広島県呉市", "737", ["中通", "焼山北", "広古新開"]),
          ("愛媛県今治市", "794", ["常盤町", "波止浜", "大西町"]), ("佐賀県唐津市", "847", ["坊主町", "和多田", "呼子町"]),
          ("鹿児島県霧島市", "899", ["国分中央", "隼人町", "溝辺町"]), ("東京都大田区", "143", ["大森北", "池上", "蒲田本町"]),
          ("大阪府堺市北区", "591", ["中百舌鳥町", "新金岡町", "百舌鳥梅町"]), ("福岡県北九州市門司区", "801", ["栄町", "清滝", "大里本町"]),
          ("山形県酒田市", "998", ["本町", "亀ケ崎", "若浜町"]), ("石川県七尾市", "926", ["府中町", "和倉町", "小島町"])]
BUILDINGS = ["コーポ青柳", "ハイツ潮見", "メゾン柊", "グリーンテラス", "サンライズ若葉", "第二松風荘", "シャトー川端"]
DOMAINS = ["mail.example.jp", "example.ne.jp", "example.co.jp", "example.com", "example.or.jp"]
# (area code, digits after it) in the numbering plan
LANDLINES = [("03", 8), ("06", 8), ("045", 7), ("052", 7), ("0138", 6), ("0225", 6), ("0258", 6), ("0263", 6),
             ("055", 7), ("0564", 6), ("0596", 6), ("079", 7), ("086", 7), ("0823", 6), ("0898", 6), ("0955", 6),
             ("0995", 6), ("093", 7), ("0234", 6), ("0767", 6)]


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    kana_family: str
    kana_given: str
    romaji: str  # passport order: FAMILY GIVEN
    foreign: bool
    postal: str
    address: str
    phone: str
    mobile: str
    email: str
    birth: date

    @property
    def name(self) -> str:
        return self.family + self.given if self.family else self.kana_family

    @property
    def spaced(self) -> str:
        return f"{self.family}　{self.given}" if self.family else self.kana_family

    @property
    def kana(self) -> str:
        return f"{self.kana_family}　{self.kana_given}".strip()


def valid_phone(rng: random.Random, mobile: bool) -> str:
    while True:
        if mobile:
            text = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 9999)}-{rng.randrange(10000):04d}"
        else:
            area, rest = rng.choice(LANDLINES)
            local = str(rng.randrange(2, 10)) + "".join(str(rng.randrange(10)) for _ in range(rest - 1))
            cut = rest - 4
            text = f"{area}-{local[:cut]}-{local[cut:]}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text.replace("-", ""), "JP")):
            return text


def address_of(rng: random.Random) -> tuple[str, str]:
    city, prefix, towns = rng.choice(PLACES)
    postal = f"{prefix}-{rng.randrange(10000):04d}"
    town = rng.choice(towns)
    style = rng.randrange(3)
    if style == 0:
        where = f"{city}{town}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号"
    elif style == 1:
        where = f"{city}{town}{rng.randrange(1, 3000)}-{rng.randrange(1, 40)}"
    else:
        block = f"{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 15)}"
        where = f"{city}{town}{block} {rng.choice(BUILDINGS)}{rng.randrange(1, 5)}0{rng.randrange(1, 9)}"
    return postal, where


def person(rng: random.Random, foreign: float = 0.08, lo: int = 1940, hi: int = 2004) -> Person:
    postal, where = address_of(rng)
    if rng.random() < foreign:
        fam, giv, kana, romaji = rng.choice(FOREIGN)
        kf, _, kg = kana.partition("・")
        fam_r = romaji.split(" ", 1)[0].lower()
        p = Person(fam, giv, kana if not fam else kf, "" if not fam else kg, romaji, True, postal, where,
                   valid_phone(rng, False), valid_phone(rng, True),
                   f"{fam_r}.{rng.randrange(10, 99)}@{rng.choice(DOMAINS)}", birthday(rng, lo, hi))
        return p
    fam, giv = rng.choice(SURNAMES), rng.choice(GIVEN)
    mail = rng.choice([f"{giv[2].lower()}.{fam[2].lower()}", f"{fam[2].lower()}{rng.randrange(1, 999)}",
                       f"{giv[2][0].lower()}{fam[2].lower()}_{rng.randrange(10, 99)}"])
    return Person(fam[0], giv[0], fam[1], giv[1], f"{fam[2]} {giv[2]}", False, postal, where,
                  valid_phone(rng, False), valid_phone(rng, True), f"{mail}@{rng.choice(DOMAINS)}",
                  birthday(rng, lo, hi))


def people(rng: random.Random, n: int, **kw) -> list[Person]:
    return [person(rng, **kw) for _ in range(n)]


def kin(rng: random.Random, head: Person, **kw) -> Person:
    """A family member: the head's family name (and address), a given name of their own."""
    other = person(rng, foreign=0.0, **kw)
    while other.given == head.given:
        other = person(rng, foreign=0.0, **kw)
    if not head.family:
        return other
    romaji = head.romaji.split(" ", 1)[0] + " " + other.romaji.split(" ", 1)[1]
    return replace(other, family=head.family, kana_family=head.kana_family, romaji=romaji, postal=head.postal,
                   address=head.address)
