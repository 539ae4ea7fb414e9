"""Check corpus of issue 12's births8 work: never tuned on; no template, label, name or
word list in common with corpus_births8_dev.py (tests/benchmarks/test_births8_corpora.py).
Births as another hand writes them: a 個人カード sheet whose first row (フリガナ | reading)
is read as a header, a club's headerless TSV of members (name, sex, birth, age, phone),
a sheet whose 生年月日(和暦) column holds a host's 元号コード with a dash (3-580302), a
身上書 in Word telling a birth in a sentence (…の生まれ, …に出生), a 家族欄 whose lines
put the relation in brackets (（夫）name S58.3.2); accounts in a mail changing the salary
account (ﾄｳｻﾞ, （当）, 普・), a 給与振込 file of one stream without line breaks, a
口座振替 notice whose 会員ID stands beside bank words (`~BANK_ACCOUNT`), an entry sheet in
Word whose birth stands over cells with their units (平成5年 | 3月 | 2日 | 生). Dates that
are no births (`~DATE_OF_BIRTH`: 登録日, 退会日, 提出日). Clean files: a company
profile with its 設立, a 人口動態 note, a club's attendance log with counts.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w

PEOPLE = [("岩崎", "誠", "ｲﾜｻｷ ﾏｺﾄ"), ("柴田", "真央", "ｼﾊﾞﾀ ﾏｵ"), ("吉川", "隆之", "ﾖｼｶﾜ ﾀｶﾕｷ"), ("樋口", "遥", "ﾋｸﾞﾁ ﾊﾙｶ"),
          ("永井", "浩", "ﾅｶﾞｲ ﾋﾛｼ"), ("秋山", "紗希", "ｱｷﾔﾏ ｻｷ"), ("片山", "悠真", "ｶﾀﾔﾏ ﾕｳﾏ")]
LENDERS = [("0009", "三井住友", "ﾐﾂｲｽﾐﾄﾓ", "渋谷", "ｼﾌﾞﾔ", "654"), ("0001", "みずほ", "ﾐｽﾞﾎ", "池袋", "ｲｹﾌﾞｸﾛ", "251"),
           ("1310", "城南信用金庫", "ｼﾞﾖｳﾅﾝｼﾝｷﾝ", "大井町", "ｵｵｲﾏﾁ", "012")]
ONLY = {("*", "DATE_OF_BIRTH"), ("*", "BANK_ACCOUNT")}
TODAY = date.today()


def _wareki(d: date) -> tuple[str, str, int, int]:
    """(era, letter, year of the era, host code)."""
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018, 5
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988, 4
    return "昭和", "S", d.year - 1925, 3


class CheckBirths8:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 43 + 88)

    def pick(self, items):
        return self.rng.choice(items)

    def day(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def number(self) -> str:
        return "".join(self.pick("0123456789") for _ in range(7))

    @staticmethod
    def truth(births=(), others=(), accounts=(), look_alikes=()) -> set:
        return ({("DATE_OF_BIRTH", b.isoformat()) for b in births}
                | {("~DATE_OF_BIRTH", o.isoformat()) for o in others if o not in births}
                | {("BANK_ACCOUNT", a) for a in accounts}
                | {("~BANK_ACCOUNT", n) for n in look_alikes if n not in accounts} | ONLY)

    # --- positives ---------------------------------------------------------------

    def card_xlsx(self, i: int) -> Doc:
        family, given, kana = self.pick(PEOPLE)
        b, registered = self.day(1948, 2004), self.day(2024, 2026)
        label = self.pick(["誕生日", "生年月日(西暦)", "生年月日"])
        rows = [["フリガナ", kana], ["氏名", f"{family} {given}"], [label, f"{b.year}年{b.month}月{b.day}日"],
                ["登録日", f"{registered.year}年{registered.month}月{registered.day}日"]]
        return Doc(f"b8c_card{i:03d}.xlsx", w.xlsx_bytes({"個人カード": rows}), self.truth([b], [registered]))

    def club_tsv(self, i: int) -> Doc:
        lines, births = [], []
        for family, given, _ in self.rng.sample(PEOPLE, 4):
            b = self.day(1950, 2008)
            age = TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))
            phone = f"090-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
            lines.append("\t".join([f"{family}{given}", self.pick(["男", "女"]), f"{b:%Y-%m-%d}", str(age), phone]))
            births.append(b)
        return Doc(f"b8c_club{i:03d}.tsv", "\n".join(lines).encode("utf-8"), self.truth(births))

    def coded_xlsx(self, i: int) -> Doc:
        rows, births, others = [["職員CD", "漢字氏名", "生年月日(和暦)", "退会日"]], [], []
        for n, (family, given, _) in enumerate(self.rng.sample(PEOPLE, 4)):
            b, left = self.day(1950, 1999), self.day(2020, 2026)
            _, _, year, code = _wareki(b)
            rows.append([f"K{n + 11}", f"{family}{given}", f"{code}-{year:02d}{b:%m%d}", f"{left:%Y.%m.%d}"])
            births.append(b)
            others.append(left)
        return Doc(f"b8c_coded{i:03d}.xlsx", w.xlsx_bytes({"職員": rows}), self.truth(births, others))

    def personal_history_docx(self, i: int) -> Doc:
        family, given, _ = self.pick(PEOPLE)
        b, handed = self.day(1960, 2002), self.day(2026, 2026)
        era, _, year, _ = _wareki(b)
        said = self.pick([f"私は{era}{year}年{b.month}月{b.day}日の生まれで、", f"{b.year}年{b.month}月{b.day}日に出生し、"])
        paragraphs = ["身 上 書", f"氏名　{family} {given}", f"{said}地元の高校を卒業後、家業を手伝っておりました。",
                      f"提出日　{handed.year}年{handed.month}月{handed.day}日"]
        return Doc(f"b8c_history{i:03d}.docx", _docx(paragraphs, []), self.truth([b], [handed]))

    def family_lines_txt(self, i: int) -> Doc:
        family = self.pick(PEOPLE)[0]
        lines, births = ["■家族欄"], []
        for relation, first, last in self.rng.sample([("夫", 1960, 1990), ("次女", 1995, 2020), ("父", 1935, 1960),
                                                      ("祖母", 1927, 1945)], 2):
            b = self.day(first, last)
            _, letter, year, _ = _wareki(b)
            lines.append(f"（{relation}）{family}{self.pick(['一郎', '美穂', '茂', 'キヨ'])}　{letter}{year}.{b.month}.{b.day}")
            births.append(b)
        return Doc(f"b8c_family{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(births))

    def account_mail_txt(self, i: int) -> Doc:
        account, lender = self.number(), self.pick(LENDERS)
        kind = self.pick(["ﾄｳｻﾞ ", "（当）", "普・"])
        body = ["人事部 給与担当さま", "", "お疲れさまです。給与の振込口座を下記に変更してください。",
                f"　{lender[1]}銀行 {lender[3]}支店 {kind}{account}", "", "以上、よろしくお願いします。"]
        return Doc(f"b8c_mail{i:03d}.txt", "\n".join(body).encode("utf-8"), self.truth(accounts=[account]))

    def salary_stream_dat(self, i: int) -> Doc:
        """A 給与振込 file (種別 11) as one stream of 120-byte records, no line breaks."""
        def field(text: str, width: int) -> str:
            return text.ljust(width)[:width]
        records = ["1110" + field("9876500001", 10) + field("ﾕ)ｵｵｲｺｳｷﾞﾖｳ", 40) + "0425" + "1310"
                   + field("ｼﾞﾖｳﾅﾝｼﾝｷﾝ", 15) + "012" + field("ｵｵｲﾏﾁ", 15) + "1" + "5550001" + field("", 17)]
        accounts = []
        for family, given, kana in self.rng.sample(PEOPLE, 3):
            lender, account = self.pick(LENDERS), self.number()
            records.append("2" + lender[0] + field(lender[2], 15) + lender[5] + field(lender[4], 15) + "    " + "1"
                           + account + field(kana, 30) + f"{self.rng.randint(150, 450) * 1000:010d}" + "0"
                           + field("", 20) + " " + " " + field("", 7))
            accounts.append(account)
        records += ["8" + f"{len(accounts):06d}" + "0" * 12 + field("", 101), "9" + field("", 119)]
        return Doc(f"b8c_salary{i:03d}.dat", "".join(records).encode("cp932"), self.truth(accounts=accounts))

    def debit_notice_txt(self, i: int) -> Doc:
        family, given, _ = self.pick(PEOPLE)
        member, account, lender = self.number(), self.number(), self.pick(LENDERS)
        lines = ["口座振替依頼書（控）", f"会員ID {member}", f"ご契約者　{family} {given} 様",
                 f"引落口座　{lender[1]}銀行 {lender[3]}支店 普通預金 {account}"]
        return Doc(f"b8c_debit{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth(accounts=[account], look_alikes=[member]))

    def entry_sheet_docx(self, i: int) -> Doc:
        """An entry sheet's table in Word: the birth over cells with their units (平成5年 | 3月 | 2日 | 生)."""
        family, given, _ = self.pick(PEOPLE)
        b, sent = self.day(1975, 2006), self.day(2026, 2026)
        era, _, year, _ = _wareki(b)
        table = [["お名前", f"{family} {given}", "", "", ""], ["生年月日", f"{era}{year}年", f"{b.month}月", f"{b.day}日", "生"],
                 ["送付日", f"{sent:%Y/%m/%d}", "", "", ""]]
        return Doc(f"b8c_entry{i:03d}.docx", _docx(["エントリーシート"], table), self.truth([b], [sent]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.card_xlsx, self.club_tsv, self.coded_xlsx, self.personal_history_docx, self.family_lines_txt,
                 self.account_mail_txt, self.salary_stream_dat, self.debit_notice_txt, self.entry_sheet_docx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def company_docx(self, i: int) -> Doc:
        founded = self.day(1950, 1995)
        return Doc(f"b8c_clean_company{i:03d}.docx", _docx(["会社案内", f"設立　{founded.year}年{founded.month}月{founded.day}日",
                                                              "資本金　3,000万円"], []))

    def vital_statistics_txt(self, i: int) -> Doc:
        d = self.day(2024, 2026)
        lines = ["人口動態（速報）", f"{d.year}年{d.month}月{d.day}日現在　出生数 {self.rng.randint(20, 90)} 人",
                 f"死亡数 {self.rng.randint(20, 90)} 人"]
        return Doc(f"b8c_clean_vital{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def attendance_tsv(self, i: int) -> Doc:
        lines = []
        for _ in range(4):
            d = self.day(2005, 2015)
            lines.append(f"{d:%Y-%m-%d}\t{TODAY.year - d.year}\t名\t練習会")
        return Doc(f"b8c_clean_attendance{i:03d}.tsv", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.company_docx, self.vital_statistics_txt, self.attendance_tsv]
        return [kinds[n % len(kinds)](n) for n in range(count)]
