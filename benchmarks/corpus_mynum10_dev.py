"""Development corpus for issue 12's mynum10 work: twelve-digit keys that pass the My
Number check (1 in 11 random numbers does) in the records of a company's 全銀 bank
transfers and of a factory's lot ledger, beside real My Numbers in persons' records.

Look-alikes, by the record they stand in: a 全銀-ordered transfer CSV with no header
(data kind, bank code and name, branch code and name, kind, account, payee, amount, a
customer code of twelve digits), a host's fixed-width 口座振替 request and a mail's
attached TSV with no header either, a sheet whose key column is headed EDI情報, a JSON
of transfers; a lot ledger under the lot's own label (ロット, LOT, Batch, シリアル) in a
sheet, a docx table, a PDF, XML elements, a fixed-width listing and a recall notice's
sentence, and headerless goods rows (品番, JAN, a count with its unit) in a CSV and a
PDF packing list. Real values: headerless persons' rows (birth date, address), an
employee master whose row also holds a bank account, a 支払調書 sheet, a form. The
rules are tuned on this corpus only; benchmarks/corpus_mynum10_check.py (other
writers, labels and words; no list in common) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from stdnum import ean

from benchmarks.corpus import Doc, _docx, _pdf
from benchmarks.ids5_formats import Numbers
from samples import writers as w

SCORED = ("MY_NUMBER",)
_SCORED = {("*", e) for e in SCORED}
PAYEES = ["ｻｶｲ ﾖｼﾉﾌﾞ", "ﾓﾘﾓﾄ ｱｲ", "ﾀｹｳﾁ ｺｳｼﾞ", "ﾋﾗﾉ ﾐﾎ", "ﾅｶﾞｲ ｼｭﾝ", "ｺﾞﾄｳ ﾙﾐ"]
BANKS = [("0001", "ﾐｽﾞﾎ"), ("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ"), ("0010", "ﾘｿﾅ")]
BRANCHES = ["ﾎﾝﾃﾝ", "ｼﾝｼﾞﾕｸ", "ｳｴﾉ", "ﾖｺﾊﾏ"]
PARTS = [("AB-1020", "六角ボルトM8"), ("CN-3310", "樹脂キャップ"), ("FX-0718", "防振ゴム"), ("PL-5502", "アルミ板 2t")]
LOT_HEADS = ["ロット", "LOT", "Batch", "シリアル", "製造ロット"]
STAFF = ["酒井 良信", "森本 愛", "竹内 浩二", "平野 美穂", "永井 駿", "後藤 瑠美"]
TOWNS = ["東京都江東区亀戸2-11-5", "埼玉県川口市栄町3-4-1", "千葉県船橋市本町1-8-20", "神奈川県川崎市中原区小杉町2-3"]
OWN_HEADS = ["個人番号", "マイナンバー"]


class DevMynum10(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 67 + 10))

    def bank(self) -> tuple[str, str, str, str, str, str]:
        """(bank code, bank name, branch code, branch name, kind, account)."""
        code, name = self.pick(BANKS)
        return code, name, f"{self.rng.randint(1, 899):03d}", self.pick(BRANCHES), self.pick("12"), self.digits(7)

    def jan(self) -> str:
        body = "49" + self.digits(10)
        return body + ean.calc_check_digit(body)

    def made(self) -> str:
        return f"2026/{self.rng.randint(1, 11):02d}/{self.rng.randint(1, 28):02d}"

    # --- bank transfers ------------------------------------------------------------------

    def transfer_csv(self, i: int) -> Doc:
        """A 全銀-ordered transfer CSV with no header: the customer code last."""
        lines, truth = [], set()
        for _ in range(self.rng.randint(6, 9)):
            key, (code, name, branch, b_name, kind, account) = self.my_number(), self.bank()
            lines.append(",".join(["2", code, name, branch, b_name, kind, account, self.pick(PAYEES),
                                   str(self.rng.choice([5500, 12000, 38000])), key]))
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10_transfer{i:03d}.csv", "\r\n".join(lines).encode("cp932"), truth | _SCORED)

    def debit_fixed_txt(self, i: int) -> Doc:
        """A host's fixed-width 口座振替 request with no header: each field padded to its width."""
        records, truth = [], set()
        for _ in range(self.rng.randint(6, 9)):
            key, (code, name, branch, b_name, kind, account) = self.my_number(), self.bank()
            records.append(f"{code} {name:<15}{branch} {b_name:<15}{kind} {account} {self.pick(PAYEES):<20}"
                           f"{self.rng.choice([3300, 8800, 16500]):>8}  {key}")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10_debit{i:03d}.txt", "\r\n".join(records).encode("cp932"), truth | _SCORED)

    def transfer_eml(self, i: int) -> Doc:
        """An accounting mail with the transfer data attached: the key first in each headerless row."""
        lines, truth = [], set()
        for _ in range(6):
            key, (code, _, branch, _, kind, account) = self.my_number(), self.bank()
            lines.append(f"{key}\t{self.pick(PAYEES)}\t{code}\t{branch}\t{kind}\t{account}\t{self.rng.choice([4400, 9900])}")
            truth.add(("~MY_NUMBER", key))
        mail = w.make_eml("振込データ送付の件", "keiri@example.co.jp", "bank-desk@example.co.jp",
                          "今月分の振込データを添付いたします。", attachments=[("furikomi.tsv", "\n".join(lines).encode("cp932"))])
        return Doc(f"mynum10_mail{i:03d}.eml", mail, truth | _SCORED)

    def transfer_xlsx(self, i: int) -> Doc:
        """A transfer sheet: the twelve digits under EDI情報, beside the payee's account."""
        rows, truth = [["総合振込明細"], ["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額", "EDI情報"]], set()
        for _ in range(6):
            key, (code, _, branch, _, kind, account) = self.my_number(), self.bank()
            rows.append([code, branch, kind, account, self.pick(PAYEES), "54000", key])
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10_edi{i:03d}.xlsx", w.xlsx_bytes({"振込": rows}), truth | _SCORED)

    def transfers_json(self, i: int) -> Doc:
        """Transfers as JSON objects: the key under `memo`, the account's fields beside it."""
        items, truth = [], set()
        for _ in range(6):
            key, (code, _, branch, _, kind, account) = self.my_number(), self.bank()
            items.append({"bank_code": code, "branch_code": branch, "account_type": kind, "account_number": account,
                          "amount": 27500, "memo": key})
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10_transfers{i:03d}.json", json.dumps({"transfers": items}, indent=1).encode("utf-8"),
                   truth | _SCORED)

    # --- a factory's lots ----------------------------------------------------------------

    def lots_xlsx(self, i: int) -> Doc:
        """A lot ledger: the lot's own column header, 製造日 and 数量 beside it."""
        rows, truth = [["ロット管理台帳"], ["品番", "品名", self.pick(LOT_HEADS), "製造日", "数量"]], set()
        for _ in range(6):
            lot, (part, name) = self.my_number(), self.pick(PARTS)
            rows.append([part, name, lot, self.made(), str(self.rng.randint(50, 900))])
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_lots{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def goods_csv(self, i: int) -> Doc:
        """Goods rows with no header: 品番, 品名, JAN, the lot, 製造日, a count with its unit."""
        lines, truth = [], set()
        for _ in range(7):
            lot, (part, name) = self.my_number(), self.pick(PARTS)
            lines.append(f"{part},{name},{self.jan()},{lot},{self.made()},{self.rng.randint(2, 40) * 10}個")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_goods{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def lots_docx(self, i: int) -> Doc:
        """A shipping inspection record: a table whose lot column is headed by its label."""
        head = self.pick(LOT_HEADS)
        table, truth = [["品番", head, "検査結果"]], set()
        for _ in range(5):
            lot = self.my_number()
            table.append([self.pick(PARTS)[0], lot, "合格"])
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_inspection{i:03d}.docx", _docx(["出荷検査記録"], table), truth | _SCORED)

    def lots_pdf(self, i: int) -> Doc:
        """A certificate of analysis per lot: `LOT: …` lines."""
        lines, truth = ["試験成績書"], set()
        for _ in range(5):
            lot, (part, name) = self.my_number(), self.pick(PARTS)
            lines.append(f"{part} {name}  {self.pick(LOT_HEADS)}: {lot}  製造日 {self.made()}")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_certificate{i:03d}.pdf", _pdf(lines), truth | _SCORED)

    def packing_pdf(self, i: int) -> Doc:
        """A packing list printed to PDF: goods rows with no header, columns apart by spaces."""
        lines, truth = ["梱包明細書"], set()
        for _ in range(6):
            lot, (part, name) = self.my_number(), self.pick(PARTS)
            lines.append(f"{part}  {name}  {self.jan()}  {lot}  {self.rng.randint(1, 9) * 10}個")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_packing{i:03d}.pdf", _pdf(lines), truth | _SCORED)

    def lots_xml(self, i: int) -> Doc:
        """Goods received as XML: the lot in an element of its own."""
        items, truth = [], set()
        for _ in range(5):
            lot, (part, _) = self.my_number(), self.pick(PARTS)
            items.append(f"<item><part>{part}</part><lot>{lot}</lot><qty>120</qty></item>")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_received{i:03d}.xml", ("<receipt>" + "".join(items) + "</receipt>").encode("utf-8"),
                   truth | _SCORED)

    def lots_fixed_txt(self, i: int) -> Doc:
        """A host's fixed-width lot listing under a header line."""
        lines, truth = ["品番      LOT           製造日      数量"], set()
        for _ in range(6):
            lot = self.my_number()
            lines.append(f"{self.pick(PARTS)[0]:<10}{lot:<14}{self.made():<12}{self.rng.randint(10, 999):>4}")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10_listing{i:03d}.txt", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def recall_txt(self, i: int) -> Doc:
        """A recall notice: the lot said in a sentence, a note on マイナンバー in the footer."""
        lot = self.my_number()
        lines = ["自主回収のお知らせ", f"製造ロット {lot[:4]} {lot[4:8]} {lot[8:]} の{self.pick(PARTS)[1]}に不具合が見つかりました。",
                 "※お問い合わせの際、マイナンバー等の個人番号をお伝えいただく必要はありません。"]
        return Doc(f"mynum10_recall{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~MY_NUMBER", lot)} | _SCORED)

    # --- real My Numbers -------------------------------------------------------------------

    def persons_csv(self, i: int) -> Doc:
        """Persons' rows with no header: name, birth date, address, the number."""
        lines, truth = [], set()
        for n in range(6):
            number = self.my_number()
            lines.append(f"{self.pick(STAFF)},19{self.rng.randint(55, 99)}{n + 1:02d}15,{self.pick(TOWNS)},{number}")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10_persons{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def master_csv(self, i: int) -> Doc:
        """An employee master with no header: the person's fields, the number and the salary account."""
        lines, truth = [], set()
        for n in range(6):
            number, (code, _, branch, _, kind, account) = self.my_number(), self.bank()
            lines.append(",".join([f"E{300 + n}", self.pick(STAFF), f"S{self.rng.randint(40, 63)}.0{n + 1}.21",
                                   self.pick(TOWNS), number, code, branch, kind, account]))
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10_master{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def statement_xlsx(self, i: int) -> Doc:
        """A 支払調書 sheet: the payee's number under its own header, the amount paid beside it."""
        rows, truth = [["報酬の支払調書"], ["氏名", "住所", self.pick(OWN_HEADS), "支払金額", "振込先口座"]], set()
        for _ in range(4):
            number = self.my_number()
            rows.append([self.pick(STAFF), self.pick(TOWNS), number, "330000", f"{self.bank()[0]}-{self.digits(7)}"])
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10_statement{i:03d}.xlsx", w.xlsx_bytes({"調書": rows}), truth | _SCORED)

    def form_txt(self, i: int) -> Doc:
        """A staff member's form: the number by its label, the salary account on the next line."""
        number, (code, name, branch, _, _, account) = self.my_number(), self.bank()
        lines = ["給与振込先・個人番号届", f"氏名：{self.pick(STAFF)}", f"{self.pick(OWN_HEADS)}：{number}",
                 f"振込先：{name} 支店{branch} 普通 {account}"]
        return Doc(f"mynum10_form{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("MY_NUMBER", number)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.transfer_csv, self.debit_fixed_txt, self.transfer_eml, self.transfer_xlsx, self.transfers_json, self.lots_xlsx,
                 self.goods_csv, self.lots_docx, self.lots_pdf, self.packing_pdf, self.lots_xml, self.lots_fixed_txt, self.recall_txt,
                 self.persons_csv, self.master_csv, self.statement_xlsx, self.form_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def clean_goods_csv(self, i: int) -> Doc:
        rows = [f"{part},{name},{self.jan()},{self.my_number()},{self.made()},80個" for part, name in PARTS]
        return Doc(f"mynum10_clean_goods{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def clean_lots_xlsx(self, i: int) -> Doc:
        rows = [["品番", "ロット", "数量"]] + [[self.pick(PARTS)[0], self.my_number(), "60"] for _ in range(6)]
        return Doc(f"mynum10_clean_lots{i:03d}.xlsx", w.xlsx_bytes({"在庫": rows}))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.clean_goods_csv, self.clean_lots_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
