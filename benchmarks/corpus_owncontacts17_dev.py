"""Development corpus for issue 12's owncontacts17 work: the organisation's own contacts
in a footer, a mail's header and a payment line, beside the people its records are about.
The rules are tuned on this corpus only; benchmarks/corpus_owncontacts17_check.py (other
trades, layouts and words) checks them.

Kinds: a member card's copies as a PDF, a page each, every page closed by the body's
one-line footer (name 〒 address TEL … E-mail …); an office's sent mail (mbox) between two
of its desks named for a post or a site (honsha@, incho@), a person's mobile in the body; a
volunteer group's visit log in ODT closed by the group's footer (…の会); a booking
confirmation mail to a customer (様) closed by a service's footer (…サービス カナ名); a guest
register in HTML whose page line gives the inn's account to pay into (振込先 … 名義 カナ).
Clean files: a notice with only the body's footer; a price page with the inn's account.

Truth: a person's values are labelled for ADDRESS, PHONE, EMAIL and BANK_ACCOUNT; the
body's own values are look-alikes `("~TYPE", value)`.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _e164, _written, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import odf_bytes
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "EMAIL", "BANK_ACCOUNT")
_SCORED = {("*", entity) for entity in SCORED}
TOWNS = [("岡山県", "倉敷市", "阿知"), ("広島県", "福山市", "霞町"), ("山口県", "下関市", "竹崎町"),
         ("香川県", "丸亀市", "大手町"), ("徳島県", "鳴門市", "撫養町")]
PEOPLE = [("坂巻 俊介", "s.sakamaki"), ("井筒 麻衣", "mai.izutsu"), ("国分 拓海", "takumi.kokubu"),
          ("塩谷 恵理", "eri.shioya"), ("飯島 陽平", "yohei.iijima"), ("久米 沙織", "saori.kume")]
FREE = ["example.ne.jp", "mail.example.jp", "example.co.jp"]
# (the body's name as its footer writes it, its domain's word, a desk's local part that names no one)
BODIES = [("さくら台自動車学校", "sakuradai-ds", "sorairo"), ("ひまわり子育てを支える会", "himawari-kosodate", "kyuka"),
          ("つばさ訪問入浴の会", "tsubasa-nyuyoku", "kazeno")]
SERVICES = [("出張理美容サービス ルミナス", "luminous"), ("家庭教師サービス ブライト", "bright-kt"),
            ("家事支援サービス ミントリーフ", "mintleaf")]
DESKS = ["honsha", "shisha", "incho", "shocho", "kocho", "daihyo"]
INNS = [("しおさい荘", "シオサイソウ"), ("やまびこ亭", "ヤマビコテイ"), ("花水木館", "ハナミズキカン")]
BANKS = ["瀬戸内銀行 港町支店", "山陽信用金庫 本店", "四国銀行 駅前支店"]


class DevOwnContacts17(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 1717)

    def address(self) -> str:
        pref, city, town = self.pick(TOWNS)
        return f"{pref}{city}{town}{self.n(5)}-{self.n(20)}-{self.n(9)}"

    @staticmethod
    def truth(addresses=(), phones=(), mails=(), accounts=(), their_addresses=(), their_phones=(), their_mails=(),
              their_accounts=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("EMAIL", m.lower()) for m in mails} | {("BANK_ACCOUNT", a) for a in accounts}
                | {("~ADDRESS", address_key(a)) for a in their_addresses}
                | {("~PHONE", _e164(p)) for p in their_phones} | {("~EMAIL", m.lower()) for m in their_mails}
                | {("~BANK_ACCOUNT", a) for a in their_accounts} | _SCORED)

    def footer(self, name: str, domain: str, desk: str) -> tuple[str, set]:
        office, tel, box = self.address(), self.landline(), f"{desk}@{domain}-example.jp"
        line = f"{name}　〒{self.postal()} {office}　TEL {tel}　E-mail {box}"
        return line, self.truth(their_addresses=[office], their_phones=[tel], their_mails=[box])

    def cards_pdf(self, i: int) -> Doc:
        name, domain, desk = self.pick(BODIES)
        footer, theirs = self.footer(name, domain, desk)  # the same footer on every page
        pages, seen = [], self.truth()
        for who, _ in self.rng.sample(PEOPLE, 3):
            home, mobile = self.address(), self.mobile()
            pages.append(["会員カード（控）", "", f"会員番号 {self.digits(5)}", "", f"氏名 {who}", "",
                          f"住所 {home}", "", f"電話 {mobile}", "", footer])
            seen |= self.truth([home], [mobile]) | theirs
        return Doc(f"c17d_cards{i:03d}.pdf", _written(".pdf", lambda path: w.write_pdf(path, pages)), seen)

    def office_mbox(self, i: int) -> Doc:
        domain = f"{self.pick(BODIES)[1]}-example.jp"
        messages, seen = [], self.truth()
        for n in range(2):
            sender, to = (f"{d}@{domain}" for d in self.rng.sample(DESKS, 2))
            who, _ = self.pick(PEOPLE)
            mobile = self.mobile()
            body = f"各位\n\n{who}さんの件、書類を回付します。\n至急の場合は本人の携帯 {mobile} へ。\n"
            messages.append(w.make_eml(f"回付 {n + 1}", sender, to, body))
            seen |= self.truth(phones=[mobile], their_mails=[sender, to])
        return Doc(f"c17d_office{i:03d}.mbox", w.mbox_bytes(messages), seen)

    def visits_odt(self, i: int) -> Doc:
        name, domain, desk = self.pick(BODIES[1:])
        lines, seen = ["訪問ボランティア活動記録", ""], self.truth()
        for who, local in self.rng.sample(PEOPLE, 3):
            mobile, mail = self.mobile(), f"{local}@{self.pick(FREE)}"
            lines += [f"{self.n(28)}日　{who}さんが訪問。", f"　連絡先（ボランティア）{mobile}　{mail}"]
            seen |= self.truth(phones=[mobile], mails=[mail])
        footer, theirs = self.footer(name, domain, desk)
        return Doc(f"c17d_visits{i:03d}.odt", odf_bytes("text", lines + ["", footer]), seen | theirs)

    def booking_eml(self, i: int) -> Doc:
        (who, local), (service, domain) = self.pick(PEOPLE), self.pick(SERVICES)
        home, mobile = self.address(), self.mobile()
        footer, theirs = self.footer(service, domain, "info")
        body = (f"{who.replace(' ', '')} 様\n\nご予約ありがとうございます。以下の内容で承りました。\n"
                f"訪問先：〒{self.postal()} {home}\nご連絡先：{mobile}\n"
                f"備考：ご家族が足を悪くされているため、玄関先での対応をご希望\n初回訪問日：2026/{self.n(12)}/{self.n(28)}\n\n"
                f"{footer}\n")
        customer = f"{local}@{self.pick(FREE)}"
        data = w.make_eml("ご予約内容の確認", f"info@{domain}-example.jp", customer, body)
        return Doc(f"c17d_booking{i:03d}.eml", data, self.truth([home], [mobile], [customer]) | theirs)

    def register_html(self, i: int) -> Doc:
        inn, kana = self.pick(INNS)
        account = self.account()
        rows, seen = [], self.truth(their_accounts=[account])
        for who, _ in self.rng.sample(PEOPLE, 3):
            phone = self.mobile()
            rows.append(f"<tr><td>2026/{self.n(12)}/{self.n(28)}</td><td>{who}</td><td>{phone}</td></tr>")
            seen |= self.truth(phones=[phone])
        html = (f"<html><body><h1>宿泊者名簿</h1><p>{inn}</p>"
                f"<p>振込先：{self.pick(BANKS)} 普通 {account} 名義 {kana}</p>"
                "<table><tr><th>到着日</th><th>氏名</th><th>電話</th></tr>" + "".join(rows) + "</table></body></html>")
        return Doc(f"c17d_register{i:03d}.html", html.encode("utf-8"), seen)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.cards_pdf, self.office_mbox, self.visits_odt, self.booking_eml, self.register_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_txt, self.prices_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def notice_txt(self, i: int) -> Doc:
        footer, _ = self.footer(*self.pick(BODIES))
        text = f"次回研修のお知らせ\n\n次回の研修は{self.n(12)}月{self.n(28)}日です。\n\n{footer}\n"
        return Doc(f"c17d_clean_notice{i:03d}.txt", text.encode("utf-8"))

    def prices_html(self, i: int) -> Doc:
        inn, kana = self.pick(INNS)
        html = (f"<html><body><h1>{inn} 料金表</h1><p>一泊二食 {self.n(9)}000円</p>"
                f"<p>振込先：{self.pick(BANKS)} 普通 {self.account()} 名義 {kana}</p></body></html>")
        return Doc(f"c17d_clean_prices{i:03d}.html", html.encode("utf-8"))
