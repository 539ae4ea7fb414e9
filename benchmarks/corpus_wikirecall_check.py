"""Check corpus for katakana names the dictionary does not know, in prose (issue 12,
wikirecall), written apart from corpus_wikirecall_dev.py: another author's habits
(news and biography, the name later in the sentence, past tenses of a life), other
made-up people, things, countries and common words; no template or list in common
(tests/benchmarks/test_wikirecall_corpora.py checks the lists). The rules are never
tuned on it.

Truth: PERSON only (`("*", "PERSON")`); a thing's name is a look-alike
`("~PERSON", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_people import katakana_person

LONE = ["ハルヴォルセン", "ミクローシュ", "ペトロニエヴィチ", "アンドラーシュカ", "ゼレンコヴァ", "ストイチコフスキ",
        "ボグミロヴァ", "ラウタヴァーラン"]
FULL = [("タデウシュ", "コヴァルチク"), ("ミレナ", "ホラーコヴァ"), ("ラディスラフ", "ネメチェク")]
FIRMS = ["グラッフェンベルク", "トレヴィザーニ", "マクダウェリン", "ソルヴィーク"]
NATIONS = ["スロバキア", "クロアチア", "セルビア", "フィンランド"]
PROFESSIONS = ["小説家", "指揮者", "物理学者", "画家"]
WORDS = ["リーダー", "オペレーター", "コーチ", "ボサノヴァ"]


class CheckSaid:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 71 + 3)

    def choose(self, items):
        return self.rng.choice(items)

    def someone(self) -> tuple[str, str]:
        return katakana_person(self.rng, LONE, FULL, 0.35)

    def life(self, p: str) -> str:
        nation, job = self.choose(NATIONS), self.choose(PROFESSIONS)
        return self.choose([
            f"{self.rng.randint(1900, 1999)}年に亡くなったのは{p}の息子であった。",
            f"彼女は留学中に{p}と婚約し、翌年式を挙げた。",
            f"裁判所は{p}被告に有罪を言い渡した。",
            f"この事件を受けて{p}大統領は声明を出した。",
            f"{job}{p}が新作を発表した。",
            f"{p}は{nation}生まれの{job}である。",
            f"{p}は1999年に亡命し、各地を転々とした。",
            f"革命の後、{p}兄弟は国外へ逃れた。",
        ])

    def firm(self, p: str) -> tuple[str, str]:
        f = self.choose(FIRMS)
        return self.choose([
            (f"{f}の工場は{self.choose(NATIONS)}の郊外にある。", f),
            (f"{self.rng.randint(1990, 2020)}年、{f}が倒産した。", f),
            (f"{p}は{f}製の時計を愛用していた。", f),
            (f"{f}というバンドで{p}はギターを弾いた。", f),
        ])

    def paragraph(self) -> tuple[str, set]:
        lines, truth = [], set()
        for _ in range(self.rng.randint(2, 7)):
            shown, name = self.someone()
            if self.rng.random() < 0.65:
                lines.append(self.life(shown))
            else:
                sentence, firm = self.firm(shown)
                lines.append(sentence)
                truth.add(("~PERSON", firm))
            truth |= {("PERSON", name)} if shown in lines[-1] else set()
        return "\n".join(lines) + "\n", truth

    def positives(self, count: int) -> list[Doc]:
        return [Doc(f"wr_check{i:03d}.txt", text.encode("utf-8"), truth | {("*", "PERSON")})
                for i, (text, truth) in enumerate(self.paragraph() for _ in range(count))]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            word, firm = self.choose(WORDS), self.choose(FIRMS)
            text = (f"{word}が退任し、後任は未定である。\n{self.choose(NATIONS)}大統領の談話が報じられた。\n"
                    f"{firm}は、{self.choose(NATIONS)}の製薬会社である。\n{word}たちは会場で待機した。\n")
            docs.append(Doc(f"wr_check_clean{i:03d}.txt", text.encode("utf-8")))
        return docs
