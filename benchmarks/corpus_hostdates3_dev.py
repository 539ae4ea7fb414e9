"""Development corpus of header-less HR masters from hosts (issue 12, hostdates3; the
rules are tuned on it), in mainframe habits the hostdates and hostdates2 corpora did not
hold: births in the host's 元号コード (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和) and a two-digit
year (`3450412`, `3-45-04-12`, `3-450412`, the code in a field of its own `3 450412`;
`75/04/12`, `750412`), the hire date in the
same form or in four-digit years; hire dates not always 15 years after the birth
(part-timers and school leavers hired at 16, mid-career staff at any age); a master
holding only the hire date (no birth); a UTF-8 master padded by characters; records in
turns of type with the type after the staff number (`00500011`, `00500012`). Every hire
date is labelled a look-alike `("~DATE_OF_BIRTH", iso)`. Clean: a parts master (two-digit
years of manufacture and of inspection), a master of shops with opening dates in 元号コード.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc

NOW = date(2026, 12, 1)
SURNAMES = (("北村", "ｷﾀﾑﾗ"), ("安藤", "ｱﾝﾄﾞｳ"), ("西田", "ﾆｼﾀﾞ"), ("大塚", "ｵｵﾂｶ"), ("柴田", "ｼﾊﾞﾀ"), ("本田", "ﾎﾝﾀﾞ"),
            ("吉川", "ﾖｼｶﾜ"), ("松尾", "ﾏﾂｵ"), ("浅野", "ｱｻﾉ"), ("秋山", "ｱｷﾔﾏ"), ("岩田", "ｲﾜﾀ"), ("服部", "ﾊｯﾄﾘ"))
GIVEN = (("雅人", "ﾏｻﾄ"), ("千尋", "ﾁﾋﾛ"), ("康弘", "ﾔｽﾋﾛ"), ("真由美", "ﾏﾕﾐ"), ("健太郎", "ｹﾝﾀﾛｳ"), ("陽子", "ﾖｳｺ"),
         ("隆", "ﾀｶｼ"), ("明美", "ｱｹﾐ"), ("哲也", "ﾃﾂﾔ"), ("由紀", "ﾕｷ"))
STREETS = ("仙台市青葉区一番町", "宇都宮市本町", "静岡市葵区追手町", "金沢市広坂", "岡山市北区内山下", "熊本市中央区水前寺")
HOST_ERAS = ((date(2019, 5, 1), "5"), (date(1989, 1, 8), "4"), (date(1926, 12, 25), "3"), (date(1912, 7, 30), "2"))
CODED = ("code", "code_dash", "code_dash_once", "code_field")
SHORT = ("yy_slash", "yy_compact")
HIRE_FORMS = ("same", "compact", "slash")


def written(d: date, form: str) -> str:
    """d in a host's form: the 元号コード ones, the two-digit year ones, four-digit years."""
    begun, code = next(e for e in HOST_ERAS if d >= e[0])
    y = d.year - begun.year + 1
    return {"code": f"{code}{y:02d}{d:%m%d}", "code_dash": f"{code}-{y:02d}-{d:%m}-{d:%d}",
            "code_dash_once": f"{code}-{y:02d}{d:%m%d}",
            "code_field": f"{code} {y:02d}{d:%m%d}", "yy_slash": f"{d:%y/%m/%d}", "yy_compact": f"{d:%y%m%d}",
            "compact": f"{d:%Y%m%d}", "slash": f"{d:%Y/%m/%d}"}[form]


def fit(text: str, columns: int, pad: str = " ", encoding: str = "cp932") -> str:
    """text filled to columns (bytes of CP932, or characters with encoding None)."""
    size = (lambda s: len(s)) if encoding is None else (lambda s: len(s.encode(encoding)))
    while size(text + pad) <= columns:
        text += pad
    return text + " " * (columns - size(text))


