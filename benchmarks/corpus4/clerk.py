"""What every document maker of the fourth corpus draws from: one random stream
(corpus 2's `Chance`), made-up people, the offices that keep their papers, and
marks for a person's data written in this corpus's habits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from benchmarks.corpus2.kit import Chance
from benchmarks.corpus2.truth import Mark, birth, negative, other_date, person, sensitive
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.folk import ABROAD, GIVEN, SURNAMES
from benchmarks.corpus4.sayings import ABOUT
from benchmarks.corpus4.land import FULL, Home, landline, make_home, mobile, phone_as
from benchmarks.corpus4.writing import date_in, era_in

MAIL_HOSTS = ["ezweb.ne.jp", "docomo.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "softbank.ne.jp"]
TODAY = date(2026, 11, 20)
MEN = {"父", "兄", "弟", "叔父", "長男", "次男", "夫"}  # relations that say a man (友人, 子: either)
WOMEN = {"母", "姉", "妹", "叔母", "長女", "次女", "妻"}

# (name, mail domain): offices that keep the papers
OFFICES = [("株式会社ルミナ建設", "lumina-kensetsu.co.jp"), ("みずかき保険サービス株式会社", "mizukaki-hoken.jp"),
           ("有限会社 楓ハウジング", "kaede-housing.jp"), ("社会福祉法人 さざなみ福祉会", "sazanami.or.jp"),
           ("医療法人 柊クリニック", "hiiragi-cl.jp"), ("一般財団法人 あおさぎ育英会", "aosagi-ikuei.or.jp"),
           ("株式会社トモエ警備保障", "tomoe-keibi.co.jp"), ("白鷺電機工業株式会社", "shirasagi-denki.co.jp")]


@dataclass(frozen=True)
class Someone:
    family: tuple  # (kanji, katakana, romaji); for people from abroad the whole name's forms
    given: tuple
    sex: str
    born: date
    home: Home
    cell: str
    landline: str
    mail: str
    abroad: tuple | None = None  # (kanji, katakana, romaji, sex, nationality)

    def kanji(self, gap: str = " ") -> str:
        if self.abroad:
            return self.abroad[0] or self.abroad[1]
        return self.family[0] + gap + self.given[0]

    def kana(self, gap: str = " ") -> str:
        if self.abroad:
            return self.abroad[1]
        return self.family[1] + gap + self.given[1]

    def romaji(self) -> str:
        """As a 名簿 in romaji writes it: Given FAMILY for Japanese, FAMILY Given from a passport."""
        if self.abroad:
            return self.abroad[2]
        return f"{self.given[2]} {self.family[2].upper()}"

    def age(self, on: date = TODAY) -> int:
        return on.year - self.born.year - ((on.month, on.day) < (self.born.month, self.born.day))


@dataclass(frozen=True)
class Office:
    name: str
    domain: str
    home: Home
    phone: str
    fax: str

    def marks(self, style: str = "hyphen") -> list[Mark]:
        """Its own address and lines: look-alikes of a person's."""
        area = len(self.home.area_code)
        return [negative(self.home.postal_as("mark"), "POSTAL_CODE", "office_postal"),
                negative(self.home.written("hyphen", with_building=False), "ADDRESS", "office_address"),
                negative(phone_as(self.phone, area, style), "PHONE", "office_phone"),
                negative(phone_as(self.fax, area, style), "PHONE", "office_fax")]


