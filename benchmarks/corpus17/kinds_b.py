"""Writers B: a property manager, a blood-donation volunteer group, a care taxi, a
music shop's lesson desk, a mountaineering club, a temple's parishioners, a
second-hand bookshop's buy-back ledger and a haulier's health and safety desk."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Grid, Lines, decoy, val
from benchmarks.corpus17 import formats, ids
from benchmarks.corpus17.common import (Org, any_name, born, company_like, corporate, employer_office, event_date,
                                        founding, home, mail, my_number, name, notice, order_key, place_like,
                                        sensitive, tel, thing_like, when)
from benchmarks.corpus17.people import person


def property_manager(rng: random.Random, n: int) -> Doc:
    """A rental application in Word: the tenant, a foreign co-signer's documents."""
    tenant, guest = person(rng), person(rng, foreign=True)
    head = Lines().put("入居申込書（", rng.choice(["コーポ", "ハイツ", "レジデンス"]), "青葉 ", str(rng.randint(101, 305)), "号室）")
    form = Grid("項目", "申込者", "同居人")
    form.add("氏名", [name(tenant)], [name(guest, "kanji")])
    form.add("フリガナ／英字", [name(tenant, "kana")], [name(guest, "roman")])
    form.add("生年月日", [born(rng, tenant, "era")], [born(rng, guest, "slash")])
    form.add("現住所", [home(rng)], [home(rng)])
    form.add("携帯電話", [tel(rng, True)], [tel(rng, True)])
    form.add("在留カード番号", ["―"], [val("RESIDENCE_CARD", ids.residence(rng))])
    form.add("旅券番号", ["―"], [val("PASSPORT", ids.passport(rng))])
    form.add("国籍・出自", ["日本"], [sensitive(rng, "人種・民族")])
    tail = Lines().put("緊急連絡先：", name(person(rng)), "（", rng.choice(["父", "母", "兄", "姉"]), "） ", tel(rng))
    tail.put("契約開始予定日 ", event_date(rng, "era"), "　管理番号 ", order_key(rng))
    tail.put("※最寄り：", place_like(rng))
    return formats.word(f"property/入居申込_{n:02d}.docx", [head, form, tail])


def property_xml(rng: random.Random, n: int) -> Doc:
    """The manager's tenant register, exported as XML."""
    marks, records = [], []
    for _ in range(rng.randint(8, 14)):
        p = person(rng, foreign=rng.random() < 0.25)
        fields = [("room", f"{rng.randint(101, 508)}"), ("name", name(p, "kanji")), ("tel", tel(rng)),
                  ("mail", mail(rng, p)), ("moved_in", event_date(rng, "dash")), ("birth", born(rng, p, "dash"))]
        marks += [v for _, v in fields if not isinstance(v, str)]
        records.append([(k, v if isinstance(v, str) else v.text) for k, v in fields])
    return formats.xml_records(f"property/tenants_{n:02d}.xml", "tenants", records, marks, "tenant")


def blood_drive(rng: random.Random, n: int) -> list[Doc]:
    """A volunteer group's mails in a Maildir: new and read messages."""
    docs = []
    for k in range(rng.randint(2, 3)):
        p = person(rng)
        body = Lines().put("ボランティアの皆さま").gap()
        body.put("次回の献血キャンペーンは ", event_date(rng, "west"), " です。受付は", place_like(rng), "の前です。")
        body.put("当日の連絡係は", name(p), "さん（", tel(rng, True), "）。")
        body.put("前回ご協力の", name(person(rng)), "さんは", sensitive(rng, rng.choice(["健康診断結果", "病歴"])),
                 "のため、今回はスタッフ側に回っていただきます。")
        body.put(notice(rng))
        body.put("名簿の訂正は ", mail(rng, person(rng)), " まで。")
        folder = rng.choice(["cur", "new"])
        flag = ":2,S" if folder == "cur" else ""
        path = f"blood_drive/Maildir/{folder}/17650{n:02d}{k}.M{rng.randint(100, 999)}P{rng.randint(1000, 9999)}.mail{flag}"
        docs.append(formats.eml(path, ["はなみずき献血ボランティア <", decoy("EMAIL", "team@hanamizuki-vol.jp", "org_email"), ">"],
                                [decoy("EMAIL", "members@hanamizuki-vol.jp", "org_email")],
                                "献血キャンペーンのお知らせ", body, when(rng), (), f"bd{n}{k}"))
    roster = Grid()
    for _ in range(rng.randint(10, 16)):
        p = person(rng)
        roster.add(name(p), born(rng, p, "slash"), rng.choice(["A", "B", "O", "AB"]) + "型", tel(rng, True))
    docs.append(formats.csv(f"blood_drive/登録者_{n:02d}.csv", roster))
    return docs


