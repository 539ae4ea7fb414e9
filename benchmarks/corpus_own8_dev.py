"""Development corpus for issue 12's own8 work: whose a contact is, and phone and
address shapes the earlier corpora left out.

Positives (a person's own): a family table's mobiles written with spaces, a note
that says a number with 「の」 between its groups, full-width digits with ー or 〜,
a letter that writes the number in kanji digits (〇三…), a form that splits a number
over three cells (市外局番 | 市内局番 | 番号), an address care of a household (様方)
or in a care home's room, a roster whose 都道府県 stands in a cell of its own, a move
told in prose. Look-alikes (an organisation's own): a school's notice footer (発行),
a residents' association's fee account (お振込先), a clerk's signature with the
desk's main line and a shared mailbox, a mailing list's From and Reply-To, an
invoice's 請求元, a form's 提出先, a shelter list, a mailbox named for a role. The
rules are tuned on this corpus only; benchmarks/corpus_own8_check.py (another
writer's habits, no word list in common) checks them.

Truth: positives are labelled for ADDRESS, PHONE, POSTAL_CODE, EMAIL and
BANK_ACCOUNT; an organisation's own value is a look-alike `("~TYPE", value)`; clean
files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL", "BANK_ACCOUNT")
_SCORED = {("*", entity) for entity in SCORED}
KANJI_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
WIDE = str.maketrans("0123456789-", "０１２３４５６７８９ー")
# (prefecture, municipality, town)
TOWNS = [("茨城県", "水戸市", "見川町"), ("静岡県", "沼津市", "大手町"), ("岐阜県", "大垣市", "郭町"),
         ("熊本県", "八代市", "本町"), ("青森県", "弘前市", "城東北")]
PEOPLE = ["荒井 千尋", "大塚 亮", "小松 美帆", "三浦 健太", "竹内 由佳"]
HOUSEHOLDS = ["森田", "杉本", "黒田", "平野"]
KIN = ["母", "兄", "叔父", "配偶者"]
HOMES = ["特別養護老人ホーム 白梅荘", "グループホーム なごみ", "サービス付き高齢者向け住宅 ことぶき"]
SCHOOLS = ["水戸市立見川小学校", "沼津市立第三中学校", "大垣市立東小学校"]
ASSOCIATIONS = [("見川町三丁目自治会", "ミカワチヨウサンチヨウメジチカイ"), ("城東北町内会", "ジヨウトウキタチヨウナイカイ")]
OFFICES = ["総務課", "市民課", "福祉課"]
FIRMS = ["東和サッシ工業株式会社", "有限会社 丸八設備", "株式会社かがやき印刷"]
SHELTERS = ["見川公民館", "第二小学校体育館", "中央コミュニティセンター"]
ROLES = ["info", "soumu", "kouhou", "jimukyoku", "uketsuke"]
DOMAINS = ["towa-sash.example.co.jp", "mikawa.example.lg.jp", "maruhachi.example.jp"]
BANKS = ["常陽銀行 見川支店", "静岡銀行 沼津支店", "大垣共立銀行 本店営業部"]


class DevOwn8(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 81)

    def address(self, prefecture: bool = True) -> str:
        pref, city, town = self.pick(TOWNS)
        return (pref if prefecture else "") + f"{city}{town}{self.n(9)}-{self.n()}-{self.n()}"

    def mail(self) -> str:
        return f"{self.pick(ROLES)}@{self.pick(DOMAINS)}"

    # --- positives ---------------------------------------------------------------

    def family_xlsx(self, i: int) -> Doc:
        """A 身上書's family table: a relation, a name and a mobile written with spaces."""
        rows, truth = [["家族連絡先"], ["続柄", "氏名", "携帯電話"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            phone = self.mobile()
            rows.append([self.pick(KIN), who, phone.replace("-", " ")])
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"o8_family{i:03d}.xlsx", w.xlsx_bytes({"家族": rows}), truth | _SCORED)

    def phone_note_txt(self, i: int) -> Doc:
        """A note taken on the phone: the number said with 「の」 between its groups."""
        phone = self.pick([self.mobile(), self.landline()])
        said = phone.replace("-", "の")
        line = self.pick([f"折り返し先は{said}とのこと。", f"本人の携帯：{said}", f"自宅電話は {said} です。"])
        lines = ["電話受付メモ", f"相手：{self.pick(PEOPLE)}", line]
        return Doc(f"o8_note{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("PHONE", _e164(phone))} | _SCORED)

    def wide_form_txt(self, i: int) -> Doc:
        """A form typed in full-width digits, ー or 〜 between the groups."""
        phone = self.pick([self.mobile(), self.landline()])
        written = phone.translate(WIDE).replace("ー", self.pick(["ー", "〜", "－"]))
        lines = ["変更届", f"氏名　{self.pick(PEOPLE)}", f"連絡先電話　{written}"]
        return Doc(f"o8_wide{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("PHONE", _e164(phone))} | _SCORED)

    def kanji_letter_docx(self, i: int) -> Doc:
        """A letter that writes its sender's number in kanji digits."""
        phone = self.pick([self.mobile(), self.landline()])
        group = self.pick(["－", "―", "・"])
        written = phone.translate(KANJI_DIGITS).replace("-", group)
        lines = ["拝啓", "先日はお世話になりました。", "今後はこちらへご連絡ください。", f"電話　{written}",
                 "敬具", self.pick(PEOPLE)]
        return Doc(f"o8_kanji{i:03d}.docx", _docx(lines), {("PHONE", _e164(phone))} | _SCORED)

    def split_phone_xlsx(self, i: int) -> Doc:
        """A form whose number stands in three cells: area code, exchange, line."""
        rows, truth = [["申込者一覧"], ["氏名", "市外局番", "市内局番", "番号"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            phone = self.pick([self.mobile(), self.landline()])
            rows.append([who, *phone.split("-")])
            truth.add(("PHONE", _e164(phone)))
        return Doc(f"o8_split{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), truth | _SCORED)

    def care_of_txt(self, i: int) -> Doc:
        """An address care of a household (様方), or in a care home's room."""
        address = self.address()
        where = self.pick([f"現住所：{address} {self.pick(HOUSEHOLDS)}様方",
                           f"現住所：{address} {self.pick(HOMES)} {self.n(3)}0{self.n(9)}号室",
                           f"入所先：{address} {self.pick(HOMES)}"])
        lines = ["送付先確認", f"氏名：{self.pick(PEOPLE)}", where]
        return Doc(f"o8_careof{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", address_key(address))} | _SCORED)

    def prefecture_cell_xlsx(self, i: int) -> Doc:
        """A roster whose prefecture stands in its own cell before the rest."""
        rows, truth = [["会員名簿"], ["氏名", "都道府県", "市区町村・番地", "電話"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            pref, city, town = self.pick(TOWNS)
            rest, phone = f"{city}{town}{self.n(9)}-{self.n()}-{self.n()}", self.mobile()
            rows.append([who, pref, rest, phone])
            truth |= {("ADDRESS", address_key(rest)), ("PHONE", _e164(phone))}
        return Doc(f"o8_prefcell{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def moved_docx(self, i: int) -> Doc:
        """A person's own move told in prose, the new home in the sentence."""
        address = self.address()
        said = self.pick([f"このたび{address}に転居いたしました。", f"{address}へ引っ越しましたのでお知らせします。",
                          f"転居先は{address}です。"])
        lines = ["転居のご挨拶", said, "お近くにお越しの際はお立ち寄りください。", self.pick(PEOPLE)]
        return Doc(f"o8_moved{i:03d}.docx", _docx(lines), {("ADDRESS", address_key(address))} | _SCORED)

    def envelope_txt(self, i: int) -> Doc:
        """An envelope's address block: the prefecture and city on one line, the town and
        block on the next, then the person addressed."""
        pref, city, town = self.pick(TOWNS)
        postal, rest = self.postal(), f"{town}{self.n(9)}-{self.n()}-{self.n()}"
        lines = [f"〒{postal}", f"{pref}{city}", rest, f"{self.pick(PEOPLE)} 様"]
        return Doc(f"o8_envelope{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", address_key(pref + city + rest)), ("POSTAL_CODE", postal.replace("-", ""))} | _SCORED)

    def spaced_form_txt(self, i: int) -> Doc:
        """A form typed with a space between the parts of the address, or 丁目の…の… said
        as it is read."""
        pref, city, town = self.pick(TOWNS)
        address = self.pick([f"{pref} {city} {town}{self.n(9)}-{self.n()}-{self.n()}",
                             f"{pref}　{city}　{town}{self.n(9)}番{self.n()}号",
                             f"{pref}{city}{town}{self.n(9)}丁目の{self.n()}の{self.n()}"])
        lines = ["入会申込書", f"お名前　{self.pick(PEOPLE)}", f"ご住所　{address}"]
        return Doc(f"o8_spaced{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def contacts_json(self, i: int) -> Doc:
        """A web form's entries exported as JSON with nothing in their key that says whose:
        the people who wrote, then the association's own entry."""
        entries, truth = [], set()
        for k, who in enumerate(self.rng.sample(PEOPLE, 3)):
            phone = self.mobile()
            entries.append({"id": k + 1, "name": who, "tel": phone, "note": f"{self.pick(SCHOOLS)}の窓口から紹介"})
            truth.add(("PHONE", _e164(phone)))
        name, _ = self.pick(ASSOCIATIONS)
        office = self.landline()
        entries.append({"id": 0, "name": name, "tel": office})
        data = json.dumps({"entries": entries}, ensure_ascii=False, indent=2)
        return Doc(f"o8_entries{i:03d}.json", data.encode("utf-8"), truth | {("~PHONE", _e164(office))} | _SCORED)

    def visits_html(self, i: int) -> Doc:
        """A day's visits saved from a web system: landlines with no separator under a 電話 column."""
        rows, truth = ["<tr><th>時刻</th><th>氏名</th><th>電話</th></tr>"], set()
        for k, who in enumerate(self.rng.sample(PEOPLE, 4)):
            phone = self.landline()
            rows.append(f"<tr><td>{9 + k}:00</td><td>{who}</td><td>{phone.replace('-', '')}</td></tr>")
            truth.add(("PHONE", _e164(phone)))
        html = f"<h1>来訪予定</h1><table>{''.join(rows)}</table>"
        return Doc(f"o8_visits{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def crew_xlsx(self, i: int) -> Doc:
        """A volunteers' roster under a 携帯 column, closed by the office's own row."""
        rows, truth = [["清掃ボランティア名簿"], ["氏名", "携帯", "担当"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            phone = self.mobile()
            rows.append([who, phone, self.pick(["受付", "誘導", "清掃"])])
            truth.add(("PHONE", _e164(phone)))
        office = self.landline()
        rows.append(["事務所", office, ""])
        return Doc(f"o8_crew{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | {("~PHONE", _e164(office))} | _SCORED)

    def roster_docx(self, i: int) -> Doc:
        """A residents' roster typed as lines: name, town and block with no city, phone,
        full-width spaces between the fields."""
        lines, truth = [f"{self.pick(ASSOCIATIONS)[0]} 名簿"], set()
        for who in self.rng.sample(PEOPLE, 4):
            _, _, town = self.pick(TOWNS)
            home = f"{town}{self.n(9)}-{self.n()}-{self.n()}" + self.pick(["", f" ハイツ見川{self.n(3)}0{self.n(9)}"])
            phone = self.landline()
            written = phone if self.rng.random() < 0.5 else phone.replace("-", " ")
            lines.append(f"　{who}　{home}　{written}")
            truth |= {("ADDRESS", address_key(home.split(" ")[0])), ("PHONE", _e164(phone))}
        return Doc(f"o8_roster{i:03d}.docx", _docx(lines), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.family_xlsx, self.phone_note_txt, self.wide_form_txt, self.kanji_letter_docx,
                 self.split_phone_xlsx, self.care_of_txt, self.prefecture_cell_xlsx, self.moved_docx, self.envelope_txt,
                 self.spaced_form_txt, self.contacts_json, self.visits_html, self.crew_xlsx,
                 self.roster_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def school_notice_txt(self, i: int) -> Doc:
        """A school's notice to parents: its footer names the school as 発行."""
        postal, address, phone, fax = self.postal(), self.address(), self.landline(), self.landline()
        lines = ["保護者各位", "", "授業参観のお知らせ", "下記のとおり授業参観を行います。", "",
                 f"発行：{self.pick(SCHOOLS)}", f"〒{postal}　{address}", f"TEL {phone}　FAX {fax}"]
        truth = {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone)),
                 ("~PHONE", _e164(fax))}
        return Doc(f"o8_lookalike_school{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def fee_account_txt(self, i: int) -> Doc:
        """An association's fee notice: the account members pay into, held by the association."""
        name, kana = self.pick(ASSOCIATIONS)
        account = self.account()
        lines = ["会員各位", f"{name}", "年会費納入のお願い", "今年度の会費を下記口座へお振り込みください。",
                 f"振込先：{self.pick(BANKS)} 普通 {account}", f"口座名義：{kana}"]
        return Doc(f"o8_lookalike_fee{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~BANK_ACCOUNT", account)} | _SCORED)

    def clerk_signature_eml(self, i: int) -> Doc:
        """A clerk's mail: the signature names the clerk, the desk's main line and a shared mailbox."""
        phone, mail = self.landline(), self.mail()
        body = [f"From: {mail}", "To: customer@example.net", "Subject: お見積りの件", "", "いつもお世話になっております。",
                "お見積りを添付いたします。", "", "――――――――", self.pick(FIRMS), f"{self.pick(OFFICES)}　{self.pick(PEOPLE)}",
                f"TEL：{phone}（代表）", f"E-mail：{mail}", "――――――――"]
        return Doc(f"o8_lookalike_clerk{i:03d}.eml", "\n".join(body).encode("utf-8"),
                   {("~PHONE", _e164(phone)), ("~EMAIL", mail)} | _SCORED)

    def mailing_list_eml(self, i: int) -> Doc:
        """A mailing list's message: its From and Reply-To are the list's."""
        name, _ = self.pick(ASSOCIATIONS)
        mail = self.pick([f"{self.pick(['news', 'ml'])}@{self.pick(DOMAINS)}", f"mikawa3-ml@{self.pick(DOMAINS)}"])
        body = [f"From: {name} 連絡網 <{mail}>", f"Reply-To: {mail}", "To: members@example.net",
                "Subject: 清掃活動の日程", "", "会員の皆様", "次回の清掃活動は第二日曜日です。"]
        return Doc(f"o8_lookalike_list{i:03d}.eml", "\n".join(body).encode("utf-8"), {("~EMAIL", mail)} | _SCORED)

    def invoice_txt(self, i: int) -> Doc:
        """An invoice: the issuer's block labelled 請求元."""
        postal, address, phone = self.postal(), self.address(), self.landline()
        lines = ["請求書", f"請求元：{self.pick(FIRMS)}", f"〒{postal}", address, f"電話 {phone}", "",
                 f"ご請求金額　{self.n(90)},000円"]
        truth = {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))}
        return Doc(f"o8_lookalike_invoice{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def submit_to_txt(self, i: int) -> Doc:
        """A form's instructions: where to hand it in (提出先), a town office's desk."""
        address, phone = self.address(), self.landline()
        lines = ["記入上の注意", "必要事項を記入のうえ、期日までに提出してください。",
                 f"提出先：{self.pick(TOWNS)[1]}役所 {self.pick(OFFICES)}", f"所在地　{address}", f"電話　{phone}"]
        return Doc(f"o8_lookalike_submit{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))} | _SCORED)

    def shelter_xlsx(self, i: int) -> Doc:
        """A list of shelters: each row a facility's address and line."""
        rows, truth = [["指定避難所一覧"], ["避難所", "所在地", "電話番号"]], set()
        for place in SHELTERS:
            address, phone = self.address(), self.landline()
            rows.append([place, address, phone])
            truth |= {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))}
        return Doc(f"o8_lookalike_shelter{i:03d}.xlsx", w.xlsx_bytes({"避難所": rows}), truth | _SCORED)

    def role_mailbox_txt(self, i: int) -> Doc:
        """A notice asking for opinions at a mailbox named for a role."""
        mail = self.mail()
        lines = ["広報紙へのご意見募集", "広報紙へのご意見・ご感想をお寄せください。", f"送り先：{mail}"]
        return Doc(f"o8_lookalike_role{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~EMAIL", mail)} | _SCORED)

    def desk_signature_txt(self, i: int) -> Doc:
        """A clerk's signature with no organisation's name: the clerk, the desk's line
        marked as the front desk's and the desk's shared mailbox."""
        phone, mail = self.landline(), f"{self.pick(ROLES)}@{self.pick(DOMAINS)}"
        lines = ["資料を送付いたしますのでご確認ください。", "", f"{self.pick(OFFICES)}　{self.pick(PEOPLE)}",
                 f"TEL {phone}（受付）", mail]
        return Doc(f"o8_lookalike_desk{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(phone)), ("~EMAIL", mail)} | _SCORED)

    def repeated_line_txt(self, i: int) -> Doc:
        """A notice that gives its main line in the body, then again in its footer."""
        phone, firm = self.landline(), self.pick(FIRMS)
        lines = ["工事のお知らせ", f"ご不明な点は {phone} までお電話ください。", "", firm, f"代表電話 {phone}"]
        return Doc(f"o8_lookalike_repeat{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(phone))} | _SCORED)

    def event_flyer_txt(self, i: int) -> Doc:
        """A flyer that asks its reader to apply by telephone, in a sentence."""
        phone = self.landline()
        said = self.pick([f"お申し込みはお電話（{phone}）で承ります。", f"お問い合わせは {phone} までお気軽にどうぞ。",
                          f"参加ご希望の方は{phone}へご連絡ください。"])
        lines = ["親子料理教室のご案内", f"日時：{self.n(12)}月{self.n(28)}日（土）10時から", said]
        return Doc(f"o8_lookalike_flyer{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def desk_clerk_txt(self, i: int) -> Doc:
        """A town office's notice closed by its desk and clerk, the desk's number after."""
        phone = self.landline()
        lines = ["ごみ収集日変更のお知らせ", "年末年始のごみ収集日が変わります。", "",
                 f"担当　{self.pick(OFFICES)}　{self.pick(PEOPLE).split()[0]}（{phone}）"]
        return Doc(f"o8_lookalike_clerk2_{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def wrapped_footer_txt(self, i: int) -> Doc:
        """A footer copied from a PDF whose line wrap broke the FAX label."""
        phone, fax, address = self.landline(), self.landline(), self.address()
        lines = ["お知らせ", "臨時休業のお知らせです。", f"{self.pick(FIRMS)}　{address}　TEL {phone}　FA", f"X {fax}"]
        return Doc(f"o8_lookalike_wrapped{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(phone)), ("~PHONE", _e164(fax)), ("~ADDRESS", address_key(address))} | _SCORED)

    def tenancy_letter_txt(self, i: int) -> Doc:
        """A letting agent's letter to its tenant: the tenant's home in the agent's own
        sentence (ご入居中の物件（…）), the agent's line to call."""
        home, phone = self.address(), self.landline()
        lines = [f"{self.pick(PEOPLE)} 様", "", f"{self.pick(FIRMS)} 賃貸管理課です。",
                 f"ご入居中の物件（{home}）の契約更新時期が近づいております。", f"ご不明な点は {phone} までお電話ください。"]
        return Doc(f"o8_lookalike_tenancy{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", address_key(home)), ("~PHONE", _e164(phone))} | _SCORED)

    def reception_notice_txt(self, i: int) -> Doc:
        """A clinic's notice: its front desk's line labelled 受付, its address after it."""
        phone, postal, address = self.landline(), self.postal(), self.address()
        lines = ["予防接種のお知らせ", "今年もインフルエンザ予防接種を行います。", f"受付 {phone}　〒{postal} {address}"]
        return Doc(f"o8_lookalike_reception{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(phone)), ("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address))}
                   | _SCORED)

    def inn_card_txt(self, i: int) -> Doc:
        """An inn's registration card: the inn's line in its heading, the guest's below."""
        inn, guest = self.landline(), self.mobile()
        lines = ["宿泊者カード", f"料理旅館 {self.pick(['みかわ亭', '見川閣'])} TEL {inn}", f"氏名：{self.pick(PEOPLE)}",
                 f"電話：{guest}"]
        return Doc(f"o8_lookalike_inn{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(inn)), ("PHONE", _e164(guest))} | _SCORED)

    def stock_list_txt(self, i: int) -> Doc:
        """A clean stock list: part numbers and quantities."""
        lines = ["在庫一覧", *(f"品番 {self.digits(3)}-{self.digits(4)}-{self.digits(4)}　数量 {self.n(90)}" for _ in range(3))]
        return Doc(f"o8_clean_stock{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.school_notice_txt, self.fee_account_txt, self.clerk_signature_eml, self.mailing_list_eml,
                 self.invoice_txt, self.submit_to_txt, self.shelter_xlsx, self.role_mailbox_txt, self.desk_signature_txt,
                 self.repeated_line_txt, self.event_flyer_txt, self.desk_clerk_txt, self.wrapped_footer_txt,
                 self.tenancy_letter_txt, self.reception_notice_txt, self.inn_card_txt, self.stock_list_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
