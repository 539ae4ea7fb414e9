"""Corpus 18, third writers: a farm inn's booking mails, a fitness club, a swimming
school's parents, an international association's consultation desk, a locksmith, a
job-placement agency, a co-op's home delivery, a children's cafeteria and an estate
clearance firm."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Lines, maybe
from benchmarks.corpus18 import common, people
from benchmarks.corpus18.common import fake, office
from benchmarks.corpus18.formats import csv_doc, docx_doc, eml_doc, text_doc, xlsx_doc
from benchmarks.corpus18.formats2 import maildir_doc, mbox_doc, zip_doc
from benchmarks.corpus18.layouts import form, lone, rows, table


ACCENTED = ["Nguyễn Thị Mai", "Trần Văn Đức", "Phạm Thu Hương", "Lê Quốc Bảo"]  # UTF-8 mails only


def farm_inn(rng: random.Random, n: int) -> Doc:
    """A 農家民宿's mailbox: bookings, foreign guests' passports, meals for a faith."""
    own = office(rng, "農家民宿 いろり庵", "irori-an.example.jp")
    messages = []
    for rec in rows(rng, rng.randint(4, 7), ["name", "roman", "mobile", "email", "passport", "sens:宗教"], 0.3):
        if rng.random() < 0.2:
            rec["name"] = common.val("PERSON", rng.choice(ACCENTED))
        body = Lines().put("予約のお願い").gap()
        if rec["_who"].foreign:
            body.put("代表者：", rec["name"])
        else:
            body.put("代表者：", rec["name"], "（", rec["roman"], "）").put("Booking name: ",
                                                                        common.val("PERSON", rec["_who"].western()))
        body.put("携帯：", rec["mobile"]).put("旅券番号：", rec["passport"]).put("備考：", rec["sens:宗教"], "。食事の配慮をお願いします")
        body.put("予約番号：", fake(rng, "reservation_code"), "　到着日：", fake(rng, "event_date"))
        messages.append(("ご予約について", rec["email"].text, own.email, body))
    reply = Lines().put("ご予約ありがとうございます。").put(*own.letterhead())
    messages.append(("Re: ご予約について", own.email, "guest@example.com", reply))
    return mbox_doc(f"minshuku/inbox_{n:02d}.mbox", messages)


def fitness_club(rng: random.Random, n: int) -> Doc:
    """A fitness club's members with the health questionnaire and the monthly card."""
    recs = rows(rng, rng.randint(10, 16), ["name", "kana", "dob", "mobile", "email", "card", "sens:病歴",
                                           "sens:健康診断結果"])
    members = table(rng, [("会員氏名", "name"), ("カナ", "kana"), ("生年月日", "dob"), ("携帯", "mobile"), ("メール", "email"),
                          ("決済カード", "card")], recs)
    health = table(rng, [("氏名", "kana"), ("既往歴", "sens:病歴"), ("直近の健診結果", "sens:健康診断結果"),
                         ("運動制限", lambda r, g: g.choice(["なし", "有酸素のみ", "医師の許可あり"]))], recs)
    return xlsx_doc(f"fitness/members_{n:02d}.xlsx", [("会員", members, "会員台帳"), ("問診", health, "健康問診票 集計")])


def trainer_mail(rng: random.Random, n: int) -> Doc:
    """A fitness club's trainer writes to a member about the check-up they brought in."""
    own = office(rng, "フィットネス ラクーン 西口店", "raccoon-fit.example.jp")
    rec = common.record(rng, ["name", "email", "sens:健康診断結果", "sens:病歴", "mobile"])
    body = Lines().put(rec["name"], " 様").gap().put("先日お預かりした健診結果を拝見しました。")
    body.put(rec["sens:健康診断結果"], "とのことですので、当面は負荷を下げたメニューにします。")
    body.put("また、", rec["sens:病歴"], "と伺っています。体調の変化があれば", rec["mobile"], "にご連絡します。")
    body.put("次回のご予約：", fake(rng, "event_date")).gap().put("担当トレーナー").put(*own.letterhead())
    return eml_doc(f"fitness/mail_{n:02d}.eml", "トレーニングメニューについて", own.email, rec["email"].text, body)


def swim_parents(rng: random.Random, n: int) -> Doc:
    """A swimming school's Maildir: a parent writes about the child."""
    rec = common.record(rng, ["name", "mobile", "email", rng.choice(["sens:病歴", "sens:障害"])])
    parent = rec["_who"]
    given = rng.choice(people.GIVEN)
    child = {"kana": common.val("PERSON", f"{parent.family_kana} {given[1]}" if not parent.foreign else given[1])}
    child["born"] = common.dob(rng, ["west", "era", "slash"], 2012, 2021)
    info = [k for k in rec if k.startswith("sens:")][0]
    body = Lines().put("コーチ各位").gap().put("いつもお世話になっております。", child["kana"], "の母の", rec["name"], "です。")
    body.put("子どもについて：", rec[info], "。プールサイドで様子を見ていただけると助かります。")
    body.put("生年月日は", child["born"], "です。連絡は", rec["mobile"], "までお願いします。")
    body.put("※", maybe("PERSON", rng.choice(["ゆうくん", "みーちゃん", "はるちゃん", "そうちゃん"])), "と呼ぶと返事をします。")
    return maildir_doc("swim/Maildir", n, "体験レッスンについて", rec["email"].text, "coach@swim.example.jp", body)


