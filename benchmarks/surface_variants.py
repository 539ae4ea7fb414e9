"""Recall of the identifier detectors by surface variant of the value.

    PYTHONPATH=. .venv/bin/python benchmarks/surface_variants.py --corpora 20 21 22 23 24 25
                                  [--scores /work/scores/main90_c] [--per-type 60] [--seed 27]
                                  [--variants control line_break]

A measure no writer decides: each true identifier of the development corpora (txt and
csv files) is taken with the context its writer gave it (its line and the line above,
or a csv's header row), and only the value is re-rendered in surface variants real
offices use (full-width digits, other dashes, blanks, groups of four, no separators, a
line break inside at a break opportunity and inside a group, parentheses, the label
after the value). The detector runs in
process on each variant; a value counts as found when a finding of its type overlaps
it. The control (the value as written) must be found about always, else the cut is
wrong. Prints recall (n) per type and variant.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TYPES = ("MY_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "BASIC_PENSION_NUMBER", "HEALTH_INSURANCE_NUMBER",
         "DRIVERS_LICENSE", "RESIDENCE_CARD", "PASSPORT", "PHONE", "POSTAL_CODE", "BANK_ACCOUNT",
         "CREDIT_CARD")
DASHES = {"choon": "ー", "minus": "−", "en_dash": "–", "hyphen": "‐", "fw_hyphen": "－", "blank": " "}
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SEPARATOR = r"[-‐–−ー－ 　]?"
# a csv's context: its first rows (its header, or rows whose column the value shares in a headerless table)
TABLE_HEAD = 12
# a host export's fixed-width record (fields apart by runs of blanks): cut as a table
FIXED_WIDTH = re.compile(r"\S {2,}\S.* {2,}\S.* {2,}\S")
LABEL_BEFORE = re.compile(r"([^\s　,、:：=＝]+)[:：=＝][\s　]*$")


@dataclass(frozen=True)
class Sample:
    """A true value on its line: above is the label line (the line before, or a csv's
    header), before/value/after the line cut around the value as written."""
    entity_type: str
    table: bool
    above: str
    before: str
    value: str
    after: str
    record: bool = False  # a host export's fixed-width record: a table's row, its label its header

    def text(self, value: str | None = None) -> tuple[str, int, int]:
        """The context with value (default: as written) in place; the value's span."""
        value = self.value if value is None else value
        head = (self.above + "\n" if self.above else "") + self.before
        return head + value + self.after, len(head), len(head) + len(value)


def key_of(value: str) -> str:
    """The identifier itself: a bank account's truth may lead with its kind (普通預金)."""
    return re.sub(r"^[^\x00-\x7f]+\s*", "", value).strip()


def surface_pattern(key: str) -> re.Pattern:
    """The key as a writer may have written it: any char half or full width, an
    optional dash or blank between any two."""
    parts = []
    for char in key:
        if char.isalnum():
            parts.append("[" + re.escape(char) + re.escape(char.translate(FULL_WIDTH)) + "]")
    return re.compile(SEPARATOR.join(parts))


def variants(value: str) -> dict[str, str]:
    """The value re-rendered; every variant keeps the value's letters and digits."""
    plain = "".join(c for c in value if alnum(c))
    out = {"control": value, "full_width": value.translate(FULL_WIDTH)}
    if "-" in value:
        for name, dash in DASHES.items():
            out["dash_" + name] = value.replace("-", dash)
    out["groups_of_4"] = " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    out["no_separator"] = plain
    out["line_break"], out["line_break_group"] = line_breaks(value)
    out["parentheses"] = "（" + value + "）"
    return out


_GROUP = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")


