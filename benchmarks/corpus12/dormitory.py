"""A company's 社員寮 (dormitory) and its manager: the residents' book, the rent
transfer file from the host, the manager's diary, health forms on entry, the union
branch's officers, mail from 総務 with the month's moves attached."""

from __future__ import annotations

from datetime import date, datetime

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import doc_of, message
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single, val
from benchmarks.corpus12.pen import Pen
from benchmarks.corpus12.people import half_kana

COMPANY = "minamo-seiko"
SECTIONS = ["製造一課", "品質保証部", "生産技術課", "営業二課", "物流センター", "設計部"]
KIN = ["父", "母", "兄", "姉", "配偶者", "祖母"]
BANK_CODES = ["0149", "0140", "0168", "0151"]
DORM_DISEASE = ["気管支喘息の発作で救急受診", "食物アレルギー（えび・かに）でエピペン携帯", "てんかんの既往があり抗てんかん薬を内服",
                "不眠症で睡眠薬を処方されている", "心房細動でワーファリン内服"]


def residents(pen: Pen, n: int) -> object:
    table = Table(["部屋", "入寮日", "氏名", "生年月日", "所属", "携帯", "緊急連絡先", "続柄", "緊急連絡先TEL"],
                  above=["みなも寮　入寮者名簿（2025年11月1日現在）",
                         ["", "", "入寮者", "", "", "", "緊急連絡先", "", ""]])
    for room in range(n):
        p, kin = pen.person((1985, 2006), foreign=0.1), pen.person((1950, 1985))
        table.add(f"{2 + room // 10}{room % 10 + 1:02d}", pen.other_date(date(2022, 4, 1)), pen.name(p),
                  pen.birth(p, pen.pick([2, 6])), pen.pick(SECTIONS),
                  pen.phone(p, True, pen.pick([0, 1])), pen.name(kin), pen.pick(KIN), pen.phone(kin, False))
    moved = Table(["退寮日", "氏名", "転居先"])
    for _ in range(pen.rng.randint(2, 4)):
        p = pen.person((1985, 2004))
        moved.add(pen.other_date(), pen.name(p), pen.address(p))
    return render.xlsx_file([("入寮者", table), ("退寮者", moved)])


def rent_transfer(pen: Pen, n: int) -> object:
    """The host's 寮費 debit file: fixed width, Shift_JIS, a header line."""
    table = Table(["SHAIN", "KANA-NAME", "BANK", "BRCH", "KM", "KOZA", "KINGAKU", "TEL"])
    for _ in range(n):
        p = pen.person((1985, 2005))
        code = pen.pick(BANK_CODES)
        table.add(f"{pen.rng.randrange(100000, 999999)}", val("PERSON", half_kana(p.kana)), code,
                  f"{pen.rng.randrange(1, 999):03d}", "1", val("BANK_ACCOUNT", ids.account(pen.rng)),
                  f"{pen.pick([18000, 21500, 24000]):>7}", pen.phone(p, pen.rng.random() < 0.6, 1))
    return render.fixed_file(table, [8, 24, 6, 6, 4, 9, 9, 12])


def diary(pen: Pen, days: int) -> object:
    notes, start = Lines().add("寮務日誌（管理人）"), pen.rng.randrange(7)
    for day in range(days):
        p, q = pen.person((1988, 2005)), pen.person((1985, 2004))
        room = f"{pen.rng.randint(2, 4)}{pen.rng.randint(1, 12):02d}号室"
        notes.blank().add(f"11/{day + 1}（記）")
        event = (day + start) % 7
        if event == 0:
            notes.add(room, "の", pen.name(p, "tight"), "、夜間に", pen.sensitive("病歴", DORM_DISEASE), "とのことで様子見。")
        elif event == 1:
            notes.add(pen.name(p, "tight"), "（", pen.pick(SECTIONS), "）が", pen.sensitive("犯罪被害", ["自転車を盗まれ被害届を出した",
                      "路上でひったくりの被害"]), "。警察の方が来寮。")
        elif event == 2:
            notes.add("談話室で組合の集まり。", pen.sensitive("労働組合"), "の", pen.name(p, "tight"), "が議事進行。")
        elif event == 4:
            notes.add("警察より", pen.name(p, "tight"), "について照会。本人は", pen.sensitive("犯罪歴", ["窃盗罪で起訴された前歴",
                      "傷害罪で懲役1年執行猶予3年の判決を受けた"]), "とのこと。人事課へ報告。")
        elif event == 5:
            notes.add(room, "の", pen.name(p, "tight"), "は", pen.sensitive("宗教", ["ムスリムでハラール食を希望", "ユダヤ教徒のためコーシャ食"]),
                      "。食堂に個別対応を依頼。")
        elif event == 6:
            notes.add("新入寮の", pen.name(p, "tight"), "は", pen.sensitive("人種・民族", ["アイヌ民族の出自", "在日韓国人三世"]),
                      "と自己紹介。歓迎会で", pen.sensitive("信条", ["護憲運動の市民団体で活動", "反原発デモに毎月参加している"]),
                      "と話していた。")
        else:
            notes.add(pen.name(q, "family"), "さん退寮。転居先 ", pen.address(q), "。電話 ", pen.phone(q, True, 0))
        notes.add("ボイラー点検 異常なし。")
    notes.blank().add("記入：管理人 ", pen.name(pen.person((1950, 1965))))
    return render.text_file(notes, "cp932", "\r\n")


