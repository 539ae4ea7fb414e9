"""Personnel papers: 人事考課 comments, 産業医面談の所見, 稟議書, 名簿 with odd
headers, the マイナンバー collection ledger, the foreign staff ledger."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative
from benchmarks.corpus3 import idents
from benchmarks.corpus3.desk import Desk
from benchmarks.corpus3.kinds_prose import care

_PLAIN_COMMENTS = ["報告が丁寧で後輩の面倒見もよい", "納期意識に課題。段取りを工夫してほしい", "新規顧客を3件開拓した",
                   "資格取得に意欲的", "会議での発言が少ない", "改善提案が採用された"]


def appraisal(d: Desk, n: int) -> Doc:
    """人事考課 sheet: grades and the evaluator's free comment, sometimes saying too much."""
    table = Table(name="考課表", title=[f"2026年度上期 人事考課（{d.pick(['製造部', '営業部', '総務部'])}）"])
    table.add("社員番号", "氏名", "等級", "評価", "考課者コメント", "面談日")
    for r in range(d.between(6, 10)):
        p = d.person()
        if d.chance(0.35):
            comment = ("評価は妥当。なお本人は", care(d, d.pick(["病歴", "信条", "労働組合", "宗教"])), "。")
        else:
            comment = d.pick(_PLAIN_COMMENTS)
        met = d.day(date(2026, 9, 1), 25)
        table.add(f"{d.between(10000, 39999)}", d.name(p), f"{d.pick(['J', 'S', 'M'])}{d.between(1, 3)}", d.pick("SABCD"),
                  comment, d.other_day(met, "interview_date", "slash"))
    return xlsx_doc(f"人事/考課/2026上期_考課表_{n:02d}.xlsx", [table], "人事考課")


def doctor_note(d: Desk, n: int) -> Doc:
    """産業医面談の所見: a doctor's note, half sentences, written in Word or as text."""
    org, worker, doctor = d.org(), d.person(), d.person(abroad=0.0)
    met = d.day(date(2026, 5, 1), 140)
    t = Text().add(f"産業医面談記録（{org.short}）")
    t.add("面談日 ", d.other_day(met, "interview_date", "west"), "　産業医 ", d.name(doctor))
    t.add("対象者 ", d.name(worker), "（", d.born(worker, d.pick(["era_letter", "slash", "era_gen"])), "）")
    t.add("【所見】健診で", care(d, "健康診断結果"), "。本人は自覚症状なしと。")
    t.add("　", care(d, "病歴"), "。睡眠は5時間程度。")
    if d.chance(0.4):
        t.add("　", care(d, "障害"), "。作業配置に配慮を要す。")
    t.add("【意見】就業制限なし／時間外は月20時間まで。次回 ", d.other_day(d.day(met, 60), "next_interview", "slash"))
    stem = f"健康管理/産業医面談/{met:%Y%m%d}_{n:03d}"
    return docx_doc(stem + ".docx", [t], "産業医面談") if d.chance(0.5) else text_doc(stem + ".txt", t, "産業医面談")


def ringi(d: Desk, n: int) -> Doc:
    """稟議書 for a purchase: applicant, vendor letterhead, quote and amount shaped like numbers of people."""
    vendor, applicant = d.org(), d.person(abroad=0.0)
    t = Text().add("稟　議　書").add(f"稟議番号 R-{2026}-{d.between(100, 999)}")
    t.add("起案日 ", d.other_day(d.day(date(2026, 4, 1), 180), "draft_date", "era"), "　起案者 総務課 ", d.name(applicant))
    t.add("件名：", d.pick(["複合機の入替", "社用車のリース更新", "倉庫照明のLED化", "勤怠システムの導入"]))
    t.add("購入先：", vendor.name, "（", *vendor.letterhead()[1:3], "）")
    t.add("見積番号：", negative(f"{d.between(1000, 9999)}-{d.between(100000, 999999)}", "BASIC_PENSION_NUMBER", "quote_number"))
    t.add("金額：", negative(f"{d.between(1, 9)},{d.between(100, 999)},{d.between(100, 999)}円", "BANK_ACCOUNT", "amount"), "（税込）")
    t.add("納期：", d.other_day(d.day(date(2026, 11, 1), 60), "delivery_date", "west"))
    t.add("決裁：部長　常務　社長")
    return docx_doc(f"総務/稟議/稟議書_{n:03d}.docx", [t], "稟議書")


