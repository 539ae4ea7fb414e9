"""Development corpus for people19's classes (a neighbourhood drill's roster, a rescue team's
memo, a volunteer class's notes): a helper's column of surnames alone, a condition or a swindle
after a person addressed and a colon, a treatment told with its internal disability, a mobile
number after a workplace said in the sentence before, a people of a land. The rules are tuned
on it; benchmarks/corpus_people19_check.py (other words, no template or list in common) checks
them. Scored in process on the detector (PERSON, PHONE, ADDRESS, SENSITIVE by category):

    PYTHONPATH=<tree> .venv/bin/python benchmarks/corpus_people19_dev.py [--check]
"""

from __future__ import annotations

import random
import sys

SURNAMES = ["出雲", "丹波", "薩摩", "西園寺", "堀", "辻", "甲斐", "伊勢", "北条", "東海林"]
FULL = [("大川", "里奈"), ("小野", "浩二"), ("高木", "百合"), ("前原", "和也"), ("遠藤", "千秋"), ("石田", "康平")]
HELPERS = ["避難支援者", "介助者", "付添人", "見守り者", "安否確認者", "班長"]
CONDITIONS = ["慢性閉塞性肺疾患", "関節リウマチ", "てんかん", "パーキンソン病", "慢性心不全"]
SWINDLES = ["還付金詐欺で12万円の被害", "架空請求詐欺で30万円の被害", "投資詐欺で約80万円の被害"]
INTERNAL = ["じん臓機能障害1級で人工透析", "呼吸器機能障害3級のため在宅酸素"]
WORKS = ["食品工場", "介護施設", "物流センター", "ホテルの清掃"]
LANDS = [("ネパール", "タマン族"), ("ミャンマー", "カチン族"), ("ベトナム", "モン族")]
LEARNERS = ["THAPA RAJU", "ZAW MIN", "NGUYEN THI HOA", "PEREIRA ANA"]


def mobile(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def roster(rng: random.Random) -> tuple[str, set]:
    header = rng.choice(HELPERS)
    lines, truth = [f"世帯\t氏名\t{header}\t"], set()
    for i in range(6):
        name, helper = " ".join(rng.choice(FULL)), rng.choice(SURNAMES)
        lines.append(f"世帯: {i + 1}\t氏名: {name}\t{header}: {helper}\t")
        truth |= {("PERSON", name), ("PERSON", helper)}
    return "\n".join(lines) + "\n", truth


def memo(rng: random.Random) -> tuple[str, set]:
    lines, truth = ["救護班の控え", ""], set()
    for _ in range(4):
        name = " ".join(rng.choice(FULL))
        kind, said = rng.choice([("病歴", rng.choice(CONDITIONS)), ("犯罪被害", rng.choice(SWINDLES)),
                                 ("障害", rng.choice(INTERNAL))])
        lines += [f"{name}さん（{rng.randint(1, 9)}班）：{said}", "　避難時は長男が付き添う。"]
        truth |= {("PERSON", name), (f"SENSITIVE/{kind}", said)}
    return "\n".join(lines) + "\n", truth


def notes(rng: random.Random) -> tuple[str, set]:
    lines, truth = ["教室の記録", ""], set()
    for _ in range(3):
        learner, number = rng.choice(LEARNERS), mobile(rng)
        land, people = rng.choice(LANDS)
        lines += [f"{learner}さん：{land}の{people}。", f"　勤め先は{rng.choice(WORKS)}。明日は欠席（{number}より連絡）。"]
        truth |= {("PERSON", learner), ("PHONE", number), ("SENSITIVE/人種・民族", f"{land}の{people}")}
    return "\n".join(lines) + "\n", truth


def docs(seed: int = 19, count: int = 30) -> list[tuple[str, set]]:
    rng = random.Random(seed)
    return [rng.choice([roster, memo, notes])(rng) for _ in range(count)]


def score(corpus: list[tuple[str, set]]) -> tuple[int, int, int]:
    """(values found, values missed, findings of the scored types no value holds) over corpus."""
    from detectors import Detector, build_analyzer, load_ja_nlp

    detector = Detector(build_analyzer(load_ja_nlp()))
    found = missed = wrong = 0
    for text, truth in corpus:
        findings = {(d.entity_type + (f"/{d.category}" if d.category else ""), d.text) for d in detector.detect(text)}
        for kind, value in truth:
            hit = any(k == kind and (value in v or v in value) and len(v) >= len(value) / 2 for k, v in findings)
            found, missed = found + hit, missed + (not hit)
        wrong += sum(1 for k, v in findings if not any(k == t and (v in value or value in v) for t, value in truth))
    return found, missed, wrong


def errors(corpus: list[tuple[str, set]]) -> list[str]:
    """The values missed, one line each (type and value: made-up people)."""
    from detectors import Detector, build_analyzer, load_ja_nlp

    detector = Detector(build_analyzer(load_ja_nlp()))
    lines = []
    for text, truth in corpus:
        findings = {(d.entity_type + (f"/{d.category}" if d.category else ""), d.text) for d in detector.detect(text)}
        lines += [f"MISS {kind} {value}" for kind, value in sorted(truth)
                  if not any(k == kind and (value in v or v in value) for k, v in findings)]
    return lines


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.path.insert(0, __file__.rsplit("/", 1)[0])
        from corpus_people19_check import docs as check_docs  # noqa: E402

        corpus = check_docs()
    else:
        corpus = docs()
    found, missed, wrong = score(corpus)
    if "--errors" in sys.argv:
        print(*errors(corpus), sep="\n")
    precision = found / max(1, found + wrong)
    recall = found / max(1, found + missed)
    print(f"values {found + missed}: found {found}, missed {missed}, wrong findings {wrong}; "
          f"P {precision:.3f} R {recall:.3f} F1 {2 * precision * recall / max(1e-9, precision + recall):.3f}")
