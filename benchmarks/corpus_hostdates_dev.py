"""Development corpus for births beside later dates in header-less host exports
(issue 12, hostdates; the rules are tuned on it). Every file is a staff or member
export without a header that holds a birth and one or more later dates of the same
person: 入社日 of long-serving staff (spread over decades, any day of a month), 資格取得日,
契約日, 退職日, 最終更新日. Births are written as YYYYMMDD, YYYY/MM/DD, YYYY.MM.DD, S45.04.12,
H05/04/15 or 昭和45年04月12日. Every later date is labelled a look-alike `("~DATE_OF_BIRTH",
iso)`. Files: a personnel master (fixed width, CP932; dates padded with blanks, or
filling their fields and running into the next one), a payroll run (staff number, hire
date and birth edge to edge), a qualification CSV, a members' TSV, a contract file in
fixed width UTF-8, a pension roster with births in the 1–5 era code. Clean: sales slips, an equipment register, a master of trading
partners (founding and first-deal dates over decades, no person).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc

TODAY = date(2026, 12, 1)
FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "松本",
          "井上", "木村", "清水", "山口", "森", "池田", "橋本", "石川"]
KANA_FAMILY = ["ｻﾄｳ", "ｽｽﾞｷ", "ﾀｶﾊｼ", "ﾀﾅｶ", "ｲﾄｳ", "ﾜﾀﾅﾍﾞ", "ﾔﾏﾓﾄ", "ﾅｶﾑﾗ", "ｺﾊﾞﾔｼ", "ｶﾄｳ", "ﾖｼﾀﾞ", "ﾔﾏﾀﾞ", "ｻｻｷ",
               "ﾏﾂﾓﾄ", "ｲﾉｳｴ", "ｷﾑﾗ", "ｼﾐｽﾞ", "ﾔﾏｸﾞﾁ", "ﾓﾘ", "ｲｹﾀﾞ", "ﾊｼﾓﾄ", "ｲｼｶﾜ"]
GIVEN = [("太郎", "ﾀﾛｳ"), ("花子", "ﾊﾅｺ"), ("健一", "ｹﾝｲﾁ"), ("美穂", "ﾐﾎ"), ("誠", "ﾏｺﾄ"), ("由美", "ﾕﾐ"), ("大輔", "ﾀﾞｲｽｹ"),
         ("直子", "ﾅｵｺ"), ("修", "ｵｻﾑ"), ("恵子", "ｹｲｺ"), ("拓也", "ﾀｸﾔ"), ("裕子", "ﾕｳｺ"), ("翔太", "ｼｮｳﾀ"), ("陽子", "ﾖｳｺ")]
ERAS = (("R", "令和", date(2019, 5, 1)), ("H", "平成", date(1989, 1, 8)), ("S", "昭和", date(1926, 12, 25)))
BIRTH_FORMS = ("ymd", "slash", "dot", "era_dot", "era_slash", "era_kanji", "slash_blank", "era_kanji_blank")


def era_of(day: date) -> tuple[str, str, int]:
    letter, name, start = next(e for e in ERAS if day >= e[2])
    return letter, name, day.year - start.year + 1


def written(day: date, form: str) -> str:
    """A date as a host writes it in one of BIRTH_FORMS."""
    letter, name, year = era_of(day)
    return {"ymd": f"{day:%Y%m%d}", "slash": f"{day:%Y/%m/%d}", "dot": f"{day:%Y.%m.%d}",
            "era_dot": f"{letter}{year:02d}.{day.month:02d}.{day.day:02d}",
            "era_slash": f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}",
            "era_kanji": f"{name}{year:02d}年{day.month:02d}月{day.day:02d}日",
            "slash_blank": f"{day.year}/{day.month:2d}/{day.day:2d}",  # zero suppressed: 1975/ 4/ 9
            "era_kanji_blank": f"{name}{year:2d}年{day.month:2d}月{day.day:2d}日"}[form]


def cp932_pad(text: str, width: int, filler: str = " ") -> str:
    room = width - len(text.encode("cp932"))
    return text + filler * (room // len(filler.encode("cp932"))) + " " * (room % len(filler.encode("cp932")))


class DevHostdates:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 12)

    def pick(self, items):
        return self.rng.choice(items)

    def employee(self) -> dict:
        surname = self.rng.randrange(len(FAMILY))
        given, given_kana = self.pick(GIVEN)
        born = date(1948, 1, 1) + timedelta(days=self.rng.randint(0, 56 * 365))
        return {"name": f"{FAMILY[surname]}\u3000{given}", "kana": f"{KANA_FAMILY[surname]} {given_kana}", "born": born,
                "hired": self.later(born, 18, 40), "sex": self.pick("12")}

    def later(self, after: date, low: int, high: int) -> date:
        """A date low..high years after `after` (not past TODAY): the 1st of April or of a
        month for some, any day for mid-career hires and the like."""
        year = min(after.year + self.rng.randint(low, high), TODAY.year - 1)
        kind = self.rng.random()
        day = date(year, 4, 1) if kind < 0.15 else date(year, self.rng.randint(1, 12), 1) if kind < 0.3 else \
            date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return max(day, after + timedelta(days=365 * low))

    @staticmethod
    def labels(people: list[dict], later_keys: tuple[str, ...]) -> set:
        truth = {("*", "DATE_OF_BIRTH")} | {("DATE_OF_BIRTH", p["born"].isoformat()) for p in people}
        births = {p["born"] for p in people}
        return truth | {("~DATE_OF_BIRTH", p[k].isoformat()) for p in people for k in later_keys
                        if p.get(k) and p[k] not in births}

    def staff(self, low: int = 6, high: int = 30) -> list[dict]:
        return [self.employee() for _ in range(self.rng.randint(low, high))]

    def personnel_master(self, i: int) -> Doc:
        """社員番号, 氏名 padded with U+3000, ｶﾅ, 性別, birth, 入社日, 所属 — the hire date first in
        some files; in others each date fills its field and runs into the next one."""
        people, birth_form = self.staff(), self.pick(BIRTH_FORMS)
        hire_form, hire_first = self.pick(("ymd", "slash", "slash_blank")), self.rng.random() < 0.3
        tight = self.rng.random() < 0.4
        birth_width = max(len(written(p["born"], birth_form).encode("cp932")) for p in people) + (0 if tight else 3)
        lines = [f"ｼｬｲﾝﾏｽﾀ  {TODAY:%Y%m%d}"] if self.rng.random() < 0.5 else []
        for n, p in enumerate(people):
            birth = cp932_pad(written(p["born"], birth_form), birth_width)
            hire = cp932_pad(written(p["hired"], hire_form), 10 if tight else 11)
            dates = hire + birth if hire_first else birth + hire
            lines.append(f"{1000 + n * 7:06d} " + cp932_pad(p["name"], 14, "\u3000") + cp932_pad(p["kana"], 18)
                         + p["sex"] + " " + dates + ("" if tight else " ") + f"{self.rng.randint(100, 999):04d}")
        return Doc(f"jinji{i:03d}.dat", "\r\n".join(lines).encode("cp932"), self.labels(people, ("hired",)))

    def payroll_run(self, i: int) -> Doc:
        """Staff number, hire date and birth edge to edge (YYYYMMDD), the name, a grade;
        a qualification date in the run too in half the files."""
        people, with_license, yearly = self.staff(), self.rng.random() < 0.5, self.rng.random() < 0.4
        for p in people:
            p["licensed"] = self.later(p["hired"], 0, 15) if with_license else None
        order = self.pick([("hired", "born"), ("born", "hired"), ("hired", "licensed", "born")])
        order = tuple(k for k in order if with_license or k != "licensed")
        lines = []
        for n, p in enumerate(people):
            number = f"{p['hired'].year}{n:03d}" if yearly else f"{20000 + n:05d}"  # some number staff by the year they joined
            run = number + "".join(f"{p[k]:%Y%m%d}" for k in order)
            lines.append(run + " " + cp932_pad(p["name"], 12, "\u3000") + f" G{self.rng.randint(1, 9)}")
        return Doc(f"kyuyo{i:03d}.dat", "\n".join(lines).encode("cp932"), self.labels(people, ("hired", "licensed")))

    def qualification_csv(self, i: int) -> Doc:
        """id, name, birth, 資格取得日, 入社日, 更新日 without a header (UTF-8)."""
        people, form = self.staff(), self.pick(("slash", "dot", "ymd", "era_slash"))
        updated = date(2026, self.rng.randint(1, 11), self.rng.randint(1, 28))
        rows = []
        for n, p in enumerate(people):
            p["licensed"], p["updated"] = self.later(p["born"], 20, 50), updated
            rows.append(",".join([f"Q{n + 1:04d}", p["name"].replace("\u3000", " "), written(p["born"], form),
                                  f"{p['licensed']:%Y/%m/%d}", f"{p['hired']:%Y/%m/%d}", f"{updated:%Y/%m/%d}"]))
        return Doc(f"shikaku{i:03d}.csv", "\n".join(rows).encode("utf-8"), self.labels(people, ("licensed", "hired", "updated")))

    def members_tsv(self, i: int) -> Doc:
        """member number, kana name, birth in 和暦 kanji, 入会日 over decades, 退会日 (blank for most)."""
        people = self.staff()
        rows = []
        for n, p in enumerate(people):
            p["joined"] = self.later(p["born"], 16, 55)
            p["left"] = self.later(p["joined"], 1, 10) if self.rng.random() < 0.3 else None
            rows.append("\t".join([f"{n + 500}", p["kana"], written(p["born"], self.pick(("era_kanji", "slash"))),
                                   f"{p['joined']:%Y%m%d}", f"{p['left']:%Y%m%d}" if p["left"] else ""]))
        return Doc(f"kaiin{i:03d}.tsv", "\n".join(rows).encode("utf-8"), self.labels(people, ("joined", "left")))

    def contracts_utf8(self, i: int) -> Doc:
        """Fixed width in UTF-8 characters: number, name, birth YYYY.MM.DD, 契約日, 満了日."""
        people, form = self.staff(), self.pick(("dot", "era_dot", "ymd"))
        lines = []
        for n, p in enumerate(people):
            p["signed"] = self.later(p["born"], 20, 60)
            p["ends"] = min(p["signed"] + timedelta(days=365 * self.rng.randint(1, 5)), TODAY)
            lines.append(f"K{n + 1:05d}  " + p["name"].ljust(8, "\u3000") + "  " + written(p["born"], form).ljust(12)
                         + f"{p['signed']:%Y.%m.%d}  {p['ends']:%Y.%m.%d}  " + p["sex"])
        return Doc(f"keiyaku{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labels(people, ("signed", "ends")))

    def coded_births(self, i: int) -> Doc:
        """Births in a host's 元号コード 1–5 (3450412 = 昭和45年4月12日, which no detector reads:
        missed before and after) beside 入社日 YYYYMMDD of long-serving staff, the kana name."""
        people = self.staff(8, 30)
        codes = {"S": "3", "H": "4", "R": "5"}
        lines = []
        for n, p in enumerate(people):
            letter, _, year = era_of(p["born"])
            lines.append(f"{n + 1:05d} " + cp932_pad(p["kana"], 18) + f"{codes[letter]}{year:02d}{p['born']:%m%d} "
                         + f"{p['hired']:%Y%m%d} {self.rng.randint(1, 99):02d}")
        return Doc(f"nenkin{i:03d}.dat", "\r\n".join(lines).encode("cp932"), self.labels(people, ("hired",)))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.personnel_master, self.payroll_run, self.qualification_csv, self.members_tsv, self.contracts_utf8,
                  self.coded_births]
        return [makers[i % len(makers)](i) for i in range(count)]

    def slips(self, i: int) -> Doc:
        lines = []
        for n in range(self.rng.randint(10, 40)):
            sold = date(2026, self.rng.randint(1, 11), self.rng.randint(1, 28))
            lines.append(f"{70000 + n:07d} {sold:%Y%m%d} {sold + timedelta(days=self.rng.randint(1, 9)):%Y/%m/%d} "
                         f"C{self.rng.randint(0, 9999):05d} {self.rng.randint(100, 999999):010d}")
        return Doc(f"denpyo{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def equipment(self, i: int) -> Doc:
        rows = []
        for n in range(self.rng.randint(10, 40)):
            bought = date(1978, 1, 1) + timedelta(days=self.rng.randint(0, 45 * 365))
            gone = bought + timedelta(days=365 * self.rng.randint(15, 40))
            rows.append(",".join([f"A{n:05d}", self.pick(["旋盤", "フォークリフト", "複合機", "空調機"]), f"{bought:%Y/%m/%d}",
                                  f"{gone:%Y/%m/%d}" if gone < TODAY else "", f"{self.rng.randint(1, 99) * 10000}"]))
        return Doc(f"setsubi{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def partners(self, i: int) -> Doc:
        lines = []
        for n in range(self.rng.randint(10, 30)):
            founded = date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 50 * 365))
            first = founded + timedelta(days=365 * self.rng.randint(15, 25) + self.rng.randint(0, 364))
            company = self.pick(["株式会社北陸精機", "有限会社丸山商店", "株式会社東和物産", "合同会社サンライズ"])
            lines.append(f"T{n:05d} " + cp932_pad(company, 24, "\u3000") + f"{founded:%Y%m%d} {min(first, TODAY):%Y%m%d}")
        return Doc(f"torihiki{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.slips, self.equipment, self.partners]
        return [makers[i % len(makers)](i) for i in range(count)]
