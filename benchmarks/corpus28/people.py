"""Made-up people of corpus 28: names with readings and romaji, towns with their postal
prefixes and area codes, and the contact details a person is written down with."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

SURNAMES = [("柴崎", "シバサキ", "shibasaki"), ("宇野", "ウノ", "uno"), ("檜山", "ヒヤマ", "hiyama"),
            ("大和田", "オオワダ", "owada"), ("新庄", "シンジョウ", "shinjo"), ("市川", "イチカワ", "ichikawa"),
            ("鳴海", "ナルミ", "narumi"), ("古賀", "コガ", "koga"), ("三浦", "ミウラ", "miura"),
            ("羽田野", "ハタノ", "hatano"), ("仲宗根", "ナカソネ", "nakasone"), ("栗林", "クリバヤシ", "kuribayashi"),
            ("志村", "シムラ", "shimura"), ("片桐", "カタギリ", "katagiri"), ("福留", "フクドメ", "fukudome"),
            ("沼田", "ヌマタ", "numata"), ("今泉", "イマイズミ", "imaizumi"), ("土屋", "ツチヤ", "tsuchiya"),
            ("溝口", "ミゾグチ", "mizoguchi"), ("安達", "アダチ", "adachi"), ("岩渕", "イワブチ", "iwabuchi"),
            ("小野寺", "オノデラ", "onodera"), ("真鍋", "マナベ", "manabe"), ("笹原", "ササハラ", "sasahara"),
            ("関口", "セキグチ", "sekiguchi"), ("桑田", "クワタ", "kuwata"), ("瀬戸口", "セトグチ", "setoguchi"),
            ("野々村", "ノノムラ", "nonomura"), ("東海林", "ショウジ", "shoji"), ("照屋", "テルヤ", "teruya"),
            ("加賀谷", "カガヤ", "kagaya"), ("武藤", "ムトウ", "muto"), ("梶原", "カジワラ", "kajiwara"),
            ("能登", "ノト", "noto"), ("石黒", "イシグロ", "ishiguro"), ("曽我", "ソガ", "soga"),
            ("及川", "オイカワ", "oikawa"), ("吉良", "キラ", "kira"), ("日高", "ヒダカ", "hidaka"),
            ("根岸", "ネギシ", "negishi"), ("白鳥", "シラトリ", "shiratori"), ("堀之内", "ホリノウチ", "horinouchi"),
            ("門脇", "カドワキ", "kadowaki"), ("江藤", "エトウ", "eto"), ("浜口", "ハマグチ", "hamaguchi"),
            ("立花", "タチバナ", "tachibana"), ("諏訪", "スワ", "suwa"), ("矢吹", "ヤブキ", "yabuki"),
            ("坂東", "バンドウ", "bando"), ("若松", "ワカマツ", "wakamatsu"), ("米田", "ヨネダ", "yoneda"),
            ("千葉", "チバ", "chiba"), ("寺尾", "テラオ", "terao"), ("巽", "タツミ", "tatsumi")]
MALE = [("圭吾", "ケイゴ", "keigo"), ("颯太", "ソウタ", "sota"), ("昌弘", "マサヒロ", "masahiro"),
        ("哲也", "テツヤ", "tetsuya"), ("悠真", "ユウマ", "yuma"), ("晃", "アキラ", "akira"),
        ("伸介", "シンスケ", "shinsuke"), ("義雄", "ヨシオ", "yoshio"), ("隼人", "ハヤト", "hayato"),
        ("康平", "コウヘイ", "kohei"), ("蒼", "アオイ", "aoi"), ("勝利", "カツトシ", "katsutoshi"),
        ("陸斗", "リクト", "rikuto"), ("文雄", "フミオ", "fumio"), ("航", "ワタル", "wataru"),
        ("直樹", "ナオキ", "naoki"), ("恒夫", "ツネオ", "tsuneo"), ("湊", "ミナト", "minato"),
        ("大輝", "ダイキ", "daiki"), ("善三", "ゼンゾウ", "zenzo"), ("龍之介", "リュウノスケ", "ryunosuke"),
        ("和彦", "カズヒコ", "kazuhiko"), ("樹", "イツキ", "itsuki"), ("清", "キヨシ", "kiyoshi")]
FEMALE = [("千尋", "チヒロ", "chihiro"), ("美穂", "ミホ", "miho"), ("紗季", "サキ", "saki"),
          ("文子", "フミコ", "fumiko"), ("陽菜", "ヒナ", "hina"), ("由紀", "ユキ", "yuki"),
          ("澄江", "スミエ", "sumie"), ("結衣", "ユイ", "yui"), ("葵", "アオイ", "aoi"),
          ("佳代", "カヨ", "kayo"), ("咲良", "サクラ", "sakura"), ("芳子", "ヨシコ", "yoshiko"),
          ("真央", "マオ", "mao"), ("琴音", "コトネ", "kotone"), ("恵美", "エミ", "emi"),
          ("律子", "リツコ", "ritsuko"), ("凛", "リン", "rin"), ("智子", "トモコ", "tomoko"),
          ("花音", "カノン", "kanon"), ("節子", "セツコ", "setsuko"), ("彩乃", "アヤノ", "ayano"),
          ("麻衣", "マイ", "mai"), ("ひとみ", "ヒトミ", "hitomi"), ("和代", "カズヨ", "kazuyo")]
FOREIGN = [("NGUYEN VAN HUNG", "グエン バン フン"), ("TRAN THI MAI", "チャン ティ マイ"),
           ("SANTOS MARIA CLARA", "サントス マリア クララ"), ("BUDI SANTOSO", "ブディ サントソ"),
           ("RAI BIKASH", "ライ ビカシュ"), ("AUNG KYAW MIN", "アウン チョー ミン"),
           ("DELA CRUZ JOSEPH", "デラクルス ジョセフ"), ("PHAM THI LAN", "ファム ティ ラン"),
           ("WULAN SARI", "ウラン サリ"), ("GURUNG SITA", "グルン シタ"), ("LE MINH TUAN", "レ ミン トゥアン"),
           ("SRI RAHAYU", "スリ ラハユ"), ("ZAW LIN HTET", "ゾー リン テッ"), ("REYES ANA LUZ", "レイエス アナ ルス")]
# (prefecture, city, area code, postal prefix, towns)
TOWNS = [("北海道", "札幌市白石区", "011", "003", ["本通", "南郷通", "菊水"]),
         ("宮城県", "仙台市若林区", "022", "984", ["荒井", "六丁の目", "卸町"]),
         ("栃木県", "宇都宮市", "028", "320", ["東宿郷", "西原", "戸祭"]),
         ("埼玉県", "川越市", "049", "350", ["脇田本町", "新宿町", "仙波町"]),
         ("千葉県", "船橋市", "047", "273", ["本町", "前原西", "習志野台"]),
         ("東京都", "江東区", "03", "135", ["亀戸", "大島", "東砂"]),
         ("東京都", "三鷹市", "0422", "181", ["下連雀", "上連雀", "井口"]),
         ("神奈川県", "相模原市中央区", "042", "252", ["矢部", "淵野辺", "相生"]),
         ("静岡県", "浜松市中央区", "053", "430", ["鍛冶町", "佐鳴台", "高林"]),
         ("愛知県", "岡崎市", "0564", "444", ["康生町", "大樹寺", "羽根町"]),
         ("岐阜県", "大垣市", "0584", "503", ["郭町", "林町", "三塚町"]),
         ("京都府", "宇治市", "0774", "611", ["広野町", "小倉町", "木幡"]),
         ("大阪府", "堺市北区", "072", "591", ["中百舌鳥町", "東三国ヶ丘町", "百舌鳥梅町"]),
         ("兵庫県", "姫路市", "079", "670", ["駅前町", "十二所前町", "白浜町"]),
         ("岡山県", "倉敷市", "086", "710", ["阿知", "老松町", "白楽町"]),
         ("広島県", "福山市", "084", "720", ["三之丸町", "東桜町", "南蔵王町"]),
         ("愛媛県", "今治市", "0898", "794", ["常盤町", "旭町", "中寺"]),
         ("福岡県", "久留米市", "0942", "830", ["東町", "日吉町", "津福本町"]),
         ("熊本県", "八代市", "0965", "866", ["本町", "松江城町", "萩原町"]),
         ("沖縄県", "浦添市", "098", "901", ["城間", "牧港", "屋富祖"])]
BUILDINGS = ["コーポ若葉", "メゾン桜川", "グランディール", "ハイツ宮前", "サンライズ館", "パークサイド東",
             "ベルエア", "フォレスト壱番館", "レジデンス緑町", "シャトー葵"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp",
                "softbank.ne.jp", "nifty.com", "au.com", "biglobe.ne.jp"]


def valid_phone(rng: random.Random, area: str) -> str:
    """A landline of the town's area code, in its usual grouping, valid for Japan."""
    while True:
        rest = 10 - len(area)
        local = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        head = {2: 4, 3: 3, 4: 2}[len(area)]
        text = f"{area}-{local[:head]}-{local[head:]}" if len(area) > 1 else local
        if phonenumbers.is_valid_number(phonenumbers.parse(text, "JP")):
            return text


