"""Check corpus for ids18 (issue 12), written apart from benchmarks/corpus_ids18_dev.py: a
thoroughbred breeding farm's office (日高の育成牧場) and its grooms, Japanese and from abroad.
Its placements: an XML export under English abbreviations (IndivNo, PensionNo, EmpInsNo,
DLNo), a JSON whose document is named in a sibling key ("doc_type": "zairyu"), a sheet whose
label follows the value in the next cell, a docx table under a merged header two rows up with
the pension in 4 + 6 cells, a CSV under half-width-kana headers, a fax-style text whose
labels sit on the line after the number, mails telling numbers in sentences (ゆうちょ 記号番号,
a card number), an odt and a pdf. Look-alikes: horses' 10-digit registration numbers, a feed
supplier's invoice numbers passing the My Number check, a point card passing Luhn, the farm's
own account on a bill, the farm's own insurer number, the sample on a blank form.
Truth: ("*", type) marks the scored types; ("~TYPE", value) a look-alike."""

from __future__ import annotations

import io
import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc, _pdf
from benchmarks.ids5_formats import odf_bytes
from benchmarks.ids18_values import IdValues, grouped, wide
from samples import writers as w

SCORED = ("MY_NUMBER", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "PASSPORT",
          "RESIDENCE_CARD", "DRIVERS_LICENSE", "BANK_ACCOUNT", "CREDIT_CARD")
_SCORED = {("*", t) for t in SCORED}
GROOMS = ["門脇 利光", "須藤 美雪", "大谷地 勇", "早坂 ひとみ", "SINGH RAJESH", "RATHORE VIKRAM", "新冠 修司", "BATBAYAR ENKH"]
ACCOUNTS_AT = [("北洋銀行", "静内支店"), ("北海道銀行", "浦河支店"), ("日高信用金庫", "新ひだか支店")]
FARM = "有限会社 静内ホースファーム"
HORSES = ["ミドリノカゼ", "シズナイスター", "ハルノイブキ", "ホクトノユメ"]


