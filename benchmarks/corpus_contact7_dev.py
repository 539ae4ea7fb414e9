"""Development corpus for issue 12's contact7 work: people's addresses and phones in
shapes the earlier corpora left out — 丁目 then 番地の (一丁目2番地の3), a 漢数字 lot
with its branch (二十一番地の二), 六丁目1 with nothing after, a building and room before
a town with no prefecture, a home or a move in prose (…に住んでいる, …へ転居), 条通 with a
漢数字 丁目, a bare mobile number after a relation (母 09012345678), +81 (0)…, and a
roster a comma-decimal tool wrote with semicolons; look-alikes: a trade's own contacts
with no legal form (a garage, a salon, a care home), a switchboard (代) or 内線 line,
a notice to お客様各位; clean files with order numbers and rooms. The rules are tuned
on this corpus only; benchmarks/corpus_contact7_check.py (other towns, trades, words
and layouts; no list in common, tests/benchmarks/test_contact7_corpora.py) checks them.

Truth: positives are labelled for ADDRESS, PHONE and POSTAL_CODE; an organisation's own
value is a look-alike `("~TYPE", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import kanji_number
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
# (prefecture, municipality, town)
TOWNS = [("宮城県", "石巻市", "中里"), ("富山県", "高岡市", "末広町"), ("香川県", "丸亀市", "土器町東"),
         ("大分県", "別府市", "石垣西"), ("滋賀県", "彦根市", "京町")]
ASAHIKAWA = [("北海道", "旭川市", "6条通"), ("北海道", "帯広市", "西5条南")]
FLATS = ["パレス桜木", "ハイツ若葉", "ロイヤル常盤", "シャトー緑"]
PEOPLE = ["今井 早苗", "川口 陽介", "野口 真央", "堀 和樹", "松尾 里穂"]
RELATIONS = ["母", "父", "祖母"]
# trades with no legal form in their name
TRADES = ["ミナト自動車", "みなみモータース", "ひまわりトラベル", "ヘアサロン ルシア", "有料老人ホーム 陽だまり",
          "さくら工務店"]
# a desk's mailbox of a trade, a school or a front desk
DESKS = ["seibi", "shaken", "salon", "travel", "tannin", "front"]
DOMAINS = ["minato-auto.example.jp", "lucia-hair.example.com", "himawari-tr.example.ne.jp"]


class DevContact7(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 71)

    def n(self, high: int = 30) -> int:
        return self.rng.randint(1, high)

    def postal(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.digits(4)}"

    def town(self, prefecture: bool = True) -> str:
        pref, city, town = self.pick(TOWNS)
        return (pref if prefecture else "") + city + town

    def block(self) -> str:
        """A block in one of the shapes this work adds."""
        return self.pick([f"{kanji_number(self.n(9))}丁目{self.n()}番地の{self.n(9)}",
                          f"{self.n(9)}丁目{self.n()}番地の{self.n(9)}",
                          f"{kanji_number(self.n(9))}丁目{kanji_number(self.n(40))}番地の{kanji_number(self.n(9))}",
                          f"{kanji_number(self.n(9))}丁目{self.n(20)}"])

    def address(self, prefecture: bool = True) -> str:
        return self.town(prefecture) + self.block()

    def bare_mobile(self) -> str:
        return self.mobile().replace("-", "")

    # --- positives ---------------------------------------------------------------

    def card_txt(self, i: int) -> Doc:
        """A membership card's lines: label then the new block shapes."""
        who, address, phone = self.pick(PEOPLE), self.address(), self.bare_mobile()
        lines = ["会員登録カード", f"氏名　{who}", f"住所　{address}", f"携帯　{phone}"]
        truth = {("ADDRESS", address_key(address)), ("PHONE", _e164(phone))}
        return Doc(f"c7_card{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def arrears_xlsx(self, i: int) -> Doc:
        """A landlord's list: the flat and room first, then the town without prefecture."""
        rows, truth = [["家賃管理表"], ["物件・住所", "契約者", "電話"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            address = self.town(False) + f"{self.n(9)}-{self.n()}-{self.n()}"
            phone = self.landline()
            rows.append([f"{self.pick(FLATS)} {self.n(4)}0{self.n(5)}号室　{address}", who, phone])
            truth |= {("ADDRESS", address_key(address)), ("PHONE", _e164(phone))}
        return Doc(f"c7_arrears{i:03d}.xlsx", w.xlsx_bytes({"管理表": rows}), truth | _SCORED)

    def interview_docx(self, i: int) -> Doc:
        """An interview note: where the person lives, said in a sentence."""
        who, address = self.pick(PEOPLE), self.address()
        said = self.pick([f"現在は{address}に住んでいる。", f"先月{address}へ転居した。", f"{address}在住。"])
        lines = ["面談記録", f"対象：{who}", said, "次回は来月に面談予定。"]
        return Doc(f"c7_interview{i:03d}.docx", _docx(lines), {("ADDRESS", address_key(address))} | _SCORED)

    def north_txt(self, i: int) -> Doc:
        """A 条通 address with a 漢数字 丁目 in a staff card."""
        pref, city, way = self.pick(ASAHIKAWA)
        address = f"{pref}{city}{way}{kanji_number(self.n(9))}丁目{self.n(20)}番{self.n(20)}号"
        lines = ["社員カード", f"氏名：{self.pick(PEOPLE)}", f"現住所：{address}"]
        return Doc(f"c7_north{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def nurse_log_xlsx(self, i: int) -> Doc:
        """A school nurse's log: the parent reached, a relation then a bare mobile number."""
        rows, truth = [["来室記録"], ["日付", "氏名", "主訴", "保護者連絡"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            phone = self.bare_mobile()
            rows.append([f"10/{self.n(28)}", who, "頭痛", f"{self.pick(RELATIONS)} {phone}"])
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"c7_nurse{i:03d}.xlsx", w.xlsx_bytes({"記録": rows}), truth | _SCORED)

    def abroad_txt(self, i: int) -> Doc:
        """A returning employee's contact with the trunk 0 in brackets."""
        mobile = self.mobile()
        phone = f"+81 (0){mobile[1:]}"
        lines = ["連絡先変更届", f"氏名：{self.pick(PEOPLE)}", f"Tel: {phone}"]
        return Doc(f"c7_abroad{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("PHONE", _e164(mobile))} | _SCORED)

    def merge_csv(self, i: int) -> Doc:
        """A roster a comma-decimal tool exported: semicolons between the fields."""
        rows, truth = ["会員番号;氏名;郵便番号;住所;電話"], set()
        for k, who in enumerate(self.rng.sample(PEOPLE, 4)):
            postal, address, phone = self.postal(), self.address(), self.mobile()
            rows.append(f"{k + 1};{who};{postal.replace('-', '')};{address};{phone}")
            truth |= {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(address)), ("PHONE", _e164(phone))}
        return Doc(f"c7_merge{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.card_txt, self.arrears_xlsx, self.interview_docx, self.north_txt, self.nurse_log_xlsx,
                 self.abroad_txt, self.merge_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def trade_letter_txt(self, i: int) -> Doc:
        """A trade's letter to a customer: the customer above a blank line, then the
        trade's block with no legal form in its name."""
        postal, address, phone = self.postal(), self.town() + f"{self.n(9)}-{self.n()}-{self.n()}", self.landline()
        mail = f"{self.pick(DESKS)}@{self.pick(DOMAINS)}"
        lines = [f"{self.pick(PEOPLE)} 様", "", self.pick(TRADES), f"〒{postal} {address}", f"TEL {phone}", f"Mail {mail}",
                 "", "点検のご案内", "次回の点検時期となりました。"]
        truth = {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone)),
                 ("~EMAIL", mail)}
        return Doc(f"c7_lookalike_trade{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def switchboard_txt(self, i: int) -> Doc:
        """A notice with the office's switchboard: (代) or 内線 after the number."""
        phone = self.landline()
        line = self.pick([f"ご不明点は {phone}（代）まで", f"担当：総務　電話 {phone} 内線{self.n(400)}"])
        lines = ["健康診断のお知らせ", "今年度の健康診断を下記の日程で行います。", line]
        return Doc(f"c7_lookalike_board{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def customers_notice_txt(self, i: int) -> Doc:
        """A notice to all customers (お客様各位) signed by the trade."""
        address, phone = self.town() + f"{self.n(9)}-{self.n()}-{self.n()}", self.landline()
        lines = ["お客様各位", self.pick(TRADES), address, f"電話 {phone}", "", "年末年始の営業についてお知らせします。"]
        return Doc(f"c7_lookalike_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))} | _SCORED)

    def order_sheet_txt(self, i: int) -> Doc:
        """A clean order sheet: an order number of eleven digits, a room."""
        lines = ["発注書", f"注文番号 0{self.pick(['9', '8'])}0{self.digits(8)}", f"納品場所：本館{self.n(5)}階 第{self.n(3)}会議室",
                 f"数量 {self.n(50)}"]
        return Doc(f"c7_clean_order{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.trade_letter_txt, self.switchboard_txt, self.customers_notice_txt, self.order_sheet_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
