"""Check corpus of issue 12's leftovers20 work, never tuned on: another office's wordings of the
same classes (benchmarks/corpus_leftovers20_dev.py holds the rules' own), with no name, label or
list in common. Documents: a memo with romaji names after other English leads (Reviewed by,
Submitted by, Hello Mr …, Contact:, interpreter …), a patrol sheet whose 点検者 / 施錠 cells hold a
surname of one character, a 供覧 route parted by ⇒ ending at a desk, a club's sheet whose header of
unknown words stands under two title rows, a host's record under Lic No / DL# and a JSON export
whose sibling key says the document in romaji. Clean files: an English memo of departments after
its labels, a 供覧 line of desks only.
"""

from __future__ import annotations

import json
import random

from benchmarks.corpus import Doc
from samples import writers as w

SCORED = ("PERSON", "DRIVERS_LICENSE", "DATE_OF_BIRTH")
_SCORED = {("*", e) for e in SCORED}
PEOPLE = [("Takuya", "Hirano"), ("Mika", "Sakai"), ("Shota", "Kondo"), ("Emi", "Fujii"), ("Ryo", "Kaneko")]
SINGLE = ["泉", "脇", "堤", "榊", "柴", "桂", "巽"]
READERS = ["水野", "小松", "荒井", "野口", "平田", "杉本"]
CLUB = ["香川 一樹", "吉岡 真央", "遠藤 大輝", "杉山 結衣", "松尾 拓海"]
OPENERS = ["Reviewed by: {n}", "Submitted by {n}", "Contact: {n}", "Hello Mr {s},"]


def licence_number(rng: random.Random) -> str:
    """A licence number of twelve digits whose eleventh is its check digit."""
    head = rng.choice(["50", "70", "93", "12"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    remainder = sum(int(d) * k for d, k in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return head + str((11 - remainder) % 10) + "1"


class CheckLeftovers20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 7)

    def memo_md(self, i: int) -> Doc:
        given, surname = self.rng.choice(PEOPLE)
        opener = self.rng.choice(OPENERS)
        line = opener.format(n=f"{surname.upper()} {given}", s=surname)
        value = surname if "{s}" in opener else surname.upper() + given
        text = f"# 海外拠点 連絡メモ\n\n{line}\n\n次回の会議は来週です。\n"
        return Doc(f"lo20c_memo{i:03d}.md", text.encode(), {("PERSON", value)} | _SCORED)

    def patrol_txt(self, i: int) -> Doc:
        a, b = self.rng.sample(SINGLE, 2)
        text = f"夜間巡回表\n点検者 {a}\t22:00\n施錠：{b}\n"
        return Doc(f"lo20c_patrol{i:03d}.txt", text.encode(), {("PERSON", a), ("PERSON", b)} | _SCORED)

    def kyoran_txt(self, i: int) -> Doc:
        names = self.rng.sample(READERS, 2)
        text = f"文書供覧\n供覧：課長 ⇒ {names[0]}様 ⇒ {names[1]} ⇒ 庶務係\n"
        return Doc(f"lo20c_route{i:03d}.txt", text.encode(), {("PERSON", n) for n in names} | _SCORED)

    def club_xlsx(self, i: int) -> Doc:
        rows, truth = [["テニス同好会"], ["令和7年度 名簿"], ["部員", "コート", "誕生日"]], set()
        for name in self.rng.sample(CLUB, 3):
            y, m, d = self.rng.randint(1960, 2000), self.rng.randint(10, 12), self.rng.randint(10, 28)
            rows.append([name, self.rng.choice(["A", "B"]) + "面", f"{y}/{m}/{d}"])
            truth |= {("PERSON", name.replace(" ", "")), ("DATE_OF_BIRTH", f"{y}-{m}-{d}")}
        return Doc(f"lo20c_club{i:03d}.xlsx", w.xlsx_bytes({"部員": rows}), truth | _SCORED)

    def host_txt(self, i: int) -> Doc:
        number = licence_number(self.rng)
        label = self.rng.choice(["Lic No.", "DL#"])
        text = f"車両貸出記録\n{label} {number}\n貸出 2026/11/02\n"
        return Doc(f"lo20c_host{i:03d}.txt", text.encode(), {("DRIVERS_LICENSE", number)} | _SCORED)

    def records_json(self, i: int) -> Doc:
        number = licence_number(self.rng)
        data = {"records": [{"doc_kind": "menkyo", "doc_no": number}]}
        return Doc(f"lo20c_ids{i:03d}.json", json.dumps(data).encode(), {("DRIVERS_LICENSE", number)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.memo_md, self.patrol_txt, self.kyoran_txt, self.club_xlsx, self.host_txt, self.records_json]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def departments_txt(self, i: int) -> Doc:
        return Doc(f"lo20c_clean_depts{i:03d}.txt", "組織メモ\nDivision: Sales Planning\nFrom: Head Office\n".encode())

    def desks_txt(self, i: int) -> Doc:
        return Doc(f"lo20c_clean_desks{i:03d}.txt", "文書供覧\n供覧：総務課 ⇒ 経理課 ⇒ 庶務係\n".encode())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.departments_txt, self.desks_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
