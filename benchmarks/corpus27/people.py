"""Made-up people of corpus 27: names with their readings, the places they live, and a person
drawn with one Random (every field written as the offices of this corpus write it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

SURNAMES = [("相馬", "ソウマ"), ("井狩", "イカリ"), ("卯木", "ウツギ"), ("大貫", "オオヌキ"), ("樫村", "カシムラ"),
            ("門脇", "カドワキ"), ("金成", "カナリ"), ("鴨志田", "カモシダ"), ("久賀", "クガ"), ("栗林", "クリバヤシ"),
            ("小柴", "コシバ"), ("才川", "サイカワ"), ("笹原", "ササハラ"), ("志水", "シミズ"), ("新発田", "シバタ"),
            ("須貝", "スガイ"), ("瀬尾", "セオ"), ("反町", "ソリマチ"), ("高頭", "タカトウ"), ("多比良", "タイラ"),
            ("千々岩", "チヂイワ"), ("津久井", "ツクイ"), ("手代木", "テシロギ"), ("堂前", "ドウマエ"), ("富樫", "トガシ"),
            ("苗村", "ナエムラ"), ("滑川", "ナメカワ"), ("二瓶", "ニヘイ"), ("沼尻", "ヌマジリ"), ("根岸", "ネギシ"),
            ("野老", "トコロ"), ("芳賀", "ハガ"), ("蓮見", "ハスミ"), ("比嘉", "ヒガ"), ("樋渡", "ヒワタシ"),
            ("深作", "フカサク"), ("古館", "フルダテ"), ("保坂", "ホサカ"), ("真壁", "マカベ"), ("箕輪", "ミノワ"),
            ("六車", "ムグルマ"), ("目黒", "メグロ"), ("茂木", "モテギ"), ("八重樫", "ヤエガシ"), ("湯浅", "ユアサ"),
            ("米倉", "ヨネクラ"), ("若狭", "ワカサ"), ("渡部", "ワタナベ"), ("阿久津", "アクツ"), ("五十嵐", "イガラシ"),
            ("宇佐美", "ウサミ"), ("江頭", "エガシラ"), ("小野寺", "オノデラ"), ("柏木", "カシワギ"), ("岸本", "キシモト"),
            ("桑島", "クワジマ"), ("権藤", "ゴンドウ"), ("佐久間", "サクマ"), ("東海林", "ショウジ"), ("菅家", "カンケ")]
MEN = [("智久", "トモヒサ"), ("隆之", "タカユキ"), ("航平", "コウヘイ"), ("誠二", "セイジ"), ("陸斗", "リクト"),
       ("健吾", "ケンゴ"), ("正信", "マサノブ"), ("悠真", "ユウマ"), ("大輔", "ダイスケ"), ("晃", "アキラ"),
       ("勝利", "カツトシ"), ("昌平", "ショウヘイ"), ("颯太", "ソウタ"), ("義男", "ヨシオ"), ("達也", "タツヤ"),
       ("修", "オサム"), ("和樹", "カズキ"), ("蒼", "アオイ"), ("仁志", "ヒトシ"), ("幸三", "コウゾウ")]
WOMEN = [("千晶", "チアキ"), ("真由美", "マユミ"), ("紗希", "サキ"), ("和子", "カズコ"), ("芽衣", "メイ"),
         ("理恵", "リエ"), ("静香", "シズカ"), ("陽菜", "ヒナ"), ("節子", "セツコ"), ("美穂", "ミホ"),
         ("佳奈", "カナ"), ("朋美", "トモミ"), ("結衣", "ユイ"), ("恵子", "ケイコ"), ("彩乃", "アヤノ"),
         ("弘美", "ヒロミ"), ("琴音", "コトネ"), ("奈緒", "ナオ"), ("文江", "フミエ"), ("円香", "マドカ")]
FOREIGN = [("シルバ", "ルーカス", "SILVA LUCAS"), ("オリベイラ", "ガブリエラ", "OLIVEIRA GABRIELA"),
           ("グエン", "ヴァン・ミン", "NGUYEN VAN MINH"), ("サントス", "マテウス", "SANTOS MATEUS"),
           ("ペレイラ", "ジュリア", "PEREIRA JULIA"), ("レ", "ティ・ホア", "LE THI HOA"),
           ("ヤマシタ", "エドゥアルド", "YAMASHITA EDUARDO"), ("コスタ", "ラリッサ", "COSTA LARISSA"),
           ("チャン", "ウェイ", "ZHANG WEI"), ("タパ", "ラメシュ", "THAPA RAMESH"),
           ("ソウザ", "ブルーノ", "SOUZA BRUNO"), ("ロドリゲス", "アナ", "RODRIGUES ANA")]
# (prefecture + city, towns, postal prefix, landline area code and its length of the middle part)
PLACES = [("群馬県太田市", ["飯田町", "東本町", "新井町", "浜町"], "373", "0276", 2),
          ("静岡県浜松市中央区", ["佐鳴台", "高丘東", "蜆塚", "富塚町"], "432", "053", 3),
          ("愛知県豊橋市", ["向山町", "花田町", "牛川通", "岩田町"], "440", "0532", 2),
          ("岐阜県大垣市", ["林町", "郭町", "東外側町", "禾森町"], "503", "0584", 2),
          ("三重県四日市市", ["久保田", "富田", "笹川", "日永"], "510", "059", 3),
          ("埼玉県川越市", ["脇田町", "霞ケ関北", "新宿町", "小仙波町"], "350", "049", 3),
          ("千葉県船橋市", ["前原西", "習志野台", "湊町", "本中山"], "273", "047", 3),
          ("神奈川県藤沢市", ["鵠沼石上", "辻堂元町", "善行", "湘南台"], "251", "0466", 2),
          ("東京都板橋区", ["常盤台", "大山東町", "前野町", "高島平"], "174", "03", 4),
          ("東京都江戸川区", ["小岩", "葛西", "瑞江", "平井"], "132", "03", 4),
          ("大阪府東大阪市", ["小阪", "長田東", "瓢箪山町", "布施"], "577", "06", 4),
          ("兵庫県姫路市", ["飾磨区", "白浜町", "野里", "広畑区"], "670", "079", 3),
          ("福岡県久留米市", ["東町", "御井町", "野中町", "梅満町"], "830", "0942", 2),
          ("宮城県石巻市", ["中里", "大街道東", "蛇田", "門脇町"], "986", "0225", 2),
          ("長野県松本市", ["城東", "沢村", "寿台", "蟻ケ崎"], "390", "0263", 2),
          ("新潟県長岡市", ["城内町", "稲保", "川崎", "関原町"], "940", "0258", 2)]
BUILDINGS = ["", "", "", "コーポ青葉", "メゾン南風", "ハイツ柊", "サンライズ", "グリーンヒル", "レジデンス翠", "第二松風荘"]


@dataclass
class Person:
    surname: str
    given: str
    kana: str
    sex: str
    birth: date
    prefecture_city: str
    street: str
    postal: str
    mobile: str
    home: str
    email: str
    romaji: str = ""

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}"

    @property
    def tight(self) -> str:
        return f"{self.surname}{self.given}"

    @property
    def address(self) -> str:
        return f"{self.prefecture_city}{self.street}"

    @property
    def age(self) -> int:
        return 2026 - self.birth.year - ((self.birth.month, self.birth.day) > (11, 20))


ROMAJI_GIVEN = {"ト": "to", "タ": "ta", "コ": "ko", "セ": "se", "リ": "ri", "ケ": "ke", "マ": "ma", "ユ": "yu",
                "ダ": "da", "ア": "a", "カ": "ka", "シ": "shi", "ソ": "so", "ヨ": "yo", "オ": "o", "ヒ": "hi",
                "チ": "chi", "サ": "sa", "メ": "me", "フ": "fu", "ナ": "na", "ミ": "mi", "イ": "i", "ハ": "ha"}
DOMAINS = ["ezweb.ne.jp", "docomo.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "softbank.ne.jp"]


def phone(rng, area: str, middle: int) -> str:
    """A landline of the area: area + middle + 4 digits, ten digits in all, the middle not starting 0 or 1."""
    while True:
        first = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(middle - 1))
        number = f"{area}-{first}-{rng.randint(0, 9999):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            return number


def mobile(rng) -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"


def born(rng, oldest: int = 1940, youngest: int = 2004) -> date:
    return date(oldest, 1, 1) + timedelta(days=rng.randint(0, (youngest - oldest) * 365))


def person(rng, oldest: int = 1940, youngest: int = 2004, sex: str | None = None) -> Person:
    surname, skana = rng.choice(SURNAMES)
    sex = sex or rng.choice("男女")
    given, gkana = rng.choice(MEN if sex == "男" else WOMEN)
    city, towns, prefix, area, middle = rng.choice(PLACES)
    building = rng.choice(BUILDINGS)
    street = f"{rng.choice(towns)}{rng.randint(1, 6)}丁目{rng.randint(1, 28)}番{rng.randint(1, 20)}号"
    if building:
        street = f"{rng.choice(towns)}{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 15)} {building}{rng.randint(1, 3)}0{rng.randint(1, 8)}"
    local = "".join(ROMAJI_GIVEN.get(c, "") for c in gkana) or "user"
    email = f"{local}.{rng.randint(10, 999)}@{rng.choice(DOMAINS)}"
    return Person(surname, given, f"{skana} {gkana}", sex, born(rng, oldest, youngest), city, street,
                  f"{prefix}-{rng.randint(0, 9999):04d}", mobile(rng), phone(rng, area, middle), email)


def foreigner(rng, oldest: int = 1975, youngest: int = 2012) -> Person:
    family, given, romaji = rng.choice(FOREIGN)
    base = person(rng, oldest, youngest)
    base.surname, base.given, base.kana, base.romaji = family, given, f"{family} {given}", romaji
    base.email = f"{romaji.split()[0].lower()}{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"
    return base
