"""Corpus 5's people and the marks of a person in its writing habits: names with
married names in brackets, middle names, half-width katakana; births with two-digit
years, 令和, or month and day only; phones with 内線 and extensions, IP phones; e-mail
local parts made of the name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from benchmarks.corpus2.kit import Chance
from benchmarks.corpus2.truth import Mark, birth, other_date, person
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.ground import TOWNS, BUILDINGS, CITIES, Place
from benchmarks.corpus5.kin import ABROAD, GIVEN, SURNAMES, half_width

MAIL_HOSTS = ["kirara-net.jp", "sakanet.ne.jp", "mf-mail.jp", "hoshizora.ne.jp", "tsumiki-mail.com", "k-web.or.jp"]
ERAS = [("令和", date(2019, 5, 1)), ("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25))]


@dataclass(frozen=True)
class Folk:
    surname: int | None
    given: int | None
    abroad: int | None
    born: date
    place: Place
    home: str
    mobile: str
    ip: str
    maiden: int | None
    mail: str

    @property
    def sex(self) -> str:
        return ABROAD[self.abroad][3] if self.abroad is not None else GIVEN[self.given][3]

    @property
    def nationality(self) -> str | None:
        return ABROAD[self.abroad][2] if self.abroad is not None else None

    def full(self, form: str = "kanji") -> str:
        if self.abroad is not None:
            kana, romaji = ABROAD[self.abroad][:2]
            words = romaji.split()
            return {"romaji": romaji, "passport": f"{words[-1].upper()} {' '.join(words[:-1])}"}.get(form, kana)
        s, g = SURNAMES[self.surname], GIVEN[self.given]
        return {"kanji": f"{s[0]} {g[0]}", "tight": s[0] + g[0], "full": f"{s[0]}\u3000{g[0]}",
                "kana": f"{s[1]} {g[1]}", "half": half_width(f"{s[1]} {g[1]}"), "romaji": f"{g[2]} {s[2]}",
                "passport": f"{s[2].upper()} {g[2]}", "surname": s[0], "kana_surname": s[1]}[form]


def era_date(day: date, short: bool = False) -> str:
    for name, start in ERAS:
        if day >= start:
            year = day.year - start.year + 1
            text = "元" if year == 1 and not short else str(year)
            return f"{name[0]}{text}.{day.month}.{day.day}" if short else f"{name}{text}年{day.month}月{day.day}日"
    raise ValueError(day)


def date_written(day: date, style: str) -> str:
    return {"two": f"'{day:%y}/{day.month}/{day.day}", "two_dot": f"{day:%y}.{day.month:02d}.{day.day:02d}",
            "two_kanji": f"{day:%y}年{day.month}月{day.day}日", "era": era_date(day), "era_short": era_date(day, True),
            "western": f"{day.year}年{day.month}月{day.day}日", "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
            "iso": day.isoformat(), "md": f"{day.month}月{day.day}日", "md_slash": f"{day.month}/{day.day}"}[style]


def phone_written(number: str, area: int, style: str) -> str:
    local = number[area:]
    cut = len(local) - 4
    hyphen = f"{number[:area]}-{local[:cut]}-{local[cut:]}"
    return {"hyphen": hyphen, "bare": number, "paren": f"{number[:area]}({local[:cut]}){local[cut:]}",
            "intl": f"+81-{hyphen[1:]}", "dots": hyphen.replace("-", ".")}[style]


class Registrar(Chance):
    """One random stream, its people, and the marks of a person in corpus 5's habits."""

    def make(self, abroad: bool = False, age: str = "adult", sex: str | None = None) -> Folk:
        """A person: `age` is toddler (born in 令和), child (at school), adult or old."""
        rng = self.rng
        start, span = {"toddler": (date(2019, 6, 1), 1700), "child": (date(2010, 4, 2), 2900),
                       "adult": (date(1958, 1, 1), 16000), "old": (date(1933, 1, 1), 9000)}[age]
        born = self.day(start, span)
        town = rng.randrange(len(TOWNS))
        building = rng.randrange(len(BUILDINGS)) if rng.random() < 0.4 else None
        place = Place(town, (rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 19)), building,
                      rng.choice([101, 102, 203, 205, 306, 401]),
                      CITIES[TOWNS[town][0]][4] + numbers.digits(rng, 4, "0123456789"))
        area = place.area_code
        home = area + numbers.digits(rng, 10 - len(area) - 4, "23456789") + numbers.digits(rng, 4, "0123456789")
        mobile = rng.choice(["090", "080", "070"]) + numbers.digits(rng, 8, "123456789")
        ip = "050" + numbers.digits(rng, 8, "123456789")
        if abroad:
            who = rng.randrange(len(ABROAD))
            words = ABROAD[who][1].lower().split()
            mail = f"{words[0]}.{words[-1]}@{rng.choice(MAIL_HOSTS)}"
            return Folk(None, None, who, born, place, home, mobile, ip, None, mail)
        s = rng.randrange(len(SURNAMES))
        g = rng.choice([i for i, given in enumerate(GIVEN) if sex in (None, given[3])])
        maiden = rng.randrange(len(SURNAMES)) if GIVEN[g][3] == "f" and rng.random() < 0.3 else None
        local = self.pick([f"{GIVEN[g][2]}.{SURNAMES[s][2]}", f"{SURNAMES[s][2]}_{GIVEN[g][2][0]}{born:%y}",
                           f"{GIVEN[g][2][0]}-{SURNAMES[s][2]}",
                           f"{SURNAMES[s][2]}{GIVEN[g][2]}{born.month:02d}"]).lower()
        return Folk(s, g, None, born, place, home, mobile, ip, maiden if maiden != s else None,
                    f"{local}@{rng.choice(MAIL_HOSTS)}")

    # --- marks -------------------------------------------------------------------

    def name(self, p: Folk, form: str | None = None, **kw) -> Mark:
        form = form or self.pick(["kanji", "kanji", "tight", "full"])
        return person(p.full(form), **kw)

    def name_parts(self, p: Folk, form: str | None = None) -> tuple:
        """The name, and a married woman's former surname in brackets (optional: a name
        in part) when she has one."""
        if p.maiden is None or p.abroad is not None:
            return (self.name(p, form),)
        return (self.name(p, form), "（旧姓 ", person(SURNAMES[p.maiden][0], optional=True), "）")

    def birth(self, p: Folk, style: str | None = None) -> Mark:
        style = style or self.pick(["two", "two_dot", "two_kanji", "era", "era_short", "western", "slash"])
        return birth(date_written(p.born, style), p.born)

    def address(self, p: Folk, style: str | None = None) -> Mark:
        return Mark(p.place.written(style or self.pick(["plain", "ban", "no", "building_first", "romaji"])), "ADDRESS")

    def postal(self, p: Folk, style: str | None = None) -> Mark:
        return Mark(p.place.postal_written(style or self.pick(["mark", "plain", "tight", "label"])), "POSTAL_CODE")

    def phone(self, p: Folk, which: str | None = None, style: str | None = None) -> Mark:
        which = which or self.pick(["mobile", "mobile", "home", "ip"])
        number, area = {"mobile": (p.mobile, 3), "home": (p.home, len(p.place.area_code)),
                        "ip": (p.ip, 3)}[which]
        style = style or self.pick(["hyphen", "hyphen", "bare", "paren", "dots", "intl"])
        return Mark(phone_written(number, area, style), "PHONE")

    def email(self, p: Folk) -> Mark:
        return Mark(p.mail, "EMAIL")

    def other_day(self, day: date, kind: str, style: str | None = None) -> Mark:
        style = style or self.pick(["slash", "western", "era", "iso", "era_short"])
        return other_date(date_written(day, style), day, kind)
