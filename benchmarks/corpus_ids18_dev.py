"""Development corpus for ids18 (issue 12): a land-survey and design office's staff desk
(北斗測量設計) writing its surveyors' identifiers where a new hand places them — a JSON export
under romaji keys (mynumber, kiso_nenkin_no, lic_no, acct_no), an XML export whose values are
attributes, a vertical form (each label beneath its value), a sheet whose label is a merged
header two rows up with My Number in three cells of 4 and the pension in 4 + 6, a text memo of
half-width-kana and abbreviated labels (基礎年金№, 免許証No., ｻﾞｲﾘｭｳｶｰﾄﾞ, 口座番号(普)) in
full-width digits and dash variants, mails saying the account and numbers in a sentence, a
pptx, an rtf, an odt and a pdf. Look-alikes: order numbers passing the My Number check,
membership numbers passing Luhn, invoice numbers of a pension's shape, instrument serials of a
card's shape, the office's own account and 適用事業所番号, a form's sample numbers.
Truth: ("*", type) marks the scored types; ("~TYPE", value) a look-alike.
Tuned on this corpus only; benchmarks/corpus_ids18_check.py (another hand) checks it."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc, _pdf
from benchmarks.ids5_formats import odf_bytes, rtf_bytes
from benchmarks.ids18_values import IdValues, grouped, wide
from samples import writers as w

SCORED = ("MY_NUMBER", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "PASSPORT",
          "RESIDENCE_CARD", "DRIVERS_LICENSE", "BANK_ACCOUNT", "CREDIT_CARD")
_SCORED = {("*", t) for t in SCORED}
SURVEYORS = ["堀江 拓真", "三上 沙耶", "栗原 健吾", "宇野 千尋", "平松 亮介", "望月 菜々子", "TRUONG VAN HAI", "GURUNG BIKASH"]
BANKS = [("北陸銀行", "富山駅前支店"), ("山梨中央銀行", "甲府北支店"), ("静岡銀行", "沼津支店"), ("十六銀行", "岐阜南支店")]
OFFICE = "北斗測量設計株式会社"


class DevIds18(IdValues):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 181 + 18))

    def staff(self) -> dict:
        bank, branch = self.pick(BANKS)
        return {"name": self.pick(SURVEYORS), "my": self.my_number(), "pension": self.pension(), "ei": self.insured(),
                "lic": self.licence(), "pp": self.japanese_passport(), "rc": self.residence_card(),
                "bank": bank, "branch": branch, "acct": self.account(), "card": self.card()}

    @staticmethod
    def truth(p: dict, *keys: str) -> set:
        entity = {"my": "MY_NUMBER", "pension": "BASIC_PENSION_NUMBER", "ei": "EMPLOYMENT_INSURANCE_NUMBER",
                  "lic": "DRIVERS_LICENSE", "pp": "PASSPORT", "rc": "RESIDENCE_CARD", "acct": "BANK_ACCOUNT",
                  "card": "CREDIT_CARD"}
        return {(entity[k], p[k]) for k in keys}

    def romaji_json(self, i: int) -> Doc:
        records, truth = [], set(_SCORED)
        for n in range(3):
            p = self.staff()
            records.append({"shain_cd": f"H{n + 201}", "shimei": p["name"], "mynumber": p["my"],
                            "kiso_nenkin_no": grouped(p["pension"], (4, 6)), "koyo_hoken_no": grouped(p["ei"], (4, 6, 1)),
                            "lic_no": p["lic"], "furikomi": {"bank_nm": p["bank"], "shiten_nm": p["branch"],
                                                             "shubetsu": "futsu", "acct_no": p["acct"]}})
            truth |= self.truth(p, "my", "pension", "ei", "lic", "acct")
        return Doc(f"ids18d_staff{i:03d}.json", json.dumps({"shain": records}, ensure_ascii=False).encode(), truth)

    def attribute_rows(self, element: str, names: dict[str, str]) -> tuple[str, set]:
        """Three elements whose values are attributes: names maps a value's key to its attribute."""
        rows, truth = [], set(_SCORED)
        for n in range(3):
            p = self.staff()
            rows.append(f'<{element} no="{n + 11}" nm="{p["name"]}" '
                        + " ".join(f'{attribute}="{p[key]}"' for key, attribute in names.items()) + "/>")
            truth |= self.truth(p, *names)
        return "".join(rows), truth

    def attribute_xml(self, i: int) -> Doc:
        rows, truth = self.attribute_rows("member", {"my": "kojin_bango", "rc": "zairyu_card", "pp": "passport_no",
                                                     "pension": "nenkin"})
        data = f'<?xml version="1.0" encoding="UTF-8"?><members office="{OFFICE}">{rows}</members>'
        return Doc(f"ids18d_members{i:03d}.xml", data.encode(), truth)

    def vertical_xlsx(self, i: int) -> Doc:
        """A 身上書 sheet printed as a card: each value, then its label in the row beneath."""
        p = self.staff()
        pairs = [(p["name"], "氏　名"), (grouped(p["my"], (4, 4, 4), " "), "（個人番号）"), (grouped(p["pension"], (4, 6)), "（基礎年金番号）"),
                 (p["lic"], "（運転免許証番号）"), (f"{p['bank']} {p['branch']} 普通 {p['acct']}", "（給与振込口座）")]
        rows = [["社員身上書"]] + [r for value, label in pairs for r in ([value], [label])]
        return Doc(f"ids18d_card{i:03d}.xlsx", w.xlsx_bytes({"身上書": rows}),
                   self.truth(p, "my", "pension", "lic", "acct") | _SCORED)

    def merged_xlsx(self, i: int) -> Doc:
        """Labels merged two rows up; My Number in three cells of 4, the pension in 4 + 6."""
        from openpyxl import Workbook
        import io

        book = Workbook()
        sheet = book.active
        sheet.append(["No", "氏名", "個人番号", None, None, "基礎年金番号", None, "保険者番号", "記号", "番号"])
        sheet.append([None, None, "上4桁", "中4桁", "下4桁", "前", "後", None, None, None])
        for cells in ("C1:E1", "F1:G1", "A1:A2", "B1:B2"):
            sheet.merge_cells(cells)
        truth = set(_SCORED)
        for n in range(4):
            p, insurer, symbol, number = self.staff(), self.insurer(), str(self.rng.randint(100, 9999)), str(n + 3)
            sheet.append([n + 1, p["name"], p["my"][:4], p["my"][4:8], p["my"][8:], p["pension"][:4], p["pension"][4:],
                          insurer, symbol, number])
            truth |= self.truth(p, "my", "pension") | {("HEALTH_INSURANCE_NUMBER", v) for v in (insurer, symbol, number)}
        out = io.BytesIO()
        book.save(out)
        return Doc(f"ids18d_ledger{i:03d}.xlsx", out.getvalue(), truth)

    def kana_memo(self, i: int) -> Doc:
        """A memo typed fast: abbreviated and half-width-kana labels, wide digits, dash variants."""
        p = self.staff()
        lines = [f"{p['name']}さん 入社手続メモ", f"ﾏｲﾅﾝﾊﾞｰ：{wide(grouped(p['my'], (4, 4, 4), self.dash()))}",
                 f"基礎年金№ {grouped(p['pension'], (4, 6), self.dash())}", f"免許証No.{wide(p['lic'])}",
                 f"ｻﾞｲﾘｭｳｶｰﾄﾞ {p['rc']}", f"口座番号(普) {wide(p['acct'])}　{p['bank']}{p['branch']}",
                 f"雇保№ {grouped(p['ei'], (4, 6, 1), self.dash())}"]
        return Doc(f"ids18d_memo{i:03d}.txt", "\n".join(lines).encode("cp932"),
                   self.truth(p, "my", "pension", "lic", "rc", "acct", "ei") | _SCORED)

    def sentence_mail(self, i: int) -> Doc:
        p = self.staff()
        body = (f"総務 御中\n\n現場の{p['name']}です。給与の振込先を変更しました。\n口座は{p['bank']}{p['branch']}の普通{p['acct']}です。\n"
                f"年末調整の書類にマイナンバーが要るとのことで、{wide(grouped(p['my'], (4, 4, 4), '－'))}です。\n"
                f"会社のカードの立替精算は私のカード{grouped(p['card'], (4, 4, 4, 4))}で払いました。\nよろしくお願いします。")
        data = w.make_eml("振込口座の変更", "site@hokuto-sokuryo.example.jp", "soumu@hokuto-sokuryo.example.jp", body)
        return Doc(f"ids18d_mail{i:03d}.eml", data, self.truth(p, "acct", "my", "card") | _SCORED)

    def slides_pptx(self, i: int) -> Doc:
        staff = [self.staff() for _ in range(3)]
        table = [["氏名", "免許No", "旅券No", "在留ｶｰﾄﾞ"]] + [[p["name"], p["lic"], p["pp"], p["rc"]] for p in staff]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "s.pptx"
            w.write_pptx(path, "海外測量派遣メンバー", table, notes="番号は出張手配の後に消すこと")
            data = path.read_bytes()
        truth = set().union(*(self.truth(p, "lic", "pp", "rc") for p in staff))
        return Doc(f"ids18d_dispatch{i:03d}.pptx", data, truth | _SCORED)

    def letter_rtf(self, i: int) -> Doc:
        p = self.staff()
        lines = [f"{p['name']} 様", "雇用保険被保険者証の再交付について",
                 f"被保険者番号（{grouped(p['ei'], (4, 6, 1), '‐')}）で申請いたしました。"]
        return Doc(f"ids18d_letter{i:03d}.rtf", rtf_bytes(lines), self.truth(p, "ei") | _SCORED)

    def notice_odt(self, i: int) -> Doc:
        p = self.staff()
        lines = [f"{p['name']}さんの年金手帳（番号 {grouped(p['pension'], (4, 6), 'ー')}）をお預かりしています。",
                 f"運転免許証 第{p['lic']}号 の写しは返却済み。"]
        return Doc(f"ids18d_notice{i:03d}.odt", odf_bytes("text", lines), self.truth(p, "pension", "lic") | _SCORED)

    def pdf_record(self, i: int) -> Doc:
        p = self.staff()
        kigo, bango = self.yucho()
        lines = ["現場入場者 本人確認記録", f"氏名 {p['name']}", f"確認書類 パスポート  番号 {p['pp']}",
                 f"日当振込 ゆうちょ 記号{kigo} 番号{bango}"]
        return Doc(f"ids18d_entry{i:03d}.pdf", _pdf(lines), self.truth(p, "pp") | {("BANK_ACCOUNT", bango)} | _SCORED)

    def orders_xlsx(self, i: int) -> Doc:
        """Look-alikes: orders passing the My Number check, members passing Luhn, invoices 4-6."""
        rows, others = [["受注台帳"], ["受注番号", "会員番号", "請求書No.", "機器シリアル", "顧客名", "金額"]], set()
        for _ in range(4):
            order, member, invoice, serial = self.my_number(), self.card(), grouped(self.pension(), (4, 6)), self.residence_card()
            rows.append([order, member, invoice, serial, "有限会社 南信開発", str(self.rng.randint(10, 900) * 1000)])
            others |= {("~MY_NUMBER", order), ("~CREDIT_CARD", member), ("~BASIC_PENSION_NUMBER", invoice.replace("-", "")),
                       ("~RESIDENCE_CARD", serial)}
        return Doc(f"ids18d_orders{i:03d}.xlsx", w.xlsx_bytes({"受注": rows}), others | _SCORED)

    def invoice_txt(self, i: int) -> Doc:
        """Look-alikes: the office's own account and employer numbers, a form's sample numbers."""
        bank, branch = self.pick(BANKS)
        own, employer, sample = self.account(), self.insured(), self.my_number()
        lines = [f"請求書 {OFFICE}", f"お振込先：{bank} {branch} 普通預金 {own} ホクトソクリョウセッケイ（カ",
                 f"雇用保険適用事業所番号 {grouped(employer, (4, 6, 1))}",
                 f"※個人番号欄の記入例：{grouped(sample, (4, 4, 4))}（この番号は見本です）"]
        others = {("~BANK_ACCOUNT", own), ("~EMPLOYMENT_INSURANCE_NUMBER", employer), ("~MY_NUMBER", sample)}
        return Doc(f"ids18d_invoice{i:03d}.txt", "\n".join(lines).encode(), others | _SCORED)

    def payee_xlsx(self, i: int) -> Doc:
        """A payee sheet: ゆうちょ's 記号 and 番号 and a bank's branch code and account in the same two columns."""
        rows, truth = [["外注先 支払口座"], ["氏名", "金融機関", "種別", "記号/店番", "番号", "名義"]], set(_SCORED)
        for n in range(4):
            p = self.staff()
            if n % 2:
                kigo, bango = self.yucho()
                rows.append([p["name"], "ゆうちょ銀行", "", kigo, bango, "ｿｸﾘｮｳ ﾀﾛｳ"])
                truth.add(("BANK_ACCOUNT", bango))
            else:
                rows.append([p["name"], p["bank"], "普", f"{self.rng.randint(100, 999)}", p["acct"], "ｿｸﾘｮｳ ﾊﾅｺ"])
                truth |= self.truth(p, "acct")
        return Doc(f"ids18d_payees{i:03d}.xlsx", w.xlsx_bytes({"口座": rows}), truth)

    def noted_txt(self, i: int) -> Doc:
        """Labels above their values with a note line between (（10桁）, ※確認済)."""
        p = self.staff()
        lines = ["入社時提出書類チェック", "■マイナンバー", "※通知カードで確認済", grouped(p["my"], (4, 4, 4)),
                 "■基礎年金番号", "（10桁・ハイフンなし）", p["pension"], "■雇用保険被保険者番号", "（前職のもの）",
                 grouped(p["ei"], (4, 6, 1))]
        return Doc(f"ids18d_checklist{i:03d}.txt", "\n".join(lines).encode(), self.truth(p, "my", "pension", "ei") | _SCORED)

    def wide_mail(self, i: int) -> Doc:
        """Numbers told in sentences, typed in full width."""
        p = self.staff()
        body = (f"お疲れさまです、{p['name']}です。\n出張の手配用に、パスポート番号は{wide(p['pp'])}です。"
                f"在留カードは{p['rc'][:2]} {p['rc'][2:6]} {p['rc'][6:10]} {p['rc'][10:]}です。\n"
                f"レンタカーの予約には免許証番号が要るそうで、第{wide(p['lic'])}号です。\n"
                f"宿泊費は個人のカード（{wide(grouped(p['card'], (4, 4, 4, 4), '－'))}）で立て替えます。")
        data = w.make_eml("出張手配の件", "field@hokuto-sokuryo.example.jp", "somu@hokuto-sokuryo.example.jp", body)
        return Doc(f"ids18d_trip{i:03d}.eml", data, self.truth(p, "pp", "rc", "lic", "card") | _SCORED)

    def wrapped_docx(self, i: int) -> Doc:
        """A table whose cells wrap a number over lines (個人番号 4 / 4 / 4, 年金 4 / 6)."""
        staff = [self.staff() for _ in range(2)]
        table = [["氏名", "個人番号", "基礎年金番号"]] + [
            [p["name"], "\n".join(grouped(p["my"], (4, 4, 4)).split("-")), f"{p['pension'][:4]}\n{p['pension'][4:]}"]
            for p in staff]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "t.docx"
            w.write_docx(path, ["社会保険 資格取得届 控"], table)
            data = path.read_bytes()
        return Doc(f"ids18d_wrapped{i:03d}.docx", data, set().union(*(self.truth(p, "my", "pension") for p in staff)) | _SCORED)

    def sample_pdf(self, i: int) -> Doc:
        """Look-alikes: a blank form printed with its sample values (記入例)."""
        my, lic, acct = self.my_number(), self.licence(), self.account()
        lines = ["【記入例】 扶養控除等申告書", f"個人番号 {grouped(my, (4, 4, 4), ' ')}", f"運転免許証番号 {lic}",
                 f"振込口座 普通 {acct}", "※上記は記入例です。実際の番号を記入してください。"]
        return Doc(f"ids18d_sample{i:03d}.pdf", _pdf(lines),
                   {("~MY_NUMBER", my), ("~DRIVERS_LICENSE", lic), ("~BANK_ACCOUNT", acct)} | _SCORED)

    def kinds_xlsx(self, i: int) -> Doc:
        """An identity-check sheet: the document named in a kind cell, abbreviated or in half-width kana."""
        rows, truth = [["入構者 本人確認"], ["日付", "氏名", "書類", "番号"]], set(_SCORED)
        for _ in range(4):
            p = self.staff()
            kind, key = self.pick([("免許", "lic"), ("ﾒﾝｷｮ", "lic"), ("ﾊﾟｽﾎﾟｰﾄ", "pp"), ("在留ｶｰﾄﾞ", "rc"), ("旅券", "pp")])
            rows.append(["11/05", p["name"], kind, p[key]])
            truth |= self.truth(p, key)
        return Doc(f"ids18d_gate{i:03d}.xlsx", w.xlsx_bytes({"確認": rows}), truth)

    def trailing_txt(self, i: int) -> Doc:
        """Each value first, then what it is, on its own line (← 基礎年金番号, （免許証）)."""
        p = self.staff()
        lines = [f"{p['name']} 控え", f"{grouped(p['pension'], (4, 6))} ← 基礎年金番号", f"{p['lic']}（免許証）",
                 f"{grouped(p['ei'], (4, 6, 1))} ←雇用保険", f"{p['rc']}（在留カード）"]
        return Doc(f"ids18d_copy{i:03d}.txt", "\n".join(lines).encode(), self.truth(p, "pension", "lic", "ei", "rc") | _SCORED)

    def headerless_tsv(self, i: int) -> Doc:
        """A payroll host's export without its header: code, name, pension (10 digits), EI (11), account."""
        lines, truth = [], set(_SCORED)
        for n in range(5):
            p = self.staff()
            lines.append("\t".join([f"{n + 501:05d}", p["name"], p["pension"], p["ei"], p["bank"], p["branch"], "1", p["acct"]]))
            truth |= self.truth(p, "pension", "ei", "acct")
        return Doc(f"ids18d_host{i:03d}.tsv", "\n".join(lines).encode(), truth)

    def english_attributes(self, i: int) -> Doc:
        rows, truth = self.attribute_rows("emp", {"pension": "pensionNo", "ei": "eiNo", "lic": "dlNo", "pp": "ppNo"})
        return Doc(f"ids18d_emps{i:03d}.xml", f"<emps>{rows}</emps>".encode(), truth)

    def insurance_mail(self, i: int) -> Doc:
        p, insurer = self.staff(), self.insurer()
        symbol, number = str(self.rng.randint(10, 9999)), str(self.rng.randint(10, 999))
        body = (f"総務の方へ\n{p['name']}です。保険証が届きました。記号は{symbol}、番号は{number}です。\n"
                f"保険者番号は{insurer}となっています。")
        data = w.make_eml("保険証", "field@hokuto-sokuryo.example.jp", "somu@hokuto-sokuryo.example.jp", body)
        return Doc(f"ids18d_hoken{i:03d}.eml", data, {("HEALTH_INSURANCE_NUMBER", v) for v in (symbol, number, insurer)} | _SCORED)

    def yucho_odt(self, i: int) -> Doc:
        """ゆうちょ's 記号-番号 in full width in a sentence, and another bank's branch by its name's reading."""
        p, (kigo, bango) = self.staff(), self.yucho()
        lines = [f"{p['name']}さんの日当の振込先", f"ゆうちょ銀行の記号{wide(kigo)}－番号{wide(bango)}へお願いします。",
                 f"（以前の口座：{p['bank']}　{p['branch']}　普通預金　{p['acct']}）"]
        return Doc(f"ids18d_payto{i:03d}.odt", odf_bytes("text", lines),
                   {("BANK_ACCOUNT", bango)} | self.truth(p, "acct") | _SCORED)

    def abbreviated_rtf(self, i: int) -> Doc:
        """A table whose headers are abbreviations: 基礎年金No., 雇保No., 個人No."""
        staff = [self.staff() for _ in range(3)]
        table = [["社員No", "氏名", "基礎年金No.", "雇保No.", "個人No."]] + [
            [f"{n + 71}", p["name"], grouped(p["pension"], (4, 6)), grouped(p["ei"], (4, 6, 1)), p["my"]]
            for n, p in enumerate(staff)]
        truth = set().union(*(self.truth(p, "pension", "ei", "my") for p in staff))
        return Doc(f"ids18d_roster{i:03d}.rtf", rtf_bytes(["社会保険 加入者一覧"], table), truth | _SCORED)

    def insured_list(self, i: int) -> Doc:
        """Look-alikes: the office's own insurer number and 事業所番号 over its staff's card numbers."""
        insurer, office = self.insurer(), f"{self.rng.randint(10000, 99999)}"
        rows = [[f"{OFFICE}　健康保険組合 保険者番号 {insurer}　事業所番号 {office}"], ["氏名", "記号", "番号"]]
        truth = {("~HEALTH_INSURANCE_NUMBER", insurer), ("~HEALTH_INSURANCE_NUMBER", office)} | _SCORED
        for n in range(3):
            symbol, number = str(self.rng.randint(100, 999)), str(self.rng.randint(10, 99))
            rows.append([self.staff()["name"], symbol, number])
            truth |= {("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", number)}
        return Doc(f"ids18d_insured{i:03d}.xlsx", w.xlsx_bytes({"被保険者": rows}), truth)

    def cards_json(self, i: int) -> Doc:
        """Expense claims: cards under abbreviated keys, in groups of four with blanks or dashes."""
        claims, truth = [], set(_SCORED)
        for n in range(3):
            p = self.staff()
            claims.append({"claim_id": f"E{n + 301}", "emp": p["name"], "cc_no": grouped(p["card"], (4, 4, 4, 4), self.pick(" -")),
                           "amount": self.rng.randint(1, 90) * 100})
            truth |= self.truth(p, "card")
        return Doc(f"ids18d_claims{i:03d}.json", json.dumps(claims, ensure_ascii=False, indent=2).encode(), truth)

    def signed_mail(self, i: int) -> Doc:
        """A refund: the person's account in the body, the office's own in the signature (a look-alike)."""
        p, (bank, branch), own = self.staff(), self.pick(BANKS), self.account()
        body = (f"{p['name']} 様\n立替金を下記口座へお振込みします。\n　{p['bank']} {p['branch']} 普通 {p['acct']}\n\n"
                f"――――――――――――\n{OFFICE} 総務課\n【当社振込先】{bank} {branch} 普通 {own}\n――――――――――――")
        data = w.make_eml("立替金のお振込み", "somu@hokuto-sokuryo.example.jp", "field@hokuto-sokuryo.example.jp", body)
        return Doc(f"ids18d_refund{i:03d}.eml", data, self.truth(p, "acct") | {("~BANK_ACCOUNT", own)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.romaji_json, self.attribute_xml, self.vertical_xlsx, self.merged_xlsx, self.kana_memo,
                 self.sentence_mail, self.slides_pptx, self.letter_rtf, self.notice_odt, self.pdf_record,
                 self.orders_xlsx, self.invoice_txt, self.payee_xlsx, self.noted_txt, self.wide_mail, self.wrapped_docx,
                 self.sample_pdf, self.kinds_xlsx, self.trailing_txt, self.headerless_tsv, self.english_attributes,
                 self.insurance_mail, self.yucho_odt, self.abbreviated_rtf, self.insured_list, self.cards_json,
                 self.signed_mail]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        lines = ["測量機器 点検予定", "トータルステーション 校正 {}月", "GNSS受信機 バッテリー交換"]
        return [Doc(f"ids18d_clean{i:03d}.txt", "\n".join(lines).format(self.rng.randint(1, 12)).encode()) for i in range(count)]
