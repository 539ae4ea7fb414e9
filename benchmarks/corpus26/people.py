"""Made-up people of corpus 26: names with readings, homes in towns spread over Japan, births in
several hands. Every string here has a CP932 form (the CP932 writers draw on these lists)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

FAMILY = [("相沢", "アイザワ"), ("浅野", "アサノ"), ("飯塚", "イイヅカ"), ("五十嵐", "イガラシ"), ("石黒", "イシグロ"),
          ("今泉", "イマイズミ"), ("岩城", "イワキ"), ("宇佐美", "ウサミ"), ("内海", "ウツミ"), ("江藤", "エトウ"),
          ("大門", "ダイモン"), ("小野寺", "オノデラ"), ("大河内", "オオコウチ"), ("角田", "カクタ"), ("笠井", "カサイ"),
          ("片桐", "カタギリ"), ("金子", "カネコ"), ("鎌田", "カマタ"), ("川端", "カワバタ"), ("菊地", "キクチ"),
          ("北条", "ホウジョウ"), ("久保田", "クボタ"), ("栗原", "クリハラ"), ("小池", "コイケ"), ("古賀", "コガ"),
          ("小松", "コマツ"), ("近藤", "コンドウ"), ("坂口", "サカグチ"), ("佐久間", "サクマ"), ("沢井", "サワイ"),
          ("塩谷", "シオヤ"), ("篠原", "シノハラ"), ("白石", "シライシ"), ("杉浦", "スギウラ"), ("関口", "セキグチ"),
          ("瀬戸", "セト"), ("高城", "タカギ"), ("滝沢", "タキザワ"), ("竹内", "タケウチ"), ("立花", "タチバナ"),
          ("谷口", "タニグチ"), ("千葉", "チバ"), ("土屋", "ツチヤ"), ("寺島", "テラシマ"), ("徳永", "トクナガ"),
          ("富樫", "トガシ"), ("中条", "ナカジョウ"), ("永井", "ナガイ"), ("成瀬", "ナルセ"), ("西尾", "ニシオ"),
          ("野口", "ノグチ"), ("萩原", "ハギワラ"), ("秦", "ハタ"), ("服部", "ハットリ"), ("浜口", "ハマグチ"),
          ("東", "ヒガシ"), ("日野", "ヒノ"), ("平塚", "ヒラツカ"), ("広瀬", "ヒロセ"), ("福島", "フクシマ"),
          ("藤間", "フジマ"), ("舟橋", "フナハシ"), ("星野", "ホシノ"), ("堀江", "ホリエ"), ("真壁", "マカベ"),
          ("牧野", "マキノ"), ("松浦", "マツウラ"), ("丸山", "マルヤマ"), ("三浦", "ミウラ"), ("水野", "ミズノ"),
          ("宮城", "ミヤギ"), ("村井", "ムライ"), ("望月", "モチヅキ"), ("森下", "モリシタ"), ("八木", "ヤギ"),
          ("安田", "ヤスダ"), ("柳沢", "ヤナギサワ"), ("山内", "ヤマウチ"), ("湯浅", "ユアサ"), ("横山", "ヨコヤマ"),
          ("吉川", "ヨシカワ"), ("米田", "ヨネダ"), ("若林", "ワカバヤシ"), ("渡部", "ワタナベ"), ("比嘉", "ヒガ"),
          ("玉城", "タマキ"), ("鬼塚", "オニヅカ"), ("熊谷", "クマガイ"), ("猪俣", "イノマタ"), ("嘉手納", "カデナ")]
GIVEN_M = [("晴人", "ハルト"), ("蒼", "アオイ"), ("湊", "ミナト"), ("一樹", "カズキ"), ("大輔", "ダイスケ"),
           ("健太郎", "ケンタロウ"), ("修", "オサム"), ("正和", "マサカズ"), ("俊介", "シュンスケ"), ("悠真", "ユウマ"),
           ("幸雄", "ユキオ"), ("喜八", "キハチ"), ("秀樹", "ヒデキ"), ("達也", "タツヤ"), ("隆之", "タカユキ"),
           ("陽太", "ヨウタ"), ("創", "ハジメ"), ("義男", "ヨシオ"), ("文雄", "フミオ"), ("颯太", "ソウタ"),
           ("直人", "ナオト"), ("光太郎", "コウタロウ"), ("勝", "マサル"), ("昭二", "ショウジ"), ("智也", "トモヤ"),
           ("亮", "リョウ"), ("和彦", "カズヒコ"), ("恭平", "キョウヘイ"), ("孝", "タカシ"), ("蓮", "レン")]
GIVEN_F = [("陽菜", "ヒナ"), ("結衣", "ユイ"), ("美咲", "ミサキ"), ("千尋", "チヒロ"), ("和子", "カズコ"),
           ("恵美", "エミ"), ("裕子", "ユウコ"), ("紬", "ツムギ"), ("芽依", "メイ"), ("葵", "アオイ"),
           ("久美子", "クミコ"), ("節子", "セツコ"), ("麻衣", "マイ"), ("彩花", "アヤカ"), ("真由美", "マユミ"),
           ("加奈", "カナ"), ("菜々子", "ナナコ"), ("ふみ", "フミ"), ("典子", "ノリコ"), ("玲奈", "レイナ"),
           ("沙織", "サオリ"), ("琴音", "コトネ"), ("明美", "アケミ"), ("早苗", "サナエ"), ("凛", "リン"),
           ("佳代", "カヨ"), ("静香", "シズカ"), ("朋美", "トモミ"), ("澄江", "スミエ"), ("莉子", "リコ")]
FOREIGN = [("グエン", "ヴァン ナム", "NGUYEN VAN NAM"), ("チャン", "ティ ハ", "TRAN THI HA"),
           ("サントス", "マリア", "SANTOS MARIA"), ("リー", "ジアン", "LI JIAN"), ("パク", "ミンジュン", "PARK MINJUN"),
           ("シャルマ", "ラフル", "SHARMA RAHUL"), ("ゴメス", "アナ", "GOMEZ ANA"), ("タパ", "スニタ", "THAPA SUNITA"),
           ("ウォン", "メイリン", "WONG MEILING"), ("ハサン", "アミール", "HASAN AMIR"), ("キム", "ソヨン", "KIM SOYEON"),
           ("レ", "ヴァン トゥアン", "LE VAN TUAN")]
# (prefecture, city, [towns], postal prefix of three digits, landline area codes)
TOWNS = [("北海道", "帯広市", ["西十七条南", "柏林台東町", "大通南"], "080", ["0155"]),
         ("青森県", "八戸市", ["湊高台", "白銀町", "根城"], "031", ["0178"]),
         ("岩手県", "花巻市", ["石鳥谷町好地", "東和町土沢", "大通り"], "025", ["0198"]),
         ("山形県", "酒田市", ["若浜町", "亀ケ崎", "東泉町"], "998", ["0234"]),
         ("福島県", "会津若松市", ["門田町大字御山", "一箕町八幡", "城東町"], "965", ["0242"]),
         ("茨城県", "土浦市", ["真鍋新町", "中高津", "桜町"], "300", ["029"]),
         ("栃木県", "足利市", ["伊勢町", "田中町", "福居町"], "326", ["0284"]),
         ("群馬県", "桐生市", ["相生町", "境野町", "本町"], "376", ["0277"]),
         ("埼玉県", "所沢市", ["小手指町", "北秋津", "松が丘"], "359", ["04"]),
         ("千葉県", "木更津市", ["清見台南", "請西", "潮見"], "292", ["0438"]),
         ("東京都", "府中市", ["若松町", "白糸台", "四谷"], "183", ["042"]),
         ("東京都", "江東区", ["大島", "北砂", "東陽"], "135", ["03"]),
         ("神奈川県", "厚木市", ["旭町", "妻田北", "戸室"], "243", ["046"]),
         ("新潟県", "長岡市", ["東坂之上町", "川崎町", "宮内"], "940", ["0258"]),
         ("石川県", "小松市", ["園町", "符津町", "今江町"], "923", ["0761"]),
         ("長野県", "上田市", ["常田", "中之条", "上塩尻"], "386", ["0268"]),
         ("静岡県", "沼津市", ["大岡", "下香貫", "千本港町"], "410", ["055"]),
         ("愛知県", "岡崎市", ["康生町", "羽根町", "上地"], "444", ["0564"]),
         ("三重県", "松阪市", ["殿町", "川井町", "垣鼻町"], "515", ["0598"]),
         ("京都府", "舞鶴市", ["浜", "字引土", "倉谷"], "624", ["0773"]),
         ("大阪府", "枚方市", ["香里ケ丘", "磯島元町", "招提南町"], "573", ["072"]),
         ("兵庫県", "明石市", ["魚住町西岡", "大久保町大窪", "硯町"], "673", ["078"]),
         ("岡山県", "倉敷市", ["玉島", "児島小川", "中庄"], "710", ["086"]),
         ("広島県", "呉市", ["広古新開", "阿賀中央", "焼山北"], "737", ["0823"]),
         ("愛媛県", "今治市", ["北宝来町", "常盤町", "大西町"], "794", ["0898"]),
         ("福岡県", "久留米市", ["荘島町", "合川町", "御井町"], "830", ["0942"]),
         ("熊本県", "八代市", ["松江城町", "日奈久", "鏡町"], "866", ["0965"]),
         ("鹿児島県", "霧島市", ["国分中央", "隼人町", "溝辺町"], "899", ["0995"]),
         ("沖縄県", "沖縄市", ["胡屋", "登川", "美里"], "904", ["098"])]
BUILDINGS = ["", "", "", "", "コーポ青葉201", "ハイツ松風102", "グランメゾン305", "第二清水荘4号", "サンライズ北棟803",
             "ひまわり団地3-204", "レジデンス朝日1101"]
MAIL_HOSTS = ["mail.hoshizora.ne.jp", "kawasemi.or.jp", "tsubame-net.jp", "aozora.ne.jp", "example-mobile.jp",
              "minato-web.jp", "kinoko.ne.jp"]
ROMA = {"ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o"}


@dataclass
class Person:
    family: str
    given: str
    kana: str
    sex: str
    born: date
    pref: str
    city: str
    street: str
    postal: str
    area: str
    handle: str
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.family} {self.given}"

    @property
    def tight(self) -> str:
        return f"{self.family}{self.given}"

    @property
    def address(self) -> str:
        return f"{self.pref}{self.city}{self.street}"

    @property
    def age(self) -> int:
        return 2026 - self.born.year - ((self.born.month, self.born.day) > (4, 1))


def born_between(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def person(rng: random.Random, first: int = 1945, last: int = 2003, foreign: bool = False) -> Person:
    sex = rng.choice("男女")
    if foreign:
        fam, giv, roman = rng.choice(FOREIGN)
        family, given, kana, handle = fam, giv, roman, roman.split()[-1].lower() + str(rng.randrange(10, 99))
    else:
        (family, fk), (given, gk) = rng.choice(FAMILY), rng.choice(GIVEN_M if sex == "男" else GIVEN_F)
        kana = f"{fk} {gk}"
        handle = rng.choice(["", "k.", "m-", "s_"]) + str(rng.randrange(100, 9999))
    pref, city, towns, zip3, areas = rng.choice(TOWNS)
    street = f"{rng.choice(towns)}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 22)}号"
    if rng.random() < 0.4:
        street = f"{rng.choice(towns)}{rng.randint(1, 2800)}-{rng.randint(1, 40)}"
    building = rng.choice(BUILDINGS)
    street += (" " + building) if building else ""
    return Person(family, given, kana, sex, born_between(rng, first, last), pref, city, street,
                  f"{zip3}-{rng.randrange(10000):04d}", rng.choice(areas), handle)


def household(rng: random.Random, head: Person, first: int, last: int) -> Person:
    """One more of the same family and home (a child, a spouse)."""
    kid = person(rng, first, last)
    kid.family, kid.pref, kid.city, kid.street, kid.postal, kid.area = (head.family, head.pref, head.city,
                                                                      head.street, head.postal, head.area)
    kid.kana = head.kana.split()[0] + " " + kid.kana.split()[-1]
    return kid
