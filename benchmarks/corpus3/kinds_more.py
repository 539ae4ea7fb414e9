"""More hands: 採用面接メモ with 賞罰, 自治会の役員会メモ, 組合費チェックオフ一覧, a hotel's
guest export, 社用車運転者台帳."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, prose_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative
from benchmarks.corpus3 import idents
from benchmarks.corpus3.desk import Desk
from benchmarks.corpus3.kinds_prose import care
from benchmarks.corpus3.phrases import CARE, TRAFFIC

_IMPRESSIONS = ["受け答えは落ち着いている", "前職の退職理由の説明があいまい", "フォークリフト免許あり、即戦力",
                "夜勤も可とのこと", "通勤は車で40分"]


def hiring_memo(d: Desk, n: int) -> Doc:
    """An interviewer's memo: who, born when, what the 賞罰 line said, impressions."""
    org, who, boss = d.org(), d.person(abroad=0.15, oldest=1965, youngest=2004), d.person(abroad=0.0)
    t = Text().add(f"{org.short} 中途採用 面接メモ（{d.pick(['製造', '配送', '事務'])}）")
    t.add("面接日 ", d.other_day(d.day(date(2026, 6, 1), 100), "interview_date", "slash"), "　面接官 ", d.name(boss, "surname"))
    t.add("応募者 ", d.name(who), f"　{who.age}歳　", d.born(who, d.pick(["era_gen", "west", "era_letter"])), "生")
    t.add("連絡先 ", d.phone(who, mobile=True))
    t.add("・", d.pick(_IMPRESSIONS))
    if n % 2 or d.chance(0.3):  # every other memo has a 賞罰 line
        t.add("・賞罰欄に「", care(d, "犯罪歴"), "」との記載。本人から事情の説明あり。")
    if d.chance(0.6):
        t.add("・雑談で、", care(d, "信条"), "と話していた。")
    t.add("判定：", d.pick(["二次へ", "保留", "見送り"]))
    return prose_doc(f"人事/採用/面接メモ_{n:03d}", t, "面接メモ", d.pick(["txt", "docx"]), encoding="cp932")


def residents_memo(d: Desk, n: int) -> Doc:
    """自治会の役員会メモ: who said what about whom on the block; the hall's own address."""
    hall = d.org().home
    chair, a, b, c = (d.person(abroad=0.05) for _ in range(4))
    t = Text().add(f"{d.pick(['汐見台', '白樺', '若竹'])}自治会 役員会メモ")
    t.add("日時 ", d.other_day(d.day(date(2026, 7, 1), 90), "meeting_date", "era"), "　会場 集会所（",
          negative(hall.written("hyphen", prefecture=False, building=False), "ADDRESS", "place_or_facility"), "）")
    t.add("出席 ", d.name(chair), "会長ほか6名")
    t.add("・防犯：", d.name(a), "さん宅が", care(d, "犯罪被害"), "とのこと。夜回りを週2回に増やす。")
    t.add("・", d.name(b, "surname"), "さん（", d.address(b, "no", prefecture=False, building=False), "）は",
          care(d, "信条"), "ので、祭りの寄付は任意であることを改めて回覧する。")
    if d.chance(0.5):
        t.add("・見守り：独居の", d.name(c), "さんは", care(d, d.pick(["病歴", "障害"])), "。民生委員に伝える。")
    t.add("次回は集会所で。")
    return docx_doc(f"自治会/役員会メモ_{n:02d}.docx", [t], "自治会メモ")


def checkoff(d: Desk, n: int) -> Doc:
    """組合費のチェックオフ一覧 from payroll: who belongs to which union, their post."""
    org = d.org()
    union = f"{org.short}労働組合"
    table = Table(name="控除一覧", title=[f"組合費控除一覧（{d.between(4, 9)}月支給分）"])
    table.add("社員No", "氏名", "所属組合", "役職", "組合費")
    for r in range(d.between(6, 12)):
        p = d.person(abroad=0.05)
        post = d.pick(["", "", "", "執行委員", "書記長", "青年部長"])
        belongs = Mark(f"{union}（{post}）" if post else union, "SENSITIVE", category="労働組合")
        table.add(f"{d.between(1000, 8999)}", d.name(p), belongs, "", f"{d.between(20, 45) * 100}")
    return xlsx_doc(f"給与/組合費控除_{n:02d}.xlsx", [table], "チェックオフ")


def guest_export(d: Desk, n: int) -> Doc:
    """A hotel's guest list exported for the police register: passports and cards."""
    table = Table().add("GuestName", "Nationality", "PassportNo", "Phone", "Email", "CardNo", "CheckIn")
    for r in range(d.between(6, 10)):
        p = d.person(abroad=0.6)
        abroad = p.abroad
        table.add(Mark(p.name("romaji_upper"), "PERSON"),
                  Mark(d.pick(["VNM", "PHL", "CHN", "KOR", "NPL", "IND"]) if abroad else "JPN", "SENSITIVE",
                       category="人種・民族", optional=True),
                  Mark(idents.passport(d.rng), "PASSPORT") if abroad else "",
                  d.phone(p, mobile=True, style=d.pick(["plus81", "hyphen", "tight"])), d.mail(p),
                  Mark(idents.card_written(idents.card_number(d.rng), "tight"), "CREDIT_CARD") if d.chance(0.6) else "",
                  d.other_day(d.day(date(2026, 9, 1), 30), "checkin_date", "iso"))
    return delimited_doc(f"宿泊/guests_{n:02d}.csv", table, "宿泊者名簿", encoding="utf-8")


