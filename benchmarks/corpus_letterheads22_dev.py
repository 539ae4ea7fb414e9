"""Development corpus for issue 12's letterheads22 work: an organisation's letterhead at a
document's head (a title or not, its name of any kind, 〒 and address, TEL, FAX, mailbox, then
the record), the address in brackets after the name, a footer under a rule line; a person's
own values in the record, an addressee's block under the letterhead and a person's own block
(title, 〒 and address, a bare name) stay theirs. An organisation's value is a look-alike
`("~TYPE", value)`. Clean files: a letterhead over a price list that names nobody.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _e164, address_key

SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE"), ("*", "PHONE"), ("*", "EMAIL")}
BODIES = [("ヨガスタジオ", "しずく", "shizuku-yoga"), ("英会話", "オリーブ", "olive-eikaiwa"),
          ("着付け教室", "はなごろも", "hanagoromo"), ("ドッグトレーニング", "わんぱく舎", "wanpaku"),
          ("書道教室", "筆の里", "fudenosato"), ("ゲストハウス", "とまり木", "tomarigi")]
TITLES = ["体験レッスン 受付票", "入会申込書", "ご利用記録", "事故報告書", "お見積り"]
OFFICE_TOWNS = [("460-0008", "愛知県名古屋市中区栄"), ("730-0011", "広島県広島市中区基町"), ("980-0811", "宮城県仙台市青葉区一番町")]
TOWNS = [("080-0011", "北海道帯広市西1条南"), ("700-0822", "岡山県岡山市北区表町"), ("850-0853", "長崎県長崎市浜町"),
         ("920-0962", "石川県金沢市広坂"), ("890-0053", "鹿児島県鹿児島市中央町")]
NAMES = ["村瀬 千尋", "堀江 大地", "小松 七海", "安藤 拓真", "水野 莉子", "松岡 蓮"]
AREAS = ["0155", "086", "095", "076", "099"]


class DevLetterheads22:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 11 + 22)

    def _place(self, towns: list = TOWNS) -> tuple[str, str]:
        postal, town = self.rng.choice(towns)
        return postal, f"{town}{self.rng.randint(1, 5)}丁目{self.rng.randint(1, 20)}-{self.rng.randint(1, 30)}"

    def _landline(self) -> str:
        area = self.rng.choice(AREAS)
        return f"{area}-{self.rng.randint(20, 89) if len(area) == 4 else self.rng.randint(200, 899)}-{self.rng.randint(1000, 9999)}"

    def _mobile(self) -> str:
        return f"090-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def _own(self) -> tuple[str, str, str, str, str, set]:
        kind, name, domain = self.rng.choice(BODIES)
        postal, address = self._place(OFFICE_TOWNS)  # a customer of the same 町 shares its postal code: docs
        tel, mailbox = self._landline(), f"{self.rng.choice(['mail', 'lesson', 'kyoshitsu', 'yoyaku'])}@{domain}.example.jp"
        looks = {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)), ("~PHONE", _e164(tel)),
                 ("~EMAIL", mailbox)}
        return f"{kind} {name}", postal, address, tel, mailbox, looks

    def _record(self) -> tuple[str, set]:
        postal, home = self._place()
        mobile = self._mobile()
        text = (f"氏名：{self.rng.choice(NAMES)}\n住所：〒{postal} {home}\n携帯：{mobile}\n")
        return text, {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home)), ("PHONE", _e164(mobile))}

    def head(self, i: int) -> Doc:
        name, postal, address, tel, mailbox, looks = self._own()
        record, truth = self._record()
        title = f"{self.rng.choice(TITLES)}\n" if i % 2 else ""
        text = f"{title}{name}\n〒{postal} {address}\nTEL {tel}\nE-mail {mailbox}\n{record}"
        return Doc(f"lh22d_head{i:03d}.txt", text.encode(), truth | looks | SCORED)

    def bracketed(self, i: int) -> Doc:
        name, postal, address, tel, mailbox, looks = self._own()
        record, truth = self._record()
        text = f"{self.rng.choice(TITLES)}\n{name}（〒{postal} {address}）\n電話 {tel} / {mailbox}\n{record}"
        return Doc(f"lh22d_bracket{i:03d}.txt", text.encode(), truth | looks | SCORED)

    def footer(self, i: int) -> Doc:
        name, _, _, tel, _, _ = self._own()
        record, truth = self._record()
        text = f"{self.rng.choice(TITLES)}\n{record}\n――――――――――――\n{name} 事務\nTEL:{tel}  Mail:info@example.jp\n"
        return Doc(f"lh22d_footer{i:03d}.txt", text.encode(), truth | {("~PHONE", _e164(tel))} | SCORED)

    def addressee(self, i: int) -> Doc:
        name, postal, address, tel, _, looks = self._own()
        to_postal, to_home = self._place()
        text = (f"{name}\n〒{postal} {address}\nTEL {tel}\n〒{to_postal}\n{to_home}\n{self.rng.choice(NAMES)} 様\n"
                "会費のお振込みを確認いたしました。\n")
        truth = {("POSTAL_CODE", to_postal.replace("-", "")), ("ADDRESS", address_key(to_home))}
        return Doc(f"lh22d_addressee{i:03d}.txt", text.encode(), truth | looks - {l for l in looks if l[0] == "~EMAIL"} | SCORED)

    def own_block(self, i: int) -> Doc:
        postal, home = self._place()
        text = f"退会届\n〒{postal} {home}\n{self.rng.choice(NAMES)}\n一身上の都合により退会いたします。\n"
        return Doc(f"lh22d_own{i:03d}.txt", text.encode(),
                   {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home))} | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.head, self.bracketed, self.footer, self.addressee, self.own_block]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            name, postal, address, tel, mailbox, _ = self._own()
            text = f"料金表\n{name}\n〒{postal} {address}\nTEL {tel}\n入会金 5,000円\n月謝 8,000円\n"
            docs.append(Doc(f"lh22d_clean{i:03d}.txt", text.encode()))
        return docs
