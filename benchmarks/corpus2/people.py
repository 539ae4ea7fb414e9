"""Made-up people of the second corpus, their families, and the ways their names
and birth dates are written (kanji with or without a space, katakana, half-width
katakana as banks print it, hiragana furigana, passport capitals, Western order;
birth dates in Western and 和暦 forms, letters, full-width digits, 8-digit host
fields). No real person."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from benchmarks.corpus2 import idnums
from benchmarks.corpus2.names import FEMALE, FOREIGN, MALE, SURNAMES, passport_romaji
from benchmarks.corpus2.places import Address, landline, make_address, mobile

ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
        ("大正", "T", date(1912, 7, 30)))
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "icloud.com",
                "outlook.jp", "nifty.com", "biglobe.ne.jp", "i.softbank.jp"]


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def date_as(day: date, style: str) -> str:
    """One calendar date the way one author or system writes it."""
    era, letter, year = era_of(day)
    y, m, d = day.year, day.month, day.day
    forms = {
        "kanji": f"{y}年{m}月{d}日", "slash": f"{y}/{m:02d}/{d:02d}", "slash_short": f"{y}/{m}/{d}",
        "dot": f"{y}.{m}.{d}", "iso": day.isoformat(), "host": f"{y}{m:02d}{d:02d}",
        "era": f"{era}{'元' if year == 1 else year}年{m}月{d}日", "era_short": f"{era[0]}{year}.{m}.{d}",
        "letter": f"{letter}{year}.{m:02d}.{d:02d}", "letter_slash": f"{letter}{year}/{m}/{d}",
        "era_full": f"{era}{year}年{m}月{d}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        "era_born": f"{era}{year}年{m}月{d}日生",
    }
    return forms[style]


BIRTH_STYLES = ["kanji", "slash", "slash_short", "dot", "era", "era_short", "letter", "letter_slash", "era_full",
                "era_born", "iso"]


@dataclass
class Person:
    surname: str
    given: str
    surname_kana: str
    given_kana: str
    sex: str  # 男 / 女
    birth: date
    address: Address
    home_phone: str
    mobile: str
    email: str
    my_number: str
    origin: str = "日本"
    passport_name: str = ""
    family: list = field(default_factory=list)  # [(続柄, Person)]

    @property
    def foreign(self) -> bool:
        return self.origin != "日本"

    def kanji(self, sep: str = " ") -> str:
        """The name as the person writes it in Japanese (katakana, spaced, when no kanji)."""
        if all("ァ" <= ch <= "ヺ" or ch == "ー" for ch in self.surname):
            return self.kana(sep or " ")
        return f"{self.surname}{sep}{self.given}" if self.given else self.surname

    def kana(self, sep: str = " ") -> str:
        given = self.given_kana.replace(" ", sep)  # ヴァン ドゥック: several given names
        return f"{self.surname_kana}{sep}{given}" if given else self.surname_kana

    def half_kana(self) -> str:
        """ﾀｶﾊｼ ｲﾁﾛｳ: banks' and host systems' half-width katakana."""
        return _half_width(self.kana())

    def hiragana(self) -> str:
        return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in self.kana())

    def romaji(self) -> str:
        return self.passport_name or f"{passport_romaji(self.surname_kana)} {passport_romaji(self.given_kana)}"

    def western(self) -> str:
        """Ichiro Takahashi, as signatures write it."""
        words = self.romaji().split()
        return " ".join(w.capitalize() for w in words[1:] + words[:1])

    def age(self, on: date) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


def _half_width(text: str) -> str:
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = HALF.get(decomposed[0], decomposed[0])
        mark = {"\u3099": "ﾞ", "\u309a": "ﾟ"}.get(decomposed[1:], "")
        out.append(base + mark)
    return "".join(out)


HALF = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー ",
                "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ "))


def _birth(rng: random.Random, oldest: int, youngest: int) -> date:
    return date(rng.randint(oldest, youngest), 1, 1) + timedelta(days=rng.randint(0, 364))


def _email(rng: random.Random, romaji: str) -> str:
    words = romaji.lower().split()
    local = rng.choice([f"{words[-1]}.{words[0]}", f"{words[0]}{rng.randint(1, 99)}",
                        f"{words[-1][:1]}{words[0]}{rng.randint(60, 99)}", f"{words[0]}_{words[-1][:3]}{rng.randint(1, 9)}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


class People:
    """A source of people; every person is drawn from the corpus's own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def make(self, *, foreign: float = 0.1, oldest: int = 1948, youngest: int = 2003, surname=None,
             sex=None, address: Address | None = None) -> Person:
        rng = self.rng
        sex = sex or rng.choice("男女")
        origin, passport_name = "日本", ""
        if surname is None and rng.random() < foreign:
            origin, s, g, kana, passport_name = rng.choice(FOREIGN)
            words = kana.split()
            s_kana, g_kana = words[0], " ".join(words[1:])
            if not s:
                s, g = kana.split()[0], " ".join(kana.split()[1:])
        else:
            s, s_kana = surname or rng.choice(SURNAMES)
            g, g_kana = rng.choice(MALE if sex == "男" else FEMALE)
        address = address or make_address(rng)
        person = Person(s, g, s_kana, g_kana, sex, _birth(rng, oldest, youngest), address,
                        landline(rng, address.area_code), mobile(rng), "", idnums.my_number(rng), origin,
                        passport_name)
        person.email = _email(rng, person.romaji())
        return person

    def with_family(self, head: Person, spouse: float = 0.7, children: int = 2, parent: float = 0.2) -> Person:
        """Spouse, children and maybe a parent, sharing the household's address."""
        rng = self.rng
        if head.foreign:
            return head
        kin = (head.surname, head.surname_kana)
        year = head.birth.year
        if rng.random() < spouse:
            wife_or_husband = self.make(surname=kin, sex="女" if head.sex == "男" else "男", address=head.address,
                                        oldest=year - 5, youngest=year + 5)
            head.family.append(("妻" if head.sex == "男" else "夫", wife_or_husband))
        order = {"男": iter(["長男", "次男", "三男"]), "女": iter(["長女", "次女", "三女"])}
        for _ in range(rng.randint(0, children) if year + 22 <= 2024 else 0):
            child = self.make(surname=kin, address=head.address, oldest=year + 22, youngest=min(year + 40, 2024))
            if all(child.given != member.given for _, member in head.family):
                head.family.append((next(order[child.sex]), child))
        if rng.random() < parent and year > 1965:
            elder = self.make(surname=kin, address=head.address, oldest=year - 34, youngest=year - 24)
            head.family.append(("父" if elder.sex == "男" else "母", elder))
        return head
