"""Payroll and social-insurance lists, and résumés: 給与振込口座 (bank, branch, type
and number in separate columns; half-width katakana holder names), 社会保険の資格取得
(基礎年金番号, 雇用保険被保険者番号, 元号コード birth dates), 履歴書 in Word and PDF."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import idnums
from benchmarks.corpus2.formats import delimited_doc, docx_doc, pdf_doc, xlsx_doc
from benchmarks.corpus2.health import illness_phrase
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.people import Person, date_as, era_of
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive

BANKS = [("三井住友銀行", "0009"), ("三菱UFJ銀行", "0005"), ("りそな銀行", "0010"), ("横浜銀行", "0138"),
         ("千葉銀行", "0134"), ("静岡銀行", "0149"), ("京都銀行", "0158"), ("福岡銀行", "0177"), ("沖縄銀行", "0188"),
         ("城南信用金庫", "1344"), ("巣鴨信用金庫", "1356"), ("楽天銀行", "0036"), ("ゆうちょ銀行", "9900")]
BRANCHES = ["本店営業部", "石神井支店", "蒲田西口支店", "相模大野支店", "柏駅前支店", "浜松中央支店", "高松支店", "牧志支店",
            "ジャズ支店", "第一営業支店", "〇一八店", "四三八店"]


def _amount(kit: Kit) -> Mark:
    return negative(f"{kit.between(180, 520)},{kit.between(0, 999):03d}", "BANK_ACCOUNT", "amount")


def payroll_accounts(kit: Kit, n: int) -> Doc:
    headers = kit.pick([
        ["社員番号", "氏名", "銀行名", "銀行コード", "支店名", "支店コード", "預金種目", "口座番号", "口座名義（カナ）", "振込額"],
        ["No.", "従業員名", "金融機関", "金融機関コード", "支店", "店番", "種別", "口座番号", "名義人", "支給額"]])
    t = Table(name="振込口座", title=[f"給与振込口座一覧（{date_as(kit.day(date(2026, 1, 1), 300), 'kanji')}支給分）"])
    t.add(*headers)
    numeric = kit.chance(0.4)  # the account column typed as numbers by whoever keyed it in
    for i in range(kit.between(12, 40)):
        p = kit.person(foreign=0.08)
        bank, code = kit.pick(BANKS)
        account = idnums.bank_account(kit.rng)
        t.add(f"{kit.between(1000, 9999)}" if i % 7 else f"A{kit.between(100, 999)}", kit.name(p), bank,
              negative(code, "BANK_ACCOUNT", "bank_code"), kit.pick(BRANCHES), f"{kit.between(1, 899):03d}",
              kit.pick(["普通", "普通", "当座", "貯蓄"]), Mark(account, "BANK_ACCOUNT", cell=int(account) if numeric else None),
              kit.name(p, kit.pick(["half_kana", "kana"])), _amount(kit))
    if kit.chance(0.5):
        return xlsx_doc(f"総務/給与/振込口座一覧_{n:03d}.xlsx", [t], "給与振込口座")
    t.title = []
    return delimited_doc(f"総務/給与/furikomi_{n:03d}.csv", t, "給与振込口座", encoding=kit.pick(["cp932", "utf-8"]))


def _nenkin_birth(day: date) -> str:
    """元号コード + YYMMDD as the pension office's forms take it (5 昭和, 7 平成, 9 令和)."""
    era, _, year = era_of(day)
    code = {"昭和": 5, "平成": 7, "令和": 9}[era]
    return f"{code}-{year:02d}{day.month:02d}{day.day:02d}"


def _pension_or_number(kit: Kit, p: Person) -> Mark:
    if kit.chance(0.5):
        return Mark(idnums.grouped(p.my_number, (4, 4, 4), kit.pick(["", " "])), "MY_NUMBER")
    number = idnums.pension_number(kit.rng)
    return Mark(number if kit.chance(0.4) else f"{number[:4]}-{number[4:]}", "BASIC_PENSION_NUMBER")


