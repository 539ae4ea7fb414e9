"""Made-up people for the hard quality corpus: a wider spread of surnames (many
of them also place names: 山田, 中村, 松本, 上野), given names the dictionary may
not know (煌星, 心愛), foreign names in katakana, addresses written every way
(1-2-3, 一丁目2番3号, 123番地, with or without a building), and dates of birth in
every form. Check digits are computed; no real person."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date

from samples.synth import valid_my_number

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("上野", "ウエノ", "Ueno"), ("長野", "ナガノ", "Nagano"),
    ("宮崎", "ミヤザキ", "Miyazaki"), ("大野", "オオノ", "Ono"), ("新井", "アライ", "Arai"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
]
GIVEN = [
    ("太郎", "タロウ", "Taro"), ("花子", "ハナコ", "Hanako"), ("健一", "ケンイチ", "Kenichi"),
    ("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"), ("陽菜", "ヒナ", "Hina"),
    ("大輔", "ダイスケ", "Daisuke"), ("由美", "ユミ", "Yumi"), ("拓也", "タクヤ", "Takuya"),
    ("彩", "アヤ", "Aya"), ("直樹", "ナオキ", "Naoki"), ("恵", "メグミ", "Megumi"),
    ("誠", "マコト", "Makoto"), ("裕子", "ユウコ", "Yuko"), ("隆", "タカシ", "Takashi"),
    ("明美", "アケミ", "Akemi"), ("和也", "カズヤ", "Kazuya"), ("真由美", "マユミ", "Mayumi"),
    ("浩二", "コウジ", "Koji"), ("智子", "トモコ", "Tomoko"), ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"), ("悠真", "ユウマ", "Yuma"), ("葵", "アオイ", "Aoi"),
    ("陽翔", "ハルト", "Haruto"), ("さくら", "サクラ", "Sakura"), ("ひかり", "ヒカリ", "Hikari"),
    ("煌星", "コウセイ", "Kosei"), ("心愛", "ココア", "Kokoa"), ("英樹", "ヒデキ", "Hideki"),
]
FOREIGN = [("マイケル・ジョンソン", "Michael Johnson"), ("グエン・ヴァン・ナム", "Nguyen Van Nam"),
           ("キム・ミンジュン", "Kim Minjun"), ("マリア・サントス", "Maria Santos"),
           ("ワン・ウェイ", "Wang Wei"), ("アンナ・シュミット", "Anna Schmidt")]
PLACES = [
    ("東京都", "新宿区", "西新宿", "160-0023"), ("東京都", "世田谷区", "太子堂", "154-0004"),
    ("東京都", "八王子市", "旭町", "192-0083"), ("大阪府", "大阪市北区", "梅田", "530-0001"),
    ("大阪府", "堺市堺区", "南瓦町", "590-0078"), ("愛知県", "名古屋市中区", "栄", "460-0008"),
    ("福岡県", "福岡市博多区", "博多駅前", "812-0011"), ("北海道", "札幌市中央区", "北一条西", "060-0001"),
    ("神奈川県", "横浜市西区", "みなとみらい", "220-0012"), ("宮城県", "仙台市青葉区", "一番町", "980-0811"),
    ("埼玉県", "さいたま市浦和区", "高砂", "330-0063"), ("千葉県", "船橋市", "本町", "273-0005"),
    ("長野県", "北佐久郡軽井沢町", "大字軽井沢", "389-0102"), ("京都府", "京都市左京区", "下鴨本町", "606-0802"),
    ("兵庫県", "神戸市中央区", "加納町", "650-0001"), ("広島県", "広島市中区", "基町", "730-0011"),
]
BUILDINGS = ["メゾン桜", "サンハイツ", "グランコート", "パークハウス", "コーポ若葉", "ライオンズマンション"]
KANJI_DIGITS = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    """1..99 as written in addresses and dates: 三, 十二, 二十五."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI_DIGITS[tens]) + "十" if tens else "") + (KANJI_DIGITS[ones] if ones else "")


