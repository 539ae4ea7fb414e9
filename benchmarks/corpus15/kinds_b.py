"""Corpus 15's care records: a 言語聴覚 clinic's progress notes, a 美容外科's
counselling sheet, a レセプト billing office's host export, a 産後ケア centre's
application, a 訪問理美容 round."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15 import formats, ids, marks
from benchmarks.corpus15.model import Doc, Table, Text, fake, value
from benchmarks.corpus15.people import person
from benchmarks.corpus15.vocab import HEALTH_NOTICES

ST_WORDS = ["構音訓練", "嚥下評価", "語彙の呼称課題", "吃音の流暢性練習", "聴覚理解の課題"]


def speech_notes(rng: random.Random, n: int) -> Doc:
    """言語聴覚 clinic: 経過記録 in free prose, one client, several visits (txt)."""
    p, therapist = person(rng, (1940, 2019)), person(rng, (1975, 1995))
    text = Text().add("【経過記録】言語聴覚療法室")
    text.add("対象者 ", marks.name(p, True), "（", marks.born(p, rng, (1, 2, 4)), "生）")
    text.add("主訴：", marks.condition(rng, "病歴"), "。", "保護者の" if p.birth.year > 2010 else "家族の",
             marks.name(person(rng, (1960, 1990))), "氏より電話 ", marks.phone(p.phone, rng))
    for visit in range(rng.randint(3, 6)):
        day = date(2026, rng.randint(4, 11), rng.randint(1, 28))
        text.add(ids.not_birth(day, rng.choice((0, 1)), "visit_date"), f" {rng.choice(ST_WORDS)}を実施。",
                 "担当 ", marks.name(therapist) if visit == 0 else therapist.surname)
    text.add("申し送り：次回から", marks.condition(rng, "障害"), "に配慮し個室で実施。")
    text.add("参考：", fake("SENSITIVE", rng.choice(HEALTH_NOTICES), "health_notice"))
    text.add(*marks.letterhead(0))
    return formats.txt(f"st_clinic/経過記録_{n:03d}.txt", text)


def cosmetic_counselling(rng: random.Random, n: int) -> Doc:
    """美容外科 カウンセリングシート (docx): labels and values on one line each."""
    p = person(rng, (1970, 2004))
    text = Text().add("カウンセリングシート（初診）")
    text.add("お名前：", marks.name(p, True), "　フリガナ：", marks.kana(p))
    text.add("生年月日：", marks.born(p, rng), "　性別：", p.sex)
    text.add("ご住所：〒", marks.postal(p, rng), " ", marks.address(p))
    text.add("携帯電話：", marks.phone(p.mobile, rng), "　E-mail：", marks.email(p))
    text.add("既往歴：", marks.condition(rng, "病歴"))
    text.add("アレルギー・服薬：", marks.condition(rng, "病歴") if rng.random() < 0.5 else "特になし")
    text.add("ご本人確認書類：運転免許証 No.", value("DRIVERS_LICENSE", ids.licence(rng)))
    text.add("お支払い：クレジットカード ", value("CREDIT_CARD", ids.card(rng)))
    text.add("ご予約日：", ids.not_birth(date(2026, rng.randint(1, 12), rng.randint(1, 28)), 3, "appointment"))
    text.add(*marks.letterhead(1))
    return formats.docx(f"biyou_geka/counselling_{n:03d}.docx", text)


def receipt_export(rng: random.Random, n: int) -> Doc:
    """A レセプト billing office's monthly host export: fixed width, CP932, no header."""
    table = Table()
    for row in range(rng.randint(9, 14)):
        p = person(rng, (1935, 2020))
        table.row(f"{row + 1:05d}", value("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)),
                  value("PERSON", p.kana.replace(" ", "")),
                  value("DATE_OF_BIRTH", p.birth.strftime("%Y%m%d"), date=p.birth.isoformat()),
                  value("SENSITIVE", rng.choice(RECEIPT_DISEASES), category="病歴"),
                  fake("MY_NUMBER", ids.my_number_digits(rng), "claim_number"))
    return formats.fixed(f"receipt/REZ{n:03d}.DAT", table, [6, 9, 22, 8, 26, 13])


RECEIPT_DISEASES = ["２型糖尿病", "本態性高血圧症", "慢性胃炎", "変形性膝関節症", "アトピー性皮膚炎", "慢性腎臓病",
                    "不眠症", "骨粗鬆症"]


def postpartum_form(rng: random.Random, n: int) -> Doc:
    """産後ケア centre's application form as a web page (html)."""
    mother, baby = person(rng, (1985, 2002)), person(rng, (2025, 2026))
    baby.surname = mother.surname
    text = Text().add("産後ケア事業 利用申請書")
    text.add("申請者氏名 ", marks.name(mother), "（", marks.born(mother, rng, (1, 0)), "生）")
    text.add("お子さんのお名前 ", marks.name(baby), "　出生日 ", ids.birth(baby.birth, rng.choice((0, 1))))
    text.add("住所 〒", marks.postal(mother, rng), " ", marks.address(mother))
    text.add("連絡先 ", marks.phone(mother.mobile, rng))
    text.add("妊娠・出産の経過：", marks.condition(rng, "病歴"))
    text.add("心身の状況：", value("SENSITIVE", rng.choice(POSTPARTUM), category="病歴"))
    text.add("申請日 ", ids.not_birth(date(2026, rng.randint(1, 11), rng.randint(1, 28)), 1, "application_date"))
    text.add("提出先：", *marks.letterhead(3))
    return formats.html(f"sango_care/moushikomi_{n:03d}.html", "利用申請", text)


POSTPARTUM = ["産後うつの傾向あり（EPDS 12点）", "帝王切開後の創部痛", "乳腺炎で受診歴あり", "妊娠高血圧症候群の既往"]


def hair_round(rng: random.Random, n: int) -> Doc:
    """訪問理美容 round for the week (csv): clients at home, with what the stylist must know."""
    table = Table(["訪問日", "お客様", "住所", "電話", "注意事項"])
    for _ in range(rng.randint(6, 10)):
        p = person(rng, (1925, 1955))
        table.row(ids.not_birth(date(2026, 11, rng.randint(1, 28)), 3, "visit_date"), marks.name(p),
                  marks.address(p), marks.phone(p.phone, rng), marks.condition(rng, rng.choice(["障害", "病歴"])))
    return formats.csv_file(f"houmon_biyou/round_{n:03d}.csv", table)
