"""Development corpus for issue 12's ids8 work: driving licences, health-insurance
cards' 記号 and 番号, and cards of stored value, as writers who never write
「免許証番号」 or 「記号・番号」 the way the rules expected lay them out — a crew roster
with a 免許No. column, a vehicle-use request with DL No., a host's fixed-width drivers'
file with the licence's class and colour, a licence's copy flattened to lines, a mail
that says 免許の番号は…; an employee sheet with 記号 and 番号 columns, a 扶養 table's
保険証番号, an admission form's 記号 12 番号 345 枝番 01 and a 後期高齢者 card's
被保険者番号, a card's copy flattened to lines; a gift-card issue ledger and a point
card register beside a club's real card payments. Look-alikes: twelve digits passing
the licence check under another number's label, ゆうちょ's 記号 and 番号, gift and point
cards passing Luhn. The rules are tuned on this corpus only; benchmarks/corpus_ids8_check.py
(other documents, labels and words; no list in common, tests/benchmarks/test_ids8_corpora.py)
checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import Numbers, wide
from samples import writers as w

SCORED = ("CREDIT_CARD", "DRIVERS_LICENSE", "HEALTH_INSURANCE_NUMBER")
_SCORED = {("*", e) for e in SCORED}
CREW = ["古賀 正樹", "仲村 恵美", "宇野 拓真", "堀田 里奈", "飯島 大介", "芦田 京子", "小田切 亮", "神谷 美樹"]
CREW_KANA = ["コガ マサキ", "ナカムラ エミ", "ウノ タクマ", "ホッタ リナ", "イイジマ ダイスケ", "アシダ キョウコ"]
CLASSES = ["普通", "準中型", "中型", "大型", "普通二種"]
COLOURS = ["ゴールド", "ブルー"]
LICENCE_HEADS = ["免許No.", "免許証No", "DL No.", "ライセンス", "運転免許"]
OTHER_TWELVE_LABELS = ["会員番号", "お客様番号", "受付番号"]
STORED_CARDS = ["ギフトカード", "プリペイドカード", "ポイントカード"]
RELATIONS = ["妻", "長男", "長女", "次男"]


class DevIds8(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 53 + 8))

    def person(self) -> tuple[str, str]:
        name = self.pick(CREW)
        return name, name.replace(" ", "")

    def written_licence(self, number: str) -> str:
        return self.pick([number, f"{number[:4]}-{number[4:8]}-{number[8:]}", wide(number),
                          f"{number[:4]} {number[4:8]} {number[8:]}"])

    def card(self, first: str = "4") -> str:
        body = first + self.digits(15 - len(first))
        return body + luhn.calc_check_digit(body)

    def insurer(self) -> str:
        body = f"{self.pick(['01', '06', '31', '63'])}{self.rng.randint(1, 47):02d}{self.digits(3)}"
        return body + luhn.calc_check_digit(body)

    def symbol_number(self) -> tuple[str, str]:
        return str(self.rng.randint(1, 9999)), str(self.rng.randint(1, 99999))

    # --- licences ---------------------------------------------------------------

    def crew_xlsx(self, i: int) -> Doc:
        """A crew roster: the licence under 免許No. / DL No. / ライセンス, beside its class."""
        head = self.pick(LICENCE_HEADS)
        rows, truth = [["乗務員台帳"], ["社員No", "氏名", head, "種類", "有効期限"]], set()
        for n in range(4):
            number = self.licence()
            rows.append([f"E{100 + n}", self.person()[0], self.written_licence(number), self.pick(CLASSES),
                         f"2029/0{n + 1}/10"])
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids8_crew{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def vehicle_csv(self, i: int) -> Doc:
        """A vehicle-use request list: the licence in a DL No. or 免許証 column."""
        head = self.pick(["DL No.", "免許証", "運転免許"])
        lines, truth = [f"申請日,使用者,{head},車両,行先"], set()
        for n in range(3):
            number = self.licence()
            lines.append(f"2026/11/{10 + n},{self.person()[0]},{number},社用車{n + 1}号,営業先")
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids8_vehicle{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def host_txt(self, i: int) -> Doc:
        """A host's fixed-width drivers' file, no header: the licence beside its class and colour."""
        lines, truth = [], set()
        for n in range(4):
            number = self.licence()
            lines.append(f"{n + 1:05d}  {self.pick(CREW_KANA):<14}{number}  {self.pick(CLASSES):<4}"
                         f"  {self.pick(COLOURS)}  2030{n + 1:02d}15")
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids8_host{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def copy_docx(self, i: int) -> Doc:
        """A licence's copy flattened to lines: 番号 at a line's start, the commission at its end."""
        number = self.licence()
        lines = ["（免許証の写し）", f"氏名　{self.person()[0]}　昭和55年4月1日生", "住所　埼玉県川口市本町一丁目",
                 "交付　令和5年6月1日", "令和10年07月01日まで有効", "免許の条件等　眼鏡等",
                 f"番号　第 {self.written_licence(number)} 号", f"種類　{self.pick(CLASSES)}", "埼玉県公安委員会"]
        return Doc(f"ids8_copy{i:03d}.docx", _docx(lines), {("DRIVERS_LICENSE", number)} | _SCORED)

    def notice_txt(self, i: int) -> Doc:
        """A mail's text telling the licence's number in a sentence."""
        number = self.licence()
        said = self.pick([f"免許の番号は{self.written_licence(number)}です。",
                          f"運転免許証（{self.written_licence(number)}）を確認いたしました。",
                          f"免許証の有効期限を確認しました。番号 {number}、期限は来年3月です。"])
        lines = [f"{self.person()[0]} 様", "お世話になっております。", said, "引き続きよろしくお願いします。"]
        return Doc(f"ids8_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("DRIVERS_LICENSE", number)} | _SCORED)

    def rentals_xlsx(self, i: int) -> Doc:
        """A rental desk's list: its own twelve-digit numbers passing the licence check."""
        label = self.pick(OTHER_TWELVE_LABELS)
        rows, truth = [["貸出記録"], [label, "氏名", "確認書類"]], set()
        for _ in range(3):
            other = self.licence()
            rows.append([other, self.person()[0], "運転免許証"])
            truth.add(("~DRIVERS_LICENSE", other))
        return Doc(f"ids8_rentals{i:03d}.xlsx", w.xlsx_bytes({"記録": rows}), truth | _SCORED)

    # --- health insurance ---------------------------------------------------------

    def staff_xlsx(self, i: int) -> Doc:
        """An employee sheet: the card's 記号 and 番号 in columns of their own beside the insurer's."""
        rows, truth = [["社会保険 加入者一覧"], ["氏名", "保険者番号", "健康保険証 記号", "番号", "資格取得日"]], set()
        for n in range(4):
            insurer, (symbol, number) = self.insurer(), self.symbol_number()
            rows.append([self.person()[0], insurer, symbol, number, f"2024/04/0{n + 1}"])
            truth |= {("HEALTH_INSURANCE_NUMBER", insurer), ("HEALTH_INSURANCE_NUMBER", symbol),
                      ("HEALTH_INSURANCE_NUMBER", number)}
        return Doc(f"ids8_staff{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), truth | _SCORED)

    def family_docx(self, i: int) -> Doc:
        """A 扶養 table: each dependant's 保険証番号 (記号-番号 joined)."""
        table, truth = [["続柄", "氏名", "保険証番号"]], set()
        for relation in self.rng.sample(RELATIONS, 3):
            symbol, number = self.symbol_number()
            table.append([relation, self.person()[0], f"{symbol}-{number}"])
            truth.add(("HEALTH_INSURANCE_NUMBER", symbol + number))
        lines = ["被扶養者異動届", "下記のとおり届け出ます。"] + ["\t".join(row) for row in table]
        return Doc(f"ids8_family{i:03d}.docx", _docx(lines), truth | _SCORED)

    def admission_txt(self, i: int) -> Doc:
        """An admission form: 記号 12 番号 345 枝番 01, or a 後期高齢者 card's 被保険者番号."""
        symbol, number = self.symbol_number()
        elderly = self.digits(8)
        if self.rng.random() < 0.5:
            line, truth = f"健康保険証　記号 {symbol}　番号 {number}　枝番 0{self.rng.randint(0, 3)}", {symbol, number}
        else:
            line, truth = f"後期高齢者医療 被保険者番号：{elderly}", {elderly}
        lines = ["入院申込書", f"患者氏名：{self.person()[0]}", line, "入院予定日：2026年12月10日"]
        return Doc(f"ids8_admission{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("HEALTH_INSURANCE_NUMBER", v) for v in truth} | _SCORED)

    def card_copy_docx(self, i: int) -> Doc:
        """A card's copy flattened to lines: 記号 and 番号 on lines of their own."""
        insurer, (symbol, number) = self.insurer(), self.symbol_number()
        lines = ["健康保険被保険者証", "本人（被保険者）", f"記号　{wide(symbol)}", f"番号　{wide(number)}",
                 f"氏名　{self.person()[0]}", "資格取得年月日　令和2年4月1日", f"保険者番号　{insurer}"]
        return Doc(f"ids8_cardcopy{i:03d}.docx", _docx(lines),
                   {("HEALTH_INSURANCE_NUMBER", v) for v in (insurer, symbol, number)} | _SCORED)

    def transfer_txt(self, i: int) -> Doc:
        """A refund request: the ゆうちょ account's 記号 and 番号, beside the card's."""
        symbol, number = self.symbol_number()
        bank_symbol, bank_number = f"1{self.digits(3)}0", f"{self.digits(7)}1"
        lines = ["療養費支給申請書", f"申請者：{self.person()[0]}", f"保険証 記号 {symbol} 番号 {number}",
                 "振込先", f"ゆうちょ銀行 記号 {bank_symbol} 番号 {bank_number}"]
        return Doc(f"ids8_transfer{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", number),
                    ("~HEALTH_INSURANCE_NUMBER", bank_symbol), ("~HEALTH_INSURANCE_NUMBER", bank_number)} | _SCORED)

    # --- cards ----------------------------------------------------------------------

    def giftcards_xlsx(self, i: int) -> Doc:
        """A ledger of stored-value cards issued: sixteen digits passing Luhn, no credit card."""
        kind = self.pick(STORED_CARDS)
        rows, truth = [[f"{kind}発行台帳"], ["発行日", "カード番号", "額面", "残高"]], set()
        for n in range(4):
            number = self.card(self.pick(["4", "5", "3528"]))
            rows.append([f"2026/10/{n + 1:02d}", number, "5000", str(1000 * n)])
            truth.add(("~CREDIT_CARD", number))
        return Doc(f"ids8_gift{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def points_csv(self, i: int) -> Doc:
        """A point card register beside a member's card payment."""
        lines, truth = ["会員名,ポイントカード番号,保有ポイント,決済用クレジットカード"], set()
        for _ in range(3):
            points, credit = self.card("5"), self.card("4")
            lines.append(f"{self.person()[0]},{points},{self.rng.randint(10, 900)},{credit}")
            truth |= {("~CREDIT_CARD", points), ("CREDIT_CARD", credit)}
        return Doc(f"ids8_points{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.crew_xlsx, self.vehicle_csv, self.host_txt, self.copy_docx, self.notice_txt, self.rentals_xlsx,
                 self.staff_xlsx, self.family_docx, self.admission_txt, self.card_copy_docx, self.transfer_txt,
                 self.giftcards_xlsx, self.points_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -----------------------------------------------------------------

    def parts_xlsx(self, i: int) -> Doc:
        rows = [["車両部品一覧（運転席まわり）"], ["品番", "品名"]] + [[self.licence(), f"シートカバー{n}"] for n in range(5)]
        return Doc(f"ids8_clean_parts{i:03d}.xlsx", w.xlsx_bytes({"部品": rows}))

    def guide_txt(self, i: int) -> Doc:
        lines = ["保険証の記号・番号は申請書の所定欄にご記入ください。", "ギフトカードのご利用方法",
                 f"ギフトカード {self.card('4')} は見本です。"]
        return Doc(f"ids8_clean_guide{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.parts_xlsx, self.guide_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
