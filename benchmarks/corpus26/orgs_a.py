"""Corpus 26, first five: a dairy relief-milker co-op, a car-repair garage, a city allotment office,
a traffic-safety association and a dental laboratory."""

from __future__ import annotations

import json

from benchmarks.corpus16.model import Doc, Grid, Lines, decoy, val
from benchmarks.corpus26 import docs, ids, marks as m, vocab
from benchmarks.corpus26.organisations import ORGS
from benchmarks.corpus26.people import person

RAKUNO, SEIBI, NOEN, KOTSU, GIKO = (ORGS[k] for k in ("rakuno", "seibi", "noen", "kotsu", "giko"))


def rakuno_roster(rng, n):
    """The helpers' roster and the farms they relieve, one workbook a year."""
    helpers = Grid("No", "氏名", "フリガナ", "生年月日", "〒", "住所", "携帯", "運転免許証番号", "基礎年金番号",
                   "雇用保険被保険者番号", "備考")
    for i in range(20 + rng.randrange(5)):
        p = person(rng, 1958, 2001)
        helpers.add(str(i + 1), m.name(p), m.kana(p), m.birth(p, i % 3), m.postal(p), m.address(p), m.mobile(p, rng),
                    m.ident("DRIVERS_LICENSE", ids.licence(rng)), m.ident("BASIC_PENSION_NUMBER", ids.pension(rng)),
                    m.ident("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)),
                    m.sens("病歴", rng) if rng.random() < 0.15 else rng.choice(vocab.REMARKS))
    farms = Grid("農家No", "経営者", "電話", "搾乳頭数", "よく名前を呼ぶ牛", "初回利用日")
    for i in range(18):
        p = person(rng, 1950, 1990)
        farms.add(f"F{i + 101}", m.name(p), m.home(p, rng), str(rng.randint(20, 140)),
                  [m.thing(rng.choice(vocab.COWS), "cow_named_like_person"), "、",
                   m.thing(rng.choice(vocab.COWS), "cow_named_like_person")], m.not_birth(m.day(rng), 1))
    info = Grid("組合名", RAKUNO.name).add("事業所番号", m.employer_office(rng)).add("法人番号", m.corporate(RAKUNO))
    return docs.xlsx(f"rakuno/helper_meibo_R{7 + n}.xlsx", [("ヘルパー", helpers), ("利用農家", farms), ("組合", info)])


def rakuno_daily(rng, n):
    """A day's dispatch report, typed on the office PC (Shift_JIS)."""
    lines = Lines().put(f"出役報告書　{RAKUNO.name}").put("報告日：", m.not_birth(m.day(rng), 0)).gap()
    for j in range(3 + rng.randrange(3)):
        helper, farmer = person(rng, 1960, 2000), person(rng, 1945, 1985)
        lines.put(f"■{j + 1}件目　ヘルパー：", m.name(helper), "　携帯 ", m.mobile(helper, rng))
        lines.put("　利用者：", m.name(farmer), "様（", m.address(farmer), "）")
        lines.put("　搾乳 朝夕", str(rng.randint(20, 90)), "頭。", m.thing(rng.choice(vocab.COWS), "cow_named_like_person"),
                  "号が乳房炎気味のため獣医に連絡。")
        if rng.random() < 0.35:
            lines.put("　※ヘルパー本人より申告：", m.sens(rng.choice(["病歴", "健康診断結果"]), rng), "。重作業は控える。")
        lines.gap()
    lines.put("組合連絡先 TEL ", m.org_phone(RAKUNO), "（夜間は当番携帯へ）")
    return docs.txt(f"rakuno/shutsuyaku/{n + 1:03d}.txt", lines, "cp932", crlf=True)


def seibi_ledger(rng, n):
    """The 車検 customer ledger, exported from the garage's old system without a header (Shift_JIS)."""
    grid = Grid()
    for _ in range(24 + rng.randrange(6)):
        p = person(rng, 1940, 2002)
        grid.add(f"K{rng.randrange(100000):05d}", m.name(p, tight=True), m.kana(p), m.postal(p), m.address(p),
                 m.home(p, rng) if rng.random() < 0.5 else m.mobile(p, rng), m.birth(p, 3),
                 m.ident("DRIVERS_LICENSE", ids.licence(rng)), f"{rng.choice(['足利', '栃木', '群馬'])}500 "
                 f"{rng.choice('あいうえかさたな')} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                 m.not_birth(m.day(rng), 4), m.part(rng))
    return docs.csv(f"seibi/shaken_daicho_{2024 + n}.csv", grid, "cp932")


def seibi_estimate(rng, n):
    """A repair estimate printed to PDF: customer, car, parts with their numbers."""
    p = person(rng, 1950, 2000)
    b = docs.Blocks().h("御見積書").lines(m.letterhead(SEIBI))
    b.p("見積日 ", m.not_birth(m.day(rng), 0), "　有効期限 30日")
    b.p("お客様 ", m.name(p), " 様").p("ご住所 〒", m.postal(p), " ", m.address(p)).p("ご連絡先 ", m.mobile(p, rng))
    parts = Grid("部品番号", "品名", "数量", "金額", "JAN/管理コード")
    for _ in range(4 + rng.randrange(4)):
        parts.add(m.part(rng), rng.choice(["ブレーキパッド", "ワイパーブレード", "バッテリー", "エアフィルター", "タイミングベルト"]),
                  str(rng.randint(1, 4)), f"{rng.randint(2, 60) * 550:,}円", m.product(rng))
    b.t(parts).p("作業担当 整備士 ", m.name(person(rng, 1970, 2000)))
    b.p("お振込先 ", ids.BANKS[0], " 普通 ", m.org_account(SEIBI), " ユ）マルマンジドウシャ")
    return docs.pdf(f"seibi/mitsumori/{n + 1:03d}.pdf", b)


def noen_application(rng, n):
    """An allotment application, filled in on the office's Word form."""
    p = person(rng, 1940, 1995)
    b = docs.Blocks().h("市民農園 利用申込書").p("受付日 ", m.not_birth(m.day(rng), 2))
    form = Grid("項目", "記入欄")
    form.add("氏名", m.name(p)).add("フリガナ", m.kana(p)).add("生年月日", m.birth(p, 1))
    form.add("住所", ["〒", m.postal(p), " ", m.address(p)]).add("電話", m.home(p, rng)).add("メール", m.email(p, rng))
    form.add("希望区画", rng.choice(["A区画（10㎡）", "B区画（20㎡）", "車いす対応区画"]))
    if rng.random() < 0.5:
        form.add("配慮事項", [m.sens(rng.choice(["病歴", "障害"]), rng), "のため水場の近くを希望"])
    b.t(form).p(m.privacy(rng)).p("管理事務所 ", m.org_phone(NOEN), " ／ ", m.org_mail(NOEN))
    return docs.docx(f"noen/moshikomi/R8_{n + 1:03d}.docx", b)


def noen_plots(rng, n):
    b = docs.Blocks().h(f"区画割当一覧（{rng.choice(['第1', '第2'])}農園）")
    grid = Grid("区画", "利用者", "電話", "開始日", "メモ")
    for i in range(30):
        p = person(rng, 1945, 1995)
        grid.add(f"{'AB'[i % 2]}-{i + 1:02d}", m.name(p), m.mobile(p, rng), m.not_birth(m.day(rng), 1),
                 rng.choice(["", "", "継続", "水道近く", m.place(rng)]))
    b.t(grid).p("問合せ：", NOEN.name, " TEL ", m.org_phone(NOEN))
    return docs.html(f"noen/kukaku_{n + 1}.html", "区画割当一覧", b)


def kotsu_course(rng, n):
    """Attendees of a licence-renewal or offender course, with what the course was for."""
    grid = Grid("受講番号", "氏名", "生年月日", "免許証番号", "住所", "電話", "講習区分", "違反・処分歴")
    for i in range(20 + rng.randrange(6)):
        p = person(rng, 1945, 2004)
        offence = m.sens("犯罪歴", rng) if rng.random() < 0.2 else rng.choice(["", "軽微違反", "なし"])
        grid.add(f"{n + 1}-{i + 1:03d}", m.name(p), m.birth(p, 5),
                 m.ident("DRIVERS_LICENSE", ids.licence(rng)), m.address(p), m.mobile(p, rng),
                 rng.choice(["優良", "一般", "違反者", "初回", "高齢者"]), offence)
    note = Grid("講習日", "会場", "講師").add(m.not_birth(m.day(rng), 2), "潮見分室", m.name(person(rng, 1960, 1990)))
    return docs.xlsx(f"kotsu/jukosha_{n + 1:02d}.xlsx", [("受講者", grid), ("講習", note)])


def kotsu_consult(rng, n):
    """A consultation record for someone hurt on the road, typed in WordPad (RTF)."""
    victim, kin = person(rng, 1940, 2010), person(rng, 1950, 1995)
    b = docs.Blocks().p("交通事故相談 記録票").p("相談日：", m.not_birth(m.day(rng), 3), "　相談員：", m.name(person(rng)))
    b.p("相談者：", m.name(kin), "（", m.kana(kin), "）　電話 ", m.mobile(kin, rng))
    b.p("当事者：", m.name(victim), "　", m.birth(victim, 2), "生　住所 ", m.address(victim))
    b.p("内容：", m.sens("犯罪被害", rng), "。加害車両は不明で、警察に被害届提出済み。")
    b.p("既往：", m.sens("病歴", rng) if rng.random() < 0.5 else "特になし", "。保険会社との示談について助言した。")
    b.p(m.health_notice(rng)).p(KOTSU.name, "　", m.org_address(KOTSU), "　", m.org_phone(KOTSU))
    return docs.rtf(f"kotsu/soudan/{n + 1:03d}.rtf", b)


def giko_orders(rng, n):
    """The lab's order export: one JSON a week from the ordering site, one record a case."""
    records, lines = [], Lines()
    for i in range(10 + rng.randrange(6)):
        p, dentist = person(rng, 1935, 2010), person(rng, 1955, 1990)
        note = rng.choice(vocab.SENSITIVE["病歴"][:4] + ["金属アレルギー（パッチテスト陽性）"]) if rng.random() < 0.3 else ""
        records.append({"order": f"D{n:02d}{i:03d}", "patient": p.name, "birth": ids.birth_text(p.born, 4),
                        "dentist": dentist.name, "item": rng.choice(["FMC", "CAD/CAM冠", "義歯", "インレー"]),
                        "shade": rng.choice(["A2", "A3", "B2"]), "part": ids.part_number(rng), "note": note,
                        "due": f"{m.day(rng):%Y-%m-%d}"})
    text = json.dumps({"lab": GIKO.name, "tel": GIKO.phone, "orders": records}, ensure_ascii=False, indent=2)
    for number, line in enumerate(text.split("\n"), 1):
        lines.lines.append(line)
        lines.marks += [(number, mk) for mk in giko_line_marks(line)]
    path = f"giko/orders/week{n + 1:02d}.json"
    return Doc(path, (text + "\n").encode(), lines.items(path))


def giko_line_marks(line: str) -> list:
    key, _, value = line.strip().partition(": ")
    value = value.rstrip(",").strip('"')
    if key in ('"patient"', '"dentist"'):
        return [val("PERSON", value)]
    if key == '"birth"':
        return [val("DATE_OF_BIRTH", value, date=value)]
    if key == '"note"' and value:
        return [val("SENSITIVE", value, category="病歴")]
    if key == '"part"':
        return [decoy("PASSPORT", value, "part_number_passport_shape")]
    if key == '"due"':
        return [decoy("DATE_OF_BIRTH", value, "non_birth_date")]
    if key == '"tel"':
        return [decoy("PHONE", value, "org_phone")]
    return []


def giko_delivery_mail(rng, n):
    """The lab mails a clinic its delivery list as a CSV."""
    doctor = person(rng, 1955, 1985)
    grid = Grid("伝票番号", "患者名", "補綴物", "納品日")
    for _ in range(6 + rng.randrange(6)):
        grid.add(m.voucher(rng), m.name(person(rng, 1935, 2012)), rng.choice(["FMC", "義歯", "CR"]),
                 m.not_birth(m.day(rng), 1))
    body = Lines().put(*m.family(doctor, "先生")).gap().put("いつもお世話になっております。白樺デンタルラボです。")
    body.put("本日分の納品一覧を添付いたします。").gap().put("--").put(GIKO.name, " ", m.org_phone(GIKO))
    mail = docs.Mail([GIKO.name, " <", m.org_mail(GIKO), ">"], [m.name(doctor), " <", m.email(doctor, rng), ">"],
                     "納品のご案内", f"Mon, {n + 2:02d} Mar 2026 17:30:00 +0900", body)
    mail.attach("nohin.csv", docs.csv, grid)
    return docs.eml(f"giko/mail/nohin_{n + 1:02d}.eml", mail, n)
