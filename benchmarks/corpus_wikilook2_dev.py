"""Development corpus for names of things that look like people's names in prose
(issue 12, wikilook2): encyclopaedic and news-like paragraphs where a company, a
team, a party, a product or a site bears a name a person could have (ハリントン,
ベネッティ, 杉浦), with made-up people beside them. The rules are tuned on this corpus
and on half A of the Wikipedia set only; benchmarks/corpus_wikilook2_check.py
(another author's words, no template or list in common) checks them.

Truth: PERSON only (`("*", "PERSON")`); a thing's name is a look-alike
`("~PERSON", value)`; clean files (only things, no people) are labelled for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc

SURNAMES = ["松岡", "北川", "横山", "大西", "今井", "岩崎", "河野", "内藤", "柴田", "酒井", "工藤", "久保"]
GIVEN = ["隆之", "美咲", "健司", "由香", "直樹", "彩乃", "拓也", "恵美", "浩平", "千夏"]
FOREIGN = [("マルコ", "ベルティーニ"), ("ヘレナ", "コヴァルスカ"), ("トビアス", "グレンデル"), ("イネス", "サルガド"),
           ("オスカル", "リンドクヴィスト"), ("ラファエル", "モンタルド")]
# names that a person could have, used here for things
COMPANIES = ["ハリントン", "ベネッティ", "クロスリー", "ヴァレンテ", "オルブライト", "杉浦"]
TEAMS = ["モンテイロ", "ロウエル", "ブラックモア", "ファルケン"]
PARTIES = ["ダールベリ", "ノイマイヤー"]
PRODUCTS = ["ガスパール", "エルナンデス", "ウィンスロー"]
SITES = ["サンクレール", "ベルモント", "桐生野"]
BANDS = ["ヴェルナー", "マッケンジー"]
SCHOOLS = ["ホイットモア", "グラッドストン"]
KINDS = ["自動車メーカー", "ロックバンド", "出版社", "楽器メーカー"]


class DevTrade:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 11)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> tuple[str, str]:
        """(how the text writes the person, the canonical name)."""
        if self.rng.random() < 0.4:
            given, family = self.pick(FOREIGN)
            return f"{given}・{family}", given + family
        name = self.pick(SURNAMES) + self.pick(GIVEN)
        return name, name

    def company_sentence(self, p: str) -> tuple[str, str]:
        x, y = self.rng.sample(COMPANIES, 2)
        return self.pick([
            (f"{p}は2019年に{x}の代表取締役に就任した。", x),
            (f"翌年、{x}は大手商社と業務提携を結んだ。", x),
            (f"{x}および{y}の2社が共同で出資した。", x),
            (f"{x}から販売された工具は{p}の設計による。", x),
            (f"楽器メーカーだった{x}は、のちに家電へ進出した。", x),
            (f"{p}は{x}の株主として経営に関わった。", x),
        ])

    def team_sentence(self, p: str) -> tuple[str, str]:
        x = self.pick(TEAMS)
        return self.pick([
            (f"{p}は2021年に{x}へ移籍した。", x),
            (f"{x}のリザーブドライバーとして{p}が登録された。", x),
            (f"{p}は{x}で3シーズンにわたってプレーした。", x),
            (f"{x}の本拠地で行われた試合に{p}が出場した。", x),
        ])

    def other_sentence(self, p: str) -> tuple[str, str]:
        kind = self.rng.random()
        if kind < 0.35:
            x = self.pick(PARTIES)
            return self.pick([(f"{p}は{x}を離党し、無所属で立った。", x), (f"{p}は{x}から出馬して初当選した。", x)])
        if kind < 0.7:
            x = self.pick(PRODUCTS)
            return self.pick([(f"{p}は長年{x}を愛用している。", x), (f"{x}車を購入したのは{p}である。", x),
                              (f"{x}のエンジンを積んだ車で{p}が走った。", x), (f"{x}は家電量販店で販売されている。", x),
                              (f"{p}の機体は{x}のライセンス生産品である。", x)])
        if kind < 0.8:
            x = self.pick(SITES)
            return self.pick([(f"{x}の入り口に{p}の記念碑が建てられた。", x), (f"{p}の別荘は{x}の敷地にあった。", x),
                              (f"式典は{x}で行われ、{p}が挨拶した。", x), (f"{p}は晩年を{x}で暮らした。", x)])
        return self.group_sentence(p)

    def group_sentence(self, p: str) -> tuple[str, str]:
        if self.rng.random() < 0.5:
            x = self.pick(BANDS)
            return self.pick([(f"{p}は{x}のボーカルとして知られる。", x), (f"{x}が解散した後、{p}は独立した。", x)])
        x = self.pick(SCHOOLS)
        return self.pick([(f"{p}は{x}を卒業した。", x), (f"{p}は奨学金を得て{x}へ留学した。", x),
                          (f"{x}の教授を務めた{p}が講演した。", x)])

    def paragraph(self) -> tuple[str, set]:
        lines, truth = [], set()
        for _ in range(self.rng.randint(3, 6)):
            shown, name = self.person()
            sentence, thing = self.pick([self.company_sentence, self.team_sentence, self.other_sentence])(shown)
            lines.append(sentence)
            truth |= {("~PERSON", thing)} | ({("PERSON", name)} if shown in sentence else set())
        return "\n".join(lines) + "\n", truth

    def positives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, truth = self.paragraph()
            docs.append(Doc(f"wl2_dev{i:03d}.txt", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            x, y = self.rng.sample(COMPANIES, 2)
            kind = self.pick(KINDS)
            text = (f"{kind}の{x}は、{y}と資本提携を結んだ。\n{self.pick(TEAMS)}へ移籍した選手は三人である。\n"
                    f"{self.pick(SITES)}の入り口には案内所がある。\n")
            docs.append(Doc(f"wl2_dev_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


SCORED = {("*", "PERSON")}
