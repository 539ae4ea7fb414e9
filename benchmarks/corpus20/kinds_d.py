"""Corpus 20's writers (4): a city hospital's volunteer desk, an aircraft-maintenance crew's
medical office, a hotel's staff dormitory, a farming company's workers and a waste plant's
tour bookings."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Lines
from benchmarks.corpus20 import columns as col
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import people

HOSPITAL = "市民病院 ボランティア受付"
HANGAR = "航空機整備 第二整備課 健康管理室"
DORM = "ホテル潮騒 従業員寮"
FARM = "農業法人 みのり畑"
PLANT = "東部清掃工場 見学受付"


def volunteer_list(rng: random.Random, n: int):
    vols = people.people(rng, rng.randint(25, 40), young=18, old=80, abroad=0.04, sjis=True)
    columns = [col.name(rng.choice(["space", "tight"])), col.born("west"), col.tel(), col.address(),
               col.choice("月・木 午前", "火 午後", "水・金", "土 午前"), col.choice("受付案内", "図書コーナー", "車いす介助", "花壇")]
    header = None if n % 2 else ["氏名", "生年月日", "電話", "住所", "活動日", "活動内容"]
    grid = col.register(rng, header, columns, vols)
    return f.csv(f"hospital_volunteers/登録者_{n:02d}.csv", grid, encoding="utf-8" if n % 3 else "cp932")


def volunteer_mail(rng: random.Random, n: int):
    desk = c.org(rng, HOSPITAL, "city-hospital.example.lg.jp")
    p = people.person(rng, 20, 80)
    body = Lines().put(c.name(p, "sur"), " さま").gap()
    body.put("いつも受付案内のボランティアをありがとうございます。")
    body.put(c.visit_day(rng, "west"), "の活動は、", c.name(people.person(rng, 20, 80)), "さんと二人でお願いします。")
    if rng.random() < 0.5:
        body.put("先日伺った", c.sens(rng, rng.choice(["病歴", "障害"])), "の件、立ち仕事の少ない図書コーナーに変更しました。")
    body.put(c.notice(rng)).gap()
    desk.sign(body)
    mailed = f.mail(c.own_mail(desk), c.email(rng, p), "活動日のご連絡", body, f.ordinal_time(n, 13))
    return f.eml(f"hospital_volunteers/mail/{n:03d}.eml", mailed, body)


def hangar_medical(rng: random.Random, n: int):
    crew = people.people(rng, rng.randint(20, 32), young=20, old=62, abroad=0.03)
    result = col.sens(("健康診断結果",), 0.4, ("異常なし", "適合", "A"))
    columns = [col.number("M", 7100 + 40 * n), col.name(), col.born("abbr"), result, result,
               col.sens(("病歴",), 0.2, ("", "")), col.sens(("労働組合",), 0.1, ("", "")),
               col.ident("DRIVERS_LICENSE", blank=0.5),
               c.same_insurer(rng), lambda r, p, i: c.card_symbol(r), col.choice("適", "適（条件付）", "保留")]
    grid = col.register(rng, ["社員番号", "氏名", "生年月日", "視力・聴力", "血液検査", "既往歴", "組合役職", "構内運転 免許証番号",
                              "保険者番号", "記号・番号", "判定"], columns, crew)
    return f.xlsx(f"aircraft_maintenance/身体検査_{n:02d}.xlsx",
                  [("検査結果", grid, f"{HANGAR} 定期身体検査 結果"), ("事業所", c.employer_sheet(rng), None)])


def hangar_memo(rng: random.Random, n: int):
    mech, nurse = people.person(rng, 22, 60, sjis=True), people.person(rng, 30, 60, sjis=True)
    lines = Lines().put(HANGAR).put("要再検者フォローアップ記録").gap()
    lines.put("整備士：", c.name(mech), "（", c.born(rng, mech, "era"), "生）")
    lines.put("結果：", c.sens(rng, "健康診断結果"))
    lines.put("経過：", c.sens(rng, "病歴"), "。", c.visit_day(rng, "west"), "に主治医意見書を受領。")
    lines.put("記録：保健師 ", c.name(nurse, "tight"))
    lines.put(c.notice(rng))
    return f.pdf(f"aircraft_maintenance/フォロー_{n:03d}.pdf", lines)


def dorm_register(rng: random.Random, n: int):
    staff = people.people(rng, rng.randint(16, 26), young=19, old=45, abroad=0.7)
    columns = [lambda r, p, i: f"{r.randint(1, 3)}0{r.randint(1, 9)}", col.name(), col.kana(), col.born("slash"),
               lambda r, p, i: c.ident(r, "RESIDENCE_CARD") if p.abroad else "（日本国籍）",
               lambda r, p, i: c.ident(r, "PASSPORT") if p.abroad and r.random() < 0.7 else "",
               col.tel(True), col.event("slash")]
    grid = col.register(rng, ["部屋", "氏名", "カナ", "生年月日", "在留カード番号", "旅券番号", "携帯", "入寮日"], columns, staff)
    return f.xlsx(f"hotel_dorm/入寮者名簿_{n:02d}.xlsx", [("入寮者", grid, f"{DORM} 入寮者名簿")])


def dorm_notes(rng: random.Random, n: int):
    manager = people.person(rng, 35, 65)
    lines = Lines().put(f"{DORM} 寮務日誌").put("記入：寮長 ", c.name(manager, "sur")).gap()
    for _ in range(rng.randint(3, 5)):
        p = people.person(rng, 19, 45, abroad=0.7)
        pick = rng.random()
        if pick < 0.4:
            lines.put(c.name(p, "kana"), "さんは", c.sens(rng, "宗教"), "。食堂に豚肉抜きの献立を依頼。")
        elif pick < 0.6:
            lines.put(c.name(p), "さん（", c.sens(rng, "人種・民族"), "）の通訳について人事と相談。")
        elif pick < 0.8:
            lines.put(c.name(p), "さんが", c.sens(rng, "犯罪被害"), "。", c.place_name(rng, "警察署"), "へ同行。")
        else:
            lines.put(c.name(p, "roma"), " の在留カード（", c.ident(rng, "RESIDENCE_CARD"), "）更新期限を確認。")
    return f.txt(f"hotel_dorm/日誌_{n:03d}.txt", lines)


def farm_staff(rng: random.Random, n: int):
    staff = people.people(rng, rng.randint(14, 22), young=19, old=60, abroad=0.5)
    columns = [col.name(), col.born("west"), lambda r, p, i: c.ident(r, "RESIDENCE_CARD") if p.abroad else "",
               col.ident("MY_NUMBER"), col.ident("EMPLOYMENT_INSURANCE_NUMBER"), col.ident("BASIC_PENSION_NUMBER"),
               lambda r, p, i: ["JA", r.choice(["みどり", "あさひ"]), " 普通 ", c.ident(r, "BANK_ACCOUNT")],
               col.address(building=0.6)]
    grid = col.register(rng, ["氏名", "生年月日", "在留カード", "個人番号", "雇用保険被保険者番号", "基礎年金番号", "給与口座",
                              "住所"], columns, staff)
    office = c.employer_sheet(rng)
    return f.xlsx(f"farm_company/従業員台帳_{n:02d}.xlsx",
                  [("従業員", grid, f"{FARM} 従業員台帳（マイナンバー含む・取扱注意）"), ("事業所", office, None)])


def farm_payroll(rng: random.Random, n: int):
    staff = people.people(rng, rng.randint(12, 20), young=19, old=60, abroad=0.5, sjis=True)
    columns = [col.number("F", 10), col.name("kana"), lambda r, p, i: "ﾌﾂｳ",
               lambda r, p, i: c.ident(r, "BANK_ACCOUNT"), lambda r, p, i: str(r.randint(160, 260) * 1000)]
    grid = col.register(rng, ["コード", "受取人カナ", "種目", "口座番号", "金額"], columns, staff)
    return f.csv(f"farm_company/給与振込_{n:02d}.csv", grid, encoding="cp932")


def plant_bookings(rng: random.Random, n: int):
    teachers = people.people(rng, rng.randint(20, 30), young=25, old=62, abroad=0.0)
    columns = [col.event("slash"), col.choice("第三小学校 4年", "北中学校 1年", "こども会", "シニア大学", "婦人会"),
               col.name(), col.tel(False), lambda r, p, i: str(r.randint(8, 90)), col.event("slash"),
               lambda r, p, i: c.slip(r)]
    grid = col.register(rng, ["受付日", "団体名", "引率者", "電話", "人数", "見学希望日", "受付番号"], columns, teachers)
    return f.csv(f"waste_plant/見学予約_{n:02d}.csv", grid)


def plant_guide(rng: random.Random, n: int):
    plant = c.org(rng, PLANT, "tobu-seisou.example.lg.jp")
    lines = plant.head(Lines()).gap().put("施設見学のご案内")
    lines.put("見学は平日 9:30 / 13:30 の2回。所要約90分。")
    lines.put("設立：", c.founded(rng), "　焼却能力 1日 300トン")
    lines.put("最寄り：", c.place_name(rng, "駅"), "から市バス「", c.place_name(rng, "橋"), "」下車。")
    lines.put(c.notice(rng))
    lines.put("受付番号の例：", c.ticket(rng), "（お電話の際にお伝えください）")
    return f.html(f"waste_plant/見学案内_{n:02d}.html", "施設見学のご案内", lines)
