"""Check corpus for issue 12's mynum9 work, written apart from
benchmarks/corpus_mynum9_dev.py (no template, label list or word list in common):
an insurance agency's policy list, a logistics company's slips, a city office's
reception log and a renewal letter, whose twelve-digit keys pass the My Number check,
beside real My Numbers in a 源泉徴収票, an HR system's JSON, a 支払調書 host file and a
city office's application table; a card company's statement and a gym's member sheet
that speak of points, charges and balances beside real cards, and vouchers sold by a
shop. Never tuned on (tests/benchmarks/test_mynum9_corpora.py).

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from stdnum import luhn

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes
from samples import writers as w

SCORED = ("MY_NUMBER", "CREDIT_CARD")
_SCORED = {("*", e) for e in SCORED}
HOLDERS = ["東 雅人", "水野 彩花", "岩崎 徹", "松井 ひとみ", "服部 陽介", "小山 紗希", "熊谷 悟", "北村 綾"]
HOLDERS_KANA = ["ｱｽﾞﾏ ﾏｻﾄ", "ﾐｽﾞﾉ ｱﾔｶ", "ｲﾜｻｷ ﾄｵﾙ", "ﾏﾂｲ ﾋﾄﾐ", "ﾊｯﾄﾘ ﾖｳｽｹ"]
POLICY_HEADS = ["証券", "Policy", "契約", "保険証券"]
LINES_OF_COVER = ["自動車保険", "火災保険", "傷害保険", "賠償責任保険"]
CARGO = ["精密機器", "書籍", "衣料品", "食品（冷蔵）"]
OWN_HEADS = ["マイナンバー(個人番号)", "kojin_bango", "個人番号（12桁）"]
VOUCHER_KINDS = ["旅行券", "おこめ券", "図書カード"]


class CheckMynum9(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 61 + 19))

    def holder(self) -> str:
        return self.pick(HOLDERS)

    def card16(self, first: str) -> str:
        body = first + self.digits(15 - len(first))
        return body + luhn.calc_check_digit(body)

    # --- look-alikes of a My Number ----------------------------------------------------

    def policies_ods(self, i: int) -> Doc:
        """An agency's policy list: the policy's key under 証券 / Policy, its premium beside it."""
        head = self.pick(POLICY_HEADS)
        rows, truth = [["契約一覧（満期案内用）"], [head, "契約者", "種目", "年間保険料", "満期日"]], set()
        for n in range(6):
            key = self.my_number()
            rows.append([key, self.holder(), self.pick(LINES_OF_COVER), f"{self.rng.randint(20, 90)},000",
                         f"2027/0{n + 1}/01"])
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum9c_policies{i:03d}.ods", odf_bytes("spreadsheet", tables={"契約": rows}), truth | _SCORED)

    def slips_tsv(self, i: int) -> Doc:
        """A carrier's slip list: the slip's twelve digits first, no header over them that names a number."""
        lines, truth = ["\t届け先\t品名\t個数\t重量kg\t運賃"], set()
        for _ in range(5):
            key = self.my_number()
            lines.append(f"{key}\t{self.holder()}\t{self.pick(CARGO)}\t{self.rng.randint(1, 5)}\t"
                         f"{self.rng.randint(1, 30)}\t{self.rng.randint(8, 30)}00")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum9c_slips{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def reception_html(self, i: int) -> Doc:
        """A city office's reception log: the request's key under 受付, the identity document seen beside it."""
        cells, truth = "", set()
        for _ in range(4):
            key = self.my_number()
            cells += (f"<tr><td>{key}</td><td>{self.holder()}</td><td>転入届</td>"
                      f"<td>マイナンバーカード</td></tr>")
            truth.add(("~MY_NUMBER", key))
        html = ("<html><body><h2>窓口受付簿</h2><table><tr><th>受付</th><th>申請者</th><th>手続</th>"
                f"<th>本人確認書類</th></tr>{cells}</table></body></html>")
        return Doc(f"mynum9c_reception{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def renewal_rtf(self, i: int) -> Doc:
        """A renewal letter: the contract named in a sentence, the My Number notice a line below."""
        key = self.my_number()
        lines = [f"{self.holder()} 様", f"ご契約 {key} は来月満期を迎えます。",
                 "保険金の支払調書作成のため、マイナンバーのご提出をお願いする場合があります。"]
        return Doc(f"mynum9c_renewal{i:03d}.rtf", rtf_bytes(lines), {("~MY_NUMBER", key)} | _SCORED)

    def contracts_json(self, i: int) -> Doc:
        """An agency system's API answer: contract keys beside whether the holder's My Number was given."""
        records, truth = [], set()
        for _ in range(5):
            key = self.my_number()
            records.append({"contract": key, "holder": self.holder(), "premium": 42000, "myNumberProvided": True})
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum9c_contracts{i:03d}.json", json.dumps({"records": records}, ensure_ascii=False).encode("utf-8"),
                   truth | _SCORED)

    def confirmation_docx(self, i: int) -> Doc:
        """An agency's confirmation sheet: each field's label on its own line, the value on the next."""
        key = self.my_number()
        lines = ["ご契約内容確認書", "ご契約者", self.holder(), "■保険証券", key, "■種目", self.pick(LINES_OF_COVER),
                 "（支払調書のためマイナンバーをお伺いする場合があります）"]
        return Doc(f"mynum9c_confirmation{i:03d}.docx", _docx(lines), {("~MY_NUMBER", key)} | _SCORED)

    # --- real My Numbers -------------------------------------------------------------------

    def withholding_odt(self, i: int) -> Doc:
        """A 源泉徴収票 as text: the payee's 個人番号 on the line under its label."""
        number = self.my_number()
        lines = ["給与所得の源泉徴収票", "支払を受ける者", f"住所 大阪府堺市堺区南瓦町{self.rng.randint(1, 9)}番",
                 f"氏名 {self.holder()}", "（個人番号）", " ".join(number[k:k + 4] for k in (0, 4, 8)),
                 "支払金額 4,820,000"]
        return Doc(f"mynum9c_withholding{i:03d}.odt", odf_bytes("text", lines), {("MY_NUMBER", number)} | _SCORED)

    def employees_json(self, i: int) -> Doc:
        """An HR system's export: the number under a key of its own."""
        head, people, truth = self.pick(OWN_HEADS), [], set()
        for _ in range(3):
            number = self.my_number()
            people.append({"name": self.holder(), head: number, "dept": "経理部"})
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum9c_employees{i:03d}.json", json.dumps(people, ensure_ascii=False).encode("utf-8"),
                   truth | _SCORED)

    def payees_dat(self, i: int) -> Doc:
        """A 支払調書 host file, fixed width and headerless: the payee's number in every row."""
        lines, truth = [], set()
        for n in range(7):
            number = self.my_number()
            lines.append(f"{n + 1:04d} {number} {self.pick(HOLDERS_KANA):<16}{self.rng.randint(1, 9):>9}00000")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum9c_payees{i:03d}.dat", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def applicants_html(self, i: int) -> Doc:
        """A city office's application table: the applicant's 個人番号 column."""
        cells, truth = "", set()
        for _ in range(3):
            number = self.my_number()
            cells += f"<tr><td>{self.holder()}</td><td>{number}</td><td>児童手当</td></tr>"
            truth.add(("MY_NUMBER", number))
        html = f"<table><tr><th>申請者氏名</th><th>個人番号</th><th>手当</th></tr>{cells}</table>"
        return Doc(f"mynum9c_applicants{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    # --- cards ---------------------------------------------------------------------------------

    def usage_eml(self, i: int) -> Doc:
        """A card company's usage mail: the card, then e-money charged with it and the points earned."""
        card = self.card16(self.pick(["4", "53", "3562"]))
        body = (f"{self.holder()} 様\n\nいつもご利用ありがとうございます。\n対象カード：{card}\n"
                f"ご利用内容：モバイル電子マネーへのチャージ 5,000円\n今月の獲得ポイント：{self.rng.randint(5, 90)}P\n")
        data = w.make_eml("カードご利用のお知らせ", "info@card-aozora.example.jp", "member@example.jp", body)
        return Doc(f"mynum9c_usage{i:03d}.eml", data, {("CREDIT_CARD", card)} | _SCORED)

    def gym_xlsx(self, i: int) -> Doc:
        """A gym's member sheet: the card registered for the monthly fee beside the points and prepaid balance."""
        rows, truth = [["会員氏名", "登録カード", "保有ポイント", "チャージ残高"]], set()
        for _ in range(3):
            card = self.card16(self.pick(["4", "52"]))
            rows.append([self.holder(), card, str(self.rng.randint(0, 500)), f"{self.rng.randint(0, 9)}000"])
            truth.add(("CREDIT_CARD", card))
        return Doc(f"mynum9c_gym{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), truth | _SCORED)

    def vouchers_csv(self, i: int) -> Doc:
        """A shop's sheet of vouchers sold: each voucher's sixteen digits passing Luhn."""
        kind = self.pick(VOUCHER_KINDS)
        lines, truth = [f"{kind},販売日,券種"], set()
        for n in range(3):
            number = self.card16(self.pick(["4", "52"]))
            lines.append(f"{number},2026/09/{n + 10},1000円券")
            truth.add(("~CREDIT_CARD", number))
        return Doc(f"mynum9c_vouchers{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.policies_ods, self.slips_tsv, self.reception_html, self.renewal_rtf, self.contracts_json, self.confirmation_docx,
                 self.withholding_odt, self.employees_json, self.payees_dat, self.applicants_html, self.usage_eml,
                 self.gym_xlsx, self.vouchers_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def tariff_csv(self, i: int) -> Doc:
        lines = ["保険料率表", "区分,料率"] + [f"{self.my_number()},{self.rng.randint(1, 9)}.{self.digits(2)}%"
                                        for _ in range(5)]
        return Doc(f"mynum9c_clean_tariff{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def leaflet_txt(self, i: int) -> Doc:
        lines = ["マイナンバーカードで住民票の写しがコンビニで取れます。", "旅行券のご案内",
                 f"旅行券 {self.card16('54')} （見本）"]
        return Doc(f"mynum9c_clean_leaflet{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.tariff_csv, self.leaflet_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
