"""Recall of names (PERSON) by the surface of the name, in the contexts writers gave names.

    PYTHONPATH=. .venv/bin/python benchmarks/name_variants.py --corpora 20 21 22 23 24 25 26
                                  [--names A|B] [--wiki-half A] [--per-source 150] [--seed 28]
                                  [--scores /work/scores/base_c]

A measure no writer decides: each true full name written in kanji in a development
corpus's txt or csv file is cut with the context its writer gave it (as
benchmarks/surface_variants.py cuts identifiers: a line and the line above, a csv's
row with the file's first rows), and so is each full name of the wiki development
set's half (its sentence and the one before). Only the name is replaced, by a made-up
name rendered in a surface real offices write (no space, an ideographic or half-width
space, a surname no dictionary knows, old kanji, a given name in kana, a whole name in
katakana or in roman letters, three-kanji and one-kanji surnames, an honorific after).
The scanner runs in process on each; a name counts as found when a PERSON finding on
its row holds the whole name ("full") or shares two characters with it ("part", the
scorers' rule). Only contexts whose written name is found count (the control), so
recall is relative to it. Two disjoint lists of made-up names: A to decide on, B the
check. Prints recall (n) per variant, development and wiki contexts apart.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.surface_variants import FIXED_WIDTH, Sample, line_index, read_text, table_head  # noqa: E402

KANJI_NAME = re.compile(r"[\u4e00-\u9fff々ヶ﨑髙]{1,4}[ 　]?[\u4e00-\u9fff々]{1,4}")
HONORIFIC_AFTER = re.compile(r"^(?:様|さま|さん|氏|先生|くん|君|殿|ちゃん)")
HONORIFICS = {"sama": "様", "san": "さん", "shi": "氏", "sensei": "先生", "kun": "くん"}


@dataclass(frozen=True)
class NameList:
    """Made-up names by kind; a common surname or given name is (kanji, hiragana, roman)."""
    surnames: tuple[tuple[str, str, str], ...]
    given: tuple[tuple[str, str, str], ...]
    unknown_surnames: tuple[str, ...]  # two common kanji no dictionary holds as a surname
    old_kanji_surnames: tuple[str, ...]
    three_kanji_surnames: tuple[str, ...]
    one_kanji_surnames: tuple[str, ...]
    one_kanji_given: tuple[str, ...]


NAME_LISTS = {
    "A": NameList(
        surnames=(("杉浦", "すぎうら", "Sugiura"), ("森下", "もりした", "Morishita"), ("河野", "こうの", "Kono"),
                  ("石井", "いしい", "Ishii"), ("松尾", "まつお", "Matsuo"), ("柴田", "しばた", "Shibata")),
        given=(("美咲", "みさき", "Misaki"), ("健太", "けんた", "Kenta"), ("彩花", "あやか", "Ayaka"),
               ("大輔", "だいすけ", "Daisuke"), ("千尋", "ちひろ", "Chihiro"), ("翔太", "しょうた", "Shota")),
        unknown_surnames=("鴇森", "筧原", "榊瀬", "柾浦", "蕗岡", "杣塚", "柊倉", "萱浦"),
        old_kanji_surnames=("髙橋", "山﨑", "渡邊", "齋藤", "澤田"),
        three_kanji_surnames=("長谷川", "五十嵐", "小野寺", "久保田"),
        one_kanji_surnames=("林", "森", "堀", "原"),
        one_kanji_given=("翔", "茜", "涼", "薫")),
    "B": NameList(
        surnames=(("北村", "きたむら", "Kitamura"), ("菅原", "すがわら", "Sugawara"), ("平野", "ひらの", "Hirano"),
                  ("大塚", "おおつか", "Otsuka"), ("横山", "よこやま", "Yokoyama"), ("荒木", "あらき", "Araki")),
        given=(("拓海", "たくみ", "Takumi"), ("結衣", "ゆい", "Yui"), ("直樹", "なおき", "Naoki"),
               ("麻衣", "まい", "Mai"), ("和也", "かずや", "Kazuya"), ("沙織", "さおり", "Saori")),
        unknown_surnames=("菱瀬", "蔦倉", "楓沢", "杏浦", "樫瀬", "鷲倉", "檜塚", "柚尾"),
        old_kanji_surnames=("髙野", "岡﨑", "田邊", "齊藤", "濱田"),
        three_kanji_surnames=("宇佐美", "大久保", "小早川", "長谷部"),
        one_kanji_surnames=("辻", "関", "岸", "東"),
        one_kanji_given=("蓮", "凛", "誠", "萌")),
}
VARIANTS = ("control", "swap", "no_space", "ideographic_space", "half_space", "unknown_surname", "old_kanji",
            "given_hiragana", "given_katakana", "whole_katakana", "roman_given_first", "roman_surname_first",
            "three_kanji_surname", "one_kanji_each", *HONORIFICS)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def renders(names: NameList, rng: random.Random, sep: str) -> dict[str, tuple[str, str]]:
    """variant → (name, honorific after it): made-up names, the writer's separator
    kept where the variant is not about the separator."""
    (sur, sur_kana, sur_roman), (given, given_kana, given_roman) = rng.choice(names.surnames), rng.choice(names.given)
    out = {"swap": sur + sep + given, "no_space": sur + given, "ideographic_space": sur + "　" + given,
           "half_space": sur + " " + given, "unknown_surname": rng.choice(names.unknown_surnames) + sep + given,
           "old_kanji": rng.choice(names.old_kanji_surnames) + sep + given,
           "given_hiragana": sur + sep + given_kana, "given_katakana": sur + sep + katakana(given_kana),
           "whole_katakana": katakana(sur_kana) + (sep or "　") + katakana(given_kana),
           "roman_given_first": f"{given_roman} {sur_roman.upper()}",
           "roman_surname_first": f"{sur_roman.upper()} {given_roman}",
           "three_kanji_surname": rng.choice(names.three_kanji_surnames) + sep + given,
           "one_kanji_each": rng.choice(names.one_kanji_surnames) + sep + rng.choice(names.one_kanji_given)}
    rendered = {name: (value, "") for name, value in out.items()}
    rendered.update({name: (sur + sep + given, word) for name, word in HONORIFICS.items()})
    return rendered


def separator(value: str) -> str:
    return next((c for c in value if c in " 　"), "")


def full_name(value: str) -> bool:
    """A whole name in kanji: surname and given name (three to eight kanji, or two with a space)."""
    return bool(KANJI_NAME.fullmatch(value)) and len(value.replace(" ", "").replace("　", "")) >= 3


def dev_samples(scores: str, corpus: str) -> list[Sample]:
    """The corpus's true full names in txt and csv files, cut with their context."""
    root = Path(f"{scores}{corpus}")
    docs = root / "docs" if (root / "docs").is_dir() else root / "tree"
    out = []
    for line in (root / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if (item.get("record") == "item" and item.get("entity_type") == "PERSON" and not item.get("negative")
                and "!" not in item["path"] and item["path"].endswith((".txt", ".csv")) and full_name(item["value"])):
            sample = cut(docs, item)
            if sample is not None:
                out.append(sample)
    return out


def cut(docs: Path, item: dict) -> Sample | None:
    path, index = item["path"], line_index(item["path"], item.get("location", ""))
    if index is None or not (docs / path).is_file():
        return None
    lines = read_text(docs / path).splitlines()
    if index >= len(lines):
        return None
    line = lines[index]
    match = re.search(r"[ 　]?".join(map(re.escape, item["value"].replace(" ", "").replace("　", ""))), line)
    if match is None:
        return None
    tabular = path.endswith(".csv") or FIXED_WIDTH.search(line)
    above = table_head(lines, index) if tabular else (lines[index - 1] if index > 0 else "")
    return Sample("PERSON", path.endswith(".csv"), above, line[:match.start()], match.group(), line[match.end():])


def wiki_samples(data: Path, which: str) -> list[Sample]:
    """The full names of one half of the wiki set, each with its sentence and the one before."""
    from benchmarks.wiki_person import half
    names = {p.name for p in half(sorted((data / "docs").glob("*.txt")), which)}
    texts: dict[str, list[str]] = {}
    out = []
    for line in (data / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        name = Path(item.get("path", "")).name
        if (item.get("record") != "item" or item.get("negative") or item.get("entity_type") != "PERSON"
                or name not in names or not full_name(item["value"])):
            continue
        lines = texts.setdefault(name, (data / "docs" / name).read_text(encoding="utf-8").split("\n"))
        start = item["start"] - sum(len(x) + 1 for x in lines[:item["line"] - 1])
        sentence = lines[item["line"] - 1]
        if sentence[start:start + len(item["value"])] == item["value"]:
            above = lines[item["line"] - 2] if item["line"] > 1 else ""
            out.append(Sample("PERSON", False, above, sentence[:start], item["value"], sentence[start + len(item["value"]):]))
    return out


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def found(scanner, sample: Sample, name: str, honorific: str = "") -> tuple[bool, bool]:
    """(whole name found, part of it found): a PERSON finding on the name's row."""
    after = HONORIFIC_AFTER.sub("", sample.after) if honorific else sample.after
    text = (sample.above + "\n" if sample.above else "") + sample.before + name + honorific + after
    row = sample.above.count("\n") + 2 if sample.above else 1
    want, whole, part = _norm(name), False, False
    for finding in scanner.scan_bytes("variant.csv" if sample.table else "variant.txt", text.encode("utf-8")).findings:
        got = _norm(finding.text or "")
        where = re.search(r"(\d+)", finding.location or "")
        if finding.entity_type != "PERSON" or not got or not where or int(where.group(1)) != row:
            continue
        whole = whole or want in got
        part = part or got in want or want in got or any(want[i:i + 2] in got for i in range(len(want) - 1))
    return whole, part


def measure(scanner, samples: list[Sample], names: NameList, seed: int) -> dict[str, list[int]]:
    """variant → [whole found, part found, n], over the samples whose written name is found."""
    table = {name: [0, 0, 0] for name in VARIANTS}
    rng = random.Random(seed)
    for sample in samples:
        cases = renders(names, rng, separator(sample.value))
        control = found(scanner, sample, sample.value)
        table["control"][0] += control[0]
        table["control"][1] += control[1]
        table["control"][2] += 1
        if not control[1]:
            continue
        for variant, (name, honorific) in cases.items():
            whole, part = found(scanner, sample, name, honorific)
            table[variant][0] += whole
            table[variant][1] += part
            table[variant][2] += 1
    return table


def render(tables: dict[str, dict[str, list[int]]]) -> str:
    """A row a variant, a column pair (whole, part) a set of contexts; control is of all
    samples, every other row of those whose control was found."""
    sources = list(tables)
    lines = [f"{'variant':<22}" + "".join(f"{s + ' whole':>16}{s + ' part':>12}" for s in sources)]
    for variant in VARIANTS:
        cells = []
        for source in sources:
            whole, part, n = tables[source][variant]
            cells.append(f"{whole / n:.2f} ({n})" if n else "-")
            cells.append(f"{part / n:.2f}" if n else "-")
        lines.append(f"{variant:<22}" + "".join(f"{a:>16}{b:>12}" for a, b in zip(cells[::2], cells[1::2])))
    return "\n".join(lines)


def draw(samples: list[Sample], count: int, seed: int) -> list[Sample]:
    return random.Random(seed).sample(samples, min(count, len(samples)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", default=["20", "21", "22", "23", "24", "25", "26"])
    parser.add_argument("--scores", default="/work/scores/base_c")
    parser.add_argument("--names", choices=sorted(NAME_LISTS), default="A")
    parser.add_argument("--wiki-half", choices=("A", "B", "none"), default="A")
    parser.add_argument("--per-source", type=int, default=150)
    parser.add_argument("--seed", type=int, default=28)
    args = parser.parse_args()
    if any(int(c) >= 27 for c in args.corpora):
        sys.exit("corpora 27 and later are held out")
    sources = {"dev": draw([s for c in args.corpora for s in dev_samples(args.scores, c)], args.per_source, args.seed)}
    if args.wiki_half != "none":
        from benchmarks.wiki_person import default_data
        sources["wiki"] = draw(wiki_samples(default_data(), args.wiki_half), args.per_source, args.seed)
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner
    scanner = ObjectScanner(build_detector())
    names = NAME_LISTS[args.names]
    print(f"names {args.names}; corpora {' '.join(args.corpora)}; wiki half {args.wiki_half}; seed {args.seed}")
    print(render({source: measure(scanner, samples, names, args.seed) for source, samples in sources.items()}))


if __name__ == "__main__":
    main()
