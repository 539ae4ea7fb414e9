"""Development corpus for host exports without a header whose numeric fields run edge
to edge (issue 12 classes 4 and 5, hostfmt2): CP932 fixed-width files where a sex code,
a birth YYYYMMDD, a postal code and a phone are written as one run of digits, kanji
names padded with full-width spaces with the half-width katakana reading right after
them. Hard negatives with runs of digits of their own: a sales-slip export (slip
number, sales date, customer code, item code, quantity and amount adjacent), a product
master (code, JAN code and release date adjacent) and a postal master in fixed width
(municipality code and postal code adjacent). The rules are tuned on this corpus only;
corpus_hostfmt2_check.py checks them.

Positives are labelled for the scored types only (`("*", type)`); clean files for nothing.
"""

from __future__ import annotations

import random
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc, address_key
from benchmarks.corpus_people import canonical_name
from benchmarks.corpus_tables import half_width

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "PHONE")
_SCORED = {("*", t) for t in SCORED}
FAMILY = [("菅原", "スガワラ"), ("大野", "オオノ"), ("高木", "タカギ"), ("宮崎", "ミヤザキ"), ("内田", "ウチダ"),
          ("丸山", "マルヤマ"), ("今井", "イマイ"), ("河野", "コウノ"), ("藤原", "フジワラ"), ("上野", "ウエノ"),
          ("武田", "タケダ"), ("杉山", "スギヤマ"), ("千葉", "チバ"), ("村田", "ムラタ"), ("小島", "コジマ"),
          ("久保田", "クボタ"), ("五十嵐", "イガラシ"), ("安藤", "アンドウ"), ("桑原", "クワバラ"), ("野口", "ノグチ")]
PERSONAL = [("正樹", "マサキ"), ("智子", "トモコ"), ("博之", "ヒロユキ"), ("美穂", "ミホ"), ("亮", "リョウ"),
            ("由紀子", "ユキコ"), ("拓也", "タクヤ"), ("純一", "ジュンイチ"), ("沙織", "サオリ"), ("修", "オサム"),
            ("香織", "カオリ"), ("雄一郎", "ユウイチロウ"), ("愛", "アイ"), ("忠雄", "タダオ"), ("奈々", "ナナ")]
# (prefecture, city and town, postal code, municipality code)
PLACES = [("千葉県", "船橋市本町", "2730005", "12204"), ("茨城県", "水戸市南町", "3100021", "08201"),
          ("東京都", "杉並区阿佐谷南", "1660004", "13115"), ("兵庫県", "姫路市白銀町", "6700905", "28201"),
          ("岡山県", "倉敷市阿知", "7100055", "33202"), ("長野県", "松本市大手", "3900874", "20202"),
          ("熊本県", "熊本市中央区花畑町", "8600806", "43101"), ("群馬県", "高崎市八島町", "3700849", "10202"),
          ("三重県", "四日市市諏訪町", "5100085", "24202"), ("奈良県", "奈良市三条大路", "6308115", "29201"),
          ("富山県", "高岡市末広町", "9330023", "16202"), ("鹿児島県", "鹿児島市山下町", "8920816", "46201")]
ITEMS = ["ｺﾋﾟｰﾖｳｼ B5", "ﾌｧｲﾙ ｱｶ", "ﾏｰｶｰ ｸﾛ", "ｸﾘｯﾌﾟ ｼﾞｭｳ", "ﾉｰﾄ A5", "ｲﾝｸ ｱｵ"]


def cols(text: str) -> int:
    return len(text.encode("cp932"))


