"""Corpus 18, first writers: a meal-delivery service, a post office's counter log, a
行政書士 office, a pet sitter, a bicycle shop's 防犯登録 export, a city hall's
window, a volunteer fire company, a 民生委員 network and a volunteer centre."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Lines, Mark, maybe, val
from benchmarks.corpus18 import common, people
from benchmarks.corpus18.common import fake, office
from benchmarks.corpus18.formats import csv_doc, docx_doc, eml_doc, html_doc, text_doc, xlsx_doc
from benchmarks.corpus18.formats2 import fixed_width, json_doc
from benchmarks.corpus18.layouts import form, lone, rows, table

NICKNAMES = ["ケンさん", "みっちゃん", "トミー", "よっしー", "なっちゃん", "マサ", "ひろりん", "ゆきんこ"]
DIETS = ["sens:病歴", "sens:病歴", "sens:宗教", "sens:障害"]


def meal_delivery(rng: random.Random, n: int) -> Doc:
    """配食サービス: the users' ledger (a title merged over the header) and the round's sheet."""
    fields = ["name", "kana", "dob", "address", "phone", "sens:病歴", "mobile"]
    users = rows(rng, rng.randint(10, 15), fields + [rng.choice(DIETS)])
    diet = [k for k in users[0] if k.startswith("sens:") and k != "sens:病歴"]
    ledger = table(rng, [("利用者番号", "~checkdigit_key"), ("氏名", "name"), ("フリガナ", "kana"), ("生年月日", "dob"),
                         ("お届け先住所", "address"), ("電話", "phone"), ("持病・食事制限", "sens:病歴"),
                         ("その他配慮", diet[0] if diet else "=特になし"), ("緊急連絡先(携帯)", "mobile")], users)
    rounds = table(rng, [("配達日", "~event_date"), ("利用者", lambda r, g: common.val("PERSON", r["_who"].kanji(False))),
                         ("献立", lambda r, g: g.choice(["減塩弁当", "やわらか食", "常食", "糖質調整食"])),
                         ("受取", "=済")], users[: rng.randint(6, 12)])
    return xlsx_doc(f"haishoku/{n:02d}_利用者台帳.xlsx", [("利用者台帳", ledger, "ほのぼの配食 利用者台帳（令和8年度）"),
                                                        ("配達記録", rounds, None)])


def meal_delivery_note(rng: random.Random, n: int) -> Doc:
    """The drivers' hand-over notes: names in running text, surnames after a role."""
    lines = Lines().put(f"申し送り帳　{rng.randint(1, 12)}月分（配達担当より）").gap()
    for rec in rows(rng, rng.randint(5, 8), ["name", "sens:病歴", "phone", "kanji"]):
        lines.put("・", rec["name"], "さん宅、", rec["sens:病歴"], "とのこと。インターホン不調のため到着時に",
                  rec["phone"], "へ電話。")
        lines.put("　配達員", lone(rec), "より：玄関前に置き配可。", fake(rng, "event_date"), "から一時停止の連絡あり。")
    lines.gap().put(fake(rng, "health_notice"), "。")
    return text_doc(f"haishoku/申し送り_{n:02d}.txt", lines, rng.choice(["utf-8", "cp932"]))


def post_office(rng: random.Random, n: int) -> Doc:
    """A post office's counter log of 転居届 (CP932, no header, as the terminal writes it)."""
    recs = rows(rng, rng.randint(10, 16), ["name", "kana", "address", "postcode", "phone"])
    for rec in recs:
        rec["new"] = val("ADDRESS", people.address(rng))
    grid = table(rng, [("d", "~event_date"), ("k", "=転居届"), ("n", "name"), ("f", "kana"), ("o", "address"),
                       ("a", "new"), ("z", "postcode"), ("t", "phone")], recs, header=False)
    return csv_doc(f"yubin/窓口_転居届_{n:02d}.csv", grid, "cp932")


def post_office_diary(rng: random.Random, n: int) -> Doc:
    own = office(rng, "緑ヶ丘郵便局", "post.example.jp")
    lines = Lines().put(*own.letterhead()).gap().put("窓口日誌").gap()
    for rec in rows(rng, rng.randint(3, 6), ["name", "address", "phone", "sens:犯罪被害"]):
        lines.put(rec["name"], "様（", rec["address"], "）来局。", rec["sens:犯罪被害"], "と申し出あり。")
        lines.put("　連絡先 ", rec["phone"], "。局長", fake(rng, "place_name"), "方面の配達区を確認。")
    return text_doc(f"yubin/窓口日誌_{n:02d}.txt", lines, "cp932", "\r\n")