def shaho_acquisition(kit: Kit, n: int) -> Doc:
    t = Table(name="取得者一覧")
    t.add("整理番号", "被保険者氏名", "被保険者氏名（カナ）", "生年月日", "性別", "個人番号又は基礎年金番号",
          "資格取得年月日", "報酬月額", "雇用保険被保険者番号", "住所")
    nenkin, postal = kit.chance(0.5), kit.pick(["bare", "hyphen"])
    for i in range(kit.between(8, 25)):
        p = kit.person(foreign=0.1)
        born = Mark(_nenkin_birth(p.birth), "DATE_OF_BIRTH", date=p.birth.isoformat()) if nenkin else kit.birth(p, "slash")
        insured = idnums.employment_insurance_number(kit.rng)
        written = insured if kit.chance(0.3) else f"{insured[:4]}-{insured[4:10]}-{insured[10]}"
        t.add(str(i + 1), kit.name(p), kit.name(p, "half_kana" if kit.chance(0.3) else "kana"), born,
              "1" if p.sex == "男" else "2", _pension_or_number(kit, p),
              kit.not_birth(kit.day(date(2026, 4, 1), 180), "acquisition_date", "slash"),
              negative(f"{kit.between(18, 62)}0000", "BANK_ACCOUNT", "amount"), Mark(written, "EMPLOYMENT_INSURANCE_NUMBER"),
              (kit.postal(p, postal), " ", kit.address(p, building=False)))
    if kit.chance(0.5):
        return delimited_doc(f"総務/社会保険/資格取得届_{n:03d}.csv", t, "社会保険資格取得", encoding="utf-8")
    return xlsx_doc(f"総務/社会保険/資格取得者一覧_{n:03d}.xlsx", [t], "社会保険資格取得")


def _resume_lines(kit: Kit, p: Person, today: date) -> Text:
    r = Text().add("履　歴　書").add(kit.not_birth(today, "as_of_date", "era"), "現在")
    r.add("ふりがな　", kit.name(p, "hiragana"))
    r.add("氏名　", kit.name(p, "kanji_full"))
    r.add(kit.birth(p, kit.pick(["era_born", "kanji"])), f"（満{p.age(today)}歳）　", "男" if p.sex == "男" else "女")
    r.add("現住所　", kit.postal(p, kit.pick(["mark", "mark_hyphen"])), "　", kit.address(p))
    r.add("電話　", kit.phone(p, False), "　携帯　", kit.phone(p, True))
    r.add("E-mail　", kit.email(p))
    r.add("連絡先　同上")
    r.add("学歴・職歴")
    year = p.birth.year
    for offset, event in ((15, "市立第二中学校 卒業"), (18, "県立高等学校 普通科 卒業"), (22, "私立大学 経済学部 卒業"),
                          (22, "株式会社東邦計器 入社"), (30, "一身上の都合により退社")):
        if year + offset <= today.year:
            r.add(f"{year + offset}年　{kit.between(3, 4)}月　{event}")
    r.add("免許・資格　普通自動車第一種運転免許")
    wish = "貴社の規定に従います。"
    if kit.chance(0.3):
        r.add("本人希望記入欄　", sensitive(illness_phrase(kit.rng), "病歴"), "ため、月1回の通院日のみご配慮をお願いします。")
    else:
        r.add("本人希望記入欄　", wish)
    return r


def resume(kit: Kit, n: int) -> Doc:
    p = kit.person(foreign=0.12, oldest=1965, youngest=2004)
    text = _resume_lines(kit, p, kit.day(date(2026, 6, 1), 150))
    if kit.chance(0.5):
        return pdf_doc(f"採用/応募書類/履歴書_{n:03d}.pdf", text, "履歴書")
    return docx_doc(f"採用/応募書類/履歴書_{n:03d}.docx", [text], "履歴書")
