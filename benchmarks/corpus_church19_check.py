"""Check corpus of church19, written apart from corpus_church19_dev.py (no template, name or word
list in common): the figure that says whether the rules generalise. Kinds: a shrine's 氏子 roll
exported as tab-separated text without its header (code, name, birth, phone, standing), a
parish's register pasted into a mail with full-width bars (solid name, birth, mail, standing), a
futsal club's roster as a headerless sheet (name, birth, mobile), a church's members printed to
PDF with slashed dates (name, birth, phone, standing), a visiting list's notes after 様 in a text
file. A youth camp's list (the camp's own day on every line) gives look-alikes. Clean files: a
list of halls with their founding days and numbers.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus import Doc, _e164, _pdf
from samples import writers as w

FAMILIES = ["喜多", "目黒", "安達", "平井", "岩瀬", "古賀", "真鍋", "塩谷"]
GIVEN = ["正樹", "由紀子", "翔太", "千晶", "哲也", "ひとみ", "康介", "莉子"]
STANDING = {"shrine": ["氏子", "崇敬者", "氏子総代"], "parish": ["受洗者", "信徒", "未受洗"],
            "church": ["陪餐会員", "求道者", "別帳会員", "現住陪餐会員（転入）"]}
NOTES = ["心不全", "パーキンソン病", "緑内障", "脳梗塞（後遺症あり）", "慢性胃炎"]
TYPES = {("*", "DATE_OF_BIRTH"), ("*", "SENSITIVE"), ("*", "PHONE")}


class CheckChurch19:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 1991)

    def born(self, first: int, last: int) -> date:
        return date(first, 3, 1) + timedelta(days=self.rng.randrange((last - first) * 360))

    def person(self) -> tuple[str, str]:
        return self.rng.choice(FAMILIES), self.rng.choice(GIVEN)

    def number(self, kind: str) -> str:
        """A valid number of the kind (a landline, a mobile written solid, an area code before brackets)."""
        r = self.rng.randint
        while True:
            number = self._shaped(kind, r)
            if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
                return number

    @staticmethod
    def _shaped(kind: str, r) -> str:
        return {"land": f"0{r(42, 99)}-{r(200, 999)}-{r(1000, 9999)}",
                "mobile": f"0{r(8, 9)}0{r(10000000, 99999999)}",
                "paren": f"0{r(3, 9)}{r(2, 9)}({r(200, 999)}){r(1000, 9999)}"}[kind]

    def shrine_tsv(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for i in range(5):
            family, given = self.person()
            day, phone, standing = self.born(1935, 1990), self.number("land"), self.rng.choice(STANDING["shrine"])
            rows.append(f"U{k:02d}{i:02d}\t{family}{given}\t{day:%Y/%m/%d}\t{phone}\t{standing}")
            truth |= {("DATE_OF_BIRTH", day.isoformat()), ("PHONE", _e164(phone)), ("SENSITIVE", f"宗教:{standing}")}
        return Doc(f"c19c_ujiko{k:03d}.txt", "\n".join(rows).encode("utf-8"), truth)

    def parish_mail(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for i in range(3):
            family, given = self.person()
            day, standing = self.born(1950, 2000), self.rng.choice(STANDING["parish"])
            rows.append(f"{family}{given}｜{day.year}年{day.month}月{day.day}日｜p{k}{i}@parish.example｜{standing}")
            truth |= {("DATE_OF_BIRTH", day.isoformat()), ("SENSITIVE", f"宗教:{standing}")}
        body = "神父様\n\n転入の方々を下記に記します。\n" + "\n".join(rows) + "\n\n事務 喜多"
        return Doc(f"c19c_parish{k:03d}.eml", w.make_eml("転入者", "office@parish.example", "priest@parish.example", body), truth)

    def futsal_xlsx(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for _ in range(5):
            family, given = self.person()
            day, phone = self.born(1985, 2010), self.number("mobile")
            rows.append([f"{family} {given}", f"{day:%Y/%m/%d}", phone])
            truth |= {("DATE_OF_BIRTH", day.isoformat()), ("PHONE", _e164(phone))}
        return Doc(f"c19c_futsal{k:03d}.xlsx", w.xlsx_bytes({"メンバー": rows}), truth)

    def church_pdf(self, k: int) -> Doc:
        lines, truth = ["〇〇キリスト教会 会員", ""], set(TYPES)
        for _ in range(5):
            family, given = self.person()
            day, phone, standing = self.born(1940, 2005), self.number("paren"), self.rng.choice(STANDING["church"])
            lines.append(f"{family} {given}  {day:%Y/%m/%d}  {phone}  {standing}")
            truth |= {("DATE_OF_BIRTH", day.isoformat()), ("PHONE", _e164(phone)), ("SENSITIVE", f"宗教:{standing}")}
        return Doc(f"c19c_church{k:03d}.pdf", _pdf(lines), truth)

    def visits_txt(self, k: int) -> Doc:
        lines, truth = ["今月の訪問先"], set(TYPES)
        for _ in range(3):
            family, given = self.person()
            note = self.rng.choice(NOTES)
            lines.append(f"・{family}{given}様（{note}）　午後")
            truth.add(("SENSITIVE", f"病歴:{note}"))
        return Doc(f"c19c_visits{k:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def camp_txt(self, k: int) -> Doc:
        day, rows, truth = self.born(2011, 2015), [], set(TYPES)
        for _ in range(4):
            family, given = self.person()
            phone = self.number("mobile")
            rows.append(f"{family}{given}, {day:%Y/%m/%d}, {phone}")
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"c19c_camp{k:03d}.csv", "\n".join(rows).encode("utf-8"), truth | {("~DATE_OF_BIRTH", day.isoformat())})

    def positives(self, count: int) -> list[Doc]:
        makers = [self.shrine_tsv, self.parish_mail, self.futsal_xlsx, self.church_pdf, self.visits_txt, self.camp_txt]
        return [makers[k % len(makers)](k) for k in range(count)]

    def halls_txt(self, k: int) -> Doc:
        rows = [f"{hall}会館\t{self.born(1960, 2000):%Y/%m/%d}\t{self.number('land')}" for hall in ("東", "西", "南", "北")]
        return Doc(f"c19c_clean_halls{k:03d}.txt", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.halls_txt(k) for k in range(count)]
