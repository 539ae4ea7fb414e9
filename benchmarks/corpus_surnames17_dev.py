"""Development corpus of issue 12's surnames17 work on PERSON: people named in running
text by a surname alone — after a role or a post (部長 the surname, コーチの the surname),
a Chinese surname of one character or a Vietnamese one in katakana addressed (様, さん),
a Vietnamese full name in parts after a record's label. The rules are corrected on it;
no template, role, name or word list in common with corpus_surnames17_check.py
(tests/benchmarks/test_surnames17_corpora.py). A club's practice diary (txt, docx), a
branch's mail, a care home's log (odt), a clinic's record (txt).
Clean files: a club's notice of places named like its members (…台, …駅, …公園), a
family's visit note (お孫さん).

Truth: PERSON; clean files are labelled for nothing (a person found there is false).
"""

from __future__ import annotations

import random
import re

from benchmarks.corpus import Doc
from benchmarks.sens6_layouts import lines_file
from samples import writers as w

SURNAMES = ["長谷部", "小田切", "桑原", "三宅", "市川", "北条", "早乙女", "宍戸"]
GIVEN = ["陽菜", "蒼", "結衣", "颯太", "真尋", "悠斗"]
CJK = ["陳", "楊", "趙", "郭"]
VIET = ["ホー", "ゴー", "ダン"]
VIET_REST = ["ヴァン・フン", "ティ・ラン", "ミン・トゥアン"]
ROLES = ["部長", "主将", "コーチ", "副部長", "マネージャー"]
SEPARATORS = ["", " ", "の"]
SCORED = {("*", "PERSON")}


def truth_of(people, things=()) -> set:
    return {("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things} | SCORED


def _key(name: str) -> str:
    return re.sub(r"[\s・]+", "", name)


class DevSurnames17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 73 + 17)

    def pick(self, items):
        return self.rng.choice(items)

    def _role(self, surname: str) -> str:
        role = self.pick(ROLES)
        sep = self.pick(SEPARATORS if surname not in VIET else SEPARATORS[1:])  # katakana apart from a katakana role
        return f"{role}{sep}{surname}"

    def _diary_lines(self) -> tuple[list[str], list[str]]:
        lines, people = ["練習記録"], []
        for day in self.rng.sample(range(1, 29), 3):
            first, second = self.pick(SURNAMES + CJK + VIET), self.pick(SURNAMES)
            people += [first, second]
            lines.append(f"{day}日 基礎練習。{self._role(first)}の指示でスケールから。{self._role(second)}から会費の連絡。")
        return lines, people

    def diary_txt(self, i: int) -> Doc:
        lines, people = self._diary_lines()
        return Doc(f"s17d_diary{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of(people))

    def diary_docx(self, i: int) -> Doc:
        lines, people = self._diary_lines()
        return Doc(f"s17d_diary{i:03d}.docx", lines_file(lines, "docx"), truth_of(people))

    def branch_eml(self, i: int) -> Doc:
        person = self.pick(SURNAMES)
        body = f"各位\n\n来週の棚卸しの件です。\n担当の{person}が出張のため、質問は総務まで。\n以上"
        data = w.make_eml("棚卸しの件", "soumu@example.jp", "shiten@example.jp", body)
        return Doc(f"s17d_branch{i:03d}.eml", data, truth_of([person]))

    def care_odt(self, i: int) -> Doc:
        resident, visitor = self.pick(CJK + VIET), f"{self.pick(SURNAMES)} {self.pick(GIVEN)}"
        lines = ["生活記録", f"{self.rng.randint(1, 28)}日 {visitor}さんが面会。{resident}様は昼食を完食された。"]
        return Doc(f"s17d_care{i:03d}.odt", lines_file(lines, "odt"), truth_of([resident, visitor]))

    def clinic_txt(self, i: int) -> Doc:
        person = f"{self.pick(VIET)}・{self.pick(VIET_REST)}"
        lines = ["施術記録", f"受療者 {person}", "部位 腰部", "施術 温熱療法"]
        return Doc(f"s17d_clinic{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([person]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.diary_txt, self.diary_docx, self.branch_eml, self.care_odt, self.clinic_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def places_txt(self, i: int) -> Doc:
        places = [f"{self.pick(SURNAMES)}{suffix}" for suffix in ("台", "駅", "公園")]
        text = (f"練習会場のお知らせ\n第1週は{places[0]}の体育館、第2週は{places[1]}前の公民館、"
                f"第3週は{places[2]}の野外ステージです。\n")
        return Doc(f"s17d_clean_places{i:03d}.txt", text.encode("utf-8"))

    def visit_txt(self, i: int) -> Doc:
        text = "面会の記録\nお孫さんが来られ、孫様からの手紙を読まれた。ご家族で昼食。\n"
        return Doc(f"s17d_clean_visit{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.places_txt, self.visit_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
