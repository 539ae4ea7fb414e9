"""Check corpus for issue 12's ids8 work, written by another hand than
benchmarks/corpus_ids8_dev.py (no template, name, label or word list in common): a
transport office's HTML register of drivers (免許証ナンバー, 交付公安委員会), a commuting
permit in RTF (運転免許証（第…号）), a headerless comma-separated drivers' export with the
licence's class, a JSON export of drivers, a reminder mail about a licence's renewal
with the number in full-width blanks; a union's ODS of 組合員証 記号番号 joined, a
pharmacy's receipt (保険証：記号　５５　番号　１２３４), a 国保 TSV under 被保険者証番号, a
markdown dependants' table (本人・家族, 被保険者記号, 被保険者番号); a shop's voucher and
e-money card sheets and a hotel's mail with its guest's card. Look-alikes: a 予約番号
passing the licence check, a 年金手帳's 記号番号, vouchers passing Luhn.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from stdnum import luhn

from benchmarks.corpus import Doc
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes, wide
from samples import writers as w

SCORED = ("CREDIT_CARD", "DRIVERS_LICENSE", "HEALTH_INSURANCE_NUMBER")
_SCORED = {("*", e) for e in SCORED}
STAFF = ["澤田 康平", "三浦 しおり", "榎本 翔", "大庭 千晴", "滝沢 修", "日高 麻衣", "若林 蓮", "北条 瑞穂"]
GRADES = ["大型二種", "準中型(5t限定)", "中型(8t限定)", "普通(AT限定)", "大型特殊"]
COMMISSIONS = ["神奈川県", "千葉県", "大阪府", "北海道", "福岡県"]
REGISTER_HEADS = ["免許証ナンバー", "免許番号", "運転免許証 No"]
KIN = ["本人", "家族"]
VOUCHERS = ["商品券", "QUOカード", "電子マネーカード", "会員証"]


class CheckIds8(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 59 + 3))

    def name(self) -> str:
        return self.pick(STAFF)

    def luhn16(self, first: str) -> str:
        body = first + self.digits(15 - len(first))
        return body + luhn.calc_check_digit(body)

    def pair(self) -> tuple[str, str]:
        return str(self.rng.randint(10, 99999)), str(self.rng.randint(1, 9999))

    # --- licences -------------------------------------------------------------------

    def register_html(self, i: int) -> Doc:
        """A transport office's register: the licence column's header a row above."""
        head, cells, truth = self.pick(REGISTER_HEADS), [], set()
        for _ in range(3):
            number = self.licence()
            cells.append(f"<tr><td>{self.name()}</td><td>{number[:2]}-{number[2:4]}-{number[4:10]}-{number[10:]}</td>"
                         f"<td>{self.pick(GRADES)}</td><td>{self.pick(COMMISSIONS)}公安委員会</td></tr>")
            truth.add(("DRIVERS_LICENSE", number))
        html = (f"<html><body><p>運転者登録簿</p><table><tr><th>運転者</th><th>{head}</th><th>免許種別</th>"
                "<th>交付</th></tr>" + "".join(cells) + "</table></body></html>")
        return Doc(f"ids8c_register{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def permit_rtf(self, i: int) -> Doc:
        """A commuting permit: the licence said in a sentence with 第…号."""
        number = self.licence()
        lines = ["自家用車通勤許可書", f"申請者 {self.name()}",
                 f"運転免許証（第{wide(number)}号）の原本を確認のうえ、通勤での使用を許可する。", "任意保険：加入済"]
        return Doc(f"ids8c_permit{i:03d}.rtf", rtf_bytes(lines), {("DRIVERS_LICENSE", number)} | _SCORED)

    def export_csv(self, i: int) -> Doc:
        """A headerless drivers' export: the licence beside its grade and expiry."""
        lines, truth = [], set()
        for n in range(4):
            number = self.licence()
            lines.append(f"D{n + 7:03d},{self.name()},{number},{self.pick(GRADES)},2031-0{n + 1}-28")
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids8c_export{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def drivers_json(self, i: int) -> Doc:
        """A JSON export of a fleet's drivers."""
        items, truth = [], set()
        for _ in range(3):
            number = self.licence()
            items.append({"name": self.name(), "license_no": number, "grade": self.pick(GRADES)})
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids8c_drivers{i:03d}.json", json.dumps({"drivers": items}, ensure_ascii=False).encode("utf-8"),
                   truth | _SCORED)

    def renewal_eml(self, i: int) -> Doc:
        """A reminder of a licence's renewal: the number in full-width, four by four."""
        number = self.licence()
        spaced = "　".join(wide(number[k:k + 4]) for k in (0, 4, 8))
        body = (f"{self.name()}さん\n\n登録されている免許証の有効期限が近づいています。\n"
                f"登録番号：{spaced}\n更新後は写しを総務へ提出してください。\n")
        data = w.make_eml("免許更新のお知らせ", "soumu@kitakaze-unyu.example.jp", "driver@example.jp", body)
        return Doc(f"ids8c_renewal{i:03d}.eml", data, {("DRIVERS_LICENSE", number)} | _SCORED)

    def booking_odt(self, i: int) -> Doc:
        """A rental booking: its 予約番号 passes the licence check, the licence is only named."""
        other = self.licence()
        lines = ["ご予約確認書", f"予約番号 {other}", f"ご予約者 {self.name()} 様", "ご来店時に運転免許証をお持ちください。"]
        return Doc(f"ids8c_booking{i:03d}.odt", odf_bytes("text", lines), {("~DRIVERS_LICENSE", other)} | _SCORED)

    # --- health insurance -------------------------------------------------------------

    def union_ods(self, i: int) -> Doc:
        """A mutual-aid union's members: the 組合員証's 記号番号 joined by a hyphen."""
        rows, truth = [["組合員名簿"], ["組合員", "組合員証 記号番号", "所属"]], set()
        for n in range(4):
            symbol, number = self.pair()
            rows.append([self.name(), f"{symbol}-{number}", f"第{n + 1}支部"])
            truth.add(("HEALTH_INSURANCE_NUMBER", symbol + number))
        return Doc(f"ids8c_union{i:03d}.ods", odf_bytes("spreadsheet", tables={"名簿": rows}), truth | _SCORED)

    def receipt_md(self, i: int) -> Doc:
        """A pharmacy's receipt: 保険証：記号　５５　番号　１２３４ in full-width."""
        symbol, number = self.pair()
        lines = ["# 調剤明細書", f"患者：{self.name()}", f"保険証：記号　{wide(symbol)}　番号　{wide(number)}",
                 "負担割合：3割", "合計点数：512点"]
        return Doc(f"ids8c_receipt{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", number)} | _SCORED)

    def kokuho_tsv(self, i: int) -> Doc:
        """A town's 国保 list: the 被保険者証番号 column."""
        lines, truth = ["世帯主\t被保険者証番号\t資格確認書\t交付日"], set()
        for n in range(3):
            number = self.digits(self.pick([6, 7, 8]))
            lines.append(f"{self.name()}\t{number}\t交付済\t2026-0{n + 4}-01")
            truth.add(("HEALTH_INSURANCE_NUMBER", number))
        return Doc(f"ids8c_kokuho{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def dependants_md(self, i: int) -> Doc:
        """A markdown table of dependants with 本人・家族 and the card's symbol and number apart."""
        rows, truth = ["| 区分 | 氏名 | 被保険者記号 | 被保険者番号 |", "|---|---|---|---|"], set()
        for kin in KIN + [KIN[1]]:
            symbol, number = self.pair()
            rows.append(f"| {kin} | {self.name()} | {symbol} | {number} |")
            truth |= {("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", number)}
        return Doc(f"ids8c_dependants{i:03d}.md", "\n".join(["## 扶養家族の保険証"] + rows).encode("utf-8"),
                   truth | _SCORED)

    def pension_md(self, i: int) -> Doc:
        """A pension book's 記号番号: another number written with the same words."""
        symbol, number = self.digits(4), self.digits(6)
        lines = ["## 年金手帳の写し", f"氏名：{self.name()}", f"記号番号：{symbol}-{number}"]
        return Doc(f"ids8c_pension{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("~HEALTH_INSURANCE_NUMBER", symbol + number)} | _SCORED)

    # --- cards --------------------------------------------------------------------------

    def vouchers_tsv(self, i: int) -> Doc:
        """A shop's sheet of vouchers or e-money cards sold: sixteen digits passing Luhn."""
        kind = self.pick(VOUCHERS)
        lines, truth = [f"{kind}番号\t販売日\t金額"], set()
        for n in range(3):
            number = self.luhn16(self.pick(["4", "35", "5"]))
            lines.append(f"{number}\t2026-11-{n + 3:02d}\t3000")
            truth.add(("~CREDIT_CARD", number))
        return Doc(f"ids8c_vouchers{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def stay_eml(self, i: int) -> Doc:
        """A hotel's mail: the guest's card for the stay and a gift voucher used."""
        card, voucher = self.luhn16("4"), self.luhn16("5")
        body = (f"{self.name()} 様\n\nご宿泊ありがとうございます。\nお支払いカード：VISA {card}\n"
                f"ご利用のギフト券番号：{voucher}\n")
        data = w.make_eml("ご宿泊明細", "front@hotel-minato.example.jp", "guest@example.jp", body)
        return Doc(f"ids8c_stay{i:03d}.eml", data, {("CREDIT_CARD", card), ("~CREDIT_CARD", voucher)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.register_html, self.permit_rtf, self.export_csv, self.drivers_json, self.renewal_eml,
                 self.booking_odt, self.union_ods, self.receipt_md, self.kokuho_tsv, self.dependants_md,
                 self.pension_md, self.vouchers_tsv, self.stay_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------

    def timetable_ods(self, i: int) -> Doc:
        rows = [["運行ダイヤ"], ["便コード", "発車"]] + [[self.licence(), f"{7 + n}:15"] for n in range(4)]
        return Doc(f"ids8c_clean_timetable{i:03d}.ods", odf_bytes("spreadsheet", tables={"ダイヤ": rows}))

    def leaflet_md(self, i: int) -> Doc:
        lines = ["## 保険証の記号と番号について", "記号と番号は保険証の表面に記載されています。",
                 f"商品券 {self.luhn16('4')} の有効期限はありません。"]
        return Doc(f"ids8c_clean_leaflet{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.timetable_ods, self.leaflet_md]
        return [kinds[i % len(kinds)](i) for i in range(count)]
