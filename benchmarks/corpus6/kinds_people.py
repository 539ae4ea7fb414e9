"""People an organisation selects or registers: a supervising body's ledger of
technical intern trainees, scholarship applications, a recruiter's applicant table,
interview score sheets, a shareholder register from the host."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, xlsx_doc, zip_doc
from benchmarks.corpus2.truth import Doc, Table, Text, person
from benchmarks.corpus4.writers import ods_doc
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import as_cells, fixed_doc, labelled


def _trainees(d: Desk) -> Table:
    table = Table(name="実習生").add("管理No", "氏名（ローマ字）", "カナ", "国籍", "生年月日", "在留カード番号", "旅券番号",
                                        "在留期限", "保険者番号", "実習実施者", "健診所見")
    for i in range(d.between(6, 12)):
        p = d.person(born=(1994, 2005), foreign=True)
        finding = d.said("健康診断結果") if d.chance(0.3) else "異常なし"
        table.add(f"TR-{2026}{i + 1:03d}", d.name(p, "roman"), d.name(p, "kana"), p.nationality,
                  d.birth(p, d.pick(["packed", "slash"])), d.mark("RESIDENCE_CARD"), d.abroad_passport(p),
                  d.not_birth(d.day(date(2027, 1, 1), 900), "permit_expiry", "slash"),
                  d.mark("HEALTH_INSURANCE_NUMBER") if d.chance(0.4) else "",
                  d.pick(["(株)棚倉板金", "ミツバ食品工業(株)", "さくら農園"]), finding)
    return table


def trainee_ledger(d: Desk, n: int) -> Doc:
    table = _trainees(d)
    if n % 3 == 0:
        roster = xlsx_doc("実習生管理簿.xlsx", [table], "trainee_ledger")
        p = d.person(foreign=True)
        note = Text().add("面談記録 ", d.not_birth(d.day(), "interview_date", "slash")).add(
            "対象：", d.name(p, "roman"), "（", p.nationality, "）").add("本人より", d.said(d.pick(["宗教", "病歴"])), "との申し出。")
        memo = docx_doc("面談記録.docx", [note], "trainee_ledger")
        return zip_doc(f"kumiai/jisshusei_{n:02d}.zip", [roster, memo], "trainee_ledger")
    if n % 3 == 1:
        return ods_doc(f"kumiai/kanribo_{n:02d}.ods", [table], "trainee_ledger")
    return xlsx_doc(f"kumiai/kanribo_{n:02d}.xlsx", [table], "trainee_ledger")


def scholarship(d: Desk, n: int) -> Doc:
    p = d.person(born=(2005, 2009))
    parent = d.family(p, born=(1965, 1985))
    pairs = [("申請者氏名", d.name(p, "kanji")), ("フリガナ", d.kana(p)), ("生年月日", d.birth(p, "west")),
             ("現住所", d.postal(p), " ", d.address(p)), ("携帯電話", d.phone(p, True)), ("E-mail", d.email(p)),
             ("保護者氏名", d.name(parent, "kanji")), ("保護者の年収", f"{d.between(180, 420)}万円"),
             ("振込口座", "ふたば銀行 駅前支店 普通 ", d.mark("BANK_ACCOUNT"))]
    essay = Text().add("【志望理由・家庭の状況】")
    essay.add("地域の歴史を学び、教員になりたいと考えています。")
    essay.add("本人について：", d.said(d.pick(["人種・民族", "障害"])), "。")
    essay.add("家庭の事情：母が", d.said("病歴"), "。働ける時間が限られています。")
    essay.add("受付 ", d.not_birth(d.day(), "received_date", "era"))
    if n % 2:
        return docx_doc(f"scholarship/shinsei_{n:02d}.docx", [Text().add("給付型奨学金 申請書"), as_cells(pairs), essay],
                        "scholarship")
    return xlsx_doc(f"scholarship/shinsei_ichiran_{n:02d}.xlsx", [_scholar_rows(d)], "scholarship")


def _scholar_rows(d: Desk) -> Table:
    table = Table(name="申請者").add("受付番号", "氏名", "生年月日", "学校", "電話", "特記事項")
    for _ in range(d.between(6, 10)):
        p = d.person(born=(2005, 2009))
        note = d.said(d.pick(["障害", "人種・民族", "病歴"])) if d.chance(0.35) else ""
        table.add(d.number("receipt_number", "PHONE", 10), d.name(p), d.birth(p, "slash"),
                  d.pick(["県立高校3年", "高専2年", "大学1年"]), d.phone(p, True), note)
    return table


def applicants(d: Desk, n: int) -> Doc:
    table = Table().add("応募ID", "応募日", "氏名", "ふりがな", "年齢", "生年月日", "電話番号", "メールアドレス", "応募職種",
                        "選考状況")
    for _ in range(d.between(10, 18)):
        p = d.person(born=(1975, 2006), foreign=d.chance(0.12))
        table.add(d.number("applicant_id", "PHONE", 10), d.not_birth(d.day(), "applied_date", "slash"), d.name(p),
                  d.kana(p) if not p.nationality else "", str(p.age()), d.birth(p, d.pick(["slash", "iso", "packed"])),
                  d.phone(p, True, d.pick(["hyphen", "bare"])), d.email(p), d.pick(["倉庫内軽作業", "介護職", "ドライバー", "事務"]),
                  d.pick(["書類選考中", "一次面接", "不採用", "内定"]))
    if n % 3 == 0:
        return delimited_doc(f"recruit/oubo_{n:02d}.tsv", table, "applicants", encoding="utf-16", delimiter="\t")
    if n % 3 == 1:
        return delimited_doc(f"recruit/applicants_{n:02d}.csv", table, "applicants", encoding="utf-8-sig",
                             quote_all=True)
    return xlsx_doc(f"recruit/oubosha_{n:02d}.xlsx", [table], "applicants")


def interview_sheet(d: Desk, n: int) -> Doc:
    p = d.person(born=(1980, 2004))
    rows = Table().add("評価項目", "評点", "コメント")
    rows.add("コミュニケーション", str(d.between(2, 5)), "受け答えは明瞭")
    rows.add("職務経験", str(d.between(2, 5)), "前職は物流センターのリーダー")
    rows.add("その他", "-", ("本人申告：", d.said(["労働組合", "病歴", "信条", "犯罪歴"][(n - 1) % 4])))
    head = [("応募者", d.name(p)), ("生年月日", d.birth(p, "era")), ("面接日", d.not_birth(d.day(), "interview_date", "west")),
            ("面接官", d.name(d.person(), "kanji"), "・", d.name(d.person(), "kanji"))]
    verdict = Text().add("総合所見：", d.pick(["二次へ進める", "見送り", "保留（他候補と比較）"]))
    if n % 2:
        return docx_doc(f"recruit/hyoka_{n:02d}.docx", [labelled(head), rows, verdict], "interview_sheet")
    return xlsx_doc(f"recruit/mensetsu_hyoka_{n:02d}.xlsx", [Table(rows=as_cells(head).rows + [[""]] + rows.rows,
                                                                   name="評価")], "interview_sheet")


def shareholders(d: Desk, n: int) -> Doc:
    table = Table().add("株主番号", "株主名ｶﾅ", "株主名", "郵便番号", "住所", "持株数")
    for _ in range(d.between(10, 16)):
        p = d.person(born=(1935, 1990))
        table.add(d.number("shareholder_number", "MY_NUMBER", 9), d.kana(p, half=True), person(p.kanji("")),
                  d.postal(p, d.pick(["hyphen", "bare"])), d.address(p, d.pick(["plain", "kanji"])),
                  f"{d.between(1, 60) * 100:,}")
    if n % 2:
        return fixed_doc(f"stock/KABUNUSHI_{n:02d}.DAT", table, "shareholders",
                         trailer=f"TOTAL {len(table.rows) - 1:06d}")
    table.title = ["株主名簿（基準日 2026年9月30日）"]
    return delimited_doc(f"stock/kabunushi_{n:02d}.csv", table, "shareholders", encoding="cp932")
