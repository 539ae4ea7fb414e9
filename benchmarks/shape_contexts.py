"""What context each planted value of an identifier's shape has, as the detectors see it.

For the shape-based types (postal code, passport, My Number, residence card, driver's
licence, pension, employment and health insurance, card, bank account, phone, date of
birth), every truth item of the development corpora — the values to find and the
look-alikes planted beside them — is looked up in the text units the scanner extracts
(the same text the detectors read: a table's cells composed after their header's label,
a form's rows, a mail's body), at the item's own place, and its context is classed:

  label        a word of its kind right before it, in its own cell or field (個人番号: …, 〒)
  header       the same, where the cell's label is a column header the extractor composed
  column       a header the extractor gave a table without one, from its columns' values
               (detectors.columns: a column of births, of licences, of cards beside a person's)
  after        a word of its kind right after it on its line (…生, （自宅）)
  line         a word of its kind elsewhere on its line or table row (a sentence's noun)
  above        a word of its kind on one of the two lines above (a label on the line before)
  window       a word of its kind within the detectors' 64-character window before it
  address      followed by an address (a prefecture or a municipality right after it)
  row          none of these, in a row of fields (tab or comma separated): a headerless table
  bare         none of these: a shape alone

The words of a kind are the context words of the type's recognizer (its CONTEXT, the list
the detectors' context step reads) and its own label's words (OWN_LABEL, detectors.jp.number_labels). Usage:

    PYTHONPATH=TREE python benchmarks/shape_contexts.py [--scores /work/scores] [--corpora 7-24]
        [--type PHONE] [--examples N] [--findings /work/scores/base]

It prints, per type, how many values and how many look-alikes stand in each class, and in
how many writers' corpora (the development corpora 7..24 are eighteen writers'); --examples
lists the places (never the values) of the values found in the weakest classes; `reported`
counts the items a run's findings (--findings PREFIX: PREFIX_cNN/findings.jsonl) report at
their place, of any type. Items whose
text was not found at their place are counted as `unplaced`."""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from detectors.jp.bank_account import BankAccountRecognizer
from detectors.jp.credit_card import CreditCardRecognizer
from detectors.jp.date_of_birth import DateOfBirthRecognizer
from detectors.jp.drivers_license import DriversLicenseRecognizer
from detectors.jp.employment_insurance import EmploymentInsuranceRecognizer
from detectors.jp.health_insurance import HealthInsuranceRecognizer
from detectors.jp.my_number import MyNumberRecognizer
from detectors.jp.passport import PassportRecognizer
from detectors.jp.pension import BasicPensionNumberRecognizer
from detectors.jp.phone import PhoneRecognizer
from detectors.jp.postal_code import PostalCodeRecognizer
from detectors.jp.residence_card import ResidenceCardRecognizer
from detectors.normalize import normalize
from scanner.extract import ExtractionError, extract
from scanner.extract.budget import Budget

RECOGNIZERS = {r.ENTITY: r for r in (
    PostalCodeRecognizer, PassportRecognizer, MyNumberRecognizer, ResidenceCardRecognizer, DriversLicenseRecognizer,
    BasicPensionNumberRecognizer, EmploymentInsuranceRecognizer, HealthInsuranceRecognizer, CreditCardRecognizer,
    BankAccountRecognizer, PhoneRecognizer, DateOfBirthRecognizer)}
CLASSES = ("label", "header", "column", "after", "line", "above", "window", "address", "row", "bare", "unplaced")
WEAK = ("row", "bare")
LABEL_REACH, WINDOW = 24, 64
MIN_PART = 6  # characters of a finding that reports part of a value
_ADDRESS_AFTER = re.compile(r"[ 　]*(?:[^\s\d]{2,3}[都道府県]|[^\s\d]{1,5}[市区町村郡])")
DEVELOPMENT = tuple(range(7, 25))


# words the type's other readers take as its context besides the recognizer's lists: a birth's
# 生 / 生まれ after the date (date_of_birth_said), a card's payment in its record (card_records)
OTHER_WORDS = {"DATE_OF_BIRTH": r"生|歳|才", "CREDIT_CARD": r"支払|決済|payment"}


