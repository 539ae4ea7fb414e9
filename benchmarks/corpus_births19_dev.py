"""Development corpus of issue 12's births19 work on PERSON: children's and parents' names in a
youth football club's and an after-school club's papers, as their volunteers write them — the
rules are corrected on it. A squad list (xlsx: 背番号, なまえ, よみがな in hiragana glued, 保護者),
a pick-up sheet (csv: 児童 | お迎え | 続柄, names glued), a phone tree (txt: a glued name before
its nickname in brackets), a club's log (txt CP932: 記入：surname, a child called くん/ちゃん, a
parent addressed with さん). Surnames include words of the dictionary that are given names'
spellings too (明神, 大河). No template, label, name or word list in common with
corpus_births19_check.py. Clean files: a match notice naming grounds and shops after families.

Truth: PERSON; a ground, a shop or a hall is `~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_names15_dev import truth_of
from benchmarks.sens6_layouts import lines_file
from samples import writers as w

FAMILIES = [("桐生", "きりゅう"), ("梶原", "かじわら"), ("明神", "みょうじん"), ("大河", "おおかわ"), ("乙部", "おとべ"),
            ("槙野", "まきの"), ("万里", "まり")]
CHILDREN = [("蒼", "そう"), ("結衣", "ゆい"), ("湊", "みなと"), ("七瀬", "ななせ"), ("陽葵", "ひまり"), ("悠真", "ゆうま")]
PARENTS = ["美保", "徹", "亮", "恵子", "直樹", "由香"]
NICKNAMES = ["そうくん", "ユイ", "みーくん", "ナナ", "ひまちゃん", "ゆーま"]
GROUNDS = ["河川敷グラウンド", "市民球技場", "第二小学校"]


class DevBirths19:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 89 + 19)

    def _child(self):
        (family, family_kana), (given, given_kana) = self.pick(FAMILIES), self.pick(CHILDREN)
        return family, given, family_kana + given_kana

    def pick(self, items):
        return self.rng.choice(items)

    def squad_xlsx(self, i: int) -> Doc:
        rows, truth = [["背番号", "なまえ", "よみがな", "学年", "保護者"]], []
        for number in range(1, 6):
            family, given, kana = self._child()
            parent = f"{family} {self.pick(PARENTS)}"
            rows.append([str(number), f"{family} {given}", kana, f"{self.rng.randint(1, 6)}年", parent])
            truth += [family + given, kana, parent]
        return Doc(f"b19d_squad{i:03d}.xlsx", w.xlsx_bytes({"メンバー": rows}), truth_of(truth))

    def pickup_csv(self, i: int) -> Doc:
        rows, truth = ["児童,お迎え,続柄"], []
        for _ in range(4):
            family, given, _ = self._child()
            parent = self.pick(FAMILIES)[0] + self.pick(PARENTS)
            rows.append(f"{family}{given},{parent},{self.pick(['母', '父', '祖母'])}")
            truth += [family + given, parent]
        return Doc(f"b19d_pickup{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(truth))

    def tree_txt(self, i: int) -> Doc:
        lines, truth = [f"■緊急連絡網（{self.rng.randint(4, 9)}月）", ""], []
        for _ in range(4):
            family, given, _ = self._child()
            lines.append(f"{family}{given}（{self.pick(NICKNAMES)}）→ 保護者携帯 090-{self.rng.randint(1000, 9999)}-"
                         f"{self.rng.randint(1000, 9999)}")
            truth.append(family + given)
        return Doc(f"b19d_tree{i:03d}.txt", lines_file(lines, "md"), truth_of(truth))

    def log_txt(self, i: int) -> Doc:
        writer = self.pick(FAMILIES)[0]
        family, given, _ = self._child()
        parent_family = self.pick(FAMILIES)[0]
        parent = f"{parent_family} {self.pick(PARENTS)}"
        honorific = self.pick(["くん", "ちゃん"])
        lines = [f"放課後クラブ 活動記録　記入：{writer}", "", f"{family}{given}{honorific}（2年）が鬼ごっこで転び、ひざをすりむいた。",
                 f"お迎えの{parent}さんに状況を伝えた。", "明日はおやつ当番の確認をする。"]
        return Doc(f"b19d_log{i:03d}.txt", lines_file(lines, "txt"), truth_of([writer, family + given, parent]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.squad_xlsx, self.pickup_csv, self.tree_txt, self.log_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def match_txt(self, i: int) -> Doc:
        family = self.pick(FAMILIES)[0]
        text = (f"練習試合のお知らせ\n会場：{self.pick(GROUNDS)}（{family}商店の向かい）\n"
                f"雨天時は{family}ホールで室内練習を行います。\n")
        return Doc(f"b19d_clean_match{i:03d}.txt", text.encode("utf-8"), truth_of([], [family + "商店", family + "ホール"]))

    def negatives(self, count: int) -> list[Doc]:
        return [self.match_txt(n) for n in range(count)]
