"""A painter's crew (塗装店), an eye clinic (眼科), a babysitter agency, a neighbourhood crime
patrol and a dementia group home: their rosters, forms, mails and reports."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus28 import forms as f
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import ORGS
from benchmarks.corpus28.people import person, relative
from benchmarks.corpus28.render_mail import eml
from benchmarks.corpus28.render_office import docx_doc, pdf_doc, xlsx_doc
from benchmarks.corpus28.render_text import csv_doc, txt

TOSO, GANKA, SITTER, PATROL, GH = (ORGS[k] for k in ("toso", "ganka", "sitter", "patrol", "gh"))
BLOOD = ["A", "B", "O", "AB"]


def toso_roster(rng: random.Random, n: int):
    """作業員名簿 (全建統一様式 in the painter's own columns), one sheet per site."""
    sheets = []
    for site in ("相模原駅北口改修", "淵野辺団地外壁"):
        grid = Grid(f"作業員名簿　現場：{site}　元請：{TOSO.name}").add("提出日", ids.event_date(rng, style=3))
        grid.add("No", "氏名", "フリガナ", "生年月日", "現住所", "電話", "血液型", "健診受診日", "健診所見",
                 "基礎年金番号", "雇用保険被保険者番号", "緊急連絡先", "続柄", "連絡先電話")
        for i in range(rng.randint(14, 18)):
            p = person(rng, (1958, 2004), male=rng.random() < 0.85)
            kin = relative(rng, p, (1955, 2000))
            finding = f.sens(rng, "健康診断結果") if rng.random() < 0.3 else "異常なし"
            grid.add(str(i + 1), f.name(p), f.kana(p), f.dob(rng, p, 3), f.addr(p), f.cell(p), rng.choice(BLOOD),
                     ids.event_date(rng, 2026, 3), finding, val("BASIC_PENSION_NUMBER", ids.pension(rng)),
                     val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng)), f.name(kin),
                     rng.choice(["妻", "母", "父", "兄"]), f.tel(kin))
        grid.add("事業所番号", ids.office_number(rng), "", "会社TEL", TOSO.tel())
        sheets.append((site[:8], grid))
    return xlsx_doc(f"丸岡塗装/安全書類/作業員名簿_{2026 - n}.xlsx", sheets)


def toso_entry(rng: random.Random, n: int):
    """新規入場者アンケート: one worker's answers, a table and a note."""
    p = person(rng, (1960, 2005), male=rng.random() < 0.8)
    intro = f.head(Lines(), TOSO, "新規入場者教育 アンケート兼誓約書", rng)
    intro.put("記入例：", v.sample_name(rng), "（楷書で記入のこと）")
    grid = Grid("項目", "記入欄")
    grid.add("氏名", f.name(p)).add("ふりがな", f.kana(p)).add("生年月日", [f.dob(rng, p), "（", str(p.age), "歳）"])
    grid.add("住所", f.address_block(p)).add("携帯", f.cell(p))
    if rng.random() < 0.6:
        grid.add("運転免許証番号", val("DRIVERS_LICENSE", ids.licence(rng, p.birth.year)))
    grid.add("持病・既往歴", f.sens(rng, "病歴") if rng.random() < 0.7 else "なし")
    grid.add("直近の健診結果", f.sens(rng, "健康診断結果") if rng.random() < 0.5 else "特になし")
    note = Lines().put("【安全衛生上の注意】", v.health_notice(rng), "。").put("入場日：", ids.event_date(rng, style=1))
    note.put("上記のとおり相違ありません。　署名 ", f.name(p))
    return docx_doc(f"丸岡塗装/新規入場/アンケート_{n + 1:02d}_{p.sei}.docx", [intro, grid, note])


