"""Check corpus of practicum16 (issue 12), another writer's habits, never tuned on: a care-worker
college's and an internship office's placement rosters as PDF — the intern's number after the
care home or the office hosting them, vaccination and antibody results in the ministry's spelling
(麻しん, 風しん) or with a space before 抗体, a value and its grade (EIA 4.0 (±)), a B-type hepatitis
line; PDFs laid out by hand with the columns at other widths and row heights. Look-alikes: the
host offices' own list (the office, its instructor, its landline), a circular on vaccination for
whoever falls short, a roster where every result is 接種済 or 基準以上.

No template, title, header or word list is shared with benchmarks/corpus_practicum16_dev.py.
Synthetic people and numbers only.

    PYTHONPATH=. .venv/bin/python benchmarks/corpus_practicum16_check.py [--errors]
"""

from __future__ import annotations

import random
import sys
from functools import partial

from benchmarks.practicum16_score import score, table_pdf

FAMILY = ["小野寺", "石原", "飯田", "中西", "川口", "高野", "桑原", "樋口", "村上", "杉本"]
FIRST = ["千尋", "圭介", "明日香", "隼人", "理沙", "康平", "早苗", "悠人", "真央", "浩二"]
HOSTS = ["グループホームひだまり", "デイサービスセンター若竹", "障害者支援施設 あゆみ園", "こども発達支援センター",
         "介護老人保健施設 かえでの里", "有料老人ホーム そよ風"]
OFFICES = ["北区役所 福祉課", "中央図書館", "市民病院 医事課", "ふれあい会館"]
# (cell, a finding?)
VACCINE_RESULTS = [("麻しん抗体価 EIA 4.0 (±)", True), ("風しん 抗体 陰性", True), ("流行性耳下腺炎 抗体価 低値", True),
                   ("水痘抗体 不十分", True), ("B型肝炎 HBs抗体 陰性", True), ("麻しん抗体価 基準以上", False),
                   ("接種済", False), ("確認済", False)]
# x of each column and the row height, by hand for each sheet
SHEETS = [([36, 70, 140, 300, 400], 26), ([30, 120, 230, 420, 560], 20), ([50, 130, 250, 440, 600], 12),
          ([30, 62, 112, 222, 302], 18)]


def _number(rng: random.Random) -> str:
    mobile = f"{rng.choice(['090', '080', '070'])}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
    return rng.choice([f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}", mobile, f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"])


def _placement(rng, kind, hosts, heads, title, results):
    rows, truth = [heads], set()
    for n in range(rng.randint(3, 8)):
        person, number = f"{rng.choice(FAMILY)} {rng.choice(FIRST)}", _number(rng)
        cell, finding = rng.choice(results)
        rows.append([f"{kind}{rng.randint(10, 99)}-{n + 1}", person, rng.choice(hosts), number, cell])
        truth |= {("PERSON", person), ("PHONE", number)} | ({("SENSITIVE", cell)} if finding else set())
    columns, step = rng.choice(SHEETS)
    return partial(table_pdf, title=title, rows=rows, columns=columns, step=step), truth


def _hosts(rng):
    """Look-alike: the hosts' own list, each office's instructor and its landline."""
    rows, truth = [["受入先", "指導担当", "電話番号"]], set()
    for host in rng.sample(HOSTS, 3):
        person = f"{rng.choice(FAMILY)} {rng.choice(FIRST)}"
        rows.append([host, person, f"0{rng.randint(3, 6)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"])
        truth.add(("PERSON", person))
    columns, step = rng.choice(SHEETS)
    return partial(table_pdf, title="受入事業所 連絡一覧", rows=rows, columns=columns, step=step), truth


def _circular(rng):
    notes = ["風しん抗体価が陰性又は低値の者は、配属前に予防接種を受けること。",
             "B型肝炎のHBs抗体が陰性だった学生には、ワクチン3回接種を推奨しています。"]
    return partial(table_pdf, title="学生課からのお知らせ", rows=[], columns=[40], step=20, notes=notes), set()


def _all_clear(rng):
    return _placement(rng, "C", HOSTS, ["番号", "氏名", "配属先", "TEL", "予防接種"], "配属表（確認用）",
                      [("接種済", False), ("麻しん抗体価 基準以上", False)])


def documents(seed: int = 7331) -> dict:
    rng, docs = random.Random(seed), {}
    for i in range(8):
        docs[f"kaigo_{i:02d}.pdf"] = _placement(rng, "K", HOSTS, ["学籍No", "学生名", "受入事業所", "電話", "ワクチン・抗体"],
                                                "介護実習 学生配置名簿", VACCINE_RESULTS)
        docs[f"intern_{i:02d}.pdf"] = _placement(rng, "I", OFFICES, ["ID", "参加者", "受入部署", "携帯", "健康確認"],
                                                 "インターンシップ 参加者一覧", VACCINE_RESULTS)
        if i % 2 == 0:
            docs[f"neg_hosts_{i:02d}.pdf"] = _hosts(rng)
            docs[f"neg_circular_{i:02d}.pdf"] = _circular(rng)
            docs[f"neg_clear_{i:02d}.pdf"] = _all_clear(rng)
    return docs


if __name__ == "__main__":
    score(documents(), "--errors" in sys.argv)
