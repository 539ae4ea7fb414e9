"""Corpus 20's synthetic people: names (kanji, kana, romaji; Chinese, Korean, Vietnamese,
Filipino and Nepali names) and where they live. Written fresh for this corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from benchmarks.corpus20 import ids

# surname: kanji, kana, romaji
SURNAMES = [("湯浅", "ユアサ", "YUASA"), ("鳴海", "ナルミ", "NARUMI"), ("宍戸", "シシド", "SHISHIDO"),
            ("相良", "サガラ", "SAGARA"), ("舟木", "フナキ", "FUNAKI"), ("早乙女", "サオトメ", "SAOTOME"),
            ("甘利", "アマリ", "AMARI"), ("御子柴", "ミコシバ", "MIKOSHIBA"), ("根岸", "ネギシ", "NEGISHI"),
            ("東海林", "ショウジ", "SHOJI"), ("鬼塚", "オニヅカ", "ONIZUKA"), ("畠中", "ハタナカ", "HATANAKA"),
            ("椎名", "シイナ", "SHIINA"), ("二階堂", "ニカイドウ", "NIKAIDO"), ("米倉", "ヨネクラ", "YONEKURA"),
            ("能登", "ノト", "NOTO"), ("桐生", "キリュウ", "KIRYU"), ("真壁", "マカベ", "MAKABE"),
            ("日下部", "クサカベ", "KUSAKABE"), ("千葉", "チバ", "CHIBA"), ("唐沢", "カラサワ", "KARASAWA"),
            ("波多野", "ハタノ", "HATANO"), ("嶋田", "シマダ", "SHIMADA"), ("葛西", "カサイ", "KASAI"),
            ("巽", "タツミ", "TATSUMI"), ("漆原", "ウルシバラ", "URUSHIBARA"), ("小比類巻", "コヒルイマキ", "KOHIRUIMAKI"),
            ("雨宮", "アメミヤ", "AMEMIYA"), ("柘植", "ツゲ", "TSUGE"), ("大庭", "オオバ", "OBA"),
            ("深町", "フカマチ", "FUKAMACHI"), ("押尾", "オシオ", "OSHIO"), ("泉谷", "イズミヤ", "IZUMIYA"),
            ("簗瀬", "ヤナセ", "YANASE"), ("砂川", "スナガワ", "SUNAGAWA"), ("比嘉", "ヒガ", "HIGA"),
            ("玉城", "タマキ", "TAMAKI"), ("阿久津", "アクツ", "AKUTSU"), ("菅生", "スゴウ", "SUGO"),
            ("門馬", "モンマ", "MONMA"), ("鷲尾", "ワシオ", "WASHIO"), ("稲葉", "イナバ", "INABA"),
            ("三瓶", "サンペイ", "SAMPEI"), ("古関", "コセキ", "KOSEKI"), ("露木", "ツユキ", "TSUYUKI"),
            ("皆川", "ミナガワ", "MINAGAWA"), ("瀬尾", "セオ", "SEO"), ("羽鳥", "ハトリ", "HATORI")]
GIVEN = [("千景", "チカゲ", "Chikage", "F"), ("瑛太", "エイタ", "Eita", "M"), ("紗希", "サキ", "Saki", "F"),
         ("功", "イサオ", "Isao", "M"), ("美鈴", "ミスズ", "Misuzu", "F"), ("竜之介", "リュウノスケ", "Ryunosuke", "M"),
         ("柚葉", "ユズハ", "Yuzuha", "F"), ("孝蔵", "コウゾウ", "Kozo", "M"), ("都", "ミヤコ", "Miyako", "F"),
         ("颯", "ハヤテ", "Hayate", "M"), ("早苗", "サナエ", "Sanae", "F"), ("善治", "ゼンジ", "Zenji", "M"),
         ("芽衣", "メイ", "Mei", "F"), ("朔也", "サクヤ", "Sakuya", "M"), ("光江", "ミツエ", "Mitsue", "F"),
         ("敦史", "アツシ", "Atsushi", "M"), ("静香", "シズカ", "Shizuka", "F"), ("陸斗", "リクト", "Rikuto", "M"),
         ("喜代子", "キヨコ", "Kiyoko", "F"), ("周平", "シュウヘイ", "Shuhei", "M"), ("琴音", "コトネ", "Kotone", "F"),
         ("勘太郎", "カンタロウ", "Kantaro", "M"), ("沙織", "サオリ", "Saori", "F"), ("弦", "ゲン", "Gen", "M"),
         ("ひより", "ヒヨリ", "Hiyori", "F"), ("甚一", "ジンイチ", "Jinichi", "M"), ("律子", "リツコ", "Ritsuko", "F"),
         ("蒼真", "ソウマ", "Soma", "M"), ("絹代", "キヌヨ", "Kinuyo", "F"), ("晃", "アキラ", "Akira", "M"),
         ("万里", "マリ", "Mari", "F"), ("伸之", "ノブユキ", "Nobuyuki", "M"), ("小夜", "サヨ", "Sayo", "F"),
         ("大河", "タイガ", "Taiga", "M"), ("あかね", "アカネ", "Akane", "F"), ("正太郎", "ショウタロウ", "Shotaro", "M")]
# (written name, katakana reading, passport romaji surname-first, origin)
ABROAD = [("王 麗華", "ワン・リーホア", "WANG LIHUA", "中国"), ("陳 建国", "チェン・ジエングオ", "CHEN JIANGUO", "中国"),
          ("劉 雨桐", "リウ・ユートン", "LIU YUTONG", "中国"), ("孫 浩然", "スン・ハオラン", "SUN HAORAN", "中国"),
          ("朴 智恩", "パク・チウン", "PARK JIEUN", "韓国"), ("崔 民浩", "チェ・ミンホ", "CHOI MINHO", "韓国"),
          ("姜 秀妍", "カン・スヨン", "KANG SUYEON", "韓国"), ("尹 在亨", "ユン・ジェヒョン", "YOON JAEHYUNG", "韓国"),
          ("Nguyễn Thị Hoa", "グエン・ティ・ホア", "NGUYEN THI HOA", "ベトナム"),
          ("Trần Văn Minh", "チャン・ヴァン・ミン", "TRAN VAN MINH", "ベトナム"),
          ("Phạm Đức Long", "ファム・ドゥック・ロン", "PHAM DUC LONG", "ベトナム"),
          ("Lê Thị Mai", "レ・ティ・マイ", "LE THI MAI", "ベトナム"),
          ("Maria Santos Reyes", "マリア・サントス・レイエス", "REYES MARIA SANTOS", "フィリピン"),
          ("Bikash Gurung", "ビカシュ・グルン", "GURUNG BIKASH", "ネパール"),
          ("Siti Rahmawati", "シティ・ラフマワティ", "RAHMAWATI SITI", "インドネシア")]


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    kana_s: str
    kana_g: str
    roma_s: str
    roma_g: str
    sex: str
    born: date
    abroad: str | None = None  # origin, for a name from abroad

    def name(self, style: str = "space") -> str:
        if self.abroad:
            return {"kana": self.kana_s, "roma": self.roma_s}.get(style, self.surname)
        return {"space": f"{self.surname} {self.given}", "tight": self.surname + self.given,
                "wide": f"{self.surname}\u3000{self.given}", "kana": f"{self.kana_s} {self.kana_g}",
                "roma": f"{self.roma_s} {self.roma_g}", "romaf": f"{self.roma_g} {self.roma_s.title()}",
                "sur": self.surname}[style]

    def any_name(self, rng: random.Random) -> str:
        if self.abroad:
            return rng.choice([self.surname, self.surname, self.kana_s, self.roma_s])
        return self.name(rng.choice(["space", "space", "tight", "wide", "kana", "roma"]))


def _encodable(text: str) -> bool:
    try:
        text.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


SHIFT_JIS_ABROAD = [entry for entry in ABROAD if _encodable(entry[0])]


def person(rng: random.Random, young: int = 20, old: int = 80, abroad: float = 0.1, sjis: bool = False) -> Person:
    """sjis: a name a CP932 file can hold."""
    born = ids.birth(rng, young, old)
    if rng.random() < abroad:
        name, kana, roma, origin = rng.choice(SHIFT_JIS_ABROAD if sjis else ABROAD)
        return Person(name, "", kana, "", roma, "", "", born, origin)
    s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    return Person(s[0], g[0], s[1], g[1], s[2], g[2], g[3], born)


def of_sex(rng: random.Random, sex: str, young: int, old: int) -> Person:
    """A Japanese-named person of one sex (a mother, a son)."""
    while True:
        p = person(rng, young, old, abroad=0.0)
        if p.sex == sex:
            return p


def people(rng: random.Random, n: int, **kw) -> list[Person]:
    found, seen = [], set()
    while len(found) < n:
        p = person(rng, **kw)
        key = p.surname + p.given
        if key not in seen or len(seen) > 400:
            seen.add(key)
            found.append(p)
    return found


def romaji_local(p: Person, rng: random.Random) -> str:
    if p.abroad:
        base = p.roma_s.lower().replace(" ", rng.choice([".", "_", ""]))
    else:
        base = rng.choice([f"{p.roma_g}.{p.roma_s}", f"{p.roma_s}-{p.roma_g}", f"{p.roma_g[0]}{p.roma_s}",
                           f"{p.roma_s}{p.born.year % 100:02d}"]).lower()
    return base


def email(p: Person, rng: random.Random) -> str:
    domain = rng.choice(["mail.example.jp", "example.ne.jp", "example.com", "kobune.example.org", "ex-mail.jp",
                         "example.co.jp", "hanamizuki.example"])
    return f"{romaji_local(p, rng)}@{domain}"


# prefecture, city, towns
PLACES = [("北海道", "旭川市", ["豊岡四条", "神楽岡", "末広東一条"]), ("青森県", "弘前市", ["城東北", "富田町", "桔梗野"]),
          ("岩手県", "北上市", ["九年橋", "常盤台", "鬼柳町"]), ("宮城県", "石巻市", ["蛇田", "中里", "門脇町"]),
          ("山形県", "酒田市", ["若浜町", "東泉町", "亀ケ崎"]), ("福島県", "会津若松市", ["門田町", "城北町", "材木町"]),
          ("茨城県", "土浦市", ["真鍋", "桜町", "大岩田"]), ("栃木県", "小山市", ["駅東通り", "城山町", "犬塚"]),
          ("群馬県", "伊勢崎市", ["連取町", "今泉町", "宮子町"]), ("埼玉県", "春日部市", ["粕壁東", "豊町", "大沼"]),
          ("千葉県", "木更津市", ["請西", "清見台", "岩根"]), ("東京都", "北区", ["赤羽西", "滝野川", "王子本町"]),
          ("東京都", "府中市", ["晴見町", "白糸台", "紅葉丘"]), ("神奈川県", "平塚市", ["紅谷町", "黒部丘", "真土"]),
          ("新潟県", "長岡市", ["城内町", "今朝白", "川崎町"]), ("富山県", "高岡市", ["末広町", "博労町", "野村"]),
          ("石川県", "小松市", ["園町", "土居原町", "日の出町"]), ("長野県", "上田市", ["材木町", "常田", "天神"]),
          ("岐阜県", "大垣市", ["郭町", "林町", "外野"]), ("静岡県", "沼津市", ["大手町", "三枚橋町", "高島町"]),
          ("愛知県", "豊橋市", ["花田町", "向山町", "牛川通"]), ("三重県", "四日市市", ["諏訪町", "浜田町", "日永"]),
          ("京都府", "宇治市", ["宇治妙楽", "広野町", "木幡"]), ("大阪府", "枚方市", ["岡東町", "香里ケ丘", "禁野本町"]),
          ("兵庫県", "姫路市", ["龍野町", "飾磨区清水", "北条口"]), ("奈良県", "橿原市", ["八木町", "内膳町", "見瀬町"]),
          ("岡山県", "倉敷市", ["阿知", "老松町", "笹沖"]), ("広島県", "呉市", ["中通", "本通", "広古新開"]),
          ("山口県", "下関市", ["竹崎町", "彦島江の浦町", "長府"]), ("愛媛県", "今治市", ["常盤町", "北日吉町", "別宮町"]),
          ("福岡県", "久留米市", ["東町", "諏訪野町", "城南町"]), ("熊本県", "八代市", ["松江城町", "本町", "古閑中町"]),
          ("鹿児島県", "霧島市", ["国分中央", "隼人町見次", "溝辺町"]), ("沖縄県", "浦添市", ["城間", "牧港", "仲間"])]
BUILDINGS = ["メゾン桜坂", "コーポ若葉", "グランシャリオ", "ハイツ朝凪", "レジデンス千鳥", "パレス雲雀", "サンコート白樺"]


def address(rng: random.Random, building: float = 0.35, pref: bool = True) -> str:
    prefecture, city, towns = rng.choice(PLACES)
    town = rng.choice(towns)
    number = rng.choice([f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
                         f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                         f"{rng.randint(100, 2999)}番地{rng.randint(1, 9)}" if "丁目" not in town else "1-1-1",
                         f"{rng.randint(1, 6)}－{rng.randint(1, 28)}－{rng.randint(1, 15)}"])
    text = (prefecture if pref else "") + city + town + number
    if rng.random() < building:
        text += f" {rng.choice(BUILDINGS)}{rng.randint(1, 9)}0{rng.randint(1, 8)}号室"
    return text


def honseki(rng: random.Random) -> str:
    prefecture, city, towns = rng.choice(PLACES)
    return f"{prefecture}{city}{rng.choice(towns)}{rng.randint(1, 900)}番地"
