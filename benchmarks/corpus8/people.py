"""Made-up people: names (kanji with kana and romaji, Chinese, Korean, Vietnamese,
Filipino and Nepali names), addresses of many shapes, phones, e-mails and births."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus8 import numbers

SURNAMES = [
    ("梶原", "カジワラ", "Kajiwara"), ("桑田", "クワタ", "Kuwata"), ("宍戸", "シシド", "Shishido"),
    ("楠本", "クスモト", "Kusumoto"), ("早乙女", "サオトメ", "Saotome"), ("浜崎", "ハマサキ", "Hamasaki"),
    ("真壁", "マカベ", "Makabe"), ("二階堂", "ニカイドウ", "Nikaido"), ("氷室", "ヒムロ", "Himuro"),
    ("磯貝", "イソガイ", "Isogai"), ("穂積", "ホヅミ", "Hozumi"), ("柘植", "ツゲ", "Tsuge"),
    ("舟橋", "フナハシ", "Funahashi"), ("兼子", "カネコ", "Kaneko"), ("椎名", "シイナ", "Shiina"),
    ("鳴海", "ナルミ", "Narumi"), ("古賀", "コガ", "Koga"), ("筒井", "ツツイ", "Tsutsui"),
    ("谷口", "タニグチ", "Taniguchi"), ("奥寺", "オクデラ", "Okudera"), ("立花", "タチバナ", "Tachibana"),
    ("若林", "ワカバヤシ", "Wakabayashi"), ("仲村", "ナカムラ", "Nakamura"), ("宮里", "ミヤザト", "Miyazato"),
    ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"), ("佐久間", "サクマ", "Sakuma"),
    ("大城", "オオシロ", "Oshiro"), ("熊谷", "クマガイ", "Kumagai"), ("千葉", "チバ", "Chiba"),
    ("及川", "オイカワ", "Oikawa"), ("畠山", "ハタケヤマ", "Hatakeyama"), ("三上", "ミカミ", "Mikami"),
    ("葛西", "カサイ", "Kasai"), ("成田", "ナリタ", "Narita"), ("工藤", "クドウ", "Kudo"),
    ("古川", "フルカワ", "Furukawa"), ("嶋田", "シマダ", "Shimada"), ("安斎", "アンザイ", "Anzai"),
    ("日野", "ヒノ", "Hino"), ("芦田", "アシダ", "Ashida"), ("能登", "ノト", "Noto"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("鮫島", "サメジマ", "Samejima"), ("有馬", "アリマ", "Arima"),
    ("梅津", "ウメツ", "Umetsu"), ("赤羽", "アカバネ", "Akabane"), ("米倉", "ヨネクラ", "Yonekura"),
    ("土橋", "ドバシ", "Dobashi"), ("塩見", "シオミ", "Shiomi"), ("岩城", "イワキ", "Iwaki"),
    ("久保寺", "クボデラ", "Kubodera"), ("沼田", "ヌマタ", "Numata"), ("戸塚", "トツカ", "Totsuka"),
    ("八木", "ヤギ", "Yagi"), ("堀江", "ホリエ", "Horie"), ("相馬", "ソウマ", "Soma"),
    ("布施", "フセ", "Fuse"), ("笠原", "カサハラ", "Kasahara"), ("寺門", "テラカド", "Terakado"),
    ("白鳥", "シラトリ", "Shiratori"), ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"),
    ("四方", "シカタ", "Shikata"), ("水野", "ミズノ", "Mizuno"), ("鬼塚", "オニヅカ", "Onizuka"),
]
MALE = [
    ("悠斗", "ユウト", "Yuto"), ("蒼", "アオイ", "Aoi"), ("恭平", "キョウヘイ", "Kyohei"), ("拓海", "タクミ", "Takumi"),
    ("龍之介", "リュウノスケ", "Ryunosuke"), ("健吾", "ケンゴ", "Kengo"), ("正和", "マサカズ", "Masakazu"),
    ("達彦", "タツヒコ", "Tatsuhiko"), ("昭一", "ショウイチ", "Shoichi"), ("忠司", "タダシ", "Tadashi"),
    ("耕平", "コウヘイ", "Kohei"), ("慎也", "シンヤ", "Shinya"), ("大輝", "ダイキ", "Daiki"), ("陽介", "ヨウスケ", "Yosuke"),
    ("隼人", "ハヤト", "Hayato"), ("義男", "ヨシオ", "Yoshio"), ("勝利", "カツトシ", "Katsutoshi"),
    ("圭佑", "ケイスケ", "Keisuke"), ("航", "ワタル", "Wataru"), ("修", "オサム", "Osamu"), ("文雄", "フミオ", "Fumio"),
    ("智也", "トモヤ", "Tomoya"), ("将太", "ショウタ", "Shota"), ("晴臣", "ハルオミ", "Haruomi"),
    ("一馬", "カズマ", "Kazuma"), ("克己", "カツミ", "Katsumi"), ("雅人", "マサト", "Masato"), ("湊", "ミナト", "Minato"),
]
FEMALE = [
    ("結衣", "ユイ", "Yui"), ("美咲", "ミサキ", "Misaki"), ("千尋", "チヒロ", "Chihiro"), ("陽菜", "ヒナ", "Hina"),
    ("由紀子", "ユキコ", "Yukiko"), ("和代", "カズヨ", "Kazuyo"), ("節子", "セツコ", "Setsuko"), ("真由美", "マユミ", "Mayumi"),
    ("加奈", "カナ", "Kana"), ("沙織", "サオリ", "Saori"), ("瑞穂", "ミズホ", "Mizuho"), ("紗希", "サキ", "Saki"),
    ("朋美", "トモミ", "Tomomi"), ("芽衣", "メイ", "Mei"), ("詩織", "シオリ", "Shiori"), ("恵理", "エリ", "Eri"),
    ("寿美", "スミ", "Sumi"), ("久美子", "クミコ", "Kumiko"), ("綾乃", "アヤノ", "Ayano"), ("桃子", "モモコ", "Momoko"),
    ("奈緒", "ナオ", "Nao"), ("静香", "シズカ", "Shizuka"), ("晶子", "アキコ", "Akiko"), ("凛", "リン", "Rin"),
    ("弥生", "ヤヨイ", "Yayoi"), ("光代", "ミツヨ", "Mitsuyo"), ("小百合", "サユリ", "Sayuri"), ("文乃", "フミノ", "Fumino"),
]
# Names of people from abroad, as their own forms and a Japanese office write them.
FOREIGN = [
    ("NGUYEN VAN THANH", "グエン・ヴァン・タイン", "VN"), ("TRAN THI MAI", "チャン・ティ・マイ", "VN"),
    ("PHAM QUOC HUY", "ファム・クオック・フイ", "VN"), ("LE THI THU", "レ・ティ・トゥ", "VN"),
    ("HOANG MINH DUC", "ホアン・ミン・ドゥック", "VN"), ("DO THI LAN", "ド・ティ・ラン", "VN"),
    ("SANTOS MARIA LOURDES", "サントス・マリア・ルルデス", "PH"), ("REYES JOHN PAUL", "レイエス・ジョン・ポール", "PH"),
    ("GURUNG BIKASH", "グルン・ビカシュ", "NP"), ("SHRESTHA ANITA", "シュレスタ・アニタ", "NP"),
    ("SILVA RODRIGO", "シルバ・ロドリゴ", "BR"), ("SUZUKI OLIVEIRA ANA", "スズキ・オリベイラ・アナ", "BR"),
]
CHINESE = [("王", "建国", "ワン ジェングオ"), ("李", "雪梅", "リ シュエメイ"), ("張", "偉", "チャン ウェイ"),
           ("劉", "暁東", "リュウ シャオドン"), ("陳", "静", "チェン ジン"), ("楊", "海燕", "ヤン ハイイェン"),
           ("趙", "志強", "チャオ ジーチャン"), ("黄", "麗華", "ホアン リーホア")]
KOREAN = [("朴", "敏俊", "パク ミンジュン"), ("崔", "素妍", "チェ ソヨン"), ("姜", "志勲", "カン ジフン"),
          ("尹", "美淑", "ユン ミスク"), ("金", "永洙", "キム ヨンス"), ("鄭", "順姫", "チョン スンヒ")]

# (prefecture, city, towns, area code, postal prefix)
PLACES = [
    ("北海道", "帯広市", ["西三条南", "東八条南", "白樺十六条西"], "0155", "080"),
    ("岩手県", "北上市", ["青柳町", "常盤台", "村崎野"], "0197", "024"),
    ("宮城県", "石巻市", ["門脇町", "蛇田", "中里"], "0225", "986"),
    ("新潟県", "長岡市", ["台町", "宮内", "悠久町"], "0258", "940"),
    ("群馬県", "高崎市", ["江木町", "上並榎町", "貝沢町"], "027", "370"),
    ("埼玉県", "川越市", ["脇田本町", "新宿町", "的場"], "049", "350"),
    ("千葉県", "船橋市", ["前原西", "夏見台", "飯山満町"], "047", "273"),
    ("東京都", "足立区", ["梅島", "西新井栄町", "竹の塚"], "03", "121"),
    ("東京都", "杉並区", ["阿佐谷北", "高井戸東", "下井草"], "03", "167"),
    ("東京都", "八王子市", ["元本郷町", "長房町", "大和田町"], "042", "192"),
    ("神奈川県", "相模原市中央区", ["淵野辺", "上溝", "清新"], "042", "252"),
    ("静岡県", "浜松市中央区", ["佐鳴台", "葵東", "曳馬"], "053", "432"),
    ("愛知県", "豊橋市", ["花田町", "牛川通", "大岩町"], "0532", "440"),
    ("岐阜県", "大垣市", ["林町", "赤坂町", "室本町"], "0584", "503"),
    ("京都府", "宇治市", ["大久保町", "木幡", "槇島町"], "0774", "611"),
    ("京都府", "京都市中京区", ["烏丸通御池下る虎屋町", "河原町通三条上る下丸屋町", "堀川通四条下る四条堀川町"], "075", "604"),
    ("大阪府", "東大阪市", ["小若江", "荒本北", "長田東"], "06", "577"),
    ("兵庫県", "姫路市", ["飾磨区清水", "広畑区小坂", "網干区新在家"], "079", "670"),
    ("岡山県", "倉敷市", ["水島東栄町", "中庄", "連島町"], "086", "710"),
    ("広島県", "呉市", ["広古新開", "阿賀中央", "焼山北"], "0823", "737"),
    ("愛媛県", "今治市", ["北宝来町", "別宮町", "鳥生町"], "0898", "794"),
    ("福岡県", "久留米市", ["東合川", "諏訪野町", "荒木町"], "0942", "830"),
    ("熊本県", "八代市", ["松江城町", "麦島西町", "古閑中町"], "0965", "866"),
    ("沖縄県", "浦添市", ["牧港", "経塚", "前田"], "098", "901"),
]
BUILDINGS = ["コーポ翠", "ハイツ楓", "グランドール東", "メゾン・ド・ソレイユ", "サンライフ", "レジデンス緑ヶ丘",
             "アーバンコート", "ヴィラ若葉", "第二清風荘", "パークサイド北"]
KANJI_DIGITS = "〇一二三四五六七八九"
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
MAIL_HOSTS = ["example.jp", "example.ne.jp", "mail.example.com", "example.co.jp", "example.org"]


def kanji_numeral(n: int) -> str:
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + (KANJI_DIGITS[ones] if ones else "")


@dataclass
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    family_roman: str
    given_roman: str
    origin: str  # JP, CN, KR, VN, PH, NP, BR
    female: bool
    birth: date
    prefecture: str
    city: str
    street: str  # the rest of the address after the city
    postal: str  # 7 digits
    area: str
    phone_digits: str
    mobile_digits: str
    email: str

    @property
    def name(self) -> str:
        """As a form writes it: a space between the parts of a Japanese name."""
        if self.origin == "JP":
            return f"{self.family} {self.given}"
        return f"{self.family}{self.given}" if self.origin in ("CN", "KR") else self.family_roman

    @property
    def tight(self) -> str:
        """As running text writes it: no space."""
        return self.name.replace(" ", "") if self.origin == "JP" else self.name

    @property
    def kana(self) -> str:
        return f"{self.family_kana} {self.given_kana}" if self.given_kana else self.family_kana

    @property
    def roman(self) -> str:
        """Passport order, capitals."""
        if self.origin == "JP":
            return f"{self.family_roman.upper()} {self.given_roman.upper()}"
        return self.family_roman

    def address(self, style: int = 0) -> str:
        if style == 1:  # without the prefecture
            return f"{self.city}{self.street}"
        if style == 2:  # full-width digits
            return f"{self.prefecture}{self.city}{self.street}".translate(FULL)
        return f"{self.prefecture}{self.city}{self.street}"

    def postal_code(self, style: int = 0) -> str:
        return [f"{self.postal[:3]}-{self.postal[3:]}", self.postal, f"{self.postal[:3]}－{self.postal[3:]}".translate(FULL)][
            style % 3]

    def phone(self, style: int = 0, mobile: bool = False) -> str:
        d = self.mobile_digits if mobile else self.phone_digits
        if style == 1:
            return d
        if style == 3:  # as written for callers from abroad
            return f"+81 {d[1:3]}-{d[3:7]}-{d[7:]}" if mobile else f"+81 {d[1:len(self.area)]}-{d[len(self.area):6]}-{d[6:]}"
        if mobile:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        a = len(self.area)
        if style == 2:
            return f"{d[:a]}({d[a:6]}){d[6:]}"
        return f"{d[:a]}-{d[a:6]}-{d[6:]}"

    def age_on(self, day: date) -> int:
        return day.year - self.birth.year - ((day.month, day.day) < (self.birth.month, self.birth.day))


STREET_SHAPES = [  # 丁目番号, hyphens, kanji numerals, 番地 or 字, 丁目 with a hyphen
    lambda town, c, b, g, r: f"{town}{c}丁目{b}番{g}号",
    lambda town, c, b, g, r: f"{town}{c}-{b}-{g}",
    lambda town, c, b, g, r: f"{town}{kanji_numeral(c)}丁目{kanji_numeral(b)}番{kanji_numeral(g)}号",
    lambda town, c, b, g, r: f"{town}{r.randint(100, 2999)}番地{r.randint(1, 9)}",
    lambda town, c, b, g, r: f"{town}字東{r.randint(1, 900)}",
    lambda town, c, b, g, r: f"{town}{c}丁目{b}-{g}",
]


def _street(rng: random.Random, town: str) -> str:
    shape = rng.choice(STREET_SHAPES)
    text = shape(town, rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25), rng)
    if rng.random() < 0.35:
        building, floor, room = rng.choice(BUILDINGS), rng.randint(1, 5), rng.randint(1, 9)
        text += f" {building}{floor}0{room}号室" if rng.random() < .4 else f" {building} {floor}0{room}"
    return text


def local_number(rng: random.Random, area: str) -> str:
    """A fixed number: area code + exchange + subscriber, 10 digits, in a range the
    numbering plan has given out (an exchange nobody uses is drawn again)."""
    while True:
        number = area + str(rng.randint(2, 9)) + numbers.digits(rng, 10 - len(area) - 1)
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            return number


def _mobile(rng: random.Random) -> str:
    while True:
        number = rng.choice(["090", "080", "070"]) + str(rng.randint(1, 9)) + numbers.digits(rng, 7)
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            return number


def birth_between(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


class People:
    """A seeded source of made-up people; no two share a name within a run."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self, first: int = 1945, last: int = 2004, origin: str = "JP", female: bool | None = None) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin == "JP":
            fam = rng.choice(SURNAMES)
            giv = rng.choice(FEMALE if female else MALE)
            names = (fam[0], giv[0], fam[1], giv[1], fam[2], giv[2])
        elif origin == "CN":
            fam, giv, kana = rng.choice(CHINESE)
            names = (fam, giv, kana, "", "", "")
        elif origin == "KR":
            fam, giv, kana = rng.choice(KOREAN)
            names = (fam, giv, kana, "", "", "")
        else:
            roman, kana, country = rng.choice(FOREIGN)
            names, origin = (roman, "", kana, "", roman, ""), country
        pref, city, towns, area, postal = rng.choice(PLACES)
        mail_name = (names[4] or "user").split(" ")[0].lower() + rng.choice([".", "_", ""]) + str(rng.randint(1, 999))
        return Person(*names, origin, female, birth_between(rng, first, last), pref, city,
                      _street(rng, rng.choice(towns)), postal + numbers.digits(rng, 4), area, local_number(rng, area),
                      _mobile(rng),
                      f"{mail_name}@{rng.choice(MAIL_HOSTS)}")

    def mixed(self, first: int = 1950, last: int = 2003) -> Person:
        """Mostly Japanese, sometimes from abroad (a fifth of the time)."""
        roll = self.rng.random()
        origin = "JP" if roll < .8 else "CN" if roll < .86 else "KR" if roll < .91 else "XX"
        return self.person(first, last, origin)
