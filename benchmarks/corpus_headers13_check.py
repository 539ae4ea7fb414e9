"""Check corpus of the header matrix (issue 12, headers13), written apart from
corpus_headers13_dev.py and never tuned on: another writer's systems — kunrei and
wāpuro romaji (SIMEI, ZYUSYO, SYUKYO), camelCase keys of a web system (simeiKana,
yuubinBangou), lower snake, long English words, Japanese short forms with No/ＮＯ — with
other people, places, values and look-alikes (a member number and a shop's code).

Truth as in the dev corpus: canonical values, `("~MY_NUMBER", n)` for a look-alike.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus5 import numbers
from benchmarks.headers13_formats import FORMATS, SUFFIX, written

TYPES = ("PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "MY_NUMBER", "PASSPORT",
         "RESIDENCE_CARD", "DRIVERS_LICENSE", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER",
         "HEALTH_INSURANCE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "SENSITIVE")
COLUMNS = [  # (column, the writer's spellings, the Japanese label)
    ("name", ("simei", "SIMEI_KANJI", "customerName", "kjName", "氏名漢字", "memberSimei"), "氏名"),
    ("kana", ("simeiKana", "KANA_NAME", "kn_simei", "ｶﾅｼﾒｲ", "SIMEI_KANA", "yomigana"), "カナ氏名"),
    ("postal", ("yuubinBangou", "YUBINNO", "postalCode", "郵便No", "ZIPCD", "post_code"), "郵便番号"),
    ("address", ("zyusyo", "JYUSYO1", "addressLine1", "homeAddr", "ｼﾞｭｳｼｮ1", "GEN_ZYUSYO"), "住所"),
    ("phone", ("denwaBangou", "TELNO", "homePhone", "ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ", "TEL_1", "telephoneNumber"), "電話"),
    ("mobile", ("keitaiBangou", "KEITAI", "mobilePhone", "ｹｲﾀｲ", "携帯TEL", "cellPhone"), "携帯"),
    ("mail", ("mailAdr", "EMAIL1", "pcMail", "メアド", "MAILADDR", "emailAddress"), "メール"),
    ("birthday", ("birthYmd", "SEINENBI", "tanjobi", "ｾｲﾈﾝｶﾞﾂﾋﾟ", "BIRTHDAY_YMD", "dateOfBirth"), "生年月日"),
    ("mynumber", ("kojinBangou", "myNumber", "KJN_NO", "個人No", "MYNUMBER"), "マイナンバー"),
    ("passport", ("ryokenBangou", "passportNumber", "PSPT_NO", "ﾘｮｹﾝNO"), "パスポート番号"),
    ("zairyu", ("zairyuCardNo", "residenceCardNumber", "ZAIRYU_BANGOU", "RCARD_NO"), "在留カード番号"),
    ("menkyo", ("untenMenkyoBangou", "driverLicenseNo", "MENKYOSYO_NO", "DRV_LIC_NO"), "免許証番号"),
    ("nenkin", ("kisoNenkinBangou", "pensionNumber", "NENKIN_BANGOU", "KNENKIN_NO"), "基礎年金番号"),
    ("koyo", ("koyouHokenBangou", "employmentInsuranceNo", "KOYOHOKEN_BANGOU", "emp_ins_no"), "雇用保険番号"),
    ("hokensya", ("hokenjaBangou", "insurerNumber", "HKNJA_NO", "HOKENSYA_NO"), "保険者番号"),
    ("kouza", ("kouzaBangou", "accountNumber", "KOUZA_NO", "kz_no"), "口座番号"),
    ("credit", ("creditCardNo", "cardNumber", "CARD_BANGOU", "ccNumber"), "クレジットカード番号"),
    ("byoki", ("byoumei", "kioreki", "SIKKAN", "diseaseName"), "既往歴"),
    ("syogai", ("syougai", "SHINSHIN_SYOGAI", "disability", "techoTokyu"), "障害"),
    ("syukyo", ("syukyo", "SHUUKYOU_MEI", "religionName", "sinkou"), "宗教"),
    ("honseki", ("honsekiti", "HONSEKI_ZYUSYO", "registeredDomicile", "honsekiAddr"), "本籍"),
]
AROUND = [("ginko", ("ginkouMei", "BANK_NM", "kinyuKikan", "銀行名")), ("siten", ("sitenMei", "BRANCH_NM", "shitenName", "支店")),
          ("syubetu", ("kouzaSyubetu", "ACCOUNT_TYPE", "yokinSyumoku", "口座種別")),
          ("member_no", ("kaiinBangou", "MEMBER_NO", "kaiin_cd")), ("shop_cd", ("tenpoCd", "SHOP_CODE", "mise_cd"))]
FAMILY = [("大野", "オオノ"), ("片桐", "カタギリ"), ("宮内", "ミヤウチ"), ("西尾", "ニシオ"), ("桑原", "クワバラ")]
GIVEN = [("美穂", "ミホ"), ("康平", "コウヘイ"), ("綾乃", "アヤノ"), ("哲也", "テツヤ"), ("理沙", "リサ")]
PLACES = [("新潟県新潟市中央区古町通", "951"), ("熊本県熊本市中央区手取本町", "860"), ("福井県福井市大手", "910")]
ILLNESS, IMPAIRMENT, FAITH = ["関節リウマチ", "脳梗塞後遺症", "慢性腎臓病"], ["聴覚障害4級", "視覚障害"], ["曹洞宗", "天理教", "イスラム教"]


class CheckHeaders:
    reference = False

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 29 + 7)
        self.cells: dict = {}

    def _values(self) -> dict:
        g = self.rng
        (f, fk), (n, nk), (place, head) = g.choice(FAMILY), g.choice(GIVEN), g.choice(PLACES)
        born = date(g.randint(1948, 2001), g.randint(1, 12), g.randint(1, 28))
        addr, zip7 = f"{place}{g.randint(1, 9)}丁目{g.randint(1, 30)}-{g.randint(1, 9)}", f"{head}-{g.randint(0, 9999):04d}"
        home, cell = f"0{g.choice('2579')}{g.randint(1, 9)}-{g.randint(200, 989)}-{g.randint(1000, 9999)}", f"080-{g.randint(1000, 9999)}-{g.randint(1000, 9999)}"
        mail, origin = f"m{g.randint(1000, 9999)}@mail.example.com", f"{g.choice(PLACES)[0]}{g.randint(1, 60)}番"
        v = {"name": (f"{f}\u3000{n}", {("PERSON", f + n)}), "kana": (f"{fk}\u3000{nk}", {("PERSON", fk + nk)}),
             "postal": (zip7, {("POSTAL_CODE", zip7.replace("-", ""))}), "address": (addr, {("ADDRESS", address_key(addr))}),
             "phone": (home, {("PHONE", _e164(home))}), "mobile": (cell, {("PHONE", _e164(cell))}), "mail": (mail, {("EMAIL", mail)}),
             "birthday": (f"{born:%Y/%m/%d}", {("DATE_OF_BIRTH", born.isoformat())}),
             "byoki": (x := g.choice(ILLNESS), {("SENSITIVE", f"病歴:{x}")}),
             "syogai": (y := g.choice(IMPAIRMENT), {("SENSITIVE", f"障害:{y}")}),
             "syukyo": (z := g.choice(FAITH), {("SENSITIVE", f"宗教:{z}")}), "honseki": (origin, {("SENSITIVE", f"本籍:{origin}")})}
        for key, kind, maker in (("mynumber", "MY_NUMBER", numbers.my_number), ("passport", "PASSPORT", numbers.passport),
                                 ("zairyu", "RESIDENCE_CARD", numbers.residence_card), ("menkyo", "DRIVERS_LICENSE", numbers.licence),
                                 ("nenkin", "BASIC_PENSION_NUMBER", numbers.pension), ("koyo", "EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance),
                                 ("hokensya", "HEALTH_INSURANCE_NUMBER", numbers.insurer), ("kouza", "BANK_ACCOUNT", numbers.account)):
            value = maker(g)
            v[key] = (value, {(kind, value if kind in ("PASSPORT", "RESIDENCE_CARD") else value.replace("-", ""))})
        card = numbers.card(g)
        v["credit"] = (numbers.card_written(card, g.choice(["space", "hyphen", "bare"])), {("CREDIT_CARD", card)})
        member = numbers.my_number(g)
        v |= {"ginko": (g.choice(["第四北越銀行", "肥後銀行", "福井銀行"]), set()), "siten": (g.choice(["本店営業部", "駅前支店"]), set()),
              "syubetu": (g.choice(["普通", "当座"]), set()), "member_no": (member, {("~MY_NUMBER", member)}),
              "shop_cd": (f"{g.randint(10, 99)}", set())}
        return v

    def document(self, fmt: str, k: int) -> Doc:
        names = [c for c, _, _ in COLUMNS] + [c for c, _ in AROUND]
        spelt = [label if self.reference else sp[k % len(sp)] for _, sp, label in COLUMNS] + [sp[k % len(sp)] for _, sp in AROUND]
        people = [self._values() for _ in range(3)]
        file = f"h13c_{k:02d}_{fmt}.{SUFFIX[fmt]}"
        self.cells[file] = [(c, h, fmt, set().union(*(p[c][1] for p in people))) for c, h in zip(names, spelt)]
        truth = {t for p in people for _, ts in p.values() for t in ts} | {("*", t) for t in TYPES}
        tags = [h if fmt not in ("xml", "xmlattr") or h.replace("_", "a").isalnum() else f"f_{i}" for i, h in enumerate(spelt)]
        return Doc(file, written(fmt, tags, [[p[c][0] for c in names] for p in people], "KAIIN_DATA"), truth)

    def positives(self, count: int) -> list[Doc]:
        return [self.document(fmt, k) for k in range(max(1, count // len(FORMATS))) for fmt in FORMATS]

    def negatives(self, count: int) -> list[Doc]:
        """Shop and stock lists of the same systems."""
        out = []
        for k in range(count):
            fmt, g = FORMATS[(k + 3) % len(FORMATS)], self.rng
            heads = ["tenpoCd", "tenpoMei", "zaikoSu", "hinban", "nyukaYmd"]
            rows = [[f"{g.randint(10, 99)}", g.choice(["駅前店", "本店", "郊外店"]), str(g.randint(0, 400)),
                     numbers.my_number(g), f"2026/{g.randint(1, 12):02d}/{g.randint(1, 28):02d}"] for _ in range(5)]
            out.append(Doc(f"h13c_clean_{k:02d}_{fmt}.{SUFFIX[fmt]}", written(fmt, heads, rows, "ZAIKO")))
        return out
