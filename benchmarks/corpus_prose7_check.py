"""Check corpus for benchmarks/corpus_prose7_dev.py (issue 12, prose7), written apart:
no template, name, place, kind or word list in common. Short biographical and local
history notes in another author's habits: nobles by their seat (…侯爵, …男爵の),
a nationality or a trade glued before a name (イタリア人…, 画家…, 俳優…), what someone
devised or invented, a pair of suspects (…両名), the family name someone kept,
someone among a trade (…らの建築家); beside things bearing such names: a peninsula or
a strait (…半島, …海峡), an orchestra or a quartet named after its founder, a ship
(…船), a firm's seat in an address, a volume or a list of works, a band's drummer,
a merger or a renaming (…と合併, …に改称), a periodical (「…」誌).

Truth: PERSON only (`("*", "PERSON")`); a thing's name is a look-alike
`("~PERSON", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_people import katakana_person

LONE = ["オブレノヴィチ", "タルヴィッキ", "ゴルシャノフ", "ペレストリーニ", "ヴァシュコ", "ドゥルジッチ"]
FULL = [("ミロスラヴァ", "ドゥブチェク"), ("アンゼルモ", "ラヴェッツィ"), ("タデウシュ", "ヴロンスキ")]
SEATS = ["ミラノ", "リヨン", "ナポリ", "アントワープ"]
NATIONS = ["イタリア人", "チェコ人", "ハンガリー人"]
TRADES = ["画家", "俳優", "建築家", "詩人"]
FOUNDERS = ["ウィルソン", "ジャクソン", "アンダーソン", "トンプソン"]
PEN_NAMES = ["三浦尚樹", "永井千秋", "栗田雅人"]
SHIPS = ["浅間勝船", "宮内正船"]
SEATS_OF_FIRMS = ["宮城県登米市迫町佐沼", "福岡県朝倉市杷木志波", "愛媛県西予市宇和町卯之町"]
TITLES = ["風の回廊", "石畳の記憶", "白い岬"]


class CheckProse7:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 67 + 5)

    def pick(self, items):
        return self.rng.choice(items)

    def someone(self) -> tuple[str, str]:
        """(as written, the canonical name)."""
        return katakana_person(self.rng, LONE, FULL, 0.35)

    def note_on_someone(self) -> tuple[str, set]:
        (a, a_name), (b, b_name) = self.someone(), self.someone()
        seat, when = self.pick(SEATS), self.rng.randint(1650, 1980)
        one = {("PERSON", a_name)}
        return self.pick([
            (f"{when}年の冬、{seat}侯爵が晩餐会を開いた。", {("PERSON", seat)}),
            (f"{seat}男爵の書簡が見つかった。", {("PERSON", seat)}),
            (f"当時、{self.pick(NATIONS)}{a}も工房に出入りしていた。", one),
            (f"{self.pick(TRADES)}{a}が晩年を過ごした家が残る。", one),
            (f"この方式は{a}が考案したものである。", one),
            (f"警察は{a}、{b}両名を事情聴取した。", one | {("PERSON", b_name)}),
            (f"母方の{(lone := self.pick(LONE))}姓を名乗った。", {("PERSON", lone)}),
            (f"設計は{a}らの建築家が手がけた。", one),
        ])

    def note_on_a_thing(self) -> tuple[str, str]:
        founder, pen, title = self.pick(FOUNDERS), self.pick(PEN_NAMES), self.pick(TITLES)
        first, _ = self.pick(FULL)
        return self.pick([
            (f"船は{founder}半島の沖で座礁した。", f"{founder}半島"),
            (f"定期便が{founder}海峡を結んでいる。", f"{founder}海峡"),
            (f"{first}・{founder}・オーケストラの公演が開かれた。", f"{first}・{founder}・オーケストラ"),
            (f"港には{(ship := self.pick(SHIPS))}が停泊していた。", ship),
            (f"本社を{(seat := self.pick(SEATS_OF_FIRMS))}に置く。", seat),
            (f"「{pen}の手紙」第{self.rng.randint(2, 9)}巻が刊行された。", f"{pen}の手紙"),
            (f"「{title}」、「{pen}の庭」といった作品を残した。", f"{pen}の庭"),
            (f"{founder}のドラマーを長く務めた。", founder),
            (f"同社は{founder}・トレーディングと合併した。", f"{founder}・トレーディング"),
            (f"「{founder}」誌の編集に携わった。", founder),
        ])

    def note(self) -> tuple[str, set]:
        lines, truth = [], set()
        for _ in range(self.rng.randint(2, 7)):
            if self.rng.random() < 0.55:
                line, people = self.note_on_someone()
                truth |= people
            else:
                line, thing = self.note_on_a_thing()
                truth.add(("~PERSON", thing.replace("・", "")))
            lines.append(line)
        return "\n".join(lines) + "\n", truth

    def positives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, truth = self.note()
            docs.append(Doc(f"p7_check{i:03d}.txt", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            seat, nation, founder = self.pick(SEATS), self.pick(NATIONS), self.pick(FOUNDERS)
            text = (f"{seat}公国の切手を集めている。\n{nation}ガイドが館内を案内した。\n"
                    f"{founder}海峡の潮流は速い。\n「{self.pick(TITLES)}」誌を定期購読している。\n")
            docs.append(Doc(f"p7_check_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


SCORED = {("*", "PERSON")}
