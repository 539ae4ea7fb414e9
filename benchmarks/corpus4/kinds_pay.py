"""Pay-office papers: 年末調整 lists with the family on one row, 源泉徴収票 drafts in
a spreadsheet form, 資格取得届 drafts exported tab-separated in CP932, 奨学金・給付
申請書 in OpenDocument."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.clerk import Clerk
from benchmarks.corpus4.sayings import ABOUT
from benchmarks.corpus4.writers import hidden_xlsx_doc, ods_doc, odt_doc


def nenmatsu_list(c: Clerk, n: int) -> Doc:
    """年末調整 一覧: 本人・配偶者・子 on one row, マイナンバー columns hidden."""
    head = ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "配偶者", "配偶者生年月日", "配偶者個人番号",
            "扶養親族1", "続柄", "扶養親族1 生年月日", "備考"]
    table = Table(name="年調", title=[f"令和8年分 年末調整 扶養控除等一覧（{c.office().name}）"]).add(*head)
    for row in range(c.between(6, 10)):
        me = c.someone()
        spouse = c.someone(sex="F" if me.sex == "M" else "M", family=me.family, home=me.home)
        relation = c.pick(["長男", "長女", "次男", "次女"])
        child = c.kin(me, relation, young=True, home=me.home)
        note = "〃" if row and c.chance(0.3) else c.pick(["", "", "中途入社", "住宅ローン控除あり", "前職分 源泉票回収済"])
        table.add(f"{2000 + row * 7 + n}", c.name(me), c.name(me, "kana"), c.birth(me), c.my_number(),
                  c.name(spouse, "kanji"), c.birth(spouse), c.my_number(), c.name(child, "kanji"),
                  relation, c.birth(child), note)
    return hidden_xlsx_doc(f"経理/年末調整/扶養控除一覧_{n:02d}.xlsx", [table], "nenmatsu_list", {"年調": [4, 7]})


def gensen_form(c: Clerk, n: int) -> Doc:
    """源泉徴収票 の下書き: labels left of values, the payer's own data as look-alikes."""
    me, office = c.someone(), c.office()
    spouse = c.someone(sex="F" if me.sex == "M" else "M", family=me.family, home=me.home)
    marks = office.marks()
    table = Table(name="源泉徴収票")
    table.add("令和8年分 給与所得の源泉徴収票（控え）")
    table.add("支払を受ける者 住所", c.address(me), "", "個人番号", c.my_number("bare"))
    table.add("（フリガナ）", c.name(me, "kana_wide"), "", "役職名", c.pick(["主任", "係長", ""]))
    table.add("氏名", c.name(me, "wide"), "", "生年月日", c.birth(me, "era"))
    table.add("支払金額", f"{c.between(2, 9)},{c.between(100, 999)},000", "", "源泉徴収税額", f"{c.between(40, 400)},200")
    table.add("控除対象配偶者", c.name(spouse, "kanji"), "", "配偶者の個人番号", c.my_number("bare"))
    table.add("摘要", c.pick(["前職分を含む", "", "住宅借入金等特別控除 適用"]))
    table.add("支払者 住所", marks[1], "", "電話", marks[2])
    table.add("支払者 氏名又は名称", negative(office.name, "PERSON", "company_name"), "", "法人番号",
              negative(numbers.corporate(c.rng), "MY_NUMBER", "corporate_number"))
    return ods_doc(f"経理/源泉徴収票/gensen_{n:03d}.ods", [table], "gensen_form")


def shikaku_draft(c: Clerk, n: int) -> Doc:
    """資格取得届 の下書き: a TSV in CP932 with ふりがな and 和暦 letter dates."""
    table = Table().add("被保険者氏名", "ふりがな", "生年月日", "性別", "個人番号", "基礎年金番号", "雇用保険被保険者番号",
                        "資格取得年月日", "報酬月額", "住所")
    for _ in range(c.between(3, 6)):
        p = c.someone(young=c.chance(0.5))
        hired = c.day(date(2026, 4, 1), 200)
        table.add(c.name(p, "wide"), c.name(p, "hiragana"), c.birth(p, c.pick(["era_letter", "era_slash"])),
                  "男" if p.sex == "M" else "女", c.my_number("hyphen"),
                  Mark(numbers.pension(c.rng), "BASIC_PENSION_NUMBER"),
                  Mark(numbers.employment_insurance(c.rng), "EMPLOYMENT_INSURANCE_NUMBER"),
                  c.not_birth(hired, "acquisition_date", "era_letter"), f"{c.between(18, 52)}0,000", c.address(p))
    return delimited_doc(f"総務/社保手続/資格取得届_下書き_{n:02d}.tsv", table, "shikaku_draft", delimiter="\t")


def scholarship(c: Clerk, n: int) -> Doc:
    """奨学金・給付申請書: prose answers and a household table."""
    student = c.someone(young=True)
    parent = c.someone(old=c.chance(0.3), family=student.family, home=student.home)
    kind, saying = c.pick([("病歴", ABOUT["病歴"]), ("障害", ABOUT["障害"])])
    lead = Text().add(f"一般財団法人 あおさぎ育英会　給付奨学金 申請書（受付 {n:03d}）")
    lead.add("申請者氏名　", c.name(student, "kanji"), "（", c.name(student, "kana"), "）")
    lead.add("生年月日　", c.birth(student, "era"), f"（{student.age()}歳）")
    lead.add("現住所　", c.postal(student, "mark"), "　", c.address(student))
    lead.add("連絡先　", c.phone(student, cell=True), "　メール ", c.email(student))
    lead.add("住民票コード　", Mark(numbers.resident_code(c.rng), "RESIDENT_RECORD_CODE"))
    lead.add("家計の状況について：主たる家計支持者の", c.name(parent, "family"), "は「", sensitive(c.pick(saying), kind),
             "」という状態で、収入が減っています。")
    lead.add("振込先：", c.pick(["あさひ信用金庫", "ひかり銀行", "北斗銀行"]), " 本店営業部 普通 ",
             Mark(numbers.account(c.rng), "BANK_ACCOUNT"), " 名義 ", c.name(student, "kana"))
    household = Table(name="世帯表").add("続柄", "氏名", "年齢", "職業・学年", "年収")
    household.add("父" if parent.sex == "M" else "母", c.name(parent, "tight"), str(parent.age()),
                  c.pick(["会社員", "自営業", "パート"]),
                  f"{c.between(120, 480)}万円")
    relation = c.pick(["弟", "妹"])
    sibling = c.kin(student, relation, young=True, home=student.home)
    household.add(relation, c.name(sibling, "tight"), str(max(sibling.age() - 10, 8)), "中学2年", "なし")
    tail = Text().add("申請日　", c.not_birth(date(2026, 10, c.between(1, 30)), "application_date", "era"))
    return odt_doc(f"育英会/申請書/給付申請_{n:03d}.odt", [lead, household, tail], "scholarship")
