"""Shops and their customers: a car dealer's customer cards, a phone shop's contract
copies, a hair salon's カルテ, an animal hospital's owner ledger, a gym's entry forms
with their health questionnaire."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Table, Text, negative
from benchmarks.corpus5.pages import html_doc
from benchmarks.corpus6 import codes
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import as_cells, framed_docx, labelled


def dealer_cards(d: Desk, n: int) -> Doc:
    shop = d.office("ネッツ翠嶺 {town}店", "netz-suirei.example.jp")
    if n % 3 == 0:
        p = d.person()
        pairs = [("顧客No.", d.number("customer_number", "MY_NUMBER", 8, "C")), ("お名前", d.name(p, "kanji")),
                 ("フリガナ", d.kana(p)), ("生年月日", d.birth(p)), ("ご住所", d.postal(p), " ", d.address(p)),
                 ("TEL", d.phone(p)), ("E-mail", d.email(p)), ("免許証番号", d.mark("DRIVERS_LICENSE")),
                 ("ご購入車両", d.thing("car_model")),
                 ("車台番号", negative(codes.chassis(d.rng), "MY_NUMBER", "chassis_number")),
                 ("次回車検", d.not_birth(d.day(date(2027, 1, 1), 700), "inspection_date"))]
        box = Text().add("担当：", d.name(d.person(), "surname")).add("店舗 ", shop.tel())
        return framed_docx(f"dealer/customer_card_{n:02d}.docx", [Text().add("お客様カード"), as_cells(pairs)],
                           "dealer_card", header=Text().add(shop.name), box=box)
    town = d.town()
    table = Table(name="顧客台帳").add("顧客コード", "氏名", "ｼﾒｲ", "生年月日", "〒", "住所", "携帯", "車種", "車台番号",
                                      "登録番号", "納車日")
    for _ in range(d.between(6, 12)):
        p = d.person(town=town if d.chance(0.7) else None)
        region, kana = town[1].split("市")[0].rstrip("区"), d.pick("あさすてなほみもやゆらるれわ")
        plate = negative(f"{region} {d.between(300, 599)} {kana} {d.between(10, 99)}-{d.between(10, 99)}",
                         "PHONE", "number_plate")
        table.add(d.number("customer_number", "PHONE", 10), d.name(p, "kanji"), d.kana(p, half=True),
                  d.birth(p, d.pick(["slash", "packed", "era_dot"])), d.postal(p, "hyphen"), d.address(p, "no_pref"),
                  d.phone(p, True, "hyphen"), d.thing("car_model"),
                  negative(codes.chassis(d.rng), "MY_NUMBER", "chassis_number"), plate,
                  d.not_birth(d.day(date(2024, 1, 1), 900), "delivery_date", "slash"))
    if n % 3 == 1:
        return xlsx_doc(f"dealer/顧客台帳_{n:02d}.xlsx", [table], "dealer_card")
    return delimited_doc(f"dealer/dms_export_{n:02d}.csv", table, "dealer_card", encoding="cp932")


def phone_contracts(d: Desk, n: int) -> Doc:
    p = d.person(born=(1950, 2006))
    shop = d.office("モバイルスクエア {town}店", "mobilesq.example.jp")
    pairs = [("契約者名 / Name", d.name(p, "kanji")), ("フリガナ", d.kana(p)), ("生年月日 / Date of Birth", d.birth(p, "west")),
             ("住所", d.address(p)), ("連絡先電話番号", d.phone(p, False)), ("ご利用電話番号", d.phone(p, True, "hyphen")),
             ("本人確認書類", "運転免許証 番号 ", d.mark("DRIVERS_LICENSE")),
             ("お支払方法", "クレジットカード ", d.mark("CREDIT_CARD", "space")),
             ("契約番号", d.number("contract_number", "MY_NUMBER", 12)),
             ("端末", "製造番号(IMEI) ", negative("35" + str(d.between(10 ** 12, 10 ** 13 - 1)), "CREDIT_CARD", "imei")),
             ("受付日", d.not_birth(d.day(), "contract_date"))]
    lead = Text().add("【契約内容控え】お客様用").add("取扱店：", shop.name, "　", shop.tel())
    if n % 2:
        return pdf_doc(f"mobile/keiyaku_hikae_{n:02d}.pdf", lead.extend(labelled(pairs)), "phone_contract")
    return text_doc(f"mobile/receipt_{n:02d}.txt", lead.extend(labelled(pairs)), "phone_contract", encoding="cp932",
                    newline="\r\n")


def salon_karte(d: Desk, n: int) -> Doc:
    p = d.person(sex="F", born=(1960, 2005))
    salon = d.thing("shop_name")
    notes = Text().add(d.not_birth(d.day(), "visit_date", "slash"), " カット＋カラー（担当 ", d.name(d.person(), "surname"), "）")
    notes.add("頭皮のかゆみ訴え。", d.said("病歴"), "とのこと、薬剤は低刺激を使用。")
    notes.add("次回 ", d.not_birth(d.day(date(2026, 10, 5), 60), "booking_date", "slash"), " 予約済み")
    pairs = [("お名前", d.name(p, d.pick(["kanji", "kana"]))), ("お誕生日", d.birth(p, d.pick(["slash", "west", "era"]))),
             ("ご連絡先", d.phone(p, True)), ("メール", d.email(p)), ("アレルギー", "ジアミン（かぶれ歴あり）")]
    if n % 3 == 0:
        return docx_doc(f"salon/karte_{n:02d}.docx", [Text().add(salon, " お客様カルテ"), as_cells(pairs), notes],
                        "salon_karte")
    if n % 3 == 1:
        return html_doc(f"salon/karte_{n:02d}.html", "salon_karte", "顧客カルテ", [Text().add("店舗：", salon),
                                                                                  labelled(pairs), notes])
    return text_doc(f"salon/memo_{n:02d}.txt", Text().add(salon).extend(labelled(pairs)).extend(notes), "salon_karte")


def vet_ledger(d: Desk, n: int) -> Doc:
    clinic = d.office("ひまわり動物病院", "himawari-ah.example.jp")
    table = Table(name="飼い主").add("診察券番号", "飼い主氏名", "住所", "電話", "ペット名", "種類", "ペット生年月日", "最終来院")
    town = d.town()
    for _ in range(d.between(7, 13)):
        p = d.person(town=town if d.chance(0.8) else None)
        table.add(d.number("patient_id", "MY_NUMBER", 6), d.name(p, d.pick(["kanji", "half"])),
                  d.address(p, d.pick(["plain", "no_pref"])),
                  d.phone(p),
                  d.thing("pet_name"), d.pick(["柴犬", "トイプードル", "雑種(猫)", "ミニチュアダックス", "スコティッシュ"]),
                  d.not_birth(d.day(date(2012, 1, 1), 4000), "pet_birth", "slash"),
                  d.not_birth(d.day(), "visit_date", "slash"))
    table.title = [f"{clinic.name} 飼い主台帳"]
    if n % 2:
        return xlsx_doc(f"vet/owners_{n:02d}.xlsx", [table], "vet_ledger")
    return delimited_doc(f"vet/karte_export_{n:02d}.csv", table, "vet_ledger", encoding="cp932")


def gym_entry(d: Desk, n: int) -> Doc:
    p = d.person(born=(1955, 2006))
    gym = d.office("フィットネスクラブ ルミナ", "lumina-fit.example.jp")
    kin = d.family(p)
    pairs = [("氏名", d.name(p)), ("フリガナ", d.kana(p)), ("生年月日", d.birth(p)), ("性別", "男" if p.sex == "M" else "女"),
             ("住所", d.postal(p, "mark"), " ", d.address(p)), ("携帯電話", d.phone(p, True)), ("メールアドレス", d.email(p)),
             ("緊急連絡先", d.name(kin, "kanji"), "（", d.relation(p, kin), "） ", d.phone(kin, True)),
             ("会費引落カード", d.mark("CREDIT_CARD", d.pick(["hyphen", "bare"])))]
    health = Text().add("【健康チェック】").add("Q1 医師から運動を制限されていますか：はい（", d.said("病歴"), "）")
    health.add("Q2 直近の健康診断で指摘された項目：", d.said("健康診断結果"))
    health.add("Q3 服用中のお薬：なし")
    lead = Text().add(f"{gym.name} 入会申込書").add("お問い合わせ ", gym.tel("hyphen"), " / ", gym.mail("front"))
    if n % 3 == 0:
        return pdf_doc(f"gym/nyukai_{n:02d}.pdf", lead.extend(labelled(pairs)).extend(health), "gym_entry")
    if n % 3 == 1:
        return docx_doc(f"gym/nyukai_{n:02d}.docx", [lead, as_cells(pairs), health], "gym_entry")
    return html_doc(f"gym/web_entry_{n:02d}.html", "gym_entry", "オンライン入会フォーム 送信内容",
                    [lead, as_cells([("項目", "入力内容")] + pairs), health])