def care_taxi(rng: random.Random, n: int) -> Doc:
    """A care taxi's users: disabilities and pick-up places in CP932 CSV."""
    grid = Grid("利用者", "ふりがな", "生年月日", "身体状況", "迎車先", "電話", "家族連絡先", "登録日")
    for _ in range(rng.randint(10, 15)):
        p = person(rng)
        grid.add(any_name(rng, p), name(p, "kana"), born(rng, p, rng.choice(["era", "abbr", "short"])), sensitive(rng, "障害"),
                 home(rng), tel(rng, False), tel(rng, True) if rng.random() < 0.5 else "", event_date(rng, "era"))
    return formats.csv(f"care_taxi/利用者台帳_{n:02d}.csv", grid, "cp932")


def care_taxi_rtf(rng: random.Random, n: int) -> Doc:
    """A driver's daily report, written in WordPad (RTF)."""
    lines = Lines().put("運行日報 ", event_date(rng, "era"))
    for _ in range(rng.randint(4, 6)):
        p = person(rng)
        lines.put(f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])} ", name(p), " 様 迎車 → ",
                  rng.choice(["市民病院", "透析センター", "リハビリ病院"]))
        lines.put("  ", sensitive(rng, rng.choice(["障害", "病歴"])), "。乗降介助あり。")
    lines.put("乗務員 ", name(person(rng), "family"))
    return formats.rtf(f"care_taxi/日報_{n:02d}.rtf", lines)


def music_lessons(rng: random.Random, n: int) -> Doc:
    """A music shop's lesson desk: the students' page on the intranet."""
    grid = Grid("生徒名", "コース", "保護者", "連絡先", "生年月日")
    for _ in range(rng.randint(10, 16)):
        child, parent = person(rng, young=True), person(rng)
        grid.add([any_name(rng, child)], rng.choice(["ピアノ", "バイオリン", "ギター", "ドラム"]), [name(parent, "kanji")],
                 [tel(rng, True)], [born(rng, child, rng.choice(["west", "slash", "era"]))])
    head = Lines().put("講師：", name(person(rng)), "（ピアノ）").put("発表会会場：", place_like(rng))
    head.put("今月のおすすめ：", thing_like(rng))
    return formats.html(f"music_shop/lesson_{n:02d}.html", "レッスン生徒一覧", [head, grid], rng.choice(["utf-8", "shift_jis"]))


def music_recital(rng: random.Random, n: int) -> Doc:
    """The recital programme on slides: performers' names, one per line."""
    pages = []
    for s in range(rng.randint(3, 4)):
        body = Lines()
        for _ in range(rng.randint(3, 5)):
            body.put(rng.choice(["エリーゼのために", "カノン", "トルコ行進曲", "愛の挨拶"]), "　", any_name(rng, person(rng, young=True)))
        pages.append((f"第{s + 1}部", body))
    pages.append(("協賛", Lines().put(thing_like(rng), "　", thing_like(rng))))
    return formats.slides(f"music_shop/発表会プログラム_{n:02d}.pptx", pages)


def alpine_club(rng: random.Random, n: int) -> Doc:
    """A climbing plan: members, emergency contacts, conditions, licences for the car."""
    grid = Grid("役割", "氏名", "生年月日", "血液型", "持病・服薬", "緊急連絡先", "運転免許証番号")
    for role in ["CL", "SL", "記録", "食料", "装備", "会計", "救護"][:rng.randint(5, 7)]:
        p = person(rng)
        grid.add(role, name(p, rng.choice(["kanji", "tight"])), born(rng, p, rng.choice(["slash", "west", "packed"])),
                 rng.choice(["A", "B", "O", "AB"]), sensitive(rng, "病歴") if rng.random() < 0.5 else "なし",
                 tel(rng), val("DRIVERS_LICENSE", ids.licence(rng)) if rng.random() < 0.6 else "")
    route = Grid("日程", "行程")
    route.add([event_date(rng, "slash")], [place_like(rng), "から稜線へ"])
    return formats.xlsx(f"alpine_club/山行計画書_{n:02d}.xlsx", [("メンバー", grid, "山行計画書（登山届）",
                          [("パーティー", 1, 2), ("本人情報", 3, 5), ("連絡・運転", 6, 7)]),
                         ("行程", route, None)])


def temple(rng: random.Random, n: int) -> Doc:
    """A temple's parishioner register (宗教: the family's affiliation) in xlsx."""
    grid = Grid("檀家番号", "施主", "住所", "電話", "宗派・所属", "故人（戒名は別紙）")
    for _ in range(rng.randint(10, 15)):
        p = person(rng)
        grid.add(f"{rng.randint(1, 400):03d}", any_name(rng, p), home(rng), tel(rng, False),
                 sensitive(rng, "宗教"), name(person(rng)))
    events = Grid("法要", "日程")
    events.add("施餓鬼会", [event_date(rng, "era")])
    events.add("本堂落慶", [founding(rng)])
    return formats.xlsx(f"temple/檀家名簿_{n:02d}.xlsx", [("檀家", grid, "光明寺 檀家名簿"), ("行事", events, None)])


