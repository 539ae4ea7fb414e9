"""Development corpus of church19 (rolls whose header was lost): the rules are corrected on it.
No template, name or word list in common with corpus_church19_check.py. Kinds: a temple's
檀家 list saved as a CSV without its first line (name, 和暦 birth, phone, standing), a mosque's
members pasted into a mail as a table of bars (romaji name, birth, mobile, standing), a choir's
roster typed with ideographic blanks (name, birth, mail), a rowing team's travel list printed to
PDF (romaji name, birth, passport), a parish's sick list in HTML (name さん（disease）).
A day's sign-up list (one date for every line) gives look-alikes (`~DATE_OF_BIRTH`). Clean
files: a shop list with its opening days and phones.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus import Doc, _e164, _pdf
from samples import writers as w

PEOPLE = [("宇佐美", "遥"), ("根岸", "大地"), ("石黒", "恵美"), ("若松", "徹"), ("村岡", "陽菜"), ("大城", "健太"),
          ("野口", "沙織"), ("長谷", "誠"), ("川瀬", "信也"), ("小松", "まゆみ")]
ROMAJI = ["TAKEDA RIKU", "OKABE MIO", "SAWADA KOKI", "IMAI NANAMI", "FUJITA SHO", "KUBO AYANE"]
TEMPLE = ["檀家", "檀信徒", "檀家(本家)", "檀家(分家)"]
MOSQUE = ["ムスリム", "ムスリマ", "改宗者"]
ILLS = ["糖尿病", "高血圧", "関節リウマチ", "花粉・ダニアレルギー", "狭心症", "骨粗鬆症"]
TYPES = {("*", "DATE_OF_BIRTH"), ("*", "SENSITIVE"), ("*", "PHONE")}


def _wareki(d: date) -> str:
    return f"平成{d.year - 1988}年{d.month}月{d.day}日" if d >= date(1989, 1, 8) else f"昭和{d.year - 1925}年{d.month}月{d.day}日"


class DevChurch19:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 1919)

    def day(self, start: int, stop: int) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange((stop - start) * 365))

    def phone(self, mobile: bool) -> str:
        """A number Japan's plan allows (a roll's numbers are real ones)."""
        r = self.rng.randint
        while True:
            number = f"0{self.rng.choice('789')}0-{r(2000, 9999)}-{r(1000, 9999)}" if mobile \
                else f"0{r(2, 9)}{r(2, 9)}{r(2, 9)}-{r(22, 98)}-{r(1000, 9999)}"
            if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
                return number

    def temple_csv(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for family, given in self.rng.sample(PEOPLE, 4):
            born, phone, standing = self.day(1940, 1995), self.phone(self.rng.random() < 0.5), self.rng.choice(TEMPLE)
            rows.append(f"{family} {given},{_wareki(born)},{phone},{standing}")
            truth |= {("DATE_OF_BIRTH", born.isoformat()), ("PHONE", _e164(phone)), ("SENSITIVE", f"宗教:{standing}")}
        return Doc(f"ch19d_temple{k:03d}.csv", "\r\n".join(rows).encode("cp932"), truth)

    def mosque_eml(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for name in self.rng.sample(ROMAJI, 3):
            born, phone, standing = self.day(1960, 2000), self.phone(True), self.rng.choice(MOSQUE)
            rows.append(f"| {name} | {born:%Y/%m/%d} | {phone} | {standing} |")
            truth |= {("DATE_OF_BIRTH", born.isoformat()), ("PHONE", _e164(phone)), ("SENSITIVE", f"宗教:{standing}")}
        body = "役員各位\n\n今月の新規登録者です。\n\n" + "\n".join(rows) + "\n\nよろしくお願いします。"
        return Doc(f"ch19d_mosque{k:03d}.eml", w.make_eml("登録者", "imam@example.org", "board@example.org", body), truth)

    def choir_txt(self, k: int) -> Doc:
        rows, truth = ["混声合唱団 団員"], set(TYPES)
        for i, (family, given) in enumerate(self.rng.sample(PEOPLE, 4)):
            born = self.day(1950, 2005)
            rows.append(f"{family}　{given}　{born.year}年{born.month}月{born.day}日　member{k}{i}@example.jp")
            truth.add(("DATE_OF_BIRTH", born.isoformat()))
        return Doc(f"ch19d_choir{k:03d}.txt", "\n".join(rows).encode("utf-8"), truth)

    def rowing_pdf(self, k: int) -> Doc:
        lines, truth = ["漕艇部 海外合宿 渡航者", f"出国 {self.day(2026, 2027):%Y/%m/%d}"], set(TYPES)
        for name in self.rng.sample(ROMAJI, 4):
            born = self.day(1998, 2008)
            passport = f"T{self.rng.choice('KRSZ')}{self.rng.randint(1000000, 9999999)}"
            lines.append(f"{name}  {born:%Y.%m.%d}  {passport}")
            truth.add(("DATE_OF_BIRTH", born.isoformat()))
        return Doc(f"ch19d_rowing{k:03d}.pdf", _pdf(lines), truth)

    def sick_html(self, k: int) -> Doc:
        items, truth = [], set(TYPES)
        for family, given in self.rng.sample(PEOPLE, 3):
            ill = self.rng.choice(ILLS)
            items.append(f"<li>{family} {given}さん（{ill}）</li>")
            truth.add(("SENSITIVE", f"病歴:{ill}"))
        html = f"<html><body><h2>お見舞いのお願い</h2><ul>{''.join(items)}</ul></body></html>"
        return Doc(f"ch19d_sick{k:03d}.html", html.encode("utf-8"), truth)

    def signup_txt(self, k: int) -> Doc:
        day, truth, rows = self.day(2010, 2016), set(TYPES), []
        for family, given in self.rng.sample(PEOPLE, 4):
            phone = self.phone(True)
            rows.append(f"{family} {given}  {day:%Y/%m/%d}  {phone}")
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"ch19d_signup{k:03d}.txt", "\n".join(rows).encode("utf-8"), truth | {("~DATE_OF_BIRTH", day.isoformat())})

    def positives(self, count: int) -> list[Doc]:
        makers = [self.temple_csv, self.mosque_eml, self.choir_txt, self.rowing_pdf, self.sick_html, self.signup_txt]
        return [makers[k % len(makers)](k) for k in range(count)]

    def shops_pdf(self, k: int) -> Doc:
        lines = [f"{town}店  {self.day(1980, 2010):%Y/%m/%d}  {self.phone(False)}" for town in ("駅前", "中央", "北口", "港")]
        return Doc(f"ch19d_clean_shops{k:03d}.pdf", _pdf(lines))

    def negatives(self, count: int) -> list[Doc]:
        return [self.shops_pdf(k) for k in range(count)]