def _words(entity: str) -> re.Pattern:
    """The recognizer's context words, and its own label's words where it reads one
    (a card has no context words: its own label or record says it)."""
    recognizer = RECOGNIZERS[entity]
    words = [re.escape(w) for w in sorted({w.lower() for w in recognizer.CONTEXT}, key=len, reverse=True)]
    own = getattr(recognizer, "OWN_LABEL", None)
    words += [own.pattern] if own is not None else []
    words += [OTHER_WORDS[entity]] if entity in OTHER_WORDS else []
    return re.compile("|".join(words), re.IGNORECASE)


WORDS = {entity: _words(entity) for entity in RECOGNIZERS}


def _fold(text: str) -> str:
    return normalize(text).text.lower() if text else ""


def units_of(path: Path, name: str) -> Iterator[tuple[str, object]]:
    """(object path, text unit) of a file and of everything inside it."""
    try:
        extraction = extract(path.name, path.read_bytes(), Budget())
        yield from _walk(name, extraction)
    except ExtractionError:
        return


def _walk(name: str, extraction) -> Iterator[tuple[str, object]]:
    for unit in extraction.units:
        yield name, unit
    for child in extraction.children:
        inner = f"{name}!{child.name}"
        try:
            if child.extraction is not None:
                yield from _walk(inner, child.extraction)
            elif child.data is not None:
                yield from _walk(inner, extract(child.name, child.data, Budget()))
        except ExtractionError:
            continue


def _compact(text: str) -> str:
    return re.sub(r"[\s\-‐－ー.．/・()（）]", "", unicodedata.normalize("NFKC", text)).lower()


def _occurrences(text: str, value: str) -> Iterator[tuple[int, int]]:
    """Spans of value in text: as written, else by its characters without separators."""
    folded, seen = _fold(value).strip(), False
    if folded:
        start = text.find(folded)
        while start >= 0:
            seen = True
            yield start, start + len(folded)
            start = text.find(folded, start + 1)
    wanted = _compact(value)
    if seen or len(wanted) < 4 or wanted[:2] not in _compact(text):
        return
    kept = [(i, c) for i, c in enumerate(text) if _compact(c)]
    joined = "".join(_compact(c) for _, c in kept)
    start = joined.find(wanted)
    while start >= 0:
        yield kept[start][0], kept[start + len(wanted) - 1][0] + 1
        start = joined.find(wanted, start + 1)


def classify(text: str, start: int, end: int, entity: str, table: bool) -> str:
    """The class of the context of text[start:end] (a value of entity's shape)."""
    words = WORDS[entity]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    field_start = max(line_start, text.rfind("\t", 0, start) + 1)
    before = text[max(field_start, start - LABEL_REACH):start]
    if words.search(before):
        return "header" if table and ": " in text[field_start:start] else "label"
    after = text[end:line_end].split("\t")[0][:8]
    if words.search(after):
        return "after"
    if words.search(text[line_start:line_end]):
        return "line"
    above = text.rfind("\n", 0, max(0, line_start - 1))
    above = text.rfind("\n", 0, max(0, above)) + 1 if above >= 0 else 0
    if words.search(text[above:line_start]):
        return "above"
    if words.search(text[max(0, start - WINDOW):start]):
        return "window"
    if _ADDRESS_AFTER.match(text, end):
        return "address"
    line = text[line_start:line_end]
    return "row" if "\t" in line or line.count(",") >= 2 else "bare"


def _place(item: dict, found: list[tuple[str, object, int, int]]) -> tuple[object, int, int] | None:
    for _, unit, start, end in found:
        if item.get("location") in (None, unit.locate(start)):
            return unit, start, end
    return None


@contextmanager
def headerless_columns_untyped() -> Iterator[None]:
    """Extraction without the types detectors.columns gives a headerless table's columns."""
    import detectors.columns as columns
    typed = columns.column_labels
    columns.column_labels = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        columns.column_labels = typed


