"""Synthetic people and places: surnames and given names with their readings, names from
China, Korea and Vietnam, and addresses built from prefectures, towns and blocks."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.corpus16.model import Mark, val

SURNAMES = [("檜山", "ひやま", "HIYAMA"), ("芦原", "あしはら", "ASHIHARA"), ("榊", "さかき", "SAKAKI"),
            ("蓮見", "はすみ", "HASUMI"), ("丹羽", "にわ", "NIWA"), ("樋渡", "ひわたし", "HIWATASHI"),
            ("浦部", "うらべ", "URABE"), ("御子柴", "みこしば", "MIKOSHIBA"), ("諏訪", "すわ", "SUWA"),
            ("砂川", "すながわ", "SUNAGAWA"), ("能勢", "のせ", "NOSE"), ("椎葉", "しいば", "SHIIBA"),
            ("篠塚", "しのづか", "SHINOZUKA"), ("薬師寺", "やくしじ", "YAKUSHIJI"), ("舘野", "たての", "TATENO"),
            ("大河内", "おおこうち", "OKOCHI"), ("宍戸", "ししど", "SHISHIDO"), ("栗林", "くりばやし", "KURIBAYASHI"),
            ("鬼塚", "おにづか", "ONIZUKA"), ("霜田", "しもだ", "SHIMODA"), ("柘植", "つげ", "TSUGE"),
            ("羽生田", "はにゅうだ", "HANYUDA"), ("今泉", "いまいずみ", "IMAIZUMI"), ("根津", "ねづ", "NEZU"),
            ("巽", "たつみ", "TATSUMI"), ("東海林", "しょうじ", "SHOJI"), ("四方", "しかた", "SHIKATA"),
            ("真壁", "まかべ", "MAKABE"), ("小此木", "おこのぎ", "OKONOGI"), ("百瀬", "ももせ", "MOMOSE"),
            ("五味", "ごみ", "GOMI"), ("塙", "はなわ", "HANAWA"), ("雨宮", "あめみや", "AMEMIYA"),
            ("都築", "つづき", "TSUZUKI"), ("渋谷", "しぶや", "SHIBUYA"), ("千葉", "ちば", "CHIBA"),
            ("神田", "かんだ", "KANDA"), ("仲宗根", "なかそね", "NAKASONE"), ("比嘉", "ひが", "HIGA"),
            ("桐生", "きりゅう", "KIRYU"), ("越智", "おち", "OCHI"), ("日置", "ひおき", "HIOKI"),
            ("陣内", "じんない", "JINNAI"), ("廣瀬", "ひろせ", "HIROSE"), ("伏見", "ふしみ", "FUSHIMI"),
            ("湯浅", "ゆあさ", "YUASA"), ("久我", "くが", "KUGA")]
GIVEN = [("凛太郎", "りんたろう", "RINTARO"), ("美空", "みそら", "MISORA"), ("耕平", "こうへい", "KOHEI"),
         ("千尋", "ちひろ", "CHIHIRO"), ("篤", "あつし", "ATSUSHI"), ("小雪", "こゆき", "KOYUKI"),
         ("朔", "さく", "SAKU"), ("瑞穂", "みずほ", "MIZUHO"), ("邦彦", "くにひこ", "KUNIHIKO"),
         ("結衣", "ゆい", "YUI"), ("慎之介", "しんのすけ", "SHINNOSUKE"), ("葵", "あおい", "AOI"),
         ("宗一", "そういち", "SOICHI"), ("佐和子", "さわこ", "SAWAKO"), ("樹", "いつき", "ITSUKI"),
         ("菜摘", "なつみ", "NATSUMI"), ("悠真", "ゆうま", "YUMA"), ("多恵", "たえ", "TAE"),
         ("隼人", "はやと", "HAYATO"), ("澄江", "すみえ", "SUMIE"), ("航", "わたる", "WATARU"),
         ("睦美", "むつみ", "MUTSUMI"), ("創", "はじめ", "HAJIME"), ("琴音", "ことね", "KOTONE"),
         ("義孝", "よしたか", "YOSHITAKA"), ("若菜", "わかな", "WAKANA"), ("蒼", "そう", "SO"),
         ("富士子", "ふじこ", "FUJIKO"), ("恭平", "きょうへい", "KYOHEI"), ("綾乃", "あやの", "AYANO"),
         ("伸吾", "しんご", "SHINGO"), ("日和", "ひより", "HIYORI"), ("源太", "げんた", "GENTA"),
         ("真砂子", "まさこ", "MASAKO"), ("大地", "だいち", "DAICHI"), ("汐里", "しおり", "SHIORI"),
         ("勘助", "かんすけ", "KANSUKE"), ("晴美", "はるみ", "HARUMI"), ("陸", "りく", "RIKU"),
         ("梢", "こずえ", "KOZUE")]
FOREIGN = ["王 志明", "劉 佳怡", "陳 俊傑", "張 麗華", "李 美善", "朴 成勲", "崔 智恩", "金 東賢",
           "グエン・ヴァン・トゥアン", "チャン・ティ・ホア", "ファム・ミン・ドゥック", "レ・ティ・ラン",
           "NGUYEN VAN HUNG", "TRAN THI MAI", "PARK JIHOON", "LIU YANG"]
PLACES = [("北海道", "旭川市", "東光", "078-8351"), ("青森県", "八戸市", "小中野", "031-0802"),
          ("宮城県", "石巻市", "中里", "986-0832"), ("福島県", "会津若松市", "材木町", "965-0034"),
          ("茨城県", "水戸市", "見川", "310-0913"), ("群馬県", "桐生市", "本町", "376-0031"),
          ("埼玉県", "川越市", "仙波町", "350-0036"), ("千葉県", "木更津市", "文京", "292-0804"),
          ("東京都", "北区", "赤羽西", "115-0055"), ("東京都", "国分寺市", "光町", "185-0034"),
          ("神奈川県", "藤沢市", "辻堂元町", "251-0043"), ("新潟県", "長岡市", "表町", "940-0066"),
          ("富山県", "高岡市", "末広町", "933-0023"), ("長野県", "松本市", "蟻ケ崎", "390-0861"),
          ("静岡県", "沼津市", "大手町", "410-0801"), ("愛知県", "岡崎市", "康生通西", "444-0052"),
          ("三重県", "伊勢市", "宮後", "516-0073"), ("滋賀県", "彦根市", "京町", "522-0081"),
          ("京都府", "舞鶴市", "浜", "625-0036"), ("兵庫県", "姫路市", "飾磨区清水", "672-8064"),
          ("岡山県", "倉敷市", "阿知", "710-0055"), ("広島県", "尾道市", "土堂", "722-0035"),
          ("香川県", "丸亀市", "大手町", "763-0034"), ("福岡県", "久留米市", "日吉町", "830-0017"),
          ("熊本県", "八代市", "松江城町", "866-0862"), ("鹿児島県", "霧島市", "国分中央", "899-4332"),
          ("沖縄県", "うるま市", "安慶名", "904-2214")]
BUILDINGS = ["コーポ若葉", "メゾン花水木", "グリーンハイツ", "サンライズ東", "ハイム楓", "レジデンス汐見"]


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    family_roman: str
    given_roman: str

    def kanji(self, spaced: bool = True) -> str:
        return f"{self.family}{'　' if spaced else ''}{self.given}"

    def kana(self) -> str:
        return f"{self.family_kana} {self.given_kana}"

    def katakana(self) -> str:
        return "".join(chr(ord(c) + 96) if "ぁ" <= c <= "ゖ" else c for c in self.kana())

    def roman(self) -> str:
        return f"{self.family_roman} {self.given_roman}"

    def mail_local(self) -> str:
        return f"{self.given_roman.lower()}.{self.family_roman.lower()}"


def person(rng) -> Person:
    f, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    return Person(f[0], g[0], f[1], g[1], f[2], g[2])


def name(rng, style: int | None = None) -> Mark:
    """A person's name as one of six writers would put it."""
    p = person(rng)
    style = rng.randrange(6) if style is None else style
    if style == 5 and rng.random() < 0.5:
        return val("PERSON", rng.choice(FOREIGN))
    text = [p.kanji(True), p.kanji(False), p.kana(), p.katakana(), p.roman(), p.kanji(True)][style]
    return val("PERSON", text)


