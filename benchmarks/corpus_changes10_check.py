"""Check corpus of issue 12's dates10 work, written apart from corpus_changes10_dev.py (no
template, label, name or word list in common) and never tuned on: births beside the
dates of a change in a person's record, as another hand writes them. A 資格取得届 sheet
whose label and value cells alternate along a row, an HTML page of `label　value`
paragraphs, a mail of ◆ bullets, a YAML export with English keys, a PDF list whose
header row names each column, a mail on a spouse's 扶養 with the reason in brackets,
a sentence on a change of surname (…をもって改姓). Clean files: a store's renovation
notice, a price list's revision dates.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

PEOPLE = [("森本", "陽子"), ("石原", "健二"), ("上野", "彩"), ("福田", "直樹"), ("中西", "美穂"), ("野口", "拓也")]
LETTERS = [(date(2019, 5, 1), "R", 2018), (date(1989, 1, 8), "H", 1988), (date(1926, 12, 25), "S", 1925)]
TRUTH_TYPES = {("*", "DATE_OF_BIRTH")}


def era_dotted(d: date) -> str:
    """R5.4.1, H2.1.8, S55.4.12."""
    _, letter, base = next(era for era in LETTERS if d >= era[0])
    return f"{letter}{d.year - base}.{d.month}.{d.day}"


def slashed(d: date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def truth(born: list[date], changed: list[date]) -> set:
    births = {("DATE_OF_BIRTH", d.isoformat()) for d in born}
    return births | {("~DATE_OF_BIRTH", d.isoformat()) for d in changed if d not in born} | TRUTH_TYPES


def written(suffix: str, write) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f{suffix}"
        write(path)
        return path.read_bytes()


class CheckChanges10:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 57 + 1010)

    def day(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def who(self) -> tuple[str, date]:
        family, given = self.rng.choice(PEOPLE)
        return f"{family}　{given}", self.day(1948, 2001)

    def enrolment_sheet(self, i: int) -> Doc:
        name, born = self.who()
        got = self.day(2016, 2026)
        rows = [["雇用保険被保険者資格取得届"], ["被保険者氏名", name, "生年月日", era_dotted(born)],
                ["取得年月日", era_dotted(got), "賃金(月額)", "245000"]]
        return Doc(f"c10c_enrol{i:03d}.xlsx", w.xlsx_bytes({"届": rows}), truth([born], [got]))

    def profile_html(self, i: int) -> Doc:
        name, born = self.who()
        left = self.day(2020, 2026)
        body = "".join(f"<p>{p}</p>" for p in (f"お名前　{name}", f"誕生日　{slashed(born)}", f"退職年月日　{slashed(left)}"))
        return Doc(f"c10c_profile{i:03d}.html", f"<html><body><h1>退職者情報</h1>{body}</body></html>".encode("utf-8"),
                   truth([born], [left]))

    def bullets_mail(self, i: int) -> Doc:
        name, born = self.who()
        moved, told = self.day(2021, 2026), self.day(2021, 2026)
        body = "\n".join(["お客様各位", "", "ご登録内容の変更を承りました。", f"◆お名前　{name}", f"◆生年月日　{era_dotted(born)}",
                          f"◆転居日　{era_dotted(moved)}", f"◆受付日　{era_dotted(told)}"])
        data = w.make_eml("ご登録内容変更の受付", "desk@shop.example.jp", "member@example.jp", body)
        return Doc(f"c10c_bullets{i:03d}.eml", data, truth([born], [moved, told]))

    def export_yaml(self, i: int) -> Doc:
        name, born = self.who()
        moved, since = self.day(2019, 2026), self.day(2010, 2026)
        text = "\n".join(["employee:", f"  full_name: {name}", f"  date_of_birth: {born.isoformat()}",
                          f"  transferred_at: {moved.isoformat()}", f"  grade_since: {since.isoformat()}"])
        return Doc(f"c10c_export{i:03d}.yaml", text.encode("utf-8"), truth([born], [moved]))

    def leavers_pdf(self, i: int) -> Doc:
        lines, born_all, others = ["退職者リスト", "No 名前 誕生日 採用年月日 退職年月日"], [], []
        for n in range(1, self.rng.randint(3, 5)):
            name, born = self.who()
            joined, left = self.day(1990, 2015), self.day(2020, 2026)
            lines.append(f"{n} {name} {slashed(born)} {slashed(joined)} {slashed(left)}")
            born_all.append(born)
            others += [joined, left]
        return Doc(f"c10c_leavers{i:03d}.pdf", written(".pdf", lambda p: w.write_pdf(p, [lines])), truth(born_all, others))

    def spouse_mail(self, i: int) -> Doc:
        family, _ = self.rng.choice(PEOPLE)
        lost = self.day(2021, 2025)
        body = f"総務ご担当者様\n\n配偶者　{family} 恵　{slashed(lost)}（収入超過により扶養から外れます）\n\n以上"
        data = w.make_eml("配偶者の扶養について", "staff@example.jp", "soumu@example.jp", body)
        return Doc(f"c10c_spouse{i:03d}.eml", data, truth([], [lost]))

    def surname_sentence(self, i: int) -> Doc:
        family, given = self.rng.choice(PEOPLE)
        born, changed = self.day(1960, 1999), self.day(2020, 2026)
        text = (f"{family}{given}（{slashed(born)}生）は、{slashed(changed)}をもって婚姻により改姓しました。"
                "社内システムの表記を変更します。")
        return Doc(f"c10c_surname{i:03d}.txt", text.encode("utf-8"), truth([born], [changed]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.enrolment_sheet, self.profile_html, self.bullets_mail, self.export_yaml, self.leavers_pdf,
                 self.spouse_mail, self.surname_sentence]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def renovation(self, i: int) -> Doc:
        d = self.day(2024, 2026)
        return Doc(f"c10c_clean_renovation{i:03d}.txt", f"店舗改装のため {slashed(d)} より休業します。".encode("utf-8"))

    def price_revisions(self, i: int) -> Doc:
        rows = "\n".join(f"{slashed(self.day(2005, 2026))},改定,{self.rng.randint(100, 900)}円" for _ in range(3))
        return Doc(f"c10c_clean_prices{i:03d}.csv", ("適用開始,区分,価格\n" + rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.renovation, self.price_revisions]
        return [kinds[n % len(kinds)](n) for n in range(count)]
