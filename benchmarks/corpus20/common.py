"""Corpus 20's marks as its writers make them: a person's name, birth, phone, mail and
address; a 要配慮 phrase; identifiers; and the look-alikes (the organisation's own
letterhead, dates that are no birth, numbers that are other keys)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus16.model import Grid, Lines, Mark, decoy, maybe, val
from benchmarks.corpus20 import ids, people, vocab
from benchmarks.corpus20.people import Person


def name(p: Person, style: str = "space") -> Mark:
    return val("PERSON", p.name(style))


def any_name(rng: random.Random, p: Person) -> Mark:
    return val("PERSON", p.any_name(rng))


def born(rng: random.Random, p: Person, style: str | None = None) -> Mark:
    return val("DATE_OF_BIRTH", ids.birth_text(rng, p.born, style), date=p.born.isoformat())


def tel(rng: random.Random, mobile: bool | None = None, plain: bool = False) -> Mark:
    number = ids.phone(rng, mobile)
    return val("PHONE", number if plain else ids.phone_style(rng, number))


def email(rng: random.Random, p: Person) -> Mark:
    return val("EMAIL", people.email(p, rng))


def address(rng: random.Random, **kw) -> Mark:
    return val("ADDRESS", people.address(rng, **kw))


def postal(rng: random.Random) -> Mark:
    return val("POSTAL_CODE", ids.postal(rng))


def sens(rng: random.Random, category: str) -> Mark:
    if category == "本籍":
        return val("SENSITIVE", people.honseki(rng), category="本籍")
    return val("SENSITIVE", rng.choice(vocab.SENSITIVE[category]), category=category)


def pick_sens(rng: random.Random, categories: tuple[str, ...]) -> Mark:
    return sens(rng, rng.choice(categories))


def ident(rng: random.Random, entity_type: str) -> Mark:
    make = {"MY_NUMBER": lambda: _spaced(rng, ids.my_number(rng)), "DRIVERS_LICENSE": lambda: ids.licence(rng),
            "CREDIT_CARD": lambda: ids.card_text(rng, ids.card(rng)),
            "HEALTH_INSURANCE_NUMBER": lambda: ids.insurer(rng),
            "BASIC_PENSION_NUMBER": lambda: ids.pension(rng, rng.choice(["-", "-", ""])),
            "EMPLOYMENT_INSURANCE_NUMBER": lambda: ids.employment(rng, rng.choice(["-", "-", ""])),
            "PASSPORT": lambda: ids.passport(rng), "RESIDENCE_CARD": lambda: ids.residence(rng),
            "BANK_ACCOUNT": lambda: ids.account(rng)}[entity_type]
    return val(entity_type, make())


def _spaced(rng: random.Random, number: str) -> str:
    sep = rng.choice(["", "", " ", "-"])
    return sep.join((number[:4], number[4:8], number[8:])) if sep else number


def card_symbol(rng: random.Random) -> Mark:
    """A 被保険者証's 記号・番号: personal, yet with no check; neither right nor wrong to report."""
    mark = rng.choice(["協", "組", "共", ""])
    return maybe("HEALTH_INSURANCE_NUMBER", f"{mark}{rng.randint(10, 9999)}・{rng.randint(1, 999)}")


def employer_sheet(rng: random.Random) -> Grid:
    """An employer's own numbers, on a sheet of their own: not any person's."""
    sheet = Grid("事業所情報", "番号")
    return sheet.add("雇用保険適用事業所番号", office_number(rng)).add("法人番号", corporate(rng))


def same_insurer(rng: random.Random):
    """A column of one insurer's number: everyone in one company is insured by the same 保険者."""
    number = ids.insurer(rng)
    return lambda r, p, i: val("HEALTH_INSURANCE_NUMBER", number)


def honseki_marks(rng: random.Random) -> tuple[Mark, Mark]:
    """A 本籍: the 要配慮 value, and the same text as an optional address."""
    text = people.honseki(rng)
    return val("SENSITIVE", text, category="本籍"), maybe("ADDRESS", text)


def also(target: Lines | Grid, mark: Mark) -> None:
    """Another mark at the place of the last one (the same text read two ways)."""
    if isinstance(target, Lines):
        target.marks.append((target.marks[-1][0], mark))
    else:
        row, col, _ = target.marks[-1]
        target.marks.append((row, col, mark))


# look-alikes
def visit_day(rng: random.Random, style: str | None = None) -> Mark:
    return decoy("DATE_OF_BIRTH", ids.other_day(rng, style), "event_date")


def slip(rng: random.Random) -> Mark:
    return decoy("MY_NUMBER", ids.key_passing(rng), "slip_number")


def corporate(rng: random.Random) -> Mark:
    return decoy("MY_NUMBER", ids.corporate(rng), "corporate_number")


def coupon(rng: random.Random) -> Mark:
    return decoy("CREDIT_CARD", ids.product_luhn(rng), "coupon_luhn")


def notice(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.NOTICES), "health_notice")


def place_name(rng: random.Random, suffix: str) -> Mark:
    return decoy("PERSON", rng.choice(vocab.NAMED_PLACES) + suffix, "place_named_like_person")


def thing(rng: random.Random) -> Mark:
    return decoy("PERSON", rng.choice(vocab.THINGS), "thing_named_like_person")


def character(rng: random.Random) -> Mark:
    return decoy("PERSON", rng.choice(vocab.FILM_PEOPLE), "film_character")


def office_number(rng: random.Random) -> Mark:
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng), "employer_office_number")


def model_number(rng: random.Random) -> Mark:
    return decoy("PASSPORT", ids.passport(rng).replace("T", "K", 1) + "-" + rng.choice("ABJ"), "model_number")


def founded(rng: random.Random) -> Mark:
    return decoy("DATE_OF_BIRTH", ids.birth_text(rng, ids.birth(rng, 8, 70), rng.choice(["era", "west"])),
                 "founding_date")


def ticket(rng: random.Random) -> Mark:
    return decoy("BASIC_PENSION_NUMBER", ids.pension(rng), "receipt_number")


@dataclass
class Org:
    """An organisation's own letterhead: its phone, fax, mail, address and postal code."""

    title: str
    phone: str
    fax: str
    mail: str
    address: str
    postal: str

    def head(self, lines: Lines, fax: bool = True) -> Lines:
        lines.put(self.title)
        lines.put("〒", decoy("POSTAL_CODE", self.postal, "own_postal"), " ",
                  decoy("ADDRESS", self.address, "own_address"))
        parts = ["TEL ", decoy("PHONE", self.phone, "own_phone")]
        if fax:
            parts += [" / FAX ", decoy("PHONE", self.fax, "own_phone")]
        lines.put(*parts)
        lines.put("E-mail: ", decoy("EMAIL", self.mail, "own_email"))
        return lines

    def sign(self, lines: Lines) -> Lines:
        lines.put("――――――――――").put(self.title).put("TEL ", decoy("PHONE", self.phone, "own_phone"))
        return lines.put(decoy("EMAIL", self.mail, "own_email"))


def own_mail(owner: Org) -> Mark:
    return decoy("EMAIL", owner.mail, "own_email")


def org(rng: random.Random, title: str, domain: str) -> Org:
    number = ids.phone(rng, False)
    head, _, tail = number.rpartition("-")
    fax = f"{head}-{(int(tail) + 1) % 10000:04d}"
    return Org(title, number, fax, f"{rng.choice(['info', 'office', 'uketsuke', 'desk'])}@{domain}",
               people.address(rng, building=0.2), ids.postal(rng))
