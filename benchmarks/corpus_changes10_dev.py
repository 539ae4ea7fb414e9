"""Development corpus of issue 12's dates10 work (dates of a change read as births): the
rules are corrected on it. No template, label, name or word list in common with
corpus_changes10_check.py (tests/benchmarks/test_changes10_corpora.py). Each document
holds a person's birth (DATE_OF_BIRTH) and the dates of a change in their record
(`~DATE_OF_BIRTH`): a 住所変更届 PDF whose lines are `label value` without a colon, a
氏名変更届 paragraph list with 【label】, a text roster under a space-separated header
line, a settings export of `key=value` lines, a 扶養異動 memo whose rows give a
relation, a name, a date and the change's reason, a one-line record of `label：value`
fields, a sentence saying a transfer took effect (…付けで異動). Clean files: a notice
of new office hours, a 改定履歴 of a rule book.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

NAMES = ["高田 誠", "村井 恵子", "北川 亮", "松永 千尋", "岡野 学", "平田 沙織", "吉岡 悠斗", "川端 真理"]
SCORED = {("*", "DATE_OF_BIRTH")}
ERAS = [(date(2019, 5, 1), "令和", 2018), (date(1989, 1, 8), "平成", 1988), (date(1926, 12, 25), "昭和", 1925)]


def wareki(d: date) -> str:
    _, name, base = next(era for era in ERAS if d >= era[0])
    return f"{name}{d.year - base}年{d.month}月{d.day}日"


def labelled(births, changes) -> set:
    return ({("DATE_OF_BIRTH", b.isoformat()) for b in births}
            | {("~DATE_OF_BIRTH", c.isoformat()) for c in changes if c not in births} | SCORED)


class DevChanges10:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 10)

    def when(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def person(self) -> tuple[str, date]:
        return self.rng.choice(NAMES), self.when(1950, 2000)

    def address_change_pdf(self, i: int) -> Doc:
        name, born = self.person()
        moved, filed = self.when(2019, 2026), self.when(2019, 2026)
        lines = ["住所変更届", f"氏名 {name}", f"生年月日 {wareki(born)}", f"転居年月日 {wareki(moved)}",
                 "新住所 埼玉県川口市本町2-3-4", f"届出年月日 {wareki(filed)}"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "doc.pdf"
            w.write_pdf(path, [lines])
            data = path.read_bytes()
        return Doc(f"c10d_address{i:03d}.pdf", data, labelled([born], [moved, filed]))

    def name_change_docx(self, i: int) -> Doc:
        name, born = self.person()
        changed, effective = self.when(2015, 2026), self.when(2015, 2026)
        paragraphs = ["氏名変更届", f"【旧氏名】{name}", f"【生年月日】{born:%Y年%m月%d日}", f"【変更年月日】{changed:%Y年%m月%d日}",
                      f"【効力発生日】{wareki(effective)}"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "doc.docx"
            w.write_docx(path, paragraphs)
            data = path.read_bytes()
        return Doc(f"c10d_namechange{i:03d}.docx", data, labelled([born], [changed, effective]))

    def staff_roster_txt(self, i: int) -> Doc:
        lines, births, others = ["異動者一覧", "", "氏名 生年月日 入社日 異動日 新所属"], [], []
        for _ in range(self.rng.randint(2, 5)):
            name, born = self.person()
            hired, moved = self.when(1995, 2020), self.when(2021, 2026)
            lines.append(f"{name} {wareki(born)} {wareki(hired)} {wareki(moved)} 営業{self.rng.randint(1, 3)}課")
            births.append(born)
            others += [hired, moved]
        return Doc(f"c10d_roster{i:03d}.txt", "\n".join(lines).encode("utf-8"), labelled(births, others))

    def settings_txt(self, i: int) -> Doc:
        name, born = self.person()
        changed, updated = self.when(2020, 2026), self.when(2020, 2026)
        lines = ["[member]", f"name={name}", f"birthday={born:%Y-%m-%d}", f"change_date={changed:%Y-%m-%d}",
                 f"updated_on={updated:%Y-%m-%d}"]
        return Doc(f"c10d_settings{i:03d}.txt", "\n".join(lines).encode("utf-8"), labelled([born], [changed, updated]))

    def dependants_memo_txt(self, i: int) -> Doc:
        family = self.rng.choice(NAMES).split()[0]
        child, job = self.when(1998, 2004), self.when(2021, 2025)
        lines = ["被扶養者の異動について", f"長男　{family} 大輝　{wareki(child)}生",
                 f"長女　{family} 紗希　{wareki(job)}　就職のため扶養削除"]
        return Doc(f"c10d_dependants{i:03d}.txt", "\n".join(lines).encode("utf-8"), labelled([child], [job]))

    def one_line_record_txt(self, i: int) -> Doc:
        name, born = self.person()
        lost = self.when(2018, 2026)
        line = f"被保険者：{name}　生年月日：{wareki(born)}　資格喪失日：{wareki(lost)}"
        return Doc(f"c10d_oneline{i:03d}.txt", ("社会保険 資格喪失の記録\n" + line).encode("utf-8"), labelled([born], [lost]))

    def transfer_sentence_txt(self, i: int) -> Doc:
        name, born = self.person()
        moved = self.when(2022, 2026)
        text = (f"人事異動のお知らせ\n生年月日：{wareki(born)}の{name.replace(' ', '')}は、"
                f"{wareki(moved)}付けで東北支店へ異動いたしました。")
        return Doc(f"c10d_sentence{i:03d}.txt", text.encode("utf-8"), labelled([born], [moved]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.address_change_pdf, self.name_change_docx, self.staff_roster_txt, self.settings_txt,
                 self.dependants_memo_txt, self.one_line_record_txt, self.transfer_sentence_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def hours_txt(self, i: int) -> Doc:
        d = self.when(2024, 2026)
        return Doc(f"c10d_clean_hours{i:03d}.txt", f"営業時間変更のお知らせ\n変更日 {wareki(d)}\n平日 9:00-17:00".encode("utf-8"))

    def rule_history_txt(self, i: int) -> Doc:
        lines = ["就業規則 改定履歴"] + [f"改定日 {wareki(self.when(2000, 2026))} 第{n}条改正" for n in range(1, 4)]
        return Doc(f"c10d_clean_rules{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.hours_txt, self.rule_history_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