def driver_register(d: Desk, n: int) -> Doc:
    """社用車運転者台帳: licence numbers, when they expire, the driver's phone."""
    table = Table(name="運転者台帳", title=[f"{d.org().short} 社用車運転者台帳"])
    table.add("運転者", "本籍（旧免許記載）", "免許証番号", "免許の種類", "有効期限", "携帯", "違反歴", "安全運転講習受講日")
    for r in range(d.between(5, 9)):
        p = d.person(abroad=0.0)
        origin = d.person(abroad=0.0).home.written("kanji", building=False)
        offence = d.care(d.pick(TRAFFIC), "犯罪歴") if d.chance(0.3) else "なし"
        table.add(d.name(p), d.care(origin, "本籍", also=("ADDRESS",)), Mark(idents.license_number(d.rng), "DRIVERS_LICENSE"),
                  d.pick(["普通", "中型", "準中型"]), d.other_day(d.day(date(2027, 1, 1), 1000), "licence_expiry", "era"),
                  d.phone(p, mobile=True), offence, d.other_day(d.day(date(2026, 4, 1), 150), "course_date", "slash"))
    return xlsx_doc(f"総務/車両/運転者台帳_{n:02d}.xlsx", [table], "運転者台帳")


def emergency_card(d: Desk, n: int) -> Doc:
    """緊急連絡先カード in a Word table: labels in the left column, the worker's and a relative's data."""
    org, me, kin = d.org(), d.person(), d.person(abroad=0.0)
    table = Table()
    table.add("氏名", d.name(me), "血液型", d.pick(["A型", "O型", "B型", "AB型"]))
    table.add("生年月日", d.born(me, d.pick(["era", "west", "era_kanji"])), "所属", d.pick(["第一製造課", "配送センター"]))
    table.add("住所", (d.postal(me, "mark"), " ", d.address(me)), "", "")
    table.add("携帯", d.phone(me, mobile=True), "自宅", d.phone(me, mobile=False))
    table.add("緊急連絡先", d.name(kin), "続柄", d.pick(["母", "配偶者", "姉"] if kin.female else ["父", "配偶者", "兄"]))
    table.add("連絡先電話", d.phone(kin), "メール", d.mail(kin, d.pick(["plain", "wide"])))
    health = care(d, d.pick(["病歴", "障害"])) if d.chance(0.5) else "特になし"
    table.add("持病・配慮事項", health, "", "")
    table.add("記入日", d.other_day(d.day(date(2026, 4, 1), 60), "written_date", "slash"), "", "")
    head = Text().add(f"{org.short}　緊急連絡先カード（個人情報につき取扱注意）")
    return docx_doc(f"総務/緊急連絡先/カード_{n:03d}.docx", [head, table], "緊急連絡先カード")


def shift_roster(d: Desk, n: int) -> Doc:
    """A shift roster whose surname and given name stand in two columns; hire dates and extensions."""
    table = Table(name=f"{d.between(10, 12)}月", title=[f"{d.pick(['第1', '第2'])}工場 勤務表"])
    table.add("社員番号", "姓", "名", "入社日", "内線", "班", "10/1", "10/2", "10/3")
    for r in range(d.between(8, 14)):
        p = d.person(abroad=0.0)
        hired = d.day(date(2005, 4, 1), 7000)
        table.add(f"{d.between(20000, 29999)}", Mark(p.family[0], "PERSON"), Mark(p.given[0], "PERSON"),
                  d.other_day(hired, "hire_date", d.pick(["slash", "era"])), f"{d.between(200, 699)}",
                  d.pick("ABC"), *[d.pick(["日", "夜", "休"]) for _ in range(3)])
    return xlsx_doc(f"製造/勤務表_{n:02d}.xlsx", [table], "勤務表")


def checkup_list(d: Desk, n: int) -> Doc:
    """健康診断結果一覧 the clinic sends back: one row a worker, findings in words; normal rows optional."""
    table = Table(name="結果一覧", title=[f"{d.between(2025, 2026)}年度 定期健康診断 結果一覧（{d.org().short}）"])
    table.add("受診者", "受診日", "年齢", "所見", "判定")
    for r in range(d.between(8, 12)):
        p = d.person(abroad=0.05, oldest=1960, youngest=2003)
        if d.chance(0.55):
            finding, grade = d.care(d.pick(CARE["健康診断結果"]), "健康診断結果"), d.pick(["C", "D", "E"])
        else:
            finding, grade = d.care("異常なし", "健康診断結果", optional=True), "A"
        table.add(d.name(p), d.other_day(d.day(date(2026, 5, 10), 60), "checkup_date", "slash"), str(p.age),
                  finding, grade)
    return xlsx_doc(f"健康管理/健診結果/一覧_{n:02d}.xlsx", [table], "健診結果一覧")