def admin_scrivener(rng: random.Random, n: int) -> Doc:
    """行政書士: a 帰化 / 在留 application draft (a form in Word) mailed to the client."""
    rec = common.record(rng, ["name", "roman", "dob", "passport", "residence", "address", "postcode", "mobile", "email",
                              "sens:人種・民族", "sens:本籍", "sens:犯罪歴"], foreign=0.6)
    spouse = common.record(rng, ["name", "dob", "sens:本籍"], foreign=0.0)
    head = Lines().put("在留資格変更許可申請書（下書き）").gap()
    form(head, rng, rec, [("氏名", "name"), ("Name", "roman"), ("生年月日", "dob"), ("旅券番号", "passport"),
                          ("在留カード番号", "residence"), ("住居地", "address"), ("郵便番号", "postcode"),
                          ("携帯電話", "mobile"), ("メール", "email"), ("出自", "sens:人種・民族"), ("賞罰", "sens:犯罪歴")])
    head.gap().put("配偶者 ", spouse["name"], "（", spouse["dob"], "生）本籍 ", spouse["sens:本籍"])
    own = office(rng, "みなと行政書士事務所", "gyosei.example.jp")
    foot = Lines().put(*own.letterhead()).put("法人番号 ", fake(rng, "corporate_number"))
    draft = docx_doc(f"申請書_{n:02d}.docx", [head, foot])
    body = Lines().put(lone(rec), " 様").gap().put("申請書の下書きを添付します。ご確認ください。")
    body.put(*own.letterhead())
    return eml_doc(f"gyosei/送付_{n:02d}.eml", "【確認依頼】申請書下書き", own.email, rec["email"].text, body, [draft])


def pet_sitter(rng: random.Random, n: int) -> Doc:
    """A pet sitter's customer cards: the owner and pets whose names look like people's."""
    lines = Lines().put("お客様カード（シッティング）").gap()
    for rec in rows(rng, rng.randint(3, 5), ["name", "address", "mobile", "email", "sens:障害"]):
        form(lines, rng, rec, [("飼い主", "name"), ("ご住所", "address"), ("携帯", "mobile"), ("メール", "email")], ": ")
        lines.put("ペット: ", fake(rng, "pet_name"), "（猫・", str(rng.randint(1, 15)), "歳）、", fake(rng, "pet_name"), "（犬）")
        lines.put("備考: 飼い主様は", rec["sens:障害"], "。散歩は代行。鍵は管理人", lone(rec, rng.choice(people.SURNAMES)[0]),
                  "さんへ返却").gap()
    return text_doc(f"petsitter/カード_{n:02d}.txt", lines)


def bicycle_export(rng: random.Random, n: int) -> Doc:
    """A bicycle shop's 防犯登録 host export: fixed width, CP932, packed births."""
    lines = Lines()
    for i, rec in enumerate(rows(rng, rng.randint(14, 22), ["kana", "tight", "postcode", "address", "phone"])):
        born = common.dob(rng, ["packed"], 1940, 2012)
        serial = fake(rng, "checkdigit_key") if i % 4 == 0 else f"{rng.randint(10**11, 10**12 - 1)}"
        rec["kana"] = val("PERSON", people.half_kana(rec["kana"].text))
        fields = [(f"{i + 1:05d}", 6), (serial.text if isinstance(serial, Mark) else serial, 13), (rec["kana"].text, 24),
                  (rec["tight"].text, 22), (born.text, 9), (rec["postcode"].text, 9), (rec["address"].text, 96),
                  (rec["phone"].text, 14)]
        marks = [rec["kana"], rec["tight"], born, rec["postcode"], rec["address"], rec["phone"]]
        if isinstance(serial, Mark):
            marks.insert(0, serial)
        text = fixed_width(fields)
        lines.lines.append(text)
        lines.marks.extend((len(lines.lines), m) for m in marks)
    return text_doc(f"jitensha/BOHAN{n:03d}.DAT", lines, "cp932", "\r\n")


