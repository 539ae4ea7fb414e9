"""Check corpus for issue 12's letterheads22 work, written apart from the development one (no
template or word list in common): a PDF-like head whose lines stand apart (Tel. / Fax. /
Mail:), an English-named business's head, a footer under ＝＝＝ with ☎ and ✉, a mail to a
desk whose subject names the sender, and a person's own contacts that must stay: a mail
signature under -- naming its writer, a sheet that opens with a person's name and home.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _e164, address_key

SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE"), ("*", "PHONE"), ("*", "EMAIL")}
SHOPS = [("Pottery Studio", "Kamado", "kamado"), ("Bicycle Repair", "Rin", "rin-cycle"),
         ("珈琲焙煎所", "まめ蔵", "mamegura"), ("鍼灸院", "ほぐしの杜", "hogushi"), ("写真館", "光陽", "koyo-photo")]
HEADINGS = ["施術カルテ", "修理受付伝票", "撮影申込書", "出張依頼書"]
PLACES = [("370-0841", "群馬県高崎市栄町"), ("640-8033", "和歌山県和歌山市本町"), ("680-0831", "鳥取県鳥取市栄町"),
          ("514-0009", "三重県津市羽所町"), ("960-8041", "福島県福島市大町")]
SHOP_PLACES = [("812-0011", "福岡県福岡市博多区博多駅前"), ("260-0013", "千葉県千葉市中央区中央")]
CLIENTS = ["樋口 遥", "大西 直人", "菅野 美月", "荒木 航", "桑原 彩花"]
EXCHANGES = ["027", "073", "0857", "059", "024"]
DESK_WORDS = ["uketsuke", "yoyaku", "hogo", "kyujin-madoguchi"]


class CheckLetterheads22:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 13 + 2)

    def _site(self, places: list = PLACES) -> tuple[str, str]:
        postal, street = self.rng.choice(places)
        return postal, f"{street}{self.rng.randint(2, 9)}-{self.rng.randint(1, 25)}"

    def _tel(self) -> str:
        area = self.rng.choice(EXCHANGES)
        middle = self.rng.randint(20, 99) if len(area) == 4 else self.rng.randint(200, 999)
        return f"{area}-{middle}-{self.rng.randint(1000, 9999)}"

    def _client(self) -> tuple[str, set]:
        postal, home = self._site()
        mobile = f"080-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        text = f"お客様 {self.rng.choice(CLIENTS)} 様（ご自宅 〒{postal} {home}）\nご連絡先 {mobile}\n"
        return text, {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home)), ("PHONE", _e164(mobile))}

    def spaced_head(self, i: int) -> Doc:
        kind, name, domain = self.rng.choice(SHOPS)
        postal, site = self._site(SHOP_PLACES)
        tel, fax = self._tel(), self._tel()
        mailbox = f"{domain}.shop@example.ne.jp"
        client, truth = self._client()
        text = (f"{self.rng.choice(HEADINGS)}\n\n{kind} {name}\n\n〒{postal}\n\n{site}\n\nTel. {tel}　Fax. {fax}\n\n"
                f"Mail: {mailbox}\n\n{client}")
        looks = {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(site)), ("~PHONE", _e164(tel)),
                 ("~PHONE", _e164(fax)), ("~EMAIL", mailbox)}
        return Doc(f"lh22c_head{i:03d}.txt", text.encode(), truth | looks | SCORED)

    def framed_footer(self, i: int) -> Doc:
        kind, name, domain = self.rng.choice(SHOPS)
        tel = self._tel()
        client, truth = self._client()
        text = (f"{self.rng.choice(HEADINGS)}\n{client}ご依頼内容：定期点検\n\n＝＝＝＝＝＝＝＝＝＝\n{name}（{kind}）\n"
                f"☎ {tel}\n✉ {domain}@example.org\n")
        looks = {("~PHONE", _e164(tel)), ("~EMAIL", f"{domain}@example.org")}
        return Doc(f"lh22c_footer{i:03d}.txt", text.encode(), truth | looks | SCORED)

    def mail_to_desk(self, i: int) -> Doc:
        client = self.rng.choice(CLIENTS)
        sender = f"k{self.rng.randint(10, 99)}.{['higuchi', 'onishi', 'kanno', 'araki'][i % 4]}@example.com"
        desk = f"{self.rng.choice(DESK_WORDS)}@town-office.example.lg.jp"
        text = (f"From: {sender}\nTo: {desk}\nSubject: ご相談（{client}）\nDate: Mon, 7 Dec 2026 09:00:00 +0900\n"
                "Content-Type: text/plain; charset=utf-8\n\nよろしくお願いいたします。\n")
        return Doc(f"lh22c_mail{i:03d}.eml", text.encode(), {("EMAIL", sender), ("~EMAIL", desk)} | SCORED)

    def signed_mail(self, i: int) -> Doc:
        mobile = f"070-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        text = f"先日はありがとうございました。\n写真の件、確認しました。\n\n--\n{self.rng.choice(CLIENTS)}\n携帯 {mobile}\n"
        return Doc(f"lh22c_signed{i:03d}.txt", text.encode(), {("PHONE", _e164(mobile))} | SCORED)

    def persons_sheet(self, i: int) -> Doc:
        postal, home = self._site()
        tel = self._tel()
        text = f"{self.rng.choice(CLIENTS)}\n〒{postal} {home}\nTEL {tel}\n希望日：12月20日\n"
        truth = {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home)), ("PHONE", _e164(tel))}
        return Doc(f"lh22c_sheet{i:03d}.txt", text.encode(), truth | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.spaced_head, self.framed_footer, self.mail_to_desk, self.signed_mail, self.persons_sheet]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            kind, name, domain = self.rng.choice(SHOPS)
            postal, site = self._site()
            text = f"{kind} {name} 営業日のお知らせ\n〒{postal} {site}\nTel. {self._tel()}\n年末年始は休業します。\n"
            docs.append(Doc(f"lh22c_clean{i:03d}.txt", text.encode()))
        return docs
