"""Development corpus for issue 12's contacts24 work, read by where a contact stands: a delimited
roster (one record a line, ／ | or tab between fields) with some phones written bare in the phone
field; a bare number in brackets after a member's title; a person's post naming a body on the line
above their number; a circle's mail to a unit head's mailbox (kumicho@…); and the office's own
contacts around them — a roster under the office's head, a 事務局 block in the middle of a circular,
a quoted signature in a reply. An organisation's value is a look-alike `("~TYPE", value)`.
Clean files: a circular's office block alone.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _e164, address_key

SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE"), ("*", "PHONE"), ("*", "EMAIL")}
BODIES = [("川辺地区 子ども会育成会", "kawabe-kodomo"), ("みなと手話サークル", "minato-shuwa"),
          ("北町消防団 第三分団", "kitamachi-shobo"), ("ひまわり合唱団", "himawari-chorus")]
POSTS = ["kumicho", "hancho", "iincho", "dancho"]
NAMES = ["宮坂 里穂", "今津 航", "上条 紗英", "荻原 健斗", "須田 美玲", "早川 湊", "片桐 陽菜", "内藤 大和"]
ROLES = ["ソプラノ", "アルト", "テノール", "バス"]
AREAS = [("0266", 2), ("0263", 2), ("026", 3), ("0265", 2)]
TOWNS = [("392-0027", "長野県諏訪市湖岸通り"), ("390-0811", "長野県松本市中央"), ("380-0836", "長野県長野市南県町")]
UNIONS = ["県教組", "市職労", "全日自労"]


class DevContacts24:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 13 + 24)

    def _landline(self, bare: bool = False) -> tuple[str, str]:
        import phonenumbers

        valid = False
        while not valid:  # drawn again where no exchange is allotted
            area, width = self.rng.choice(AREAS)
            local = f"{self.rng.randint(10 ** (width - 1) * 2, 10 ** width - 1)}"
            line = f"{self.rng.randint(1000, 9999)}"
            valid = phonenumbers.is_valid_number(phonenumbers.parse(f"{area}-{local}-{line}", "JP"))
        written = f"{area}{local}{line}" if bare else f"{area}-{local}-{line}"
        return written, _e164(f"{area}-{local}-{line}")

    def _mobile(self) -> tuple[str, str]:
        written = f"0{self.rng.choice('789')}0-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        return written, _e164(written)

    def _office(self) -> tuple[str, str, str, str, set]:
        body, domain = self.rng.choice(BODIES)
        postal, town = self.rng.choice(TOWNS)
        address = f"{town}{self.rng.randint(1, 4)}丁目{self.rng.randint(1, 20)}-{self.rng.randint(1, 9)}"
        tel, tel_key = self._landline()
        looks = {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)), ("~PHONE", tel_key)}
        return body, f"〒{postal} {address}", tel, domain, looks

    def roster(self, i: int) -> Doc:
        sep = ["／", " | ", "\t"][i % 3]
        body, place, tel, _, looks = self._office()
        lines, truth = [f"{body} 名簿（役員限り）", place, f"TEL {tel}", ""], set()
        for n, name in enumerate(self.rng.sample(NAMES, 5)):
            phone, key = self._landline(bare=True) if n in (1, 3) else self._mobile()
            lines.append(sep.join((name, self.rng.choice(ROLES), phone, f"{self.rng.randint(1, 12)}月入会")))
            truth.add(("PHONE", key))
        return Doc(f"c24d_roster{i:03d}.txt", "\n".join(lines).encode(), truth | looks | SCORED)

    def bracketed(self, i: int) -> Doc:
        phone, key = self._landline(bare=True)
        title = self.rng.choice(["団員", "部員", "会員", "君"])
        text = (f"活動報告\n先日の訓練で、{self.rng.choice(NAMES).replace(' ', '')}{title}（{phone}）が転倒し、"
                "膝を打撲しました。\n次回は安全確認を徹底します。\n")
        return Doc(f"c24d_bracket{i:03d}.txt", text.encode(), {("PHONE", key)} | SCORED)

    def post_above(self, i: int) -> Doc:
        mobile, key = self._mobile()
        post = self.rng.choice(["の支部書記長", "の本部執行委員", "の支部長"])
        text = (f"面談記録\n● {self.rng.choice(NAMES)} 様\n  照会の際、人事の方から「本人は{self.rng.choice(UNIONS)}{post}」と伺った。\n"
                f"  連絡先 {mobile}  記録 {self.rng.choice(NAMES).split()[0]}\n")
        return Doc(f"c24d_post{i:03d}.txt", text.encode(), {("PHONE", key)} | SCORED)

    def circular_mail(self, i: int) -> Doc:
        body, place, tel, domain, looks = self._office()
        name = self.rng.choice(NAMES)
        mobile, key = self._mobile()
        text = (f"From: {body} 事務局 <jimukyoku@{domain}.example.jp>\nTo: {self.rng.choice(POSTS)}@{domain}.example.jp\n"
                f"Subject: 連絡\n\n各位\n{name}さん（{mobile}）が今月から加わります。\n"
                f"――――――――\n{body} 事務局\n{place}\nTEL {tel}\n")
        return Doc(f"c24d_mail{i:03d}.eml", text.encode(), {("PHONE", key)} | looks | SCORED)

    def middle_block(self, i: int) -> Doc:
        body, place, tel, _, looks = self._office()
        mobile, key = self._mobile()
        text = (f"{body}だより 第{i + 3}号\n秋の行事のお知らせです。\n\n【申込・問合せ】{body} 事務局\n{place}\nTEL {tel}\n\n"
                f"【当日の連絡】引率 {self.rng.choice(NAMES)}（携帯 {mobile}）\n")
        return Doc(f"c24d_middle{i:03d}.txt", text.encode(), {("PHONE", key)} | looks | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.roster, self.bracketed, self.post_above, self.circular_mail, self.middle_block]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            body, place, tel, _, _ = self._office()
            text = f"{body}だより\n雨天中止の場合は前日にお知らせします。\n\n{body} 事務局\n{place}\nTEL {tel}\n"
            docs.append(Doc(f"c24d_clean{i:03d}.txt", text.encode()))
        return docs