def ganka_monshin(rng: random.Random, n: int):
    """初診問診票 scanned back to PDF: two pages, the patient's answers line by line."""
    p = person(rng, (1935, 2015))
    one = Lines().put(f"{GANKA.name}　初診問診票").put("受付日 ", ids.event_date(rng, style=rng.choice([0, 3])))
    one.put("お名前 ", f.name(p), "　フリガナ ", f.kana(p)).put("生年月日 ", f.dob(rng, p), "　", str(p.age), "歳")
    one.put("ご住所 〒", f.zipc(p)).put("　", f.addr(p)).put("電話 ", f.tel(p), "　携帯 ", f.cell(p))
    one.put("保険者番号 ", val("HEALTH_INSURANCE_NUMBER", ids.insurer_number(rng)))
    two = Lines().put("今日はどうされましたか：", rng.choice(["かすみ目", "飛蚊症", "目の痛み", "視力低下"]))
    two.put("これまでにかかった病気：", f.sens(rng, "病歴"))
    if rng.random() < 0.4:
        two.put("健診で指摘されたこと：", f.sens(rng, "健康診断結果"))
    if rng.random() < 0.15:
        two.put("宗教上の理由で配慮が必要なこと：", f.sens(rng, "宗教"))
    two.put("◎", v.health_notice(rng)).put(GANKA.name, "　TEL ", GANKA.tel())
    return pdf_doc(f"みどり坂眼科/問診票/{2026}{n % 12 + 1:02d}/monshin_{n + 1:03d}.pdf", [one, two])


def ganka_ope(rng: random.Random, n: int):
    """手術予約一覧: a CP932 export from the appointment system."""
    grid = Grid("予約番号", "手術日", "患者氏名", "カナ", "生年月日", "電話", "術眼", "病名", "備考")
    for _ in range(rng.randint(20, 26)):
        p = person(rng, (1932, 1975))
        grid.add(ids.ticket_number(rng) if rng.random() < 0.3 else f"OP{rng.randint(10000, 99999)}",
                 ids.event_date(rng, 2026, 3), f.name(p), f.kana(p), f.dob(rng, p, rng.choice([2, 3, 6])),
                 f.tel(p), rng.choice(["右", "左", "両"]), f.sens(rng, "病歴"),
                 f.sens(rng, "障害") if rng.random() < 0.1 else "")
    return csv_doc(f"みどり坂眼科/手術/ope_yoyaku_{n + 1}.csv", grid, cp932=True)


def sitter_staff(rng: random.Random, n: int):
    grid = Grid("登録No", "氏名", "ふりがな", "生年月日", "住所", "携帯", "メール", "振込先銀行", "支店", "種別",
                "口座番号", "保育士", "メモ")
    for i in range(rng.randint(22, 28)):
        p = person(rng, (1955, 2003), male=rng.random() < 0.1)
        bank, branch, kind, number = f.account(rng)
        memo = f.sens(rng, rng.choice(["病歴", "宗教"])) if rng.random() < 0.15 else ""
        grid.add(f"S-{300 + i}", f.name(p), f.kana(p), f.dob(rng, p, 0), f.addr(p), f.cell(p), f.mail(p),
                 bank, branch, kind, number, rng.choice(["有", "無"]), memo)
    grid.add("", "当社口座", "", "", SITTER.addr(), SITTER.tel(), SITTER.mail(), "", "", "普通", SITTER.bank())
    return xlsx_doc(f"こもれびシッター/登録者/シッター台帳_{n + 1}.xlsx", [("登録シッター", grid)])


def sitter_mail(rng: random.Random, n: int):
    parent = person(rng, (1980, 1995))
    child = relative(rng, parent, (2019, 2025))
    body = Lines().put(f"{SITTER.name} ご担当者様").gap().put("いつもお世話になっております。", f.name(parent), "です。")
    body.put("来週の", ids.event_date(rng, style=0), "にシッターさんをお願いしたく連絡しました。")
    body.put("子ども：", f.name(child), "（", f.dob(rng, child, rng.choice([0, 1])), "生まれ）")
    if rng.random() < 0.6:
        body.put("注意点：", f.sens(rng, rng.choice(["病歴", "障害"])), "なので、よろしくお願いします。")
    body.put("住所は ", f.addr(parent), " です。").put("当日の連絡先：", f.cell(parent)).gap().put(f.name(parent))
    if n % 3 == 0:
        body.gap().put("希望日程（表）").put("| 日付 | 時間 | 場所 |").put("|------|------|------|")
        for _ in range(rng.randint(2, 3)):
            body.put("| ", ids.event_date(rng, style=3), " | 9:00-17:00 | 自宅 |")
    if n % 2 == 1:
        body.gap().put("-----Original Message-----").put("> ", SITTER.name, " サポートデスクです。")
        body.put("> ご依頼の際はお子さまのお名前と生年月日をお知らせください。").put("> TEL ", SITTER.tel())
    headers = [("From", [f.name(parent), " <", f.mail(parent), ">"]), ("To", SITTER.email),
               ("Subject", f"シッター依頼（{child.mei}）")]
    return eml(f"こもれびシッター/依頼メール/{n + 1:03d}.eml", headers, body)