class DevHostdates3:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed * 11 + 20_261_203)

    def hired(self, born: date, habit: str) -> date:
        """career: 18–45 years after the birth; young: 16–30 (school leavers, part-timers,
        many under 15 years of gap once the day is drawn); April 1st for a share."""
        low, high = (18, 45) if habit == "career" else (15.2, 30)
        day = born + timedelta(days=int(365.25 * self.rnd.uniform(low, high)))
        if self.rnd.random() < self.april:
            day = date(day.year, 4, 1)
        return min(day, NOW - timedelta(days=self.rnd.randint(20, 700)))

    def staff(self, count: int) -> list[dict]:
        r, habit = self.rnd, self.rnd.choice(("career", "young"))
        self.april = r.choice((0.0, 0.1, 0.3))
        oldest = r.choice((1946, 1955, 1970))
        people = []
        for n in range(count):
            born = date(oldest, 1, 1) + timedelta(days=r.randint(0, 365 * (2006 - oldest)))
            sei, mei = r.choice(SURNAMES), r.choice(GIVEN)
            people.append({"no": 200_000 + 13 * n + r.randint(0, 12), "born": born, "hired": self.hired(born, habit),
                           "name": sei[0] + "　" + mei[0], "kana": sei[1] + " " + mei[1], "sex": r.choice("12"),
                           "street": r.choice(STREETS) + f"{r.randint(1, 9)}-{r.randint(1, 30)}",
                           "phone": f"0{r.randint(11, 99)}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}"})
        return people

    @staticmethod
    def truth(people: list[dict], births: bool = True) -> set:
        born = {p["born"] for p in people} if births else set()
        out = {("*", "DATE_OF_BIRTH")} | {("DATE_OF_BIRTH", d.isoformat()) for d in born}
        return out | {("~DATE_OF_BIRTH", p["hired"].isoformat()) for p in people if p["hired"] not in born}

    def master(self, k: int, forms: tuple[str, ...]) -> Doc:
        """Number, name, kana, sex, birth, hire (same form or four-digit), address, phone."""
        r = self.rnd
        form, hire_form, hire_first = r.choice(forms), r.choice(HIRE_FORMS), r.random() < 0.3
        people, lines = self.staff(r.randint(15, 60)), []
        for p in people:
            hire = written(p["hired"], form if hire_form == "same" else hire_form)
            birth = written(p["born"], form)
            dates = f"{hire} {birth}" if hire_first else f"{birth} {hire}"
            lines.append(f"{p['no']:06d} " + fit(p["name"], 20, "　") + fit(p["kana"], 20) + p["sex"] + " " + dates
                         + " " + fit(p["street"], 40) + p["phone"] + " " * r.choice((0, 30)))
        width = max(len(line.encode("cp932")) for line in lines)
        body = "\r\n".join(fit(line, width) for line in lines)
        return Doc(f"JINJI{k:04d}.{r.choice(('DAT', 'TXT'))}", body.encode("cp932"), self.truth(people))

    def near_gap(self, k: int) -> Doc:
        """Births in four-digit years, hire dates of young staff (often under 15 years of gap)."""
        r = self.rnd
        people, lines = self.staff(r.randint(20, 60)), []
        for p in people:
            p["hired"] = self.hired(p["born"], "young")
            lines.append(f"{p['no']:07d}" + fit(p["name"], 18, "　") + f"{p['born']:%Y%m%d}{p['hired']:%Y%m%d}"
                         + fit(p["kana"], 20) + fit(p["street"], 40) + p["phone"])
        return Doc(f"JINJI_MASTER_{k:04d}.TXT", "\r\n".join(lines).encode("cp932"), self.truth(people))

    def hire_only(self, k: int) -> Doc:
        """No birth: the hire date the only date of the records; on the 1st of a month (April
        the most) or on the 16th (a pay period's start) in some files, on the 1st a little over
        a fifth of the time in others (a mid-career hire's first day: the 1st or any day)."""
        r = self.rnd
        people, lines = self.staff(r.randint(20, 50)), []
        firsts = r.choice((0.25, 0.35, 0.7))
        for p in people:
            day, month = p["hired"], r.choice((4, 4, 10, 1, p["hired"].month))
            if r.random() < firsts:
                day = date(day.year, month, 1)
            elif r.random() < 0.15:
                day = date(day.year, day.month, 16)
            p["hired"] = min(day, NOW)
            lines.append(f"{p['no']:06d}" + fit(p["name"], 20, "　") + fit(p["kana"], 20) + f"{p['hired']:%Y/%m/%d}"
                         + " " + fit(p["street"], 40))
        return Doc(f"SHAIN{k:04d}.DAT", "\r\n".join(lines).encode("cp932"), self.truth(people, births=False))

    def utf8_master(self, k: int) -> Doc:
        """UTF-8, fields padded to a count of characters (not bytes): a host's export re-encoded."""
        r = self.rnd
        form = r.choice(CODED + SHORT)
        people, lines = self.staff(r.randint(15, 50)), []
        for p in people:
            lines.append(f"{p['no']:06d}" + fit(p["name"], 10, "　", None) + fit(p["kana"], 16, " ", None)
                         + written(p["born"], form) + " " + written(p["hired"], "compact") + " "
                         + fit(p["street"], 24, " ", None) + p["phone"])
        return Doc(f"JINJI{k:04d}.UTF8.TXT", "\n".join(lines).encode("utf-8"), self.truth(people))

    def keyed_turns(self, k: int) -> Doc:
        """Records in turns of type, the type after the staff number (key 0050001, 0050002):
        1 name, birth, address; 2 department and hire date at the birth's columns or not."""
        r = self.rnd
        form, same_place, code = r.choice(("compact", "slash")), r.random() < 0.6, r.choice(("1", "01"))
        people, lines = self.staff(r.randint(15, 50)), []
        for p in people:
            key = f"{p['no']:07d}"
            second = code[:-1] + "2"
            lines.append(key + code + " " + fit(p["name"], 20, "　") + written(p["born"], form) + " " + fit(p["street"], 30))
            lines.append(key + second + " " + (fit("営業第" + str(p["no"] % 5 + 1) + "課", 20) + written(p["hired"], form)
                                               if same_place else f"{p['no'] % 90 + 10:03d} " + written(p["hired"], form)))
        width = max(len(line.encode("cp932")) for line in lines) + 10
        body = "\r\n".join(fit(line, width) for line in lines)
        return Doc(f"JINJI_KEY{k:04d}.DAT", body.encode("cp932"), self.truth(people))

    def positives(self, count: int) -> list[Doc]:
        makers = (lambda k: self.master(k, CODED), lambda k: self.master(k, SHORT), self.near_gap, self.hire_only,
                  lambda k: self.master(k, CODED), self.utf8_master, self.keyed_turns)
        return [makers[k % len(makers)](k) for k in range(count)]

    def parts(self, k: int) -> Doc:
        r, lines = self.rnd, []
        for n in range(r.randint(20, 50)):
            made = date(1968, 1, 1) + timedelta(days=r.randint(0, 18_000))
            seen = min(made + timedelta(days=r.randint(30, 4000)), NOW)
            lines.append(f"P{n:06d} " + fit(r.choice(("ﾍﾞｱﾘﾝｸﾞ", "ｷﾞｱﾎﾞｯｸｽ", "ﾓｰﾀｰ", "ﾎﾟﾝﾌﾟ")), 14)
                         + f"{made:%y%m%d} {seen:%y%m%d}"
                         + f" {r.randint(1, 999):05d}")
        return Doc(f"BUHIN{k:04d}.DAT", "\r\n".join(lines).encode("cp932"))

    def shops(self, k: int) -> Doc:
        r, lines = self.rnd, []
        for n in range(r.randint(20, 50)):
            opened = date(1950, 1, 1) + timedelta(days=r.randint(0, 26_000))
            lines.append(f"{n:05d} " + fit(r.choice(("駅前店", "本店", "北口店", "港町店")), 12) + written(opened, "code")
                         + " " + fit(r.choice(STREETS), 30) + f"{r.randint(10, 99) * 100:06d}")
        return Doc(f"TENPO{k:04d}.TXT", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.parts, self.shops)[k % 2](k) for k in range(count)]
