"""Development corpus of person4 (issue 12): names after the role a record gives a
person (報告者：, 生徒： … 保護者：, 担当医：, 起案者 総務課 …, 口座名義：カナ), person
columns under headers that name a role (受診者, メンバー, 呼び名), rare surnames the
dictionary reads as words, spaced or glued to the given name; beside them temples
and sects (…寺, …院, …宗) and dependants' rows (区分: 扶養（子）) that are no person.
The rules are tuned on it; benchmarks/corpus_person4_check.py (other words, names
and layouts, no list in common) checks them.

Truth: PERSON only; a temple or a fragment read as a name is a look-alike `~PERSON`.
"""

from __future__ import annotations

import random
import unicodedata

from benchmarks.corpus import Doc

SURNAMES = ["御手洗", "小鳥遊", "月見里", "東海林", "五月女", "百目鬼", "九十九", "十文字", "鬼頭", "六角"]
READINGS = {"御手洗": "ミタライ", "小鳥遊": "タカナシ", "月見里": "ヤマナシ", "東海林": "ショウジ", "五月女": "ソウトメ",
            "百目鬼": "ドウメキ", "九十九": "ツクモ", "十文字": "ジュウモンジ", "鬼頭": "キトウ", "六角": "ロッカク"}
GIVEN = ["千景", "朔也", "琴音", "隼人", "紬", "澪", "柊", "葵", "蓮", "湊"]
GIVEN_READINGS = {"千景": "チカゲ", "朔也": "サクヤ", "琴音": "コトネ", "隼人": "ハヤト", "紬": "ツムギ", "澪": "ミオ",
                  "柊": "シュウ", "葵": "アオイ", "蓮": "レン", "湊": "ミナト"}
TEMPLES = ["瑞雲寺", "慈眼院", "光明山 西福寺", "浄泉院"]
SECTS = ["天台宗", "臨済宗妙心寺派", "浄土真宗本願寺派"]
DEPENDANTS = ["扶養（子）", "扶養（父）", "扶養（母）"]
TOPICS = ["フォークリフトの接触", "階段での転倒", "薬品の飛散"]


class DevPerson4:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 4)

    def pick(self, items):
        return self.rng.choice(items)

    def name(self) -> tuple[str, str]:
        """(as written: spaced, full-width spaced or glued; canonical)."""
        family, given = self.pick(SURNAMES), self.pick(GIVEN)
        return f"{family}{self.pick(['', ' ', '　'])}{given}", family + given

    def phone(self) -> str:
        return f"090-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def incident(self) -> tuple[str, set]:
        who, canonical = self.name()
        return (f"ヒヤリハット報告書\n発生：{self.pick(TOPICS)}\n原因を確認し対策を講じた。\n報告者：{who}\n",
                {("PERSON", canonical)})

    def school(self) -> tuple[str, set]:
        pupil, parent = self.name(), self.name()
        return (f"生徒指導記録\n生徒：{pupil[0]} 保護者：{parent[0]} 連絡先：{self.phone()}\n面談を行った。\n",
                {("PERSON", pupil[1]), ("PERSON", parent[1])})

    def clinic(self) -> tuple[str, set]:
        doctor = self.name()
        return f"診療情報提供書\n経過は良好です。\n担当医：{doctor[0]}\n", {("PERSON", doctor[1])}

    def ringi(self) -> tuple[str, set]:
        author = self.name()
        return (f"稟議書\n起案日 令和8年5月1日 起案者 総務課 {author[0]}\n件名：{self.pick(TOPICS)}の防止設備\n",
                {("PERSON", author[1])})

    def invoice(self) -> tuple[str, set]:
        family, given = self.pick(SURNAMES), self.pick(GIVEN)
        kana = f"{READINGS[family]} {GIVEN_READINGS[given]}"
        return (f"請求書\n振込先：みどり銀行 本店\n口座：普通 1234567\n口座名義：{kana}\n",
                {("PERSON", kana.replace(" ", ""))})

    def roster(self) -> tuple[str, set]:
        header = self.pick(["受診者", "メンバー", "呼び名"])
        rows, truth = [], set()
        for _ in range(self.rng.randint(3, 6)):
            who = self.name()
            rows.append(f"{who[0]},{self.rng.randint(20, 70)},{self.pick(['A', 'B', 'C'])}")
            truth.add(("PERSON", who[1]))
        return f"{header},年齢,判定\n" + "\n".join(rows) + "\n", truth

    def look_alikes(self) -> tuple[str, set]:
        temple, sect, dependant = self.pick(TEMPLES), self.pick(SECTS), self.pick(DEPENDANTS)
        return (f"{temple}より　お知らせ\n{sect}の法要を本堂にて営みます。\n区分: {dependant}\n",
                {("~PERSON", temple.replace(" ", "")), ("~PERSON", sect), ("~PERSON", unicodedata.normalize("NFKC", dependant[2:4]))})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.incident, self.school, self.clinic, self.ringi, self.invoice, self.roster]
        docs = []
        for i in range(count):
            kind = kinds[i % len(kinds)]
            text, truth = kind()
            if kind != self.roster and self.rng.random() < 0.4:  # not rows of the table
                more, also = self.look_alikes()
                text, truth = text + more, truth | also
            suffix = ".csv" if kind == self.roster else ".txt"
            docs.append(Doc(f"p4_dev{i:03d}{suffix}", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        return [Doc(f"p4_dev_clean{i:03d}.txt", self.look_alikes()[0].encode("utf-8")) for i in range(count)]


SCORED = {("*", "PERSON")}
