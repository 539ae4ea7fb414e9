"""A beauty college, a university dormitory, a registered support body for 特定技能 workers, a
light-cargo delivery firm and a forklift training centre."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus28 import forms as f
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import ORGS
from benchmarks.corpus28.people import foreigner, person, relative
from benchmarks.corpus28.render_mail import eml
from benchmarks.corpus28.render_office import docx_doc, odt_doc, xlsx_doc
from benchmarks.corpus28.render_text import csv_doc, fixed, html_doc, json_doc, rtf_doc, xml_doc

BIYO, RYO, TOKUTEI, KK, FL = (ORGS[k] for k in ("biyo", "ryo", "tokutei", "keikamotsu", "forklift"))
COUNTRIES = ["ベトナム", "インドネシア", "フィリピン", "ミャンマー", "ネパール"]


def biyo_students(rng: random.Random, n: int):
    students, fees = Grid("学籍番号", "氏名", "カナ", "生年月日", "住所", "携帯", "メール", "保護者", "保護者電話"), \
        Grid("学籍番号", "引落銀行", "支店", "種目", "口座番号", "名義", "初回引落日")
    for i in range(rng.randint(28, 34)):
        p = person(rng, (2002, 2008))
        guardian = relative(rng, p, (1965, 1980))
        sid = f"B26{n}{i:03d}"
        students.add(sid, f.name(p), f.kana(p), f.dob(rng, p, rng.choice([0, 3])), f.addr(p), f.cell(p), f.mail(p),
                     f.name(guardian), f.tel(guardian))
        bank, branch, kind, number = f.account(rng)
        fees.add(sid, bank, branch, kind, number, f.kana(guardian), ids.event_date(rng, 2026, 3))
    fees.add("学校口座", "静岡銀行", "本店営業部", "普通", BIYO.bank(), BIYO.name, "")
    return xlsx_doc(f"ビューティーアカデミー/学生/名簿_{2026 - n}年度.xlsx", [("学生", students), ("学費引落", fees)])


def biyo_mendan(rng: random.Random, n: int):
    p = person(rng, (2002, 2008))
    lines = f.head(Lines(), BIYO, "個人面談記録（担任用）", rng, letter=False)
    teacher = person(rng, (1970, 1992))
    lines.put("学生：", f.name(p), "（", f.dob(rng, p, 0), "生）　担任：", f.name(teacher))
    lines.put("面談日：", ids.event_date(rng, style=0))
    lines.put("出席率が下がっている件。本人によると", f.sens(rng, rng.choice(["病歴", "障害"])), "とのこと。")
    if rng.random() < 0.4:
        lines.put("アルバイト先で", f.sens(rng, "犯罪被害"), "。学生相談室を案内した。")
    lines.put("国家試験に向け、", v.historical(rng), "の言葉を引いて励ました。").put("次回面談：", ids.event_date(rng))
    grid = Grid("科目", "前期評価").add("カット", rng.choice(["A", "B", "C"])).add("着付け", rng.choice(["A", "B"]))
    return odt_doc(f"ビューティーアカデミー/面談/mendan_{n + 1:02d}.odt", [lines, grid])


def ryo_residents(rng: random.Random, n: int):
    rows = []
    for i in range(rng.randint(30, 36)):
        p = person(rng, (2003, 2008))
        parent = relative(rng, p, (1965, 1980))
        row = {"部屋": f"{rng.randint(1, 4)}{rng.randint(1, 20):02d}", "氏名": f.name(p), "カナ": f.kana(p),
               "生年月日": f.dob(rng, p, 5), "携帯": f.cell(p), "メール": f.mail(p),
               "実家": {"住所": f.addr(p), "郵便番号": f.zipc(p), "保護者": f.name(parent), "電話": f.tel(parent)},
               "入寮日": ids.event_date(rng, 2026, 5)}
        if rng.random() < 0.15:
            row["配慮事項"] = f.sens(rng, rng.choice(["宗教", "障害", "病歴"]))
        rows.append(row)
    tree = {"寮": RYO.name, "連絡先": RYO.tel(), "出力日": ids.event_date(rng, 2026, 5), "入寮者": rows}
    return json_doc(f"星和寮/名簿/residents_{2026 - n}.json", tree)


def ryo_incident(rng: random.Random, n: int):
    p, other = person(rng, (2003, 2008)), person(rng, (2003, 2008))
    lines = Lines().put(f"{RYO.name} 事案報告書 No.{n + 1}").put("発生日：", ids.event_date(rng, style=1))
    lines.put("当事者：", f.name(p), "（", f.cell(p), "）")
    lines.put("内容：", f.name(other), "さんが共用冷蔵庫の件で口論。", f.name(p), "さんは", f.sens(rng, "犯罪被害"), "と訴えた。")
    if rng.random() < 0.4:
        lines.put("なお", f.name(other), "さんは過去に", f.sens(rng, "犯罪歴"), "と本人が申告している。")
    lines.put("寮監：", RYO.tel(), "（夜間）")
    grid = Grid("確認者", "日時").add(f.name(person(rng, (1960, 1990))), ids.event_date(rng, style=3))
    return html_doc(f"星和寮/事案/incident_{n + 1:02d}.html", "事案報告書", [lines, grid])


def tokutei_list(rng: random.Random, n: int):
    grid = Grid("No", "氏名（旅券）", "カナ", "国籍", "生年月日", "旅券番号", "在留カード番号", "住所", "携帯",
                "受入企業", "配慮事項")
    for i in range(rng.randint(16, 20)):
        latin, kana, p = foreigner(rng)
        note = f.sens(rng, rng.choice(["宗教", "宗教", "病歴"])) if rng.random() < 0.35 else ""
        grid.add(str(i + 1), val("PERSON", latin), val("PERSON", kana), rng.choice(COUNTRIES), f.dob(rng, p, 3),
                 val("PASSPORT", ids.passport(rng, False)), val("RESIDENCE_CARD", ids.residence_card(rng)),
                 f.addr(p), f.cell(p), rng.choice(["大垣食品工業", "西濃介護サービス", "揖斐川精機"]), note)
    grid.add("", "支援機関", "", "", "", "", "", TOKUTEI.addr(), TOKUTEI.tel(), TOKUTEI.corp_mark())
    return xlsx_doc(f"アジア人材サポート/支援対象者/一覧_{n + 1}.xlsx", [("対象者", grid)])


def tokutei_mendan(rng: random.Random, n: int):
    latin, kana, p = foreigner(rng)
    intro = f.head(Lines(), TOKUTEI, "定期面談報告書（参考様式第5-5号）", rng, letter=False)
    grid = Grid("項目", "内容").add("氏名", val("PERSON", latin)).add("生年月日", f.dob(rng, p, 0))
    grid.add("在留カード番号", val("RESIDENCE_CARD", ids.residence_card(rng))).add("住居", f.addr(p))
    talk = Lines().put("面談日：", ids.event_date(rng, style=0), "　通訳同席")
    talk.put("本人より：", f.sens(rng, rng.choice(["宗教", "病歴", "犯罪被害", "労働組合"])), "との話があった。")
    talk.put("受入企業担当者", f.name(person(rng, (1965, 1990))), "に共有（", TOKUTEI.tel(), "）。")
    return docx_doc(f"アジア人材サポート/面談/{n + 1:02d}_{kana.split()[0]}.docx", [intro, grid, talk])


def tokutei_mail(rng: random.Random, n: int):
    """The support body writes to a host company: the renewals due, a table in the body and the list attached."""
    boss = person(rng, (1960, 1985))
    body = Lines().put(f"大垣食品工業株式会社　{boss.sei}様").gap().put("在留期間更新の対象者は下記のとおりです。")
    body.put("氏名　　　　　　　　在留カード番号　　在留期限")
    sheet = Grid("氏名", "生年月日", "在留カード番号", "在留期限", "携帯")
    for _ in range(rng.randint(3, 6)):
        latin, kana, p = foreigner(rng)
        card, until = val("RESIDENCE_CARD", ids.residence_card(rng)), ids.event_date(rng, 2027, 3)
        body.put(val("PERSON", latin), "　", card, "　", until)
        sheet.add(val("PERSON", latin), f.dob(rng, p, 3), card, ids.event_date(rng, 2027, 3), f.cell(p))
    body.gap().put("書類の準備をお願いいたします。").put("--").put(TOKUTEI.name, "　", f.name(person(rng, (1975, 1995))))
    body.put("TEL ", TOKUTEI.tel(), "　Mail ", TOKUTEI.mail())
    headers = [("From", TOKUTEI.email), ("To", [f.name(boss), " <", f.mail(boss), ">"]),
               ("Subject", "【要対応】在留期間更新のご案内")]
    attach = xlsx_doc(f"koushin_{n + 1}.xlsx", [("更新対象", sheet)])
    return eml(f"アジア人材サポート/送信済み/koushin_{n + 1:02d}.eml", headers, body, [attach])


def kk_drivers(rng: random.Random, n: int):
    """Fixed-width export of the contractor-driver master (CP932, no header)."""
    records = []
    for i in range(rng.randint(40, 50)):
        p = person(rng, (1960, 2002), male=rng.random() < 0.85)
        _, _, _, number = f.account(rng)
        records.append([(6, f"{i + 1:06d}"), (24, f.kana(p)), (14, f.name(p, True)), (11, f.dob(rng, p, 3)),
                        (13, val("DRIVERS_LICENSE", ids.licence(rng, p.birth.year))), (14, f.cell(p)),
                        (8, number), (48, f.addr(p))])
    return fixed(f"ハヤブサ軽貨物/host/DRVMST{n + 1:02d}.DAT", records)


def kk_accident(rng: random.Random, n: int):
    p, other = person(rng, (1965, 2000)), person(rng, (1950, 2005))
    lines = Lines().put("事故報告書").put(KK.name, "　運行管理者 殿").put("発生日時：", ids.event_date(rng, style=0))
    lines.put("運転者：", f.name(p), "　免許証番号 ", val("DRIVERS_LICENSE", ids.licence(rng, p.birth.year)))
    lines.put("車両：", ids.model_number(rng), "（軽バン）").put("相手方：", f.name(other), "様　", f.cell(other))
    lines.put("相手方住所：", f.addr(other)).put("状況：配達先駐車場で後退時に接触。相手方は軽傷。")
    if rng.random() < 0.3:
        lines.put("備考：運転者は過去に", f.sens(rng, "犯罪歴"), "（採用時申告）。")
    lines.put("連絡先：", KK.tel(), "　", KK.mail())
    return rtf_doc(f"ハヤブサ軽貨物/事故/jiko_{n + 1:02d}.rtf", lines)


def fl_applications(rng: random.Random, n: int):
    grid = Grid("受付番号", "コース", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "勤務先",
                "運転免許番号", "受付日")
    for i in range(rng.randint(35, 42)):
        p = person(rng, (1965, 2006), male=rng.random() < 0.8)
        lic = val("DRIVERS_LICENSE", ids.licence(rng, p.birth.year)) if rng.random() < 0.7 else ""
        grid.add(f"{n + 1}-{i + 1:03d}", rng.choice(["31h", "11h", "35h"]), f.name(p), f.kana(p),
                 f.dob(rng, p, rng.choice([1, 2, 3])), f.zipc(p), f.addr(p), f.cell(p),
                 rng.choice(["姫路運輸", "播磨倉庫", "個人"]), lic, ids.event_date(rng, 2026, 3))
    return csv_doc(f"姫路技能講習/申込/moshikomi_{n + 1}.csv", grid, cp932=True)


def fl_completed(rng: random.Random, n: int):
    records = []
    for _ in range(rng.randint(30, 40)):
        p = person(rng, (1965, 2006))
        records.append(("修了者", [("修了証番号", ids.ticket_number(rng)), ("氏名", f.name(p)),
                                ("生年月日", f.dob(rng, p, rng.choice([0, 5]))), ("住所", f.addr(p)),
                                ("修了日", ids.event_date(rng, 2026, 5))]))
    return xml_doc(f"姫路技能講習/修了/shuryo_{n + 1}.xml", "修了者台帳", records, attrs=f' 発行="{FL.name}"')
