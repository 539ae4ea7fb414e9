"""Development corpus of issue 12's births13 work (births beside deaths, lifespans, births said
in other habits): the rules are corrected on it. No template, label, name or word list in
common with corpus_births13_check.py (tests/benchmarks/test_births13_corpora.py). A kind a
cell of the matrix format × where the label stands × whose day the date is: a temple's 過去帳
page (生年月日 / 没年月日 / 享年), an heir's note in prose (…生、…死亡), a members' CSV with a
死亡日 column, an English memo (DOB … DOD …), a line of 生没年月日 with a pair of dates, a
memorial notice for 故 someone with a dotted pair in brackets, a 出生届 with 生まれた日時, a
key-value sheet with the era's year and the Western one in brackets (昭和60（1985）年), one
line holding a birth and a 逝去: label, a form typed as text with | between cells, a JSON
record with a death_date key, a birth with its death in brackets after it (…没), a sheet of
late members whose 生没年月日 column holds both dates of each. Each beside
the person's death and the documents' own days (`~DATE_OF_BIRTH`). Clean files: a 法要
schedule by 命日, a sheet of funeral bookings.
"""

from __future__ import annotations

import json
import random
from datetime import date

from benchmarks.corpus import Doc
from benchmarks.corpus_births12_dev import era_long, file_bytes, labelled
from samples import writers as w

NAMES = ["西田 健一", "松尾 和子", "平野 正雄", "岩崎 トミ", "今井 清", "秋山 フミ子"]


