"""An independent-league baseball team, an old people's club (老人クラブ), a precision-parts maker's
general affairs desk, a propane dealer and a newspaper delivery office."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, maybe, val
from benchmarks.corpus28 import forms as f
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import ORGS
from benchmarks.corpus28.people import person, relative
from benchmarks.corpus28.render_mail import zipped
from benchmarks.corpus28.render_office import docx_doc, odt_doc, pptx_doc, xlsx_doc
from benchmarks.corpus28.render_text import csv_doc, fixed, txt

BB, ROJIN, SM, LP, SB = (ORGS[k] for k in ("baseball", "rojin", "seimitsu", "lpgas", "shinbun"))
POSITIONS = ["投手", "捕手", "内野手", "外野手"]


def bb_roster(rng: random.Random, n: int):
    slides = [("選手名簿", Lines().put(BB.name).put("更新：", ids.event_date(rng, style=0)))]
    for position in POSITIONS:
        body = Lines()
        for _ in range(rng.randint(5, 7)):
            p = person(rng, (1996, 2007), male=True)
            body.put(f"#{rng.randint(0, 99)} ", f.name(p), "（登録名 ", maybe("PERSON", rng.choice(v.STAGE_NAMES)),
                     "）", f.dob(rng, p, 0), "生　", p.pref, "出身")
        slides.append((position, body))
    slides.append(("球団事務所", Lines().put(BB.addr()).put(BB.tel())))
    return pptx_doc(f"瀬戸内オーシャンズ/広報/senshu_{2026 - n}.pptx", slides)


def bb_medical(rng: random.Random, n: int):
    grid = Grid("背番号", "氏名", "生年月日", "携帯", "既往歴", "メディカルチェック", "保険者番号", "運転免許")
    for _ in range(rng.randint(28, 32)):
        p = person(rng, (1996, 2007), male=True)
        grid.add(str(rng.randint(0, 99)), f.name(p), f.dob(rng, p, 3), f.cell(p), f.sens(rng, "病歴"),
                 f.sens(rng, "健康診断結果") if rng.random() < 0.5 else "異常なし",
                 val("HEALTH_INSURANCE_NUMBER", ids.insurer_number(rng)),
                 val("DRIVERS_LICENSE", ids.licence(rng, p.birth.year)) if rng.random() < 0.5 else "")
    return csv_doc(f"瀬戸内オーシャンズ/トレーナー/medical_{n + 1}.csv", grid)


def rojin_members(rng: random.Random, n: int):
    lines = f.head(Lines(), ROJIN, f"寿クラブ 会員名簿（{['鴨田', '大樹寺', '大門'][n % 3]}地区）", rng, letter=False)
    for i in range(rng.randint(30, 36)):
        p = person(rng, (1930, 1956))
        lines.put(f"{i + 1:>3} ", f.name(p), "　", f.dob(rng, p, rng.choice([1, 2])), "　", f.addr(p), "　",
                  f.tel(p))
    lines.put("会費振込先：岡崎信用金庫 大樹寺支店 普通 ", ROJIN.bank())
    return txt(f"寿クラブ/名簿/meibo_{n + 1}.txt", lines, cp932=True)


def rojin_minutes(rng: random.Random, n: int):
    lines = Lines().put(f"寿クラブ連合会 役員会 議事録（第{n + 1}回）").put("日時：", ids.event_date(rng, style=1))
    chair, clerk = person(rng, (1935, 1955)), person(rng, (1935, 1955))
    lines.put("出席：会長 ", f.name(chair), "、書記 ", f.name(clerk), " ほか8名")
    lines.put("1. 歴史講座「", v.historical(rng), "と三河」の講師を依頼。")
    sick = person(rng, (1930, 1955))
    lines.put("2. 会員 ", f.name(sick), " さんが", f.sens(rng, "病歴"), "のため退会希望。見舞いを送る。")
    if rng.random() < 0.5:
        lines.put("3. ", f.name(person(rng, (1930, 1955))), " さんが", f.sens(rng, "犯罪被害"), "。防犯講座を企画。")
    lines.put("4. 健康づくり：", v.health_notice(rng), "。").put("次回：", ids.event_date(rng, style=1))
    grid = Grid("担当", "氏名").add("会計", f.name(person(rng, (1935, 1955)))).add("連絡所", ROJIN.tel())
    return odt_doc(f"寿クラブ/議事録/gijiroku_{n + 1:02d}.odt", [lines, grid])


def sm_keicho(rng: random.Random, n: int):
    grid = Grid("申請日", "社員番号", "社員氏名", "区分", "対象者", "続柄", "内容", "支給額")
    for _ in range(rng.randint(18, 24)):
        p = person(rng, (1965, 2000))
        kin = relative(rng, p, (1930, 2025))
        kind = rng.choice(["結婚祝", "出産祝", "傷病見舞", "弔慰"])
        detail = f.sens(rng, "病歴") if kind == "傷病見舞" else ""
        grid.add(ids.event_date(rng, 2026, 3), f"M{rng.randint(1000, 9999)}", f.name(p), kind, f.name(kin),
                 rng.choice(["本人", "配偶者", "子", "父", "母"]), detail, f"{rng.randint(1, 10) * 10000:,}")
    return xlsx_doc(f"三塚精密/総務/慶弔見舞金_{2026 - n}.xlsx", [("慶弔", grid)])


def sm_shataku(rng: random.Random, n: int):
    grid = Grid("棟", "部屋", "入居者", "生年月日", "携帯", "入居日", "緊急連絡先", "備考")
    for _ in range(rng.randint(22, 26)):
        p = person(rng, (1975, 2006))
        kin = relative(rng, p, (1950, 1980))
        note = f.sens(rng, rng.choice(["労働組合", "宗教", "障害"])) if rng.random() < 0.15 else ""
        grid.add(rng.choice(["A", "B"]), str(rng.randint(101, 410)), f.name(p), f.dob(rng, p, 0), f.cell(p),
                 ids.event_date(rng, 2026, 3), [f.name(kin), " ", f.tel(kin)], note)
    return csv_doc(f"三塚精密/総務/shataku_{n + 1}.csv", grid, cp932=True)


def sm_fuyou(rng: random.Random, n: int):
    """A zip the payroll desk sends out: the dependants' list and a note."""
    grid = Grid("社員氏名", "個人番号", "扶養親族", "続柄", "親族生年月日", "親族個人番号", "障害者区分")
    for _ in range(rng.randint(12, 16)):
        p = person(rng, (1965, 1998))
        kin = relative(rng, p, (1940, 2024))
        grid.add(f.name(p), val("MY_NUMBER", ids.my_number_written(rng)), f.name(kin), rng.choice(["妻", "子", "母"]),
                 f.dob(rng, kin, 3), val("MY_NUMBER", ids.my_number(rng)),
                 f.sens(rng, "障害") if rng.random() < 0.1 else "")
    note = Lines().put("年末調整用 扶養控除等申告書データ").put("送付元：", SM.name, " ", SM.tel())
    note.put("事業所番号 ", ids.office_number(rng)).put("法人番号 ", SM.corp_mark())
    members = [csv_doc(f"fuyou/fuyou_{n + 1}.csv", grid, cp932=True), txt("fuyou/readme.txt", note)]
    return zipped(f"三塚精密/年末調整/fuyou_{2026 - n}.zip", members)


