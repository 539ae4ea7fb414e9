"""Development corpus for what a sentence says a name is (issue 12, prose7): made-up
foreign people named in katakana and said to be people only by a title of nobility
after a place (…伯爵), a people or a kind of person glued or joined by ・ before them
(ドイツ人…, 哲学者…, 少年・…), what they pilot or invent, a group or a surname after
them (…両人, …姓), a list among a kind of person (…などの経済学者) or a life told in a long
clause; beside things named like people: a feature of the land (…山脈), a band named
after its leader (…・バンド), a boat (…舟), an address, a name inside a numbered or
listed title, a band before its player (…のギタリスト), a body re-formed (…として再編),
a magazine (雑誌「…」). The rules are tuned on this corpus and on part B1 of the
Wikipedia set; benchmarks/corpus_prose7_check.py (another author's words, no template
or list in common) checks them.

Truth: PERSON only (`("*", "PERSON")`); a thing's name is a look-alike
`("~PERSON", value)`; clean files (things and common words, no people) are labelled
for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_people import katakana_person

SINGLE = ["ヴォルチェク", "ブラニスラフ", "ズデンコヴァ", "メルキオーリ", "ストヤノフスキ", "ラドヴァン", "クシェミンスキ"]
CHAINED = [("イェジー", "ポラチェク"), ("ヴィルマ", "ハシュコヴァ"), ("ボリスラフ", "ドロシェンコ")]
PLACES = ["ウィーン", "ヨーク", "サヴォイア", "ブルゴーニュ"]
PEOPLES = ["ドイツ人", "ロシア人", "ポーランド人"]
KINDS = ["哲学者", "彫刻家", "歌手", "物理学者"]
NAMED_LIKE_PEOPLE = ["ハリソン", "ジョンソン", "モリソン", "エドワーズ"]
KANJI_NAMES = ["岡部真澄", "島原勝也", "北沢ゆかり"]
BOATS = ["三輪木舟", "杉浦丸木舟"]
ADDRESSES = ["長野県上伊那市六郷原", "群馬県北里市倉見", "岐阜県南関市小屋名"]
WORKS = ["潮騒の町", "北の灯台", "夜明けの港"]


class DevProse7:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 61 + 11)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> tuple[str, str]:
        """(how the text writes the person, the canonical name)."""
        return katakana_person(self.rng, SINGLE, CHAINED, 0.3)

    def person_sentence(self) -> tuple[str, set]:
        """A sentence and the people in it."""
        (p, name), (other, other_name) = self.person(), self.person()
        year, place = self.rng.randint(1700, 1990), self.pick(PLACES)
        one = {("PERSON", name)}
        return self.pick([
            (f"のちに{place}伯爵は領地を手放した。", {("PERSON", place)}),
            (f"{year}年、{self.pick(PEOPLES)}{p}が港に到着した。", one),
            (f"翌年、{self.pick(KINDS)}{p}は講演で反論した。", one),
            (f"嵐の中、{p}が操縦する機体が着陸した。", one),
            (f"その夜、{other}と{p}両人が町を出た。", one | {("PERSON", other_name)}),
            (f"彼は{(lone := self.pick(SINGLE))}姓のまま青年期を過ごした。", {("PERSON", lone)}),
            (f"{year // 10 * 10}年代には{p}などの経済学者と共同で調査を行った。", one),
            (f"{p}は{year}年3月2日に南ロンドンの聖マーガレット記念病院の病室において、肺炎で亡くなった。", one),
        ])

    def thing_sentence(self) -> tuple[str, str]:
        name, kanji, work = self.pick(NAMED_LIKE_PEOPLE), self.pick(KANJI_NAMES), self.pick(WORKS)
        given, _ = self.pick(CHAINED)
        return self.pick([
            (f"隊は{name}山脈を越えて北へ向かった。", f"{name}山脈"),
            (f"{self.rng.randint(1960, 1990)}年に{given}・{name}・バンドが新曲を録音した。", f"{given}・{name}・バンド"),
            (f"保存会は{(boat := self.pick(BOATS))}の復元に取り組んだ。", boat),
            (f"工場は{(address := self.pick(ADDRESSES))}にあった。", address),
            (f"第{self.rng.randint(2, 30)}話「港で待つ{kanji}」が放送された。", f"港で待つ{kanji}"),
            (f"「{kanji}の夏」や「{work}」などで主演した。", f"{kanji}の夏"),
            (f"元{name}のギタリストが加わった。", name),
            (f"{self.rng.randint(1900, 1990)}年には、{name}・ブラザーズとして再編された。", f"{name}・ブラザーズ"),
            (f"彼は雑誌「{name}」に寄稿を続けた。", name),
        ])

    def paragraph(self) -> tuple[str, set]:
        lines, truth = [], set()
        for _ in range(self.rng.randint(3, 6)):
            if self.rng.random() < 0.6:
                sentence, people = self.person_sentence()
                truth |= people
            else:
                sentence, thing = self.thing_sentence()
                truth.add(("~PERSON", thing.replace("・", "")))
            lines.append(sentence)
        return "\n".join(lines) + "\n", truth

    def positives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, truth = self.paragraph()
            docs.append(Doc(f"p7_dev{i:03d}.txt", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            place, people, name = self.pick(PLACES), self.pick(PEOPLES), self.pick(NAMED_LIKE_PEOPLE)
            text = (f"一行は{place}公園を散策した。\n{people}シェフが料理を振る舞った。\n"
                    f"隊は{name}山脈のふもとで野営した。\n工場は{self.pick(ADDRESSES)}に移った。\n")
            docs.append(Doc(f"p7_dev_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


SCORED = {("*", "PERSON")}