def age_at(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def dotted(d: date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


class DevBirths13:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 29 + 13)

    def when(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def life(self) -> tuple[date, date]:
        born = self.when(1927, 1950)  # 昭和 (era_long writes no 大正)
        return born, self.when(born.year + 40, 2025)

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def register_docx(self, i: int) -> Doc:
        born, died = self.life()
        paras = ["過去帳", f"俗名　{self.name()}", f"生年月日　{era_long(born)}", f"没年月日　{era_long(died)}",
                 f"享年　{age_at(born, died) + 1}歳"]
        return Doc(f"b13d_register{i:03d}.docx", file_bytes(".docx", lambda p: w.write_docx(p, paras)),
                   labelled([born], [died]))

    def heir_txt(self, i: int) -> Doc:
        born, died = self.life()
        made = self.when(2025, 2026)
        lines = ["相続関係説明図（メモ）", f"被相続人　{self.name()}（{era_long(born)}生、{era_long(died)}死亡）",
                 f"作成日　{era_long(made)}"]
        return Doc(f"b13d_heir{i:03d}.txt", "\n".join(lines).encode("utf-8"), labelled([born], [died, made]))

    def members_csv(self, i: int) -> Doc:
        rows, births, others = ["氏名,生年月日,死亡日,入会日"], [], []
        for _ in range(self.rng.randint(2, 5)):
            (born, died), joined = self.life(), self.when(1990, 2010)
            rows.append(f"{self.name()},{born:%Y/%m/%d},{died:%Y/%m/%d},{joined:%Y/%m/%d}")
            births.append(born)
            others += [died, joined]
        return Doc(f"b13d_members{i:03d}.csv", "\r\n".join(rows).encode("cp932"), labelled(births, others))

    def memo_txt(self, i: int) -> Doc:
        born, died = self.life()
        text = f"Family record\nName: {self.name()}\nDOB {born:%Y-%m-%d}  DOD {died:%Y-%m-%d}\n"
        return Doc(f"b13d_memo{i:03d}.txt", text.encode("utf-8"), labelled([born], [died]))

    def lifespan_txt(self, i: int) -> Doc:
        born, died = self.life()
        text = f"故人の記録\n{self.name()}\n生没年月日：{born.year}年{born.month}月{born.day}日～{died.year}年{died.month}月{died.day}日\n"
        return Doc(f"b13d_lifespan{i:03d}.txt", text.encode("utf-8"), labelled([born], [died]))

    def notice_docx(self, i: int) -> Doc:
        (born, died), rite = self.life(), self.when(2026, 2026)
        paras = ["一周忌法要のご案内", f"故 {self.name()}（{dotted(born)}-{dotted(died)}）の法要を営みます。",
                 f"日時　{era_long(rite)}　午前11時"]
        return Doc(f"b13d_notice{i:03d}.docx", file_bytes(".docx", lambda p: w.write_docx(p, paras)),
                   labelled([born], [died, rite]))

    def birth_report_pdf(self, i: int) -> Doc:
        born, filed = self.when(2023, 2025), self.when(2025, 2026)
        page = ["出生届", f"生まれた子　{self.name()}", f"生まれた日時　{era_long(born)}　午後2時10分",
                f"届出日　{era_long(filed)}"]
        return Doc(f"b13d_birthreport{i:03d}.pdf", file_bytes(".pdf", lambda p: w.write_pdf(p, [page])),
                   labelled([born], [filed]))

    def dual_xlsx(self, i: int) -> Doc:
        born, hired = self.when(1950, 1988), self.when(2000, 2025)
        era = era_long(born)
        dual = era.replace("年", f"（{born.year}）年", 1)
        rows = [["氏名", self.name()], ["生年月日", dual], ["入社日", f"{hired:%Y/%m/%d}"]]
        return Doc(f"b13d_dual{i:03d}.xlsx", file_bytes(".xlsx", lambda p: w.write_xlsx(p, {"個人票": rows})),
                   labelled([born], [hired]))

    def one_line_txt(self, i: int) -> Doc:
        born, died = self.life()
        text = f"会員　{self.name()}　生年月日：{born.year}年{born.month}月{born.day}日　逝去：{died.year}年{died.month}月{died.day}日\n"
        return Doc(f"b13d_oneline{i:03d}.txt", text.encode("utf-8"), labelled([born], [died]))

    def piped_txt(self, i: int) -> Doc:
        born, died = self.life()
        text = f"| 氏名 | {self.name()} |\n| 生年月日 | {era_long(born)} | 死亡日 | {era_long(died)} |\n"
        return Doc(f"b13d_piped{i:03d}.txt", text.encode("utf-8"), labelled([born], [died]))

    def record_json(self, i: int) -> Doc:
        born, died = self.life()
        body = {"name": self.name(), "birth_date": f"{born:%Y-%m-%d}", "death_date": f"{died:%Y-%m-%d}"}
        return Doc(f"b13d_record{i:03d}.json", json.dumps(body, ensure_ascii=False).encode("utf-8"),
                   labelled([born], [died]))

    def bracket_death_docx(self, i: int) -> Doc:
        born, died = self.life()
        paras = ["会員名簿（物故者）", f"氏名：{self.name()}", f"生年月日：{era_long(born)}（{era_long(died)}没）"]
        return Doc(f"b13d_late{i:03d}.docx", file_bytes(".docx", lambda p: w.write_docx(p, paras)),
                   labelled([born], [died]))

    def founders_xlsx(self, i: int) -> Doc:
        rows, births, deaths = [["氏名", "生没年月日", "最終役職"]], [], []
        for _ in range(self.rng.randint(3, 6)):
            born, died = self.life()
            rows.append([self.name(), f"{era_long(born)}～{era_long(died)}", self.rng.choice(["会長", "顧問", "理事"])])
            births.append(born)
            deaths.append(died)
        return Doc(f"b13d_founders{i:03d}.xlsx", file_bytes(".xlsx", lambda p: w.write_xlsx(p, {"物故者": rows})),
                   labelled(births, deaths))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.register_docx, self.heir_txt, self.members_csv, self.memo_txt, self.lifespan_txt,
                  self.notice_docx, self.birth_report_pdf, self.dual_xlsx, self.one_line_txt, self.piped_txt,
                  self.record_json, self.bracket_death_docx, self.founders_xlsx]
        return [makers[i % len(makers)](i) for i in range(count)]

    def rites_txt(self, i: int) -> Doc:
        lines = ["年回忌法要の予定"] + [f"{n}回忌　命日 {era_long(self.when(2010, 2024))}　法要 {era_long(self.when(2026, 2026))}"
                                    for n in (3, 7, 13)]
        return Doc(f"b13d_clean_rites{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def bookings_xlsx(self, i: int) -> Doc:
        rows = [["通夜", "葬儀・告別式", "式場"]] + [[f"{self.when(2026, 2026):%Y/%m/%d}", f"{self.when(2026, 2026):%Y/%m/%d}",
                                                  f"第{n}式場"] for n in range(1, 5)]
        return Doc(f"b13d_clean_bookings{i:03d}.xlsx", file_bytes(".xlsx", lambda p: w.write_xlsx(p, {"予約": rows})))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.rites_txt, self.bookings_xlsx]
        return [makers[i % len(makers)](i) for i in range(count)]