def fit(value: str, width: int, blank: str = " ") -> str:
    """value cut or padded to width columns of CP932 (blank: " " or the full-width "\u3000")."""
    while cols(value) > width:
        value = value[:-1]
    pad = width - cols(value)
    return value + blank * (pad // cols(blank)) + " " * (pad % cols(blank))


class DevHostfmt2:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 11)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> dict:
        (sei, sei_kana), (mei, mei_kana) = self.pick(FAMILY), self.pick(PERSONAL)
        pref, town, postal, _ = self.pick(PLACES)
        born = date(self.rng.randint(1938, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28))
        block = self.pick([f"{self.rng.randint(1, 5)}-{self.rng.randint(1, 25)}-{self.rng.randint(1, 12)}",
                           f"{self.rng.randint(1, 5)}丁目{self.rng.randint(1, 25)}番{self.rng.randint(1, 12)}号"])
        phone = self.pick([f"0{self.pick('2345789')}{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999)}",
                           f"0{self.pick('789')}0{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999)}"])
        return {"kanji": f"{sei}\u3000{mei}", "kana": f"{sei_kana} {mei_kana}", "born": born, "postal": postal,
                "address": f"{pref}{town}{block}", "phone": phone}

    def truth(self, p: dict, kanji=True, kana=True, phone=True) -> set:
        truth = {("DATE_OF_BIRTH", p["born"].isoformat()), ("POSTAL_CODE", p["postal"]),
                 ("ADDRESS", address_key(p["address"]))}
        if kanji:
            truth.add(("PERSON", canonical_name(p["kanji"])))
        if kana:
            truth.add(("PERSON", canonical_name(p["kana"])))
        if phone and phonenumbers.is_valid_number(number := phonenumbers.parse(p["phone"], "JP")):
            truth.add(("PHONE", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
        return truth

    def day(self) -> date:
        return date(2026, self.rng.randint(1, 11), self.rng.randint(1, 28))

    # --- positives ---------------------------------------------------------------

    def customers_dat(self, i: int) -> Doc:
        """顧客台帳: code, kanji name padded with full-width spaces, half-width kana right after,
        then sex, birth, postal code and phone as one run of digits, the address, points."""
        records, truth = [], set(_SCORED)
        for n in range(self.rng.randint(6, 30)):
            p = self.person()
            records.append(f"{self.rng.randint(1, 999999):07d} " + fit(p["kanji"], 14, "\u3000")
                           + fit(half_width(p["kana"]), 18) + self.pick("12") + f"{p['born']:%Y%m%d}" + p["postal"]
                           + fit(p["phone"], 11) + fit(p["address"], 40, "\u3000") + f"{self.rng.randint(0, 99999):06d}")
            truth |= self.truth(p)
        return Doc(f"h2_customers{i:03d}.dat", "\r\n".join(records).encode("cp932"), truth)

    def members_txt(self, i: int) -> Doc:
        """会員: number, half-width kana name, birth and postal code adjacent, the address, the phone."""
        records, truth = [], set(_SCORED)
        for n in range(self.rng.randint(6, 30)):
            p = self.person()
            records.append(f"M{n + 1:06d}" + fit(half_width(p["kana"]), 22) + f"{p['born']:%Y%m%d}" + p["postal"]
                           + " " + fit(p["address"], 42) + p["phone"])
            truth |= self.truth(p, kanji=False)
        return Doc(f"h2_members{i:03d}.txt", "\n".join(records).encode("cp932"), truth)

    def policy_dat(self, i: int) -> Doc:
        """契約: policy number and birth adjacent, kanji name, postal code and phone adjacent, address."""
        records, truth = [], set(_SCORED)
        for n in range(self.rng.randint(6, 30)):
            p = self.person()
            records.append(f"{self.rng.randint(1, 99999999):08d}{p['born']:%Y%m%d}" + fit(p["kanji"], 14, "\u3000")
                           + p["postal"] + fit(p["phone"], 12) + fit(p["address"], 44))
            truth |= self.truth(p, kana=False)
        return Doc(f"h2_policy{i:03d}.dat", "\r\n".join(records).encode("cp932"), truth)

    def positives(self, count: int) -> list[Doc]:
        makers = [self.customers_dat, self.members_txt, self.policy_dat]
        return [makers[i % len(makers)](i) for i in range(count)]

    # --- hard negatives ----------------------------------------------------------

    def slips_dat(self, i: int) -> Doc:
        records = [f"{self.rng.randint(1, 99_999_999):08d}{self.day():%Y%m%d}{self.rng.randint(1_000_000, 9_999_999)}"
                   f"{self.rng.randint(1, 999_999):06d}{self.rng.randint(1, 999):04d}{self.rng.randint(100, 9_999_999):010d}"
                   + " " + fit(self.pick(ITEMS), 16) for _ in range(self.rng.randint(12, 40))]
        return Doc(f"h2_slips{i:03d}.dat", "\r\n".join(records).encode("cp932"))

    def products_dat(self, i: int) -> Doc:
        records = [f"{self.rng.randint(1_000_000, 9_999_999)}49{self.rng.randint(10**10, 10**11 - 1)}"
                   f"{date(self.rng.randint(1990, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)):%Y%m%d}"
                   + fit(self.pick(ITEMS), 16) + f"{self.rng.randint(50, 99999):08d}" for _ in range(self.rng.randint(10, 30))]
        return Doc(f"h2_products{i:03d}.dat", "\r\n".join(records).encode("cp932"))

    def postal_master_dat(self, i: int) -> Doc:
        records = [f"{code}{postal}" + fit(half_width("チョウメイ"), 12) + fit(pref, 10, "\u3000") + fit(town, 30, "\u3000")
                   for pref, town, postal, code in PLACES]
        return Doc(f"h2_postal{i:03d}.dat", "\r\n".join(records).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.slips_dat, self.products_dat, self.postal_master_dat]
        return [makers[i % len(makers)](i) for i in range(count)]
