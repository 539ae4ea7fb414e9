"""Check corpus for issue 12's addr6 work, written apart from the development corpus
(benchmarks/corpus_addr6_dev.py): other towns, buildings, labels and layouts — a
landlord's tenant list in CSV, a nurse's visit record, a teacher's 家庭訪問 sheet, a
PDF 申込書, an XML export, a 宛名 list split 住所1・住所2, an English mail signature;
look-alikes (a clinic's own address, a bus stop, a park, an exit of a station) and
clean files. Nothing here is tuned on; the rules are tuned on the dev corpus only.

Truth: positives are labelled for ADDRESS only; an organisation's own address is a
look-alike `("~ADDRESS", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _pdf, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers

_SCORED = {("*", "ADDRESS")}
# (prefecture, municipality, town) written with 番地 only
FARM_TOWNS = [("茨城県", "常総市", "水海道橋本町"), ("三重県", "伊賀市", "上野丸之内"), ("岡山県", "倉敷市", "玉島阿賀崎"),
              ("佐賀県", "唐津市", "浜玉町浜崎")]
# (prefecture, 郡, 町/村, 大字, 小字)
VILLAGES = [("奈良県", "吉野郡", "十津川村", "小原", "大谷"), ("秋田県", "仙北郡", "美郷町", "六郷", "米町"),
            ("宮崎県", "児湯郡", "西米良村", "村所", "竹原"), ("山形県", "最上郡", "金山町", "金山", "下野明")]
STREET_TOWNS = [("神奈川県", "相模原市南区", "相南"), ("宮城県", "仙台市若林区", "卸町"), ("福岡県", "久留米市", "東櫛原町"),
                ("滋賀県", "彦根市", "京町")]
NORTH = ["旭川市", "札幌市東区", "帯広市"]
KYO = [("東山区", "大和大路通", "四条", "下る", "博多町"), ("北区", "千本通", "北大路", "上る", "紫野下門前町")]
LATIN = [("Gion", "Hakata-ku", "Fukuoka", "812-0038"), ("Sakae", "Naka-ku", "Nagoya", "460-0008")]
HOMES = ["パークサイド緑町", "ヴィラ若葉", "ﾊｲﾑ松風", "第二みどり荘"]
TENANTS = ["井川 静香", "宇佐美 翔", "笹本 理央", "古賀 拓真", "水越 杏"]
CLINICS = [("医療法人 さくら内科", "静岡県沼津市大手町3-8-23"), ("ひまわり歯科医院", "北海道函館市本町22-5")]


class CheckAddr6(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 62)

    def k(self, high: int = 40) -> int:
        return self.rng.randint(1, high)

    def home(self) -> str:
        return self.pick([f"　{self.pick(HOMES)} {self.k(4)}0{self.k(8)}号", f" {self.pick(HOMES)}{self.k(9)}号室", ""])

    def farm(self, full: bool) -> str:
        pref, city, town = self.pick(FARM_TOWNS)
        lot = self.pick([f"{self.rng.randint(50, 4999)}番地", f"{self.rng.randint(50, 4999)}番地の{self.k(12)}",
                         f"{self.rng.randint(50, 4999)}番{self.k(9)}"])
        return (pref + city if full else city) + town + lot

    def village(self, full: bool) -> str:
        pref, gun, mura, oaza, koaza = self.pick(VILLAGES)
        lot = self.pick([f"{self.rng.randint(5, 3999)}", f"{self.rng.randint(5, 3999)}番地{self.k(9)}"])
        return (pref + gun if full else gun) + mura + self.pick(["大字", ""]) + oaza + "字" + koaza + lot

    def street(self) -> str:
        _, city, town = self.pick(STREET_TOWNS)
        a, b, c = self.k(7), self.k(), self.k()
        return self.pick([city, ""]) + town + self.pick([f"{a}の{b}の{c}", f"{a}ノ{b}", f"{a}丁目{b}‐{c}", f"{a}－{b}－{c}"])

    def north(self) -> str:
        city = self.pick(NORTH)
        return "北海道" + city + self.pick([f"{self.k(9)}条通{self.k(20)}丁目", f"北{self.k(20)}条東{self.k(9)}丁目{self.k(9)}-{self.k(9)}"])

    def kyo(self) -> str:
        ward, road, cross, way, town = self.pick(KYO)
        return "京都市" + ward + road + cross + way + town + f"{self.rng.randint(1, 500)}"

    def latin(self) -> str:
        town, ward, city, postal = self.pick(LATIN)
        return self.pick([f"{self.k(5)}-{self.k()}-{self.k()} {town}, {ward}, {city} {postal}",
                          f"{town} {self.k(5)}-{self.k()}-{self.k()}, {ward}, {city}"])

    def some_address(self) -> str:
        return self.pick([lambda: self.farm(True), lambda: self.farm(False), lambda: self.village(True),
                          lambda: self.village(False), self.street, self.north, self.kyo])() + self.home()

    # --- positives ---------------------------------------------------------------

    def tenants_csv(self, i: int) -> Doc:
        lines, truth = ["部屋,契約者,連絡先住所,緊急連絡先"], set()
        for who in self.rng.sample(TENANTS, 4):
            address = self.some_address().strip()
            lines.append(f"{self.k(3)}0{self.k(6)},{who},{address},{self.mobile()}")
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"a6c_tenants{i:03d}.csv", "\n".join(lines).encode("cp932", "replace"), truth | _SCORED)

    def visit_txt(self, i: int) -> Doc:
        """A nurse's visit record: 訪問先 then the address, sometimes on two lines."""
        address = self.some_address()
        lines = ["訪問看護記録", f"利用者：{self.pick(TENANTS)} 様", f"訪問先　{address}", "バイタル安定。服薬確認済み。"]
        return Doc(f"a6c_visit{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def home_visit_pdf(self, i: int) -> Doc:
        address = self.some_address()
        lines = ["家庭訪問 調査票", f"児童氏名　{self.pick(TENANTS)}", "保護者の住所", address, "通学路：徒歩15分"]
        return Doc(f"a6c_homevisit{i:03d}.pdf", _pdf(lines), {("ADDRESS", address_key(address))} | _SCORED)

    def xml_export(self, i: int) -> Doc:
        records, truth = [], set()
        for who in self.rng.sample(TENANTS, 3):
            address = self.pick([self.street(), self.farm(False), self.latin()])
            tag = self.pick(["address", "jusho", "addr"])
            records.append(f"  <member><name>{who}</name><{tag}>{address}</{tag}></member>")
            truth.add(("ADDRESS", address_key(address)))
        data = "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', "<members>", *records, "</members>"]).encode("utf-8")
        return Doc(f"a6c_members{i:03d}.xml", data, truth | _SCORED)

    def label_list_tsv(self, i: int) -> Doc:
        """A 宛名 list: 住所1 (prefecture and town) | 住所2 (block and building)."""
        lines, truth = ["宛名\t住所1\t住所2"], set()
        for who in self.rng.sample(TENANTS, 4):
            pref, city, town = self.pick(STREET_TOWNS + FARM_TOWNS)
            second = f"{town}{self.k(9)}-{self.k()}"
            lines.append(f"{who}\t{pref}{city}\t{second}{self.home()}")
            truth |= {("ADDRESS", address_key(pref + city)), ("ADDRESS", address_key(second))}
        return Doc(f"a6c_labels{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def english_mail_txt(self, i: int) -> Doc:
        address = self.latin()
        lines = ["Hi,", "Please send the documents to my home address:", "", self.pick(TENANTS), address, "", "Thanks"]
        return Doc(f"a6c_mail{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def reply_signature_txt(self, i: int) -> Doc:
        """A resident's own reply: 〒 and the address without prefecture, or none of them."""
        address = self.pick([self.farm(False), self.street(), self.village(False)])
        head = self.pick([f"〒{self.rng.randint(100, 999)}-{self.digits(4)} ", "", "自宅："])
        lines = ["町内会長様", "回覧板の件、承知しました。", "", self.pick(TENANTS), head + address, self.mobile()]
        return Doc(f"a6c_reply{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.tenants_csv, self.visit_txt, self.home_visit_pdf, self.xml_export, self.label_list_tsv,
                 self.english_mail_txt, self.reply_signature_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files and look-alikes ------------------------------------------------

    def clinic_news_txt(self, i: int) -> Doc:
        clinic, own = self.pick(CLINICS)
        _, city, town = self.pick(FARM_TOWNS)
        lines = [f"{clinic} だより", f"{town}バス停から徒歩{self.k(9)}分です。", f"{city}の運動公園で健康教室を開きます。",
                 f"地下鉄{self.pick(NORTH)}駅 {self.k(6)}番出口すぐ", f"〒 {own}"]
        return Doc(f"a6c_clean_news{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~ADDRESS", address_key(own))})

    def route_pdf(self, i: int) -> Doc:
        lines = ["配送ルート表", f"{self.pick(VILLAGES)[2]}方面 県道{self.k(200)}号線", f"{self.pick(KYO)[1]}を南へ",
                 f"第{self.k(5)}便 {self.k(12)}時発"]
        return Doc(f"a6c_clean_route{i:03d}.pdf", _pdf(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.clinic_news_txt, self.route_pdf]
        return [kinds[i % len(kinds)](i) for i in range(count)]