def wareki(day: date, style: str) -> str:
    era, start, letter = (("令和", 2018, "R") if day >= date(2019, 5, 1) else ("平成", 1988, "H")
                          if day >= date(1989, 1, 8) else ("昭和", 1925, "S"))
    year = day.year - start
    if style == "letter":
        return f"{letter}{year}.{day.month}.{day.day}"
    if style == "kanji":
        return f"{era}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日"
    return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    kana: str  # セイ メイ
    romaji: str  # Given Surname
    foreign: bool
    birth: date
    postal: str
    address: str  # as written in this person's documents
    address_core: str  # prefecture .. block: what any detection of the address must contain
    phone: str
    mobile: str
    email: str
    my_number: str

    @property
    def name(self) -> str:
        return self.surname if self.foreign else f"{self.surname} {self.given}"

    @property
    def name_value(self) -> str:
        return canonical_name(self.name)

    def birth_as(self, rng: random.Random) -> str:
        style = rng.choice(["iso", "slash", "kanji_west", "era", "letter", "kanji"])
        b = self.birth
        return {"iso": b.isoformat(), "slash": f"{b.year}/{b.month:02d}/{b.day:02d}",
                "kanji_west": f"{b.year}年{b.month}月{b.day}日"}.get(style) or wareki(b, style)


def katakana_person(rng: random.Random, single: list[str], chained: list[tuple[str, str]],
                    chained_share: float) -> tuple[str, str]:
    """A made-up foreign person in katakana for the prose corpora: (as the text writes
    them, the canonical name) — given・family for a share, else one word."""
    if rng.random() < chained_share:
        given, family = rng.choice(chained)
        return f"{given}・{family}", given + family
    name = rng.choice(single)
    return name, name


def canonical_name(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", name) if not ch.isspace() and ch != "・")


def _address(rng: random.Random) -> tuple[str, str, str]:
    prefecture, city, town, postal = rng.choice(PLACES)
    chome, ban, go = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
    style = rng.choice(["dash", "kanji", "chome", "banchi"])
    block = {"dash": f"{chome}-{ban}-{go}", "kanji": f"{kanji_number(chome)}丁目{ban}番{go}号",
             "chome": f"{chome}丁目{ban}番{go}号", "banchi": f"{rng.randint(100, 2999)}番地"}[style]
    if rng.random() < 0.2:  # full-width digits, as typed by many
        block = block.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    core = f"{prefecture}{city}{town}{block}"
    building = f" {rng.choice(BUILDINGS)}{rng.randint(1, 9)}0{rng.randint(1, 9)}号室" if rng.random() < 0.4 else ""
    return postal, core + building, core


def make_person(rng: random.Random, index: int) -> Person:
    postal, address, core = _address(rng)
    foreign = rng.random() < 0.06
    if foreign:
        katakana, latin = rng.choice(FOREIGN)
        surname, given, kana, romaji = katakana, "", katakana, latin
        local = latin.split()[0].lower()
    else:
        (surname, s_kana, s_latin), (given, g_kana, g_latin) = rng.choice(SURNAMES), rng.choice(GIVEN)
        kana, romaji, local = f"{s_kana} {g_kana}", f"{g_latin} {s_latin}", f"{g_latin[0]}.{s_latin}".lower()
    area, digits = rng.choice([("03", 4), ("06", 4), ("052", 3), ("092", 3), ("0467", 2)])
    return Person(
        surname=surname, given=given, kana=kana, romaji=romaji, foreign=foreign,
        birth=date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)),
        postal=postal, address=address, address_core=core,
        phone=f"{area}-{rng.randint(10 ** (digits - 1), 10 ** digits - 1)}-{rng.randint(1000, 9999)}",
        mobile=f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        email=f"{local}{index}@{rng.choice(['example.jp', 'example.com', 'mail.example.ne.jp'])}",
        my_number=valid_my_number(rng),
    )
