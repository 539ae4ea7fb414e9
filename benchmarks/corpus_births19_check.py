"""Check corpus of issue 12's births19 work on PERSON (another hand, never tuned on): a nursery's,
a swimming school's and a neighbourhood children's association's papers. A class list (csv:
園児名 | ふりがな, the reading in hiragana with no space), a members' sheet (xlsx: 会員 | フリガナ
in hiragana | 保護者名, names glued), a handover note (md: 作成：surname, ちゃん after a glued name, a
guardian addressed 様 or さん), a bus list (txt: names glued before the stop in brackets).
Surnames include dictionary words that are given names' spellings too (大海, 青海, 久遠). No
template, label, name or word list in common with corpus_births19_dev.py. Clean files: an
event notice naming a park and a bakery after families.

Truth: PERSON; a park or a bakery is `~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_names15_dev import truth_of
from samples import writers as w

HOUSES = [("外山", "とやま"), ("日下部", "くさかべ"), ("大海", "おおみ"), ("青海", "おうみ"), ("新開", "しんかい"),
          ("芦原", "あしはら"), ("久遠", "くおん")]
KIDS = [("颯", "はやて"), ("紬", "つむぎ"), ("律", "りつ"), ("心春", "こはる"), ("大翔", "ひろと"), ("澪", "みお")]
GUARDIANS = ["真由美", "健太郎", "さとみ", "浩二", "裕子"]
STOPS = ["駅前ロータリー", "中央公民館前", "第三公園入口"]


class CheckBirths19:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 1919)

    def pick(self, items):
        return self.rng.choice(items)

    def _kid(self):
        (house, house_kana), (kid, kid_kana) = self.pick(HOUSES), self.pick(KIDS)
        return house + kid, house_kana + kid_kana

    def class_csv(self, i: int) -> Doc:
        rows, truth = ["番号,園児名,ふりがな,クラス"], []
        for number in range(1, 5):
            name, kana = self._kid()
            rows.append(f"{number},{name},{kana},{self.pick(['ひよこ', 'うさぎ', 'きりん'])}組")
            truth += [name, kana]
        return Doc(f"b19c_class{i:03d}.csv", "\r\n".join(rows).encode("cp932"), truth_of(truth))

    def members_xlsx(self, i: int) -> Doc:
        rows, truth = [["会員番号", "会員", "フリガナ", "保護者名", "コース"]], []
        for number in range(4):
            name, kana = self._kid()
            guardian = self.pick(HOUSES)[0] + self.pick(GUARDIANS)
            rows.append([f"S{self.rng.randint(100, 999)}", name, kana, guardian, self.pick(["初級", "中級"])])
            truth += [name, kana, guardian]
        return Doc(f"b19c_members{i:03d}.xlsx", w.xlsx_bytes({"会員一覧": rows}), truth_of(truth))

    def handover_md(self, i: int) -> Doc:
        author = self.pick(HOUSES)[0]
        name, _ = self._kid()
        guardian = f"{self.pick(HOUSES)[0]} {self.pick(GUARDIANS)}"
        text = (f"# 引き継ぎメモ\n作成：{author}\n\n- {name}ちゃん、午睡後に37.8度。{guardian}様へ連絡済み。\n"
                f"- 明日の遠足の持ち物を再確認。\n")
        return Doc(f"b19c_handover{i:03d}.md", text.encode("utf-8"), truth_of([author, name, guardian]))

    def bus_txt(self, i: int) -> Doc:
        lines, truth = ["送迎バス 乗車名簿"], []
        for _ in range(3):
            name, _ = self._kid()
            lines.append(f"{name}（{self.pick(STOPS)}）")
            truth.append(name)
        return Doc(f"b19c_bus{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of(truth))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.class_csv, self.members_xlsx, self.handover_md, self.bus_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def event_txt(self, i: int) -> Doc:
        house = self.pick(HOUSES)[0]
        text = f"子ども会 夏祭りのご案内\n場所：{house}公園\n協賛：{house}ベーカリー\n"
        return Doc(f"b19c_clean_event{i:03d}.txt", text.encode("utf-8"), truth_of([], [house + "公園", house + "ベーカリー"]))

    def negatives(self, count: int) -> list[Doc]:
        return [self.event_txt(n) for n in range(count)]
