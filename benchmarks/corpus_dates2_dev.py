"""Development corpus for the second dates work of issue 12: the rules are corrected on
it. Day-first dates of overseas applicants, two-digit years, births of a year and
month, pipe tables, a long list whose header repeats per page, 生年 | 月 | 日 columns,
同上 in a birth column, birthdays without a year. No template, sentence or word list
in common with corpus_dates2_check.py nor with the other generators.

Positive documents are labelled for DATE_OF_BIRTH only (a year and month of birth as
`YYYY-MM`); clean documents for nothing.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w

APPLICANTS = ["Olivia Brown", "Nguyen Thu Ha", "Carlos Mendes", "Priya Nair", "Zhang Min", "Dewi Sari",
              "Lucas Ferreira", "Bui Quang Huy"]
JAPANESE = ["大西 健太", "小池 由紀", "新井 翼", "荒木 千尋", "武田 亮", "村田 愛", "森下 剛", "久保 沙織", "原 俊介"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONLY = {("*", "DATE_OF_BIRTH")}


def era_year(d: date) -> tuple[str, int]:
    return ("平成", d.year - 1988) if d >= date(1989, 1, 8) else ("昭和", d.year - 1925)


class DevCorpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 13 + 2)

    def any_of(self, items):
        return self.rng.choice(items)

    def when(self, start: int, stop: int) -> date:
        return date(self.rng.randint(start, stop), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def foreign(self, d: date) -> str:
        return self.any_of([f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                            f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}", f"{MONTHS[d.month - 1]} {d.day} {d.year}",
                            f"{d.year}-{MONTHS[d.month - 1][:3]}-{d.day}"])

    def two_digit(self, d: date) -> str:
        name, y = era_year(d)
        return self.any_of([f"{name[0]}{y}.{d.month}.{d.day}", f"{name[0]}{y}-{d.month}-{d.day}", f"{d:%y.%m.%d}",
                            f"’{d:%y}年{d.month}月{d.day}日"])

    # --- positives ---------------------------------------------------------------

    def resume_txt(self, i: int) -> Doc:
        b = self.when(1986, 2002)
        label = self.any_of(["Date of Birth", "DOB", "D.O.B.", "Birthday", "生年月日"])
        lines = ["CURRICULUM VITAE", f"Full name: {self.any_of(APPLICANTS)}", f"{label}: {self.foreign(b)}",
                 f"Passport expiry: {self.when(2027, 2031):%d/%m/%Y}", f"Available from: {self.when(2026, 2026):%d.%m.%Y}",
                 "Languages: English, Japanese (N2)"]
        return Doc(f"d2_resume{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("DATE_OF_BIRTH", b.isoformat())} | ONLY)

    def pipe_table_txt(self, i: int) -> Doc:
        lines, truth = ["アルバイト登録状況", "", "| 名前 | 採用日 | 誕生日 | 店舗 |", "| --- | --- | --- | --- |"], set()
        for _ in range(self.rng.randint(3, 6)):
            b = self.when(1970, 2007)
            shown = self.any_of([f"{b.year}.{b.month}.{b.day}", self.two_digit(b), f"{b.year}-{b.month:02d}-{b.day:02d}"])
            lines.append(f"| {self.any_of(JAPANESE)} | {self.when(2019, 2026):%Y.%m.%d} | {shown} | {self.any_of(['駅前', '本店'])} |")
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"d2_pipes{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | ONLY)

    def paged_list_csv(self, i: int) -> Doc:
        lines, truth = [], set()
        for n in range(self.rng.randint(150, 300)):
            if n % 60 == 0:
                lines += [f"職員台帳 {n // 60 + 1}頁", "職員番号,職員名,生年月日,登録日"]
            b = self.when(1955, 2005)
            lines.append(f"S{n:05d},{self.any_of(JAPANESE)},{b:%Y-%m-%d},{self.when(2000, 2026):%Y-%m-%d}")
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"d2_paged{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | ONLY)

    def split_birth_csv(self, i: int) -> Doc:
        lines, truth = ["会員名,生年,月,日,入会"], set()
        for _ in range(self.rng.randint(3, 6)):
            b = self.when(1945, 2010)
            lines.append(f"{self.any_of(JAPANESE)},{b.year},{b.month},{b.day},{self.when(2015, 2026):%Y/%m/%d}")
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"d2_split{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | ONLY)

    def emergency_docx(self, i: int) -> Doc:
        table, truth = [["氏名", "生年月日", "続柄", "連絡先"]], set()
        for n in range(self.rng.randint(3, 6)):
            b = self.when(1950, 2012)
            same = n and self.rng.random() < 0.25
            table.append([self.any_of(JAPANESE), "同上" if same else self.two_digit(b), self.any_of(["本人", "長女", "父"]),
                          f"090-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"])
            if not same:
                truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"d2_emergency{i:03d}.docx", _docx(["緊急連絡網"], table), truth | ONLY)

    def interview_note_txt(self, i: int) -> Doc:
        b = self.when(1960, 2003)
        name, y = era_year(b)
        born = self.any_of([f"{name}{y}年{b.month}月生", f"{b.year}年{b.month}月生まれ", f"生年月 {b.year}/{b.month:02d}"])
        lines = [f"面接メモ（{self.when(2026, 2026):%m/%d}）", f"応募者 {self.any_of(JAPANESE)}（{born}）",
                 f"妹は{self.when(1970, 2005).year}年生、誕生日は{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日とのこと。",
                 f"次回面談日 {self.when(2026, 2026):%d.%m.%Y}"]
        return Doc(f"d2_interview{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("DATE_OF_BIRTH", f"{b:%Y-%m}")} | ONLY)

    def onboarding_xlsx(self, i: int) -> Doc:
        rows, truth = [["Staff", "Birthday", "Start date"]], set()
        for _ in range(self.rng.randint(3, 6)):
            b = self.when(1980, 2004)
            rows.append([self.any_of(APPLICANTS), self.foreign(b), f"{self.when(2025, 2026):%m/%d/%Y}"])
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"d2_onboarding{i:03d}.xlsx", w.xlsx_bytes({"New staff": rows}), truth | ONLY)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.resume_txt, self.pipe_table_txt, self.paged_list_csv, self.split_birth_csv,
                 self.emergency_docx, self.interview_note_txt, self.onboarding_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def changelog_txt(self, i: int) -> Doc:
        lines = ["| Rev | Date | Change |", "| --- | --- | --- |"]
        lines += [f"| 1.{n} | {self.when(2019, 2026):%d/%m/%Y} | typo fixes |" for n in range(5)]
        return Doc(f"d2_clean_changelog{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def invoice_txt(self, i: int) -> Doc:
        lines = ["INVOICE", f"Invoice date: {self.when(2026, 2026):%d %b %Y}", f"Due: {self.when(2026, 2026):%B %d, %Y}",
                 f"作成日 {self.two_digit(self.when(2020, 2026))}", f"有効期限 {self.when(2026, 2027):%Y年%m月}"]
        return Doc(f"d2_clean_invoice{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def licences_csv(self, i: int) -> Doc:
        lines = ["資格,交付日,有効期限"] + [f"フォークリフト,{self.when(2015, 2025):%d.%m.%Y},{self.when(2026, 2030):%y/%m/%d}"
                                       for _ in range(5)]
        return Doc(f"d2_clean_licences{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.changelog_txt, self.invoice_txt, self.licences_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]
