"""Made-up people of corpus 10: names (kanji, kana, romaji), foreign residents'
names, addresses, births written as offices write them. Every list is this
corpus's own."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from benchmarks.corpus10 import ids

SURNAMES = (("柏木", "カシワギ", "KASHIWAGI"), ("桐生", "キリュウ", "KIRYU"), ("真壁", "マカベ", "MAKABE"),
            ("宇佐美", "ウサミ", "USAMI"), ("能登", "ノト", "NOTO"), ("唐沢", "カラサワ", "KARASAWA"),
            ("芦田", "アシダ", "ASHIDA"), ("梶原", "カジワラ", "KAJIWARA"), ("戸塚", "トツカ", "TOTSUKA"),
            ("鳴海", "ナルミ", "NARUMI"), ("早乙女", "サオトメ", "SAOTOME"), ("日下部", "クサカベ", "KUSAKABE"),
            ("冨永", "トミナガ", "TOMINAGA"), ("塩谷", "シオヤ", "SHIOYA"), ("穂積", "ホヅミ", "HOZUMI"),
            ("雨宮", "アメミヤ", "AMEMIYA"), ("八木橋", "ヤギハシ", "YAGIHASHI"), ("江頭", "エガシラ", "EGASHIRA"),
            ("蛭田", "ヒルタ", "HIRUTA"), ("古賀", "コガ", "KOGA"), ("三輪", "ミワ", "MIWA"), ("畠山", "ハタケヤマ", "HATAKEYAMA"),
            ("寺西", "テラニシ", "TERANISHI"), ("菅生", "スゴウ", "SUGO"), ("大日向", "オオヒナタ", "OHINATA"),
            ("瀬尾", "セオ", "SEO"), ("沖田", "オキタ", "OKITA"), ("堀之内", "ホリノウチ", "HORINOUCHI"),
            ("木暮", "コグレ", "KOGURE"), ("勅使河原", "テシガワラ", "TESHIGAWARA"), ("仲宗根", "ナカソネ", "NAKASONE"),
            ("比嘉", "ヒガ", "HIGA"), ("砂川", "スナガワ", "SUNAGAWA"), ("五十嵐", "イガラシ", "IGARASHI"),
            ("猪股", "イノマタ", "INOMATA"), ("笠原", "カサハラ", "KASAHARA"), ("葛西", "カサイ", "KASAI"),
            ("東海林", "ショウジ", "SHOJI"), ("四ノ宮", "シノミヤ", "SHINOMIYA"), ("嶋田", "シマダ", "SHIMADA"),
            ("米倉", "ヨネクラ", "YONEKURA"), ("若狭", "ワカサ", "WAKASA"), ("藤代", "フジシロ", "FUJISHIRO"),
            ("生駒", "イコマ", "IKOMA"), ("岩清水", "イワシミズ", "IWASHIMIZU"), ("小野塚", "オノヅカ", "ONOZUKA"),
            ("望月", "モチヅキ", "MOCHIZUKI"), ("茂木", "モテギ", "MOTEGI"), ("城之内", "ジョウノウチ", "JONOUCHI"),
            ("相馬", "ソウマ", "SOMA"), ("須藤", "ストウ", "SUTO"), ("羽田野", "ハタノ", "HATANO"))
MEN = (("颯太", "ソウタ", "SOTA"), ("悠真", "ユウマ", "YUMA"), ("健吾", "ケンゴ", "KENGO"), ("拓海", "タクミ", "TAKUMI"),
       ("雅人", "マサト", "MASATO"), ("俊介", "シュンスケ", "SHUNSUKE"), ("和樹", "カズキ", "KAZUKI"),
       ("浩二", "コウジ", "KOJI"), ("正晴", "マサハル", "MASAHARU"), ("忠雄", "タダオ", "TADAO"),
       ("勝利", "カツトシ", "KATSUTOSHI"), ("誠一郎", "セイイチロウ", "SEIICHIRO"), ("龍之介", "リュウノスケ", "RYUNOSUKE"),
       ("光彦", "ミツヒコ", "MITSUHIKO"), ("泰造", "タイゾウ", "TAIZO"), ("孝之", "タカユキ", "TAKAYUKI"),
       ("陽翔", "ハルト", "HARUTO"), ("文隆", "フミタカ", "FUMITAKA"), ("善次", "ゼンジ", "ZENJI"), ("敦史", "アツシ", "ATSUSHI"),
       ("晃平", "コウヘイ", "KOHEI"), ("伸也", "シンヤ", "SHINYA"), ("庄吉", "ショウキチ", "SHOKICHI"), ("航", "ワタル", "WATARU"))
WOMEN = (("美咲", "ミサキ", "MISAKI"), ("陽菜", "ヒナ", "HINA"), ("千尋", "チヒロ", "CHIHIRO"), ("沙織", "サオリ", "SAORI"),
         ("恵子", "ケイコ", "KEIKO"), ("由美子", "ユミコ", "YUMIKO"), ("早苗", "サナエ", "SANAE"), ("菜々子", "ナナコ", "NANAKO"),
         ("綾乃", "アヤノ", "AYANO"), ("結衣", "ユイ", "YUI"), ("瑞穂", "ミズホ", "MIZUHO"), ("富美子", "フミコ", "FUMIKO"),
         ("登美江", "トミエ", "TOMIE"), ("和代", "カズヨ", "KAZUYO"), ("理沙", "リサ", "RISA"), ("佳奈", "カナ", "KANA"),
         ("紗季", "サキ", "SAKI"), ("澄子", "スミコ", "SUMIKO"), ("千鶴", "チヅル", "CHIZURU"), ("小百合", "サユリ", "SAYURI"),
         ("芽衣", "メイ", "MEI"), ("朋美", "トモミ", "TOMOMI"), ("伊織", "イオリ", "IORI"), ("八重", "ヤエ", "YAE"))
# (name as written in Japan, passport order in capitals, nationality)
FOREIGN = (("グエン・ヴァン・フン", "NGUYEN VAN HUNG", "ベトナム"), ("チャン・ティ・マイ", "TRAN THI MAI", "ベトナム"),
           ("レ・ティ・ゴック・アイン", "LE THI NGOC ANH", "ベトナム"), ("ファム・ヴァン・トゥアン", "PHAM VAN TUAN", "ベトナム"),
           ("ドー・ティ・フオン", "DO THI HUONG", "ベトナム"), ("ブイ・クアン・ミン", "BUI QUANG MINH", "ベトナム"),
           ("王秀英", "WANG XIUYING", "中国"), ("李建国", "LI JIANGUO", "中国"), ("張偉", "ZHANG WEI", "中国"),
           ("劉芳", "LIU FANG", "中国"), ("陳海燕", "CHEN HAIYAN", "中国"), ("金美淑", "KIM MISUK", "韓国"),
           ("朴成浩", "PARK SEONGHO", "韓国"), ("崔恩智", "CHOI EUNJI", "韓国"), ("サントス・マリア・クララ", "SANTOS MARIA CLARA", "フィリピン"),
           ("レイエス・ジョン・パオロ", "REYES JOHN PAOLO", "フィリピン"), ("シティ・ヌルハリザ", "SITI NURHALIZA", "インドネシア"),
           ("アグス・プラセティヨ", "AGUS PRASETYO", "インドネシア"), ("グルン・ビシュヌ", "GURUNG BISHNU", "ネパール"),
           ("タパ・マヤ", "THAPA MAYA", "ネパール"), ("ソー・ミン・トゥン", "SOE MIN HTUN", "ミャンマー"))
PLACES = (("北海道", "旭川市", "末広", "070"), ("北海道", "函館市", "湯川町", "042"), ("青森県", "弘前市", "富田町", "036"),
          ("岩手県", "花巻市", "大通り", "025"), ("秋田県", "横手市", "駅前町", "013"), ("山形県", "酒田市", "亀ケ崎", "998"),
          ("福島県", "会津若松市", "門田町", "965"), ("茨城県", "土浦市", "桜町", "300"), ("栃木県", "足利市", "通", "326"),
          ("群馬県", "桐生市", "本町", "376"), ("埼玉県", "所沢市", "緑町", "359"), ("千葉県", "市川市", "八幡", "272"),
          ("東京都", "杉並区", "高円寺北", "166"), ("東京都", "葛飾区", "立石", "124"), ("東京都", "府中市", "宮西町", "183"),
          ("神奈川県", "川崎市中原区", "新丸子町", "211"), ("神奈川県", "小田原市", "栄町", "250"), ("新潟県", "長岡市", "殿町", "940"),
          ("富山県", "高岡市", "末広町", "933"), ("石川県", "金沢市", "長町", "920"), ("長野県", "松本市", "中央", "390"),
          ("岐阜県", "大垣市", "郭町", "503"), ("静岡県", "沼津市", "大手町", "410"), ("愛知県", "豊橋市", "花田町", "440"),
          ("三重県", "四日市市", "諏訪栄町", "510"), ("滋賀県", "彦根市", "京町", "522"), ("京都府", "舞鶴市", "浜", "625"),
          ("大阪府", "堺市堺区", "宿院町東", "590"), ("兵庫県", "姫路市", "西二階町", "670"), ("奈良県", "橿原市", "八木町", "634"),
          ("岡山県", "倉敷市", "阿知", "710"), ("広島県", "呉市", "中通", "737"), ("山口県", "下関市", "竹崎町", "750"),
          ("愛媛県", "今治市", "常盤町", "794"), ("高知県", "高知市", "はりまや町", "780"), ("福岡県", "久留米市", "六ツ門町", "830"),
          ("佐賀県", "唐津市", "京町", "847"), ("熊本県", "八代市", "本町", "866"), ("鹿児島県", "鹿屋市", "寿", "893"),
          ("沖縄県", "浦添市", "仲間", "901"))
RURAL = (("長野県", "下伊那郡", "阿智村", "大字駒場"), ("岩手県", "岩手郡", "雫石町", "大字長山"),
         ("新潟県", "南魚沼郡", "湯沢町", "大字三国"), ("熊本県", "阿蘇郡", "小国町", "大字宮原"),
         ("兵庫県", "美方郡", "香美町", "村岡区"), ("高知県", "高岡郡", "四万十町", "大字窪川"))
BUILDINGS = ("メゾン桜坂", "コーポ楓", "グランディール東", "ハイツ若葉", "サンライズ第2", "シャトレ朝日", "パレス青葉台")


@dataclass(frozen=True)
class Address:
    text: str
    postal: str


def address(rng: random.Random) -> Address:
    """One address in one of the shapes people write: 丁目-番-号, 番地, a building and room, a rural 大字."""
    shape = rng.randrange(6)
    if shape == 5:
        pref, county, town, area = rng.choice(RURAL)
        return Address(f"{pref}{county}{town}{area}{rng.randint(100, 3999)}番地", ids.postal(rng))
    pref, city, town, head = rng.choice(PLACES)
    block, lot, no = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    body = (f"{town}{block}丁目{lot}番{no}号", f"{town}{block}-{lot}-{no}", f"{town}{rng.randint(100, 999)}番地の{no}",
            f"{town}{block}丁目{lot}-{no} {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}号室",
            f"{town}{ids.wide(f'{block}-{lot}-{no}')}")[shape]
    lead = "" if shape == 1 and rng.random() < 0.3 else pref
    return Address(f"{lead}{city}{body}", f"{head}-{ids.digits(rng, 4)}")


ERAS = (("令和", date(2019, 5, 1), "R"), ("平成", date(1989, 1, 8), "H"), ("昭和", date(1926, 12, 25), "S"))
KANJI = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else KANJI[tens]) + "十") + (KANJI[ones] if ones or not tens else "")


def era_of(day: date) -> tuple[str, str, int]:
    for name, start, letter in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def birth_text(day: date, style: int) -> str:
    """A birth date in one of the ways Japanese forms write it."""
    era, letter, year = era_of(day)
    y = "元" if year == 1 else str(year)
    return (f"{day.year}年{day.month}月{day.day}日", f"{era}{y}年{day.month}月{day.day}日",
            f"{letter}{year}.{day.month}.{day.day}", f"{day:%Y/%m/%d}", f"{day:%Y%m%d}", f"{day.year}-{day.month}-{day.day}",
            f"{era}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
            f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}", f"{era[0]}{year}.{day.month:02d}.{day.day:02d}")[style % 9]


def random_day(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))
