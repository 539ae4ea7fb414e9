"""Check corpus for issue 12's mynum10 work, written apart from
benchmarks/corpus_mynum10_dev.py (no template, label list or word list in common): a
collection agent's 口座振替 results (a TSV with no header, a sheet, YAML, an HTML page)
and the shipments of a pharmaceutical wholesaler and of a food maker (an RTF 納品書, an
ODT's lines, a headerless pipe listing, a returns slip in PDF, a zipped CSV in a mailbox), whose twelve-digit
keys pass the My Number check; beside real My Numbers in a 年末調整 listing with no
header, a retirement allowance sheet, an HR system's YAML and a pipe-separated staff
file holding salary accounts. Never tuned on (tests/benchmarks/test_mynum10_corpora.py).

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from stdnum import ean

from benchmarks.corpus import Doc, _pdf
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes, zip_of
from samples import writers as w

SCORED = ("MY_NUMBER",)
_SCORED = {("*", e) for e in SCORED}
HOLDERS = ["ヨシダ マコト", "アライ チカ", "ウエノ タツヤ", "ハマダ リサ", "クボ ケイスケ", "オガワ ナナミ"]
INSTITUTIONS = [("0138", "横浜銀行"), ("0158", "京都銀行"), ("9900", "ゆうちょ銀行"), ("2011", "東京信用金庫")]
OFFICES = ["駅前", "中央", "北口", "市役所前"]
KINDS_SAID = ["普通", "当座"]
DRUGS = [("アムロジピン錠5mg", "100錠"), ("ロキソプロフェン錠60mg", "500錠"), ("ビタミンB12注", "10管")]
FOODS = [("いちごジャム 200g", "24個"), ("和風だし 1L", "12本"), ("冷凍ぎょうざ 30個入", "8ケース")]
LOT_WORDS = ["Lot#", "ロットNo.", "製造記号", "lot_no"]
EMPLOYEES = ["荒井 千佳", "上野 達也", "浜田 理沙", "久保 圭介", "小川 七海", "吉田 誠"]
HOMES = ["大阪府堺市北区中百舌鳥町5-12", "愛知県岡崎市康生通西3-7", "福岡県久留米市城南町8-1", "宮城県仙台市青葉区国分町1-4-9"]


class CheckMynum10(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 71 + 23))

    def account(self) -> tuple[str, str, str, str, str, str]:
        """(institution code, its name, office code, office name, kind said in words, account)."""
        code, name = self.pick(INSTITUTIONS)
        return code, name, self.digits(3), self.pick(OFFICES), self.pick(KINDS_SAID), self.digits(7)

    def gtin14(self) -> str:
        body = "1" + "4987" + self.digits(8)
        return body + ean.calc_check_digit(body)

    def best_before(self) -> str:
        return f"{self.rng.randint(2027, 2029)}.{self.rng.randint(1, 12)}.{self.rng.randint(1, 28)}"

    # --- a collection agent's direct debits ------------------------------------------------

    def debit_results_tsv(self, i: int) -> Doc:
        """Debit results with no header: the key first, the institution by code and name, the kind in words."""
        lines, truth = [], set()
        for _ in range(self.rng.randint(6, 10)):
            key, account = self.my_number(), self.account()
            lines.append("\t".join([key, self.pick(HOLDERS), *account, f"{self.rng.choice([3980, 6600])}", "振替済"]))
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10c_debits{i:03d}.tsv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def debit_sheet_ods(self, i: int) -> Doc:
        """A debit sheet whose key column is headed 摘要, the institution's fields beside it."""
        rows, truth = [["金融機関", "支店", "種目", "口座", "名義", "請求額", "摘要"]], set()
        for _ in range(6):
            key, (code, _, office, _, kind, number) = self.my_number(), self.account()
            rows.append([code, office, kind, number, self.pick(HOLDERS), "6600", key])
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10c_sheet{i:03d}.ods", odf_bytes("spreadsheet", tables={"引落": rows}), truth | _SCORED)

    def debit_yaml(self, i: int) -> Doc:
        """A YAML export in romaji keys: the key under `tekiyo`."""
        lines, truth = ["hikiotoshi:"], set()
        for _ in range(6):
            key, (code, _, office, _, _, number) = self.my_number(), self.account()
            lines += [f"  - ginko_cd: \"{code}\"", f"    shiten_cd: \"{office}\"", f"    koza_no: \"{number}\"",
                      "    kingaku: 3980", f"    tekiyo: \"{key}\""]
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum10c_debits{i:03d}.yaml", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def debit_page_html(self, i: int) -> Doc:
        """A bank's web page of debits: an HTML table, the key in a 摘要 column."""
        cells, truth = "", set()
        for _ in range(6):
            key, (_, name, _, office, kind, number) = self.my_number(), self.account()
            cells += f"<tr><td>{name}</td><td>{office}</td><td>{kind}</td><td>{number}</td><td>{key}</td></tr>"
            truth.add(("~MY_NUMBER", key))
        page = ("<html><body><h1>口座振替明細</h1><table><tr><th>金融機関名</th><th>支店名</th><th>預金種目</th>"
                f"<th>口座番号</th><th>摘要</th></tr>{cells}</table></body></html>")
        return Doc(f"mynum10c_page{i:03d}.html", page.encode("utf-8"), truth | _SCORED)

    # --- shipments of a wholesaler and a food maker ------------------------------------------

    def delivery_rtf(self, i: int) -> Doc:
        """A wholesaler's 納品書: GS1 code, drug, pack, its lot under a label, expiry."""
        word = self.pick(LOT_WORDS)
        table, truth = [["GS1", "品名", "包装", word, "使用期限"]], set()
        for _ in range(5):
            lot, (drug, pack) = self.my_number(), self.pick(DRUGS)
            table.append([self.gtin14(), drug, pack, lot, self.best_before()])
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10c_delivery{i:03d}.rtf", rtf_bytes(["納品書", "山手薬局 御中"], table), truth | _SCORED)

    def shipment_odt(self, i: int) -> Doc:
        """A food maker's shipment: each line `label: lot` beside its best-before date."""
        lines, truth = ["出荷明細"], set()
        for _ in range(5):
            lot, (food, count) = self.my_number(), self.pick(FOODS)
            lines.append(f"{food} {count} {self.pick(LOT_WORDS)} {lot} 賞味期限 {self.best_before()}")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10c_shipment{i:03d}.odt", odf_bytes("text", lines), truth | _SCORED)

    def shipment_pipe_dat(self, i: int) -> Doc:
        """A food maker's host listing with no header, fields by `|`: the lot beside its case count."""
        lines, truth = [], set()
        for _ in range(7):
            lot, (food, count) = self.my_number(), self.pick(FOODS)
            lines.append(f"{self.gtin14()}|{food}|{lot}|{self.best_before()}|{count}")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10c_listing{i:03d}.dat", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def returns_pdf(self, i: int) -> Doc:
        """A pharmacy's return slip printed to PDF: drug, pack, GS1, lot and expiry apart by spaces."""
        lines, truth = ["返品伝票", "返品理由：期限切迫"], set()
        for _ in range(5):
            lot, (drug, pack) = self.my_number(), self.pick(DRUGS)
            lines.append(f"{drug}　{pack}　{self.gtin14()}　{lot}　{self.best_before()}")
            truth.add(("~MY_NUMBER", lot))
        return Doc(f"mynum10c_returns{i:03d}.pdf", _pdf(lines), truth | _SCORED)

    def shipment_mbox(self, i: int) -> Doc:
        """A mailbox whose mail carries a zipped shipment CSV with no header."""
        lines, truth = [], set()
        for _ in range(6):
            lot, (drug, pack) = self.my_number(), self.pick(DRUGS)
            lines.append(f"{drug},{pack},{self.gtin14()},{lot},{self.best_before()}")
            truth.add(("~MY_NUMBER", lot))
        attached = zip_of({"shukka.csv": "\n".join(lines).encode("cp932")})
        mail = w.make_eml("出荷データ", "butsuryu@example.jp", "order@example.jp", "本日出荷分です。",
                          attachments=[("shukka.zip", attached)])
        return Doc(f"mynum10c_box{i:03d}.mbox", w.mbox_bytes([mail]), truth | _SCORED)

    # --- real My Numbers -----------------------------------------------------------------

    def adjustment_tsv(self, i: int) -> Doc:
        """A 年末調整 listing with no header: name, era birth date, the number, the pay."""
        lines, truth = [], set()
        for n in range(6):
            number = self.my_number()
            lines.append(f"{self.pick(EMPLOYEES)}\tH{self.rng.randint(2, 12)}.{n + 1}.9\t{number}\t{self.rng.randint(300, 700)}0000")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10c_adjustment{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def retirement_ods(self, i: int) -> Doc:
        """A retirement allowance sheet: the number under its own header beside the account paid to."""
        rows, truth = [["氏名", "マイナンバー（個人番号）", "支給額", "金融機関", "口座"]], set()
        for _ in range(4):
            number, (_, name, _, _, _, account) = self.my_number(), self.account()
            rows.append([self.pick(EMPLOYEES), number, "4200000", name, account])
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10c_retirement{i:03d}.ods", odf_bytes("spreadsheet", tables={"退職": rows}), truth | _SCORED)

    def hr_yaml(self, i: int) -> Doc:
        """An HR system's YAML: the number under its own key beside the salary account."""
        lines, truth = ["employees:"], set()
        for _ in range(3):
            number, (code, _, office, _, _, account) = self.my_number(), self.account()
            lines += [f"  - shimei: {self.pick(EMPLOYEES)}", f"    kojin_no: \"{number}\"",
                      f"    kyuyo_koza: \"{code}-{office}-{account}\""]
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10c_staff{i:03d}.yaml", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def staff_pipe_dat(self, i: int) -> Doc:
        """Staff with no header, fields by `|`: the number, home, and salary account."""
        lines, truth = [], set()
        for _ in range(6):
            number, (code, _, office, _, _, account) = self.my_number(), self.account()
            lines.append(f"{number}|{self.pick(EMPLOYEES)}|{self.pick(HOMES)}|{code}|{office}|1|{account}")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum10c_staff{i:03d}.dat", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.debit_results_tsv, self.debit_sheet_ods, self.debit_yaml, self.debit_page_html, self.delivery_rtf,
                 self.shipment_odt, self.shipment_pipe_dat, self.returns_pdf, self.shipment_mbox, self.adjustment_tsv,
                 self.retirement_ods, self.hr_yaml, self.staff_pipe_dat]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def clean_listing_dat(self, i: int) -> Doc:
        lines = [f"{self.gtin14()}|{food}|{self.my_number()}|{self.best_before()}|{count}" for food, count in FOODS * 2]
        return Doc(f"mynum10c_clean_listing{i:03d}.dat", "\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.clean_listing_dat(i) for i in range(count)]
