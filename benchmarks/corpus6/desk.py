"""The random stream of the sixth corpus and the marks a document maker asks of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from benchmarks.corpus2.kit import Chance
from benchmarks.corpus2.truth import Mark, birth, negative, other_date, person, sensitive
from benchmarks.corpus6 import codes
from benchmarks.corpus6.remarks import NOT_PEOPLE, OF_NO_ONE, SAID
from benchmarks.corpus6.roster import ABROAD, GIVEN, SURNAMES, half_width
from benchmarks.corpus6.staff import BIRTH_STYLES, MAIL_HOSTS, Office, Person, date_as, era_of
from benchmarks.corpus6.streets import ADDRESS_STYLES, TOWNS, landline, make_place, mobile, phone_as

NAME_FORMS = ["kanji", "kanji", "kanji", "kanji", "tight", "wide"]  # kana, ｶﾅ, romaji where a document asks
PHONE_STYLES = ["hyphen", "hyphen", "hyphen", "bare", "paren", "wide", "intl", "intl_space", "space", "dot"]


class Desk(Chance):
    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.made = 0

    # --- people and offices --------------------------------------------------------------

    def town(self) -> tuple:
        """One of the corpus's towns: where a local roster's members live."""
        return self.pick(TOWNS)

    def person(self, born: tuple[int, int] = (1948, 2003), foreign: bool = False, sex: str | None = None,
               town: tuple | None = None) -> Person:
        """Someone of the corpus; living in `town` when given, else anywhere."""
        self.made += 1
        if foreign:
            fam, giv, kfam, kgiv, country, letters = self.pick(ABROAD)
            surname, given, gender = (kfam, kfam, fam), (kgiv, kgiv, giv), self.pick("MF")
        else:
            surname = self.pick(SURNAMES)
            choices = [g for g in GIVEN if sex is None or g[3] == sex]
            *given, gender = self.pick(choices)
            country = letters = ""
        day = date(born[0], 1, 1) + timedelta(days=self.between(0, (born[1] - born[0]) * 365))
        place = make_place(self.rng, town)
        local = (given[2].split()[0] + "." + surname[2].split()[0]).lower() if foreign else \
            self.pick([f"{given[2].lower()}.{surname[2].lower()}", f"{surname[2].lower()}{day.year % 100:02d}",
                       f"{given[2][0].lower()}{surname[2].lower()}{self.between(1, 99)}"])
        return Person(tuple(surname), tuple(given), gender, day, place, mobile(self.rng),
                      landline(self.rng, place.area), f"{local}@{self.pick(MAIL_HOSTS)}", country, letters)

    def family(self, p: Person, sex: str | None = None, born: tuple[int, int] = (1948, 2003)) -> Person:
        """A member of p's household: p's surname and address, a name and birth of their own."""
        other = self.person(born=born, sex=sex, foreign=bool(p.nationality))
        return replace(other, surname=p.surname, place=p.place, home=p.home)

    def relation(self, p: Person, kin: Person) -> str:
        """What kin is to p, by their ages and sexes."""
        male, gap = kin.sex == "M", p.birth.year - kin.birth.year
        if gap >= 18:
            return "父" if male else "母"
        if gap <= -18:
            return "息子" if male else "娘"
        if kin.sex != p.sex and self.chance(0.7):
            return "夫" if male else "妻"
        return ("兄" if male else "姉") if gap > 0 else ("弟" if male else "妹")

    def office(self, name: str, domain: str) -> Office:
        """An office somewhere in the corpus's towns (`{town}` in its name: the branch's town)."""
        place = make_place(self.rng)
        place = place._replace(building="", room="")
        phone, fax = landline(self.rng, place.area), landline(self.rng, place.area)
        return Office(name.format(town=place.town), place, phone, fax, domain, codes.account(self.rng),
                      codes.corporate_number(self.rng))

    # --- marks of a person -----------------------------------------------------------------

    def name(self, p: Person, form: str | None = None, **kw) -> Mark:
        form = form or self.pick(NAME_FORMS)
        if p.nationality and form in ("kanji", "tight", "wide"):
            form = self.pick(["kana", "roman"])
        text = {"kanji": p.kanji(), "tight": p.kanji(""), "wide": p.kanji("\u3000"), "kana": p.kana(),
                "kana_dot": p.kana("・"), "half": half_width(p.kana()), "roman": p.roman(),
                "western": p.roman("caps"), "surname": p.surname[0]}[form]
        return person(text, **kw)

    def kana(self, p: Person, half: bool = False) -> Mark:
        return person(half_width(p.kana()) if half else p.kana())

    def birth(self, p: Person, style: str | None = None) -> Mark:
        return birth(date_as(p.birth, style or self.pick(BIRTH_STYLES)), p.birth)

    def birth_year(self, p: Person) -> Mark:
        """A birth year only (「昭和33年生」): optional, it names no day."""
        name, _, year = era_of(p.birth)
        return Mark(f"{name}{'元' if year == 1 else year}年生", "DATE_OF_BIRTH", optional=True)

    def address(self, p: Person, style: str | None = None) -> Mark:
        return Mark(p.place.written(style or self.pick(ADDRESS_STYLES)), "ADDRESS")

    def postal(self, p: Person, style: str | None = None) -> Mark:
        return Mark(p.place.postal_as(style or self.pick(["hyphen", "hyphen", "mark", "bare", "wide"])), "POSTAL_CODE")

    def phone(self, p: Person, mobile_phone: bool | None = None, style: str | None = None) -> Mark:
        use = self.chance(0.65) if mobile_phone is None else mobile_phone
        digits, area = (p.mobile, 3) if use else (p.home, len(p.place.area))
        return Mark(phone_as(digits, area, style or self.pick(PHONE_STYLES)), "PHONE")

    def email(self, p: Person, header: bool = False) -> Mark:
        """The address; in a document now and then with a full-width ＠, as pages write it against harvesters."""
        return Mark(p.email.replace("@", "＠") if not header and self.chance(0.08) else p.email, "EMAIL")

    def said(self, category: str) -> Mark:
        return sensitive(self.pick(SAID[category]), category)

    def honseki(self) -> Mark:
        """A 本籍 as a 戸籍 writes it: also an address (optional as one)."""
        place = make_place(self.rng)
        return sensitive(f"{place.prefecture}{place.city}{place.town}{place.chome}丁目{place.ban}番地", "本籍",
                         also=("ADDRESS",))

    # --- identifiers ------------------------------------------------------------------------

    def mark(self, kind: str, style: str = "") -> Mark:
        """An identifier of a person; style spaces a My Number or card as offices write it."""
        make = {"MY_NUMBER": codes.my_number, "DRIVERS_LICENSE": codes.licence, "PASSPORT": codes.passport,
                "RESIDENCE_CARD": codes.residence_card, "BASIC_PENSION_NUMBER": codes.pension,
                "EMPLOYMENT_INSURANCE_NUMBER": codes.employment_insurance, "HEALTH_INSURANCE_NUMBER": codes.insurer,
                "RESIDENT_RECORD_CODE": codes.resident_code, "BANK_ACCOUNT": codes.account,
                "CREDIT_CARD": codes.card}[kind]
        text = make(self.rng)
        if kind == "MY_NUMBER" and style:
            gap = {"space": " ", "hyphen": "-"}[style]
            text = f"{text[:4]}{gap}{text[4:8]}{gap}{text[8:]}"
        if kind == "CREDIT_CARD" and style:
            text = codes.card_as(text, style)
        return Mark(text, kind)

    def abroad_passport(self, p: Person) -> Mark:
        """A foreign resident's passport: its country's shape, optional for a detector of
        Japanese booklets (two letters and seven digits)."""
        text = codes.foreign_passport(self.rng, p.passport_letters)
        return Mark(text, "PASSPORT", optional=len(text) != 9 or not text[:2].isalpha())

    # --- look-alikes ------------------------------------------------------------------------

    def not_birth(self, day: date, kind: str, style: str | None = None) -> Mark:
        return other_date(date_as(day, style or self.pick(["era", "west", "slash", "era_dot", "hyphen"])), day, kind)

    def number(self, kind: str, entity: str, length: int, prefix: str = "") -> Mark:
        """An office's own number (顧客番号, 予約番号 …), shaped like an identifier."""
        if entity == "MY_NUMBER" and length == 12:
            return negative(prefix + codes.my_number(self.rng), entity, kind)
        return negative(prefix + codes.digits(self.rng, length), entity, kind)

    def thing(self, kind: str) -> Mark:
        return negative(self.pick([t for t, k in NOT_PEOPLE if k == kind]), "PERSON", kind)

    def no_one(self, kind: str | None = None) -> Mark:
        text, k = self.pick([(t, k) for t, k in OF_NO_ONE if kind is None or k == kind])
        return negative(text, "SENSITIVE", k)

    def day(self, start: date = date(2026, 1, 5), days: int = 280) -> date:
        return start + timedelta(days=self.between(0, days))
