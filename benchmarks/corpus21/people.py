"""Corpus 21's synthetic people and their addresses, written fresh: surnames and given
names with their readings, names from China, Korea and Vietnam, and addresses in
prefectures, cities and blocks of this corpus's own choosing."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.corpus21 import ids

SURNAMES = [("樋渡", "ひわたし", "Hiwatashi"), ("宍戸", "ししど", "Shishido"), ("轟", "とどろき", "Todoroki"),
            ("真鍋", "まなべ", "Manabe"), ("蓮見", "はすみ", "Hasumi"), ("久保園", "くぼぞの", "Kubozono"),
            ("鳥海", "とりうみ", "Toriumi"), ("羽鳥", "はとり", "Hatori"), ("米倉", "よねくら", "Yonekura"),
            ("榊", "さかき", "Sakaki"), ("新垣", "あらかき", "Arakaki"), ("喜屋武", "きゃん", "Kyan"),
            ("小野寺", "おのでら", "Onodera"), ("鶴岡", "つるおか", "Tsuruoka"), ("甘利", "あまり", "Amari"),
            ("城之内", "じょうのうち", "Jonouchi"), ("八木沢", "やぎさわ", "Yagisawa"), ("芦田", "あしだ", "Ashida"),
            ("東海林", "しょうじ", "Shoji"), ("門脇", "かどわき", "Kadowaki"), ("塩見", "しおみ", "Shiomi"),
            ("日比野", "ひびの", "Hibino"), ("栗林", "くりばやし", "Kuribayashi"), ("百瀬", "ももせ", "Momose"),
            ("御手洗", "みたらい", "Mitarai"), ("柘植", "つげ", "Tsuge"), ("仁科", "にしな", "Nishina"),
            ("大須賀", "おおすが", "Osuga"), ("瀬尾", "せお", "Seo"), ("浜口", "はまぐち", "Hamaguchi"),
            ("桐生", "きりゅう", "Kiryu"), ("野々村", "ののむら", "Nonomura"), ("蔵本", "くらもと", "Kuramoto"),
            ("古賀", "こが", "Koga"), ("益子", "ましこ", "Mashiko"), ("乙部", "おとべ", "Otobe"),
            ("若狭", "わかさ", "Wakasa"), ("砂川", "すながわ", "Sunagawa"), ("戸塚", "とつか", "Totsuka"),
            ("梶谷", "かじたに", "Kajitani"), ("阿久津", "あくつ", "Akutsu"), ("都築", "つづき", "Tsuzuki")]
GIVEN = [("瑞穂", "みずほ", "Mizuho"), ("蒼", "あおい", "Aoi"), ("颯太", "そうた", "Sota"), ("千尋", "ちひろ", "Chihiro"),
         ("泰造", "たいぞう", "Taizo"), ("芙美子", "ふみこ", "Fumiko"), ("凛", "りん", "Rin"), ("晴臣", "はるおみ", "Haruomi"),
         ("未来", "みく", "Miku"), ("篤志", "あつし", "Atsushi"), ("朋美", "ともみ", "Tomomi"), ("悠真", "ゆうま", "Yuma"),
         ("紗英", "さえ", "Sae"), ("勘太郎", "かんたろう", "Kantaro"), ("静香", "しずか", "Shizuka"),
         ("一颯", "いぶき", "Ibuki"), ("葵衣", "あおい", "Aoi"), ("徳治", "とくじ", "Tokuji"), ("小夜子", "さよこ", "Sayoko"),
         ("伊織", "いおり", "Iori"), ("万里", "まり", "Mari"), ("航平", "こうへい", "Kohei"), ("美羽", "みう", "Miu"),
         ("栄作", "えいさく", "Eisaku"), ("澄江", "すみえ", "Sumie"), ("孝之", "たかゆき", "Takayuki"),
         ("穂乃花", "ほのか", "Honoka"), ("辰巳", "たつみ", "Tatsumi"), ("佳代", "かよ", "Kayo"), ("慎吾", "しんご", "Shingo")]
MALE = {"颯太", "泰造", "晴臣", "篤志", "悠真", "勘太郎", "一颯", "徳治", "航平", "栄作", "孝之", "辰巳", "慎吾", "伊織", "蒼"}
FEMALE = {"瑞穂", "千尋", "芙美子", "凛", "未来", "朋美", "紗英", "静香", "葵衣", "小夜子", "万里", "美羽", "澄江", "穂乃花", "佳代",
          "伊織", "蒼"}
WOMEN = {"王 雨萱", "劉 静怡", "朴 智恩", "李 秀妍", "グエン・ティ・ラン", "レ・ティ・マイ"}
FOREIGN = [("王 雨萱", "Wang Yuxuan"), ("陳 志明", "Chen Zhiming"), ("劉 静怡", "Liu Jingyi"), ("趙 浩然", "Zhao Haoran"),
           ("朴 智恩", "Park Jieun"), ("金 民俊", "Kim Minjun"), ("李 秀妍", "Lee Suyeon"), ("崔 東旭", "Choi Donguk"),
           ("グエン・ティ・ラン", "Nguyen Thi Lan"), ("チャン・ヴァン・フン", "Tran Van Hung"),
           ("レ・ティ・マイ", "Le Thi Mai"), ("ファム・ミン・トゥアン", "Pham Minh Tuan")]
PLACES = [("北海道", "札幌市白石区", "菊水", "003"), ("宮城県", "仙台市若林区", "河原町", "984"),
          ("新潟県", "長岡市", "東神田", "940"), ("神奈川県", "横浜市南区", "弘明寺町", "232"),
          ("埼玉県", "川越市", "新富町", "350"), ("愛知県", "豊橋市", "花田町", "441"), ("京都府", "宇治市", "五ケ庄", "611"),
          ("兵庫県", "姫路市", "飾磨区須加", "672"), ("広島県", "尾道市", "向島町", "722"), ("岡山県", "倉敷市", "玉島",
                                                                                          "713"),
          ("福岡県", "久留米市", "津福本町", "830"), ("熊本県", "八代市", "松江城町", "866"),
          ("鹿児島県", "霧島市", "国分中央", "899"), ("長野県", "松本市", "梓川倭", "390"), ("東京都", "練馬区", "石神井台",
                                                                                           "177"),
          ("大阪府", "堺市北区", "百舌鳥赤畑町", "591"), ("山梨県", "富士吉田市", "下吉田", "403"),
          ("群馬県", "桐生市", "相生町", "376"), ("静岡県", "沼津市", "大岡", "410"), ("沖縄県", "浦添市", "牧港", "901")]
BLOCKS = ["{a}丁目{b}番{c}号", "{a}-{b}-{c}", "{a}丁目{b}-{c}", "{n}番地", "{a}-{b}"]
BUILDINGS = ["", "", "", " コーポ若葉201", " メゾン朝凪305", " ハイツ松風102", "　グランエール11階"]


@dataclass(frozen=True)
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sei_roma: str
    mei_roma: str
    foreign: bool = False

    def kanji(self, space: str = " ") -> str:
        return self.sei if self.foreign else f"{self.sei}{space}{self.mei}"

    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def katakana(self) -> str:
        return "".join(chr(ord(c) + 96) if "ぁ" <= c <= "ゖ" else c for c in self.kana())

    def roman(self) -> str:
        """Passport order: SURNAME Given."""
        return f"{self.sei_roma.upper()} {self.mei_roma}"

    def handle(self) -> str:
        return f"{self.mei_roma} {self.sei_roma}"


def person(rng, foreign_share: float = 0.08, sex: str | None = None) -> Person:
    """sex "m" or "f": a given name that reads as a man's or a woman's (a groom, a mother)."""
    if rng.random() < foreign_share:
        name, roman = rng.choice([f for f in FOREIGN if sex is None or (f[0] in WOMEN) == (sex == "f")])
        family, _, given = roman.partition(" ")
        return Person(name, "", "", "", family, given, foreign=True)
    names = {"m": MALE, "f": FEMALE}.get(sex or "")
    s, g = rng.choice(SURNAMES), rng.choice([g for g in GIVEN if names is None or g[0] in names])
    return Person(s[0], g[0], s[1], g[1], s[2], g[2])


def name_text(rng, p: Person, style: int | None = None) -> str:
    if p.foreign:
        return p.sei if rng.random() < 0.7 else p.roman()
    style = rng.randrange(6) if style is None else style
    return [p.kanji(" "), p.kanji(""), p.kanji("　"), p.katakana(), p.roman(), p.kanji(" ")][style]


def address(rng, with_building: bool = True) -> tuple[str, str]:
    """(postal code, address as written)."""
    pref, city, town, head = rng.choice(PLACES)
    block = rng.choice(BLOCKS).format(a=rng.randint(1, 6), b=rng.randint(1, 30), c=rng.randint(1, 20),
                                      n=rng.randint(100, 2999))
    building = rng.choice(BUILDINGS) if with_building else ""
    text = f"{pref}{city}{town}{block}{building}" if rng.random() < 0.8 else f"{city}{town}{block}{building}"
    return f"{head}-{rng.randint(0, 9999):04d}", text


def age_birth(rng, lo: int = 1945, hi: int = 2006, style: int | None = None):
    return ids.birth(rng, style, lo, hi)
