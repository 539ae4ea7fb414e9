"""`daicho locate`: every object holding data of one person, for a 開示等請求.

The person's values come from a prompt or a file (scanner.cli), live in memory
here only long enough to be folded and hashed with the installation key, and
are never stored, logged or shown but masked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detectors.name_forms import NameReader
from inventory import load_or_create_key, open_inventory
from inventory.located import LocatedObject, located_objects
from inventory.people import resolve_people
from inventory.person_lookup import find_person, hash_query
from reports.catalogue import DEFAULT_LANG
from reports.disclosure_xlsx import DisclosureSheet, write_disclosure
from scanner.app.errors import usage_problem
from scanner.person_query import PersonQuery, QueryValueError, query_keys


@dataclass(frozen=True)
class LocateRequest:
    db_path: str
    query: PersonQuery
    request_date: date = field(default_factory=date.today)
    xlsx: Path | None = None
    lang: str = DEFAULT_LANG


@dataclass(frozen=True)
class LocateResult:
    masked_name: str
    given: tuple[str, ...]  # the fields the officer gave (never their values)
    objects: list[LocatedObject]
    written: Path | None = None

    @property
    def people(self) -> int:
        """How many different people the hits are (a name shared by two)."""
        return len({o.person for o in self.objects})


def locate(request: LocateRequest, reader: NameReader | None = None) -> LocateResult:
    if not any(getattr(request.query, f) for f in ("name", "email", "phone", "my_number")):
        raise usage_problem("locate.nothing_given")
    try:
        keys = query_keys(request.query, reader or NameReader())
    except QueryValueError as error:
        raise usage_problem("locate.bad_value", field=error.field) from error
    db = open_inventory(request.db_path)
    resolve_people(db)  # subjects of an interrupted scan
    hashed = hash_query(load_or_create_key(), keys.names, keys.readings, keys.kana_query, keys.links,
                        keys.birth_keys)
    found = located_objects(db, find_person(db, hashed))
    result = LocateResult(request.query.masked_name, keys.given, found)
    if request.xlsx is None:
        return result
    write_disclosure(request.xlsx, DisclosureSheet(request.request_date, result.masked_name, result.given,
                                                   found), request.lang)
    return LocateResult(result.masked_name, result.given, found, request.xlsx)
