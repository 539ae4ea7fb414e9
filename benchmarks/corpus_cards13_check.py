"""Check corpus for issue 12's cards13 work, by another writer than
benchmarks/corpus_cards13_dev.py (no template or word list in common): a phone shop, a
mail-order house, a hotel, a sports club and a municipal office write their long numbers.

Look-alikes (Luhn and an issuer's prefix, no card): a phone shop's contract sheet with each
handset's 製造番号 (an IMEI); a carrier's shipping export by 送り状No; a romaji-headed
asset register (KANRI_NO); a YAML list of devices (device_serial) and SIMs (iccid); a
lottery's winning numbers in a sentence; a tracking link in a mail; a delivery note's
lines 「品番 … 数量 …」 in an ODT; an asset list in a pptx. Real cards: a hotel's
guarantee in a mail (VISA beside the number), a club's sheet headed 会費決済カード, a
shop's export with English keys (cc_number, cc_exp), a headerless fixed-width card file
(holder, number, brand), a reminder in an RTF that the registered card expires.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from stdnum import luhn

from benchmarks.corpus import Doc
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes
from samples import writers as w

SCORED = ("CREDIT_CARD",)
_SCORED = {("*", e) for e in SCORED}
HEADS = ["41", "52", "55", "3530", "3589", "4205"]
MEMBERS = [("YOSHIKO NAGANO", "永野 佳子"), ("DAICHI FUJIWARA", "藤原 大地"), ("SAKI MATSUDA", "松田 早紀"),
           ("RYOTA ENDO", "遠藤 亮太")]
MODELS = ["Galaxy A55", "AQUOS sense8", "arrows We2", "Xperia 10 VI"]
PLACES = ["本庁舎3階", "第二倉庫", "北分室", "会議室B"]
NETWORKS = ["Visa", "AMEX", "Master", "Diners"]


class CheckCards13(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 67 + 131))

    def passing(self, head: str, length: int = 16) -> str:
        body = head + self.digits(length - 1 - len(head))
        return body + luhn.calc_check_digit(body)

    def real(self) -> str:
        return self.passing(self.pick(HEADS))

    def month_year(self) -> str:
        return f"{self.rng.randint(1, 12):02d}/20{self.rng.randint(27, 31)}"

    # --- look-alikes -----------------------------------------------------------------------

    def contracts_ods(self, i: int) -> Doc:
        rows, truth = [["ご契約者", "機種", "製造番号", "端末代金"]], set()
        for _ in range(4):
            imei = self.passing("356", 15)
            rows.append([self.pick(MEMBERS)[1], self.pick(MODELS), imei, "98,000円"])
            truth.add(("~CREDIT_CARD", imei))
        return Doc(f"c13chk_contracts{i:03d}.ods", odf_bytes("spreadsheet", tables={"契約": rows}), truth | _SCORED)

    def shipping_tsv(self, i: int) -> Doc:
        lines, truth = ["送り状No\tお届け先\t個数"], set()
        for _ in range(5):
            slip = self.passing(self.pick(HEADS))
            lines.append(f"{slip}\t{self.pick(PLACES)}\t{self.rng.randint(1, 4)}")
            truth.add(("~CREDIT_CARD", slip))
        return Doc(f"c13chk_shipping{i:03d}.tsv", "\n".join(lines).encode(), truth | _SCORED)

    def assets_csv(self, i: int) -> Doc:
        lines, truth = ["KANRI_NO,HINMEI,BASHO"], set()
        for _ in range(5):
            key = self.passing(self.pick(HEADS))
            lines.append(f"{key},ノートPC,{self.pick(PLACES)}")
            truth.add(("~CREDIT_CARD", key))
        return Doc(f"c13chk_assets{i:03d}.csv", "\n".join(lines).encode(), truth | _SCORED)

    def devices_yaml(self, i: int) -> Doc:
        serial, iccid = self.passing(self.pick(HEADS)), self.passing("8981", 19)
        text = f"devices:\n  - model: {self.pick(MODELS)}\n    device_serial: {serial}\n    iccid: {iccid}\n    place: 北分室\n"
        return Doc(f"c13chk_devices{i:03d}.yaml", text.encode(), {("~CREDIT_CARD", serial)} | _SCORED)

    def lottery_txt(self, i: int) -> Doc:
        number = self.passing(self.pick(HEADS))
        text = f"年末抽選会の結果\n一等の当選番号は {number} です。\n景品は窓口でお受け取りください。"
        return Doc(f"c13chk_lottery{i:03d}.txt", text.encode(), {("~CREDIT_CARD", number)} | _SCORED)

    def tracking_eml(self, i: int) -> Doc:
        number = self.passing(self.pick(HEADS))
        body = f"商品を発送しました。\n配送状況: https://track.example.jp/status?no={number}\n"
        return Doc(f"c13chk_tracking{i:03d}.eml", w.make_eml("発送のお知らせ", "ship@example.jp", "b@example.jp", body),
                   {("~CREDIT_CARD", number)} | _SCORED)

    def delivery_odt(self, i: int) -> Doc:
        codes = [self.passing(self.pick(HEADS)) for _ in range(3)]
        lines = ["納品書"] + [f"品番 {code}　数量 {n + 1}" for n, code in enumerate(codes)]
        return Doc(f"c13chk_delivery{i:03d}.odt", odf_bytes("text", lines), {("~CREDIT_CARD", c) for c in codes} | _SCORED)

    def assets_pptx(self, i: int) -> Doc:
        codes = [self.passing(self.pick(HEADS)) for _ in range(3)]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.pptx"
            w.write_pptx(path, "備品一覧", [["備品", "管理コード"]] + [["プロジェクター", c] for c in codes])
            data = path.read_bytes()
        return Doc(f"c13chk_fixtures{i:03d}.pptx", data, {("~CREDIT_CARD", c) for c in codes} | _SCORED)

    # --- real cards --------------------------------------------------------------------------

    def guarantee_eml(self, i: int) -> Doc:
        card = self.real()
        body = f"{self.pick(MEMBERS)[1]} 様\nご予約の保証として {self.pick(NETWORKS)} {card} をお預かりしました。\n"
        return Doc(f"c13chk_guarantee{i:03d}.eml", w.make_eml("ご予約確認", "hotel@example.jp", "c@example.jp", body),
                   {("CREDIT_CARD", card)} | _SCORED)

    def club_xlsx(self, i: int) -> Doc:
        rows, truth = [["会員名簿"], ["会員氏名", "会費決済カード", "入会日"]], set()
        for n in range(4):
            card = self.real()
            rows.append([self.pick(MEMBERS)[1], card, f"2025/1{n}/01"])
            truth.add(("CREDIT_CARD", card))
        return Doc(f"c13chk_club{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def shop_export_csv(self, i: int) -> Doc:
        lines, truth = ["name,cc_number,cc_exp"], set()
        for _ in range(4):
            card = self.real()
            lines.append(f"{self.pick(MEMBERS)[0]},{card},{self.month_year()}")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"c13chk_shopexport{i:03d}.csv", "\n".join(lines).encode(), truth | _SCORED)

    def card_host_dat_txt(self, i: int) -> Doc:
        lines, truth = [], set()
        for member, _ in self.rng.sample(MEMBERS, 3):
            card = self.real()
            lines.append(f"{member:<18}{card}  {self.pick(NETWORKS):<6}")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"c13chk_cardhost{i:03d}.txt", "\n".join(lines).encode(), truth | _SCORED)

    def reminder_rtf(self, i: int) -> Doc:
        card = self.real()
        lines = [f"{self.pick(MEMBERS)[1]} 様", f"ご登録のクレジットカード（{card}）の有効期限が近づいております。"]
        return Doc(f"c13chk_reminder{i:03d}.rtf", rtf_bytes(lines), {("CREDIT_CARD", card)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.contracts_ods, self.shipping_tsv, self.assets_csv, self.devices_yaml, self.lottery_txt,
                 self.tracking_eml, self.delivery_odt, self.assets_pptx, self.guarantee_eml, self.club_xlsx,
                 self.shop_export_csv, self.card_host_dat_txt, self.reminder_rtf]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def stock_md(self, i: int) -> Doc:
        rows = "\n".join(f"| {self.passing(self.pick(HEADS))} | 封筒 |" for _ in range(4))
        return Doc(f"c13chk_clean_stock{i:03d}.md", f"# 在庫\n\n| 管理コード | 品名 |\n|---|---|\n{rows}\n".encode())

    def negatives(self, count: int) -> list[Doc]:
        return [self.stock_md(i) for i in range(count)]
