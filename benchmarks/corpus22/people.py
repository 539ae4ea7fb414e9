"""Corpus 22's synthetic people: surnames and given names (kanji, kana reading, romaji),
names from China, Korea and Vietnam, and the towns they live in — lists written fresh
for this corpus. A person is drawn whole (name, birth, address, contacts) from a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

SURNAMES = [("相沢", "あいざわ", "AIZAWA"), ("浅野", "あさの", "ASANO"), ("飯塚", "いいづか", "IIZUKA"),
            ("石黒", "いしぐろ", "ISHIGURO"), ("今泉", "いまいずみ", "IMAIZUMI"), ("岩城", "いわき", "IWAKI"),
            ("植松", "うえまつ", "UEMATSU"), ("内海", "うつみ", "UTSUMI"), ("大川", "おおかわ", "OKAWA"),
            ("小椋", "おぐら", "OGURA"), ("尾崎", "おざき", "OZAKI"), ("甲斐", "かい", "KAI"),
            ("笠原", "かさはら", "KASAHARA"), ("門脇", "かどわき", "KADOWAKI"), ("金沢", "かなざわ", "KANAZAWA"),
            ("川島", "かわしま", "KAWASHIMA"), ("北原", "きたはら", "KITAHARA"), ("久保田", "くぼた", "KUBOTA"),
            ("栗林", "くりばやし", "KURIBAYASHI"), ("小松", "こまつ", "KOMATSU"), ("近藤", "こんどう", "KONDO"),
            ("坂口", "さかぐち", "SAKAGUCHI"), ("桜井", "さくらい", "SAKURAI"), ("篠原", "しのはら", "SHINOHARA"),
            ("白石", "しらいし", "SHIRAISHI"), ("杉浦", "すぎうら", "SUGIURA"), ("関口", "せきぐち", "SEKIGUCHI"),
            ("高野", "たかの", "TAKANO"), ("滝沢", "たきざわ", "TAKIZAWA"), ("竹内", "たけうち", "TAKEUCHI"),
            ("辻本", "つじもと", "TSUJIMOTO"), ("寺島", "てらしま", "TERASHIMA"), ("富田", "とみた", "TOMITA"),
            ("永井", "ながい", "NAGAI"), ("中西", "なかにし", "NAKANISHI"), ("西岡", "にしおか", "NISHIOKA"),
            ("野口", "のぐち", "NOGUCHI"), ("萩原", "はぎわら", "HAGIWARA"), ("服部", "はっとり", "HATTORI"),
            ("平松", "ひらまつ", "HIRAMATSU"), ("広瀬", "ひろせ", "HIROSE"), ("福永", "ふくなが", "FUKUNAGA"),
            ("堀内", "ほりうち", "HORIUCHI"), ("増井", "ますい", "MASUI"), ("松浦", "まつうら", "MATSUURA"),
            ("三浦", "みうら", "MIURA"), ("宮崎", "みやざき", "MIYAZAKI"), ("村瀬", "むらせ", "MURASE"),
            ("望月", "もちづき", "MOCHIZUKI"), ("森下", "もりした", "MORISHITA"), ("八木", "やぎ", "YAGI"),
            ("矢野", "やの", "YANO"), ("山岸", "やまぎし", "YAMAGISHI"), ("湯川", "ゆかわ", "YUKAWA"),
            ("吉岡", "よしおか", "YOSHIOKA"), ("米田", "よねだ", "YONEDA"), ("若林", "わかばやし", "WAKABAYASHI"),
            ("渡部", "わたべ", "WATABE"), ("千葉", "ちば", "CHIBA"), ("根岸", "ねぎし", "NEGISHI")]
GIVEN = [("彩花", "あやか", "AYAKA", "F"), ("杏奈", "あんな", "ANNA", "F"), ("一輝", "かずき", "KAZUKI", "M"),
         ("瑛太", "えいた", "EITA", "M"), ("和夫", "かずお", "KAZUO", "M"), ("佳代子", "かよこ", "KAYOKO", "F"),
         ("恭平", "きょうへい", "KYOHEI", "M"), ("清美", "きよみ", "KIYOMI", "F"), ("圭介", "けいすけ", "KEISUKE", "M"),
         ("幸子", "さちこ", "SACHIKO", "F"), ("聡", "さとし", "SATOSHI", "M"), ("紗希", "さき", "SAKI", "F"),
         ("茂", "しげる", "SHIGERU", "M"), ("静香", "しずか", "SHIZUKA", "F"), ("峻", "しゅん", "SHUN", "M"),
         ("翔太", "しょうた", "SHOTA", "M"), ("節子", "せつこ", "SETSUKO", "F"), ("貴之", "たかゆき", "TAKAYUKI", "M"),
         ("千尋", "ちひろ", "CHIHIRO", "F"), ("司", "つかさ", "TSUKASA", "M"), ("哲也", "てつや", "TETSUYA", "M"),
         ("智美", "ともみ", "TOMOMI", "F"), ("直人", "なおと", "NAOTO", "M"), ("菜々子", "ななこ", "NANAKO", "F"),
         ("信夫", "のぶお", "NOBUO", "M"), ("則子", "のりこ", "NORIKO", "F"), ("隼人", "はやと", "HAYATO", "M"),
         ("春菜", "はるな", "HARUNA", "F"), ("英樹", "ひでき", "HIDEKI", "M"), ("仁美", "ひとみ", "HITOMI", "F"),
         ("文雄", "ふみお", "FUMIO", "M"), ("真理子", "まりこ", "MARIKO", "F"), ("正義", "まさよし", "MASAYOSHI", "M"),
         ("美穂", "みほ", "MIHO", "F"), ("実", "みのる", "MINORU", "M"), ("桃子", "ももこ", "MOMOKO", "F"),
         ("康弘", "やすひろ", "YASUHIRO", "M"), ("結衣", "ゆい", "YUI", "F"), ("悠真", "ゆうま", "YUMA", "M"),
         ("洋子", "ようこ", "YOKO", "F"), ("良太", "りょうた", "RYOTA", "M"), ("玲奈", "れいな", "REINA", "F"),
         ("亘", "わたる", "WATARU", "M"), ("早苗", "さなえ", "SANAE", "F"), ("利光", "としみつ", "TOSHIMITSU", "M"),
         ("芳江", "よしえ", "YOSHIE", "F"), ("大地", "だいち", "DAICHI", "M"), ("萌", "もえ", "MOE", "F")]
# (surname, given name, katakana reading, romaji surname, romaji given): China, Korea, Vietnam
FOREIGN = [("王", "静怡", "ワン・ジンイー", "WANG", "JINGYI"), ("劉", "浩然", "リウ・ハオラン", "LIU", "HAORAN"),
           ("陳", "美玲", "チェン・メイリン", "CHEN", "MEILING"), ("趙", "子軒", "ジャオ・ズーシュエン", "ZHAO", "ZIXUAN"),
           ("黄", "佳慧", "ホアン・ジアフイ", "HUANG", "JIAHUI"), ("孫", "立偉", "スン・リーウェイ", "SUN", "LIWEI"),
           ("金", "秀妍", "キム・スヨン", "KIM", "SUYEON"), ("朴", "俊浩", "パク・ジュノ", "PARK", "JUNHO"),
           ("崔", "恩惠", "チェ・ウネ", "CHOI", "EUNHYE"), ("鄭", "在賢", "チョン・ジェヒョン", "JUNG", "JAEHYUN"),
           ("Nguyen", "Thi Thu", "グエン・ティ・トゥー", "NGUYEN", "THI THU"),
           ("Tran", "Van Hieu", "チャン・ヴァン・ヒエウ", "TRAN", "VAN HIEU"),
           ("Pham", "Minh Chau", "ファム・ミン・チャウ", "PHAM", "MINH CHAU"),
           ("Le", "Quoc Bao", "レ・クオック・バオ", "LE", "QUOC BAO"),
           ("Vo", "Thi Hoa", "ヴォー・ティ・ホア", "VO", "THI HOA")]
COUNTRY = {"WANG": "中国", "LIU": "中国", "CHEN": "台湾", "ZHAO": "中国", "HUANG": "中国", "SUN": "中国",
           "KIM": "韓国", "PARK": "韓国", "CHOI": "韓国", "JUNG": "韓国", "NGUYEN": "ベトナム", "TRAN": "ベトナム",
           "PHAM": "ベトナム", "LE": "ベトナム", "VO": "ベトナム"}
# (prefecture, city, towns, postal prefix)
TOWNS = [("北海道", "旭川市", ["東光", "豊岡", "末広"], "078"), ("宮城県", "石巻市", ["中里", "蛇田", "門脇町"], "986"),
         ("福島県", "会津若松市", ["門田町", "一箕町", "大町"], "965"), ("茨城県", "土浦市", ["真鍋", "荒川沖東"], "300"),
         ("群馬県", "高崎市", ["飯塚町", "上中居町", "江木町"], "370"), ("埼玉県", "越谷市", ["大沢", "東越谷"], "343"),
         ("千葉県", "船橋市", ["前原西", "夏見台", "本中山"], "273"), ("東京都", "杉並区", ["阿佐谷北", "高円寺南"], "166"),
         ("東京都", "足立区", ["梅島", "西新井", "竹の塚"], "121"), ("神奈川県", "藤沢市", ["辻堂", "鵠沼石上"], "251"),
         ("神奈川県", "相模原市中央区", ["淵野辺", "矢部"], "252"), ("新潟県", "長岡市", ["殿町", "東坂之上町"], "940"),
         ("長野県", "松本市", ["蟻ケ崎", "白板"], "390"), ("静岡県", "浜松市中央区", ["佐鳴台", "富塚町"], "432"),
         ("愛知県", "岡崎市", ["康生町", "明大寺町"], "444"), ("三重県", "四日市市", ["浜田町", "小古曽"], "510"),
         ("京都府", "宇治市", ["五ケ庄", "小倉町"], "611"), ("大阪府", "吹田市", ["千里山東", "江坂町"], "564"),
         ("兵庫県", "姫路市", ["飾磨区英賀", "東雲町"], "670"), ("岡山県", "倉敷市", ["老松町", "連島町"], "710"),
         ("広島県", "福山市", ["南蔵王町", "春日町"], "720"), ("愛媛県", "今治市", ["別宮町", "南宝来町"], "794"),
         ("福岡県", "久留米市", ["東合川", "日吉町"], "830"), ("熊本県", "八代市", ["松江城町", "本町"], "866"),
         ("沖縄県", "浦添市", ["経塚", "牧港"], "901")]
BUILDINGS = ["", "", "", " コーポ桜丘201", " グランメゾン302", " ハイツ若葉105", "-402", " レジデンス緑町808"]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp", "ezweb.ne.jp", "nifty.com"]


@dataclass(frozen=True)
class Person:
    sei: str
    mei: str
    kana: str  # hiragana (Japanese) or katakana (foreign) reading, a space between
    roma: str  # passport order: SURNAME GIVEN
    sex: str
    born: date
    pref: str
    city: str
    street: str
    postal: str
    foreign: str = ""  # country, when a foreign name

    @property
    def full(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def tight(self) -> str:
        return f"{self.sei} {self.mei}" if self.sei.isascii() else self.sei + self.mei

    @property
    def western(self) -> str:
        """Given name first, capitalised, as an English letter writes it."""
        surname, given = self.roma.split(" ", 1)
        return f"{given.title()} {surname.title()}"

    @property
    def address(self) -> str:
        return f"{self.pref}{self.city}{self.street}"

    @property
    def katakana(self) -> str:
        return "".join(chr(ord(c) + 96) if "ぁ" <= c <= "ゖ" else c for c in self.kana)


def person(rng: random.Random, foreign: float = 0.0, born_from: int = 1940, born_to: int = 2006) -> Person:
    pref, city, towns, prefix = rng.choice(TOWNS)
    street = f"{rng.choice(towns)}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}-{rng.randint(1, 19)}{rng.choice(BUILDINGS)}"
    postal = f"{prefix}-{rng.randint(0, 9999):04d}"
    born = date(born_from, 1, 1) + timedelta(days=rng.randrange((date(born_to, 12, 31) - date(born_from, 1, 1)).days))
    if rng.random() < foreign:
        sei, mei, kana, rs, rg = rng.choice(FOREIGN)
        return Person(sei, mei, kana, f"{rs} {rg}", rng.choice("MF"), born, pref, city, street, postal, COUNTRY[rs])
    s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    return Person(s[0], g[0], f"{s[1]} {g[1]}", f"{s[2]} {g[2]}", g[3], born, pref, city, street, postal)


def email_of(rng: random.Random, p: Person) -> str:
    sur, given = p.roma.lower().replace(" ", ".", 1).split(".", 1)
    given = given.replace(" ", "")
    shape = rng.choice(["{g}.{s}", "{s}{n}", "{g}_{s}{n}", "{s[0]}{g}{n}"])
    return shape.format(g=given, s=sur, n=rng.randint(1, 99)) + "@" + rng.choice(DOMAINS)
