"""An experiment of care9 (issue 12): can GiNZA's own word vectors tell a 要配慮 category
from a sentence's meaning, whatever its phrasing? A nearest-centroid reader: each
category's centroid is the mean vector of words from its definition in general knowledge
(SEEDS, no corpus's strings), a sentence's content words (nouns, verbs, adjectives with a
vector) each vote for the category whose centroid is nearest, above a threshold and ahead
of the office words' centroid. Measured, not switched on.

    .venv/bin/python benchmarks/vectors_care9.py [--threshold 0.55] [--corpus7 DIR]

Sentences: the (sentence, category or None) lists of the earlier rounds' development
generators (the threshold is chosen on them) and of their check generators (reported);
with --corpus7, the 要配慮 values and look-alike values of a kept corpus 7 run
(detection_report.py --keep DIR), read as texts (aggregate figures only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CATEGORIES = ("病歴", "障害", "犯罪歴", "犯罪被害", "信条", "宗教", "人種・民族", "労働組合", "健康診断結果", "本籍")
SEEDS = {
    "病歴": "病気 疾患 診断 治療 入院 手術 通院 服薬 症状 発症 再発 療養 がん 糖尿病 うつ病 喘息 骨折 感染",
    "障害": "障害 車椅子 補聴器 手帳 介助 不自由 歩行 視覚 聴覚 麻痺 発達 自閉 義足 点字 手話",
    "犯罪歴": "逮捕 起訴 有罪 判決 懲役 罰金 前科 服役 執行猶予 容疑 刑務所 送検",
    "犯罪被害": "被害 盗難 詐欺 暴行 ストーカー 被害届 空き巣 加害 痴漢 脅迫 虐待",
    "信条": "政党 党員 支持 選挙 思想 信念 政治 主義 後援 議員",
    "宗教": "宗教 信仰 信者 教会 寺院 礼拝 仏教 キリスト教 神社 信徒 宗派 檀家",
    "人種・民族": "民族 出身 国籍 在日 ルーツ 先住 移民 人種",
    "労働組合": "組合 組合員 執行 委員長 労働 団体交渉 ストライキ",
    "健康診断結果": "健診 検査 血圧 血糖 判定 再検査 精密 所見 数値 基準",
    "本籍": "本籍 戸籍 籍",
}
NONE = "会議 業務 予定 報告 資料 確認 出張 売上 顧客 連絡 研修 作業 担当 提出 計画 案内 商品 施設"
CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}
DEV = ["corpus_care8_dev", "corpus_events8_dev", "corpus_sens7_dev", "corpus_sens6_dev"]
CHECK = ["corpus_care8_check", "corpus_events8_check", "corpus_sens7_check", "corpus_sens6_check"]


def _items(module_name: str) -> list[tuple[str, str | None]]:
    """(sentence, category or None) of a generator's upper-case lists."""
    module = __import__(f"benchmarks.{module_name}", fromlist=["_"])
    out, stack = [], [v for k, v in vars(module).items() if k.isupper() and isinstance(v, list)]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], str) and len(item[0]) >= 6 \
                and (item[1] is None or item[1] in CATEGORIES):
            out.append((item[0], item[1]))
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return out


class VectorReader:
    def __init__(self, nlp, threshold: float) -> None:
        self.nlp, self.threshold = nlp, threshold
        names = list(SEEDS) + [None]
        self.names = names
        self.centroids = np.stack([self._centroid(SEEDS[n] if n else NONE) for n in names])

    def _centroid(self, words: str) -> np.ndarray:
        vectors = [t.vector for w in words.split() for t in self.nlp.tokenizer(w) if t.has_vector]
        mean = np.mean(vectors, axis=0)
        return mean / np.linalg.norm(mean)

    def category(self, doc) -> str | None:
        """The category most content words vote for (each its nearest centroid above the threshold)."""
        votes = Counter()
        for token in doc:
            if token.pos_ not in CONTENT or not token.has_vector or token.vector_norm == 0:
                continue
            similarity = self.centroids @ (token.vector / token.vector_norm)
            best = int(np.argmax(similarity))
            if self.names[best] is not None and similarity[best] >= self.threshold:
                votes[self.names[best]] += float(similarity[best])
        return votes.most_common(1)[0][0] if votes else None


def score(reader: VectorReader, items: list[tuple[str, str | None]]) -> dict[str, float]:
    docs = reader.nlp.pipe([text for text, _ in items], batch_size=64)
    right = wrong_category = missed = false = positives = negatives = 0
    for doc, (_, truth) in zip(docs, items):
        said = reader.category(doc)
        if truth:
            positives += 1
            right += said == truth
            wrong_category += said is not None and said != truth
            missed += said is None
        else:
            negatives += 1
            false += said is not None
    return {"positives": positives, "category right": right / max(1, positives),
            "wrong category": wrong_category / max(1, positives), "missed": missed / max(1, positives),
            "negatives": negatives, "look-alikes fired": false / max(1, negatives)}


def corpus7_items(directory: Path) -> dict[str, list[tuple[str, str | None]]]:
    """The kept run's 要配慮 values: those the rules found, those they missed, and the look-alikes."""
    found: dict[str, list[str]] = {}
    for line in (directory / "findings.jsonl").read_text(encoding="utf-8").splitlines():
        finding = json.loads(line)
        if finding.get("entity_type") == "SENSITIVE":
            found.setdefault(finding["path"], []).append(finding["text"])
    out: dict[str, list] = {"corpus7 rules found": [], "corpus7 rules missed": [], "corpus7 look-alikes": []}
    for line in (directory / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("record") != "item" or record.get("entity_type") != "SENSITIVE":
            continue
        value, category = record["value"], record.get("category")
        if record.get("negative"):
            out["corpus7 look-alikes"].append((value, None))
        elif category in CATEGORIES:
            hit = any(value in text or text in value for text in found.get(record["path"], ()))
            out["corpus7 rules found" if hit else "corpus7 rules missed"].append((value, category))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.45, 0.5, 0.55, 0.6])
    parser.add_argument("--corpus7", type=Path)
    args = parser.parse_args()
    import spacy
    nlp = spacy.load("ja_ginza")
    sets = {"dev": [i for m in DEV for i in _items(m)], "check": [i for m in CHECK for i in _items(m)]}
    if args.corpus7:
        sets.update(corpus7_items(args.corpus7))
    for threshold in args.threshold:
        reader = VectorReader(nlp, threshold)
        for name, items in sets.items():
            figures = score(reader, items)
            print(f"threshold {threshold} {name}: " + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