def health_form(pen: Pen) -> object:
    p, kin = pen.person((1990, 2006)), pen.person((1955, 1985))
    head = Lines().add("入寮時 健康調査票").add("氏名：", pen.name(p), "　生年月日：", pen.birth(p, 0))
    table = Table(["項目", "記入欄"])
    table.add("既往歴", pen.sensitive("病歴", DORM_DISEASE)).add("現在の服薬", "なし")
    table.add("入社時健診", pen.sensitive("健康診断結果") if pen.rng.random() < 0.7 else pen.normal_checkup())
    if pen.rng.random() < 0.5:
        table.add("配慮を要する事項", pen.sensitive("障害", ["左耳が聴こえず補聴器を使用", "発達障害（ASD）の診断あり",
                                                    "吃音があり電話対応が難しい"]))
    table.add("食事の制限", pen.sensitive("宗教", ["ムスリムでハラール食を希望", "ヒンドゥー教徒で牛肉不可"]) if pen.rng.random() < 0.3
              else "特になし")
    table.add("緊急連絡先", [pen.name(kin), "（", pen.pick(KIN), "）"]).add("連絡先電話", pen.phone(kin))
    table.add("実家住所", [pen.postal(kin, True), " ", pen.address(kin)])
    return render.docx_file([head, table])


def union_officers(pen: Pen) -> object:
    table = Table(["役職", "氏名", "所属", "部屋", "携帯"], above=["みなも精工労働組合 寮支部 役員名簿"])
    for role in ("支部長", "副支部長", "書記", "会計", "青年部"):
        p = pen.person((1975, 2003))
        table.add(pen.sensitive("労働組合", [f"みなも精工労働組合の寮支部{role}"]), pen.name(p), pen.pick(SECTIONS),
                  f"{pen.rng.randint(2, 4)}{pen.rng.randint(1, 12):02d}", pen.phone(p, True, 0))
    return render.csv_file(table, "cp932")


def moves_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    own = pen.own(COMPANY)
    body = Lines().add("寮管理人 様").blank().add("総務課です。今月の入退寮予定を添付します。")
    newcomer = pen.person((2000, 2006))
    body.add("新入寮の", pen.name(newcomer, "tight"), "さんは", pen.sensitive("障害", ["車いすを使用（脊髄損傷）",
             "弱視のため拡大読書器を使用"]), "のため、1階の部屋でお願いします。")
    body.add("総務課 ", own["phone"], " 内線2215")
    moves = Table(["区分", "氏名", "予定日", "携帯"])
    for kind in ("入寮", "入寮", "退寮"):
        p = pen.person((1990, 2006))
        moves.add(kind, pen.name(p), pen.other_date(), pen.phone(p, True, 0))
    data, placed = render.xlsx_file([("予定", moves)])
    return message(own["email"], neg("EMAIL", "ryo-kanri@minamo-seiko.example.jp", "org_contact"), "11月 入退寮予定", body, when,
                   [("入退寮予定.xlsx", data, placed, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"ryo/名簿/入寮者名簿_{i:03d}.xlsx", residents(pen, pen.rng.randint(8, 14))),
        lambda i: single(f"ryo/host/RYOHI{i:03d}.DAT", rent_transfer(pen, pen.rng.randint(8, 16))),
        lambda i: single(f"ryo/日誌/寮務日誌_{i:03d}.txt", diary(pen, pen.rng.randint(4, 8))),
        lambda i: single(f"ryo/健康調査/調査票_{i:03d}.docx", health_form(pen)),
        lambda i: single(f"ryo/組合/役員名簿_{i:03d}.csv", union_officers(pen)),
        lambda i: doc_of(f"ryo/mail/総務_{i:03d}.eml", *moves_mail(pen, datetime(2025, 10, 20 + i % 10, 11, i % 60))),
    ])