class Clerk(Chance):
    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.offices = [self._office(*o) for o in OFFICES]

    def _office(self, name: str, domain: str) -> Office:
        home = make_home(self.rng)
        home = Home(home.prefecture, home.city, home.town, home.chome, home.ban, home.go, "", "", home.postal,
                    home.area_code)
        return Office(name, domain, home, landline(self.rng, home.area_code), landline(self.rng, home.area_code))

    def someone(self, sex: str | None = None, young: bool = False, old: bool = False, abroad: bool | None = None,
                family: tuple | None = None, home: Home | None = None) -> Someone:
        sex = sex or self.pick("MF")
        given = self.pick([g for g in GIVEN if g[3] == sex])
        first = 1940 if old else 1998 if young else 1955
        born = self.day(date(first, 1, 1), 365 * (22 if old else 14 if young else 45))
        if not (old or young) and self.chance(0.05):
            born = self.day(date(1989, 1, 8), 350)  # 平成元年
        home = home or make_home(self.rng)
        surname = family or self.pick(SURNAMES)
        from_abroad = self.pick(ABROAD) if (self.chance(0.05) if abroad is None else abroad) else None
        local = (surname[2] if not from_abroad else from_abroad[2].split()[0]).lower()
        first = given[2].lower()
        box = self.pick([f"{local}.{first[:4]}{self.between(1, 99)}", f"{first[0]}{local}{born.year % 100:02d}",
                         f"{first}_{local[:3]}{born.month:02d}{born.day:02d}", f"{local}-{first}"])
        mail = f"{box}@{self.pick(MAIL_HOSTS)}"
        return Someone(surname, given, from_abroad[3] if from_abroad else sex, born, home, mobile(self.rng),
                       landline(self.rng, home.area_code), mail, from_abroad)

    def kin(self, p: Someone, relation: str, same_name: bool = True, **kw) -> Someone:
        """A relative of p whose sex fits the relation (長男 a man, 叔母 a woman)."""
        sex = "M" if relation in MEN else "F" if relation in WOMEN else None
        return self.someone(sex=sex, family=p.family if same_name else None, **kw)

    def office(self) -> Office:
        return self.pick(self.offices)

    # --- marks of a person --------------------------------------------------------------

    def name(self, p: Someone, form: str | None = None, **kw) -> Mark:
        form = form or self.pick(["kanji", "kanji", "tight", "wide"])
        text = {"kanji": p.kanji(), "tight": p.kanji(""), "wide": p.kanji("\u3000"), "kana": p.kana(),
                "kana_wide": p.kana("\u3000"), "romaji": p.romaji(), "family": p.family[0] if not p.abroad else p.kanji(),
                "hiragana": p.kana() if p.abroad else _hiragana(p.kana())}[form]
        return person(text, **kw)

    def birth(self, p: Someone, style: str | None = None) -> Mark:
        style = style or self.pick(["era_letter", "era_slash", "era", "era_kanji", "full", "slash", "era_full"])
        return birth(date_in(p.born, style), p.born)

    def address(self, p: Someone, style: str | None = None, **kw) -> Mark:
        return Mark(p.home.written(style or self.pick(["kanji", "full", "banchi", "hyphen", "chome"]), **kw), "ADDRESS")

    def postal(self, p: Someone, style: str | None = None) -> Mark:
        return Mark(p.home.postal_as(style or self.pick(["mark", "plain", "full", "mark_full", "bare"])), "POSTAL_CODE")

    def phone(self, p: Someone, cell: bool | None = None, style: str | None = None) -> Mark:
        cell = self.chance(0.65) if cell is None else cell
        style = style or self.pick(["hyphen", "hyphen", "full", "choon", "paren", "space", "bare", "intl", "dot"])
        if not cell and style == "paren":
            style = "area_paren"
        number, area = (p.cell, 3) if cell else (p.landline, len(p.home.area_code))
        return Mark(phone_as(number, area, style), "PHONE")

    def email(self, p: Someone, full_width_at: bool = False) -> Mark:
        return Mark(p.mail.replace("@", "＠") if full_width_at else p.mail, "EMAIL")

    def not_birth(self, day: date, kind: str, style: str | None = None) -> Mark:
        return other_date(date_in(day, style or self.pick(["era", "slash", "era_letter", "kanji_west", "full"])), day,
                          kind)

    def era_year(self, day: date) -> str:
        return era_in(day)

    def said(self, *categories: str) -> Mark:
        """A phrase saying something 要配慮 of a person, in one of the categories."""
        category = self.pick(categories or tuple(ABOUT))
        return sensitive(self.pick(ABOUT[category]), category)

    def my_number(self, style: str | None = None) -> Mark:
        number = numbers.my_number(self.rng)
        return Mark(numbers.my_number_as(number, style or self.pick(["bare", "space", "hyphen", "full"])), "MY_NUMBER")


def _hiragana(kana: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in kana)


def full_width(text: str) -> str:
    return text.translate(FULL)
