"""Development corpus of header-less HR masters from hosts (issue 12, hostdates2; the
rules are tuned on it), in layout habits the hostdates corpora did not hold: the hire
date BEFORE the birth, both written in the same form (YYYYMMDD, YYYY-MM-DD, YYYY/MM/DD,
`H05.04.01`, `S450412`, `平成 5年 4月 1日`, `1993/ 4/ 1`), padded with blanks or zeros,
the two dates adjacent with no blank or one blank apart, next to a staff number, a
department code and a salary grade (in one run of digits or not), a record type
prefix (`D`, `1`), records over 200 columns (address, flags, filler), and files of
more records than a layout is decided on. Every hire date is labelled a look-alike
`("~DATE_OF_BIRTH", iso)`. Clean: a fixed-asset master (取得日 before 耐用年数 end),
a contracts master of companies (締結日, 更新日).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc

NOW = date(2026, 12, 1)
SEI = (("大野", "ｵｵﾉ"), ("宮崎", "ﾐﾔｻﾞｷ"), ("工藤", "ｸﾄﾞｳ"), ("野口", "ﾉｸﾞﾁ"), ("平野", "ﾋﾗﾉ"), ("菅原", "ｽｶﾞﾜﾗ"),
       ("久保", "ｸﾎﾞ"), ("千葉", "ﾁﾊﾞ"), ("松井", "ﾏﾂｲ"), ("桜井", "ｻｸﾗｲ"), ("荒木", "ｱﾗｷ"), ("小山", "ｺﾔﾏ"))
MEI = (("昌平", "ｼｮｳﾍｲ"), ("紀子", "ﾉﾘｺ"), ("博之", "ﾋﾛﾕｷ"), ("綾", "ｱﾔ"), ("克也", "ｶﾂﾔ"), ("優子", "ﾕｳｺ"),
       ("淳", "ｼﾞｭﾝ"), ("麻衣", "ﾏｲ"), ("信夫", "ﾉﾌﾞｵ"), ("早苗", "ｻﾅｴ"))
TOWNS = ("札幌市中央区北一条西", "盛岡市大通", "前橋市大手町", "甲府市丸の内", "津市広明町", "松江市殿町", "徳島市万代町")
ERA_STARTS = ((date(2019, 5, 1), "R", "令和"), (date(1989, 1, 8), "H", "平成"), (date(1926, 12, 25), "S", "昭和"))
FORMS = ("compact", "dash", "slash", "dot", "era_dot", "era_compact", "era_name", "era_name_blank", "slash_blank",
         "era_slash_blank", "wide", "loose", "era_loose")
WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def as_written(d: date, form: str) -> str:
    """d in a host's written form (the width of each form is fixed)."""
    _, letter, name = next(e for e in ERA_STARTS if d >= e[0])
    y = d.year - next(e for e in ERA_STARTS if d >= e[0])[0].year + 1
    return {"compact": f"{d:%Y%m%d}", "dash": f"{d:%Y-%m-%d}", "slash": f"{d:%Y/%m/%d}", "dot": f"{d:%Y.%m.%d}",
            "era_dot": f"{letter}{y:02d}.{d.month:02d}.{d.day:02d}", "era_compact": f"{letter}{y:02d}{d:%m%d}",
            "era_name": f"{name}{y:02d}年{d.month:02d}月{d.day:02d}日",
            "era_name_blank": f"{name}{y:2d}年{d.month:2d}月{d.day:2d}日",
            "slash_blank": f"{d.year}/{d.month:2d}/{d.day:2d}",
            "era_slash_blank": f"{letter}{y:2d}/{d.month:2d}/{d.day:2d}",
            "wide": f"{name}{y:02d}年{d.month:02d}月{d.day:02d}日".translate(WIDE_DIGITS),  # a kanji field
            "loose": f"{d.year}/{d.month}/{d.day}".ljust(10),  # left in a field of 10
            "era_loose": f"{letter}{y}.{d.month}.{d.day}".ljust(9)}[form]


def fit(text: str, columns: int, pad: str = " ") -> str:
    """text filled to columns of CP932 (pad may be the full-width blank)."""
    while len((text + pad).encode("cp932")) <= columns:
        text += pad
    return text.ljust(columns - len(text.encode("cp932")) + len(text))


