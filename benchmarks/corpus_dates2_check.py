"""Check corpus for the second dates work of issue 12 (day-first and two-digit dates,
births of a year and month, markdown and long tables, split and ditto cells), written
before any rule changed and sharing no template, sentence or word list with
corpus_dates2_dev.py nor with the other generators. Never tune a rule on it.

Positive documents are labelled for DATE_OF_BIRTH only (a year and month of birth as
`YYYY-MM`); clean documents for nothing.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc
from samples import writers as w

STAFF = ["PHAM THI LAN", "TRAN MINH DUC", "MARIA SANTOS", "LI WEI", "KIM SOYEON", "RAJ PATEL", "ANA LIMA",
         "HOANG VAN NAM", "SITI RAHMA", "JOSE REYES"]
LOCAL = ["宮下 和也", "堀 智美", "河合 拓", "吉岡 里奈", "杉本 聡", "野口 美咲", "平田 大輔", "松尾 彩"]
COUNTRY = ["Vietnam", "Philippines", "Indonesia", "Nepal", "China", "Brazil"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SHOWA, HEISEI = date(1926, 12, 25), date(1989, 1, 8)
ONLY = {("*", "DATE_OF_BIRTH")}


class CheckCorpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 5)

    def pick(self, items):
        return self.rng.choice(items)

    def day(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def day_first(self, d: date) -> str:
        """How a foreign-staff form writes a birth, day first."""
        return self.pick([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}",
                          f"{d.day} {ABBR[d.month - 1]} {d.year}", f"{d.year}-{ABBR[d.month - 1]}-{d.day:02d}",
                          f"{d:%B} {d.day}, {d.year}"])

    def short_year(self, d: date) -> str:
        """A birth with a two-digit year: era letter, apostrophe or yy/mm/dd."""
        if d >= HEISEI:
            era = f"H{d.year - 1988}"
        else:
            era = f"S{d.year - 1925}"
        return self.pick([f"{era}.{d.month}.{d.day}", f"{era}/{d.month}/{d.day}", f"'{d:%y}年{d.month}月{d.day}日",
                          f"{d:%y/%m/%d}"])

    # --- positives ---------------------------------------------------------------

    def trainees_csv(self, i: int) -> Doc:
        lines, truth = ["No,Name,Nationality,Date of Birth,Arrival,Visa until"], set()
        for n in range(self.rng.randint(4, 9)):
            b = self.day(1985, 2004)
            lines.append(f"{n + 1},{self.pick(STAFF)},{self.pick(COUNTRY)},{self.day_first(b)},"
                         f"{self.day(2023, 2026):%Y/%m/%d},{self.day(2027, 2029):%d/%m/%Y}")
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"c2_trainees{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | ONLY)

    def handover_md(self, i: int) -> Doc:
        lines, truth = ["# 引継ぎメモ（配属者一覧）", "", "| 氏名 | 生年月日 | 入社日 | 配属 |", "|---|---|---|---|"], set()
        for _ in range(self.rng.randint(3, 7)):
            b, start = self.day(1960, 2003), self.day(2010, 2026)
            shown = self.pick([f"{b.year}/{b.month}/{b.day}", self.short_year(b), f"{b:%Y年%m月%d日}"])
            lines.append(f"| {self.pick(LOCAL)} | {shown} | {start:%Y/%m/%d} | {self.pick(['倉庫', '配送', '検品'])} |")
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        lines += ["", f"更新：{self.day(2026, 2026):%Y/%m/%d}"]
        return Doc(f"c2_handover{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | ONLY)

    def long_register_tsv(self, i: int) -> Doc:
        header, truth, lines = "社員コード\t氏名\t生年月日\t資格取得日", set(), []
        for n in range(self.rng.randint(120, 260)):
            if n % 50 == 0:
                lines.append(header)
            b = self.day(1958, 2004)
            lines.append(f"{7000 + n}\t{self.pick(LOCAL)}\t{b.year}/{b.month:02d}/{b.day:02d}\t"
                         f"{self.day(2005, 2026):%Y/%m/%d}")
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"c2_register{i:03d}.tsv", "\n".join(lines).encode("cp932"), truth | ONLY)

    def family_sheet_xlsx(self, i: int) -> Doc:
        rows, truth = [["家族状況申告", "", "", "", ""], ["続柄", "氏名", "年", "月", "日"]], set()
        for _ in range(self.rng.randint(2, 5)):
            b = self.day(1940, 2024)
            rows.append([self.pick(["妻", "夫", "長男", "次女", "母"]), self.pick(LOCAL), b.year, b.month, b.day])
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"c2_family{i:03d}.xlsx", w.xlsx_bytes({"家族": rows}), truth | ONLY)

    def ditto_roster_csv(self, i: int) -> Doc:
        lines, truth = ["氏名,生年月日,部署"], set()
        for n in range(self.rng.randint(3, 7)):
            b = self.day(1962, 2002)
            twin = n and self.rng.random() < 0.3
            lines.append(f"{self.pick(LOCAL)},{'〃' if twin else self.short_year(b)},{self.pick(['経理', '人事'])}")
            if not twin:
                truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"c2_ditto{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | ONLY)

    def profile_txt(self, i: int) -> Doc:
        b = self.day(1955, 2000)
        born = self.pick([f"{b.year}年{b.month}月生まれ", f"{b.year}年{b.month}月生", f"生年月：{b.year}年{b.month}月"])
        lines = [f"講師紹介　{self.pick(LOCAL)}", born + "。", f"趣味は登山。誕生日は{self.rng.randint(1, 12)}月"
                 f"{self.rng.randint(1, 28)}日です。", f"{self.day(1990, 2000).year}年生まれの弟がいる。",
                 f"登壇日：{self.day(2026, 2026):%Y年%m月%d日}"]
        return Doc(f"c2_profile{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("DATE_OF_BIRTH", f"{b:%Y-%m}")} | ONLY)

    def visa_mail_eml(self, i: int) -> Doc:
        b = self.day(1988, 2003)
        while b.day <= 12:
            b = self.day(1988, 2003)
        body = ["Dear HR team,", "", "Please find my details for the residence card renewal below.",
                f"Name: {self.pick(STAFF)}", f"Born on {b:%d/%m/%Y} in {self.pick(COUNTRY)}.",
                f"Card expires {self.day(2026, 2027):%d/%m/%Y}.", "", "Best regards"]
        data = w.make_eml("Residence card renewal", "staff@example.net", "hr@example.co.jp", "\n".join(body))
        return Doc(f"c2_visa{i:03d}.eml", data, {("DATE_OF_BIRTH", b.isoformat())} | ONLY)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.trainees_csv, self.handover_md, self.long_register_tsv, self.family_sheet_xlsx,
                 self.ditto_roster_csv, self.profile_txt, self.visa_mail_eml]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def revisions_md(self, i: int) -> Doc:
        lines = ["# 作業手順書", "", "| 版 | 改訂日 | 内容 |", "|---|---|---|"]
        lines += [f"| {n} | {self.day(2018, 2026):%Y/%m/%d} | 記載追加 |" for n in range(1, 5)]
        return Doc(f"c2_clean_revisions{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def permits_csv(self, i: int) -> Doc:
        lines = ["Permit,Issued,Expiry"] + [f"P-{n:04d},{self.day(2020, 2025):%d/%m/%Y},{self.day(2026, 2030):%d.%m.%Y}"
                                          for n in range(6)]
        return Doc(f"c2_clean_permits{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def visits_tsv(self, i: int) -> Doc:
        lines = ["受診日\t面談日\t交付日"] + [f"{self.short_year(self.day(2019, 2026))}\t{self.day(2024, 2026):%y/%m/%d}\t"
                                           f"{self.day(2024, 2026):%Y年%m月}" for _ in range(6)]
        return Doc(f"c2_clean_visits{i:03d}.tsv", "\n".join(lines).encode("utf-8"))

    def letterhead_txt(self, i: int) -> Doc:
        lines = [f"発行日 {self.day(2026, 2026):%d.%m.%Y}", "社内報 第12号", f"提出日：{self.day(2026, 2026):%Y年%m月}",
                 f"当社は{self.day(1970, 1999).year}年{self.rng.randint(1, 12)}月に創業しました。"]
        return Doc(f"c2_clean_letter{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.revisions_md, self.permits_csv, self.visits_tsv, self.letterhead_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
