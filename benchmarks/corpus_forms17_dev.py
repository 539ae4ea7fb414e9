"""Development corpus for issue 12's forms17 work: a nursery's and a clinic's forms give a
person's workplace phone with no workplace named (保護者（父）：… 勤務先電話 …, 連絡先（勤務先）),
an inn's register a card beside a passport number (旅券番号), and a booking page saved from
a browser its values in form fields and hidden inputs. The rules are tuned on this corpus
only; benchmarks/corpus_forms17_check.py (other trades, layouts and words) checks them.

Kinds: a 園児票 in Word (two guardians a line each: name, workplace phone, mailbox); a
問診票 as text (日中の連絡先（勤務先）); an inn's 宿泊者名簿 in HTML (arrival, name, 旅券番号,
電話, カード); a booking form saved as HTML (typed values in <input>, the card in a hidden
field). Look-alikes: a named employer's phone (勤務先：… 勤務先電話 …), the inn's own phone in
its footer, goods codes passing Luhn in a price page's hidden fields and data- attributes.
Clean files: the inn's notice; a price page.

Truth: PHONE and CREDIT_CARD; look-alikes `("~TYPE", value)`.
"""

from __future__ import annotations

from stdnum import luhn

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_orgown3_dev import OrgNumbers

SCORED = ("PHONE", "CREDIT_CARD")
_SCORED = {("*", entity) for entity in SCORED}
CHILDREN = ["川島 ひなた", "野口 蒼", "堀 結菜", "宮本 湊", "秋山 陽葵"]
GUARDIANS = [("川島 沙織", "川島 大樹"), ("野口 千春", "野口 健太郎"), ("堀 真由", "堀 真一"), ("宮本 恭子", "宮本 亮")]
WORK_LABELS = ["勤務先電話 ", "勤務先TEL：", "連絡先（勤務先）", "勤め先 ℡ ", "勤務先 "]
EMPLOYERS = ["みどり運輸", "株式会社ツバサ精機", "（有）西田塗装", "ひまわり青果"]
GUESTS = [("LE VAN AN", "ベトナム"), ("MARIA SANTOS", "フィリピン"), ("KIM MINJUN", "韓国"), ("寺田 修", "日本"),
          ("浅野 雄介", "日本")]
ISSUERS = ["4", "53", "3528", "3589", "5454"]


class DevForms17(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 1717)

    def card(self, first: str = "") -> str:
        body = (first or self.pick(ISSUERS))
        body += self.digits(15 - len(body))
        return body + luhn.calc_check_digit(body)

    def spaced(self, number: str) -> str:
        return self.pick([number, " ".join(number[i:i + 4] for i in range(0, 16, 4))])

    def written(self, phone: str) -> str:
        area, exchange, line = phone.split("-")
        return self.pick([phone, f"{area}{exchange}{line}", f"{area}({exchange}){line}"])

    @staticmethod
    def truth(phones=(), cards=(), their_phones=(), their_cards=()) -> set:
        return ({("PHONE", _e164(p)) for p in phones} | {("CREDIT_CARD", c.replace(" ", "")) for c in cards}
                | {("~PHONE", _e164(p)) for p in their_phones} | {("~CREDIT_CARD", c.replace(" ", "")) for c in their_cards}
                | _SCORED)

    def child_docx(self, i: int) -> Doc:
        mother, father = self.pick(GUARDIANS)
        lines, seen = ["家庭的保育事業 園児票", f"園児氏名：{self.pick(CHILDREN)}", f"生年月日：令和{self.n(6)}年{self.n(12)}月{self.n(28)}日"], self.truth()
        for role, who in (("父", father), ("母", mother)):
            phone = self.written(self.landline())
            if self.rng.random() < 0.25:  # a named employer: its phone is the employer's
                lines.append(f"保護者（{role}）：{who}　勤務先：{self.pick(EMPLOYERS)}　勤務先電話 {phone}")
                seen |= self.truth(their_phones=[phone])
            else:
                lines.append(f"保護者（{role}）：{who}　{self.pick(WORK_LABELS)}{phone}　k{self.digits(3)}@example.jp")
                seen |= self.truth([phone])
        lines.append(f"入所日：令和{self.n(7)}年4月1日")
        return Doc(f"f17d_child{i:03d}.docx", _docx(lines), seen)

    def interview_txt(self, i: int) -> Doc:
        mother, _ = self.pick(GUARDIANS)
        day, mobile = self.written(self.landline()), self.mobile()
        lines = ["問診票", f"お名前：{mother}", f"携帯：{mobile}", f"日中のご連絡先（勤務先）：{day}", "既往歴：特になし"]
        return Doc(f"f17d_interview{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth([mobile, day]))

    def register_html(self, i: int) -> Doc:
        own = self.landline()
        rows, seen = [], self.truth(their_phones=[own])
        for who, land in self.rng.sample(GUESTS, 4):
            passport = f"{self.pick(['TK', 'MU', 'TZ'])}{self.digits(7)}" if land != "日本" else ""
            phone, card = self.mobile(), self.spaced(self.card())
            rows.append(f"<tr><td>2026/0{self.n(9)}/1{self.n(9)}</td><td>{who}</td><td>{land}</td><td>{passport}</td>"
                        f"<td>{phone}</td><td>{card}</td></tr>")
            seen |= self.truth([phone], [card])
        html = ("<html><body><h1>宿泊者名簿</h1><table><tr><th>到着日</th><th>氏名</th><th>国籍</th><th>旅券番号</th>"
                "<th>電話</th><th>カード</th></tr>" + "".join(rows) + f"</table><p>湯の宿 さくら TEL {own}</p></body></html>")
        return Doc(f"f17d_register{i:03d}.html", html.encode("utf-8"), seen)

    def booking_html(self, i: int) -> Doc:
        who, _ = self.pick(GUESTS)
        phone, card = self.mobile(), self.card()
        html = ("<html><body><form><table>"
                f"<tr><th>ご予約者名</th><td><input type=\"text\" name=\"guest\" value=\"{who}\"></td></tr>"
                f"<tr><th>お電話番号</th><td><input type=\"tel\" name=\"tel\" value=\"{phone}\"></td></tr>"
                "</table>"
                f"<input type=\"hidden\" name=\"card_number\" value=\"{card}\">"
                "<input type=\"submit\" value=\"予約する\"></form></body></html>")
        return Doc(f"f17d_booking{i:03d}.html", html.encode("utf-8"), self.truth([phone], [card]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.child_docx, self.interview_txt, self.register_html, self.booking_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_html, self.price_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def notice_html(self, i: int) -> Doc:
        html = (f"<html><body><h1>ご宿泊のご案内</h1><p>チェックインは15時からです。</p>"
                f"<p>湯の宿 さくら　TEL {self.landline()}</p></body></html>")
        return Doc(f"f17d_clean_notice{i:03d}.html", html.encode("utf-8"))

    def price_html(self, i: int) -> Doc:
        rows = "".join(f"<tr data-sku=\"{self.card()}\"><td>湯のみ {n}</td><td>{self.n(9)}00円</td></tr>" for n in range(3))
        html = (f"<html><body><table><tr><th>品名</th><th>価格</th></tr>{rows}</table>"
                f"<input type=\"hidden\" name=\"item_code\" value=\"{self.card()}\"></body></html>")
        return Doc(f"f17d_clean_price{i:03d}.html", html.encode("utf-8"))