def _classes(root: Path, file_path: str, records: list[dict]) -> list[str]:
    units = [(name, unit, _fold(unit.text)) for name, unit in units_of(root / file_path, file_path)]
    classes = []
    for item in records:
        found = [(name, unit, s, e) for name, unit, text in units if name == item["path"]
                 for s, e in _occurrences(text, item["value"])]
        placed = _place(item, found)
        classes.append("unplaced" if placed is None else
                       classify(_fold(placed[0].text), placed[1], placed[2], item["entity_type"], bool(placed[0].spans)))
    return classes


def corpus_contexts(scores: Path, number: int, only: str | None) -> Iterator[tuple[dict, str]]:
    """(truth item, class) of every item of a shape type in one corpus; a header that only
    the types of a headerless table's columns gave (detectors.columns) is class `column`."""
    base = scores / f"base_c{number}"
    root = base / "docs" if (base / "docs").exists() else base / "tree"
    items = defaultdict(list)
    for line in (base / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("record") == "item" and record["entity_type"] in RECOGNIZERS and not record.get("optional") \
                and (only is None or record["entity_type"] == only):
            items[record["path"].split("!", 1)[0]].append(record)
    for file_path, records in sorted(items.items()):
        classes = _classes(root, file_path, records)
        if "header" in classes:
            with headerless_columns_untyped():
                untyped = _classes(root, file_path, records)
            classes = ["column" if kind == "header" and bare in WEAK else kind for kind, bare in zip(classes, untyped)]
        yield from zip(records, classes)


def reported(findings: Path) -> dict[str, list[tuple[str, str]]]:
    """Path -> (location, compact text) of each finding of a run (findings.jsonl)."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if findings.exists():
        for line in findings.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found[row["path"]].append((row.get("location") or "", _compact(row.get("text") or "")))
    return found


def is_reported(item: dict, found: dict[str, list[tuple[str, str]]]) -> bool:
    """Whether a finding of any type at the item's place holds its characters (a look-alike flagged)."""
    wanted = _compact(item["value"])  # a finding may hold part of a value (普通 1234567 of an account's bank and branch)
    return bool(wanted) and any(item.get("location") in (None, location)
                                and (wanted in text or (len(text) >= MIN_PART and text in wanted))
                                for location, text in found.get(item["path"], ()))


def _report(tally: dict, writers: dict, examples: dict, shown: int) -> None:
    for entity in sorted(tally):
        print(f"\n{entity}")
        print("  " + " ".join(f"{c:>9}" for c in ("", *CLASSES)))
        for role in ("true", "look-alike"):
            counts = tally[entity][role]
            print(f"  {role:>10} " + " ".join(f"{counts[c]:>9}" for c in CLASSES))
            print(f"  {'writers':>10} " + " ".join(f"{len(writers[entity][role][c]):>9}" for c in CLASSES))
            print(f"  {'reported':>10} " + " ".join(f"{tally[entity][role + ' reported'][c]:>9}" for c in CLASSES))
        for place in examples[entity][:shown]:
            print("     weak:", place)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scores", default="/work/scores")
    parser.add_argument("--corpora", default="7-24")
    parser.add_argument("--type", default=None)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--findings", default="/work/scores/base",
                        help="a run's prefix: PREFIX_cNN/findings.jsonl tells which items were reported")
    args = parser.parse_args()
    low, high = (int(x) for x in args.corpora.split("-"))
    numbers = [n for n in DEVELOPMENT if low <= n <= high]  # the held-out corpora are never read
    tally = defaultdict(lambda: defaultdict(Counter))
    writers = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    examples = defaultdict(list)
    for number in numbers:
        found = reported(Path(f"{args.findings}_c{number}") / "findings.jsonl")
        for item, kind in corpus_contexts(Path(args.scores), number, args.type):
            role = "look-alike" if item.get("negative") else "true"
            tally[item["entity_type"]][role][kind] += 1
            tally[item["entity_type"]][role + " reported"][kind] += is_reported(item, found)
            writers[item["entity_type"]][role][kind].add(number)
            if role == "true" and kind in WEAK:
                examples[item["entity_type"]].append(f"c{number} {item['path']} {item.get('location')} {kind}")
    _report(tally, writers, examples, args.examples)


if __name__ == "__main__":
    main()
