"""Check corpus of person4 (issue 12): the same classes as
benchmarks/corpus_person4_dev.py written by another hand, with no template, word or
name in common: care and safety records (当事者 …, 記録者：, 主治医 …, 産業医：,
申請者の口座名義人：カナ), spreadsheets under 記録者 / 通称 / ニックネーム with rare
surnames glued or spaced, shrines, churches and sects beside them, and relations in
brackets (続柄: 同居（妻）) that are no person.

Truth: PERSON only; a shrine or a fragment read as a name is a look-alike `~PERSON`.
"""

from __future__ import annotations

import random
import unicodedata

from benchmarks.corpus import Doc

FAMILIES = [("我孫子", "アビコ"), ("栗花落", "ツユリ"), ("不死原", "シナズハラ"), ("八十島", "ヤソジマ"),
            ("犬養", "イヌカイ"), ("目々澤", "メメザワ"), ("一番ヶ瀬", "イチバンガセ"), ("鬼灯", "ホオズキ")]
FIRST = [("真白", "マシロ"), ("颯太", "ソウタ"), ("結衣", "ユイ"), ("楓", "カエデ"), ("凛", "リン"), ("律子", "リツコ"),
         ("和馬", "カズマ"), ("陽葵", "ヒマリ")]
SHRINES = ["八坂神社", "白鷺教会", "天満大社", "曹洞宗 永平院"]
RELATIONS = ["同居（妻）", "同居（夫）", "別居（姉）"]
EVENTS = ["台車の転倒", "脚立からの転落", "配管の破損"]


class CheckPerson4:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 17)

    def person(self) -> tuple[str, str, str]:
        """(written, canonical, reading with a space)."""
        family, first = self.rng.choice(FAMILIES), self.rng.choice(FIRST)
        written = f"{family[0]}{self.rng.choice(['　', ' ', ''])}{first[0]}"
        return written, family[0] + first[0], f"{family[1]} {first[1]}"

    def accident(self) -> tuple[str, set]:
        party, writer = self.person(), self.person()
        return (f"事故報告（{self.rng.choice(EVENTS)}）\n当事者 {party[0]}（{self.rng.randint(20, 65)}歳）\n"
                f"けがはなし。\n記録者：{writer[0]}\n", {("PERSON", party[1]), ("PERSON", writer[1])})

    def medical(self) -> tuple[str, set]:
        doctor, occupational = self.person(), self.person()
        return (f"面談票\n主治医 {doctor[0]}\n就業上の配慮：残業の制限\n産業医：{occupational[0]}\n",
                {("PERSON", doctor[1]), ("PERSON", occupational[1])})

    def payment(self) -> tuple[str, set]:
        payee = self.person()
        return (f"支払申請\n金額 12,000円\n口座名義人：{payee[2]}\n",
                {("PERSON", payee[2].replace(" ", ""))})

    def sheet(self) -> tuple[str, set]:
        header = self.rng.choice(["記録者", "通称", "ニックネーム"])
        lines, truth = [f"日付\t{header}\t件数"], set()
        for day in range(1, self.rng.randint(4, 7)):
            who = self.person()
            lines.append(f"10/{day}\t{who[0]}\t{self.rng.randint(1, 9)}")
            truth.add(("PERSON", who[1]))
        return "\n".join(lines) + "\n", truth

    def decoys(self) -> tuple[str, set]:
        shrine, relation = self.rng.choice(SHRINES), self.rng.choice(RELATIONS)
        return (f"{shrine}の例大祭は今年も中止。\n続柄: {relation}\n",
                {("~PERSON", shrine.replace(" ", "")), ("~PERSON", unicodedata.normalize("NFKC", relation[2:4]))})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.accident, self.medical, self.payment, self.sheet]
        docs = []
        for i in range(count):
            kind = kinds[i % len(kinds)]
            text, truth = kind()
            if kind != self.sheet and self.rng.random() < 0.4:  # not rows of the table
                more, also = self.decoys()
                text, truth = text + more, truth | also
            suffix = ".tsv" if kind == self.sheet else ".txt"
            docs.append(Doc(f"p4_check{i:03d}{suffix}", text.encode("utf-8"), truth | {("*", "PERSON")}))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        return [Doc(f"p4_check_clean{i:03d}.txt", self.decoys()[0].encode("utf-8")) for i in range(count)]
