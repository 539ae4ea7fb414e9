"""Check corpus for issue 12's own8 work, written apart from
benchmarks/corpus_own8_dev.py (another writer's habits: CSV, TSV, Markdown, HTML,
JSON; no town, name, organisation or mailbox in common).

Positives: an emergency-contact CSV with mobiles in brackets (080(1234)5678), a chat
log that reads a number out with 「の」, an HTML form in full-width digits with －
or 〜, a handwritten-style record in kanji digits with 「の」, a host export with the
number in three fields (TEL1, TEL2, TEL3), a lodger's address (c/o: …方) or a
hospital stay (…病院 …病棟) in JSON, a TSV whose prefecture is its own field, a mail
telling of a move. Look-alikes: a 会社概要 table, a donation's account, a front desk's
signature (受付, 代表) with its mailbox, a newsletter sent from a secretariat, an
estimate's 発行元 block, an application's お申込み・お問合せ desk, a branch list, a
role's mailbox for recruits.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL", "BANK_ACCOUNT")
_SCORED = {("*", entity) for entity in SCORED}
KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
PLACES = [("長野県", "松本市", "中央"), ("愛媛県", "今治市", "常盤町"), ("秋田県", "横手市", "駅前町"),
          ("奈良県", "橿原市", "八木町"), ("高知県", "南国市", "大埇甲")]
MEMBERS = ["岩田 菜摘", "片山 翔", "久保田 舞", "桑原 誠", "中西 詩織"]
LODGINGS = ["青木方", "古川方", "村井方"]
WARDS = ["松本中央病院 3階西病棟", "今治第一病院 5病棟", "横手南病院 回復期病棟"]
RELATIVES = ["夫", "長男", "姉", "義母"]
COMPANIES = ["株式会社アルプス精機", "しまなみ運輸株式会社", "有限会社かまくら商事"]
FOUNDATIONS = [("NPO法人 みどりの森", "トク）ミドリノモリ"), ("一般社団法人 里山ネット", "シヤ）サトヤマネツト")]
DESKS = ["受付", "総合窓口", "お客様相談室"]
BRANCHES = ["松本本店", "今治営業所", "横手出張所", "橿原支店"]
BOXES = ["recruit", "support", "contact", "office", "desk"]
HOSTS = ["alps-seiki.example.com", "shimanami.example.jp", "satoyama-net.example.org"]
BANKS = ["八十二銀行 松本営業部", "伊予銀行 今治支店", "秋田銀行 横手支店"]


class CheckOwn8(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 82)

    def k(self, high: int = 30) -> int:
        return self.rng.randint(1, high)

    def code(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.digits(4)}"

    def place(self, with_prefecture: bool = True) -> str:
        pref, city, town = self.pick(PLACES)
        return (pref if with_prefecture else "") + f"{city}{town}{self.k(9)}丁目{self.k()}番{self.k()}号"

    def box(self) -> str:
        return f"{self.pick(BOXES)}@{self.pick(HOSTS)}"

    # --- positives ---------------------------------------------------------------

    def emergency_csv(self, i: int) -> Doc:
        """An emergency-contact list: mobiles with the exchange in brackets."""
        rows, truth = ["社員番号,氏名,緊急連絡先続柄,緊急連絡先電話"], set()
        for k, who in enumerate(self.rng.sample(MEMBERS, 4)):
            phone = self.mobile()
            a, b, c = phone.split("-")
            rows.append(f"{1001 + k},{who},{self.pick(RELATIVES)},{a}({b}){c}")
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"o8x_emergency{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def chat_md(self, i: int) -> Doc:
        """A chat log pasted into Markdown: a number read out with 「の」."""
        phone = self.pick([self.mobile(), self.landline()])
        said = phone.replace("-", "の")
        lines = ["## 対応ログ", f"- 10:02 {self.pick(MEMBERS)}さんから着信", f"- 10:05 連絡先は{said}、夕方以降希望"]
        return Doc(f"o8x_chat{i:03d}.md", "\n".join(lines).encode("utf-8"), {("PHONE", _e164(phone))} | _SCORED)

    def full_width_html(self, i: int) -> Doc:
        """A web form's confirmation page in full-width digits."""
        phone = self.pick([self.mobile(), self.landline()])
        written = phone.translate(FULL).replace("－", self.pick(["－", "〜", "～"]))
        html = (f"<table><tr><th>お名前</th><td>{self.pick(MEMBERS)}</td></tr>"
                f"<tr><th>ＴＥＬ</th><td>{written}</td></tr></table>")
        return Doc(f"o8x_form{i:03d}.html", html.encode("utf-8"), {("PHONE", _e164(phone))} | _SCORED)

    def kanji_record_md(self, i: int) -> Doc:
        """A record copied from a handwritten card: the number in kanji digits."""
        phone = self.pick([self.mobile(), self.landline()])
        written = phone.translate(KANJI).replace("-", self.pick(["の", "ー", "‐"]))
        lines = ["# 相談カード", f"相談者：{self.pick(MEMBERS)}", f"TEL：{written}"]
        return Doc(f"o8x_card{i:03d}.md", "\n".join(lines).encode("utf-8"), {("PHONE", _e164(phone))} | _SCORED)

    def host_tsv(self, i: int) -> Doc:
        """A host export: the number in three fields."""
        rows, truth = ["KOKYAKU_NO\tSHIMEI\tTEL1\tTEL2\tTEL3"], set()
        for k, who in enumerate(self.rng.sample(MEMBERS, 4)):
            phone = self.pick([self.mobile(), self.landline()])
            rows.append(f"{50001 + k}\t{who}\t" + "\t".join(phone.split("-")))
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"o8x_host{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def stay_json(self, i: int) -> Doc:
        """A client record: a lodger's address (…方) or a stay in a hospital ward."""
        home = self.place()
        where = self.pick([f"{home} {self.pick(LODGINGS)}", f"{home} {self.pick(WARDS)}"])
        record = {"client": {"name": self.pick(MEMBERS), "current_address": where}}
        return Doc(f"o8x_stay{i:03d}.json", json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"),
                   {("ADDRESS", address_key(home))} | _SCORED)

    def prefecture_field_tsv(self, i: int) -> Doc:
        """A mailing list export whose prefecture is its own field."""
        rows, truth = ["氏名\t郵便番号\t都道府県\t住所1\t住所2"], set()
        for who in self.rng.sample(MEMBERS, 3):
            pref, city, town = self.pick(PLACES)
            rest, code = f"{city}{town}{self.k(9)}丁目{self.k()}番{self.k()}号", self.code()
            rows.append(f"{who}\t{code}\t{pref}\t{rest}\t")
            truth |= {("ADDRESS", address_key(rest)), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"o8x_prefs{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def moving_eml(self, i: int) -> Doc:
        """A colleague's mail about a move: the new home said in a sentence."""
        home = self.place()
        said = self.pick([f"先週末、{home}に引っ越しました。", f"住まいが{home}に変わりました。",
                          f"新居は{home}です。"])
        body = ["Subject: 引越しのご報告", "", "みなさん", said,
                "通勤時間が少し短くなりました。", self.pick(MEMBERS)]
        return Doc(f"o8x_moving{i:03d}.eml", "\n".join(body).encode("utf-8"), {("ADDRESS", address_key(home))} | _SCORED)

    def letter_md(self, i: int) -> Doc:
        """A letter's recipient block in Markdown: the city on one line, the town and
        block on the next (a hard line break), the member addressed."""
        pref, city, town = self.pick(PLACES)
        code, rest = self.code(), f"{town}{self.k(9)}丁目{self.k()}番{self.k()}号"
        lines = [f"〒{code}  ", f"{pref}{city}  ", f"{rest}  ", f"{self.pick(MEMBERS)} 殿", "", "拝啓　時下ますますご清祥のことと"]
        return Doc(f"o8x_letter{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", address_key(pref + city + rest)), ("POSTAL_CODE", code.replace("-", ""))} | _SCORED)

    def survey_html(self, i: int) -> Doc:
        """A survey's answers: the address typed in parts with full-width spaces, or its
        丁目 read out with の."""
        pref, city, town = self.pick(PLACES)
        home = self.pick([f"{pref}　{city}　{town}{self.k(9)}-{self.k()}", f"{pref} {city} {town}{self.k(9)}丁目{self.k()}番地",
                          f"{pref}{city}{town}{self.k(9)}丁目の{self.k()}"])
        html = f"<dl><dt>回答者</dt><dd>{self.pick(MEMBERS)}</dd><dt>お住まい</dt><dd>{home}</dd></dl>"
        return Doc(f"o8x_survey{i:03d}.html", html.encode("utf-8"), {("ADDRESS", address_key(home))} | _SCORED)

    def members_yaml(self, i: int) -> Doc:
        """A YAML list of contacts: members, then the company that hosts the meetings."""
        lines, truth = ["contacts:"], set()
        for who in self.rng.sample(MEMBERS, 3):
            phone = self.mobile()
            lines += [f"  - name: {who}", f"    tel: {phone}", f"    memo: {self.pick(BRANCHES)}の会議室を利用"]
            truth.add(("PHONE", _e164(phone)))
        office = self.landline()
        lines += [f"  - name: {self.pick(COMPANIES)}", f"    tel: {office}"]
        return Doc(f"o8x_members{i:03d}.yaml", "\n".join(lines).encode("utf-8"), truth | {("~PHONE", _e164(office))} | _SCORED)

    def guests_html(self, i: int) -> Doc:
        """A guest list in an HTML table: landlines with no separator under a TEL column."""
        cells, truth = "", set()
        for who in self.rng.sample(MEMBERS, 4):
            phone = self.landline()
            cells += f"<tr><td>{who}</td><td>{self.k(9)}名</td><td>{phone.replace('-', '')}</td></tr>"
            truth.add(("PHONE", _e164(phone)))
        html = f"<table><thead><tr><th>ご芳名</th><th>人数</th><th>TEL</th></tr></thead><tbody>{cells}</tbody></table>"
        return Doc(f"o8x_guests{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def helpers_csv(self, i: int) -> Doc:
        """A helpers' list with a 携帯電話 column whose last row is the headquarters'."""
        rows, truth = ["名前,携帯電話,持ち場"], set()
        for who in self.rng.sample(MEMBERS, 3):
            phone = self.mobile()
            rows.append(f"{who},{phone.replace('-', '')},{self.pick(['駐車場', '本部テント', '救護'])}")
            truth.add(("PHONE", _e164(phone)))
        office = self.landline()
        rows.append(f"本部,{office},")
        return Doc(f"o8x_helpers{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | {("~PHONE", _e164(office))} | _SCORED)

    def phone_tree_md(self, i: int) -> Doc:
        """A club's phone tree as a Markdown list: member, street and lot, number."""
        lines, truth = ["## 連絡網"], set()
        for who in self.rng.sample(MEMBERS, 4):
            _, _, town = self.pick(PLACES)
            lot = f"{town}{self.k(9)}-{self.k()}" + self.pick(["", f" コーポ山吹{self.k(3)}0{self.k(9)}"])
            phone = self.landline()
            written = phone.replace("-", " ") if self.rng.random() < 0.5 else phone
            lines.append(f"- {who}　{lot}　{written}")
            truth |= {("ADDRESS", address_key(lot.split(" ")[0])), ("PHONE", _e164(phone))}
        return Doc(f"o8x_tree{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.emergency_csv, self.chat_md, self.full_width_html, self.kanji_record_md, self.host_tsv,
                 self.stay_json, self.prefecture_field_tsv, self.moving_eml, self.letter_md, self.survey_html,
                 self.members_yaml, self.guests_html, self.helpers_csv, self.phone_tree_md]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def company_profile_md(self, i: int) -> Doc:
        """A 会社概要 table in Markdown: the company's seat, line and mailbox."""
        seat, phone, box = self.place(), self.landline(), self.box()
        lines = ["## 会社概要", "| 項目 | 内容 |", "|---|---|", f"| 商号 | {self.pick(COMPANIES)} |", f"| 所在地 | {seat} |",
                 f"| 電話 | {phone} |", f"| メール | {box} |"]
        return Doc(f"o8x_lookalike_profile{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(seat)), ("~PHONE", _e164(phone)), ("~EMAIL", box)} | _SCORED)

    def donation_html(self, i: int) -> Doc:
        """A donation page: the foundation's account donors pay into."""
        name, kana = self.pick(FOUNDATIONS)
        account = self.account()
        html = (f"<h2>ご寄付のお願い</h2><p>{name}の活動へのご支援をお願いいたします。</p>"
                f"<p>ご寄付は {self.pick(BANKS)} 普通預金 {account} {kana} までお願いします。</p>")
        return Doc(f"o8x_lookalike_donation{i:03d}.html", html.encode("utf-8"), {("~BANK_ACCOUNT", account)} | _SCORED)

    def front_desk_eml(self, i: int) -> Doc:
        """A front desk's reply: its signature names the desk, the main line and its mailbox."""
        phone, box = self.landline(), self.box()
        body = [f"From: {self.pick(COMPANIES)} {self.pick(DESKS)} <{box}>", "To: guest@example.net", "Subject: Re: ご予約",
                "", "ご連絡ありがとうございます。", "ご予約を承りました。", "", "*****", self.pick(COMPANIES),
                f"{self.pick(DESKS)}　担当：{self.pick(MEMBERS)}", f"代表 {phone}", box, "*****"]
        return Doc(f"o8x_lookalike_desk{i:03d}.eml", "\n".join(body).encode("utf-8"),
                   {("~PHONE", _e164(phone)), ("~EMAIL", box)} | _SCORED)

    def newsletter_eml(self, i: int) -> Doc:
        """A newsletter sent from a secretariat's mailbox."""
        name, _ = self.pick(FOUNDATIONS)
        box = self.pick([f"{self.pick(['magazine', 'dayori'])}@{self.pick(HOSTS)}", f"satoyama-all@{self.pick(HOSTS)}"])
        body = [f"From: {name}事務局 <{box}>", f"Sender: {box}", "To: undisclosed-recipients:;", "Subject: 通信 第12号", "",
                "いつもご愛読ありがとうございます。", "今月の活動をご報告します。"]
        return Doc(f"o8x_lookalike_news{i:03d}.eml", "\n".join(body).encode("utf-8"), {("~EMAIL", box)} | _SCORED)

    def estimate_md(self, i: int) -> Doc:
        """An estimate in Markdown: the issuer under 発行元."""
        code, seat, phone = self.code(), self.place(), self.landline()
        lines = ["# 御見積書", "", "**発行元**", "", self.pick(COMPANIES), "", f"〒{code} {seat}", "", f"TEL {phone}"]
        return Doc(f"o8x_lookalike_estimate{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("~POSTAL_CODE", code.replace("-", "")), ("~ADDRESS", address_key(seat)), ("~PHONE", _e164(phone))}
                   | _SCORED)

    def application_html(self, i: int) -> Doc:
        """A course guide: where to apply and ask."""
        seat, phone = self.place(), self.landline()
        name, _ = self.pick(FOUNDATIONS)
        html = (f"<h3>お申込み・お問合せ</h3><p>{name} 講座係<br>{seat}<br>☎ {phone}</p>")
        return Doc(f"o8x_lookalike_apply{i:03d}.html", html.encode("utf-8"),
                   {("~ADDRESS", address_key(seat)), ("~PHONE", _e164(phone))} | _SCORED)

    def branches_csv(self, i: int) -> Doc:
        """A branch list: each row a branch's seat and line."""
        rows, truth = ["拠点,所在地,TEL"], set()
        for branch in BRANCHES:
            seat, phone = self.place(), self.landline()
            rows.append(f"{branch},{seat},{phone}")
            truth |= {("~ADDRESS", address_key(seat)), ("~PHONE", _e164(phone))}
        return Doc(f"o8x_lookalike_branches{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def recruiting_md(self, i: int) -> Doc:
        """A job posting: applications to the recruiting role's mailbox."""
        box = f"recruit@{self.pick(HOSTS)}"
        lines = ["# 募集要項", "- 職種：事務", f"- 応募方法：履歴書を {box} 宛にお送りください"]
        return Doc(f"o8x_lookalike_recruit{i:03d}.md", "\n".join(lines).encode("utf-8"), {("~EMAIL", box)} | _SCORED)

    def class_page_html(self, i: int) -> Doc:
        """A course page: book or ask by phone, said in a sentence."""
        phone = self.landline()
        said = self.pick([f"ご予約・ご相談は {phone} まで。", f"見学をご希望の方は {phone} へお電話ください。",
                          f"ご不明な点は{phone}にてお受けします。"])
        html = f"<h2>陶芸体験教室</h2><p>毎週水曜日に開講しています。</p><p>{said}</p>"
        return Doc(f"o8x_lookalike_class{i:03d}.html", html.encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def desk_reply_md(self, i: int) -> Doc:
        """A desk's answer signed by its clerk, the desk's number after the name."""
        phone = self.landline()
        lines = ["お問い合わせありがとうございました。", "", f"担当者：お客様相談室　{self.pick(MEMBERS).split()[0]}　TEL {phone}"]
        return Doc(f"o8x_lookalike_reply{i:03d}.md", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def broken_label_md(self, i: int) -> Doc:
        """An estimate's footer pasted from a PDF: its TEL label broken by the line wrap."""
        fax, phone = self.landline(), self.landline()
        lines = ["# お見積りについて", "有効期限は発行日から30日です。", "", f"{self.pick(COMPANIES)} FAX {fax}　TE", f"L {phone}"]
        return Doc(f"o8x_lookalike_broken{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(phone)), ("~PHONE", _e164(fax))} | _SCORED)

    def residence_notice_eml(self, i: int) -> Doc:
        """A management company's mail to a resident: the resident's home said as お住まいの
        住戸（…）, the company's desk to ask."""
        home, phone = self.place(), self.landline()
        body = ["Subject: 排水管清掃のお知らせ", "", f"{self.pick(MEMBERS)} 様", f"{self.pick(COMPANIES)} 管理部でございます。",
                f"お住まいの住戸（{home}）にて排水管清掃を実施します。", f"ご質問は {phone} までご連絡ください。"]
        return Doc(f"o8x_lookalike_residence{i:03d}.eml", "\n".join(body).encode("utf-8"),
                   {("ADDRESS", address_key(home)), ("~PHONE", _e164(phone))} | _SCORED)

    def hotel_guide_md(self, i: int) -> Doc:
        """A hotel's guide in Markdown: its front desk's number under the heading."""
        phone = self.landline()
        lines = ["# 館内のご案内 / Guide", "", f"- フロント Front desk: {phone}", "- 朝食 7:00〜9:00"]
        return Doc(f"o8x_lookalike_guide{i:03d}.md", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def lodge_form_html(self, i: int) -> Doc:
        """A lodge's booking confirmation: the lodge named with its kind (…荘, …亭) beside
        its number, the guest's number in the form."""
        lodge, guest = self.landline(), self.mobile()
        html = (f"<p>山の宿 {self.pick(['アルプス荘', 'しまなみ亭', '駅前閣'])} TEL {lodge}</p>"
                f"<table><tr><th>お名前</th><td>{self.pick(MEMBERS)}</td></tr><tr><th>携帯</th><td>{guest}</td></tr></table>")
        return Doc(f"o8x_lookalike_lodge{i:03d}.html", html.encode("utf-8"),
                   {("~PHONE", _e164(lodge)), ("PHONE", _e164(guest))} | _SCORED)

    def parts_tsv(self, i: int) -> Doc:
        """A clean parts list."""
        rows = ["部品\t型番\t数"] + [f"ボルト\tM{self.k(12)}-{self.digits(4)}\t{self.k(99)}" for _ in range(3)]
        return Doc(f"o8x_clean_parts{i:03d}.tsv", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.company_profile_md, self.donation_html, self.front_desk_eml, self.newsletter_eml,
                 self.estimate_md, self.application_html, self.branches_csv, self.recruiting_md, self.class_page_html,
                 self.desk_reply_md, self.broken_label_md,
                 self.residence_notice_eml, self.hotel_guide_md, self.lodge_form_html, self.parts_tsv]
        return [kinds[i % len(kinds)](i) for i in range(count)]
