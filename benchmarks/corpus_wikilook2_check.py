"""Check corpus for names of things that look like people's names in prose (issue
12, wikilook2), written apart from benchmarks/corpus_wikilook2_dev.py: no template,
person list, thing list or word in common (tests/benchmarks/test_wikilook2_corpora.py
checks the lists). Company histories, motor-sport and football reports, election
notes, reviews of instruments and cars, local guides: a thing named like a person
(ドレイトン, カステラーニ, 宮越) beside made-up people. Only measured, never tuned on.

Truth: PERSON only (`("*", "PERSON")`); a thing's name is a look-alike
`("~PERSON", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc

FAMILY = ["堀江", "野村", "吉岡", "小野", "望月", "新井", "平田", "桜井", "松下", "秋山", "菊地", "藤原"]
PERSONAL = ["正志", "絵美", "康弘", "奈々", "誠一", "里奈", "智之", "弥生", "俊介", "静香"]
ABROAD = [("ステファン", "ヴォルコフ"), ("アデル", "ブノワ"), ("ルーカス", "ハイデマン"), ("カミラ", "ロサレス"),
          ("ニコライ", "ペトレンコ"), ("ジュリア", "ファッブリ")]
FIRMS = ["ドレイトン", "カステラーニ", "ウォルシュ", "ペンブローク", "宮越"]
CLUBS = ["ロスウェル", "アルメイダ", "ケストナー", "ヴィラール"]
FACTIONS = ["エクルンド", "ホフマイスター"]
GOODS = ["バルトロ", "フェアチャイルド", "リヴィエール"]
PLACES = ["グランヴィル", "ローゼンタール", "美濃沢"]


class CheckTrade:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 29)

    def pick(self, items):
        return self.rng.choice(items)

    def someone(self) -> tuple[str, str]:
        """(the name as written, the canonical name)."""
        if self.rng.random() < 0.4:
            first, last = self.pick(ABROAD)
            return f"{first}・{last}", first + last
        name = self.pick(FAMILY) + self.pick(PERSONAL)
        return name, name

    def firm_line(self, who: str) -> tuple[str, str]:
        x = self.pick(FIRMS)
        return self.pick([
            (f"{x}の会長を務めた{who}は、1998年に退任した。", x),
            (f"{x}は2005年に同業他社と合併し、社名を改めた。", x),
            (f"{who}が設計した時計は{x}より発売された。", x),
            (f"{x}が製造した部品は{who}によって検査された。", x),
            (f"{x}製のミシンを{who}が修理した。", x),
            (f"{who}は{x}に採用され、営業部に配属された。", x),
        ])

    def club_line(self, who: str) -> tuple[str, str]:
        x = self.pick(CLUBS)
        return self.pick([
            (f"{who}は{x}から移籍して加入した。", x),
            (f"{x}のドライバーを務めた{who}が表彰台に上がった。", x),
            (f"{who}は{x}に入団し、背番号10を与えられた。", x),
            (f"{x}所属の選手として{who}が選ばれた。", x),
        ])

    def misc_line(self, who: str) -> tuple[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            x = self.pick(FACTIONS)
            return self.pick([(f"{who}は{x}へ入党し、幹事長となった。", x), (f"{who}は{x}の公認候補として出馬した。", x)])
        if roll < 0.7:
            x = self.pick(GOODS)
            return self.pick([(f"{who}は父から譲り受けた{x}を今も運転している。", x),
                              (f"{x}の新型は{who}がデザインを担当した。", x),
                              (f"{who}は{x}のギターを使い続けた。", x)])
        x = self.pick(PLACES)
        return self.pick([(f"{who}の生家は{x}の境内に残る。", x), (f"{x}の跡地に{who}が小さな店を開いた。", x)])

    def article(self) -> tuple[str, set]:
        lines, truth = [], set()
        for _ in range(self.rng.randint(3, 6)):
            shown, name = self.someone()
            line, thing = self.pick([self.firm_line, self.club_line, self.misc_line])(shown)
            lines.append(line)
            truth |= {("~PERSON", thing)} | ({("PERSON", name)} if shown in line else set())
        return "\n".join(lines) + "\n", truth

    def positives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, truth = self.article()
            docs.append(Doc(f"wl2_check{i:03d}.txt", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text = (f"{self.pick(FIRMS)}は創業百年を迎え、記念式典を開いた。\n{self.pick(CLUBS)}のホームゲームは満員だった。\n"
                    f"{self.pick(GOODS)}の販売台数は前年を上回った。\n")
            docs.append(Doc(f"wl2_check_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


SCORED = {("*", "PERSON")}
