"""Corpus 18's synthetic people: names in kanji (with and without the space), kana and
romaji in passport order, Chinese, Korean and Vietnamese names; addresses, postcodes
and mail addresses that go with them. Lists written fresh for this corpus."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from benchmarks.corpus18 import ids

SURNAMES = [("柏木", "カシワギ", "Kashiwagi"), ("宇野", "ウノ", "Uno"), ("日比野", "ヒビノ", "Hibino"),
            ("真壁", "マカベ", "Makabe"), ("篠崎", "シノザキ", "Shinozaki"), ("戸塚", "トツカ", "Totsuka"),
            ("保坂", "ホサカ", "Hosaka"), ("三輪", "ミワ", "Miwa"), ("相良", "サガラ", "Sagara"),
            ("鳴海", "ナルミ", "Narumi"), ("唐沢", "カラサワ", "Karasawa"), ("江藤", "エトウ", "Eto"),
            ("梶原", "カジワラ", "Kajiwara"), ("熊谷", "クマガイ", "Kumagai"), ("小松原", "コマツバラ", "Komatsubara"),
            ("早瀬", "ハヤセ", "Hayase"), ("根岸", "ネギシ", "Negishi"), ("鬼頭", "キトウ", "Kito"),
            ("塩見", "シオミ", "Shiomi"), ("立花", "タチバナ", "Tachibana"), ("大庭", "オオバ", "Oba"),
            ("綿貫", "ワタヌキ", "Watanuki"), ("野々村", "ノノムラ", "Nonomura"), ("桐生", "キリュウ", "Kiryu"),
            ("深町", "フカマチ", "Fukamachi"), ("二階堂", "ニカイドウ", "Nikaido"), ("米倉", "ヨネクラ", "Yonekura"),
            ("笹川", "ササガワ", "Sasagawa"), ("門脇", "カドワキ", "Kadowaki"), ("瀬川", "セガワ", "Segawa"),
            ("南雲", "ナグモ", "Nagumo"), ("古賀", "コガ", "Koga"), ("赤星", "アカボシ", "Akaboshi"),
            ("沼田", "ヌマタ", "Numata"), ("浜口", "ハマグチ", "Hamaguchi"), ("曽我", "ソガ", "Soga"),
            ("有馬", "アリマ", "Arima"), ("久保寺", "クボデラ", "Kubodera"), ("玉置", "タマキ", "Tamaki"),
            ("野口", "ノグチ", "Noguchi"), ("氏家", "ウジイエ", "Ujiie"), ("千葉", "チバ", "Chiba")]
GIVEN = [("冬美", "フユミ", "Fuyumi"), ("啓太", "ケイタ", "Keita"), ("咲良", "サクラ", "Sakura"),
         ("隆之", "タカユキ", "Takayuki"), ("千尋", "チヒロ", "Chihiro"), ("篤", "アツシ", "Atsushi"),
         ("瑞穂", "ミズホ", "Mizuho"), ("栄一", "エイイチ", "Eiichi"), ("菜々子", "ナナコ", "Nanako"),
         ("昌平", "ショウヘイ", "Shohei"), ("佳代", "カヨ", "Kayo"), ("航", "ワタル", "Wataru"),
         ("芳江", "ヨシエ", "Yoshie"), ("大河", "タイガ", "Taiga"), ("朋美", "トモミ", "Tomomi"),
         ("敏行", "トシユキ", "Toshiyuki"), ("紗希", "サキ", "Saki"), ("勝", "マサル", "Masaru"),
         ("由紀子", "ユキコ", "Yukiko"), ("悠斗", "ユウト", "Yuto"), ("恵理", "エリ", "Eri"),
         ("哲也", "テツヤ", "Tetsuya"), ("琴音", "コトネ", "Kotone"), ("光男", "ミツオ", "Mitsuo"),
         ("真澄", "マスミ", "Masumi"), ("創", "ハジメ", "Hajime"), ("弥生", "ヤヨイ", "Yayoi"),
         ("陽介", "ヨウスケ", "Yosuke"), ("絹代", "キヌヨ", "Kinuyo"), ("蒼", "アオイ", "Aoi")]
FOREIGN = ["王 志強", "劉 佳怡", "陳 建華", "張 麗娟", "金 敏俊", "朴 智媛", "李 承浩", "崔 恩惠",
           "NGUYEN VAN HUNG", "TRAN THI LAN", "PHAM MINH TUAN", "LE THI HOA", "黄 文傑",
           "SANTOS MARIA CLARA", "GURUNG BIKASH"]
PREFS = [("東京都", "練馬区", "石神井台"), ("東京都", "大田区", "南雪谷"), ("神奈川県", "相模原市中央区", "淵野辺本町"),
         ("埼玉県", "川越市", "今成"), ("千葉県", "船橋市", "薬円台"), ("大阪府", "豊中市", "服部西町"),
         ("京都府", "宇治市", "木幡"), ("兵庫県", "明石市", "大久保町"), ("愛知県", "岡崎市", "康生通西"),
         ("静岡県", "富士市", "今泉"), ("宮城県", "仙台市太白区", "長町南"), ("北海道", "旭川市", "末広"),
         ("広島県", "呉市", "焼山中央"), ("福岡県", "久留米市", "津福本町"), ("新潟県", "長岡市", "川崎町"),
         ("長野県", "松本市", "庄内"), ("岡山県", "倉敷市", "中島"), ("熊本県", "八代市", "松江城町")]
BUILDINGS = ["", "", "", " メゾン若葉201", " コーポ北斗103", " サンライズ館502", "-305", " グリーンハイツ2F"]
MAIL_HOSTS = ["example.jp", "example.ne.jp", "mail.example.com", "example.co.jp", "example.org"]


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    family_roman: str
    given_roman: str
    foreign: bool = False

    def kanji(self, spaced: bool = True) -> str:
        if self.foreign:
            return self.family if not self.given else f"{self.family} {self.given}"
        return f"{self.family}{'　' if spaced == 'wide' else ' ' if spaced else ''}{self.given}"

    def kana(self, half: bool = False) -> str:
        return f"{self.family_kana} {self.given_kana}" if not self.foreign else self.kanji()

    def roman(self) -> str:
        """Passport order: FAMILY GIVEN in capitals."""
        return f"{self.family_roman.upper()} {self.given_roman.upper()}" if not self.foreign else self.kanji()

    def western(self) -> str:
        return f"{self.given_roman} {self.family_roman}" if not self.foreign else self.kanji()


_HALF = {unicodedata.normalize("NFKC", c): c for c in map(chr, range(0xFF66, 0xFF9E))}
_HALF.update({unicodedata.normalize("NFKC", c + "ﾞ"): c + "ﾞ" for c in "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ"})
_HALF.update({unicodedata.normalize("NFKC", c + "ﾟ"): c + "ﾟ" for c in "ﾊﾋﾌﾍﾎ"})


def half_kana(text: str) -> str:
    """Katakana as a host terminal keeps it: half-width (ｺｶﾞ ﾔﾖｲ)."""
    return "".join(_HALF.get(c, c) for c in text)


def person(rng: random.Random, foreign: float = 0.08) -> Person:
    if rng.random() < foreign:
        name = rng.choice(FOREIGN)
        family, _, given = name.partition(" ")
        return Person(family, given, family, given, family, given, True)
    s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    return Person(s[0], g[0], s[1], g[1], s[2], g[2])


def name_of(rng: random.Random, who: Person) -> str:
    """A name as a desk writes it: mostly kanji with or without the space."""
    return rng.choice([who.kanji(True), who.kanji(False), who.kanji(True), who.kanji("wide")])


def address(rng: random.Random, with_pref: bool = True) -> str:
    pref, city, town = rng.choice(PREFS)
    number = rng.choice([f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
                         f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                         f"{rng.randint(100, 2999)}番地{rng.randint(1, 9)}"])
    return f"{pref if with_pref else ''}{city}{town}{number}{rng.choice(BUILDINGS)}"


def postcode(rng: random.Random) -> str:
    return f"{rng.randint(40, 998):03d}-{rng.randint(0, 9999):04d}"


def email(rng: random.Random, who: Person) -> str:
    if who.foreign:
        local = f"user{rng.randint(10, 9999)}"
    else:
        local = rng.choice([f"{who.given_roman.lower()}.{who.family_roman.lower()}",
                            f"{who.family_roman.lower()}{rng.randint(1, 99)}",
                            f"{who.given_roman[0].lower()}-{who.family_roman.lower()}"])
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def phone(rng: random.Random, mobile: float = 0.6) -> str:
    return ids.phone(rng, mobile)
