"""Papers about homes and neighbours: 賃貸の入居申込書 (勤務先, 年収, 緊急連絡先,
連帯保証人) in Word, マンション管理組合 and PTA 名簿 with 〃 for repeats, 同窓会名簿
exported with semicolons, and an insurance agent's 契約者一覧 over several sheets."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, person, sensitive
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.clerk import Clerk
from benchmarks.corpus4.sayings import ABOUT
from benchmarks.corpus4.writers import hidden_xlsx_doc, odp_doc, semicolon_doc

EMPLOYERS = ["株式会社ノギク製作所", "丸菱運輸株式会社", "市立第二中学校", "有限会社ほたる食品", "合同会社アトリエ凪"]


def rental_application(c: Clerk, n: int) -> Doc:
    """入居申込書: 申込者, 同居人, 緊急連絡先, 連帯保証人 in Word tables; the agency's own data."""
    me, agency = c.someone(), c.offices[2]
    bond, call = c.pick(["父", "母", "叔母"]), c.pick(["友人", "姉", "兄", "叔父"])
    guarantor = c.kin(me, bond, same_name=bond != "叔母", old=True)
    contact = c.kin(me, call, same_name=call in ("姉", "兄"))
    marks = agency.marks()
    lead = Text().add(f"入居申込書　物件：{c.pick(['グランシャリオ', 'コーポ柳瀬', 'アーバンコート湊'])} {c.between(1, 5)}0{c.between(1, 8)}号室")
    lead.add("契約開始日 ", c.not_birth(date(2026, c.between(1, 12), 1), "contract_date"), "　入居予定日 ",
             c.not_birth(c.day(date(2026, 12, 1), 90), "move_in_date"))
    form = Table(name="申込者")
    form.add("氏名", c.name(me, "wide"), "フリガナ", c.name(me, "kana"))
    form.add("生年月日", (c.birth(me, "era_letter"), f"（満{me.age()}歳）"), "携帯", c.phone(me, cell=True))
    form.add("現住所", (c.postal(me, "mark"), " ", c.address(me)), "E-mail", c.email(me, full_width_at=c.chance(0.3)))
    form.add("勤務先", c.pick(EMPLOYERS), "年収", f"{c.between(280, 900)}万円")
    form.add("本人確認書類", "運転免許証", "番号", Mark(numbers.licence(c.rng), "DRIVERS_LICENSE"))
    people = Table(name="関係者").add("区分", "氏名", "続柄", "電話", "住所")
    people.add("緊急連絡先", c.name(contact, "kanji"), call, c.phone(contact), c.address(contact))
    people.add("連帯保証人", c.name(guarantor, "kanji"), bond, c.phone(guarantor, cell=False),
               (c.address(guarantor), f"（勤務先：{c.pick(EMPLOYERS)}／年収{c.between(200, 700)}万円）"))
    tail = Text().add("取扱店：", agency.name, "　", marks[1], "　TEL ", marks[2], "　FAX ", marks[3])
    return docx_doc(f"不動産/入居申込/申込書_{n:03d}.docx", [lead, form, people, tail], "rental_application")


def condo_roster(c: Clerk, n: int) -> Doc:
    """管理組合 名簿: 〃 under a repeated floor, family members on the rows below their room."""
    table = Table(name="名簿", title=[f"パークハイツ楡 管理組合 居住者名簿（{n}号棟）"])
    table.add("部屋", "氏名", "ふりがな", "続柄", "電話", "入居日", "備考")
    for floor in range(1, c.between(3, 5)):
        for room in range(1, 3):
            me = c.someone()
            table.add(f"{floor}0{room}", c.name(me), c.name(me, "hiragana"), "世帯主", c.phone(me),
                      c.not_birth(c.day(date(2008, 1, 1), 5000), "move_in_date", "slash"), c.pick(["", "理事", "", "監事"]))
            if c.chance(0.5):
                relation = c.pick(["妻", "夫", "長男", "母"])
                kin = c.kin(me, relation, home=me.home)
                table.add("〃", c.name(kin, "kanji"), c.name(kin, "hiragana"), relation, "〃", "〃",
                          (sensitive(c.pick(ABOUT["障害"]), "障害"), "（災害時要支援）") if c.chance(0.4) else "")
    return hidden_xlsx_doc(f"管理組合/名簿/居住者名簿_{n}号棟.xlsx", [table], "condo_roster")


