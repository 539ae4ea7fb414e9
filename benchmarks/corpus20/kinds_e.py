"""Corpus 20's writers (5): an English conversation school, a child-welfare volunteer register,
a forestry cooperative's crew, a study-abroad agent, a piano tuner and a shogi club."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus20 import columns as col
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import people

EIKAIWA = "Lingo Harbor 英会話スクール"
KODOMO = "子ども家庭支援センター ボランティア登録係"
FOREST = "北山森林組合 作業班"
ABROAD = "ワールドブリッジ留学センター"
TUNER = "石橋ピアノ調律事務所"
SHOGI = "駅前将棋道場 金銀会"


def eikaiwa_students(rng: random.Random, n: int):
    students = people.people(rng, rng.randint(20, 32), young=8, old=75, abroad=0.1)
    columns = [col.number("LH", 3000 + 100 * n), col.name(), col.name("romaf"), col.born("slash"), col.mail(),
               col.tel(), col.ident("CREDIT_CARD", blank=0.4), col.choice("Kids A", "Adult B1", "TOEIC", "Business")]
    header = ["Student ID", "氏名", "Name", "DOB", "E-mail", "Phone", "Card", "Course"]
    grid = col.register(rng, header, columns, students)
    return f.xlsx(f"english_school/students_{n:02d}.xlsx", [("Students", grid, f"{EIKAIWA} Student List")])


def _eikaiwa_message(rng: random.Random, k: int, school: c.Org):
    p = people.person(rng, 18, 70, abroad=0.15)
    body = Lines()
    body.put("Dear ", c.name(p, "roma"), ",").gap()
    body.put("Your trial lesson is on ", c.visit_day(rng, "slash"), " with teacher ",
             c.name(people.person(rng, 25, 50, abroad=1.0), "roma"), ".")
    if rng.random() < 0.3:
        body.put("We noted that you are ", c.sens(rng, "人種・民族"), " and would like a teacher who speaks your language.")
    body.put("Please call ", c.tel(rng, True), " if you need to change the time.").gap()
    school.sign(body)
    return f.mail(c.own_mail(school), c.email(rng, p), "Trial lesson / 体験レッスン", body, f.ordinal_time(k, 4)), body


def eikaiwa_mbox(rng: random.Random, n: int):
    school = c.org(rng, EIKAIWA, "lingoharbor.example.com")
    mails = [_eikaiwa_message(rng, k, school) for k in range(rng.randint(3, 6))]
    return f.mbox(f"english_school/sent_{n:02d}.mbox", mails)


def kodomo_register(rng: random.Random, n: int):
    p = people.person(rng, 22, 75)
    lines = Lines().put(f"{KODOMO}").put("ボランティア登録票").gap()
    grid = Grid("項目", "記入")
    grid.add("氏名", [c.name(p), "（", c.name(p, "kana"), "）"])
    grid.add("生年月日", c.born(rng, p, rng.choice(["era", "west", "kan"])))
    grid.add("住所", ["〒", c.postal(rng), " ", c.address(rng)])
    grid.add("連絡先", [c.tel(rng, True), " / ", c.email(rng, p)])
    sensitive, optional = c.honseki_marks(rng)
    grid.add("本籍（都道府県まで可）", sensitive)
    c.also(grid, optional)
    grid.add("犯罪歴の申告", c.sens(rng, "犯罪歴") if rng.random() < 0.4 else "なし")
    grid.add("活動の動機", ["自身の経験（", c.sens(rng, "犯罪被害"), "）から、子どもの力になりたい"] if rng.random() < 0.3
             else "子育てが一段落したため")
    if rng.random() < 0.5:
        grid.add("その他", c.sens(rng, rng.choice(["信条", "人種・民族", "宗教"])))
    lines.put("受付日：", c.visit_day(rng, "era"), "　受付者：", c.name(people.person(rng, 30, 60), "sur"))
    return f.docx(f"child_support_volunteers/登録票_{n:03d}.docx", lines, (grid,))


def forest_crew(rng: random.Random, n: int):
    crew = people.people(rng, rng.randint(14, 22), young=19, old=72, abroad=0.05)
    columns = [col.name("tight"), col.born("era"), col.tel(True), col.ident("DRIVERS_LICENSE"),
               col.sens(("健康診断結果",), 0.35, ("異常なし", "")), col.sens(("病歴", "障害"), 0.15, ("", "")),
               col.sens(("労働組合",), 0.15, ("", "")), col.ident("EMPLOYMENT_INSURANCE_NUMBER", blank=0.2),
               col.choice("伐倒", "集材", "造林", "重機")]
    grid = col.register(rng, ["氏名", "生年月日", "携帯", "運転免許証番号", "特殊健診（振動）", "既往", "組合",
                              "雇用保険被保険者番号", "担当"], columns, crew)
    return f.xlsx(f"forestry/作業班名簿_{n:02d}.xlsx",
                  [("班員", grid, f"{FOREST} 名簿（{2025 + n % 2}年度）"), ("事業所", c.employer_sheet(rng), None)])


def forest_accident(rng: random.Random, n: int):
    p, lead = people.person(rng, 20, 70), people.person(rng, 40, 70)
    lines = Lines().put("労働災害 発生報告（内部用）").gap()
    lines.put("発生日時：", c.visit_day(rng, "era"), " 14時頃")
    lines.put("場所：", c.place_name(rng, "林道"), " 3林班")
    lines.put("被災者：", c.name(p), "（", c.born(rng, p, "west"), "生）")
    lines.put("状況：チェーンソー作業中にキックバック、左大腿を負傷。")
    lines.put("既往：", c.sens(rng, "病歴"))
    lines.put("搬送先：市民病院　連絡先（妻）：", c.tel(rng, True))
    lines.put("報告者：班長 ", c.name(lead, "sur"))
    return f.docx(f"forestry/災害報告_{n:03d}.docx", lines, heading=FOREST)


def abroad_applicants(rng: random.Random, n: int):
    students = people.people(rng, rng.randint(15, 24), young=16, old=40, abroad=0.05)
    columns = [col.name(), col.name("roma"), col.born("west"), col.ident("PASSPORT"), col.full_address(), col.tel(),
               col.mail(), col.choice("カナダ 語学", "豪州 ワーホリ", "英国 大学準備", "NZ 高校留学")]
    grid = col.register(rng, ["氏名", "ローマ字（旅券表記）", "生年月日", "旅券番号", "住所", "電話", "メール", "プログラム"],
                        columns, students)
    return f.xlsx(f"study_abroad/申込者_{n:02d}.xlsx", [("申込者", grid, f"{ABROAD} 申込者一覧")])


def abroad_mail(rng: random.Random, n: int):
    agent = c.org(rng, ABROAD, "worldbridge.example.jp")
    p = people.person(rng, 17, 30)
    sheet = Lines().put("ビザ申請用 確認事項").put("氏名：", c.name(p, "roma")).put("旅券番号：", c.ident(rng, "PASSPORT"))
    sheet.put("生年月日：", c.born(rng, p, "slash"))
    sensitive, optional = c.honseki_marks(rng)
    sheet.put("本籍：", sensitive)
    c.also(sheet, optional)
    if rng.random() < 0.5:
        sheet.put("健康状態：", c.sens(rng, "病歴"))
    attachment = f.txt("visa_check.txt", sheet)
    body = Lines().put(c.name(p), " 様").gap().put("ビザ申請の確認事項を添付します。誤りがないかご確認ください。")
    body.put("出発予定日：", c.visit_day(rng, "west")).gap()
    agent.sign(body)
    mailed = f.mail(c.own_mail(agent), c.email(rng, p), "ビザ申請書類の確認", body, f.ordinal_time(n, 6), (attachment,))
    return f.eml(f"study_abroad/mail/{n:03d}.eml", mailed, body, (attachment,))


def tuner_visits(rng: random.Random, n: int):
    lines = Lines().put(f"{TUNER} 訪問記録 {2026}年{rng.randint(1, 10)}月").gap()
    for _ in range(rng.randint(6, 10)):
        p = people.person(rng, 30, 90, abroad=0.04, sjis=True)
        lines.put(c.visit_day(rng, "slash"), "　", c.name(p), "様宅　", c.address(rng, building=0.3), "　", c.tel(rng))
        lines.put("　", rng.choice(["ヤマハ U3H", "カワイ KU-1", "スタインウェイ O型"]), " 製造番号 ", c.model_number(rng),
                  "　ピッチ 442Hz")
        if rng.random() < 0.15:
            lines.put("　奥様は", c.sens(rng, "障害"), "のため、玄関のスロープ側から入室。")
    return f.txt(f"piano_tuner/訪問記録_{n:02d}.txt", lines, encoding="cp932", newline="\r\n")


def shogi_results(rng: random.Random, n: int):
    players = people.people(rng, rng.randint(8, 14), young=7, old=85, abroad=0.0)
    slides = [Lines().put(f"{SHOGI} 月例大会").put("開催日 ", c.visit_day(rng, "west"))]
    table = Lines().put("成績上位")
    for rank, p in enumerate(players[:6], 1):
        table.put(f"{rank}位 ", c.name(p), f"（{rng.choice(['初段', '二段', '1級', '三段'])}）")
    slides.append(table)
    slides.append(Lines().put("新入会員 ", c.name(players[-1], "tight"), " さん").put("よろしくお願いします"))
    return f.pptx(f"shogi_club/月例大会_{n:02d}.pptx", slides)


def shogi_members(rng: random.Random, n: int):
    players = people.people(rng, rng.randint(20, 30), young=7, old=88, abroad=0.02)
    columns = [col.name(), col.born("era"), col.tel(), col.choice("初段", "二段", "三段", "1級", "5級"),
               col.address(building=0.2)]
    grid = col.register(rng, ["氏名", "生年月日", "電話", "棋力", "住所"], columns, players)
    return f.xlsx(f"shogi_club/会員_{n:02d}.xlsx", [("会員", grid, None)])
