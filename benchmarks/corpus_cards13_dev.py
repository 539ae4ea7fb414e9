"""Development corpus for issue 12's cards13 work: long numbers that pass Luhn and start
with a card issuer's prefix (4, 5x, 35xx, 37) but are no card, written in the cells of a
matrix of formats × where their label stands, beside real card numbers.

Look-alikes: a goods master's item codes under 品番 or JAN-like headers and in a headerless
inventory; handsets' IMEIs (fifteen digits from 35, Luhn) in a terminal register; a JSON
order's sku beside its payment; an XML catalogue's <code>; an HTML table of serials (S/N);
a dispensary's item codes beside each medicine's 有効期限; a log's request ids; a number in a URL; a host's fixed-width goods file. Real cards: a
カード番号 column, a headerless payment export (holder, number, MM/YY, brand), a JSON
payment object (number beside exp), an XML <card><no>, a mail's 「カード番号は下記…」, a
form's 有効期限 line beside the number, a host's fixed-width card file (holders in romaji, some
surnames ending in NO). The rules are tuned on this corpus only;
benchmarks/corpus_cards13_check.py (another writer: no template or word list in common)
checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from stdnum import luhn

from benchmarks.corpus import Doc, _docx, _pdf
from benchmarks.ids5_formats import Numbers
from samples import writers as w

SCORED = ("CREDIT_CARD",)
_SCORED = {("*", e) for e in SCORED}
ISSUERS = ["4", "51", "53", "3528", "3566", "4980"]
GOODS_HEADS = ["品番", "商品コード", "JANコード", "品目コード", "SKU"]
GOODS = ["ボールペン 黒", "クリアファイル A4", "カードケース", "ICカードリーダー", "付箋 75mm", "ホチキス針"]
HOLDERS = [("HIROSHI KONDO", "近藤 博"), ("MAYUMI ISHIDA", "石田 真由美"), ("KENTA OGAWA", "小川 健太"),
           ("YUKO MORI", "森 裕子"), ("TAKESHI ABE", "阿部 武"), ("AKIRA KONO", "河野 明"), ("HARUKA SANO", "佐野 遥")]
BRANDS = ["VISA", "Mastercard", "JCB"]


class DevCards13(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 61 + 13))

    def luhn_number(self, first: str, length: int = 16) -> str:
        body = first + self.digits(length - 1 - len(first))
        return body + luhn.calc_check_digit(body)

    def card(self) -> str:
        return self.luhn_number(self.pick(ISSUERS))

    def grouped(self, number: str) -> str:
        return self.pick([number, " ".join(number[i:i + 4] for i in range(0, 16, 4)),
                          "-".join(number[i:i + 4] for i in range(0, 16, 4))])

    def expiry(self) -> str:
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(27, 31)}"

    # --- look-alikes ---------------------------------------------------------------------

    def goods_csv(self, i: int) -> Doc:
        """A goods master: item codes under an item-code header, some names about cards."""
        head, lines, truth = self.pick(GOODS_HEADS), [], set()
        lines.append(f"{head},品名,単価,在庫")
        for _ in range(6):
            code = self.luhn_number(self.pick(ISSUERS))
            lines.append(f"{code},{self.pick(GOODS)},{self.rng.randint(1, 90) * 10},{self.rng.randint(0, 300)}")
            truth.add(("~CREDIT_CARD", code))
        return Doc(f"cards13_goods{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def inventory_xlsx(self, i: int) -> Doc:
        """A headerless inventory sheet: code, item, count with its unit."""
        rows, truth = [], set()
        for _ in range(6):
            code = self.grouped(self.luhn_number(self.pick(ISSUERS)))
            rows.append([code, self.pick(GOODS), f"{self.rng.randint(1, 40)}個"])
            truth.add(("~CREDIT_CARD", code.replace(" ", "").replace("-", "")))
        return Doc(f"cards13_inventory{i:03d}.xlsx", w.xlsx_bytes({"棚卸": rows}), truth | _SCORED)

    def handsets_xlsx(self, i: int) -> Doc:
        """A register of handsets lent to staff: each IMEI (fifteen digits from 35, Luhn)."""
        rows, truth = [["貸与端末一覧"], ["社員名", "機種", "IMEI", "貸与日"]], set()
        for n in range(5):
            imei = self.luhn_number(self.pick(["3528", "3571", "3540"]), 15)
            rows.append([self.pick(HOLDERS)[1], "スマートフォン", imei, f"2026/0{n + 1}/01"])
            truth.add(("~CREDIT_CARD", imei))
        return Doc(f"cards13_handsets{i:03d}.xlsx", w.xlsx_bytes({"端末": rows}), truth | _SCORED)

    def order_json(self, i: int) -> Doc:
        """A web order: the items' sku beside a card payment object (number, exp)."""
        card, sku = self.card(), self.luhn_number(self.pick(ISSUERS))
        order = {"order_id": f"W{self.digits(8)}", "customer": self.pick(HOLDERS)[1],
                 "items": [{"sku": sku, "qty": 1}],
                 "payment": {"method": "card", "number": card, "exp": self.expiry()}}
        return Doc(f"cards13_order{i:03d}.json", json.dumps(order, ensure_ascii=False, indent=2).encode(),
                   {("~CREDIT_CARD", sku), ("CREDIT_CARD", card)} | _SCORED)

    def catalogue_xml(self, i: int) -> Doc:
        """A catalogue's items by <code>; a member's stored card by <card><no>."""
        code, card = self.luhn_number(self.pick(ISSUERS)), self.card()
        xml = (f"<shop><item><name>{self.pick(GOODS)}</name><code>{code}</code></item>"
               f"<member><name>{self.pick(HOLDERS)[1]}</name><card><no>{card}</no><exp>{self.expiry()}</exp></card>"
               "</member></shop>")
        return Doc(f"cards13_catalogue{i:03d}.xml", xml.encode(), {("~CREDIT_CARD", code), ("CREDIT_CARD", card)} | _SCORED)

    def serials_html(self, i: int) -> Doc:
        """A table of repaired goods by serial number (S/N)."""
        rows, truth = "", set()
        for _ in range(4):
            serial = self.luhn_number(self.pick(ISSUERS))
            rows += f"<tr><td>{self.pick(GOODS)}</td><td>{serial}</td><td>修理完了</td></tr>"
            truth.add(("~CREDIT_CARD", serial))
        html = f"<html><body><h1>修理受付</h1><table><tr><th>品名</th><th>S/N</th><th>状況</th></tr>{rows}</table></body></html>"
        return Doc(f"cards13_serials{i:03d}.html", html.encode(), truth | _SCORED)

    def pharmacy_xlsx(self, i: int) -> Doc:
        """A dispensary's stock: each item's code beside its expiry (a medicine's 有効期限, no card's)."""
        rows, truth = [["品名", "コード", "有効期限"]], set()
        for n in range(4):
            code = self.luhn_number(self.pick(ISSUERS))
            rows.append([f"{self.pick(['アムロジピン錠', 'ロキソプロフェン錠', '葛根湯'])}", code, f"0{n + 1}/{self.rng.randint(27, 29)}"])
            truth.add(("~CREDIT_CARD", code))
        return Doc(f"cards13_pharmacy{i:03d}.xlsx", w.xlsx_bytes({"在庫": rows}), truth | _SCORED)

    def access_log_txt(self, i: int) -> Doc:
        """A web server's log: request ids and goods pages by number."""
        lines, truth = [], set()
        for n in range(5):
            request, page = self.luhn_number(self.pick(ISSUERS)), self.luhn_number(self.pick(ISSUERS))
            lines.append(f"2026-11-0{n + 1} 10:1{n}:02 GET /goods/{page} 200 req={request}")
            truth |= {("~CREDIT_CARD", request), ("~CREDIT_CARD", page)}
        return Doc(f"cards13_log{i:03d}.txt", "\n".join(lines).encode(), truth | _SCORED)

    def goods_host_txt(self, i: int) -> Doc:
        """A host's fixed-width goods file, no header: code, item, count."""
        lines, truth = [], set()
        for _ in range(5):
            code = self.luhn_number(self.pick(ISSUERS))
            lines.append(f"{code}  {self.pick(GOODS):<12}  {self.rng.randint(1, 99):>4}")
            truth.add(("~CREDIT_CARD", code))
        return Doc(f"cards13_goodshost{i:03d}.txt", "\n".join(lines).encode("cp932"), truth | _SCORED)

    # --- real cards ----------------------------------------------------------------------

    def card_column_csv(self, i: int) -> Doc:
        lines, truth = ["氏名,カード番号,有効期限"], set()
        for _ in range(4):
            card = self.card()
            lines.append(f"{self.pick(HOLDERS)[1]},{self.grouped(card)},{self.expiry()}")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"cards13_cardcol{i:03d}.csv", "\n".join(lines).encode(), truth | _SCORED)

    def payments_tsv(self, i: int) -> Doc:
        """A headerless payment export: holder as embossed, number, MM/YY, brand."""
        lines, truth = [], set()
        for _ in range(4):
            card = self.card()
            lines.append("\t".join([self.pick(HOLDERS)[0], card, self.expiry(), self.pick(BRANDS)]))
            truth.add(("CREDIT_CARD", card))
        return Doc(f"cards13_payments{i:03d}.tsv", "\n".join(lines).encode(), truth | _SCORED)

    def holders_host_txt(self, i: int) -> Doc:
        """A host's fixed-width card file, no header: holder as embossed (KONO, SANO end in NO:
        no "No."), number, brand, expiry."""
        lines, truth = [], set()
        for holder, _ in self.rng.sample(HOLDERS, 3):
            card = self.card()
            lines.append(f"{holder:<16}{card}  {self.pick(BRANDS):<10}{self.expiry()}")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"cards13_holders{i:03d}.txt", "\n".join(lines).encode(), truth | _SCORED)

    def mail_eml(self, i: int) -> Doc:
        card = self.card()
        body = f"{self.pick(HOLDERS)[1]}様\nお申込みありがとうございます。\nカード番号は下記のとおり承りました。\n\n{self.grouped(card)}\n"
        return Doc(f"cards13_mail{i:03d}.eml", w.make_eml("お申込み", "shop@example.jp", "a@example.jp", body),
                   {("CREDIT_CARD", card)} | _SCORED)

    def form_docx(self, i: int) -> Doc:
        card = self.card()
        lines = ["定期購入申込書", f"お名前：{self.pick(HOLDERS)[1]}", f"番号：{self.grouped(card)}", f"有効期限：{self.expiry()}"]
        return Doc(f"cards13_form{i:03d}.docx", _docx(lines), {("CREDIT_CARD", card)} | _SCORED)

    def statement_pdf(self, i: int) -> Doc:
        card = self.card()
        lines = ["ご利用代金明細", f"{self.pick(HOLDERS)[1]} 様", f"クレジットカード {self.grouped(card)} のご利用分", "合計 12,800円"]
        return Doc(f"cards13_statement{i:03d}.pdf", _pdf(lines), {("CREDIT_CARD", card)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.goods_csv, self.inventory_xlsx, self.handsets_xlsx, self.order_json, self.catalogue_xml,
                 self.serials_html, self.pharmacy_xlsx, self.access_log_txt, self.goods_host_txt, self.card_column_csv, self.payments_tsv,
                 self.holders_host_txt, self.mail_eml, self.form_docx, self.statement_pdf]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -----------------------------------------------------------------------

    def price_list_csv(self, i: int) -> Doc:
        lines = ["JANコード,品名,価格"] + [f"{self.luhn_number(self.pick(ISSUERS))},{self.pick(GOODS)},300" for _ in range(5)]
        return Doc(f"cards13_clean_prices{i:03d}.csv", "\n".join(lines).encode())

    def negatives(self, count: int) -> list[Doc]:
        return [self.price_list_csv(i) for i in range(count)]
