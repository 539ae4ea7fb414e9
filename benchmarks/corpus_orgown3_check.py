"""Check corpus for an organisation's own numbers and contacts (issue 12, orgown3):
other habits than benchmarks/corpus_orgown3_dev.py, no template or word list in
common (tests/benchmarks/test_orgown3_corpora.py checks the lists). Written before
any rule changed; scored, never tuned on.

Positives: a labour-law office's collection sheet (the employer's 雇用保険適用事業所番号
in the heading table, the staff's 雇用保険番号 below), an expense claim's sheet of
people's accounts, a person's bill by mail, a club's 連絡網 under its 事務局 line, an
inquiry answered by mail with a company signature and the sender's 携帯.
Clean: a temple's notice, a shop's order sheet, a supplier's bill by mail
(名義 (株)…), a delivery schedule with the suppliers' phones, a branch list in prose.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.corpus_people import canonical_name
from samples import writers as w

SCORED = ("PERSON", "PHONE", "BANK_ACCOUNT", "EMPLOYMENT_INSURANCE_NUMBER")
SURNAMES = ["相沢", "石橋", "大川", "片桐", "菊池", "桑原", "斎藤", "島田", "田村", "筒井", "中野", "西川", "橋本",
            "福田", "堀内", "三浦", "村上", "吉岡"]
GIVEN = ["明美", "勇気", "絵美", "和人", "公子", "悟", "大輔", "千夏", "拓海", "奈々", "広美", "正人", "雅美", "由紀"]
HOLDER_KANA = ["アイザワ ユウキ", "イシバシ サトル", "オオカワ ナナ", "カタギリ マサト", "キクチ ヒロミ"]
FIRMS = [("東邦テクノ株式会社", "トウホウテクノ（カ"), ("株式会社はやて運輸", "（カ）ハヤテウンユ"),
         ("医療法人社団 青葉会", "イ）アオバカイ"), ("有限会社まるやま商店", "（ユ）マルヤマシヨウテン")]
BANK_LINES = ["ゆうちょ銀行 〇一八店", "千葉銀行 船橋支店", "静岡銀行 浜松営業部", "広島銀行 本店営業部"]
CLUB = ["みどり台テニスクラブ", "港南シニア合唱団"]
PRODUCTS = ["ステンレス水筒 500ml", "木製カッティングボード", "今治タオル 3枚組", "ほうじ茶ティーバッグ"]
SUPPLIERS = ["丸栄紙工(株)", "(有)北斗化成", "三協金属(株)"]


class CheckOrgOwn(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 13)

    def name(self) -> str:
        return f"{self.pick(SURNAMES)}　{self.pick(GIVEN)}"

    def collection_docx(self, i: int) -> Doc:
        firm, _ = self.pick(FIRMS)
        own, own_key = self.insurance()
        table, truth = [["事業主", firm], ["雇用保険適用事業所番号", own]], {("~EMPLOYMENT_INSURANCE_NUMBER", own_key)}
        for _ in range(self.rng.randint(2, 4)):
            who, (number, key) = self.name(), self.insurance()
            table.append([who, f"雇用保険番号 {number}"])
            truth |= {("PERSON", canonical_name(who)), ("EMPLOYMENT_INSURANCE_NUMBER", key)}
        doc = _docx(["社会保険 手続き資料（ご依頼分）", "以下の従業員について手続きをお願いします。"], table)
        return Doc(f"ch_collect{i:03d}.docx", doc, truth | _SCORED)

    def expenses_xlsx(self, i: int) -> Doc:
        rows, truth = [["立替経費 精算振込表"], ["申請者", "金融機関", "預金種別", "口座番号", "精算額"]], set()
        for _ in range(self.rng.randint(3, 6)):
            who, account = self.name(), self.account()
            rows.append([who, self.pick(BANK_LINES), "普通", account, self.rng.randint(1000, 40000)])
            truth |= {("PERSON", canonical_name(who)), ("BANK_ACCOUNT", account)}
        return Doc(f"ch_expenses{i:03d}.xlsx", w.xlsx_bytes({"精算": rows}), truth | _SCORED)

    def person_bill_eml(self, i: int) -> Doc:
        who, account, tel, kana = self.name(), self.account(), self.landline(), self.pick(HOLDER_KANA)
        body = ["お世話になっております。", "今月分の翻訳料の請求書をお送りします。", "",
                f"振込先 {self.pick(BANK_LINES)} 普通 {account}", f"名義 {kana}", "",
                f"{who}（個人事業主）", f"Tel. {tel}"]
        truth = {("PERSON", canonical_name(who)), ("PERSON", canonical_name(kana)), ("BANK_ACCOUNT", account),
                 ("PHONE", _e164(tel))}
        data = w.make_eml("請求書送付の件", "me@example.net", "keiri@example.jp", "\n".join(body))
        return Doc(f"ch_bill{i:03d}.eml", data, truth | _SCORED)

    def club_list_xlsx(self, i: int) -> Doc:
        office = self.landline()
        rows, truth = [[f"{self.pick(CLUB)} 連絡網", f"事務局 ☎ {office}"], ["なまえ", "れんらく先"]], {("~PHONE", _e164(office))}
        for _ in range(self.rng.randint(3, 6)):
            who, tel = self.name(), self.pick([self.mobile(), self.landline()])
            rows.append([who, tel])
            truth |= {("PERSON", canonical_name(who)), ("PHONE", _e164(tel))}
        return Doc(f"ch_club{i:03d}.xlsx", w.xlsx_bytes({"連絡網": rows}), truth | _SCORED)

    def answer_eml(self, i: int) -> Doc:
        firm, _ = self.pick(FIRMS)
        sender, main, fax, cell = self.name(), self.landline(), self.landline(), self.mobile()
        body = ["お問い合わせありがとうございます。", "ご質問の件、担当より折り返しご連絡いたします。", "", "＿＿＿＿＿＿＿＿＿＿",
                firm, f"お客様窓口　{sender}", f"Tel.{main}（代表）　Fax.{fax}", f"携帯 {cell}", "＿＿＿＿＿＿＿＿＿＿"]
        truth = {("PERSON", canonical_name(sender)), ("~PHONE", _e164(main)), ("~PHONE", _e164(fax)),
                 ("PHONE", _e164(cell))}
        data = w.make_eml("Re: お問い合わせ", "support@example.jp", "someone@example.net", "\n".join(body))
        return Doc(f"ch_answer{i:03d}.eml", data, truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.collection_docx, self.expenses_xlsx, self.person_bill_eml, self.club_list_xlsx, self.answer_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def temple_docx(self, i: int) -> Doc:
        lines = ["春季彼岸会のご案内", "檀信徒の皆様におかれましてはご清祥のこととお慶び申し上げます。", "",
                 "宗教法人 西福寺", f"電話 {self.landline()}（受付 午前九時～午後四時）"]
        return Doc(f"ch_clean_temple{i:03d}.docx", _docx(lines))

    def order_sheet_txt(self, i: int) -> Doc:
        lines = ["ギフトカタログ 2027春", *[f"・{p}　{self.rng.randint(8, 60) * 100}円" for p in PRODUCTS], "",
                 f"ご注文専用FAX：{self.landline()}", f"お電話でのご注文：{self.landline()}（平日10時～18時）"]
        return Doc(f"ch_clean_order{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def supplier_bill_eml(self, i: int) -> Doc:
        firm, holder = self.pick(FIRMS)
        body = ["経理ご担当者様", "", "3月分のご請求をお送りいたします。", f"お支払期日までに弊社口座へお振込みください。",
                f"{self.pick(BANK_LINES)}　当座　{self.account()}", f"名義　{holder}", "", firm]
        data = w.make_eml("3月分ご請求", "billing@example.co.jp", "keiri@example.jp", "\n".join(body))
        return Doc(f"ch_clean_supplier{i:03d}.eml", data)

    def delivery_csv(self, i: int) -> Doc:
        lines = ["注文番号,品名,仕入先,納期,仕入先TEL"]
        lines += [f"PO-{self.digits(6)},{p},{self.pick(SUPPLIERS)},2027/0{self.rng.randint(1, 9)}/1{self.rng.randint(0, 9)},"
                  f"{self.landline()}" for p in PRODUCTS]
        return Doc(f"ch_clean_delivery{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def branch_prose_txt(self, i: int) -> Doc:
        lines = ["当社の営業拠点のご案内です。", f"横浜支店（電話 {self.landline()}）は土曜も営業しております。",
                 f"神戸支店のお問い合わせ窓口は {self.landline()} です。"]
        return Doc(f"ch_clean_branches{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.temple_docx, self.order_sheet_txt, self.supplier_bill_eml, self.delivery_csv,
                 self.branch_prose_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]


_SCORED = {("*", entity) for entity in SCORED}
