"""A children's programming school, a dog-grooming salon, a silver human-resources centre, a
home-visit clinic (在宅医療) and a psychosomatic clinic (心療内科)."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus28 import forms as f
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import ORGS
from benchmarks.corpus28.people import person, relative
from benchmarks.corpus28.render_mail import eml
from benchmarks.corpus28.render_office import docx_doc, odt_doc, pdf_doc, xlsx_doc
from benchmarks.corpus28.render_text import csv_doc, fixed, json_doc, rtf_doc

CODE, TRIM, SILVER, ZAITAKU, SHINRYO = (ORGS[k] for k in ("code", "trim", "silver", "zaitaku", "shinryo"))
BREEDS = ["トイプードル", "柴犬", "ミニチュアダックス", "チワワ", "ポメラニアン", "シーズー"]


def code_students(rng: random.Random, n: int):
    classes = []
    for name in ("Scratch入門", "マイクラ", "ロボット"):
        kids = []
        for _ in range(rng.randint(9, 12)):
            child = person(rng, (2013, 2020))
            parent = relative(rng, child, (1978, 1992))
            kids.append({"name": f.name(child), "kana": f.kana(child), "birthday": f.dob(rng, child, 5),
                         "guardian": {"name": f.name(parent), "mail": f.mail(parent), "tel": f.cell(parent)},
                         "joined": ids.event_date(rng, 2026, 5),
                         "note": f.sens(rng, "障害") if rng.random() < 0.1 else ""})
        classes.append({"class": name, "students": kids})
    return json_doc(f"ピクセル/export/students_{n + 1}.json", {"school": CODE.name, "tel": CODE.tel(), "classes": classes})


def code_parent_mail(rng: random.Random, n: int):
    parent = person(rng, (1978, 1992))
    child = relative(rng, parent, (2013, 2020))
    body = Lines().put(f"{CODE.name} 先生方").gap().put(f.name(child), "の母です。")
    body.put("体験会は ", ids.event_date(rng, style=0), " でお願いします。")
    if rng.random() < 0.5:
        body.put("子どもは", f.sens(rng, "障害"), "ので、席の配置をご配慮ください。")
    body.put("連絡先：", f.cell(parent)).gap().put(f.name(parent))
    sheet = Grid("名前", "学年", "生年月日").add(f.name(child), f"{rng.randint(1, 6)}年", f.dob(rng, child, 3))
    attach = csv_doc("taiken.csv", sheet)
    headers = [("From", [f.name(parent), " <", f.mail(parent), ">"]), ("To", CODE.email), ("Subject", "体験会の申込")]
    return eml(f"ピクセル/受信/{n + 1:03d}.eml", headers, body, [attach] if n % 2 == 0 else [])


def trim_karte(rng: random.Random, n: int):
    grid = Grid("カルテNo", "飼い主", "電話", "住所", "ワンちゃん", "犬種", "使用シャンプー", "来店日")
    for i in range(rng.randint(30, 36)):
        p = person(rng, (1950, 2000))
        grid.add(f"K{n}{i:03d}", f.name(p), f.cell(p), f.addr(p), v.pet(rng), rng.choice(BREEDS),
                 ids.product_code(rng), ids.event_date(rng, 2026, 3))
    return csv_doc(f"ポワン/カルテ/karte_{n + 1}.csv", grid, cp932=n % 2 == 1)


def trim_booking(rng: random.Random, n: int):
    p = person(rng, (1955, 2000))
    body = Lines().put("ポワンさま").gap().put(v.pet(rng), "（", rng.choice(BREEDS), "）のトリミング予約をお願いします。")
    body.put("希望日：", ids.event_date(rng, style=0)).put(f.name(p), "　", f.cell(p))
    if rng.random() < 0.5:
        body.put("支払いはカード（", val("CREDIT_CARD", ids.card(rng)), "）でお願いします。")
    headers = [("From", [f.mail(p)]), ("To", TRIM.email), ("Subject", "予約希望")]
    return eml(f"ポワン/予約/{n + 1:02d}.eml", headers, body)


def silver_members(rng: random.Random, n: int):
    records = []
    for i in range(rng.randint(45, 52)):
        p = person(rng, (1938, 1962))
        _, _, _, number = f.account(rng)
        records.append([(7, f"{n}{i:06d}"), (14, f.name(p, True)), (24, f.kana(p)), (10, f.dob(rng, p, 6)),
                        (9, f.zipc(p)), (50, f.addr(p)), (14, f.tel(p)), (8, number)])
    return fixed(f"今治シルバー/HOST/KAIIN{n + 1:02d}.DAT", records)


def silver_accident(rng: random.Random, n: int):
    p = person(rng, (1938, 1960))
    intro = f.head(Lines(), SILVER, "就業中の事故報告書", rng)
    grid = Grid("項目", "内容").add("会員氏名", f.name(p)).add("生年月日", f.dob(rng, p, 1)).add("住所", f.addr(p))
    grid.add("電話", f.tel(p)).add("発生日", ids.event_date(rng, style=1)).add("就業先", "今治市公園管理（除草）")
    grid.add("負傷の状況", "刈払機使用中に転倒し右手首を負傷")
    grid.add("既往症", f.sens(rng, "病歴") if rng.random() < 0.7 else "なし")
    note = Lines().put("安全就業のしおり：", v.health_notice(rng)).put("センター ", SILVER.tel())
    return docx_doc(f"今治シルバー/事故報告/{n + 1:02d}_{p.sei}.docx", [intro, grid, note])


def silver_work(rng: random.Random, n: int):
    grid = Grid("会員", "就業先", "就業日数", "配分金", "振込先")
    for _ in range(rng.randint(25, 30)):
        p = person(rng, (1938, 1962))
        bank, branch, kind, number = f.account(rng)
        grid.add(f.name(p), rng.choice(["市民会館", "駐輪場", "公園", "個人宅"]), str(rng.randint(3, 18)),
                 f"{rng.randint(10, 90) * 1000:,}", [bank, branch, " ", kind, " ", number])
    return xlsx_doc(f"今治シルバー/配分金/haibunkin_{2026}{n + 1:02d}.xlsx", [("配分金", grid)])


def zaitaku_patients(rng: random.Random, n: int):
    grid = Grid("患者", "生年月日", "住所", "電話", "保険者番号", "主病名", "要介護度", "キーパーソン", "KP電話")
    for _ in range(rng.randint(28, 34)):
        p = person(rng, (1925, 1960))
        kin = relative(rng, p, (1950, 1980))
        grid.add(f.name(p), f.dob(rng, p, rng.choice([1, 2])), f.addr(p), f.tel(p),
                 val("HEALTH_INSURANCE_NUMBER", ids.insurer_number(rng)), f.sens(rng, "病歴"),
                 rng.choice(["要介護2", "要介護3", "要介護5"]), f.name(kin), f.cell(kin))
    return xlsx_doc(f"すずかけ在宅/患者一覧/patients_{n + 1}.xlsx", [("訪問患者", grid)])


def zaitaku_visit(rng: random.Random, n: int):
    pages = []
    for _ in range(2):
        p = person(rng, (1925, 1955))
        page = Lines().put(f"{ZAITAKU.name} 訪問診療記録").put("訪問日 ", ids.event_date(rng, style=0))
        page.put("患者 ", f.name(p), " 様　", f.dob(rng, p, 1), "生").put("住所 ", f.addr(p))
        page.put("S: 夜眠れない。O: ", f.sens(rng, "健康診断結果")).put("A: ", f.sens(rng, "病歴"))
        page.put("P: 処方継続。次回 ", ids.event_date(rng, style=0))
        pages.append(page)
    return pdf_doc(f"すずかけ在宅/訪問記録/houmon_{n + 1:03d}.pdf", pages)


def shinryo_intake(rng: random.Random, n: int):
    p = person(rng, (1965, 2006))
    intro = Lines().put(f"{SHINRYO.name} 初診時インテーク").put("記入日 ", ids.event_date(rng, style=0))
    grid = Grid("項目", "回答").add("氏名", f.name(p)).add("生年月日", f.dob(rng, p, 0)).add("電話", f.cell(p))
    grid.add("住所", f.address_block(p)).add("主訴", f.sens(rng, "病歴"))
    story = Lines().put("生活歴：", p.pref, "で育つ。")
    for category in rng.sample(["犯罪被害", "宗教", "労働組合", "犯罪歴", "人種・民族", "信条"], 2):
        story.put("本人の話では、", f.sens(rng, category), "。")
    story.put("（インテーカー ", f.name(person(rng, (1975, 1995))), "）")
    return odt_doc(f"こころの森/インテーク/intake_{n + 1:03d}.odt", [intro, grid, story])


def shinryo_letter(rng: random.Random, n: int):
    p = person(rng, (1965, 2006))
    doctor = person(rng, (1960, 1985))
    lines = Lines().put("診療情報提供書").put("宇都宮中央病院 精神科 御侍史").put(ids.event_date(rng, style=1))
    lines.put("患者氏名：", f.name(p), "　生年月日：", f.dob(rng, p, 1), "　", str(p.age), "歳")
    lines.put("住所：", f.addr(p)).put("傷病名：", f.sens(rng, "病歴"))
    lines.put("経過：当院通院中。", f.sens(rng, rng.choice(["障害", "犯罪被害"])), "。")
    lines.put(SHINRYO.name, "　", f.name(doctor), "　TEL ", SHINRYO.tel())
    return rtf_doc(f"こころの森/紹介状/shokai_{n + 1:02d}.rtf", lines)
