"""Three ways to tell people from things named like people, measured before any is kept (wikilook3).

    .venv/bin/python benchmarks/wikilook3_directions.py [--train A1] [--judge A1 A2] [--without-rounds]

Each is judged by what it would take from PERSON's findings on a part of the Wikipedia
development set (wiki_person.py; half A only, A1 and A2 its alternate files): right
names lost against wrong findings and look-alikes removed.
1. Dictionary ambiguity: a one-word candidate whose surface the dictionary also holds
   as a non-person proper noun (固有名詞-一般; with --places also 地名), by sudachipy's
   Dictionary.lookup of every entry, dropped unless something beside it says person
   (a role or an honorific after it, a role and の before it, listed with another finding).
2. GiNZA's NER on the line of those ambiguous candidates only: dropped when its label
   for the candidate is not Person.
3. A learned scorer of the words around a candidate (features below), estimated on every
   marked name of --train (people against companies, products, bodies, parties; proper
   nouns and numbers as their part of speech) and applied to --judge: naive-Bayes log-odds
   under a threshold, or a feature seen only around things at least N times.
--without-rounds switches off the three earlier rounds' look-alike rules (person_things,
person_org, person_trade), to see what each way does on the look-alikes they removed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from wiki_person import default_data, half, load_truth, same_name  # noqa: E402

WINDOW = 12  # characters read either side of a candidate
MASKED = {"固有名詞": "<固有名詞>", "数詞": "<数詞>"}
KINDS = frozenset({"PERSON", "NE_CORPORATION", "NE_PRODUCT", "NE_OTHER_ORG", "NE_POLITICAL_ORG"})


def _side(tokenize, piece: str) -> list[tuple[str, str]]:
    """(word, part of speech) of piece's words; a proper noun or a number as its part of speech."""
    words = []
    for morpheme in tokenize(piece) if piece else []:
        pos = morpheme.part_of_speech()
        if pos[0] != "空白":
            words.append((MASKED.get(pos[1], morpheme.surface()), f"{pos[0]}-{pos[1]}"))
    return words


