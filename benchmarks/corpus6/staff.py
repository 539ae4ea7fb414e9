"""What every document maker of the sixth corpus draws from: one random stream, the
people and offices of the corpus, and marks of a person's data in one writing habit."""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from datetime import date

from benchmarks.corpus2.truth import Mark, negative
from benchmarks.corpus6.roster import katakana
from benchmarks.corpus6.streets import Place, phone_as

ERA_STARTS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
              ("大正", "T", date(1912, 7, 30))]
_KANJI = "〇一二三四五六七八九"
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp", "softbank.ne.jp"]
BIRTH_STYLES = ["era", "era", "era_dot", "west", "slash", "packed", "hyphen", "era_short", "era_wide", "era_kanji",
                "era_glyph"]
_GLYPHS = {"昭和": "㍼", "平成": "㍻", "令和": "㋿", "大正": "㍽"}


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERA_STARTS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ((_KANJI[tens] if tens > 1 else "") + "十" if tens else "") + (_KANJI[ones] if ones else "")


def date_as(day: date, style: str) -> str:
    name, letter, year = era_of(day)
    y = "元" if year == 1 else str(year)
    return {"era": f"{name}{y}年{day.month}月{day.day}日", "era_dot": f"{letter}{year}.{day.month}.{day.day}",
            "era_short": f"{name[0]}{year:02d}.{day.month:02d}.{day.day:02d}",
            "west": f"{day.year}年{day.month}月{day.day}日",
            "slash": f"{day.year}/{day.month:02d}/{day.day:02d}", "packed": day.strftime("%Y%m%d"),
            "hyphen": f"{day.year}-{day.month}-{day.day}", "iso": day.isoformat(),
            "era_wide": f"{name}{y}年{day.month}月{day.day}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            "era_glyph": f"{_GLYPHS[name]}{y}.{day.month}.{day.day}",
            "era_kanji": f"{name}{'元' if year == 1 else kanji_number(year)}年{kanji_number(day.month)}月"
                         f"{kanji_number(day.day)}日"}[style]


@dataclass(frozen=True)
class Person:
    surname: tuple  # (kanji, kana, romaji); a foreign resident's: (katakana, katakana, ROMAN)
    given: tuple
    sex: str
    birth: date
    place: Place
    mobile: str
    home: str
    email: str
    nationality: str = ""
    passport_letters: str = ""

    def kanji(self, gap: str = " ") -> str:
        if self.nationality:
            return f"{self.surname[0]}{gap if gap else '・'}{self.given[0]}"
        return f"{self.surname[0]}{gap}{self.given[0]}"

    def kana(self, gap: str = " ") -> str:
        return f"{katakana(self.surname[1])}{gap}{katakana(self.given[1])}"

    def roman(self, order: str = "family") -> str:
        if order == "family":
            return f"{self.surname[2].upper()} {self.given[2]}"
        return f"{self.given[2]} {self.surname[2].upper() if order == 'caps' else self.surname[2]}"

    def age(self, on: date = date(2026, 10, 1)) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


class Office(namedtuple("OfficeFields", "name place phone fax domain account number")):
    """An organisation of the corpus (`number`: its 法人番号): its own contact data are look-alikes."""

    def address(self) -> Mark:
        return negative(self.place.written("plain"), "ADDRESS", "org_address")

    def postal(self) -> Mark:
        return negative(self.place.postal_as("mark"), "POSTAL_CODE", "org_postal")

    def tel(self, style: str = "hyphen") -> Mark:
        return negative(phone_as(self.phone, len(self.place.area), style), "PHONE", "org_phone")

    def fax_mark(self) -> Mark:
        return negative(phone_as(self.fax, len(self.place.area), "hyphen"), "PHONE", "org_fax")

    def mail(self, box: str = "info") -> Mark:
        return negative(f"{box}@{self.domain}", "EMAIL", "org_email")

    def bank(self) -> Mark:
        return negative(self.account, "BANK_ACCOUNT", "org_account")

    def corporate(self) -> Mark:
        return negative(self.number, "MY_NUMBER", "corporate_number")
