"""Development corpus for issue 12's contacts16 work: a pharmacy's home-delivery desk and
a community centre write a person's phone right after the lot of their address, a
person's fax said on their address's line, a birth under a label written one letter a
line, and the contacts of the office a form goes to (提出先) beside the applicant's own.
The rules are tuned on this corpus only; benchmarks/corpus_contacts16_check.py (other
trades, layouts and lists) checks them.

Kinds: a delivery route mail (name様 address phone ／ item; the phone dashed, with its area
code in brackets or bare); a plot holders' list in ODT (plot, name, 〒, address, phone,
contract day); a sign-language interpreter request mail (依頼者 …さん / 場所 address　連絡は
FAXのみ phone); a club's entry form in Word, its labels one letter a line (氏 / 名, 生 / 年 /
月 / 日); an application in HTML closed by 提出先：facility 〒 address TEL mailbox; a
student's record with 本籍 (a place, no address). Clean files: a notice with only the
centre's 提出先 contacts; a price list.

Truth: a person's values are labelled for ADDRESS, PHONE, EMAIL and DATE_OF_BIRTH; the
office's values and a 本籍 read as an address are look-alikes `("~TYPE", value)`.
"""

from __future__ import annotations

from datetime import date, timedelta

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import odf_bytes
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "EMAIL", "DATE_OF_BIRTH")
_SCORED = {("*", entity) for entity in SCORED}
TOWNS = [("静岡県", "浜松市中区", "元城町"), ("長野県", "松本市", "大手"), ("群馬県", "太田市", "浜町"),
         ("岐阜県", "大垣市", "郭町"), ("三重県", "津市", "丸之内")]
BUILDINGS = ["コーポ緑", "メゾン桜", "ハイツ若葉"]
PEOPLE = ["杉浦 秀明", "森本 健太", "川口 里奈", "平野 早苗", "宮下 大輔", "石原 千尋"]
ITEMS = ["在宅酸素の交換用品", "経管栄養剤", "湿布薬", "介護用おむつ"]
FACILITIES = [("子育て支援ハウス ひだまり", "hidamari"), ("ケアハウス こもれび", "komorebi"),
              ("地域交流センター あおば", "aoba-center")]
DOMICILE_TOWNS = ["長野県佐久市春日", "愛知県清須市春日", "高知県四万十市中村", "福島県郡山市朝日"]