def city_window(rng: random.Random, n: int) -> Doc:
    """A city hall window's JSON export of the day's receipts."""
    recs = rows(rng, rng.randint(6, 12), ["kanji", "kana", "dob", "address", "mynumber", "phone"])
    records, marks = [], []
    for rec in recs:
        key = fake(rng, "checkdigit_key")
        records.append({"受付番号": key.text, "氏名": rec["kanji"].text, "ふりがな": rec["kana"].text,
                        "生年月日": rec["dob"].text, "住所": rec["address"].text, "個人番号": rec["mynumber"].text,
                        "電話番号": rec["phone"].text, "手続": rng.choice(["住民票の写し", "転入届", "印鑑登録", "児童手当"])})
        marks += [key, rec["kanji"], rec["kana"], rec["dob"], rec["address"], rec["mynumber"], rec["phone"]]
    return json_doc(f"shiyakusho/madoguchi_{n:02d}.json", records, marks, "receipts")


def city_page(rng: random.Random, n: int) -> Doc:
    own = office(rng, "市民課 窓口係", "city.example.lg.jp")
    lines = Lines().put(*own.letterhead()).put("窓口の受付時間は8時30分から17時15分です。")
    lines.put(fake(rng, "health_notice"), "。").put("次回の休日窓口：", fake(rng, "event_date"))
    return html_doc(f"shiyakusho/annai_{n:02d}.html", "窓口のご案内", lines)


def fire_brigade(rng: random.Random, n: int) -> Doc:
    """A volunteer fire company's roster: merged title, pump drivers' licences, check-ups."""
    recs = rows(rng, rng.randint(10, 16), ["name", "dob", "address", "mobile", "licence", "sens:健康診断結果",
                                     "sens:労働組合"], 0.0)
    roster = table(rng, [("団員氏名", "name"), ("生年月日", "dob"), ("住所", "address"), ("携帯", "mobile"),
                         ("運転免許証番号", "licence"), ("健診所見", "sens:健康診断結果"),
                         ("分団", lambda r, g: f"第{g.randint(1, 6)}分団"),
                         ("勤務先での役職", lambda r, g: r["sens:労働組合"] if g.random() < 0.25 else "")], recs)
    drills = table(rng, [("訓練日", "~event_date"), ("会場", "~place_name"), ("参加者", "kanji")],
                   rows(rng, rng.randint(4, 8), ["kanji"], 0.0))
    return xlsx_doc(f"shobodan/団員名簿_{n:02d}.xlsx", [("名簿", roster, "消防団 第三方面隊 団員名簿"), ("訓練", drills, None)])


def welfare_visitor(rng: random.Random, n: int) -> Doc:
    """A 民生委員's 見守り record: prose in Word with a table of households."""
    lines = Lines().put("見守り活動記録").gap()
    recs = rows(rng, rng.randint(4, 7), ["name", "address", "phone", "sens:病歴", "sens:犯罪被害", "sens:障害"])
    for rec in recs:
        lines.put(rec["name"], "さん（", rec["address"], "）は", rec["sens:病歴"], "。先月の訪問時「", rec["sens:犯罪被害"],
                  "」との話があり、地域包括に連絡した。")
        lines.put("本人は", rec["sens:障害"], "。電話は", rec["phone"], "。")
    grid = table(rng, [("世帯主", "kanji"), ("生年月日", "dob"), ("電話", "phone")],
                 rows(rng, rng.randint(4, 8), ["kanji", "dob", "phone"]))
    return docx_doc(f"minsei/見守り_{n:02d}.docx", [lines, grid, Lines().put(fake(rng, "health_notice"))])


def volunteer_centre(rng: random.Random, n: int) -> Doc:
    recs = rows(rng, rng.randint(12, 18), ["name", "kana", "dob", "email", "mobile", "address", "sens:信条"])
    grid = table(rng, [("登録No", lambda r, g: f"V{g.randint(1000, 9999)}"), ("氏名", "name"), ("フリガナ", "kana"),
                       ("生年月日", "dob"), ("メール", "email"), ("携帯", "mobile"), ("住所", "address"),
                       ("呼び名", lambda r, g: maybe("PERSON", g.choice(NICKNAMES))),
                       ("希望活動", lambda r, g: g.choice(["災害", "子ども", "高齢者", "環境"])),
                       ("これまでの活動", lambda r, g: r["sens:信条"] if g.random() < 0.3 else "")], recs)
    return csv_doc(f"volunteer/登録者_{n:02d}.csv", grid, rng.choice(["utf-8", "utf-8-sig"]))
