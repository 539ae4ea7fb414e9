"""Development corpus of issue 12's births8 work (births and bank accounts missed): the
rules are corrected on it. No template, label, name or word list in common with
corpus_births8_check.py (tests/benchmarks/test_births8_corpora.py). Births in: a
membership form sheet whose first row (会員氏名 | name) is read as a header, a 町内会
役員名簿 PDF of lines without a header (role, name, date, bare age, town), an HR
export whose 生年月日 column holds a host's 元号コード (3580302), a mother's mail
(「…に産まれました」), a 扶養 list's lines without a header (長女　name　date);
accounts in: a 振込先 memo with 預金種目 abbreviated (（普）, 普, ﾌﾂｳ), a 全銀 fixed-width
transfer file, an order memo whose 受注No. stands beside bank words (`~BANK_ACCOUNT`); a
résumé template whose birth stands one part a cell (昭和 | 58 | 年 | 3 | 月 | 2 | 日生).
Each beside dates that are no births (`~DATE_OF_BIRTH`: 入会日, 就任日, counts after a
date). Clean files: a shop's renewal notice, a sales tally by date, a 本人確認 log.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

NAMES = ["大野 健太", "小池 由美", "杉山 大地", "堀 早紀", "内田 修", "今井 奈々", "新井 康介", "武田 綾", "丸山 潤"]
KANA = ["ｵｵﾉ ｹﾝﾀ", "ｺｲｹ ﾕﾐ", "ｽｷﾞﾔﾏ ﾀﾞｲﾁ", "ﾎﾘ ｻｷ", "ｳﾁﾀﾞ ｵｻﾑ"]
TOWNS = ["緑町", "桜台", "東栄町", "本郷"]
BANKS = [("0005", "三菱UFJ銀行", "ﾐﾂﾋﾞｼUFJ"), ("0010", "りそな銀行", "ﾘｿﾅ"), ("0033", "PayPay銀行", "PAYPAY")]
BRANCHES = [("101", "中野支店", "ﾅｶﾉ"), ("230", "大宮支店", "ｵｵﾐﾔ"), ("005", "すずめ支店", "ｽｽﾞﾒ")]
ONLY = {("*", "DATE_OF_BIRTH"), ("*", "BANK_ACCOUNT")}
TODAY = date.today()


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


ERAS = [(date(2019, 5, 1), "令和", "R", 2018, "5"), (date(1989, 1, 8), "平成", "H", 1988, "4"),
        (date(1926, 12, 25), "昭和", "S", 1925, "3")]


def era_of(d: date) -> tuple[str, str, int, str]:
    """(era, its letter, the year of the era, a host's 元号コード)."""
    start, name, letter, base, code = next(era for era in ERAS if d >= era[0])
    return name, letter, d.year - base, code


def era_short(d: date) -> str:
    _, letter, year, _ = era_of(d)
    return f"{letter}{year}.{d.month}.{d.day}"


def era_long(d: date) -> str:
    name, _, year, _ = era_of(d)
    return f"{name}{year}年{d.month}月{d.day}日"


def host_code(d: date) -> str:
    """A host master's 元号コード (3 昭和, 4 平成, 5 令和) before YYMMDD."""
    _, _, year, code = era_of(d)
    return f"{code}{year:02d}{d:%m%d}"


def pdf_bytes(lines: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        w.write_pdf(path, [lines])
        return path.read_bytes()


class DevBirths8:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 19 + 8)

    def choose(self, items):
        return self.rng.choice(items)

    def when(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def account(self) -> str:
        return f"{self.rng.randint(0, 9999999):07d}"

    @staticmethod
    def labelled(births=(), others=(), accounts=(), not_accounts=()) -> set:
        return ({("DATE_OF_BIRTH", b.isoformat()) for b in births}
                | {("~DATE_OF_BIRTH", o.isoformat()) for o in others if o not in births}
                | {("BANK_ACCOUNT", a) for a in accounts}
                | {("~BANK_ACCOUNT", n) for n in not_accounts if n not in accounts} | ONLY)

    # --- positives ---------------------------------------------------------------

    def member_sheet_xlsx(self, i: int) -> Doc:
        """A key-value form in a sheet: its first row (会員氏名 | name) reads as a header."""
        b, joined = self.when(1950, 2005), self.when(2023, 2026)
        rows = [["会員氏名", self.choose(NAMES)], ["生年月日", self.choose([era_long(b), f"{b:%Y/%m/%d}"])],
                ["入会日", f"{joined:%Y/%m/%d}"], ["会員種別", self.choose(["正会員", "家族会員"])]]
        return Doc(f"b8d_member{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), self.labelled([b], [joined]))

    def officers_pdf(self, i: int) -> Doc:
        """A roster's lines with no header: role, name, birth, bare age, town, 就任日."""
        town, lines, births, others = self.choose(TOWNS), [], [], []
        lines.append(f"{town}町内会 役員名簿")
        for role in self.rng.sample(["会長", "副会長", "会計", "書記", "班長", "監事"], 4):
            b, since = self.when(1945, 1990), self.when(2018, 2025)
            lines.append("　".join([role, self.choose(NAMES), self.choose([era_short(b), era_long(b)]),
                                   str(age_on(b, TODAY)), f"{town}{self.rng.randint(1, 5)}-{self.rng.randint(1, 30)}",
                                   era_short(since)]))
            births.append(b)
            others.append(since)
        return Doc(f"b8d_officers{i:03d}.pdf", pdf_bytes(lines), self.labelled(births, others))

    def host_codes_csv(self, i: int) -> Doc:
        """An HR export: 生年月日 in the host's 元号コード, 入社日 as YYYYMMDD."""
        lines, births, others = ["社員番号,氏名,生年月日,入社日"], [], []
        for n in range(self.rng.randint(3, 6)):
            b, hired = self.when(1955, 2003), self.when(2000, 2026)
            lines.append(f"{30100 + n},{self.choose(NAMES)},{host_code(b)},{hired:%Y%m%d}")
            births.append(b)
            others.append(hired)
        return Doc(f"b8d_hostcodes{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.labelled(births, others))

    def mother_mail_txt(self, i: int) -> Doc:
        b, leave = self.when(2018, 2024), self.when(2026, 2026)
        said = self.choose([f"{b.year}年{b.month}月{b.day}日に産まれました", f"{era_long(b)}に生まれました"])
        lines = ["件名：育児休業の延長について", "", "総務課 御中", "", f"長男（{self.choose(NAMES).split()[1]}）は{said}。",
                 f"保育園の入園が決まらず、{leave.year}年{leave.month}月{leave.day}日まで休業を延長したく存じます。"]
        return Doc(f"b8d_mail{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled([b], [leave]))

    def dependants_txt(self, i: int) -> Doc:
        """A 扶養 list's lines without a header: relation, name, birth."""
        surname, lines, births = self.choose(NAMES).split()[0], ["扶養親族"], []
        for relation in self.rng.sample(["配偶者", "長男", "長女", "次男", "母"], 3):
            b = self.when(1940, 1960) if relation == "母" else self.when(1965, 1995) if relation == "配偶者" else \
                self.when(1995, 2023)
            lines.append(f"{relation}　{surname} {self.choose(['太一', '美咲', '陽菜', '和子'])}　{era_long(b)}")
            births.append(b)
        return Doc(f"b8d_dependants{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled(births))

    def transfer_memo_txt(self, i: int) -> Doc:
        """A 振込先 memo with the 預金種目 abbreviated, and an order's number beside it."""
        accounts, order = [self.account() for _ in range(2)], f"{self.rng.randint(1000000, 9999999)}"
        kinds = self.rng.sample(["（普）", "普 ", "ﾌﾂｳ ", "(当)"], 2)
        lines = ["謝礼の振込先一覧", f"受注No. {order}"]
        for account, kind in zip(accounts, kinds):
            bank, branch = self.choose(BANKS), self.choose(BRANCHES)
            lines.append(f"{self.choose(NAMES)}様　{bank[1]} {branch[1]} {kind}{account}")
        return Doc(f"b8d_memo{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled(accounts=accounts,
                                                                                        not_accounts=[order]))

    def zengin_txt(self, i: int) -> Doc:
        """A 全銀 総合振込 file: header, 120-byte data records, trailer, end."""
        def pad(text: str, n: int) -> str:
            return text.ljust(n)[:n]
        records = ["1210" + pad("0001234567", 10) + pad("ｶ)ﾐﾄﾞﾘｼｮｳｶｲ", 40) + "1125" + "0005" + pad("ﾐﾂﾋﾞｼUFJ", 15) + "101"
                   + pad("ﾅｶﾉ", 15) + "1" + "9990001" + pad("", 17)]
        accounts, total = [], 0
        for _ in range(self.rng.randint(2, 5)):
            bank, branch, account, amount = self.choose(BANKS), self.choose(BRANCHES), self.account(), self.rng.randint(1, 99) * 5000
            records.append("2" + bank[0] + pad(bank[2], 15) + branch[0] + pad(branch[2], 15) + "    " + "1" + account
                           + pad(self.choose(KANA), 30) + f"{amount:010d}" + "0" + pad("", 20) + "7" + " " + pad("", 7))
            accounts.append(account)
            total += amount
        records += ["8" + f"{len(accounts):06d}" + f"{total:012d}" + pad("", 101), "9" + pad("", 119)]
        return Doc(f"b8d_zengin{i:03d}.txt", "\r\n".join(records).encode("cp932"), self.labelled(accounts=accounts))

    def resume_xlsx(self, i: int) -> Doc:
        """A résumé template's row: the birth one part a cell, the age after it."""
        b, written = self.when(1960, 2004), self.when(2026, 2026)
        era, _, year, _ = era_of(b)
        rows = [["履　歴　書", "", "", "", "", "", "", f"{written.year}年{written.month}月{written.day}日現在"],
                ["氏名", self.choose(NAMES)],
                ["生年月日", era, str(year), "年", str(b.month), "月", str(b.day), "日生", "（満", str(age_on(b, TODAY)), "歳）"]]
        return Doc(f"b8d_resume{i:03d}.xlsx", w.xlsx_bytes({"履歴書": rows}), self.labelled([b], [written]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.member_sheet_xlsx, self.officers_pdf, self.host_codes_csv, self.mother_mail_txt,
                 self.dependants_txt, self.transfer_memo_txt, self.zengin_txt, self.resume_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def renewal_txt(self, i: int) -> Doc:
        d = self.when(2015, 2025)
        lines = ["お知らせ", f"当店は{d.year}年{d.month}月{d.day}日に生まれ変わりました。今後ともよろしくお願いします。"]
        return Doc(f"b8d_clean_renewal{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def tally_txt(self, i: int) -> Doc:
        lines = ["受付件数（日別）"]
        for _ in range(4):
            d = self.when(2000, 2016)
            lines.append(f"{d:%Y/%m/%d} {TODAY.year - d.year} 件")
        return Doc(f"b8d_clean_tally{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def checks_txt(self, i: int) -> Doc:
        d = self.when(2025, 2026)
        lines = ["窓口記録", f"本人確認 {d:%Y/%m/%d} 運転免許証にて実施", f"子育て支援 {d:%Y/%m/%d} 案内"]
        return Doc(f"b8d_clean_checks{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.renewal_txt, self.tally_txt, self.checks_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