def line_breaks(value: str) -> tuple[str, str]:
    """The value wrapped over two lines: where a wrap at a break opportunity puts it (after
    the first dash, at the blank nearest the middle, which the break takes; the middle of a
    value with neither), and where a narrow cell's wrap by width does (the middle of the
    value's longest group: a renderer breaks inside a number too long for its cell, and
    an OCR line, a host's fixed-width field end anywhere)."""
    first = re.search(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]", value)  # the identifier, not the words before it (普通預金 1234567)
    lead, core = value[:first.start()], value[first.start():]
    blanks = [i for i, c in enumerate(core) if c in " 　"]
    if "-" in core:
        cut = core.index("-") + 1
        at_opportunity = core[:cut] + "\n" + core[cut:]
    elif blanks:
        cut = min(blanks, key=lambda i: abs(2 * i - len(core)))
        at_opportunity = core[:cut] + "\n" + core[cut + 1:]
    else:
        at_opportunity = core[:len(core) // 2] + "\n" + core[len(core) // 2:]
    group = max(_GROUP.finditer(core), key=lambda m: len(m.group()))
    cut = group.start() + len(group.group()) // 2
    return lead + at_opportunity, lead + core[:cut] + "\n" + core[cut:]


def label_after(sample: Sample) -> tuple[str, int, int]:
    """The label after the value: a label that ends the text before the value on its
    line (氏名：… 番号：) moved behind the value; else the label line above (a csv's
    header) moved below the value's line."""
    label = LABEL_BEFORE.search(sample.before) if not sample.table else None
    if label:
        head = (sample.above + "\n" if sample.above else "") + sample.before[:label.start()]
        text = head + sample.value + "　" + label.group(1) + sample.after
        return text, len(head), len(head) + len(sample.value)
    line = sample.before + sample.value + sample.after
    start = len(sample.before)
    return line + ("\n" + sample.above if sample.above else ""), start, start + len(sample.value)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def line_index(path: str, location: str) -> int | None:
    """The 0-based line of a txt's L<n> or a csv's cell (row n)."""
    match = re.fullmatch(r"L(\d+)", location) if path.endswith(".txt") else re.fullmatch(r"[A-Z]+(\d+)", location)
    return int(match.group(1)) - 1 if match else None


def table_head(lines: list[str], index: int, column: int | None = None) -> str:
    """A csv's first rows but the value's own: its header, or in a headerless table the
    rows whose columns tell what the value's column holds. With the value's column
    given, the first row (a header, if any) and then the first rows whose cell in that
    column is filled: a mostly empty column (residence cards of the few foreign staff)
    keeps the values that tell what it holds, as the whole file does; a full column
    reads the same rows as before."""
    others = [i for i in range(len(lines)) if i != index]
    if column is not None and others:
        chosen = others[:1] + [i for i in others[1:] if _cell(lines[i], column)][:TABLE_HEAD - 1]
        chosen += [i for i in others if i not in chosen][:TABLE_HEAD - len(chosen)]  # too few filled: the first rows
        return "\n".join(lines[i] for i in sorted(chosen))
    return "\n".join([line for i, line in enumerate(lines[:TABLE_HEAD + 1]) if i != index][:TABLE_HEAD])


def _cell(line: str, column: int) -> str:
    """A csv line's cell at column (split at commas, as a plain export writes them), stripped."""
    cells = line.split(",")
    return cells[column].strip().strip('"') if column < len(cells) else ""


def sample_of(item: dict, docs: Path) -> Sample | None:
    path = item["path"]
    index = line_index(path, item.get("location", ""))
    if index is None:
        return None
    if not (docs / path).is_file():
        return None
    lines = read_text(docs / path).splitlines()
    if index >= len(lines):
        return None
    line, key = lines[index], key_of(item["value"])
    match = surface_pattern(key).search(line) if key else None
    if match is None:
        return None
    tabular = path.endswith(".csv") or FIXED_WIDTH.search(line)
    column = line[:match.start()].count(",") if path.endswith(".csv") else None
    above = table_head(lines, index, column) if tabular else (lines[index - 1] if index > 0 else "")
    return Sample(item["entity_type"], path.endswith(".csv"), above, line[:match.start()], match.group(), line[match.end():],
                  bool(tabular))


def true_items(scores: str, corpus: str):
    """Positive identifier items of one corpus in a txt or csv file (not an archive's member)."""
    truth = Path(f"{scores}{corpus}") / "truth.jsonl"
    for line in truth.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if (item.get("record") == "item" and item.get("entity_type") in TYPES and not item.get("negative")
                and "!" not in item["path"] and item["path"].endswith((".txt", ".csv"))):
            yield item


def collect(scores: str, corpora: list[str], per_type: int, seed: int) -> dict[str, list[Sample]]:
    """At most per_type samples a type, drawn with seed from every corpus listed."""
    by_type: dict[str, list[Sample]] = defaultdict(list)
    for corpus in corpora:
        docs = Path(f"{scores}{corpus}") / "docs"
        docs = docs if docs.is_dir() else docs.with_name("tree")  # corpora 7-14 keep their files in tree/
        for item in true_items(scores, corpus):
            sample = sample_of(item, docs)
            if sample is not None:
                by_type[sample.entity_type].append(sample)
    rng = random.Random(seed)
    return {t: rng.sample(s, min(per_type, len(s))) for t, s in sorted(by_type.items())}


def alnum(text: str) -> str:
    """The letters and digits of text, half width, upper case (no dash, no ー)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isascii() and c.isalnum()).upper()


def found(scanner, sample: Sample, text: str, value: str) -> bool:
    """The context scanned as a file of the sample's kind (a csv's cells read under
    their header, as a scan reads them): a finding of the type covering the value."""
    name = "variant.csv" if sample.table else "variant.txt"
    key = alnum(value)
    for finding in scanner.scan_bytes(name, text.encode("utf-8")).findings:
        got = alnum(finding.text or "")
        if finding.entity_type == sample.entity_type and got and (key in got or (got in key and 2 * len(got) >= len(key))):
            return True
    return False


def cases(sample: Sample) -> dict[str, tuple[str, str]]:
    """variant → (context text, value as rendered)."""
    out = {name: (sample.text(value)[0], value) for name, value in variants(sample.value).items()}
    if sample.table:  # a line break inside a csv cell: the whole cell quoted, as a spreadsheet writes it
        for name in ("line_break", "line_break_group"):
            out[name] = (quoted_cell(sample, out[name][1]), out[name][1])
    if not sample.record:  # a table's label is its header (a csv's, a fixed-width record's): no "after" to move it to
        out["label_after"] = (label_after(sample)[0], sample.value)
    return out


def quoted_cell(sample: Sample, value: str) -> str:
    """The csv's context with value in place and the cell holding it quoted (its quotes
    doubled), unless the writer quoted it already."""
    if sample.before.count('"') % 2:  # inside a quoted cell
        return sample.text(value)[0]
    cell_start = sample.before.rfind(",") + 1
    cell_end = sample.after.find(",") if "," in sample.after else len(sample.after)
    cell = sample.before[cell_start:] + value + sample.after[:cell_end]
    line = sample.before[:cell_start] + '"' + cell.replace('"', '""') + '"' + sample.after[cell_end:]
    return (sample.above + "\n" if sample.above else "") + line


def measure(scanner, samples: dict[str, list[Sample]], only: list[str] | None = None) -> dict[str, dict[str, list[int]]]:
    """type → variant → [found, n] (only: these variants)."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for entity_type, group in samples.items():
        for sample in group:
            for name, (text, value) in cases(sample).items():
                if only and name not in only:
                    continue
                cell = table[entity_type][name]
                cell[0] += found(scanner, sample, text, value)
                cell[1] += 1
    return table


