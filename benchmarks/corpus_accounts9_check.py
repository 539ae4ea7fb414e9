"""Check corpus of issue 12's accounts9 work, written by another hand and never tuned on:
an HR office's 入社手続 form set rather than a payroll export. No template, label, name
or word list in common with corpus_accounts9_dev.py (tests/benchmarks/test_accounts9_corpora.py).

Values in: a TSV checklist whose headers abbreviate (年金手帳No / 雇保No / 振込口座No), a
sheet of label | value rows one under another, an .xls 資格取得届 with the insured's
number in a merged 被保険者番号 header over its three parts, a docx of 「label：value」
paragraphs, a text PDF of a 扶養 declaration, a mail's sentences (「年金手帳の番号は…です」)
with a JSON of camelCase keys attached, a ゆうちょ 記号 and 番号 on separate lines, an INI
file of a host's setup, a fixed-width host record. Look-alikes (`~`): 保険証券番号,
受付番号, 社員番号, the employer's 事業所番号 and 当社 account.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

# (family, given, kana)
PEOPLE = [("岩崎", "陽介", "ｲﾜｻｷ ﾖｳｽｹ"), ("片山", "美穂", "ｶﾀﾔﾏ ﾐﾎ"), ("野口", "賢治", "ﾉｸﾞﾁ ｹﾝｼﾞ"),
          ("菅原", "瑞希", "ｽｶﾞﾜﾗ ﾐｽﾞｷ"), ("土屋", "雄一", "ﾂﾁﾔ ﾕｳｲﾁ"), ("西田", "佳奈", "ﾆｼﾀﾞ ｶﾅ")]
# (code, lender, its branch)
LENDERS = [("1251", "城南信用金庫", "蒲田"), ("0150", "スルガ", "沼津"), ("2011", "多摩農業協同組合", "府中"),
           ("0397", "SBJ", "新宿")]
ONLY = {("*", "BANK_ACCOUNT"), ("*", "BASIC_PENSION_NUMBER"), ("*", "EMPLOYMENT_INSURANCE_NUMBER")}


class CheckAccounts9:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 3)

    def pick(self, items):
        return self.rng.choice(items)

    def number(self, width: int) -> str:
        return str(self.rng.randint(10 ** (width - 1), 10 ** width - 1))

    def person(self) -> str:
        family, given, _ = self.pick(PEOPLE)
        return f"{family}{given}"

    @staticmethod
    def labels(kouza=(), nenkin=(), koyo=(), decoys=()) -> set:
        return ({("BANK_ACCOUNT", k) for k in kouza} | {("BASIC_PENSION_NUMBER", n) for n in nenkin}
                | {("EMPLOYMENT_INSURANCE_NUMBER", c) for c in koyo} | {("~" + t, v) for t, v in decoys} | ONLY)

    # --- positives ---------------------------------------------------------------

    def checklist_tsv(self, i: int) -> Doc:
        """入社手続チェックリスト: abbreviated headers, numbers without dashes."""
        rows, kouza, nenkin, koyo = ["No\t従業員\t年金手帳No\t雇保No\t振込口座No\t提出"], [], [], []
        for n in range(self.rng.randint(3, 5)):
            k, p, e = self.number(7), self.number(10), self.number(11)
            rows.append(f"{n + 1}\t{self.person()}\t{p}\t{e}\t{k}\t済")
            kouza.append(k)
            nenkin.append(p)
            koyo.append(e)
        return Doc(f"a9c_checklist{i:03d}.tsv", "\n".join(rows).encode("utf-8"), self.labels(kouza, nenkin, koyo))

    def entry_sheet_xlsx(self, i: int) -> Doc:
        """A 入社時届出書 sheet: one label | value row under another."""
        code, lender, branch = self.pick(LENDERS)
        k, p = self.number(7), self.number(10)
        rows = [["入社時届出書"], ["フリガナ", self.pick(PEOPLE)[2]], ["氏名", self.person()],
                ["年金手帳の番号", f"{p[:4]}-{p[4:]}"], ["振込先金融機関", lender], ["店名", branch],
                ["口座種別", "普通"], ["口座No.", k]]
        return Doc(f"a9c_entrysheet{i:03d}.xlsx", w.xlsx_bytes({"届出書": rows}), self.labels([k], [p]))

    def acquisition_xls(self, i: int) -> Doc:
        """A 資格取得届 in an old .xls: 被保険者番号 over its three parts, a 事業所番号 above."""
        office = f"{self.number(4)}-{self.number(6)}-{self.rng.randint(0, 9)}"
        rows = [["雇用保険被保険者資格取得届"], ["事業所番号", office],
                ["被保険者氏名", "被保険者番号", "", "", "取得年月日"]]
        koyo = []
        for _ in range(2):
            e = self.number(11)
            rows.append([self.person(), e[:4], e[4:10], e[10], "2026/12/01"])
            koyo.append(e)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "form.xls"
            w.write_xls(path, {"取得届": rows})
            data = path.read_bytes()
        return Doc(f"a9c_acquisition{i:03d}.xls", data,
                   self.labels(koyo=koyo, decoys=[("EMPLOYMENT_INSURANCE_NUMBER", office.replace("-", ""))]))

    def declaration_docx(self, i: int) -> Doc:
        """A 扶養届 as paragraphs of 「label：value」, the spouse's 基礎年金番号 too."""
        own, spouse = self.number(10), self.number(10)
        paragraphs = ["被扶養者（異動）届", f"被保険者氏名：{self.person()}", f"本人の年金番号：{own[:4]} {own[4:]}",
                      "配偶者：" + self.person(), f"配偶者の基礎年金番号：{spouse}", "続柄：妻"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "decl.docx"
            w.write_docx(path, paragraphs)
            data = path.read_bytes()
        return Doc(f"a9c_declaration{i:03d}.docx", data, self.labels(nenkin=[own, spouse]))

    def dependants_pdf(self, i: int) -> Doc:
        """A text PDF of a 扶養 list: lines of name, relation, pension number."""
        lines, nenkin = ["扶養家族 年金番号一覧"], []
        for relation in ("配偶者", "父", "母"):
            p = self.number(10)
            lines.append(f"{self.person()}（{relation}）　年金 {p[:4]}-{p[4:]}")
            nenkin.append(p)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "list.pdf"
            w.write_pdf(path, [lines])
            data = path.read_bytes()
        return Doc(f"a9c_dependants{i:03d}.pdf", data, self.labels(nenkin=nenkin))

    def reply_eml(self, i: int) -> Doc:
        """A new hire's reply in sentences, with her HR system's JSON (camelCase keys) attached."""
        k, p, e = self.number(7), self.number(10), self.number(11)
        code, lender, branch = self.pick(LENDERS)
        body = "\n".join([f"{self.pick(PEOPLE)[0]}です。ご依頼の件、以下ご確認ください。",
                          f"年金手帳の番号は{p[:4]}-{p[4:]}です。",
                          f"前の会社の離職票によると被保険者番号は{e[:4]}-{e[4:10]}-{e[10]}でした。",
                          f"給与は{lender}{branch}支店の普通{k}に振り込んでいただけますか。"])
        k2, e2 = self.number(7), self.number(11)
        record = {"staffName": self.person(), "bankCode": code, "accountNumber": k2, "employmentInsuranceNumber": e2}
        data = w.make_eml("Re: 入社書類のご提出", "new.hire@example.ne.jp", "hr@example.co.jp", body,
                          attachments=[("staff.json", json.dumps(record, ensure_ascii=False).encode("utf-8"))])
        return Doc(f"a9c_reply{i:03d}.eml", data, self.labels([k, k2], [p], [e, e2]))

    def yucho_lines_txt(self, i: int) -> Doc:
        """ゆうちょ: 記号 and 番号 on lines of their own."""
        mark, num = f"1{self.number(3)}0", f"{self.number(7)}1"
        lines = ["【給与受取口座】ゆうちょ銀行", f"記号：{mark}", f"番号：{num}", f"名義：{self.pick(PEOPLE)[2]}"]
        return Doc(f"a9c_yucholines{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labels([num]))

    def host_ini(self, i: int) -> Doc:
        """An INI file a payroll host keeps per employee."""
        k, e = self.number(7), self.number(11)
        lines = ["[EMPLOYEE]", f"SHIMEI={self.pick(PEOPLE)[2]}", "[FURIKOMI]", f"KINYU_CD={self.pick(LENDERS)[0]}",
                 "SHITEN_CD=021", "YOKIN_SHUBETSU=1", f"KOZA_NO={k}", "[SHAHO]", f"KOYO_HIHO_NO={e}"]
        return Doc(f"a9c_host{i:03d}.ini", "\n".join(lines).encode("utf-8"), self.labels([k], koyo=[e]))

    def fixed_record_dat(self, i: int) -> Doc:
        """A fixed-width host export: staff code, kana, lender code, branch code, kind, account."""
        rows, kouza = [], []
        for n in range(self.rng.randint(3, 5)):
            k = self.number(7)
            rows.append(f"{n + 901:06d}{self.pick(PEOPLE)[2]:<20}{self.pick(LENDERS)[0]}{self.rng.randint(1, 999):03d}2{k}")
            kouza.append(k)
        return Doc(f"a9c_fixed{i:03d}.dat", "\r\n".join(rows).encode("cp932"), self.labels(kouza))

    # --- look-alikes beside the positives ------------------------------------------

    def policy_letter_txt(self, i: int) -> Doc:
        """An insurer's letter: 証券番号 and 受付番号 of pension / account shapes, 当社口座."""
        policy, desk, own = self.number(10), self.number(7), self.number(7)
        nenkin = self.number(10)
        lines = [f"{self.person()} 様", f"保険証券番号：{policy}", f"受付番号 {desk}",
                 f"保険料は当社口座（{self.pick(LENDERS)[1]} 当座 {own}）へお振り込みください。",
                 f"なお、ご提出いただいた基礎年金番号（{nenkin[:4]}-{nenkin[4:]}）は控えとして保管します。"]
        return Doc(f"a9c_policy{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.labels(nenkin=[nenkin], decoys=[("BASIC_PENSION_NUMBER", policy), ("BANK_ACCOUNT", desk),
                                                        ("BANK_ACCOUNT", own)]))

    def staff_codes_tsv(self, i: int) -> Doc:
        """社員番号 (7 digits) beside 口座 columns in the same table."""
        rows, kouza, decoys = ["社員番号\t氏名\t振込口座\t口座番号"], [], []
        for _ in range(3):
            staff, k = self.number(7), self.number(7)
            rows.append(f"{staff}\t{self.person()}\t{self.pick(LENDERS)[1]}\t{k}")
            kouza.append(k)
            decoys.append(("BANK_ACCOUNT", staff))
        return Doc(f"a9c_staffcodes{i:03d}.tsv", "\n".join(rows).encode("utf-8"), self.labels(kouza, decoys=decoys))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.checklist_tsv, self.entry_sheet_xlsx, self.acquisition_xls, self.declaration_docx,
                 self.dependants_pdf, self.reply_eml, self.yucho_lines_txt, self.host_ini, self.fixed_record_dat,
                 self.policy_letter_txt, self.staff_codes_tsv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def guide_txt(self, i: int) -> Doc:
        lines = ["入社手続のご案内", "年金手帳（基礎年金番号のわかるもの）をご用意ください。",
                 "雇用保険被保険者証は前職の会社から受け取ってください。", f"問合せ受付 平日 9:00-17:00 内線 {self.number(4)}"]
        return Doc(f"a9c_clean_guide{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def stock_tsv(self, i: int) -> Doc:
        rows = ["JANコード\t数量\t棚番"] + [f"49{self.number(11)}\t{self.rng.randint(1, 50)}\t{self.number(7)}"
                                          for _ in range(4)]
        return Doc(f"a9c_clean_stock{i:03d}.tsv", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.guide_txt, self.stock_tsv]
        return [kinds[n % len(kinds)](n) for n in range(count)]