def features(tokenize, text: str, start: int, end: int) -> list[str]:
    """The first one, two, three words after text[start:end] and the last one, two before
    it, within WINDOW characters of its line, as words and as parts of speech."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _side(tokenize, text[max(line_start, start - WINDOW):start])[-2:]
    after = _side(tokenize, text[end:min(line_end, end + WINDOW)])[:3]
    found = ["R1=" + after[0][0] if after else "R0", "L1=" + before[-1][0] if before else "L0"]
    found += ["R1p=" + after[0][1]] if after else []
    found += ["R2=" + after[0][0] + "|" + after[1][0], "R2p=" + after[0][0] + "|" + after[1][1]] if len(after) > 1 else []
    found += ["R3=" + "|".join(word for word, _ in after)] if len(after) > 2 else []
    found += ["L1p=" + before[-1][1]] if before else []
    found += ["L2=" + before[0][0] + "|" + before[1][0], "L2p=" + before[0][1] + "|" + before[1][0]] if len(
        before) > 1 else []
    return found


def counts(data: Path, which: str, tokenize) -> tuple[Counter, Counter]:
    """Feature counts around the marked people of a half and around its things of KINDS."""
    names = {path.name for path in half(sorted((data / "docs").glob("*.txt")), which)}
    texts: dict[str, str] = {}
    people, things = Counter(), Counter()
    for line in (data / "truth.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        name = Path(item.get("path", "")).name
        if item.get("record") == "item" and name in names and item["entity_type"] in KINDS:
            text = texts.setdefault(name, (data / "docs" / name).read_text(encoding="utf-8"))
            (things if item.get("negative") else people).update(features(tokenize, text, item["start"], item["end"]))
    return people, things


def log_odds(people: Counter, things: Counter) -> dict[str, float]:
    vocabulary = set(people) | set(things)
    p_total, t_total = sum(people.values()) + len(vocabulary), sum(things.values()) + len(vocabulary)
    return {f: math.log((people[f] + 1) / p_total) - math.log((things[f] + 1) / t_total) for f in vocabulary
            if people[f] + things[f] >= 3}


def candidates(detector, data: Path, which: str) -> list[dict]:
    """PERSON findings of a half: file text, span, and right / wrong / look-alike."""
    files = half(sorted((data / "docs").glob("*.txt")), which)
    names = {path.name for path in files}
    truth = {k: v for k, v in load_truth(data).items() if k[0] in names}
    negatives = {k: v for k, v in load_truth(data, True).items() if k[0] in names}
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for result in detector.detect(text):
            if result.entity_type == "PERSON":
                key = (path.name, text.count("\n", 0, result.start) + 1)
                right = any(same_name(value, result.text) for value in truth.get(key, []))
                alike = not right and any(same_name(value, result.text) for value in negatives.get(key, []))
                found.append(dict(text=text, start=result.start, end=result.end, right=right, alike=alike))
    return found


def person_evidence(found: dict, spans: set[tuple[int, int]]) -> bool:
    """A role or an honorific after the candidate, a role and の before it, or another
    finding listed beside it (…、…, …と…, …・…)."""
    from detectors.jp.person_prose import addressed, after_a_role
    from detectors.jp.person_words import PROSE_TITLES

    text, start, end = found["text"], found["start"], found["end"]
    if addressed(text, end) or after_a_role(text, start) or any(text.startswith(t, end) for t in PROSE_TITLES):
        return True
    return any(0 < s - end <= 1 and text[end] in "、と・" or 0 < start - e <= 1 and text[e] in "、と・"
               for s, e in spans)


def ambiguous(found: dict, dictionary, tokenize, places: bool) -> bool:
    """One word that the dictionary also holds as a non-person proper noun (or a place)."""
    value = found["text"][found["start"]:found["end"]]
    if len(tokenize(value)) != 1:
        return False
    kinds = {tuple(m.part_of_speech()[1:3]) for m in dictionary.lookup(value)}
    return ("固有名詞", "一般") in kinds or (places and ("固有名詞", "地名") in kinds)


def ner_says_person(found: dict, nlp) -> bool:
    text, start, end = found["text"], found["start"], found["end"]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    doc = nlp(text[line_start:line_end if line_end >= 0 else len(text)])
    return any(e.label_ == "Person" for e in doc.ents
               if e.start_char < end - line_start and e.end_char > start - line_start)


def tally(rows: list[dict], dropped) -> str:
    gone = [row for row in rows if dropped(row)]
    right = sum(row["right"] for row in gone)
    alike = sum(row["alike"] for row in gone)
    return f"-{right} right, -{len(gone) - right} wrong (-{alike} look-alikes)"


def judge(rows: list[dict], dictionary, tokenize, nlp, weights: dict, people: Counter, things: Counter) -> None:
    """Print what each way would drop from rows."""
    by_text: dict[int, set] = {}
    for row in rows:
        by_text.setdefault(id(row["text"]), set()).add((row["start"], row["end"]))
    for places in (False, True):
        amb = [row for row in rows if ambiguous(row, dictionary, tokenize, places)]
        unsupported = [row for row in amb if not person_evidence(row, by_text[id(row["text"])])]
        label = "固有名詞-一般 or 地名" if places else "固有名詞-一般"
        print(f"  1. ambiguous ({label}): {len(amb)} candidates ({sum(r['right'] for r in amb)} right); "
              f"without person evidence dropped: {tally(unsupported, lambda row: True)}")
        chars = sum(len(row["text"].split("\n")[row["text"].count("\n", 0, row["start"])]) for row in amb)
        print(f"  2. NER on those lines ({chars:,} chars to NER): dropped unless Person: "
              f"{tally(amb, lambda row: not ner_says_person(row, nlp))}")
    for row in rows:
        row["features"] = features(tokenize, row["text"], row["start"], row["end"])
    for threshold in (-6, -4, -2):
        print(f"  3a. log-odds < {threshold}: "
              f"{tally(rows, lambda row: sum(weights.get(f, 0.0) for f in row['features']) < threshold)}")
    for seen in (4, 8):
        print(f"  3b. a feature seen >= {seen} times around things, never around people: "
              f"{tally(rows, lambda row: any(things[f] >= seen and not people[f] for f in row['features']))}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--train", choices=("A", "A1", "A2"), default="A1")
    parser.add_argument("--judge", nargs="+", choices=("A", "A1", "A2"), default=["A1", "A2"])
    parser.add_argument("--without-rounds", action="store_true", help="switch off person_things/org/trade")
    args = parser.parse_args()
    from sudachipy import Dictionary

    import detectors.jp.person as person
    from detectors import Detector, build_analyzer, load_ja_nlp

    if args.without_rounds:
        person.names_a_thing_in_prose = lambda *_: False
        person.things_in_text = lambda *_: set()
    nlp = load_ja_nlp()
    tokenize = nlp.tokenizer.tokenizer.tokenize
    detector = Detector(build_analyzer(nlp))
    people, things = counts(args.data, args.train, tokenize)
    weights = log_odds(people, things)
    dictionary = Dictionary(dict="core")
    for which in args.judge:
        rows = candidates(detector, args.data, which)
        print(f"{which}: {len(rows)} findings, {sum(r['right'] for r in rows)} right, "
              f"{sum(r['alike'] for r in rows)} look-alikes (scorer estimated on {args.train})")
        judge(rows, dictionary, tokenize, nlp, weights, people, things)


if __name__ == "__main__":
    main()
