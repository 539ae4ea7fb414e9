"""Licensed advisers' offices: a 社労士's procedure ledger, a tax accountant's client
ledger and 確定申告 copies, a law office's consultation cards."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative
from benchmarks.corpus4.writers import hidden_xlsx_doc, rtf_doc
from benchmarks.corpus6 import codes
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import as_cells, framed_docx, labelled

CLIENT_FIRMS = ["有限会社 棚倉板金", "株式会社 ミツバ食品工業", "医療法人 清流会", "合同会社 あおい設計", "株式会社 北斗ロジ"]


def sharoushi_ledger(d: Desk, n: int) -> Doc:
    table = Table(name="手続台帳").add("受付日", "顧問先", "手続", "対象者", "生年月日", "基礎年金番号", "雇用保険番号",
                                      "個人番号", "住民票コード", "資格取得日", "担当")
    staff = [d.name(d.person(), "surname") for _ in range(2)]  # the office's own people sign the rows
    for _ in range(d.between(8, 14)):
        p = d.person(born=(1958, 2006), foreign=d.chance(0.1))
        firm = d.pick(CLIENT_FIRMS)
        table.add(d.not_birth(d.day(), "received_date", "slash"), firm, d.pick(["資格取得", "資格喪失", "育休給付", "算定基礎"]),
                  d.name(p), d.birth(p, d.pick(["era_dot", "era_short", "slash"])), d.mark("BASIC_PENSION_NUMBER"),
                  d.mark("EMPLOYMENT_INSURANCE_NUMBER"), d.mark("MY_NUMBER", d.pick(["", "space"])),
                  d.mark("RESIDENT_RECORD_CODE") if d.chance(0.3) else "",
                  d.not_birth(d.day(date(2025, 4, 1), 500), "hire_date", "slash"), d.pick(["所長", *staff]))
    firms = Table(name="顧問先").add("顧問先", "事業所番号", "法人番号")
    for firm in CLIENT_FIRMS:
        firms.add(firm, negative(f"{d.between(1000, 9999)}-{d.between(100000, 999999)}-{d.between(0, 9)}",
                                 "EMPLOYMENT_INSURANCE_NUMBER", "employer_number"),
                  d.office(firm, "x.example.jp").corporate())
    memo = Table(name="相談メモ").add("日付", "内容")
    memo.add(d.not_birth(d.day(), "consult_date", "slash"),
             ("従業員 ", d.name(d.person()), " が", d.said("労働組合"), "。社長より対応相談"))
    if n % 3 == 2:
        return hidden_xlsx_doc(f"sr/tetsuzuki_{n:02d}.xlsx", [table, firms, memo], "sr_ledger", {"手続台帳": [7, 8]})
    if n % 3 == 0:
        return delimited_doc(f"sr/daicho_{n:02d}.tsv", table, "sr_ledger", encoding="cp932", delimiter="\t")
    return xlsx_doc(f"sr/tetsuzuki_{n:02d}.xlsx", [table, firms, memo], "sr_ledger")


def tax_clients(d: Desk, n: int) -> Doc:
    office = d.office("宍倉会計事務所", "shishikura-tax.example.jp")
    table = Table(name="顧客").add("顧客番号", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話", "マイナンバー", "還付口座", "業種")
    for _ in range(d.between(7, 12)):
        p = d.person(born=(1940, 1995))
        bank = d.pick(["静岡中央銀行 浜松南支店 普通 ", "ゆうちょ 記号番号 ", "しののめ信用金庫 本店 普通 "])
        acct = Mark(codes.yucho(d.rng), "BANK_ACCOUNT") if "ゆうちょ" in bank else d.mark("BANK_ACCOUNT")
        table.add(d.number("customer_number", "PHONE", 10), d.name(p), d.kana(p, half=True), d.birth(p, "era_dot"),
                  d.address(p), d.phone(p, False), d.mark("MY_NUMBER", d.pick(["", "hyphen"])), (bank, acct),
                  d.pick(["不動産賃貸", "個人タクシー", "ネイルサロン", "年金受給", "農業"]))
    if n % 2 == 0:
        table.title = [f"{office.name} 顧客マスタ出力"]
        return delimited_doc(f"tax/client_master_{n:02d}.csv", table, "tax_clients", encoding="cp932", quote_all=True)
    own = Table(name="事務所").add("事務所口座", ("当座 ", office.bank())).add("電話", office.tel())
    return xlsx_doc(f"tax/kokyaku_{n:02d}.xlsx", [table, own], "tax_clients")


def tax_return(d: Desk, n: int) -> Doc:
    p = d.person(born=(1945, 1995))
    dep = d.family(p, born=(2000, 2015))
    pairs = [("住所", d.postal(p, "mark"), " ", d.address(p, "banchi")), ("フリガナ", d.kana(p)), ("氏名", d.name(p, "wide")),
             ("個人番号", d.mark("MY_NUMBER", "space")), ("生年月日", d.birth(p, "era_short")), ("電話番号", d.phone(p)),
             ("還付される税金の受取場所", "みさき銀行 港南支店 普通 ", d.mark("BANK_ACCOUNT")),
             ("扶養親族", d.name(dep, "kanji"), " 個人番号 ", d.mark("MY_NUMBER"), " 生年月日 ", d.birth(dep, "era_short")),
             ("障害者控除", "扶養親族について ", d.said("障害")),
             ("医療費控除の明細", d.pick(["くすのき整形外科", "たちばな眼科"]), " 通院（", d.said("病歴"), "）")]
    head = Text().add("令和7年分 所得税及び復興特別所得税の確定申告書（控）").add("提出日 ", d.not_birth(date(2026, 3, 10), "filing_date", "era"))
    if n % 3 == 0:
        return pdf_doc(f"tax/shinkoku_hikae_{n:02d}.pdf", head.extend(labelled(pairs)), "tax_return")
    if n % 3 == 1:
        return rtf_doc(f"tax/shinkoku_{n:02d}.rtf", head, as_cells(pairs), "tax_return")
    return text_doc(f"tax/e-tax_{n:02d}.txt", head.extend(labelled(pairs)), "tax_return")


def law_consult(d: Desk, n: int) -> Doc:
    p = d.person()
    other = d.person()
    firm = d.office("弁護士法人 みなせ総合法律事務所", "minase-law.example.jp")
    pairs = [("相談者", d.name(p)), ("ふりがな", d.kana(p)), ("生年月日", d.birth(p)), ("住所", d.address(p)),
             ("連絡先", d.phone(p, True)), ("メール", d.email(p)), ("相手方", d.name(other, "kanji"))]
    topic = n % 3
    story = Text().add("【相談内容】")
    if topic == 0:
        story.add("相談者は", d.said("犯罪被害"), "。加害者は相手方とみられ、損害賠償請求を検討。")
    elif topic == 1:
        story.add("相続の件。被相続人の本籍は", d.honseki(), "。戸籍の取り寄せから着手する。")
    else:
        story.add("相手方から解雇を通告された。相談者には", d.said("犯罪歴"), "があり、入社時に申告していなかった点を理由とされている。")
        story.add("ただし相談者は", d.said("労働組合"), "で、会社は組合活動を嫌っていたとのこと。")
    story.add("次回期日 ", d.not_birth(d.day(date(2026, 10, 10), 90), "hearing_date", "era"))
    story.add("担当弁護士 ", d.name(d.person(), "kanji"))
    return framed_docx(f"law/soudan_card_{n:02d}.docx", [Text().add("法律相談カード"), as_cells(pairs), story], "law_consult",
                       header=Text().add(firm.name, "　", firm.tel()), footer=Text().add("秘　取扱注意"))