VARIANT_ORDER = ["control", "full_width", *("dash_" + d for d in DASHES), "groups_of_4", "no_separator",
                 "line_break", "line_break_group", "parentheses", "label_after"]


def render(table: dict[str, dict[str, list[int]]]) -> str:
    """A grid: a row a type, a column a variant, cells recall with n (- where the
    variant does not apply: no hyphen to replace)."""
    lines = ["variants: " + " ".join(f"{i}={name}" for i, name in enumerate(VARIANT_ORDER)),
             f"{'type':<28}" + "".join(f"{i:>10}" for i in range(len(VARIANT_ORDER)))]
    for entity_type in sorted(table):
        cells = []
        for name in VARIANT_ORDER:
            hit, n = table[entity_type].get(name, (0, 0))
            cells.append(f"{hit / n:.2f}/{n}" if n else "-")
        lines.append(f"{entity_type:<28}" + "".join(f"{c:>10}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", default=["20", "21", "22", "23", "24", "25"])
    parser.add_argument("--scores", default="/work/scores/main90_c")
    parser.add_argument("--per-type", type=int, default=60)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--variants", nargs="+", help="measure these variants only (e.g. control line_break)")
    args = parser.parse_args()
    if any(c in ("27", "28") for c in args.corpora):
        sys.exit("corpora 27 and 28 are held out")
    samples = collect(args.scores, args.corpora, args.per_type, args.seed)
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner
    print(render(measure(ObjectScanner(build_detector()), samples, args.variants)))


if __name__ == "__main__":
    main()