def lp_customers(rng: random.Random, n: int):
    records = [[(8, "CUSTNO"), (20, "NAME"), (50, "ADDRESS"), (14, "TEL"), (12, "METER")]]
    for i in range(rng.randint(60, 70)):
        p = person(rng, (1935, 1995))
        records.append([(8, f"{n}{i:07d}"), (20, f.name(p, True)), (50, f.addr(p)), (14, f.tel(p)),
                        (12, ids.model_number(rng) if rng.random() < 0.4 else "")])
    return fixed(f"白浜プロパン/export/CUST{n + 1:03d}.DAT", records)


def lp_transfer(rng: random.Random, n: int):
    grid = Grid("顧客番号", "契約者", "金融機関", "支店", "預金種目", "口座番号", "口座名義", "振替日")
    for i in range(rng.randint(32, 40)):
        p = person(rng, (1935, 1995))
        bank, branch, kind, number = f.account(rng)
        grid.add(f"{i + 1:06d}", f.name(p), bank, branch, kind, number, f.kana(p), ids.event_date(rng, 2026, 3))
    grid.add("", "収納口座", "伊予銀行", "中央支店", "当座", LP.bank(), "", "")
    return csv_doc(f"白浜プロパン/口座振替/furikae_{n + 1}.csv", grid, cp932=True)


def sb_scholar(rng: random.Random, n: int):
    """新聞奨学生 身上書."""
    p = person(rng, (2004, 2008))
    parent = relative(rng, p, (1965, 1980))
    intro = f.head(Lines(), SB, "新聞奨学生 身上書", rng, letter=False)
    grid = Grid("", "").add("氏名", f.name(p)).add("フリガナ", f.kana(p)).add("生年月日", f.dob(rng, p, 4))
    grid.add("本籍", v.domicile(rng)).add("現住所", f.address_block(p)).add("携帯", f.cell(p))
    grid.add("保護者", f.name(parent)).add("保護者連絡先", f.tel(parent))
    grid.add("健康状態", f.sens(rng, rng.choice(["病歴", "健康診断結果"])) if rng.random() < 0.5 else "良好")
    grid.add("賞罰", f.sens(rng, "犯罪歴") if rng.random() < 0.2 else "なし")
    note = Lines().put("進学先：", rng.choice(["大阪公立大学", "近畿大学", "専門学校"])).put(v.policy(rng))
    return docx_doc(f"新聞販売所/奨学生/shinjosho_{n + 1:02d}.docx", [intro, grid, note])


def sb_subscribers(rng: random.Random, n: int):
    members = []
    for route in range(3):
        grid = Grid("区域", "氏名", "住所", "電話", "購読開始", "集金")
        for _ in range(rng.randint(25, 30)):
            p = person(rng, (1935, 1995))
            grid.add(f"{route + 1}区", f.name(p), f.addr(p), f.tel(p), ids.event_date(rng, rng.randint(2010, 2026), 3),
                     rng.choice(["口座", "集金", "カード"]))
        members.append(csv_doc(f"route{route + 1}.csv", grid, cp932=True))
    return zipped(f"新聞販売所/購読者/kudoku_{n + 1}.zip", members)
