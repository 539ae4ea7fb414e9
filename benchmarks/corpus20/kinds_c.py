"""Corpus 20's writers (3): a car-rental desk, a junk-collection firm (不用品回収), a kimono
rental shop, a sheltered-work office (就労継続支援) and a funeral home's advance-consultation room."""

from __future__ import annotations

import json
import random

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus20 import columns as col
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import ids, people

RENTAL = "ひまわりレンタカー 駅前店"
JUNK = "クリーンリバース（不用品回収）"
KIMONO = "きもの貸衣裳 紅梅"
SHURO = "就労継続支援B型事業所 ひだまり工房"
FUNERAL = "平安セレモニー 事前相談室"


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - len(text.encode("cp932")))


def rental_host(rng: random.Random, n: int):
    """The head office's nightly export: fixed-width CP932 records, one contract a line."""
    lines = Lines().put(_pad(f"HDR{n:03d}RENTAL-DAILY", 60))
    for k in range(rng.randint(25, 40)):
        p = people.person(rng, 18, 80, abroad=0.05, sjis=True)
        kana = c.name(p, "kana")
        dob = c.born(rng, p, "packed")
        lic = c.ident(rng, "DRIVERS_LICENSE")
        phone = c.tel(rng, plain=True)
        parts = [f"{n:02d}{k:06d}", c.visit_day(rng, "packed"), kana, dob, lic, phone]
        widths = [9, 9, 30, 9, 13, 14]
        row: list = []
        for part, width in zip(parts, widths):
            text = part if isinstance(part, str) else part.text
            row += [part, " " * max(0, width - len(text.encode("cp932")))]
        if rng.random() < 0.6:
            row.append(c.val("CREDIT_CARD", ids.card(rng)))
        lines.put(*row)
    lines.put(_pad(f"TRL{n:03d}", 60))
    return f.txt(f"rental_car/export/RENT{n:04d}.DAT", lines, encoding="cp932", newline="\r\n")


def rental_agreement(rng: random.Random, n: int):
    p, other = people.person(rng, 20, 78, sjis=True), people.person(rng, 20, 78, sjis=True)
    lines = Lines().put(f"{RENTAL}　貸渡契約書（控）").gap()
    lines.put("貸渡日時：", c.visit_day(rng, "west"), " 10:00　返却予定：", c.visit_day(rng, "west"), " 18:00")
    lines.put("車種コード：", c.model_number(rng), "　登録番号：なにわ 500 さ 12-34")
    lines.put("借受人：", c.name(p), "（", c.name(p, "kana"), "）")
    lines.put("生年月日：", c.born(rng, p, rng.choice(["era", "west", "abbr"])))
    lines.put("住所：〒", c.postal(rng), " ", c.address(rng))
    lines.put("電話：", c.tel(rng), "　免許証番号：", c.ident(rng, "DRIVERS_LICENSE"))
    lines.put("追加運転者：", c.name(other, "tight"), "　免許証番号：", c.ident(rng, "DRIVERS_LICENSE"))
    lines.put("お支払い：クレジットカード ", c.ident(rng, "CREDIT_CARD"))
    if rng.random() < 0.3:
        lines.put("備考：前回利用時に", c.sens(rng, "犯罪被害"), "。車内に貴重品を置かないようご案内済み。")
    lines.put("受付担当：", c.name(people.person(rng, 20, 60, sjis=True), "sur"))
    return f.pdf(f"rental_car/契約書_{n:04d}.pdf", lines)


def junk_jobs(rng: random.Random, n: int):
    customers = people.people(rng, rng.randint(25, 40), young=25, old=92, abroad=0.04, sjis=True)
    columns = [col.event("slash"), col.name(), col.tel(), col.address(building=0.4),
               col.choice("冷蔵庫・洗濯機", "タンス2棹", "ベッド一式", "家財一式（遺品）", "自転車・物置"),
               col.event("slash"), col.sens(("犯罪被害", "障害"), 0.08, ("", "", "エレベーターなし"))]
    grid = col.register(rng, ["受付日", "依頼者", "電話番号", "回収先住所", "品目", "回収予定日", "備考"], columns, customers)
    return f.csv(f"junk_collection/受付一覧_{n:02d}.csv", grid, encoding="cp932")


def junk_maildir(rng: random.Random, n: int):
    firm = c.org(rng, JUNK, "clean-reverse.example.jp")
    p = people.person(rng, 25, 90)
    body = Lines().put(f"{JUNK} 御中").gap()
    body.put(rng.choice(["引っ越しに伴い", "実家の片付けで", "父が施設に入ったため"]), "不用品の回収をお願いしたいです。")
    body.put("住所は", c.address(rng), "です。")
    body.put("日中は", c.tel(rng, True), "に連絡ください。")
    if rng.random() < 0.4:
        body.put("母は", c.sens(rng, rng.choice(["病歴", "障害"])), "なので、作業中は別室にいます。")
    if rng.random() < 0.3:
        body.put("以前、別の業者で", c.sens(rng, "犯罪被害"), "があり、今回は見積書を必ずください。")
    body.gap().put(c.name(p))
    mailed = f.mail(c.email(rng, p), c.own_mail(firm), "不用品回収の依頼", body, f.ordinal_time(n, 9))
    return f.eml(f"junk_collection/Maildir/cur/17{n:08d}.M{n}P{700 + n}.mailhost:2,S", mailed, body)