def odd_roster(d: Desk, n: int) -> Doc:
    """A 名簿 a club or PTA keeps, with headers nobody else uses; some names in katakana or romaji."""
    heads = d.pick([("お名前", "ふりがな", "おところ", "〒", "れんらく先", "お誕生日"),
                    ("会員さま", "よみ", "お住まい", "郵便", "TEL/携帯", "生まれ"),
                    ("メンバー", "カナ", "所在", "ZIP", "連絡", "誕生")])
    table = Table(name=d.pick(["一覧", "会員", "R8"]), title=[d.pick(["ソフトボール同好会 名簿", "PTA 役員名簿", "朗読の会 会員一覧"])])
    table.add(*heads, "メール")
    for r in range(d.between(8, 14)):
        p = d.person(abroad=0.2)
        name = d.name(p, d.pick(["space", "tight", "romaji", "kana_space"]))
        reading = Mark(p.name("kana"), "PERSON") if not p.abroad else ""
        table.add(name, reading, d.address(p, building=d.chance(0.5)), d.postal(p), d.phone(p), d.born(p),
                  d.mail(p, d.pick(["plain", "wide", "spelt"])) if d.chance(0.6) else "")
    return xlsx_doc(f"サークル/名簿_{n:02d}.xlsx", [table], "名簿")


def number_ledger(d: Desk, n: int) -> Doc:
    """マイナンバー・年金・雇用保険の収集台帳: an employee and the family on the next rows."""
    table = Table(name="収集台帳", title=["特定個人情報 収集台帳（取扱注意）"])
    table.add("No", "区分", "氏名", "生年月日", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "住民票コード", "取得日")
    for r in range(d.between(4, 7)):
        p = d.person(oldest=1958, youngest=2003)
        table.add(str(r + 1), "本人", d.name(p), d.born(p, "era_pad"),
                  Mark(_grouped(idents.my_number(d.rng), d.pick([" ", "-", ""])), "MY_NUMBER"),
                  Mark(idents.pension_number(d.rng), "BASIC_PENSION_NUMBER"),
                  Mark(idents.employment_insurance(d.rng), "EMPLOYMENT_INSURANCE_NUMBER"),
                  Mark(idents.resident_code(d.rng), "RESIDENT_RECORD_CODE"),
                  d.other_day(d.day(date(2025, 4, 1), 400), "collected_date", "slash"))
        if d.chance(0.5):
            kid = d.person(oldest=2008, youngest=2022)
            table.add("", "扶養（子）", d.name(kid), d.born(kid, "era_pad"),
                      Mark(idents.my_number(d.rng), "MY_NUMBER"), "", "", "", "")
    office = f"{d.between(1000, 9999)}-{d.between(100000, 999999)}-{d.between(0, 9)}"
    table.add("", "事業所", "適用事業所番号", "", "", "", negative(office, "EMPLOYMENT_INSURANCE_NUMBER", "employer_number"), "", "")
    return xlsx_doc(f"人事/特定個人情報/収集台帳_{n:02d}.xlsx", [table], "マイナンバー台帳")


def _grouped(digits: str, sep: str) -> str:
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def foreign_staff(d: Desk, n: int) -> Doc:
    """Foreign staff ledger: romaji names as on the card, passport, residence card, roots."""
    table = Table(name="外国人従業員", title=["外国人雇用状況 管理表"])
    table.add("Name (as on card)", "呼び名", "国籍・地域", "生年月日", "旅券番号", "在留カード番号", "在留期限", "備考")
    for r in range(d.between(5, 9)):
        p = d.person(abroad=1.0)
        note = (care(d, "人種・民族"),) if d.chance(0.3) else (care(d, "宗教"),) if d.chance(0.15) else ""
        expiry = d.day(date(2027, 1, 1), 700)
        table.add(Mark(p.name("romaji_upper"), "PERSON"), Mark(p.name("kana"), "PERSON"),
                  Mark(d.pick(["ベトナム", "フィリピン", "ネパール", "中国", "韓国", "インド", "ブラジル"]), "SENSITIVE",
                       category="人種・民族", optional=True),
                  d.born(p, d.pick(["slash", "iso"])), Mark(idents.passport(d.rng), "PASSPORT"),
                  Mark(idents.residence_card(d.rng), "RESIDENCE_CARD"),
                  d.other_day(expiry, "card_expiry", "slash"), note)
    return xlsx_doc(f"人事/外国人雇用/管理表_{n:02d}.xlsx", [table], "外国人雇用")
