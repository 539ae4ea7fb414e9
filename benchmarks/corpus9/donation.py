"""A blood donation centre: the day's donor list as a TSV from the reception
terminal, a headerless CSV of deferrals, and the interviewing doctor's notes in
UTF-16 (as a Windows notepad saves them)."""

from __future__ import annotations

from benchmarks.corpus9 import render
from benchmarks.corpus9.base import Writer
from benchmarks.corpus9.model import care, no
from benchmarks.corpus9.people import date_text

BLOOD_KINDS = ["400mL全血", "200mL全血", "成分（血漿）", "成分（血小板）"]
DEFERRALS = ["ALT 61 IU/L のため今回不採血", "Hb 11.2 g/dL（基準未満）で不採血", "血圧 168/104 で不採血",
             "HBc抗体陽性のため以後の献血不可"]
INTERVIEW_FINDINGS = ["3か月前に虫垂炎の手術", "C型肝炎の治療歴あり", "抗てんかん薬を服用中", "昨年マラリアに罹患",
                      "狭心症でニトロ舌下錠を所持"]


def donation_centre(w: Writer, files: int):
    docs = []
    for n in range(files):
        kind = n % 3
        if kind == 0:
            rows = [["受付番号", "献血者氏名", "カナ", "生年月日", "性別", "血液型", "採血種類", "連絡先"]]
            for k in range(w.rng.randint(10, 16)):
                p = w.people.person(1960, 2006)
                rows.append([f"{k + 1:03d}", p.name("tight"), p.name("kana_tight"), p.born("slash"),
                             "男" if p.sex == "M" else "女", w.pick(["A", "B", "O", "AB"]) + w.pick(["+", "-"]),
                             w.pick(BLOOD_KINDS), p.tel(True, "plain")])
            docs.append(w.doc(f"献血ルーム/受付_{n:02d}.tsv", render.csv("x", rows, sep="\t")))
        elif kind == 1:
            rows = []
            for _ in range(w.rng.randint(5, 9)):
                p = w.people.person(1960, 2006)
                rows.append([p.name("space"), p.born("iso"), care("健康診断結果", w.pick(DEFERRALS)),
                             no("DATE_OF_BIRTH", date_text(w.people.day(2026, 2026), "iso"), "deferral_date")])
            docs.append(w.doc(f"献血ルーム/不採血_{n:02d}.csv", render.csv("x", rows)))
        else:
            lines = ["問診メモ（医師）", ""]
            for _ in range(w.rng.randint(4, 7)):
                p = w.people.person(1960, 2006)
                lines.append([p.name("tight"), "さん（", p.born("wareki"), "生）：", care("病歴", w.pick(INTERVIEW_FINDINGS)),
                              "。本日は献血をお断りした。"])
            lines.append("以上、次回来所時に再確認。")
            docs.append(w.doc(f"献血ルーム/問診メモ_{n:02d}.txt", render.txt("x", lines, "utf-16", "\r\n")))
    return docs