class DevHostdates2:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed * 7 + 20_261_202)

    def hire_after(self, born: date) -> date:
        """18–45 years after the birth; on April 1st as often as the file's habit, the rest any day."""
        day = born + timedelta(days=int(365.25 * self.rnd.uniform(18, 45)))
        if self.rnd.random() < self.april_share:
            day = date(day.year, 4, 1)
        return min(day, NOW - timedelta(days=self.rnd.randint(30, 900)))

    def staff(self, count: int) -> list[dict]:
        """count employees; in one file of three a long-serving staff (born 1944–1972)."""
        people, days = [], self.rnd.choice((18_000, 18_000, 10_000))
        self.april_share = self.rnd.choice((0.0, 0.05, 0.2))  # mid-career hires: few on April 1st
        for n in range(count):
            born = date(1953 - (days < 18_000) * 9, 1, 1) + timedelta(days=self.rnd.randint(0, days))
            sei, mei = self.rnd.choice(SEI), self.rnd.choice(MEI)
            people.append({"no": 10_000 + 7 * n + self.rnd.randint(0, 6), "born": born, "hired": self.hire_after(born),
                           "name": sei[0] + "　" + mei[0], "kana": sei[1] + " " + mei[1],
                           "dept": self.rnd.randint(100, 899), "grade": self.rnd.randint(1, 12),
                           "town": self.rnd.choice(TOWNS)})
        return people

    @staticmethod
    def truth(people: list[dict]) -> set:
        births = {p["born"] for p in people}
        return ({("*", "DATE_OF_BIRTH")} | {("DATE_OF_BIRTH", p["born"].isoformat()) for p in people}
                | {("~DATE_OF_BIRTH", p["hired"].isoformat()) for p in people if p["hired"] not in births})

    def master(self, k: int) -> Doc:
        """Prefix, staff number, department, hire date and birth in one form (adjacent or one
        blank apart, zero or blank padded), grade, name, kana, address, flags, filler."""
        r = self.rnd
        form, gap = r.choice(FORMS), r.choice(("", " "))
        prefix, digits_before = r.choice(("", "D", "1", "D0")), r.random() < 0.5
        count, filler = r.choice((r.randint(15, 60), r.randint(15, 60), r.randint(210, 260))), r.choice((40, 90))
        people, lines = self.staff(count), []
        for p in people:
            dates = as_written(p["hired"], form) + gap + as_written(p["born"], form)
            numbers = f"{p['no']:07d}{p['dept']:03d}" if digits_before else f"{p['no']:07d} {p['dept']:03d} "
            line = (prefix + numbers + dates + f"{p['grade']:02d}" + " " + fit(p["name"], 20, "　") + fit(p["kana"], 20)
                    + fit(p["town"] + f"{r.randint(1, 30)}-{r.randint(1, 20)}", 60) + "".join(r.choice("01") for _ in range(12))
                    + " " * filler)
            lines.append(line)
        ext = r.choice(("DAT", "TXT"))
        return Doc(f"JNJ{k:04d}.{ext}", "\r\n".join(lines).encode("cp932"), self.truth(people))

    def payroll(self, k: int) -> Doc:
        """Name first, then one run of digits: grade, staff number, hire date, birth (both
        YYYYMMDD or the era letter form), salary; a trailer of counts."""
        r = self.rnd
        form = r.choice(("compact", "era_compact", "compact"))
        people, lines = self.staff(r.randint(20, 70)), []
        for p in people:
            run = (f"{p['grade']:02d}{p['no']:07d}" + as_written(p["hired"], form) + as_written(p["born"], form)
                   + f"{r.randint(180, 650) * 1000:08d}")
            lines.append("1" + fit(p["name"], 16, "　") + run + "  " + fit(p["kana"], 18) + f"{p['dept']:03d}" + " " * 130)
        lines.append(f"9TOTAL{len(people):06d}")
        return Doc(f"KYUYO{k:04d}.TXT", "\r\n".join(lines).encode("cp932"), self.truth(people))

    def turns(self, k: int) -> Doc:
        """Records in turns of type: 1 基本 (number, name, kana, birth), 2 所属 (number, department,
        hire date at the birth's columns or elsewhere, grade), in some files 3 給与; one width."""
        r = self.rnd
        form, same_place, third = r.choice(("compact", "slash", "era_dot")), r.random() < 0.5, r.random() < 0.3
        people, lines = self.staff(r.randint(15, 50)), []
        for p in people:
            number = f"{p['no']:08d}"
            lines.append("1" + number + " " + fit(p["name"], 20, "　") + fit(p["kana"], 20) + as_written(p["born"], form))
            hired, dept = as_written(p["hired"], form), f"第{p['dept'] % 9 + 1}営業課"
            lines.append("2" + number + " " + (" " * 40 + hired + f" {dept} G{p['grade']:02d}" if same_place
                                               else f"{p['dept']:04d} " + hired + f" G{p['grade']:02d}"))
            if third:
                lines.append("3" + number + " " + f"{r.randint(180, 700) * 1000:09d} {r.randint(0, 80) * 1000:08d}")
        width = max(len(line.encode("cp932")) for line in lines) + 20
        body = "\r\n".join(fit(line, width) for line in lines)
        return Doc(f"JINJI{k:04d}.DAT", body.encode("cp932"), self.truth(people))

    def positives(self, count: int) -> list[Doc]:
        return [(self.master, self.master, self.payroll, self.turns)[k % 4](k) for k in range(count)]

    def assets(self, k: int) -> Doc:
        r, lines = self.rnd, []
        for n in range(r.randint(20, 60)):
            bought = date(1970, 1, 1) + timedelta(days=r.randint(0, 18_000))
            ends = min(bought + timedelta(days=int(365.25 * r.uniform(15, 40))), NOW)
            lines.append(f"A{n:06d}" + as_written(ends, "slash") + " " + as_written(bought, "slash")
                         + fit(r.choice(("フォークリフト", "空調設備", "倉庫棟", "受電設備")), 20) + f"{r.randint(1, 99) * 10000:09d}")
        return Doc(f"KOTEI{k:04d}.DAT", "\r\n".join(lines).encode("cp932"))

    def contracts(self, k: int) -> Doc:
        r, lines = self.rnd, []
        for n in range(r.randint(20, 50)):
            signed = date(1965, 1, 1) + timedelta(days=r.randint(0, 15_000))
            renewed = min(signed + timedelta(days=int(365.25 * r.uniform(16, 50))), NOW)
            lines.append("D" + f"{n:05d}" + as_written(renewed, "era_dot") + as_written(signed, "era_dot")
                         + fit(r.choice(("株式会社北斗商事", "有限会社みなと運輸", "東洋精機株式会社")), 30) + " " * 50)
        return Doc(f"KEIYAKU{k:04d}.TXT", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.assets, self.contracts)[k % 2](k) for k in range(count)]