class DevContacts16(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 1616)

    def address(self, building: bool = False) -> str:
        pref, city, town = self.pick(TOWNS)
        lot = self.pick([f"{self.n(5)}-{self.n(20)}-{self.n(9)}", f"{self.n(2000)}番地{self.n(9)}",
                         f"{self.n(5)}-{self.n(30)}"])
        return f"{pref}{city}{town}{lot}" + (f" {self.pick(BUILDINGS)}{self.n(3)}0{self.n(9)}" if building else "")

    def phone_written(self) -> str:
        """A landline dashed, with its area code in brackets, or bare."""
        area, exchange, line = self.landline().split("-")
        return self.pick([f"{area}-{exchange}-{line}", f"{area}({exchange}){line}", f"{area}{exchange}{line}"])

    def birth(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.rng.randrange(60 * 365))

    @staticmethod
    def truth(addresses=(), phones=(), mails=(), births=(), their_addresses=(), their_phones=(),
              their_mails=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("EMAIL", m.lower()) for m in mails} | {("DATE_OF_BIRTH", b.isoformat()) for b in births}
                | {("~ADDRESS", address_key(a)) for a in their_addresses}
                | {("~PHONE", _e164(p)) for p in their_phones} | {("~EMAIL", m.lower()) for m in their_mails}
                | _SCORED)

    def route_eml(self, i: int) -> Doc:
        lines, seen = ["本日の配達先です。"], self.truth()
        for who in self.rng.sample(PEOPLE, 4):
            home, phone = self.address(self.rng.random() < 0.3), self.phone_written()
            lines.append(f"{who.replace(' ', '')}様 {home} {phone} ／ {self.pick(ITEMS)}")
            seen |= self.truth([home], [phone])
        data = w.make_eml("配達ルート", "info@example.jp", "driver@example.jp", "\n".join(lines) + "\n")
        return Doc(f"c16d_route{i:03d}.eml", data, seen)

    def plots_odt(self, i: int) -> Doc:
        lines, seen = ["貸し農園 契約者一覧"], self.truth()
        for n, who in enumerate(self.rng.sample(PEOPLE, 4), 1):
            home, phone = self.address(), self.phone_written()
            lines.append(f"A-{n} {who} 〒{self.postal().replace('-', '')} {home} {phone} 契約 令和{self.n(7)}年4月1日")
            seen |= self.truth([home], [phone])
        return Doc(f"c16d_plots{i:03d}.odt", odf_bytes("text", lines), seen)

    def interpreter_eml(self, i: int) -> Doc:
        who, place, fax = self.pick(PEOPLE), self.address(), self.phone_written()
        body = (f"{self.pick(PEOPLE)}さん\n来週の派遣依頼です。\n依頼者 {who}さん（聴覚障害）\n"
                f"場所 {place}　連絡はFAXのみ {fax}\n")
        data = w.make_eml("派遣依頼", "haken@example.jp", "coord@example.jp", body)
        return Doc(f"c16d_interpreter{i:03d}.eml", data, self.truth([place], [fax]))

    def entry_docx(self, i: int) -> Doc:
        who, born, home, phone = self.pick(PEOPLE), self.birth(), self.address(True), self.landline()
        lines = ["将棋クラブ　入会申込書", f"令和8年{self.n(12)}月{self.n(28)}日申込", "氏", "名", who,
                 "生", "年", "月", "日", f"{born.year} 年 {born.month} 月 {born.day} 日", f"{home}（現住所）",
                 f"{phone}（自宅）"]
        return Doc(f"c16d_entry{i:03d}.docx", _docx(lines), self.truth([home], [phone], births=[born]))

    def application_html(self, i: int) -> Doc:
        who, home, mobile = self.pick(PEOPLE), self.address(), self.mobile().replace("-", "")
        facility, box = self.pick(FACILITIES)
        office, office_tel, mailbox = self.address(), self.landline(), f"{box}@example.jp"
        rows = ["利用申請書", f"申請者氏名 {who}", f"住所 〒{self.postal()} {home}", f"連絡先 {mobile}",
                f"提出先：{facility}　〒{self.postal()} {office}　TEL {office_tel}　{mailbox}"]
        html = "<html><body>" + "".join(f"<p>{r}</p>" for r in rows) + "</body></html>"
        return Doc(f"c16d_application{i:03d}.html", html.encode("utf-8"),
                   self.truth([home], [mobile], their_addresses=[office], their_phones=[office_tel],
                              their_mails=[mailbox]))

    def record_docx(self, i: int) -> Doc:
        who, home, phone, domicile = self.pick(PEOPLE), self.address(), self.landline(), self.pick(DOMICILE_TOWNS)
        lines = ["生徒身上書", f"生徒氏名 {who}", f"現住所 {home}　電話 {phone}", f"本籍 {domicile}",
                 "家族構成 父・母・本人"]
        return Doc(f"c16d_record{i:03d}.docx", _docx(lines), self.truth([home], [phone], their_addresses=[domicile]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.route_eml, self.plots_odt, self.interpreter_eml, self.entry_docx, self.application_html,
                 self.record_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_html, self.price_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def notice_html(self, i: int) -> Doc:
        facility, box = self.pick(FACILITIES)
        rows = ["利用申請のご案内", "申請書に記入のうえ、下記へご提出ください。",
                f"提出先：{facility}　〒{self.postal()} {self.address()}　TEL {self.landline()}　{box}@example.jp"]
        html = "<html><body>" + "".join(f"<p>{r}</p>" for r in rows) + "</body></html>"
        return Doc(f"c16d_clean_notice{i:03d}.html", html.encode("utf-8"))

    def price_txt(self, i: int) -> Doc:
        lines = ["配達料金表", f"市内 {self.n(9)}00円", f"市外 {self.n(9)}00円", f"品番 KX-{self.n(99)} 0{self.digits(9)}"]
        return Doc(f"c16d_clean_price{i:03d}.txt", "\n".join(lines).encode("utf-8"))