def exchange_desk(rng: random.Random, n: int) -> Doc:
    """An international association's consultation log (CP932 text): romaji names,
    residence cards, passports, origins."""
    lines = Lines().put("外国人相談窓口　相談記録").gap()
    for rec in rows(rng, rng.randint(3, 5), ["roman", "residence", "passport", "mobile", "address", "sens:人種・民族"], 0.7):
        form(lines, rng, rec, [("相談者", "roman"), ("在留カード", "residence"), ("パスポート", "passport"),
                               ("電話", "mobile"), ("住所", "address")])
        lines.put("内容：", rec["sens:人種・民族"], "。職場での差別について相談。").gap()
    return text_doc(f"kokusai/soudan_{n:02d}.txt", lines, "cp932", "\r\n")


def locksmith(rng: random.Random, n: int) -> Doc:
    """A locksmith's month in a zip: work orders (text) and the billing sheet (CSV)."""
    orders = []
    recs = rows(rng, rng.randint(3, 5), ["name", "address", "phone", "sens:犯罪被害"])
    for i, rec in enumerate(recs):
        lines = Lines().put("作業指示書").put("依頼者 ", rec["name"], " 様").put("現場 ", rec["address"])
        lines.put("連絡先 ", rec["phone"]).put("経緯：", rec["sens:犯罪被害"], "。依頼によりシリンダー交換")
        lines.put("作業日 ", fake(rng, "event_date"))
        orders.append(text_doc(f"指示書_{i + 1}.txt", lines))
    bill = table(rng, [("依頼者", "name"), ("住所", "address"), ("請求額", lambda r, g: f"{g.randint(8, 60)}000")], recs)
    orders.append(csv_doc("請求.csv", bill))
    return zip_doc(f"kagiya/{n:02d}月.zip", orders)


def placement(rng: random.Random, n: int) -> Doc:
    """A job-placement agency's résumé sheet in Word: 賞罰, insurance numbers, a union past."""
    rec = common.record(rng, ["name", "kana", "dob", "address", "postcode", "mobile", "email", "employment", "pension",
                              "sens:犯罪歴", "sens:労働組合", "sens:本籍"])
    rec["dob"] = common.dob(rng, ["kanji", "era", "west"], 1960, 2003)
    head = Lines().put("求職者登録票").gap()
    form(head, rng, rec, [("ふりがな", "kana"), ("氏名", "name"), ("生年月日", "dob"), ("現住所", "address"),
                          ("〒", "postcode"), ("本籍", "sens:本籍"), ("携帯", "mobile"), ("E-mail", "email"), ("雇用保険被保険者番号", "employment"),
                          ("基礎年金番号", "pension")])
    head.put("前職の事業所番号 ", fake(rng, "employer_office_number"))
    grid = table(rng, [("項目", "=賞罰"), ("内容", "sens:犯罪歴")], [rec])
    grid.add("職歴補足", rec["sens:労働組合"])
    return docx_doc(f"shokai/touroku_{n:02d}.docx", [head, grid])


def coop_delivery(rng: random.Random, n: int) -> Doc:
    recs = rows(rng, rng.randint(12, 18), ["name", "address", "postcode", "phone", "account", "insurer"])
    grid = table(rng, [("組合員", "name"), ("〒", "postcode"), ("お届け先", "address"), ("電話", "phone"),
                       ("引落口座", "account"), ("共済 保険者番号", "insurer"), ("班", "~place_name")], recs)
    extra = table(rng, [("商品", "~product_name"), ("JAN", "~luhn_serial"), ("単価", lambda r, g: str(g.randint(98, 2980)))],
                  [{} for _ in range(rng.randint(4, 8))])
    return xlsx_doc(f"coop/kumiaiin_{n:02d}.xlsx", [("組合員", grid, "宅配 組合員一覧"), ("商品", extra, None)])


def kids_cafeteria(rng: random.Random, n: int) -> Doc:
    lines = Lines().put("こども食堂 参加家庭メモ").gap()
    for rec in rows(rng, rng.randint(3, 6), ["name", "mobile", "sens:障害", "sens:犯罪被害"]):
        child = people.person(rng, 0.0)
        lines.put("保護者 ", rec["name"], "（", rec["mobile"], "）", "。お子さんの", common.val("PERSON", child.given),
                  "ちゃんは", rec["sens:障害"], "。")
        lines.put("母親は", rec["sens:犯罪被害"], "。ボランティアの", lone(rec, rng.choice(people.SURNAMES)[0]), "さんが対応。")
    lines.put(fake(rng, "health_notice"))
    return text_doc(f"kodomo/memo_{n:02d}.txt", lines)


def estate_clearance(rng: random.Random, n: int) -> Doc:
    rec = common.record(rng, ["name", "address", "phone", "sens:本籍", "sens:病歴"], 0.0)
    heir = common.record(rng, ["name", "mobile", "email"])
    lines = Lines().put("遺品整理 作業報告").gap().put("故人 ", rec["name"], " 様（本籍 ", rec["sens:本籍"], "）")
    lines.put("ご住所 ", rec["address"]).put("生前は", rec["sens:病歴"], "だったとのこと。")
    lines.put("ご依頼者 ", heir["name"], " 様　", heir["mobile"], "　", heir["email"])
    lines.put("作業日 ", fake(rng, "event_date"), "　立会い ", fake(rng, "place_name"), "自治会").put(*office(
        rng, "おもいで整理サービス", "omoide.example.jp").letterhead())
    return docx_doc(f"ihin/report_{n:02d}.docx", [lines])