def pta_roster(c: Clerk, n: int) -> Doc:
    """PTA 連絡網 in CP932 CSV: child and guardian on one row."""
    table = Table(title=[f"令和8年度 {c.between(1, 6)}年{c.between(1, 4)}組 PTA連絡網"])
    table.add("児童氏名", "保護者氏名", "保護者ふりがな", "緊急連絡先", "〒", "住所", "メモ")
    for _ in range(c.between(6, 10)):
        parent = c.someone()
        child = c.someone(young=True, family=parent.family, home=parent.home)
        memo = c.pick(["", "", "共働き・夕方以降", (sensitive(c.pick(ABOUT["病歴"][:4]), "病歴"), "（本人より）"), "祖母宅に連絡可"])
        table.add(c.name(child, "tight"), c.name(parent, "tight"), c.name(parent, "hiragana"), c.phone(parent, cell=True),
                  c.postal(parent, c.pick(["plain", "full"])),
                  c.address(parent, with_prefecture=False), memo)
    return delimited_doc(f"PTA/連絡網_{n:02d}.csv", table, "pta_roster", quote_all=c.chance(0.5))


def alumni_roster(c: Clerk, n: int) -> Doc:
    """同窓会名簿 as a European mail-merge tool exports it: semicolons, UTF-8."""
    table = Table().add("卒業年", "氏名", "旧姓", "郵便番号", "住所", "電話", "メール", "近況")
    for _ in range(c.between(6, 9)):
        p = c.someone(old=c.chance(0.5))
        maiden = ("（旧姓 ", person(c.pick(["鍋倉", "雲出", "廿日出"]), optional=True), "）") if c.chance(0.3) else ""
        table.add(f"{p.born.year + 18}", c.name(p, "kanji"), maiden, c.postal(p, "bare"), c.address(p), c.phone(p),
                  c.email(p),
                  c.said("人種・民族", "信条", "病歴") if c.chance(0.25) else c.pick(["", "元気です", "定年退職しました", "孫が二人"]))
    return semicolon_doc(f"同窓会/名簿_{n:02d}期.csv", table, "alumni_roster", encoding="utf-8")


def insurance_agency(c: Clerk, n: int) -> Doc:
    """保険代理店の契約者一覧: 契約者, 被保険者, a hidden 告知 sheet; policy numbers like phones."""
    holders = Table(name="契約者").add("証券番号", "契約者名", "カナ", "生年月日", "連絡先", "契約日", "更新日", "支払方法")
    insured = Table(name="被保険者").add("証券番号", "被保険者名", "続柄", "生年月日")
    notice = Table(name="告知").add("証券番号", "被保険者名", "告知内容")
    for _ in range(c.between(4, 7)):
        p = c.someone()
        policy = negative(numbers.policy_like_phone(c.rng), "PHONE", "policy_number")
        start = c.day(date(2015, 1, 1), 3500)
        pay = Mark(numbers.card_as(numbers.card(c.rng), "hyphen"), "CREDIT_CARD") if c.chance(0.4) else "口座振替"
        holders.add(policy, c.name(p), c.name(p, "kana"), c.birth(p, "slash"), c.phone(p),
                    c.not_birth(start, "contract_date", "slash"),
                    c.not_birth(date(2027, start.month, min(start.day, 28)), "renewal_date", "slash"),
                    pay)
        relation = c.pick(["子", "配偶者"])
        kin = c.kin(p, relation, young=relation == "子", home=p.home)
        insured.add(policy, c.name(kin, "kanji"), relation, c.birth(kin, "slash"))
        notice.add(policy, c.name(kin, "kanji"), c.said("病歴", "健康診断結果", "障害") if c.chance(0.7) else "告知事項なし")
    return hidden_xlsx_doc(f"保険代理店/契約者一覧_{n:02d}.xlsx", [holders, insured, notice], "insurance_agency",
                           hidden_sheets=("告知",))


def pta_handover(c: Clerk, n: int) -> Doc:
    """PTA 役員会の引継ぎ資料 in Impress: the officers' table, what to keep in mind of
    some families, phone numbers in the speaker notes."""
    officers = Table(name="役員一覧").add("役職", "氏名", "児童の学年", "連絡先")
    people = [c.someone() for _ in range(c.between(4, 6))]
    for post, p in zip(["会長", "副会長", "書記", "会計", "会計監査", "広報"], people):
        officers.add(post, c.name(p), f"{c.between(1, 6)}年", c.phone(p, cell=True))
    care = Text().add(f"令和8年度 PTA役員会 引継ぎ（{c.pick(['楡原', '萩野台', '銀杏坂'])}小学校）")
    care.add("配慮事項：", c.name(c.pick(people), "family"), "さんは", c.said("障害", "病歴", "宗教", "人種・民族"), "。")
    care.add("次回役員会 ", c.not_birth(date(2027, c.between(1, 3), c.between(1, 28)), "meeting_date", "era"))
    notes = Text().add("前会長 ", c.name(c.someone(), "kanji"), " への連絡は ", c.phone(c.someone(), cell=False), " まで。")
    return odp_doc(f"PTA/引継ぎ/役員会_{n:02d}.odp", [[care], [officers]], "pta_handover", {2: notes})
