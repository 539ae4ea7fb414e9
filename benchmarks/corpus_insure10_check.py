"""Check corpus of issue 12's insure10 work, written by another hand and never tuned on:
a 健保組合's 適用課 and a staffing agency rather than a clinic. No template, label, name
or word list in common with corpus_insure10_dev.py (tests/benchmarks/test_insure10_corpora.py).

Numbers in: a TSV 被扶養者異動 list (被保険者証の記号 / の番号), an .xls 資格喪失届 of label |
value rows with 記号番号 joined, a docx of 「label：value」 paragraphs in full-width digits, a
markdown table (保険者No / 記号 / 番号), camelCase JSON, romaji XML elements, an INI
section, a mail's sentence with a zipped CSV attached, a 介護保険 card's copy in a PDF, a
後期高齢者 number in a memo's sentence; corpus 8's classes by this hand: a 社会保険関係 group
over a 雇保番号 column in an .xls, a host's TSV of customers with 普通 before the account.
Look-alikes (`~`): 請求書番号, 介護サービス事業所番号, 伝票番号.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from stdnum import luhn

from benchmarks.corpus import Doc
from samples import writers as w

# (family, given, katakana)
MEMBERS = [("広瀬", "智美", "ヒロセ トモミ"), ("栗田", "修", "クリタ オサム"), ("三浦", "彩花", "ミウラ アヤカ"),
           ("大槻", "亮介", "オオツキ リョウスケ"), ("江口", "直子", "エグチ ナオコ")]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
TYPES = ("HEALTH_INSURANCE_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "BANK_ACCOUNT")


class CheckInsure10:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 71 + 5)

    def pick(self, items):
        return self.rng.choice(items)

    def number(self, width: int) -> str:
        return str(self.rng.randint(10 ** (width - 1), 10 ** width - 1))

    def member(self) -> str:
        family, given, _ = self.pick(MEMBERS)
        return family + given

    def hokenja(self) -> str:
        body = "06" + f"{self.rng.randint(10, 47)}" + self.number(3)
        return body + luhn.calc_check_digit(body)

    def kigo_bango(self) -> tuple[str, str]:
        return self.number(self.rng.randint(3, 6)), self.number(self.rng.randint(1, 5))

    @staticmethod
    def labels(kenpo=(), koyo=(), kouza=(), decoys=()) -> set:
        return ({("HEALTH_INSURANCE_NUMBER", v) for v in kenpo} | {("EMPLOYMENT_INSURANCE_NUMBER", v) for v in koyo}
                | {("BANK_ACCOUNT", v) for v in kouza} | {("~" + t, v) for t, v in decoys} | {("*", t) for t in TYPES})

    def dependants_tsv(self, i: int) -> Doc:
        """被扶養者異動: 被保険者証の記号 and の番号 columns."""
        rows, kenpo = ["異動区分\t被保険者氏名\t被保険者証の記号\t被保険者証の番号\t続柄"], []
        for _ in range(3):
            kigo, bango = self.kigo_bango()
            rows.append(f"追加\t{self.member()}\t{kigo}\t{bango}\t子")
            kenpo += [kigo, bango]
        return Doc(f"i10c_dependants{i:03d}.tsv", "\n".join(rows).encode("utf-8"), self.labels(kenpo))

    def loss_form_xls(self, i: int) -> Doc:
        """資格喪失届 as label | value rows, 記号番号 joined by a hyphen."""
        kigo, bango = self.kigo_bango()
        invoice = self.number(8)
        rows = [["健康保険 資格喪失届"], ["被保険者氏名", self.member()], ["健康保険 記号番号", f"{kigo}-{bango}"],
                ["喪失年月日", "2026/10/31"], ["請求書番号", invoice]]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "loss.xls"
            w.write_xls(path, {"届": rows})
            return Doc(f"i10c_loss{i:03d}.xls", path.read_bytes(),
                       self.labels([kigo + bango], decoys=[("HEALTH_INSURANCE_NUMBER", invoice)]))

    def notice_docx(self, i: int) -> Doc:
        """「label：value」 paragraphs in full-width digits."""
        kigo, bango = self.kigo_bango()
        hokenja = self.hokenja()
        paragraphs = ["被保険者証再交付申請", f"申請者：{self.member()}", f"保険者番号：{hokenja.translate(FULL)}",
                      f"被保険者証 記号：{kigo.translate(FULL)}　番号：{bango.translate(FULL)}"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "notice.docx"
            w.write_docx(path, paragraphs)
            return Doc(f"i10c_notice{i:03d}.docx", path.read_bytes(), self.labels([hokenja, kigo, bango]))

    def members_md(self, i: int) -> Doc:
        """A markdown table: 保険者No | 記号 | 番号."""
        rows, kenpo = ["## 加入者一覧", "| 氏名 | 保険者No | 記号 | 番号 |", "|---|---|---|---|"], []
        for _ in range(3):
            hokenja, (kigo, bango) = self.hokenja(), self.kigo_bango()
            rows.append(f"| {self.member()} | {hokenja} | {kigo} | {bango} |")
            kenpo += [hokenja, kigo, bango]
        return Doc(f"i10c_members{i:03d}.md", "\n".join(rows).encode("utf-8"), self.labels(kenpo))

    def portal_json(self, i: int) -> Doc:
        """A portal's JSON: camelCase keys (insurerNo, cardSymbol, cardNo)."""
        hokenja, (kigo, bango) = self.hokenja(), self.kigo_bango()
        data = {"memberName": self.member(), "insurerNo": hokenja, "cardSymbol": kigo, "cardNo": bango}
        return Doc(f"i10c_portal{i:03d}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"),
                   self.labels([hokenja, kigo, bango]))

    def romaji_xml(self, i: int) -> Doc:
        """Romaji element names: HokenjaBango, HihokenshaKigo, HihokenshaBango."""
        hokenja, (kigo, bango) = self.hokenja(), self.kigo_bango()
        xml = (f"<Kanyusha><Shimei>{self.member()}</Shimei><HokenjaBango>{hokenja}</HokenjaBango>"
               f"<HihokenshaKigo>{kigo}</HihokenshaKigo><HihokenshaBango>{bango}</HihokenshaBango></Kanyusha>")
        return Doc(f"i10c_kanyusha{i:03d}.xml", xml.encode("utf-8"), self.labels([hokenja, kigo, bango]))

    def setup_ini(self, i: int) -> Doc:
        """An INI section per member: [kenpo] kigo= / bango=."""
        kigo, bango = self.kigo_bango()
        lines = ["[member]", f"name={self.member()}", "[kenpo]", f"kigo={kigo}", f"bango={bango}"]
        return Doc(f"i10c_setup{i:03d}.ini", "\n".join(lines).encode("utf-8"), self.labels([kigo, bango]))

    def request_eml(self, i: int) -> Doc:
        """A mail's sentence and a zipped CSV attached (保険者No., 記号, 番号)."""
        kigo, bango = self.kigo_bango()
        hokenja, (k2, b2) = self.hokenja(), self.kigo_bango()
        body = f"{self.member()}さんの件、健保の記号が{kigo}、番号が{bango}になります。\n一覧を添付します。"
        attached = f"氏名,保険者No.,記号,番号\n{self.member()},{hokenja},{k2},{b2}\n".encode("cp932")
        data = w.make_eml("資格取得の件", "tekiyo@kenpo.example.jp", "jinji@example.co.jp", body,
                          attachments=[("list.zip", w.zip_bytes({"list.csv": attached}))])
        return Doc(f"i10c_request{i:03d}.eml", data, self.labels([kigo, bango, hokenja, k2, b2]))

    def care_copy_pdf(self, i: int) -> Doc:
        """A 介護保険 card's copy: 被保険者番号 10 digits, the service office's number beside it."""
        insured, office = "00" + self.number(8), "14" + self.number(8)
        lines = ["介護保険被保険者証（写）", f"被保険者番号 {insured}", f"氏名 {self.member()}",
                 f"居宅サービス事業所番号 {office}"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "care.pdf"
            w.write_pdf(path, [lines])
            return Doc(f"i10c_carecopy{i:03d}.pdf", path.read_bytes(),
                       self.labels([insured], decoys=[("HEALTH_INSURANCE_NUMBER", office)]))

    def elder_memo_txt(self, i: int) -> Doc:
        """A memo's sentence: a 後期高齢者 number after the person's move, a 伝票番号 beside it."""
        number, slip = self.number(8), self.number(8)
        lines = ["引継メモ", f"{self.member()}さんの御父様は後期高齢者医療の被保険者番号が{number}に変わったとのこと。",
                 f"伝票番号 {slip} で書類を送付済み。"]
        return Doc(f"i10c_eldermemo{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.labels([number], decoys=[("HEALTH_INSURANCE_NUMBER", slip)]))

    def staff_xls(self, i: int) -> Doc:
        """A staffing agency's sheet: 社会保険関係 over a 雇保番号 column, the office number in a note."""
        rows, koyo = [["派遣スタッフ台帳"], ["スタッフ", "", "社会保険関係", ""], ["氏名", "派遣先", "雇保番号", "年金"]], []
        for _ in range(3):
            e = self.number(11)
            rows.append([self.member(), "倉庫", f"{e[:4]}-{e[4:10]}-{e[10]}", "加入"])
            koyo.append(e)
        employer = self.number(11)
        rows.append(["適用事業所番号", f"{employer[:4]}-{employer[4:10]}-{employer[10]}"])
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "staff.xls"
            w.write_xls(path, {"台帳": rows})
            return Doc(f"i10c_staff{i:03d}.xls", path.read_bytes(),
                       self.labels(koyo=koyo, decoys=[("EMPLOYMENT_INSURANCE_NUMBER", employer)]))

    def customer_host_tsv(self, i: int) -> Doc:
        """A host's headerless customer TSV: katakana holder, 普通 before the account."""
        rows, kouza = [], []
        for n, (family, given, kana) in enumerate(self.rng.sample(MEMBERS, 3)):
            account = self.number(7)
            rows.append(f"C{5000 + n}\t{kana}\t{family} {given}\t普通\t{account}\t20261201")
            kouza.append(account)
        return Doc(f"i10c_customers{i:03d}.tsv", "\n".join(rows).encode("utf-8"), self.labels(kouza=kouza))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.dependants_tsv, self.loss_form_xls, self.notice_docx, self.members_md, self.portal_json,
                 self.romaji_xml, self.setup_ini, self.request_eml, self.care_copy_pdf, self.elder_memo_txt,
                 self.staff_xls, self.customer_host_tsv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def guide(self, i: int) -> Doc:
        lines = ["# 保険証の使い方", "受診の際は窓口で保険証を提示してください。", "紛失時は再交付を申請してください。"]
        return Doc(f"i10c_clean_guide{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def stock(self, i: int) -> Doc:
        rows = ["品目\t数量\t伝票"] + [f"マスク\t{self.rng.randint(1, 9)}\t{self.number(7)}" for _ in range(3)]
        return Doc(f"i10c_clean_stock{i:03d}.tsv", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.guide, self.stock]
        return [kinds[n % len(kinds)](n) for n in range(count)]
