"""A 釣り船 operator's boarding lists and a mountaineering club's 登山計画書:
headerless CSV from a tablet, plans in Word and PDF, the club's member roll."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus12 import render
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single, val
from benchmarks.corpus12.pen import Pen

BOATS = ["第三 勘太郎丸", "第八 清次丸", "幸福丸", "第十一 長吉丸"]  # boats named after people
PEAKS = ["北穂高岳", "鹿島槍ヶ岳", "甲斐駒ヶ岳", "燕岳", "白馬岳"]
HUTS = ["北穂高小屋", "冷池山荘", "七丈小屋", "燕山荘"]
CLUB_HEALTH = ["気管支喘息の発作で救急受診", "高血圧でアムロジピン服用", "腰椎椎間板ヘルニアの手術歴", "心房細動でワーファリン内服"]


def boarding_list(pen: Pen, n: int) -> object:
    """A tablet's boarding list: no header; name, age, address, phone, emergency contact."""
    table = Table(None)
    boat = pen.thing(BOATS, "boat_name")
    sailing = neg("DATE_OF_BIRTH", f"{date(2025, 9, 1 + pen.rng.randrange(28)):%Y/%m/%d}", "other_date")
    table.rows.append([["乗船名簿 ", boat], sailing])
    for _ in range(n):
        p, kin = pen.person((1950, 2008)), pen.person((1950, 2000))
        table.add(pen.name(p), f"{2025 - p.birth.year}", pen.address(p), pen.phone(p, True, 1), pen.name(kin, "tight"),
                  pen.phone(kin, pen.rng.random() < 0.5, 1))
    return render.csv_file(table, "cp932", newline="\n")


def climbing_plan(pen: Pen, as_pdf: bool) -> object:
    leader = pen.person((1960, 1995))
    head = Lines().add("登山計画書").add("提出先　長野県警察本部 地域課 山岳安全対策室")
    head.add("山域・山名　", pen.pick(PEAKS), "（宿泊 ", pen.pick(HUTS), "）").add("入山日　", pen.other_date(date(2025, 7, 1)))
    members = Table(["役割", "氏名", "性別", "生年月日", "住所", "携帯", "緊急連絡先"])
    for role in ["CL"] + ["SL"] + ["メンバー"] * pen.rng.randint(1, 4):
        p = leader if role == "CL" else pen.person((1955, 2003))
        kin = pen.person((1950, 2000))
        members.add(role, pen.name(p), "女" if p.female else "男", pen.birth(p, pen.pick([2, 0, 1])), pen.address(p),
                    pen.phone(p, True, 0), [pen.name(kin), " ", pen.phone(kin, False, 0)])
    notes = Lines().add("持病・配慮事項　", pen.name(leader, "family"), "：", pen.sensitive("病歴", CLUB_HEALTH))
    notes.add("エスケープルート　白沢出合へ下山").add("下山予定 ", pen.other_date(date(2025, 7, 3)))
    if as_pdf:
        rows = Lines()
        for cells in members.rows:
            rows.add(*[part for cell in cells for part in ([cell] if not isinstance(cell, list) else cell) + ["　"]])
        return render.pdf_file([head.extend(rows).extend(notes)])
    return render.docx_file([head, members, notes])


def member_roll(pen: Pen, n: int) -> object:
    table = Table(["会員番号", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "〒", "住所", "電話", "メール", "入会"])
    for _ in range(n):
        p = pen.person((1945, 2002))
        table.add(f"K-{pen.rng.randrange(1000):03d}", pen.name(p), pen.name(p, "kana"), pen.birth(p, 7), pen.postal(p),
                  pen.address(p), pen.phone(p), pen.email(p), pen.other_date(date(2018, 4, 1)))
    return render.csv_file(table, "utf-8", "\t")


def accident_report(pen: Pen) -> object:
    p, other = pen.person((1955, 2000)), pen.person((1955, 2000))
    lines = Lines().add("山行事故報告（会内限り）").blank()
    lines.add("7月の山行で会員の", pen.name(p, "tight"), "が下山中に転倒し、右足首を骨折した。")
    lines.add("同行した", pen.name(other, "tight"), "が救助要請。", pen.name(p, "family"), "は", pen.sensitive("病歴", ["骨折で手術を受け休職中",
              "脳梗塞後遺症でリハビリ中"]), "。")
    lines.add("連絡先 ", pen.phone(p, True, 0), "（本人）").add("報告者 山岳会 事務局")
    return render.odt_file(lines)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"outdoor/乗船名簿/board_{i:03d}.csv", boarding_list(pen, pen.rng.randint(6, 12))),
        lambda i: single(f"outdoor/山岳会/計画書_{i:03d}.docx", climbing_plan(pen, False)),
        lambda i: single(f"outdoor/山岳会/計画書_{i:03d}.pdf", climbing_plan(pen, True)),
        lambda i: single(f"outdoor/山岳会/会員名簿_{i:03d}.tsv", member_roll(pen, pen.rng.randint(8, 15))),
        lambda i: single(f"outdoor/山岳会/事故報告_{i:03d}.odt", accident_report(pen)),
    ])