def surname(rng) -> Mark:
    return val("PERSON", rng.choice(SURNAMES)[0])


def address(rng, with_postal: bool = False) -> tuple[Mark, Mark]:
    pref, city, town, code = rng.choice(PLACES)
    block = f"{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号"
    if rng.random() < 0.4:
        block = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    if rng.random() < 0.3:
        block += f" {rng.choice(BUILDINGS)}{rng.randrange(1, 5)}0{rng.randrange(1, 9)}"
    text = f"{pref}{city}{town}{block}" if rng.random() < 0.8 else f"{city}{town}{block}"
    return val("ADDRESS", text), val("POSTAL_CODE", f"〒{code}" if with_postal else code)


def domicile(rng) -> Mark:
    pref, city, town, _ = rng.choice(PLACES)
    return val("SENSITIVE", f"{pref}{city}{town}{rng.randrange(1, 900)}番地", category="本籍")


def email(rng, p: Person | None = None) -> Mark:
    p = p or person(rng)
    host = rng.choice(["example.ne.jp", "mail.example.com", "example.jp", "ex-net.example.org"])
    local = rng.choice([p.mail_local(), f"{p.family_roman.lower()}{rng.randrange(10, 99)}",
                        f"{p.given_roman.lower()}_{rng.randrange(1970, 2010)}"])
    return val("EMAIL", f"{local}@{host}")

NICKNAMES = ["リンさん", "ミーちゃん", "コウちゃん", "チー坊", "アツ", "ユキ姉", "サク", "ずっちゃん", "クニさん", "ゆいぴょん",
             "シンちゃん", "あおちゃん", "ソウさん", "サワさん", "イッちゃん", "なっちゃん", "ゲンさん", "マコ"]


def nickname(rng) -> Mark:
    """What the others call someone: neither right nor wrong to report."""
    from benchmarks.corpus16.model import maybe
    return maybe("PERSON", rng.choice(NICKNAMES))
