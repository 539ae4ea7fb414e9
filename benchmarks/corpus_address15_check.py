"""Check corpus for issue 12's address15 work, written apart from
benchmarks/corpus_address15_dev.py (no town, building, street, name or firm in common,
no document kind in common): mailing labels in a Word file, the closing of a personal
letter in HTML, a register of foreign residents with their home country's address, a
share house's tenants, a counsellor's note in Kyoto, a one-line JSON of a web form, a
sheet keeping the address to its 丁目; look-alikes: a company's footer, a branch list, a
firm's office abroad, a list of 大口事業所 postal codes, a catalogue's model numbers. The
rules are never tuned on it.

Truth: positives are labelled for ADDRESS and POSTAL_CODE only; an organisation's own
address is a look-alike `("~ADDRESS", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

_SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE")}
LOCALITIES = [("松戸市", "常盤平"), ("岡崎市", "康生通西"), ("四日市市", "鵜の森"), ("枚方市", "香里ケ丘"),
              ("倉敷市", "中島"), ("久留米市", "東合川")]
LODGINGS = ["若葉荘", "ひまわり寮", "桜井"]
LATIN_HALLS = ["Residence Hikari", "Blue Terrace", "Villa Nova"]
HOMELAND = [("Oak Road", "Leeds", "LS6 2AB", "United Kingdom"), ("Pine Drive", "Vancouver", "BC V6B 1A1", "Canada"),
            ("Elm Court", "Brisbane", "QLD 4000", "Australia")]
ROMAN = [("Higashi-Sakura", "Higashi-ku", "Nagoya"), ("Kita-Horie", "Nishi-ku", "Osaka")]
KYO = [("上京区", "堀川通", "今出川", "西入", "北舟橋町"), ("東山区", "大和大路通", "四条", "下る", "博多町")]
TENANTS = ["村瀬 亜紀", "Nguyen Van An", "宇野 恭平", "瀬川 ひより", "Silva Ana"]
CORPS = [("北斗システム株式会社", "福山市西町1-1-1"), ("有限会社まるや", "長岡市城内町3-5-2")]
BRANCHES = [("柏支店", "柏市末広町5-3"), ("流山支店", "流山市南流山2-1-4")]


class CheckAddress15(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 1551)

    def street(self) -> str:
        city, area = self.pick(LOCALITIES)
        a, b, c = self.n(7), self.n(40), self.n(30)
        return city + area + self.pick([f"{a}丁目{b}-{c}", f"{a}‐{b}‐{c}", f"{self.rng.randint(100, 3000)}番地{self.n(9)}"])

    # --- positives ---------------------------------------------------------------

    def labels_docx(self, i: int) -> Doc:
        """Mailing labels: the address on its line, in care of a lodging, the name with 様."""
        lines, truth = ["宛名ラベル"], set()
        for who in self.rng.sample(TENANTS, 3):
            address = self.street()
            lines += [address + self.pick(["", f"　{self.pick(LODGINGS)}気付"]), f"{who} 様", ""]
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"c15_labels{i:03d}.docx", _docx(lines), truth | _SCORED)

    def letter_html(self, i: int) -> Doc:
        """A personal letter's closing: the writer's address and name under the text."""
        address = self.street()
        paragraphs = ["拝啓", "先日はありがとうございました。", "敬具", "令和7年11月3日", address, self.pick(TENANTS)]
        html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
        return Doc(f"c15_letter{i:03d}.html", html.encode(), {("ADDRESS", address_key(address))} | _SCORED)

    def residents_xlsx(self, i: int) -> Doc:
        rows, truth = [["在留者台帳"], ["氏名", "本国住所", "国内住所"]], set()
        for who in self.rng.sample(TENANTS, 3):
            road, city, code, country = self.pick(HOMELAND)
            abroad = f"{self.rng.randint(2, 480)} {road}, {city} {code}"
            rows.append([who, f"{abroad}, {country}", self.street()])
            truth |= {("ADDRESS", address_key(abroad)), ("ADDRESS", address_key(rows[-1][2]))}
        return Doc(f"c15_residents{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def share_house_tsv(self, i: int) -> Doc:
        rows, truth = ["入居者\t連絡先住所"], set()
        for who in self.rng.sample(TENANTS, 3):
            address = f"{self.street()} {self.pick(LATIN_HALLS)} {self.n(3)}{self.n(9):02d}"
            rows.append(f"{who}\t{address}")
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"c15_house{i:03d}.tsv", "\n".join(rows).encode(), truth | _SCORED)

    def counsel_docx(self, i: int) -> Doc:
        ward, way, cross, turn, town = self.pick(KYO)
        address = f"京都市{ward}{way}{cross}{turn}{town}{self.rng.randint(1, 900)}番地"
        lines = ["相談記録", f"相談者は{address}で母親と暮らしている。", "次回は来月に面談。"]
        return Doc(f"c15_counsel{i:03d}.docx", _docx(lines), {("ADDRESS", address_key(address))} | _SCORED)

    def webform_json(self, i: int) -> Doc:
        town, ward, city = self.pick(ROMAN)
        address = self.pick([f"{self.n(6)}-{self.n(20)}-{self.n(9)} {town}, {ward}, {city}", self.street()])
        record = {"form": "inquiry", "fullName": self.pick(TENANTS), "homeAddress": address}
        return Doc(f"c15_form{i:03d}.json", json.dumps(record, ensure_ascii=False).encode(), {("ADDRESS", address_key(address))} | _SCORED)

    def district_csv(self, i: int) -> Doc:
        rows, truth = ["受付番号,氏名,現住所"], set()
        for k, who in enumerate(self.rng.sample(TENANTS, 3)):
            city, area = self.pick(LOCALITIES)
            address = f"{city}{area}{self.pick(['六', '七', '8'])}丁目"
            rows.append(f"{k + 1},{who},{address}")
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"c15_district{i:03d}.csv", "\n".join(rows).encode(), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.labels_docx, self.letter_html, self.residents_xlsx, self.share_house_tsv, self.counsel_docx,
                 self.webform_json, self.district_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files -------------------------------------------------

    def footer_html(self, i: int) -> Doc:
        corp, office = self.pick(CORPS)
        html = f"<html><body><p>製品情報</p><footer><p>{corp}</p><p>{office}</p><p>TEL {self.landline()}</p></footer></body></html>"
        return Doc(f"c15_site{i:03d}.html", html.encode(), {("~ADDRESS", address_key(office))} | _SCORED)

    def branches_csv(self, i: int) -> Doc:
        rows = ["拠点,所在地"] + [f"{name},{place}" for name, place in BRANCHES]
        return Doc(f"c15_branches{i:03d}.csv", "\n".join(rows).encode(),
                   {("~ADDRESS", address_key(place)) for _, place in BRANCHES} | _SCORED)

    def overseas_docx(self, i: int) -> Doc:
        road, city, code, _ = self.pick(HOMELAND)
        office = f"{self.rng.randint(100, 900)} {road}, {city} {code}"
        return Doc(f"c15_overseas{i:03d}.docx", _docx(["取引先", "Global Trade Ltd.", f"Headquarters: {office}"]),
                   {("~ADDRESS", address_key(office))} | _SCORED)

    def business_codes_txt(self, i: int) -> Doc:
        lines = ["大口事業所個別番号の一覧"] + [f"〒{c}-8{self.digits(3)}　{n}" for c, n in (("530", "北浜税務署"), ("980", "青葉区役所"))]
        return Doc(f"c15_clean_bizcodes{i:03d}.txt", "\n".join(lines).encode())

    def catalogue_docx(self, i: int) -> Doc:
        lines = ["部品カタログ"] + [f"型番 {self.rng.randint(100, 999)}-{self.digits(4)}　ねじ M{self.n(8)}" for _ in range(3)]
        return Doc(f"c15_clean_catalogue{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.footer_html, self.branches_csv, self.overseas_docx, self.business_codes_txt, self.catalogue_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
