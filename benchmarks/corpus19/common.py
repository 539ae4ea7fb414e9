"""What corpus 19's writers share: a person's values as marks, and documents built from
the model's Lines and Grid (the items carry their places as daicho reads them)."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, Mark, decoy, joined, maybe, val
from benchmarks.corpus19 import formats, ids, people, vocab
from benchmarks.corpus19.people import Person

__all__ = ["Doc", "Grid", "Lines", "Mark", "decoy", "maybe", "val", "ids", "people", "vocab", "Person"]


def name(rng: random.Random, p: Person, style: str | None = None) -> Mark:
    style = style or rng.choice(["space", "space", "tight", "wide", "kana", "kata"])
    text = {"space": p.kanji(" "), "tight": p.kanji(""), "wide": p.kanji("　"), "kana": p.kana(" "),
            "kata": p.katakana("　"), "roman": p.passport_order(), "sur": p.sur}[style]
    return val("PERSON", text)


def foreigner(rng: random.Random) -> Mark:
    return val("PERSON", rng.choice(people.FOREIGN))


def born(rng: random.Random, p: Person, style: str | None = None) -> Mark:
    return val("DATE_OF_BIRTH", people.birth_text(rng, p.born, style), date=p.born.isoformat())


def tel(rng: random.Random, mobile: bool | None = None) -> Mark:
    return val("PHONE", people.phone(rng, mobile))


def addr(rng: random.Random, p: Person) -> Mark:
    return val("ADDRESS", people.address(rng, p.town))


def postal(p: Person) -> Mark:
    return val("POSTAL_CODE", p.town[3])


def mail(rng: random.Random, p: Person) -> Mark:
    return val("EMAIL", people.email(rng, p))


def sens(rng: random.Random, category: str) -> Mark:
    if category == "本籍":
        return val("SENSITIVE", rng.choice(vocab.HONSEKI), category="本籍")
    return val("SENSITIVE", rng.choice(vocab.SENSITIVE[category]), category=category)


def not_birth(rng: random.Random) -> Mark:
    """A date that is not a birth (an event, a deadline)."""
    text = people.birth_text(rng, people.date(2026, rng.randint(1, 12), rng.randint(1, 28)),
                             rng.choice(["west", "slash", "era", "dash"]))
    return decoy("DATE_OF_BIRTH", text, "event_date")


def own_phone(rng: random.Random) -> Mark:
    return decoy("PHONE", people.phone(rng, False) if rng.random() < 0.7 else
                 f"0120-{rng.randint(100, 999)}-{rng.randint(100, 999)}", "own_contact")


def own_address(rng: random.Random) -> Mark:
    return decoy("ADDRESS", people.address(rng, rng.choice(people.TOWNS)), "own_letterhead")


def own_mail(rng: random.Random, desk: str) -> Mark:
    return decoy("EMAIL", f"{desk}@{rng.choice(['office', 'center', 'desk'])}.example.or.jp", "own_contact")


def letterhead(rng: random.Random, lines: Lines, org: str, desk: str) -> None:
    lines.put(org)
    lines.put("〒", decoy("POSTAL_CODE", rng.choice(people.TOWNS)[3], "own_postal"), " ", own_address(rng))
    phone = own_phone(rng)
    fax = phone.text[:-1] + str((int(phone.text[-1]) + 1) % 10)  # the fax line next to the phone's
    lines.put("TEL ", phone, "　FAX ", decoy("PHONE", fax, "own_contact"))
    lines.put("E-mail ", own_mail(rng, desk))
    if rng.random() < 0.5:
        lines.put("最寄り：", decoy("PERSON", rng.choice(vocab.NAMED_THINGS), "named_thing"), "から徒歩5分")


# -- documents ---------------------------------------------------------------------------------

def txt(path: str, lines: Lines, encoding: str = "utf-8") -> Doc:
    return Doc(path, formats.text_bytes(lines.text(), encoding, crlf=encoding == "cp932"), lines.items(path, ""))


def csv(path: str, grid: Grid, encoding: str = "utf-8") -> Doc:
    return Doc(path, formats.csv_bytes(grid.rows, encoding), grid.items(path))


def xlsx(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    items = []
    for sheet, grid, title in sheets:
        items += grid.items(path, sheet, offset=1 if title is not None else 0)
    return Doc(path, formats.xlsx_bytes([(s, g.rows, t) for s, g, t in sheets]), items)


def unplaced(path: str, data: bytes, *parts) -> Doc:
    """A file whose places daicho gives in its own way (a page, a slide, a paragraph)."""
    items = []
    for part in parts:
        items += part.items(path, None) if isinstance(part, Lines) else part.items(path, placed=False)
    return Doc(path, data, items)


def docx(path: str, lines: Lines, grid: Grid | None = None) -> Doc:
    data = formats.docx_bytes(lines.lines, [grid.rows] if grid else [])
    return unplaced(path, data, lines, *([grid] if grid else []))


def html(path: str, title: str, lines: Lines, grid: Grid | None = None) -> Doc:
    return unplaced(path, formats.html_bytes(title, lines.lines, grid.rows if grid else []), lines,
                    *([grid] if grid else []))


def nested(path: str, child: Doc) -> list[Item]:
    return [Item(f"{path}!{item.path}", item.mark, item.location) for item in child.items]


def email(path: str, head: tuple, body: Lines, attachments: list[Doc] = (), day: int = 0) -> Doc:
    """head: (sender, to, subject) as parts (strings and marks); the header's marks have no line."""
    texts, marks = [], []
    for part in head:
        text, found = joined(part)
        texts.append(text)
        marks += found
    data = formats.mail_bytes(*texts, body.text(), [(a.path, a.data) for a in attachments], day)
    items = [Item(path, m, None) for m in marks] + body.items(path, "body:")
    for attachment in attachments:
        items += nested(path, attachment)
    return Doc(path, data, items)


def mailbox(path: str, messages: list[Doc]) -> Doc:
    items = []
    for n, message in enumerate(messages):
        items += [Item(f"{path}!{n}" + item.path[len(message.path):], item.mark, item.location)
                  for item in message.items]
    return Doc(path, formats.mbox_bytes([m.data for m in messages]), items)


def archive(path: str, members: list[Doc]) -> Doc:
    items = []
    for member in members:
        items += nested(path, member)
    return Doc(path, formats.zip_bytes([(m.path, m.data) for m in members]), items)


def people_of(rng: random.Random, count: int, young: bool = False) -> list[Person]:
    return [people.person(rng, young) for _ in range(count)]
