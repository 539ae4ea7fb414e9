"""Check corpus for issue 12's contact10 work, written apart from
benchmarks/corpus_contact10_dev.py (no town, label, name or kind of document in
common): a mail-order shop's customer desk — a sheet whose title and group rows stand
over お住まい and ご自宅TEL, a host's fixed-width customer file with the city first and
a bare landline, a docx table of 都道府県 | 市区町村 | 町名・番地 | 建物名 with a composed
header, a camelCase JSON export (prefecture, city, streetAddress, homePhone), a YAML
ticket under jusho / renrakusaki keys, delivery notes of 送付先 in 郡 and 村 with bare
lots, a chat log where the customer says where she lives, a CSV of 宛先 with 京都's 下ル.
Look-alikes: the shop's own return address in a packing slip, a depot list of 営業所
rows, a carrier's number in a signature. Never tuned on.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import kanji_number
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE")
_SCORED = {("*", entity) for entity in SCORED}
WARDS = [("愛媛県", "新居浜市", "喜光地町"), ("茨城県", "土浦市", "桜町"), ("山形県", "酒田市", "光ケ丘"),
         ("三重県", "伊勢市", "岩渕"), ("島根県", "出雲市", "今市町")]
FARMS = [("北海道", "虻田郡", "ニセコ町", "曽我"), ("岩手県", "下閉伊郡", "田野畑村", "菅窪"),
         ("沖縄県", "八重山郡", "竹富町", "西表"), ("高知県", "幡多郡", "大月町", "柏島")]
KYOTO_WAYS = [("中京区", "新町通錦小路下ル", "百足屋町"), ("東山区", "大和大路通四条下る", "小松町")]
CUSTOMERS = ["谷口 美穂", "長尾 俊介", "片桐 彩", "矢野 隆之", "今泉 奈緒"]
CAMEL = ["Miho Taniguchi", "Shunsuke Nagao", "Aya Katagiri"]
DEPOTS = ["北営業所", "南営業所", "港営業所"]


class CheckContact10(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 102)

    def lot_number(self) -> str:
        """How this desk writes a block: 丁目 then 番地, 番-号, a lot's 番地 with its branch."""
        return self.pick([f"{self.n(8)}丁目{self.n(40)}番地", f"{kanji_number(self.n(8))}丁目{self.n(25)}-{self.n(15)}",
                          f"{self.n(900)}番地{self.n(12)}", f"{self.n(8)}－{self.n(30)}"])

    def home(self, prefecture: bool = False) -> str:
        pref, city, town = self.pick(WARDS)
        return (pref if prefecture else "") + city + town + self.lot_number()

    def farm(self) -> str:
        pref, gun, town, area = self.pick(FARMS)
        return f"{pref}{gun}{town}{area}{self.pick([str(self.n(2500)), str(self.n(900)) + '番地'])}"

    @staticmethod
    def labelled(addresses=(), phones=(), postals=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("POSTAL_CODE", p.replace("-", "")) for p in postals} | _SCORED)

    # --- positives ---------------------------------------------------------------

    def customers_xlsx(self, i: int) -> Doc:
        """A title row and a group row over the header: お客様 | ご連絡先 over お名前 | お住まい | ご自宅TEL."""
        rows, addresses, phones = [["顧客台帳（定期便）"], ["お客様", "", "ご連絡先"], ["お名前", "お住まい", "ご自宅TEL"]], [], []
        for who in self.rng.sample(CUSTOMERS, 4):
            address, phone = self.home(), self.landline()
            rows.append([who, address, phone.replace("-", "")])
            addresses.append(address)
            phones.append(phone)
        return Doc(f"c10c_customers{i:03d}.xlsx", w.xlsx_bytes({"顧客": rows}), self.labelled(addresses, phones))

    def fixed_txt(self, i: int) -> Doc:
        """A fixed-width customer file without a header: number, name, the city first, a bare landline."""
        lines, addresses, phones = [], [], []
        for n, who in enumerate(self.rng.sample(CUSTOMERS, 4)):
            address, phone = self.home(), self.landline()
            lines.append(f"{880000 + n:08d}  {who:<8}  {address:<24}  {phone.replace('-', ''):<12}  A")
            addresses.append(address)
            phones.append(phone)
        return Doc(f"c10c_fixed{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled(addresses, phones))

    def parts_docx(self, i: int) -> Doc:
        """A docx table of the address's parts: 都道府県 | 市区町村 | 町名・番地 | 建物名."""
        table, addresses = [["お名前", "都道府県", "市区町村", "町名・番地", "建物名"]], []
        for who in self.rng.sample(CUSTOMERS, 3):
            pref, city, town = self.pick(WARDS)
            street = town + self.lot_number()
            table.append([who, pref, city, street, ""])
            addresses.append(street)
        return Doc(f"c10c_parts{i:03d}.docx", _docx(["送付先一覧"], table), self.labelled(addresses))

    def export_json(self, i: int) -> Doc:
        """A camelCase export: prefecture, city, streetAddress and a bare homePhone."""
        records, addresses, phones = [], [], []
        for who in self.rng.sample(CAMEL, 2):
            pref, city, town = self.pick(WARDS)
            street, phone = town + self.lot_number(), self.landline()
            records.append({"fullName": who, "prefecture": pref, "city": city, "streetAddress": street,
                            "homePhone": phone.replace("-", "")})
            addresses.append(street)
            phones.append(phone)
        return Doc(f"c10c_export{i:03d}.json", json.dumps({"customers": records}, ensure_ascii=False).encode("utf-8"),
                   self.labelled(addresses, phones))

    def ticket_yaml(self, i: int) -> Doc:
        """A support ticket in YAML under romaji keys jusho and renrakusaki."""
        address, phone = self.home(), self.landline()
        lines = ["ticket:", f"  customer: {self.pick(CUSTOMERS)}", f"  jusho: {address}",
                 f"  renrakusaki: {phone.replace('-', '')}", "  status: open"]
        return Doc(f"c10c_ticket{i:03d}.yaml", "\n".join(lines).encode("utf-8"), self.labelled([address], [phone]))

    def delivery_tsv(self, i: int) -> Doc:
        """Delivery notes: 送付先 a 郡 and 町 or 村 with a bare lot."""
        lines, addresses = ["受付日\t送付先\t品名"], []
        for _ in range(3):
            address = self.farm()
            lines.append(f"11/{self.n(28)}\t{address}\t{self.pick(['りんご 5kg', '米 10kg'])}")
            addresses.append(address)
        return Doc(f"c10c_delivery{i:03d}.tsv", "\n".join(lines).encode("utf-8"), self.labelled(addresses))

    def chat_txt(self, i: int) -> Doc:
        """A chat log: the customer says where she lives, the city without its prefecture."""
        address, phone = self.home(), self.mobile()
        lines = ["[10:02] 担当: ご住所の確認をお願いします。", f"[10:03] お客様: いまは{address}に住んでいます。",
                 f"[10:04] お客様: 電話は{phone}です。"]
        return Doc(f"c10c_chat{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled([address], [phone]))

    def kyoto_csv(self, i: int) -> Doc:
        """A CSV of 宛先 in 京都's 通り名 with 下ル and the prefecture."""
        lines, addresses = ["宛名,宛先"], []
        for who in self.rng.sample(CUSTOMERS, 2):
            ward, way, town = self.pick(KYOTO_WAYS)
            address = f"京都府京都市{ward}{way}{town}{self.n(700)}"
            lines.append(f"{who},{address}")
            addresses.append(address)
        return Doc(f"c10c_kyoto{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.labelled(addresses))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.customers_xlsx, self.fixed_txt, self.parts_docx, self.export_json, self.ticket_yaml,
                 self.delivery_tsv, self.chat_txt, self.kyoto_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def slip_txt(self, i: int) -> Doc:
        """A packing slip's foot: the shop's own return address and phone."""
        address, phone = self.home(True), self.landline()
        lines = ["納品書", "お買い上げありがとうございます。", "", "返品送付先：株式会社ミドリ通販 物流センター", address,
                 f"電話 {phone}"]
        return Doc(f"c10c_lookalike_slip{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))} | _SCORED)

    def depots_csv(self, i: int) -> Doc:
        """The carrier's depots: 営業所 rows with rural lots."""
        lines, truth = ["営業所,所在地,電話"], set()
        for depot in DEPOTS:
            address, phone = self.farm(), self.landline()
            lines.append(f"{depot},{address},{phone}")
            truth |= {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))}
        return Doc(f"c10c_lookalike_depots{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def stock_txt(self, i: int) -> Doc:
        """A clean stock note: a town's name, counts and years."""
        pref, gun, town, _ = self.pick(FARMS)
        lines = ["在庫メモ", f"{pref}{gun}{town}産の在庫は{self.n(500)}箱。", f"{town}の出荷は{2021 + self.n(5)}年から。"]
        return Doc(f"c10c_clean_stock{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.slip_txt, self.depots_csv, self.stock_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
