"""Made-up people: names (Japanese, Chinese, Korean, Vietnamese, others), births,
addresses, phones and mail addresses, from lists written for this corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import phonenumbers

SURNAMES = (("宇佐美", "ウサミ", "USAMI"), ("小此木", "オコノギ", "OKONOGI"), ("勅使河原", "テシガワラ", "TESHIGAWARA"),
            ("半田", "ハンダ", "HANDA"), ("廣瀬", "ヒロセ", "HIROSE"), ("鬼頭", "キトウ", "KITO"), ("二階堂", "ニカイドウ", "NIKAIDO"),
            ("瀬戸口", "セトグチ", "SETOGUCHI"), ("柘植", "ツゲ", "TSUGE"), ("真壁", "マカベ", "MAKABE"),
            ("早乙女", "サオトメ", "SAOTOME"), ("溝口", "ミゾグチ", "MIZOGUCHI"), ("門脇", "カドワキ", "KADOWAKI"),
            ("伊集院", "イジュウイン", "IJUIN"), ("栗林", "クリバヤシ", "KURIBAYASHI"), ("蛭田", "ヒルタ", "HIRUTA"),
            ("益子", "マシコ", "MASHIKO"), ("的場", "マトバ", "MATOBA"), ("雨宮", "アマミヤ", "AMAMIYA"), ("東海林", "ショウジ", "SHOJI"),
            ("鮫島", "サメジマ", "SAMEJIMA"), ("熊谷", "クマガイ", "KUMAGAI"), ("比嘉", "ヒガ", "HIGA"), ("仲宗根", "ナカソネ", "NAKASONE"),
            ("五十嵐", "イガラシ", "IGARASHI"), ("猪俣", "イノマタ", "INOMATA"), ("榊原", "サカキバラ", "SAKAKIBARA"),
            ("若林", "ワカバヤシ", "WAKABAYASHI"), ("能登谷", "ノトヤ", "NOTOYA"), ("大蔵", "オオクラ", "OKURA"), ("白鳥", "シラトリ", "SHIRATORI"),
            ("寺門", "テラカド", "TERAKADO"), ("百瀬", "モモセ", "MOMOSE"), ("岩城", "イワキ", "IWAKI"), ("砂川", "スナガワ", "SUNAGAWA"),
            ("舟橋", "フナハシ", "FUNAHASHI"), ("菅沼", "スガヌマ", "SUGANUMA"), ("葛西", "カサイ", "KASAI"), ("戸叶", "トガノ", "TOGANO"),
            ("日下部", "クサカベ", "KUSAKABE"), ("米倉", "ヨネクラ", "YONEKURA"), ("千々岩", "チヂイワ", "CHIJIIWA"), ("蔵本", "クラモト", "KURAMOTO"),
            ("宍戸", "シシド", "SHISHIDO"), ("梶原", "カジワラ", "KAJIWARA"), ("湯浅", "ユアサ", "YUASA"), ("茂木", "モテギ", "MOTEGI"),
            ("乾", "イヌイ", "INUI"), ("岡部", "オカベ", "OKABE"), ("臼井", "ウスイ", "USUI"), ("檜山", "ヒヤマ", "HIYAMA"))
GIVEN_F = (("美空", "ミソラ", "MISORA"), ("千尋", "チヒロ", "CHIHIRO"), ("琴音", "コトネ", "KOTONE"), ("佳織", "カオリ", "KAORI"),
           ("芙美子", "フミコ", "FUMIKO"), ("紗英", "サエ", "SAE"), ("朋絵", "トモエ", "TOMOE"), ("瑞穂", "ミズホ", "MIZUHO"),
           ("梢", "コズエ", "KOZUE"), ("るり子", "ルリコ", "RURIKO"), ("環", "タマキ", "TAMAKI"), ("沙耶", "サヤ", "SAYA"),
           ("葉月", "ハヅキ", "HAZUKI"), ("律子", "リツコ", "RITSUKO"), ("小夜", "サヨ", "SAYO"), ("実鈴", "ミスズ", "MISUZU"),
           ("敦子", "アツコ", "ATSUKO"), ("柚希", "ユズキ", "YUZUKI"), ("かのこ", "カノコ", "KANOKO"), ("澄江", "スミエ", "SUMIE"),
           ("絢香", "アヤカ", "AYAKA"), ("初音", "ハツネ", "HATSUNE"), ("頼子", "ヨリコ", "YORIKO"), ("乃愛", "ノア", "NOA"))
GIVEN_M = (("昌平", "ショウヘイ", "SHOHEI"), ("悠真", "ユウマ", "YUMA"), ("剛志", "ツヨシ", "TSUYOSHI"), ("兼人", "カネト", "KANETO"),
           ("篤史", "アツシ", "ATSUSHI"), ("征爾", "セイジ", "SEIJI"), ("瑛太", "エイタ", "EITA"), ("隼", "ハヤト", "HAYATO"),
           ("宗一郎", "ソウイチロウ", "SOICHIRO"), ("文哉", "フミヤ", "FUMIYA"), ("慎吾", "シンゴ", "SHINGO"), ("義晴", "ヨシハル", "YOSHIHARU"),
           ("航平", "コウヘイ", "KOHEI"), ("亘", "ワタル", "WATARU"), ("壮介", "ソウスケ", "SOSUKE"), ("達彦", "タツヒコ", "TATSUHIKO"),
           ("伊吹", "イブキ", "IBUKI"), ("圭吾", "ケイゴ", "KEIGO"), ("朔", "サク", "SAKU"), ("陽向", "ヒナタ", "HINATA"),
           ("茂雄", "シゲオ", "SHIGEO"), ("勘太", "カンタ", "KANTA"), ("直樹", "ナオキ", "NAOKI"), ("嘉男", "ヨシオ", "YOSHIO"))
FOREIGN = (("王", "俊傑", "ワン", "ジュンジエ", "WANG", "JUNJIE"), ("李", "秀英", "リ", "シュウイン", "LI", "XIUYING"),
           ("陳", "志明", "チェン", "ジーミン", "CHEN", "ZHIMING"), ("劉", "海燕", "リュウ", "ハイイエン", "LIU", "HAIYAN"),
           ("金", "敏俊", "キム", "ミンジュン", "KIM", "MINJUN"), ("朴", "智妍", "パク", "ジヨン", "PARK", "JIYEON"),
           ("崔", "在浩", "チェ", "ジェホ", "CHOI", "JAEHO"), ("", "", "グエン", "ティ・ラン", "NGUYEN", "THI LAN"),
           ("", "", "チャン", "ヴァン・ミン", "TRAN", "VAN MINH"), ("", "", "ファム", "ゴック・アイン", "PHAM", "NGOC ANH"),
           ("", "", "サントス", "マリア", "SANTOS", "MARIA"), ("", "", "グルン", "ビシャール", "GURUNG", "BISHAL"),
           ("", "", "シルバ", "ルーカス", "SILVA", "LUCAS"), ("", "", "ウィジェシンハ", "ニルミニ", "WIJESINGHE", "NIRMINI"))
NATIONALITY = {"WANG": "中国", "LI": "中国", "CHEN": "台湾", "LIU": "中国", "KIM": "韓国", "PARK": "韓国", "CHOI": "韓国",
               "NGUYEN": "ベトナム", "TRAN": "ベトナム", "PHAM": "ベトナム", "SANTOS": "フィリピン", "GURUNG": "ネパール",
               "SILVA": "ブラジル", "WIJESINGHE": "スリランカ"}
# (prefecture, city, towns, postal prefix, area code)
PLACES = (("北海道", "旭川市", ("豊岡四条", "末広東二条", "神楽岡"), "078", "0166"),
          ("宮城県", "石巻市", ("中里", "蛇田", "渡波"), "986", "0225"),
          ("群馬県", "高崎市", ("八千代町", "上中居町", "問屋町"), "370", "027"),
          ("千葉県", "市原市", ("五井中央東", "姉崎", "八幡北町"), "290", "0436"),
          ("東京都", "杉並区", ("阿佐谷北", "高円寺南", "下井草"), "166", "03"),
          ("東京都", "足立区", ("梅島", "竹の塚", "西新井栄町"), "121", "03"),
          ("神奈川県", "平塚市", ("紅谷町", "八重咲町", "真土"), "254", "0463"),
          ("静岡県", "沼津市", ("大手町", "香貫", "西条町"), "410", "055"),
          ("愛知県", "一宮市", ("本町", "今伊勢町", "木曽川町"), "491", "0586"),
          ("京都府", "宇治市", ("小倉町", "五ケ庄", "槇島町"), "611", "0774"),
          ("大阪府", "東大阪市", ("小阪", "長田東", "瓢箪山町"), "577", "06"),
          ("兵庫県", "姫路市", ("飾磨区細江", "網干区新在家", "白浜町"), "670", "079"),
          ("岡山県", "倉敷市", ("水島西栄町", "玉島", "児島小川"), "710", "086"),
          ("広島県", "呉市", ("広古新開", "阿賀中央", "焼山"), "737", "0823"),
          ("愛媛県", "今治市", ("南宝来町", "衣干町", "片原町"), "794", "0898"),
          ("福岡県", "久留米市", ("津福本町", "国分町", "合川町"), "830", "0942"),
          ("熊本県", "八代市", ("松江城町", "日奈久", "古城町"), "866", "0965"),
          ("沖縄県", "浦添市", ("内間", "宮城", "港川"), "901", "098"))
BUILDINGS = ("コーポ若葉", "サンハイツ", "グリーンヒル", "メゾン楓", "ハイム桜台", "レジデンス川端", "第二松風荘", "パレス東雲")
MAIL_DOMAINS = ("kumo-mail.jp", "ezweb.ne.jp", "tsubasa.ne.jp", "outlook.jp", "hikari-net.or.jp", "nifty.com",
                "wakaba-isp.jp", "gmail.com", "yahoo.co.jp", "docomo.ne.jp")


@dataclass
class Person:
    surname: str
    given: str
    kana: str
    romaji: str  # passport order: SURNAME GIVEN
    sex: str
    birth: date
    foreign: str = ""  # nationality, for people from abroad

    @property
    def name(self) -> str:
        return f"{self.surname}　{self.given}" if self.surname and self.given else self.kana

    @property
    def tight(self) -> str:
        return self.surname + self.given if self.surname else self.kana.replace("　", "")


def person(rng: random.Random, low: int = 1945, high: int = 2004, foreign_share: float = 0.12) -> Person:
    birth = date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < foreign_share:
        s, g, ks, kg, rs, rg = rng.choice(FOREIGN)
        return Person(s, g, f"{ks}　{kg}", f"{rs} {rg}", rng.choice("男女"), birth, NATIONALITY[rs])
    sex = rng.choice("男女")
    s, g = rng.choice(SURNAMES), rng.choice(GIVEN_M if sex == "男" else GIVEN_F)
    return Person(s[0], g[0], f"{s[1]}　{g[1]}", f"{s[2]} {g[2]}", sex, birth)


@dataclass
class Address:
    postal: str
    prefecture: str
    city: str
    rest: str
    area: str

    @property
    def full(self) -> str:
        return self.prefecture + self.city + self.rest


def address(rng: random.Random) -> Address:
    pref, city, towns, head, area = rng.choice(PLACES)
    rest = f"{rng.choice(towns)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    if rng.random() < 0.3:
        rest = f"{rng.choice(towns)}{rng.randint(1, 3)}-{rng.randint(1, 40)}-{rng.randint(1, 12)}"
    if rng.random() < 0.35:
        rest += f"　{rng.choice(BUILDINGS)}{rng.randint(1, 4)}0{rng.randint(1, 8)}号室"
    return Address(f"{head}-{rng.randint(0, 9999):04d}", pref, city, rest, area)


def _valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "JP"))


def landline(rng: random.Random, area: str) -> str:
    while True:
        local = 10 - len(area)
        rest = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(local - 1))
        split = 4 if local >= 8 else local - 4
        number = f"{area}-{rest[:local - 4]}-{rest[local - 4:]}" if split else area + rest
        if _valid(number.replace("-", "")):
            return number


def mobile(rng: random.Random) -> str:
    while True:
        number = f"{rng.choice(('090', '080', '070'))}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        if _valid(number.replace("-", "")):
            return number


def email(rng: random.Random, who: Person) -> str:
    first, _, second = who.romaji.lower().partition(" ")
    second = second.replace(" ", "")
    local = rng.choice((f"{second}.{first}", f"{first}_{second[:1]}", f"{second}{who.birth.year % 100:02d}",
                        f"{first[:3]}{second}{rng.randint(1, 99)}"))
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"
