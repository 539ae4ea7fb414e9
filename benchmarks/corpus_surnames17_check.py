"""Check corpus of issue 12's surnames17 work on PERSON (never tuned on): a residents'
association's minutes (議長 and 書記 before a surname), a shop's handover note (店長の …に,
a Chinese colleague addressed with さん or 氏), a school's liaison note (担任 at a line's end,
a Vietnamese pupil with 君), a care facility's admission slip (a Vietnamese name in parts
after 入所者). Written apart from corpus_surnames17_dev.py: no template, role, name or
word list in common (tests/benchmarks/test_surnames17_corpora.py).
Clean files: the association's notice of its venues (…町, …橋), a game night's flyer.

Truth: PERSON; clean files are labelled for nothing (a person found there is false).
"""

from __future__ import annotations

import random
import re

from benchmarks.corpus import Doc
from benchmarks.sens6_layouts import lines_file

FAMILY = ["猪狩", "鬼塚", "沢渡", "稲葉", "能登", "塩見", "相良", "八代"]
FIRST = ["湊", "紬", "樹", "凛", "朔", "澪"]
HAN = ["李", "張", "徐", "朱"]
KINH = ["ドー", "ヴー", "レ", "ブイ"]
KINH_GIVEN = ["クアン・ハイ", "ゴック・アイン", "ドゥック・ロン"]
CHAIRS = ["議長", "書記", "会計", "班長"]
SCORED = {("*", "PERSON")}


def truth_of(people, things=()) -> set:
    return {("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things} | SCORED


def _key(name: str) -> str:
    return re.sub(r"[\s・]+", "", name)


class CheckSurnames17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 89 + 1017)

    def pick(self, items):
        return self.rng.choice(items)

    def minutes_md(self, i: int) -> Doc:
        chair, clerk = self.rng.sample(FAMILY, 2)
        lines = ["# 定例会 議事録", f"{self.pick(CHAIRS[:2])} {chair}より開会の挨拶があった。",
                 f"防犯灯の修繕は{self.pick(CHAIRS[2:])}{clerk}が業者と調整する。", "次回は来月第二日曜。"]
        return Doc(f"s17c_minutes{i:03d}.md", "\n".join(lines).encode("utf-8"), truth_of([chair, clerk]))

    def handover_txt(self, i: int) -> Doc:
        boss, colleague = self.pick(FAMILY), self.pick(HAN)
        honorific = self.pick(["さん", "氏"])
        lines = ["引継ぎノート", f"レジ違算の件は店長の{boss}に報告済み。", f"夕方から{colleague}{honorific}と交代。"]
        return Doc(f"s17c_handover{i:03d}.txt", "\r\n".join(lines).encode("cp932"), truth_of([boss, colleague]))

    def liaison_docx(self, i: int) -> Doc:
        teacher, pupil = self.pick(FAMILY), self.pick(KINH)
        lines = ["連絡帳より", f"担任 {teacher}", f"{pupil}君は今日も元気に過ごしました。", "持ち物：体操服"]
        return Doc(f"s17c_liaison{i:03d}.docx", lines_file(lines, "docx"), truth_of([teacher, pupil]))

    def admission_txt(self, i: int) -> Doc:
        person = f"{self.pick(KINH)}・{self.pick(KINH_GIVEN)}"
        contact = f"{self.pick(FAMILY)}　{self.pick(FIRST)}"
        lines = ["入所受付票", f"入所者 {person}", f"緊急連絡先 {contact}（知人）", "居室 2階東"]
        return Doc(f"s17c_admission{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([person, contact]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.minutes_md, self.handover_txt, self.liaison_docx, self.admission_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def venues_md(self, i: int) -> Doc:
        venues = [f"{self.pick(FAMILY)}町の集会所", f"{self.pick(FAMILY)}橋"]
        text = f"# 会場のご案内\n総会は{venues[0]}で行います。集合は{venues[1]}のたもとです。\n"
        return Doc(f"s17c_clean_venues{i:03d}.md", text.encode("utf-8"))

    def flyer_txt(self, i: int) -> Doc:
        text = "子ども会 ゲーム大会\n王様ゲームとすごろく。ずるは許さんぞ！\n"
        return Doc(f"s17c_clean_flyer{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.venues_md, self.flyer_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
