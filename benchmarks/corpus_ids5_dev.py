"""Development corpus for issue 12's ids5 work: driving licences in a 入居申込書 (Word),
pay-in accounts with a ゆうちょ sheet (記号 and 番号 in two cells), a 扶養控除一覧 with
the family's My Numbers on one row and their columns hidden, 源泉徴収票 drafts as ODS
forms (the 個人番号 label after a group title), PTA 連絡網 CSV in CP932 with postal
codes, and 住所変更届 with 〒 written in 全角 and 長音. The rules are tuned on this
corpus only; benchmarks/corpus_ids5_check.py (other labels, layouts and names; no list
in common, tests/benchmarks/test_ids5_corpora.py) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import SCORED, Numbers, kanji_number, odf_bytes, wide, xlsx_hidden_bytes, zip_of
from samples import writers as w

_SCORED = {("*", e) for e in SCORED}
PEOPLE = ["栗原 聡子", "矢吹 航", "篠塚 実花", "門脇 総一", "早瀬 陽菜", "久米 拓真", "浜岡 紗季", "宮路 圭佑"]
KANA = ["クリハラ サトコ", "ヤブキ ワタル", "シノヅカ ミカ", "カドワキ ソウイチ", "ハヤセ ヒナ", "クメ タクマ"]
BANKS = ["あさひ野銀行", "北斗信用金庫", "みなと銀行", "さくら台銀行"]
BRANCHES = ["駅前支店", "本町支店", "中央支店", "東口出張所"]
TOWNS = ["群馬県高崎市あら町", "岐阜県大垣市郭町", "愛媛県今治市北宝来町", "福井県敦賀市白銀町"]
LICENCE_LABELS = ["免許番号", "運転免許証番号", "免許証番号", "運転免許（番号）"]
MY_NUMBER_LABELS = ["個人番号", "マイナンバー"]
_DOB = "DATE_OF_BIRTH"


class DevIds5(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 37 + 5))

    def born(self) -> tuple[str, str]:
        """(written, ISO): S45.3.12, 昭45.03.12, 平成元年…, 昭和四十五年三月十二日, with an age."""
        y, m, d, name, letter, year = self.era_birth()
        forms = [f"{letter}{year}.{m}.{d}", f"{name[0]}{year}.{m:02d}.{d:02d}",
                 f"{name}{'元' if year == 1 else year}年{m}月{d}日",
                 f"{name}{kanji_number(year)}年{kanji_number(m)}月{kanji_number(d)}日（{2026 - y}歳）"]
        return self.pick(forms), f"{y}-{m:02d}-{d:02d}"

    def written_licence(self, number: str) -> str:
        return self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}", wide(number),
                          f"第{number}号", f"{number[:4]}ー{number[4:8]}ー{number[8:]}",
                          f"{number[:2]}-{number[2:4]}-{number[4:10]}-{number[10]}-{number[11]}", " ".join(number)])

    # --- positives -------------------------------------------------------------

    def lease_docx(self, i: int) -> Doc:
        """入居申込書: the licence beside its label, under it, or in a sentence."""
        number, (born, day), who = self.licence(), self.born(), self.pick(PEOPLE)
        label, written = self.pick(LICENCE_LABELS), self.written_licence(number)
        lines, table = ["入居申込書", "物件名：コーポ桜 203号室"], [["申込者", who], ["生年月日", born],
                                                                ["勤務先", "株式会社たちばな工業"], ["年収", "420万円"]]
        layout = i % 6
        if layout == 0:
            table.append([label, written])
        elif layout == 1:
            table += [[label, self.pick(["有効期限", "種類"])], [written, "令和10年8月1日まで"]]
        elif layout == 2:
            lines.append(f"本人確認書類：運転免許証（{written}、ゴールド）")
        elif layout == 3:
            table.append(["本人確認", "運転免許証", "番号", written])
        elif layout == 4:
            table.append([f"{label}（12桁）", written])
        else:
            table += [[label, f"{written}（個人番号・マイナンバーは記入不要）"]]
        table.append(["緊急連絡先", "090-2222-3434"])
        return Doc(f"ids5_lease{i:03d}.docx", _docx(lines, table),
                   {("DRIVERS_LICENSE", number), (_DOB, day)} | _SCORED)

    def payroll_xlsx(self, i: int) -> Doc:
        """給与振込口座一覧 with a ゆうちょ sheet; an 入館証番号 shaped like an account."""
        main, yucho, truth = [["給与振込口座一覧"], ["社員番号", "氏名", "銀行名", "支店名", "種別", "口座番号", "口座名義（カナ）"]], \
            [["ゆうちょ銀行"], ["氏名", "記号", "番号", "名義"]], set()
        for n, who in enumerate(self.rng.sample(PEOPLE, 4)):
            account = self.digits(7)
            written = wide(account) if n == 1 else f"{self.digits(3)}-{account}" if n == 2 else account
            main.append([f"E{100 + n}", who, self.pick(BANKS), self.pick(BRANCHES), self.pick(["普通", "当座"]),
                         written, self.pick(KANA)])
            truth.add(("BANK_ACCOUNT", account))
        if i % 2:
            yucho[1] = ["氏名", "記号－番号", "名義"]
        for who in self.rng.sample(PEOPLE, 2):
            mark, number = self.yucho()
            yucho.append([who, f"{mark}-{number}", self.pick(KANA)] if i % 2 else [who, mark, number, self.pick(KANA)])
            truth.add(("BANK_ACCOUNT", f"{mark}-{number}" if i % 2 else number))
        badge = self.digits(7)
        gate = [["入館証番号", "部署"], [badge, "総務"]]
        return Doc(f"ids5_payroll{i:03d}.xlsx", w.xlsx_bytes({"銀行": main, "ゆうちょ": yucho, "入館証": gate}),
                   truth | {("~BANK_ACCOUNT", badge)} | _SCORED)

    def dependants_xlsx(self, i: int) -> Doc:
        """扶養控除一覧: 本人・配偶者・扶養1 on one row, the number columns hidden."""
        label = self.pick(MY_NUMBER_LABELS)
        rows, truth = [["年末調整 扶養控除一覧"], ["氏名", f"本人{label}", "配偶者", f"配偶者{label}", "扶養1", f"扶養1{label}"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            numbers = [self.my_number() for _ in range(3)]
            spaced = [numbers[0], f"{numbers[1][:4]} {numbers[1][4:8]} {numbers[1][8:]}", wide(numbers[2])]
            rows.append([who, spaced[0], "同 花", spaced[1], "同 一", spaced[2]])
            truth |= {("MY_NUMBER", n) for n in numbers}
        return Doc(f"ids5_dependants{i:03d}.xlsx", xlsx_hidden_bytes(rows, ("B", "D", "F"), "扶養"), truth | _SCORED)

    def withholding_ods(self, i: int) -> Doc:
        """源泉徴収票 draft: 個人番号 after a group title or a blank column; the payer's 法人番号."""
        own, spouse, (born, day) = self.my_number(), self.my_number(), self.born()
        postal = self.postal()
        rows = [["給与所得の源泉徴収票"], ["支払を受ける者", "住所", f"〒{postal[:3]}-{postal[3:]} {self.pick(TOWNS)}1-2"],
                ["", "個人番号", own], ["", "氏名", self.pick(PEOPLE)], ["", "生年月日", born],
                ["控除対象配偶者", "氏名", "同 恵", "個人番号", spouse], ["支払者", "法人番号", "7123456789012"]]
        return Doc(f"ids5_withholding{i:03d}.ods", odf_bytes("spreadsheet", tables={"源泉徴収票": rows}),
                   {("MY_NUMBER", own), ("MY_NUMBER", spouse), (_DOB, day), ("POSTAL_CODE", postal)} | _SCORED)

    def pta_csv(self, i: int) -> Doc:
        """PTA 連絡網 (CP932): a 郵便番号 column of 7 digits or 〒 in 全角."""
        lines, truth = ["学年,氏名,郵便番号,住所,電話"], set()
        for n, who in enumerate(self.rng.sample(PEOPLE, 4)):
            code = self.postal()
            written = [wide(f"〒{code[:3]}-{code[3:]}"), code, f"{code[:3]} {code[3:]}"][n % 3]
            lines.append(f"{n + 1}年,{who},{written},{self.pick(TOWNS)}{n + 1}-3,0{n + 6}0-1{n}11-22{n}2")
            truth.add(("POSTAL_CODE", code))
        return Doc(f"ids5_pta{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def moving_docx(self, i: int) -> Doc:
        """住所変更届: 〒 in 全角 with 長音 for the hyphen, the address on the next line."""
        code, (born, day) = self.postal(), self.born()
        lines = ["住所変更届", f"氏名　{self.pick(PEOPLE)}", f"生年月日　{born}", "新住所",
                 f"〒{wide(code[:3])}ー{wide(code[3:])}", f"{self.pick(TOWNS)}三丁目4番5号"]
        return Doc(f"ids5_moving{i:03d}.docx", _docx(lines), {("POSTAL_CODE", code), (_DOB, day)} | _SCORED)

    def transfer_txt(self, i: int) -> Doc:
        """A note with an account in prose: 普通 1234567, (普)1234567, 普 1234567."""
        account = self.digits(7)
        kind = self.pick([f"普通 {account}", f"(普){account}", f"普 {account}", f"普通預金 {wide(account)}"])
        lines = [f"{self.pick(PEOPLE)}様", "立替金の精算について", f"振込先は{self.pick(BANKS)}{self.pick(BRANCHES)} {kind} とのことです。",
                 "注文番号 2345678 の件も併せて処理済みです。"]
        return Doc(f"ids5_transfer{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("BANK_ACCOUNT", account), ("~BANK_ACCOUNT", "2345678")} | _SCORED)

    def tenants_docx(self, i: int) -> Doc:
        """A lease form with the applicant and the guarantor side by side in columns."""
        a, b, (born, day) = self.licence(), self.licence(), self.born()
        table = [["項目", "申込者", "連帯保証人"], ["氏名", *self.rng.sample(PEOPLE, 2)], ["生年月日", born, "―"],
                 [self.pick(LICENCE_LABELS), a, wide(b)], ["勤務先", "A工業", "B商店"]]
        return Doc(f"ids5_tenants{i:03d}.docx", _docx(["入居申込書"], table),
                   {("DRIVERS_LICENSE", a), ("DRIVERS_LICENSE", b), (_DOB, day)} | _SCORED)

    def reunion_txt(self, i: int) -> Doc:
        """同窓会名簿 exported with semicolons (one record a line, no header)."""
        lines, truth = [], set()
        for n, who in enumerate(self.rng.sample(PEOPLE, 4)):
            code = self.postal()
            lines.append(f"{who};〒{code[:3]}-{code[3:] if n % 2 else wide(code[3:])};{self.pick(TOWNS)}{n + 1}-8")
            truth.add(("POSTAL_CODE", code))
        return Doc(f"ids5_reunion{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def submissions_zip(self, i: int) -> Doc:
        """年末調整の提出物: zips of ODS sheets inside a zip."""
        a, b = self.my_number(), self.my_number()
        sheet = odf_bytes("spreadsheet", tables={"扶養": [["氏名", "続柄", "個人番号"], [self.pick(PEOPLE), "本人", a],
                                                          ["同 花", "配偶者", f"{b[:4]}-{b[4:8]}-{b[8:]}"]]})
        return Doc(f"ids5_submissions{i:03d}.zip", zip_of({"2026年末/総務.zip": zip_of({"扶養.ods": sheet})}),
                   {("MY_NUMBER", a), ("MY_NUMBER", b)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.lease_docx, self.payroll_xlsx, self.dependants_xlsx, self.withholding_ods, self.pta_csv,
                 self.moving_docx, self.transfer_txt, self.tenants_docx, self.reunion_txt, self.submissions_zip]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def goods_xlsx(self, i: int) -> Doc:
        rows = [["商品台帳"], ["商品コード", "品名", "入荷日"]] + [[self.my_number(), f"部品{n}", f"2026/0{n + 1}/10"]
                                                            for n in range(4)]
        return Doc(f"ids5_clean_goods{i:03d}.xlsx", w.xlsx_bytes({"商品": rows}))

    def company_docx(self, i: int) -> Doc:
        code = self.postal()
        lines = ["会社概要", "株式会社たちばな工業", "法人番号 7123456789012", f"受注番号 {code}",
                 "振込先：当社口座 みなと銀行 本店 普通 7654321 カ）タチバナコウギョウ", "設立 2001年4月1日"]
        return Doc(f"ids5_clean_company{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.goods_xlsx, self.company_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