def kimono_sheet(rng: random.Random, n: int):
    girls = people.people(rng, rng.randint(18, 30), young=19, old=21, abroad=0.03)
    columns = [col.number("K", 800 + 50 * n), col.name(), col.kana(), col.born("era"),
               lambda r, p, i: f"{r.randint(148, 172)}cm", col.tel(True), col.relative(col.GUARDIANS), col.address(),
               col.event("slash"), col.choice("振袖（赤）", "振袖（白緑）", "振袖（紺）", "袴セット")]
    grid = col.register(rng, ["予約No", "お名前", "フリガナ", "生年月日", "身長", "ご本人携帯", "保護者", "ご住所",
                              "着付日", "衣裳"], columns, girls)
    price = Grid("衣裳", "料金").add("振袖フルセット", "158,000円").add("袴セット", "38,000円")
    return f.xlsx(f"kimono_rental/成人式予約_{n:02d}.xlsx",
                  [("予約", grid, f"{KIMONO} 成人式 ご予約台帳"), ("料金表", price, None)])


def kimono_mail(rng: random.Random, n: int):
    shop = c.org(rng, KIMONO, "kobai-kimono.example.jp")
    p = people.person(rng, 19, 21)
    body = Lines().put(c.name(p), " 様").gap()
    body.put("この度はご予約ありがとうございます。")
    body.put("前撮り：", c.visit_day(rng, "era"), "　成人式当日：", c.visit_day(rng, "era"))
    body.put("ご本人確認のため、生年月日（", c.born(rng, p, "west"), "）を控えております。")
    body.put("着付け担当は", c.name(people.person(rng, 40, 70), "sur"), "です。").gap()
    shop.sign(body)
    mailed = f.mail(c.own_mail(shop), c.email(rng, p), "ご予約確認（成人式）", body, f.ordinal_time(n, 11))
    return f.eml(f"kimono_rental/mail/{n:03d}.eml", mailed, body)


def shuro_records(rng: random.Random, n: int):
    users = people.people(rng, rng.randint(14, 24), young=19, old=65, abroad=0.03)
    columns = [col.number("H", 300), col.name(), col.born("era"), col.sens(("障害",), 0.9),
               col.sens(("病歴",), 0.5), col.ident("BASIC_PENSION_NUMBER", blank=0.3),
               lambda r, p, i: ["ひまわり銀行 ", r.choice(["本店", "駅南支店"]), " 普通 ", c.ident(r, "BANK_ACCOUNT")],
               col.relative(), col.tel()]
    grid = col.register(rng, ["利用者番号", "氏名", "生年月日", "障害の状況", "既往・服薬", "基礎年金番号",
                              "工賃振込口座", "緊急連絡先", "電話"], columns, users)
    return f.xlsx(f"sheltered_work/利用者台帳_{n:02d}.xlsx", [("利用者", grid, f"{SHURO} 利用者台帳")])


def shuro_notes(rng: random.Random, n: int):
    staff = people.person(rng, 25, 60)
    lines = Lines().put(f"{SHURO} 支援記録").put("記録者：", c.name(staff, "sur"), "　", c.visit_day(rng, "era")).gap()
    for _ in range(rng.randint(3, 6)):
        p = people.person(rng, 19, 65)
        event = rng.random()
        if event < 0.35:
            lines.put(c.name(p), "さん：", c.sens(rng, "障害"), "。作業は袋詰めを継続。")
        elif event < 0.6:
            lines.put(c.name(p, "tight"), "さんは", c.sens(rng, "病歴"), "。午後は休憩室で休む。")
        elif event < 0.8:
            lines.put(c.name(p), "さん、", c.sens(rng, "犯罪歴"), "。保護観察所と面談日程を調整。")
        else:
            lines.put(c.name(p, "kana"), "さんの母（", c.tel(rng, True), "）から送迎時間の変更連絡。")
    lines.put(c.notice(rng))
    return f.txt(f"sheltered_work/支援記録/{n:03d}.txt", lines, encoding="utf-8")


def funeral_consult(rng: random.Random, n: int):
    p, heir = people.person(rng, 60, 95), people.person(rng, 35, 65)
    lines = Lines().put("事前相談シート")
    lines.put("相談日：", c.visit_day(rng, "era"), "　担当：", c.name(people.person(rng, 30, 60))).gap()
    grid = Grid("項目", "内容")
    grid.add("ご本人", [c.name(p, "wide"), "（", c.name(p, "kana"), "）"])
    grid.add("生年月日", c.born(rng, p, rng.choice(["era", "kan"])))
    grid.add("ご住所", c.address(rng))
    sensitive, optional = c.honseki_marks(rng)
    grid.add("本籍", sensitive)
    c.also(grid, optional)
    grid.add("宗旨・宗派", c.sens(rng, "宗教") if rng.random() < 0.8 else "無宗教（お別れ会形式）")
    grid.add("喪主予定", [c.name(heir), "（長男）　", c.tel(rng)])
    if rng.random() < 0.3:
        grid.add("ご希望", ["ご本人は", c.sens(rng, "信条"), "。弔辞は仲間の方に依頼予定。"])
    grid.add("会場", [c.place_name(rng, "斎場"), "（第2式場）"])
    return f.docx(f"funeral_home/事前相談_{n:03d}.docx", lines, (grid,), heading=FUNERAL)


def funeral_json(rng: random.Random, n: int):
    records, items = [], []
    path = f"funeral_home/export/consultations_{n:02d}.json"
    for k in range(rng.randint(8, 14)):
        p = people.person(rng, 60, 95)
        marks = {"name": c.name(p), "birth": c.born(rng, p, "dash"), "tel": c.tel(rng),
                 "religion": c.sens(rng, "宗教"), "visited": c.visit_day(rng, "dash")}
        records.append({"id": 5000 + 20 * n + k, **{key: m.text for key, m in marks.items()}, "plan": "家族葬"})
        items += [Item(path, m, None) for m in marks.values()]
    data = json.dumps({"office": FUNERAL, "records": records}, ensure_ascii=False, indent=2).encode("utf-8")
    return Doc(path, data, items)