class CheckIds18(IdValues):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 97 + 1818))

    def groom(self) -> dict:
        bank, branch = self.pick(ACCOUNTS_AT)
        return {"who": self.pick(GROOMS), "indiv": self.my_number(), "nenkin": self.pension(), "koyo": self.insured(),
                "dl": self.licence(), "pass": self.foreign_passport(), "card": self.residence_card(),
                "bank": bank, "branch": branch, "acct": self.account(), "credit": self.card()}

    @staticmethod
    def labels(g: dict, *keys: str) -> set:
        kinds = {"indiv": "MY_NUMBER", "nenkin": "BASIC_PENSION_NUMBER", "koyo": "EMPLOYMENT_INSURANCE_NUMBER",
                 "dl": "DRIVERS_LICENSE", "pass": "PASSPORT", "card": "RESIDENCE_CARD", "acct": "BANK_ACCOUNT",
                 "credit": "CREDIT_CARD"}
        return {(kinds[k], g[k]) for k in keys}

    def english_xml(self, i: int) -> Doc:
        body, truth = "", set(_SCORED)
        for n in range(3):
            g = self.groom()
            body += (f"<Groom><ID>{n + 71}</ID><Nm>{g['who']}</Nm><IndivNo>{g['indiv']}</IndivNo>"
                     f"<PensionNo>{grouped(g['nenkin'], (4, 6))}</PensionNo><EmpInsNo>{g['koyo']}</EmpInsNo>"
                     f"<DLNo>{g['dl']}</DLNo><BankAcct>{g['acct']}</BankAcct></Groom>")
            truth |= self.labels(g, "indiv", "nenkin", "koyo", "dl", "acct")
        data = f'<?xml version="1.0" encoding="UTF-8"?><Payroll>{body}</Payroll>'
        return Doc(f"ids18c_payroll{i:03d}.xml", data.encode(), truth)

    def kind_json(self, i: int) -> Doc:
        """Each groom's documents as a list: the kind in one key, the number in another."""
        records, truth = [], set(_SCORED)
        for _ in range(3):
            g = self.groom()
            docs = [{"doc_type": "zairyu", "doc_no": g["card"]}, {"doc_type": "passport", "doc_no": g["pass"]},
                    {"doc_type": "menkyo", "doc_no": g["dl"]}]
            records.append({"name": g["who"], "docs": docs})
            truth |= self.labels(g, "card", "pass", "dl")
        return Doc(f"ids18c_grooms{i:03d}.json", json.dumps(records, ensure_ascii=False, indent=1).encode(), truth)

    def trailing_xlsx(self, i: int) -> Doc:
        """A 台帳 where each number is followed by what it is in the next cell."""
        rows, truth = [["厩務員 書類控"]], set(_SCORED)
        for _ in range(3):
            g = self.groom()
            rows += [[g["who"]], [g["nenkin"], "年金番号"], [grouped(g["koyo"], (4, 6, 1)), "雇用保険番号"],
                     [g["card"], "在留カード"], []]
            truth |= self.labels(g, "nenkin", "koyo", "card")
        return Doc(f"ids18c_copies{i:03d}.xlsx", w.xlsx_bytes({"控": rows}), truth)

    def merged_docx(self, i: int) -> Doc:
        import docx

        document, truth = docx.Document(), set(_SCORED)
        grid = document.add_table(rows=2, cols=5)
        grid.cell(0, 0).merge(grid.cell(1, 0)).text = "氏名"
        grid.cell(0, 1).merge(grid.cell(0, 2)).text = "基礎年金番号"
        grid.cell(0, 3).merge(grid.cell(0, 4)).text = "健康保険証"
        for c, text in ((1, "4桁"), (2, "6桁"), (3, "記号"), (4, "番号")):
            grid.cell(1, c).text = text
        for n in range(3):
            g, symbol, number = self.groom(), f"{self.rng.randint(1, 99):02d}{self.rng.randint(100, 999)}", str(n + 12)
            cells = grid.add_row().cells
            for c, text in enumerate([g["who"], g["nenkin"][:4], g["nenkin"][4:], symbol, number]):
                cells[c].text = text
            truth |= self.labels(g, "nenkin") | {("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", number)}
        out = io.BytesIO()
        document.save(out)
        return Doc(f"ids18c_insured{i:03d}.docx", out.getvalue(), truth)

    def kana_csv(self, i: int) -> Doc:
        lines, truth = ["ｼﾒｲ,ｺｼﾞﾝﾊﾞﾝｺﾞｳ,ﾒﾝｷｮｼｮｳ,ﾌﾘｺﾐｺｳｻﾞ"], set(_SCORED)
        for _ in range(4):
            g = self.groom()
            lines.append(f"{g['who']},{wide(g['indiv'])},{g['dl']},{g['acct']}")
            truth |= self.labels(g, "indiv", "dl", "acct")
        return Doc(f"ids18c_kana{i:03d}.csv", "\r\n".join(lines).encode("cp932"), truth)

    def fax_txt(self, i: int) -> Doc:
        """A fax typed from a form: each number on its line, what it is on the next."""
        g = self.groom()
        lines = [f"{FARM} 御中", g["who"], grouped(g["indiv"], (4, 4, 4), self.dash()), "　↑個人番号",
                 grouped(g["nenkin"], (4, 6), self.dash()), "　↑基礎年金番号", g["pass"], "　↑旅券"]
        return Doc(f"ids18c_fax{i:03d}.txt", "\n".join(lines).encode("cp932"), self.labels(g, "indiv", "nenkin", "pass") | _SCORED)

    def told_mail(self, i: int) -> Doc:
        g = self.groom()
        kigo, bango = self.yucho()
        body = (f"事務所さま\n{g['who']}です。今月から給料はゆうちょの記号{kigo}、番号{bango}に入れてください。\n"
                f"飼料の立替はクレジット（{g['credit']}）で払いました。\n"
                f"それと免許の更新で番号が{g['dl']}に変わりました。")
        data = w.make_eml("給料の口座", "groom@shizunai-farm.example.jp", "office@shizunai-farm.example.jp", body)
        return Doc(f"ids18c_told{i:03d}.eml", data, {("BANK_ACCOUNT", bango)} | self.labels(g, "credit", "dl") | _SCORED)

    def memo_odt(self, i: int) -> Doc:
        g = self.groom()
        lines = [f"{g['who']}さん", f"振込は{g['bank']}{g['branch']}、当座ではなく普通の{wide(g['acct'])}。",
                 f"雇用保険の番号は{grouped(g['koyo'], (4, 6, 1), '―')}です。"]
        return Doc(f"ids18c_memo{i:03d}.odt", odf_bytes("text", lines), self.labels(g, "acct", "koyo") | _SCORED)

    def pdf_sheet(self, i: int) -> Doc:
        g = self.groom()
        lines = ["外国人厩務員 受入れ記録", f"Name: {g['who']}", f"Passport No. {g['pass']}", f"Residence Card No. {g['card']}",
                 f"My Number {grouped(g['indiv'], (4, 4, 4))}"]
        return Doc(f"ids18c_intake{i:03d}.pdf", _pdf(lines), self.labels(g, "pass", "card", "indiv") | _SCORED)

    def horses_xlsx(self, i: int) -> Doc:
        """Look-alikes: horses' registration numbers (10 digits), feed invoices passing the My
        Number check, a point card passing Luhn."""
        rows, others = [["馬名", "血統登録番号", "飼料請求番号", "ポイントカード"]], set()
        for horse in HORSES:
            registered, feed, points = self.pension(), self.my_number(), self.card()
            rows.append([horse, registered, feed, points])
            others |= {("~BASIC_PENSION_NUMBER", registered), ("~MY_NUMBER", feed), ("~CREDIT_CARD", points)}
        return Doc(f"ids18c_horses{i:03d}.xlsx", w.xlsx_bytes({"馬": rows}), others | _SCORED)

    def bill_pdf(self, i: int) -> Doc:
        """Look-alikes: the farm's own account and insurer number, a blank form's sample."""
        bank, branch = self.pick(ACCOUNTS_AT)
        own, insurer, sample = self.account(), self.insurer(), self.licence()
        lines = [f"預託料 請求書  {FARM}", f"振込先 {bank} {branch} 普通 {own}", f"当牧場 健康保険 保険者番号 {insurer}",
                 f"免許証番号の書き方（例）{sample}"]
        others = {("~BANK_ACCOUNT", own), ("~HEALTH_INSURANCE_NUMBER", insurer), ("~DRIVERS_LICENSE", sample)}
        return Doc(f"ids18c_bill{i:03d}.pdf", _pdf(lines), others | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.english_xml, self.kind_json, self.trailing_xlsx, self.merged_docx, self.kana_csv, self.fax_txt,
                 self.told_mail, self.memo_odt, self.pdf_sheet, self.horses_xlsx, self.bill_pdf]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def clean_csv(self, i: int) -> Doc:
        lines = ["馬房,馬名,飼料(kg)"] + [f"{n + 1},{h},{self.rng.randint(5, 12)}" for n, h in enumerate(HORSES)]
        return Doc(f"ids18c_clean{i:03d}.csv", "\n".join(lines).encode())

    def negatives(self, count: int) -> list[Doc]:
        return [self.clean_csv(i) for i in range(count)]
