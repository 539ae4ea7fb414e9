"""Development corpus for issue 12's own9 work: postal codes of other shapes, partners'
desk mailboxes, an organisation's own block in more layouts, and clean files of
many kinds.

Positives (a person's own): a form typed in full-width digits (〒１５０－０００２), a
code with a space after 〒 or between its groups, a roster whose 郵便番号 column holds
seven digits with no hyphen and its address in the next cell, a code split over two
cells (上3桁 | 下4桁), a host export's ZIP field, a person's own mailbox beside a desk's, a call memo naming nobody.
Look-alikes (an organisation's own): a supplier's mail signature naming its clerk
and the department's mailbox (a department's romanised name, glued or with a unit
mark: eigyoubu@, keiri-ka@), a 取引先一覧 whose rows name companies and their
departments, a government office's desk in a list of organisations, a press
release's お問い合わせ先 with a full-width postal code, a 会社概要 whose 郵便番号 is a
cell of its own, a clinic's export with its line under clinic_tel, a care sheet's
かかりつけ医院電話, a seminar roster closed by the organising section's row, a hall's course schedule
titled with its line, a firm's newsletter closed by お問い合わせ, a museum's guide in its
own voice. Clean files: a price list, a manual, minutes naming only roles, a
timetable, a catalogue, a statistics table, a product spec, an empty application
form. The rules are tuned on this corpus only; benchmarks/corpus_own9_check.py
(another writer's habits, no word list in common) checks them.

Truth: positives are labelled for ADDRESS, PHONE, POSTAL_CODE and EMAIL; an
organisation's own value is a look-alike `("~TYPE", value)`; clean files are
labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")
# (prefecture, municipality, town)
TOWNS = [("栃木県", "足利市", "通"), ("三重県", "四日市市", "諏訪町"), ("鳥取県", "米子市", "角盤町"),
         ("山口県", "周南市", "御幸通"), ("福井県", "敦賀市", "神楽町")]
PEOPLE = ["村上 彩花", "石井 大輔", "野口 真由", "菅原 拓也", "河合 紗季"]
ROMAJI = ["a.murakami", "d-ishii", "mayu.noguchi", "t.sugawara", "kawai.saki"]
SUPPLIERS = ["株式会社 足利金型製作所", "四日市化成株式会社", "米子紙器有限会社", "合同会社 周南ロジテック"]
# a department's romanised name as its mailbox: the word, then a unit mark glued or after a dash
DEPARTMENTS = [("営業部", "eigyoubu"), ("経理課", "keiri-ka"), ("総務課", "soumuka"), ("購買部", "koubai-bu"),
               ("品質保証課", "hinshitsu-hoshou"), ("業務課", "gyoumu-ka")]
AGENCIES = [("足利市役所 商工振興課", "shoko@city.ashikaga.example.lg.jp"),
            ("四日市労働基準監督署 安全衛生課", "anzen-eisei@mie-roudou.example.go.jp"),
            ("米子商工会議所 中小企業相談所", "soudan-sho@yonago-cci.example.or.jp")]
DOMAINS = ["ashikaga-kanagata.example.co.jp", "yokkaichi-kasei.example.jp", "yonago-shiki.example.co.jp"]
PRODUCTS = [("ステンレス角パイプ 25×25", 2380), ("アルミ平板 t3", 4120), ("真鍮丸棒 φ10", 1650),
            ("樹脂ワッシャー M6", 12), ("六角ボルト M8×30", 18), ("防錆スプレー 420ml", 980)]


class DevOwn9(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 91)

    def address(self, prefecture: bool = True) -> str:
        pref, city, town = self.pick(TOWNS)
        return (pref if prefecture else "") + f"{city}{town}{self.n(9)}-{self.n()}-{self.n()}"

    def person_mail(self) -> str:
        return f"{self.pick(ROMAJI)}@{self.pick(['example.ne.jp', 'example.com', 'mail.example.jp'])}"

    # --- positives ---------------------------------------------------------------

    def wide_form_txt(self, i: int) -> Doc:
        """A change-of-address form typed in full-width digits: 〒１５０－０００２."""
        postal, address = self.postal(), self.address()
        mark = self.pick(["〒", "〒 ", "郵便番号　"])
        lines = ["住所変更届", f"氏名　{self.pick(PEOPLE)}", f"新住所　{mark}{postal.translate(WIDE)}",
                 f"　　　　{address.translate(WIDE)}"]
        return Doc(f"o9_wide{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(address))} | _SCORED)

    def spaced_mark_txt(self, i: int) -> Doc:
        """A code typed with spaces: 〒 150 0002, 〒150 - 0002, or a long-vowel mark for its hyphen."""
        postal, address = self.postal(), self.address()
        head, tail = postal.split("-")
        written = self.pick([f"〒 {head} {tail}", f"〒{head} - {tail}", f"〒{head}ー{tail}", f"〒{head}−{tail}"])
        lines = ["宛名ラベル", f"{written}", address, f"{self.pick(PEOPLE)} 様"]
        return Doc(f"o9_spaced{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(address))} | _SCORED)

    def roster_csv(self, i: int) -> Doc:
        """A members' roster: 郵便番号 as seven digits with no hyphen, the address in the next cell."""
        rows, truth = ["会員番号,氏名,郵便番号,住所,電話"], set()
        for k, who in enumerate(self.rng.sample(PEOPLE, 3)):
            postal, address, phone = self.postal(), self.address(), self.mobile()
            rows.append(f"{k + 101},{who},{postal.replace('-', '')},{address},{phone}")
            truth |= {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(address)),
                      ("PHONE", _e164(phone))}
        return Doc(f"o9_roster{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def split_code_xlsx(self, i: int) -> Doc:
        """An application list whose postal code stands in two cells: its first three and last four digits."""
        rows, truth = [["受講申込者"], ["氏名", "〒（上3桁）", "〒（下4桁）", "住所"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            postal, address = self.postal(), self.address()
            rows.append([who, *postal.split("-"), address])
            truth |= {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(address))}
        return Doc(f"o9_split{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), truth | _SCORED)

    def host_export_txt(self, i: int) -> Doc:
        """A host export of key=value fields: ZIP=1500002 beside the name and address fields."""
        lines, truth = [], set()
        for k, who in enumerate(self.rng.sample(PEOPLE, 3)):
            postal, address = self.postal(), self.address()
            lines.append(f"CUST={k + 5001}|NAME={who}|ZIP={postal.replace('-', '')}|ADDR={address}")
            truth |= {("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(address))}
        return Doc(f"o9_host{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def own_mail_eml(self, i: int) -> Doc:
        """A person's mail to a supplier: the person's own mailbox is theirs, the supplier's desk its own."""
        mine = self.person_mail()
        section, local = self.pick(DEPARTMENTS)
        desk = f"{local}@{self.pick(DOMAINS)}"
        mobile = self.mobile()
        body = [f"From: {mine}", f"To: {desk}", "Subject: 見積依頼", "", f"{self.pick(SUPPLIERS)}", f"{section} 御中", "",
                "部品の見積をお願いいたします。", "", self.pick(PEOPLE), f"携帯 {mobile}"]
        return Doc(f"o9_ownmail{i:03d}.eml", "\n".join(body).encode("utf-8"),
                   {("EMAIL", mine), ("PHONE", _e164(mobile)), ("~EMAIL", desk)} | _SCORED)

    def call_memo_txt(self, i: int) -> Doc:
        """A call memo naming nobody: the caller's number (a person's) in its first lines."""
        phone = self.pick([self.landline(), self.mobile()])
        lines = ["着信メモ", f"{phone} から着信あり。", "明日の午前中に折り返す。"]
        return Doc(f"o9_memo{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("PHONE", _e164(phone))} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.wide_form_txt, self.spaced_mark_txt, self.roster_csv, self.split_code_xlsx, self.host_export_txt,
                 self.own_mail_eml, self.call_memo_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes ---------------------------------------------------------------

    def supplier_signature_eml(self, i: int) -> Doc:
        """A supplier's reply: its signature names the company, the department, the clerk and the department's mailbox."""
        section, local = self.pick(DEPARTMENTS)
        desk, phone, buyer = f"{local}@{self.pick(DOMAINS)}", self.landline(), self.person_mail()
        body = [f"From: {desk}", f"To: {buyer}", "Subject: Re: 見積依頼", "", "お世話になっております。",
                "お見積書を添付いたします。", "", "--", self.pick(SUPPLIERS), f"{section}　{self.pick(PEOPLE)}",
                f"TEL {phone}", f"Mail {desk}"]
        return Doc(f"o9_lookalike_supplier{i:03d}.eml", "\n".join(body).encode("utf-8"),
                   {("~EMAIL", desk), ("~PHONE", _e164(phone)), ("EMAIL", buyer)} | _SCORED)

    def vendor_list_xlsx(self, i: int) -> Doc:
        """A 取引先一覧: each row a company, the department to contact, its line and mailbox."""
        rows, truth = [["取引先一覧"], ["取引先", "担当部署", "電話", "メール"]], set()
        for firm, domain in zip(self.rng.sample(SUPPLIERS, 3), DOMAINS):
            section, local = self.pick(DEPARTMENTS)
            phone, mail = self.landline(), f"{local}@{domain}"
            rows.append([firm, section, phone, mail])
            truth |= {("~PHONE", _e164(phone)), ("~EMAIL", mail)}
        return Doc(f"o9_lookalike_vendors{i:03d}.xlsx", w.xlsx_bytes({"取引先": rows}), truth | _SCORED)

    def agencies_docx(self, i: int) -> Doc:
        """A list of the government offices to contact, as lines: the office and desk, its mailbox."""
        lines, truth = ["関係機関連絡先"], set()
        for office, mail in AGENCIES:
            phone = self.landline()
            lines += [f"■{office}", f"　電話 {phone}　メール {mail}"]
            truth |= {("~PHONE", _e164(phone)), ("~EMAIL", mail)}
        return Doc(f"o9_lookalike_agencies{i:03d}.docx", _docx(lines), truth | _SCORED)

    def press_release_txt(self, i: int) -> Doc:
        """A press release closed by the issuer's contact block, its postal code in full-width digits."""
        postal, address, phone = self.postal(), self.address(), self.landline()
        lines = ["報道関係各位", "", "新工場の稼働開始について", "当社は来月より新工場の稼働を開始いたします。", "",
                 "【本件に関するお問い合わせ先】", self.pick(SUPPLIERS) + " 広報室",
                 f"〒{postal.translate(WIDE)}　{address.translate(WIDE)}", f"ＴＥＬ：{phone.translate(WIDE)}"]
        return Doc(f"o9_lookalike_press{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)),
                    ("~PHONE", _e164(phone))} | _SCORED)

    def company_profile_xlsx(self, i: int) -> Doc:
        """A 会社概要 sheet: the postal code, address and line each in a row of their own."""
        postal, address, phone = self.postal(), self.address(), self.landline()
        rows = [["会社概要"], ["商号", self.pick(SUPPLIERS)], ["郵便番号", postal.replace("-", "")], ["本社所在地", address],
                ["電話番号", phone], ["資本金", f"{self.n(90)},000千円"]]
        return Doc(f"o9_lookalike_profile{i:03d}.xlsx", w.xlsx_bytes({"概要": rows}),
                   {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address)),
                    ("~PHONE", _e164(phone))} | _SCORED)

    def clinic_export_json(self, i: int) -> Doc:
        """A clinic's export: its own line and postal code under keys named for it, the patients' mobiles under tel."""
        clinic_tel, postal = self.landline(), self.postal()
        visits, truth = [], {("~PHONE", _e164(clinic_tel)), ("~POSTAL_CODE", postal.replace("-", ""))}
        for who in self.rng.sample(PEOPLE, 2):
            phone = self.mobile()
            visits.append({"name": who, "tel": phone})
            truth.add(("PHONE", _e164(phone)))
        data = {"clinic_name": "すわ内科クリニック", "clinic_tel": clinic_tel, "clinic_zip": postal, "visits": visits}
        return Doc(f"o9_lookalike_clinic{i:03d}.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
                   truth | _SCORED)

    def care_sheet_txt(self, i: int) -> Doc:
        """A care sheet: the user's own mobile, then the family doctor's clinic line labelled by its kind."""
        own, clinic = self.mobile(), self.landline()
        lines = ["フェイスシート", f"利用者　{self.pick(PEOPLE)}", f"携帯　{own}", f"かかりつけ医院電話　{clinic}", "服薬　朝夕"]
        return Doc(f"o9_lookalike_caresheet{i:03d}.txt", "\r\n".join(lines).encode("cp932"),
                   {("PHONE", _e164(own)), ("~PHONE", _e164(clinic))} | _SCORED)

    def seminar_roster_xlsx(self, i: int) -> Doc:
        """A seminar's participants, closed by the organising section's own row (総務課 | line | 〒 | address)."""
        rows, truth = [["研修参加者"], ["氏名", "電話", "郵便番号", "住所"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            phone = self.mobile()
            rows.append([who, phone, "", ""])
            truth.add(("PHONE", _e164(phone)))
        line, postal, address = self.landline(), self.postal(), self.address()
        rows.append(["総務課", line, postal, address])
        truth |= {("~PHONE", _e164(line)), ("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(address))}
        return Doc(f"o9_lookalike_seminar{i:03d}.xlsx", w.xlsx_bytes({"参加者": rows}), truth | _SCORED)

    def course_schedule_xlsx(self, i: int) -> Doc:
        """A course schedule titled by a place's own name (no kind of body in it), its line under the title."""
        line = self.landline()
        rows = [["ひまわりの丘 講座のご案内"], [f"電話 {line.replace('-', '')}"], ["日付", "講座", "会場"]]
        rows += [[f"2026/{self.n(12)}/{self.n(28)}", self.pick(["書道", "ヨガ", "料理"]), "2F和室"] for _ in range(4)]
        return Doc(f"o9_lookalike_course{i:03d}.xlsx", w.xlsx_bytes({"講座": rows}), {("~PHONE", _e164(line))} | _SCORED)

    def firm_newsletter_docx(self, i: int) -> Doc:
        """A newsletter named for itself (no firm in it) on a general topic, closed by its enquiries line."""
        line = self.landline()
        lines = [f"みらい通信 第{self.n(40)}号", "労働安全衛生法の改正について解説します。",
                 "改正は来年度から施行され、すべての事業場が対象となります。", f"お問い合わせ：{line}"]
        return Doc(f"o9_lookalike_newsletter{i:03d}.docx", _docx(lines), {("~PHONE", _e164(line))} | _SCORED)

    def museum_guide_txt(self, i: int) -> Doc:
        """A guide in its own voice, its name no kind of body: its line, its address alone at the end."""
        line, address = self.landline(), self.address()
        lines = ["風の杜 館内のご案内", f"ご案内 {line}", "展示室は2階です。撮影はご遠慮ください。", address]
        return Doc(f"o9_lookalike_museum{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(line)), ("~ADDRESS", address_key(address))} | _SCORED)

    # --- clean files ---------------------------------------------------------------

    def price_list_csv(self, i: int) -> Doc:
        rows = ["品番,品名,単価,最小ロット"]
        for name, price in self.rng.sample(PRODUCTS, 4):
            rows.append(f"{self.digits(7)},{name},{price},{self.pick([10, 50, 100])}")
        return Doc(f"o9_clean_prices{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def manual_docx(self, i: int) -> Doc:
        lines = ["裁断機 取扱説明書", "1. 電源スイッチを入れる前に安全カバーを閉じてください。",
                 f"2. 定格電圧は100V、消費電力は{self.n(9)}50Wです。", f"3. 刃の交換は{self.n(9)}000回ごとに行ってください。",
                 "4. 異常音がした場合は直ちに停止してください。", f"型式 KC-{self.digits(3)}-{self.digits(4)}"]
        return Doc(f"o9_clean_manual{i:03d}.docx", _docx(lines))

    def role_minutes_txt(self, i: int) -> Doc:
        lines = ["安全衛生委員会 議事録", f"日時：令和8年{self.n(12)}月{self.n(28)}日 15時〜16時", "出席：委員長、副委員長、産業医、衛生管理者、各職場委員",
                 "議題1 熱中症対策について、事務局より説明があった。", "議題2 フォークリフト点検表の様式を改める。",
                 "次回は来月第3木曜日。"]
        return Doc(f"o9_clean_minutes{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def timetable_xlsx(self, i: int) -> Doc:
        rows = [["工場シャトルバス時刻表"], ["便", "駅発", "工場着"]]
        rows += [[str(k), f"{6 + k}:{self.pick(['05', '20', '35', '50'])}", f"{6 + k}:{self.pick(['15', '30', '45', '58'])}"]
                 for k in range(1, 7)]
        return Doc(f"o9_clean_timetable{i:03d}.xlsx", w.xlsx_bytes({"時刻表": rows}))

    def statistics_csv(self, i: int) -> Doc:
        rows = ["年度,出荷数量,売上高（千円）,前年比"]
        rows += [f"{2018 + k},{self.rng.randint(100000, 999999)},{self.rng.randint(1000000, 9999999)},"
                 f"{self.rng.randint(90, 120)}.{self.n(9)}%" for k in range(6)]
        return Doc(f"o9_clean_stats{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def spec_txt(self, i: int) -> Doc:
        lines = ["製品仕様書", f"製品コード：{self.digits(3)}-{self.digits(4)}", f"外形寸法：{self.n(9)}00×{self.n(9)}50×{self.n(9)}0 mm",
                 f"質量：{self.n(40)}.{self.n(9)} kg", f"JANコード：49{self.digits(11)}", "使用温度範囲：-10〜40℃"]
        return Doc(f"o9_clean_spec{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def blank_form_docx(self, i: int) -> Doc:
        lines = ["入会申込書", "氏名：＿＿＿＿＿＿＿＿", "ふりがな：＿＿＿＿＿＿＿＿", "生年月日：　　　年　　月　　日",
                 "住所：〒　　　－　　　　", "電話番号：（　　　）　　　－　　　　", "メール：＿＿＿＿＿＿＿＿@＿＿＿＿＿"]
        return Doc(f"o9_clean_blank{i:03d}.docx", _docx(lines))

    def duty_roster_xlsx(self, i: int) -> Doc:
        """A duty rota by post, not by person."""
        rows = [["当番表"], ["曜日", "早番", "遅番", "夜間"]]
        rows += [[d, self.pick(["主任", "リーダー", "看護師A"]), self.pick(["副主任", "看護師B"]), self.pick(["当直医", "警備"])]
                 for d in "月火水木金"]
        return Doc(f"o9_clean_duty{i:03d}.xlsx", w.xlsx_bytes({"当番": rows}))

    def faq_txt(self, i: int) -> Doc:
        """A product FAQ that speaks of 'the customer' and gives model and serial numbers."""
        lines = ["よくあるご質問", "Q. 保証期間はどのくらいですか。", f"A. ご購入日から{self.n(3)}年間です。保証書に販売店印が必要です。",
                 f"Q. 型番 KX-{self.digits(4)} の替え刃はありますか。", f"A. 部品番号 {self.digits(3)}-{self.digits(4)} をご注文ください。",
                 "Q. お客様ご自身で修理できますか。", "A. 分解は故障の原因となりますのでおやめください。"]
        return Doc(f"o9_clean_faq{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def inventory_xlsx(self, i: int) -> Doc:
        """A warehouse count: locations, lot numbers and dates of manufacture."""
        rows = [["棚卸表"], ["棚番", "ロット番号", "製造日", "数量"]]
        rows += [[f"A-{self.n(9)}-{self.n(9)}", f"{self.digits(7)}", f"2026/{self.n(12)}/{self.n(28)}", str(self.n(500))]
                 for _ in range(6)]
        return Doc(f"o9_clean_inventory{i:03d}.xlsx", w.xlsx_bytes({"棚卸": rows}))

    def notice_docx(self, i: int) -> Doc:
        """A building notice signed by the management, with no address or line."""
        lines = ["入居者各位", "", "給水管清掃のお知らせ", f"{self.n(12)}月{self.n(28)}日 9時〜12時は断水いたします。",
                 "ご不便をおかけしますが、ご協力をお願いいたします。", "", "管理組合 理事会"]
        return Doc(f"o9_clean_notice{i:03d}.docx", _docx(lines))

    def order_log_csv(self, i: int) -> Doc:
        """An order log keyed by order numbers and dates, the buyer by a code."""
        rows = ["受注番号,受注日,得意先コード,品番,数量"]
        rows += [f"{self.digits(10)},2026-{self.n(12):02d}-{self.n(28):02d},C{self.digits(5)},{self.digits(7)},{self.n(99)}"
                 for _ in range(8)]
        return Doc(f"o9_clean_orders{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def worked_example_docx(self, i: int) -> Doc:
        """A form's instructions with a worked example of made-up values under 【記入例】."""
        lines = ["交通費申請書の書き方", "各欄は楷書で記入してください。", "【記入例】", f"氏名　{self.pick(PEOPLE)}",
                 f"住所　〒{self.postal()}　{self.address()}", f"電話　{self.mobile()}", "", "提出期限は毎月5日です。"]
        return Doc(f"o9_clean_example{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.supplier_signature_eml, self.vendor_list_xlsx, self.agencies_docx, self.press_release_txt,
                 self.company_profile_xlsx, self.clinic_export_json, self.care_sheet_txt, self.seminar_roster_xlsx,
                 self.course_schedule_xlsx, self.firm_newsletter_docx, self.museum_guide_txt, self.price_list_csv, self.manual_docx, self.role_minutes_txt,
                 self.timetable_xlsx, self.statistics_csv, self.spec_txt, self.blank_form_docx, self.duty_roster_xlsx,
                 self.faq_txt, self.inventory_xlsx, self.notice_docx, self.order_log_csv, self.worked_example_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
