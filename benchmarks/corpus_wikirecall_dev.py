"""Development corpus for katakana names the dictionary does not know, in prose
(issue 12, wikirecall): encyclopaedic paragraphs where a made-up foreign person
(ゾルターニ, ヤロミール・ブラシェク) stands with no honorific, only what the sentence
says of them (a relative, a death, a title, a role before, a definition), beside
things bearing such names (a company, a team, a product) and common katakana words in
the same positions (メンバー, ジャズ). The rules are tuned on this corpus and on part
A1 of the Wikipedia set; benchmarks/corpus_wikirecall_check.py (another author's
words, no template or list in common) checks them.

Truth: PERSON only (`("*", "PERSON")`); a thing's name is a look-alike
`("~PERSON", value)`; clean files (common words and things, no people) are labelled
for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_people import katakana_person

SINGLE = ["ゾルターニ", "クヴァレツ", "ブロニスワフ", "メストラーノ", "オルシェフカ", "ドラグティン", "ヴェリミロフ",
          "サボルチク", "トゥルネフ", "ガラニョーリ"]
CHAINED = [("ヤロミール", "ブラシェク"), ("ウルリケ", "ザイトラー"), ("ドミトル", "ルプシャン"), ("エルメリンダ", "カッポーニ")]
THINGS = ["ヴォルトラーノ", "ケスラーダ", "ミルヴァーン", "オスタリッツ", "ベルガミーニ"]
COUNTRIES = ["チェコ", "ハンガリー", "ポルトガル", "ルーマニア"]
KINDS = ["経済学者", "彫刻家", "歌手", "政治家", "外交官"]
COMMON = ["メンバー", "ユーザー", "スタッフ", "ジャズ", "ボランティア"]


class DevSaid:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 7)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> tuple[str, str]:
        """(how the text writes the person, the canonical name)."""
        return katakana_person(self.rng, SINGLE, CHAINED, 0.3)

    def person_sentence(self, p: str) -> str:
        year, country, kind = self.rng.randint(1850, 1990), self.pick(COUNTRIES), self.pick(KINDS)
        return self.pick([
            f"{p}の妻は{country}の出身である。",
            f"{year}年、{p}が療養先で死去した。",
            f"警察は{year}年に{p}を逮捕した。",
            f"{p}中佐は部隊を率いて川を渡った。",
            f"{kind}の{p}は交渉の席に着いた。",
            f"{p}は、{country}の{kind}。",
            f"{year}年に{p}は王立学会の会員に選ばれた。",
            f"{p}は地元の神学校で学んだ。",
            f"若い頃の彼は{p}に師事した。",
        ])

    def thing_sentence(self, p: str) -> tuple[str, str]:
        x = self.pick(THINGS)
        return self.pick([
            (f"{x}は、{self.pick(COUNTRIES)}の自動車メーカー。", x),
            (f"{p}は{x}の代表取締役に就任した。", x),
            (f"{x}が新型の農機を発売した。", x),
            (f"{p}は{self.rng.randint(1950, 2000)}年に{x}へ移籍した。", x),
        ])

    def paragraph(self) -> tuple[str, set]:
        lines, truth = [], set()
        for _ in range(self.rng.randint(3, 6)):
            shown, name = self.person()
            if self.rng.random() < 0.7:
                lines.append(self.person_sentence(shown))
            else:
                sentence, thing = self.thing_sentence(shown)
                lines.append(sentence)
                truth.add(("~PERSON", thing))
            truth |= {("PERSON", name)} if shown in lines[-1] else set()
        return "\n".join(lines) + "\n", truth

    def positives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, truth = self.paragraph()
            docs.append(Doc(f"wr_dev{i:03d}.txt", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            common, thing = self.pick(COMMON), self.pick(THINGS)
            text = (f"{common}の{self.pick(['意見', '数', '声'])}をまとめた。\n{common}は状況を冷静に述べた。\n"
                    f"{thing}は、{self.pick(COUNTRIES)}の楽器メーカー。\n{self.pick(COUNTRIES)}首相が来日した。\n")
            docs.append(Doc(f"wr_dev_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


SCORED = {("*", "PERSON")}
