"""Development corpus of the header matrix (issue 12, headers13): a host export's
member, staff or customer records under the header words one writer's systems use —
Hepburn romaji in UPPER_SNAKE with _NO/_CD/_KN/_KJ suffixes, English abbreviations and
half-width kana — in every format of benchmarks/headers13_formats.py. Each file rotates
the spellings, so each (type, spelling, format) is a cell of the matrix that
benchmarks/quality_headers13.py prints. A product code that passes the My Number check
(SHOHIN_CD) and a branch code are look-alikes: a CD column is no person's number.
The rules are tuned on it; benchmarks/corpus_headers13_check.py is written apart
(another writer's spellings and values) and never tuned on.

Truth: each value's canonical form (`("*", type)` for the scored types); the product
code `("~MY_NUMBER", code)`; clean files are product and shop masters.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus3 import idents
from benchmarks.headers13_formats import FORMATS, SUFFIX, written

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "MY_NUMBER", "PASSPORT",
          "RESIDENCE_CARD", "DRIVERS_LICENSE", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER",
          "HEALTH_INSURANCE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "SENSITIVE")
# (column, type it holds, this writer's header spellings, the Japanese label it stands for)
SPELLINGS = {
    "name": ("PERSON", ["SHIMEI", "SHIMEI_KJ", "NAME_KANJI", "ｼﾒｲ", "KANJI_SHIMEI", "SHAIN_SHIMEI", "FULL_NAME"], "氏名"),
    "kana": ("PERSON", ["SHIMEI_KANA", "KANA_SHIMEI", "ｼﾒｲｶﾅ", "NAME_KANA", "SHIMEI_KN", "FURIGANA"], "フリガナ"),
    "postal": ("POSTAL_CODE", ["YUBIN_NO", "ZIP7", "YUBIN_BANGO", "POSTAL_CD", "〒", "ZIP_CODE"], "郵便番号"),
    "address": ("ADDRESS", ["JUSHO", "JUSHO1", "ADDR1", "HOME_ADDRESS", "ｼﾞｭｳｼｮ", "GENJUSHO"], "住所"),
    "phone": ("PHONE", ["TEL_NO", "TEL1", "DENWA_BANGO", "HOME_TEL", "ﾃﾞﾝﾜ", "ＴＥＬ"], "電話番号"),
    "mobile": ("PHONE", ["KEITAI_NO", "CELL", "MOBILE_NO", "携帯No", "KEITAI_TEL", "TEL2"], "携帯電話"),
    "email": ("EMAIL", ["MAIL_ADR", "EMAIL_ADDR", "MAIL", "E_MAIL", "MAIL_ADDRESS"], "メールアドレス"),
    "birth": ("DATE_OF_BIRTH", ["SEINENGAPPI", "DOB", "BIRTH_DT", "BDATE", "ｾｲﾈﾝｶﾞｯﾋﾟ", "UMAREBI", "生年"], "生年月日"),
    "my_number": ("MY_NUMBER", ["KOJIN_NO", "MYNO", "MY_NUMBER", "KOJIN_BANGO", "ｺｼﾞﾝﾊﾞﾝｺﾞｳ"], "個人番号"),
    "passport": ("PASSPORT", ["RYOKEN_NO", "PASSPORT_NO", "PASSPORT", "RYOKEN_BANGO"], "旅券番号"),
    "residence": ("RESIDENCE_CARD", ["ZAIRYU_NO", "RES_CARD_NO", "ZAIRYU_CARD_NO", "RESIDENCE_CARD"], "在留カード番号"),
    "licence": ("DRIVERS_LICENSE", ["MENKYO_NO", "DL_NO", "UNTEN_MENKYO_NO", "LICENSE_NO"], "運転免許証番号"),
    "pension": ("BASIC_PENSION_NUMBER", ["NENKIN_NO", "PENSION_NO", "KISO_NENKIN_BANGO", "NENKIN_BANGO"], "基礎年金番号"),
    "employment": ("EMPLOYMENT_INSURANCE_NUMBER", ["KOYOU_HOKEN_NO", "EI_NO", "KOYO_HOKEN_BANGO", "KOYOHOKEN_NO"],
                   "雇用保険被保険者番号"),
    "insurer": ("HEALTH_INSURANCE_NUMBER", ["HOKENSHA_NO", "INS_NO", "HOKENSHA_BANGO", "INSURER_NO"], "保険者番号"),
    "account": ("BANK_ACCOUNT", ["KOZA_NO", "ACCT_NO", "KOZA_BANGO", "口座No", "ACCOUNT_NO"], "口座番号"),
    "card": ("CREDIT_CARD", ["CARD_NO", "CC_NO", "CREDIT_CARD_NO", "CARD_NUMBER"], "カード番号"),
    "disease": ("SENSITIVE", ["BYOMEI", "KIOUREKI", "BYOREKI", "SHIKKAN_MEI"], "病名"),
    "disability": ("SENSITIVE", ["SYOGAI", "TECHO_TOKYU", "SHOGAI_KUBUN", "SHOGAI"], "障害"),
    "religion": ("SENSITIVE", ["SHUKYO", "SHUUKYOU", "RELIGION", "SHUKYO_MEI"], "宗教"),
    "domicile": ("SENSITIVE", ["HONSEKI", "HONSEKICHI", "HONSEKI_JUSHO", "HONSEKI_CHI"], "本籍"),
}
# columns beside the account that say what it is, and look-alikes (no finding of their own)
BESIDE = {"bank": ["GINKO_MEI", "BANK_NAME", "GINKO_MEI", "金融機関名"], "branch": ["SITEN_MEI", "BRANCH_NAME", "SHITEN_MEI", "支店名"],
          "kind": ["KOZA_SYUBETU", "ACCT_TYPE", "KOZA_SHUBETSU", "種別"], "product": ["SHOHIN_CD", "ITEM_CD", "SHOHIN_CODE"],
          "branch_cd": ["SITEN_CD", "BRANCH_CD", "TENBAN"]}
SEI = [("河合", "カワイ"), ("杉浦", "スギウラ"), ("篠田", "シノダ"), ("堀江", "ホリエ"), ("矢島", "ヤジマ"), ("浜口", "ハマグチ")]
MEI = [("健太", "ケンタ"), ("千尋", "チヒロ"), ("真由美", "マユミ"), ("浩二", "コウジ"), ("沙織", "サオリ"), ("隆之", "タカユキ")]
TOWNS = [("埼玉県川越市新富町", "350"), ("静岡県浜松市中区元城町", "430"), ("岡山県倉敷市阿知", "710"), ("長野県松本市中央", "390")]
DISEASES = ["2型糖尿病", "気管支喘息", "高血圧症", "うつ病", "狭心症"]
DISABILITIES = ["身体障害者手帳2級", "療育手帳B1", "精神障害者保健福祉手帳3級"]
RELIGIONS = ["浄土真宗", "カトリック", "日蓮宗"]
BANKS = [("みずほ銀行", "渋谷支店"), ("静岡銀行", "浜松支店"), ("中国銀行", "倉敷支店")]


class DevHeaders:
    reference = False  # True: every column under its Japanese label (what the detectors read best)

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed * 71 + 13)
        self.cells: dict[str, list[tuple[str, str, str, set]]] = {}  # file → (column, header, format, truth)

    def record(self) -> dict[str, tuple[str, set]]:
        """One person's values as written, each with its truth."""
        r = self.r
        (sei, sk), (mei, mk) = r.choice(SEI), r.choice(MEI)
        town, head = r.choice(TOWNS)
        addr, b = f"{town}{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 15)}", date(r.randint(1950, 2003), r.randint(1, 12), r.randint(1, 28))
        postal, tel, mob = f"{head}{r.randint(1, 9999):04d}", f"0{r.randint(3, 9)}{r.randint(2000, 9899)}{r.randint(1000, 9999)}", f"090{r.randint(1000, 9999)}{r.randint(1000, 9999)}"
        mail = f"user{r.randint(100, 999)}@example.ne.jp"
        ids = {k: getattr(idents, f)(r) for k, f in (("my_number", "my_number"), ("passport", "passport"),
               ("residence", "residence_card"), ("licence", "license_number"), ("pension", "pension_number"),
               ("employment", "employment_insurance"), ("insurer", "insurer_number"), ("account", "bank_account"),
               ("card", "card_number"))}
        dom = f"{r.choice(TOWNS)[0]}{r.randint(100, 999)}番地"
        values = {"name": (f"{sei} {mei}", {("PERSON", sei + mei)}), "kana": (f"{sk} {mk}", {("PERSON", sk + mk)}),
                  "postal": (postal, {("POSTAL_CODE", postal)}), "address": (addr, {("ADDRESS", address_key(addr))}),
                  "phone": (tel, {("PHONE", _e164(tel))}), "mobile": (mob, {("PHONE", _e164(mob))}),
                  "email": (mail, {("EMAIL", mail)}), "birth": (f"{b:%Y%m%d}", {("DATE_OF_BIRTH", b.isoformat())}),
                  "disease": (d := r.choice(DISEASES), {("SENSITIVE", f"病歴:{d}")}),
                  "disability": (s := r.choice(DISABILITIES), {("SENSITIVE", f"障害:{s}")}),
                  "religion": (g := r.choice(RELIGIONS), {("SENSITIVE", f"宗教:{g}")}),
                  "domicile": (dom, {("SENSITIVE", f"本籍:{dom}")})}
        for key, value in ids.items():
            kind = SPELLINGS[key][0]
            values[key] = (value, {(kind, value if kind in ("PASSPORT", "RESIDENCE_CARD") else "".join(c for c in value if c.isdigit()).zfill(7 if kind == "BANK_ACCOUNT" else 0))})
        bank, branch = r.choice(BANKS)
        values |= {"bank": (bank, set()), "branch": (branch, set()), "kind": ("普通", set()),
                   "branch_cd": (f"{r.randint(100, 999)}", set())}
        code = idents.my_number(r)
        values["product"] = (code, {("~MY_NUMBER", code)})
        return values

    def document(self, fmt: str, k: int) -> Doc:
        columns = list(SPELLINGS) + list(BESIDE)
        headers = [SPELLINGS[c][2] if self.reference and c in SPELLINGS else
                   (SPELLINGS[c][1] if c in SPELLINGS else BESIDE[c])[k % len(SPELLINGS[c][1] if c in SPELLINGS else BESIDE[c])]
                   for c in columns]
        records = [self.record() for _ in range(3)]
        name = f"h13_{fmt}_{k:02d}.{SUFFIX[fmt]}"
        truth = set().union(*(v[1] for rec in records for v in rec.values())) | {("*", t) for t in SCORED}
        self.cells[name] = [(c, h, fmt, set().union(*(rec[c][1] for rec in records))) for c, h in zip(columns, headers)]
        rows = [[rec[c][0] for c in columns] for rec in records]
        return Doc(name, written(fmt, [_tag(h, fmt) for h in headers], rows, "MEMBER_LIST"), truth)

    def positives(self, count: int) -> list[Doc]:
        rounds = max(1, count // len(FORMATS))
        return [self.document(fmt, k) for k in range(rounds) for fmt in FORMATS]

    def negatives(self, count: int) -> list[Doc]:
        """Product and shop masters: codes, product names, prices, a shop's number."""
        docs = []
        for k in range(count):
            fmt = FORMATS[k % len(FORMATS)]
            headers = ["SHOHIN_CD", "SHOHIN_MEI", "TANKA", "JAN_CD", "HATSUBAI_BI", "TENPO_CD"]
            rows = [[idents.my_number(self.r), self.r.choice(["卓上ライト", "保温ポット", "収納ボックス"]), str(self.r.randint(3, 90) * 100),
                     f"49{self.r.randint(10 ** 10, 10 ** 11 - 1)}", f"2026{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}",
                     f"{self.r.randint(100, 999)}"] for _ in range(4)]
            docs.append(Doc(f"h13_clean_{fmt}_{k:02d}.{SUFFIX[fmt]}", written(fmt, [_tag(h, fmt) for h in headers], rows, "ITEM_MASTER")))
        return docs


def _tag(header: str, fmt: str) -> str:
    """An XML element or attribute needs a name: a header with signs gets an x prefix."""
    if fmt not in ("xml", "xmlattr") or header[:1].isalpha() and all(ch.isalnum() or ch == "_" for ch in header):
        return header
    return "x" + "".join(ch if ch.isalnum() else "_" for ch in header)