def bookshop(rng: random.Random, n: int) -> Doc:
    """A second-hand bookshop's buy-back ledger (古物台帳): the seller's ID."""
    grid = Grid("買取日", "売主", "住所", "生年月日", "確認書類", "番号", "品目", "伝票番号")
    for _ in range(rng.randint(10, 15)):
        p = person(rng)
        kind = rng.choice(["運転免許証", "運転免許証", "マイナンバーカード", "旅券"])
        number = {"運転免許証": val("DRIVERS_LICENSE", ids.licence(rng)), "旅券": val("PASSPORT", ids.passport(rng)),
                  "マイナンバーカード": my_number(rng)}[kind]
        grid.add(event_date(rng, "slash"), any_name(rng, p), home(rng), born(rng, p), kind, number,
                 rng.choice(["文庫 30冊", "美術書 4冊", "漫画全巻", "古地図"]), order_key(rng))
    return formats.csv(f"bookshop/古物台帳_{n:02d}.csv", grid, rng.choice(["utf-8", "cp932"]))


def haulier_health(rng: random.Random, n: int) -> Doc:
    """A haulier's health and safety desk: drivers' check-up results."""
    grid = Grid("社員番号", "乗務員", "生年月日", "雇用保険被保険者番号", "基礎年金番号", "健診結果", "判定", "受診日")
    for _ in range(rng.randint(10, 14)):
        p = person(rng)
        grid.add(f"D{rng.randint(100, 999)}", any_name(rng, p), born(rng, p, rng.choice(["era", "slash"])),
                 val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)), val("BASIC_PENSION_NUMBER", ids.pension(rng)),
                 sensitive(rng, "健康診断結果"), rng.choice(["要再検", "要医療", "経過観察"]), event_date(rng, "abbr"))
    own = Grid("事業所", "番号")
    own.add("雇用保険適用事業所番号", [employer_office(rng)])
    own.add("健診機関予約番号", [order_key(rng)])
    groups = [("本人", 1, 3), ("社会保険", 4, 5), ("健診", 6, 8)]
    return formats.xlsx(f"haulier/健診結果_{n:02d}.xlsx",
                        [("乗務員", grid, "定期健康診断 結果一覧（社外秘）", groups), ("事業所", own, None)])


def haulier_memo(rng: random.Random, n: int) -> Doc:
    org = Org(rng, "北星運輸株式会社 安全衛生課", "hokusei-unyu.co.jp")
    lines = Lines()
    org.letterhead(lines)
    lines.put("法人番号 ", corporate(org)).gap()
    for _ in range(rng.randint(3, 5)):
        p = person(rng)
        lines.put("乗務員 ", name(p, "family"), "（", name(p), "）について：", sensitive(rng, "健康診断結果"),
                  "のため、産業医面談を設定する。")
    lines.put("構内作業の委託先：", company_like(rng), "、", company_like(rng))
    lines.put(notice(rng))
    return formats.odt(f"haulier/面談メモ_{n:02d}.odt", lines)


def alpine_report(rng: random.Random, n: int) -> Doc:
    """A trip report written by a member in Notepad (UTF-8 with a BOM): names in running
    text, surnames alone, a member's condition said in passing."""
    leader, second, third = person(rng), person(rng), person(rng)
    lines = Lines().put("山行報告（", event_date(rng, "slash"), "）").put("記録：", name(third))
    lines.put("参加：", name(leader, "family"), "（CL）、", name(second, "family"), "、", name(third, "family"))
    lines.gap()
    lines.put("5:40 登山口。", name(second, "family"), "が車を出してくれた（", name(second, "tight"), "、免許 ",
              val("DRIVERS_LICENSE", ids.licence(rng)), "）。")
    lines.put("8:10 稜線で小休止。", name(leader), "は", sensitive(rng, "病歴"), "とのことなので、ペースを落とす。")
    lines.put("11:30 下山。", name(third, "family"), "の携帯 ", tel(rng, True), " に家族から連絡あり。")
    if rng.random() < 0.5:
        lines.put("次回は", name(person(rng)), "も参加予定。集合は", place_like(rng), "。")
    lines.put("次回山行 ", event_date(rng, "west"))
    doc = formats.txt(f"alpine_club/報告_{n:02d}.txt", lines)
    doc.data = b"\xef\xbb\xbf" + doc.data
    return doc