def mobile(rng: random.Random) -> str:
    while True:
        text = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text, "JP")):
            return text


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    romaji: str
    male: bool
    birth: date
    pref: str
    city: str
    street: str
    postal: str
    tel: str
    cell: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.sei}　{self.mei}"

    @property
    def name_tight(self) -> str:
        return self.sei + self.mei

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def address(self) -> str:
        return self.pref + self.city + self.street

    @property
    def age(self) -> int:
        return 2026 - self.birth.year - ((self.birth.month, self.birth.day) > (10, 1))


def street(rng: random.Random, town: str) -> str:
    style = rng.randrange(4)
    a, b, c = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    if style == 0:
        return f"{town}{a}丁目{b}番{c}号"
    if style == 1:
        return f"{town}{a}-{b}-{c}"
    if style == 2:
        return f"{town}{a}-{b}-{c} {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 8)}"
    return f"{town}{rng.randint(100, 2999)}番地{'' if rng.random() < 0.5 else 'の' + str(rng.randint(1, 9))}"


def person(rng: random.Random, born: tuple[int, int] = (1950, 2000), male: bool | None = None) -> Person:
    male = rng.random() < 0.5 if male is None else male
    sei, sk, sr = rng.choice(SURNAMES)
    mei, mk, mr = rng.choice(MALE if male else FEMALE)
    first = date(born[0], 1, 1)
    birth = first + timedelta(days=rng.randrange((date(born[1], 12, 31) - first).days))
    pref, city, area, zip3, towns = rng.choice(TOWNS)
    sep = rng.choice([".", "_", "", "-"])
    local = f"{mr}{sep}{sr}{rng.randint(1, 99) if rng.random() < 0.6 else ''}"
    return Person(sei, mei, sk, mk, f"{mr}.{sr}", male, birth, pref, city, street(rng, rng.choice(towns)),
                  f"{zip3}-{rng.randint(0, 9999):04d}", valid_phone(rng, area), mobile(rng),
                  f"{local}@{rng.choice(MAIL_DOMAINS)}")


def relative(rng: random.Random, of: Person, born: tuple[int, int], male: bool | None = None) -> Person:
    """Someone of the same household: the surname, address and home phone of `of`."""
    kin = person(rng, born, male)
    kin.sei, kin.sei_kana = of.sei, of.sei_kana
    kin.pref, kin.city, kin.street, kin.postal, kin.tel = of.pref, of.city, of.street, of.postal, of.tel
    return kin


def foreigner(rng: random.Random, born: tuple[int, int] = (1985, 2004)) -> tuple[str, str, Person]:
    """A worker from abroad: the passport name, its katakana, and a Person for the rest."""
    latin, kana = rng.choice(FOREIGN)
    return latin, kana, person(rng, born)
