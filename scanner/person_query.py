"""What an officer knows of one person, as the keys the inventory holds.

The values are typed at a prompt or read from a file, held in memory only, and
turned into the same folded names and canonical values the scanner hashes
(scanner.subject_keys): nothing of them is stored, logged or shown but masked.
"""

from __future__ import annotations

from dataclasses import dataclass

from detectors.entities import DATE_OF_BIRTH, EMAIL, MY_NUMBER, PERSON, PHONE
from detectors.mask import mask
from detectors.name_forms import KANJI, NameReader, fold_name, script_of
from detectors.normalize import normalize
from scanner.subject_keys import link_keys

FIELDS = ("name", "birth", "email", "phone", "my_number")
# Names a --from file may give each field (one `name: value` a line).
FILE_NAMES = {"name": "name", "氏名": "name", "birth": "birth", "生年月日": "birth", "email": "email",
              "メール": "email", "メールアドレス": "email", "phone": "phone", "電話": "phone", "電話番号": "phone",
              "my_number": "my_number", "my-number": "my_number", "個人番号": "my_number", "マイナンバー": "my_number"}


class QueryValueError(ValueError):
    """A value that cannot be read as its field; `field` names it, never the value."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class PersonQuery:
    name: str | None = None
    birth: str | None = None
    email: str | None = None
    phone: str | None = None
    my_number: str | None = None

    def __repr__(self) -> str:  # never a value
        return f"PersonQuery({', '.join(f for f in FIELDS if getattr(self, f))})"

    @property
    def masked_name(self) -> str:
        return mask(PERSON, self.name) if self.name else ""


@dataclass(frozen=True)
class QueryKeys:
    """The raw forms to hash: names to match (their script), and strong links."""

    names: tuple[str, ...]  # the folded name
    readings: tuple[str, ...]  # its reading, to meet names written in katakana only
    kana_query: bool  # the name was typed in katakana: it may meet any reading
    links: tuple[tuple[str, str], ...]
    birth_keys: tuple[tuple[str, str], ...]  # the name+date links, to tell a homonym
    given: tuple[str, ...]  # which fields were given


def _canonical(field: str, value: str) -> str:
    """The recognizers' own canonical forms (imported here: they bring Presidio,
    seconds of start-up no other command should pay)."""
    from detectors.jp.date_of_birth import DateOfBirthRecognizer
    from detectors.jp.email import EmailRecognizer
    from detectors.jp.my_number import MyNumberRecognizer
    from detectors.jp.phone import PhoneRecognizer

    text = normalize(value.strip()).text
    if field == "birth":
        canonical = DateOfBirthRecognizer.canonical(text)
        if len(canonical) != 10 or canonical[4] != "-":
            raise QueryValueError(field)
        return canonical
    if field == "phone":
        canonical = PhoneRecognizer.canonical(text)
        if not canonical.startswith("+"):
            raise QueryValueError(field)
        return canonical
    if field == "my_number":
        canonical = MyNumberRecognizer.canonical(text)
        if len(canonical) != 12 or not canonical.isdigit():
            raise QueryValueError(field)
        return canonical
    if "@" not in text:
        raise QueryValueError(field)
    return EmailRecognizer.canonical(text)


def query_keys(query: PersonQuery, reader: NameReader) -> QueryKeys:
    values = {f: _canonical(f, getattr(query, f)) for f in FIELDS[1:] if getattr(query, f)}
    name = fold_name(query.name) if query.name else None
    script = script_of(name) if name else None
    if query.name and not name:
        raise QueryValueError("name")
    readings = (reader.reading(name),) if name and script == KANJI and reader.reading(name) else ()
    typed = {EMAIL: values.get("email"), PHONE: values.get("phone"), MY_NUMBER: values.get("my_number")}
    links = [(kind, value) for kind, value in typed.items() if value]
    births = link_keys([name, *readings], [(DATE_OF_BIRTH, values["birth"])]) if name and "birth" in values else []
    return QueryKeys(names=(name,) if name else (), readings=tuple(r for r in readings if r),
                     kana_query=script is not None and script != KANJI, links=tuple(links + births),
                     birth_keys=tuple(births), given=tuple(f for f in FIELDS if getattr(query, f)))


def parse_query_file(text: str) -> PersonQuery:
    """`name: value` lines (氏名, 生年月日, メール, 電話, 個人番号 or their English
    names); blank lines and # comments skipped. An unknown name is an error
    naming the line, not its value."""
    values: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        label, separator, value = line.replace("：", ":").partition(":")
        field = FILE_NAMES.get(label.strip().lower())
        if not separator or field is None:
            raise QueryValueError(f"line {number}")
        values[field] = value.strip()
    return PersonQuery(**{k: v for k, v in values.items() if v})