def patrol_roster(rng: random.Random, n: int):
    """Headerless: the patrol's members and the dogs they walk on 'wan-wan patrol'."""
    grid = Grid()
    for i in range(rng.randint(25, 32)):
        p = person(rng, (1940, 1990))
        dog = v.pet(rng) if rng.random() < 0.4 else ""
        grid.add(str(i + 1), f.name(p), f.addr(p), f.tel(p) if rng.random() < 0.6 else f.cell(p), dog,
                 rng.choice(["月", "水", "金", "土"]), ids.event_date(rng, rng.randint(2015, 2026), 3))
    return csv_doc(f"防犯パトロール/名簿/members_{n + 1}.csv", grid)


def patrol_report(rng: random.Random, n: int):
    lines = f.head(Lines(), PATROL, f"パトロール活動報告　第{n + 1}号", rng, letter=n % 2 == 0)
    for _ in range(rng.randint(2, 4)):
        p, victim = person(rng, (1940, 1995)), person(rng, (1935, 2000))
        lines.put("■", ids.event_date(rng, style=rng.choice([1, 4])), "　班長 ", f.name(p))
        lines.put("　", victim.city, "在住の", f.name(victim), "さん宅で、",
                  f.sens(rng, "犯罪被害"), "との申告あり。")
        lines.put("　連絡先 ", f.tel(victim), "。交番へ情報提供済み。")
    lines.put("今月の標語：", v.historical(rng), "に学ぶ「備えあれば憂いなし」")
    return txt(f"防犯パトロール/報告/report_{n + 1:02d}.txt", f.foot(lines, PATROL, rng, policy=False),
               cp932=n % 2 == 1)


def gh_facesheet(rng: random.Random, n: int):
    p = person(rng, (1925, 1950))
    kin = relative(rng, p, (1950, 1975))
    intro = f.head(Lines(), GH, "フェイスシート（入居者基本情報）", rng, letter=False)
    grid = Grid("項目", "内容").add("氏名", f.name(p)).add("フリガナ", f.kana(p))
    grid.add("生年月日", f.dob(rng, p, rng.choice([1, 4]))).add("本籍", v.domicile(rng))
    grid.add("前住所", f.address_block(p)).add("保険者番号", val("HEALTH_INSURANCE_NUMBER", ids.insurer_number(rng)))
    grid.add("主病名", f.sens(rng, "病歴")).add("障害・ADL", f.sens(rng, "障害"))
    grid.add("宗教・習慣", f.sens(rng, "宗教") if rng.random() < 0.5 else "特になし")
    grid.add("キーパーソン", [f.name(kin), "（長女）"]).add("連絡先", [f.cell(kin), " / ", f.mail(kin)])
    life = Lines().put("生活歴：", p.pref, "出身。若い頃は", rng.choice(["紡績工場", "小学校", "呉服店"]),
                       "に勤め、", v.historical(rng), "の伝記を愛読。")
    life.put("呼び名：", f.nickname(rng), "と呼ばれると落ち着く。")
    return docx_doc(f"ひだまりの郷/フェイスシート/{n + 1:02d}_{p.sei}{p.mei}.docx", [intro, grid, life])


def gh_hiyari(rng: random.Random, n: int):
    lines = f.head(Lines(), GH, "ヒヤリハット報告書", rng, letter=False)
    staff, resident = person(rng, (1970, 2000)), person(rng, (1925, 1948))
    lines.put("報告者：", f.name(staff)).put("発生日時：", ids.event_date(rng, style=1), " 午前5時頃")
    lines.put("対象者：", f.name(resident), "様（", f.dob(rng, resident, 1), "生）")
    lines.put("状況：夜間トイレ誘導時にふらつき。", f.sens(rng, "病歴"), "のため転倒リスク高い。")
    lines.put("対応：家族（", f.tel(resident), "）へ連絡済み。").put("※", v.health_notice(rng))
    return txt(f"ひだまりの郷/ヒヤリハット/hiyari_{n + 1:03d}.txt", lines, cp932=True)
