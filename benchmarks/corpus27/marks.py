"""Marks of corpus 27: a person's values as its offices write them, the look-alikes of an
organisation's own letterhead and numbers, and the dates that are not births."""

from __future__ import annotations

from benchmarks.corpus16.model import Lines, decoy, maybe, val
from benchmarks.corpus27 import ids, vocab
from benchmarks.corpus27.organisations import ORGS

__all__ = ["Lines", "decoy", "maybe", "val"]


def name(p, tight: bool = False):
    return val("PERSON", p.tight if tight else p.name)


def kana(p):
    return val("PERSON", p.kana)


def romaji(p):
    return val("PERSON", p.romaji)


def address(p):
    return val("ADDRESS", p.address)


def postal(p):
    return val("POSTAL_CODE", p.postal)


def mobile(p):
    return val("PHONE", p.mobile)


def home(p):
    return val("PHONE", p.home)


def email(p):
    return val("EMAIL", p.email)


def birth(p, style: int):
    return val("DATE_OF_BIRTH", ids.birthday(p.birth, style), date=p.birth.isoformat())


def sensitive(rng, category: str, text: str | None = None):
    return val("SENSITIVE", text or rng.choice(vocab.SENSITIVE[category]), category=category)


def domicile(p, rng):
    """A 本籍: an address of the family register, another town than where the person lives."""
    from benchmarks.corpus27.people import PLACES
    city, towns, *_ = rng.choice(PLACES)
    return val("SENSITIVE", f"{city}{rng.choice(towns)}{rng.randint(1, 900)}番地", category="本籍")


def my_number(rng, sep: str = ""):
    return val("MY_NUMBER", ids.my_number(rng, sep))


def licence(rng):
    return val("DRIVERS_LICENSE", ids.licence(rng))


def passport(rng):
    return val("PASSPORT", ids.passport(rng))


def residence_card(rng):
    return val("RESIDENCE_CARD", ids.residence_card(rng))


def pension(rng):
    return val("BASIC_PENSION_NUMBER", ids.pension(rng))


def employment(rng):
    return val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng))


def insurer(rng):
    return val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng))


def account(rng):
    return val("BANK_ACCOUNT", ids.account(rng))


def card(rng, sep: str = "-"):
    return val("CREDIT_CARD", ids.card(rng, sep))


def day(rng, style: int = 0, year: int = 2026):
    """A date of this year's business (受付日, 検査日): written like a birth, it is none."""
    month, dom = rng.randint(1, 11), rng.randint(1, 28)
    forms = [f"{year}/{month:02d}/{dom:02d}", f"令和{year - 2018}年{month}月{dom}日", f"R{year - 2018}.{month}.{dom}",
             f"{year}年{month}月{dom}日", f"{year}-{month:02d}-{dom:02d}"]
    return decoy("DATE_OF_BIRTH", forms[style % len(forms)], "non_birth_date")


def receipt(rng):
    return decoy("MY_NUMBER", ids.number_with_my_number_check(rng), "receipt_number_my_number_check")


def luhn_code(rng):
    return decoy("CREDIT_CARD", ids.luhn_code(rng, rng.choice([13, 14, 15])), "product_code_luhn")


def model_number(rng):
    return decoy("PASSPORT", rng.choice(["KX", "NR", "HB", "TQ", "MV"]) + ids.digits(rng, 7), "model_number_passport_shape")


def office_number(rng):
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng), "employer_office_number")


def boilerplate(rng):
    return decoy("SENSITIVE", rng.choice(vocab.HEALTH_BOILERPLATE), "health_boilerplate")


def privacy(rng):
    return decoy("SENSITIVE", rng.choice(vocab.PRIVACY_NOTICES), "privacy_notice")


def sample_name(rng):
    return decoy("PERSON", rng.choice(vocab.SAMPLE_NAMES), "sample_name")


def thing(rng):
    return decoy("PERSON", rng.choice(vocab.THING_NAMES), "thing_named_like_person")


def poet(rng):
    return decoy("PERSON", rng.choice(vocab.POETS), "historical_figure")


def head(lines: Lines, key: str, title: str) -> Lines:
    """A letterhead: the organisation's own postal code, address, phones and mail."""
    org = ORGS[key]
    lines.put(org.name)
    lines.put("〒", decoy("POSTAL_CODE", org.postal, "org_postal"), " ", decoy("ADDRESS", org.address, "org_address"))
    tel = ["TEL ", decoy("PHONE", org.tel, "org_phone")]
    if org.fax:
        tel += ["　FAX ", decoy("PHONE", org.fax, "org_phone")]
    lines.put(*tel)
    lines.put("E-mail: ", decoy("EMAIL", org.mail, "org_email"))
    return lines.gap().put(title).gap()


def foot(lines: Lines, key: str) -> Lines:
    """A footer: the organisation's numbers (corporate number, account for payments) where it has them."""
    org = ORGS[key]
    lines.gap()
    if org.corporate:
        lines.put("法人番号 ", decoy("MY_NUMBER", org.corporate, "corporate_number"))
    if org.account:
        lines.put(f"お振込先：{org.bank} 普通 ", decoy("BANK_ACCOUNT", org.account, "org_bank_account"), f" {org.name}")
    lines.put(f"問合せ先 {org.name} ", decoy("PHONE", org.tel, "org_phone"))
    return lines


def contact(key: str) -> list:
    org = ORGS[key]
    return [org.name, "　", decoy("PHONE", org.tel, "org_phone"), "　", decoy("EMAIL", org.mail, "org_email")]


def org_mail(key: str, who: str = "") -> list:
    """An organisation's own address in a From or To line."""
    return [f"{who or ORGS[key].name} <", decoy("EMAIL", ORGS[key].mail, "org_email"), ">"]
