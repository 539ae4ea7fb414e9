"""Check corpus for issue 12's own9 work, written apart from
benchmarks/corpus_own9_dev.py (another writer's habits: HTML, JSON, Markdown, TSV,
mail and PDF-like text; no town, name, organisation, mailbox or kind of document in
common).

Positives: an HTML application whose 〒 cell is typed in full-width digits with a
long-vowel mark, a JSON customer record whose zip has no hyphen and its address in
two other keys, a Markdown members' table with 〒 and ご住所 columns, a letter whose
郵便番号 follows its label with no hyphen, a TSV of deliveries whose postal code
column holds codes with a space. Look-alikes: a client company's desk written to
(御中) in a mail's To and body, a Markdown list of partner firms and their sections,
a JSON of public offices' desks, an HTML footer of a company's web page, a TSV of
branch offices with their postal codes, an order in XML with the shop's line in its own
element, a nursery's phone tree closed by 保育園TEL, a ward's on-call list closed by the
医局's row, a salon's price menu with its line under the title, a clinic's column
closed by 問合せ先, a campsite's guide with its address alone at the end. Clean files: a menu, a school timetable in
HTML, a JSON product catalogue, a Markdown procedure, a TSV of monthly figures, a
meeting notice naming posts only, a form's blank template.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
PLACES = [("宮城県", "石巻市", "中央"), ("島根県", "出雲市", "今市町"), ("佐賀県", "唐津市", "新興町"),
          ("和歌山県", "田辺市", "湊"), ("群馬県", "桐生市", "錦町")]
CUSTOMERS = ["久米 遥", "今井 隼人", "川島 茜", "須藤 和也", "望月 千夏"]
HANDLES = ["haruka_kume", "h.imai", "akane-kawashima", "kazuya.sudo"]
CLIENTS = ["石巻水産加工株式会社", "出雲ファーム有限会社", "株式会社唐津セラミックス", "田辺梅産業株式会社"]
# a section's romanised name, with its unit mark after a dot or a dash or glued
SECTIONS = [("管理部", "kanri-bu"), ("資材課", "shizai.ka"), ("企画室", "kikaku-shitsu"), ("人事課", "jinjika"),
            ("施設課", "shisetsu-ka"), ("広報部", "kouhoubu")]
OFFICES = [("出雲保健所 健康増進課", "kenkou-zoushin@pref.shimane.example.lg.jp"),
           ("唐津公共職業安定所 求人窓口", "kyujin-madoguchi@mhlw.example.go.jp"),
           ("石巻市 子育て支援課", "kosodate-shien@city.ishinomaki.example.lg.jp")]
SITES = ["ishinomaki-suisan.example.co.jp", "izumo-farm.example.jp", "karatsu-ceramics.example.co.jp"]
MEALS = ["親子丼", "焼き魚定食", "野菜カレー", "きつねうどん", "ハンバーグ"]


class CheckOwn9(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 92)

    def k(self, high: int = 30) -> int:
        return self.rng.randint(1, high)

    def code(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.digits(4)}"

    def place(self) -> str:
        pref, city, town = self.pick(PLACES)
        return f"{pref}{city}{town}{self.k(9)}丁目{self.k()}番{self.k()}号"

    # --- positives ---------------------------------------------------------------

    def application_html(self, i: int) -> Doc:
        code, place, phone = self.code(), self.place(), self.mobile()
        head, tail = code.split("-")
        written = f"〒{head.translate(FULL)}ー{tail.translate(FULL)}"
        html = (f"<h2>講座受講申込</h2><table><tr><th>お名前</th><td>{self.pick(CUSTOMERS)}</td></tr>"
                f"<tr><th>ご住所</th><td>{written}<br>{place}</td></tr><tr><th>お電話</th><td>{phone}</td></tr></table>")
        return Doc(f"o9c_apply{i:03d}.html", html.encode("utf-8"),
                   {("POSTAL_CODE", code.replace("-", "")), ("ADDRESS", address_key(place)), ("PHONE", _e164(phone))}
                   | _SCORED)

    def customer_json(self, i: int) -> Doc:
        code, (pref, city, town) = self.code(), self.pick(PLACES)
        rest = f"{town}{self.k(9)}-{self.k()}"
        record = {"customer": {"name": self.pick(CUSTOMERS), "zip": code.replace("-", ""), "addr1": f"{pref}{city}",
                               "addr2": rest, "mail": f"{self.pick(HANDLES)}@example.org"}}
        data = json.dumps(record, ensure_ascii=False, indent=2)
        return Doc(f"o9c_customer{i:03d}.json", data.encode("utf-8"),
                   {("POSTAL_CODE", code.replace("-", "")), ("EMAIL", record["customer"]["mail"])} | _SCORED
                   - {("*", "ADDRESS")})

    def members_md(self, i: int) -> Doc:
        lines, truth = ["# 同好会 会員一覧", "", "| お名前 | 〒 | ご住所 |", "|---|---|---|"], set()
        for who in self.rng.sample(CUSTOMERS, 3):
            code, place = self.code(), self.place()
            lines.append(f"| {who} | {code} | {place} |")
            truth |= {("POSTAL_CODE", code.replace("-", "")), ("ADDRESS", address_key(place))}
        return Doc(f"o9c_members{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def letter_txt(self, i: int) -> Doc:
        code, place = self.code(), self.place()
        lines = [f"{self.pick(CUSTOMERS)}様", "このたびは資料をご請求いただきありがとうございます。",
                 "ご登録の送付先は以下のとおりです。", f"郵便番号 {code.replace('-', '')}", f"ご住所 {place}"]
        return Doc(f"o9c_letter{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("POSTAL_CODE", code.replace("-", "")), ("ADDRESS", address_key(place))} | _SCORED)

    def deliveries_tsv(self, i: int) -> Doc:
        rows, truth = ["配送先\t郵便番号\t配送先住所\t電話番号"], set()
        for who in self.rng.sample(CUSTOMERS, 3):
            code, place, phone = self.code(), self.place(), self.landline()
            rows.append(f"{who}\t{code.replace('-', ' ')}\t{place}\t{phone}")
            truth |= {("POSTAL_CODE", code.replace("-", "")), ("ADDRESS", address_key(place)), ("PHONE", _e164(phone))}
        return Doc(f"o9c_deliveries{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.application_html, self.customer_json, self.members_md, self.letter_txt, self.deliveries_tsv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes ---------------------------------------------------------------

    def client_mail_eml(self, i: int) -> Doc:
        client, site = self.rng.choice(list(zip(CLIENTS, SITES)))
        section, local = self.pick(SECTIONS)
        desk, sender = f"{local}@{site}", f"{self.pick(HANDLES)}@example.org"
        body = [f"From: {sender}", f"To: {client} {section} <{desk}>", "Subject: 納品のご連絡", "",
                f"{client}", f"{section} ご担当者様", "", "ご注文の品を本日発送いたしました。"]
        return Doc(f"o9c_lookalike_client{i:03d}.eml", "\n".join(body).encode("utf-8"), {("~EMAIL", desk), ("EMAIL", sender)} | _SCORED)

    def partners_md(self, i: int) -> Doc:
        lines, truth = ["## 協力会社 連絡先", "", "| 会社名 | 部署 | TEL | E-mail |", "|---|---|---|---|"], set()
        for client, site in zip(CLIENTS, SITES):
            section, local = self.pick(SECTIONS)
            phone, mail = self.landline(), f"{local}@{site}"
            lines.append(f"| {client} | {section} | {phone} | {mail} |")
            truth |= {("~PHONE", _e164(phone)), ("~EMAIL", mail)}
        return Doc(f"o9c_lookalike_partners{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def offices_json(self, i: int) -> Doc:
        desks, truth = [], set()
        for office, mail in OFFICES:
            phone = self.landline()
            desks.append({"機関": office, "電話": phone, "メール": mail})
            truth |= {("~PHONE", _e164(phone)), ("~EMAIL", mail)}
        data = json.dumps({"相談窓口": desks}, ensure_ascii=False, indent=2)
        return Doc(f"o9c_lookalike_offices{i:03d}.json", data.encode("utf-8"), truth | _SCORED)

    def web_footer_html(self, i: int) -> Doc:
        client = self.pick(CLIENTS)
        code, place, phone = self.code(), self.place(), self.landline()
        head, tail = code.split("-")
        html = (f"<main><p>新商品のご案内です。</p></main><footer><p>{client}</p>"
                f"<p>〒{head.translate(FULL)}－{tail.translate(FULL)} {place}</p><p>TEL.{phone}</p>"
                f"<p>&copy; 2026 {client}</p></footer>")
        return Doc(f"o9c_lookalike_footer{i:03d}.html", html.encode("utf-8"),
                   {("~POSTAL_CODE", code.replace("-", "")), ("~ADDRESS", address_key(place)), ("~PHONE", _e164(phone))}
                   | _SCORED)

    def branches_tsv(self, i: int) -> Doc:
        rows, truth = ["拠点\t郵便番号\t所在地\t代表電話"], set()
        for pref, city, _ in self.rng.sample(PLACES, 3):
            code, place, phone = self.code(), self.place(), self.landline()
            rows.append(f"{city[:-1]}営業所\t{code}\t{place}\t{phone}")
            truth |= {("~POSTAL_CODE", code.replace("-", "")), ("~ADDRESS", address_key(place)), ("~PHONE", _e164(phone))}
        return Doc(f"o9c_lookalike_branches{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def order_xml(self, i: int) -> Doc:
        """An online order in XML: the shop's line in its own element, the buyer's in the customer's."""
        shop, buyer = self.landline(), self.mobile()
        xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<order>\n  <order_id>A{0}</order_id>\n"
               "  <shop_tel>{1}</shop_tel>\n  <customer>\n    <name>{2}</name>\n    <tel>{3}</tel>\n  </customer>\n</order>"
               ).format(self.digits(6), shop, self.pick(CUSTOMERS), buyer)
        return Doc(f"o9c_lookalike_order{i:03d}.xml", xml.encode("utf-8"),
                   {("~PHONE", _e164(shop)), ("PHONE", _e164(buyer))} | _SCORED)

    def _closed_list(self, name: str, head: list[str], row: str, closing: str) -> Doc:
        """People's mobiles one a line (row: a format of who and phone), closed by an
        organisation's own line (closing: a format of its landline)."""
        lines, truth = list(head), set()
        for who in self.rng.sample(CUSTOMERS, 3):
            phone = self.mobile()
            lines.append(row.format(who=who, phone=phone))
            truth.add(("PHONE", _e164(phone)))
        own = self.landline()
        lines.append(closing.format(phone=own))
        return Doc(name, "\n".join(lines).encode("utf-8"), truth | {("~PHONE", _e164(own))} | _SCORED)

    def phone_tree_txt(self, i: int) -> Doc:
        """A nursery class's phone tree: each family's mobile, the nursery's line by its kind."""
        return self._closed_list(f"o9c_lookalike_tree{i:03d}.txt", ["ひよこ組 連絡網"], "{who}　{phone}", "保育園TEL：{phone}")

    def ward_list_md(self, i: int) -> Doc:
        """A ward's on-call list in Markdown, closed by the medical office's own row."""
        return self._closed_list(f"o9c_lookalike_ward{i:03d}.md", ["| 氏名 | 連絡先 |", "|---|---|"], "| {who} | {phone} |",
                                 "| 医局 | {phone} |")

    def salon_menu_html(self, i: int) -> Doc:
        """A price menu page titled by a shop's own name (no kind in it): its line under the title."""
        line = self.landline()
        html = (f"<h1>つばき 料金表</h1><p>☎ {line}</p><table><tr><th>メニュー</th><th>料金</th></tr>"
                f"<tr><td>カット</td><td>{self.k(5)},{self.k(9)}00円</td></tr></table>")
        return Doc(f"o9c_lookalike_salon{i:03d}.html", html.encode("utf-8"), {("~PHONE", _e164(line))} | _SCORED)

    def clinic_news_md(self, i: int) -> Doc:
        """A health column in Markdown titled by its own name, its enquiries line last."""
        line = self.landline()
        lines = ["# すこやか だより", "", "冬は乾燥による肌トラブルが増えます。こまめな保湿を心がけましょう。", "",
                 f"問合せ先 TEL：{line}"]
        return Doc(f"o9c_lookalike_clinicnews{i:03d}.md", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(line))}
                   | _SCORED)

    def campsite_guide_txt(self, i: int) -> Doc:
        """A campsite's guide titled by its own name: its office's line, its address on a line of its own at the end."""
        line, place = self.landline(), self.place()
        lines = ["森のテラス ご利用ガイド", "チェックインは13時からです。", f"管理棟 TEL {line}", "", place]
        return Doc(f"o9c_lookalike_campsite{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~PHONE", _e164(line)), ("~ADDRESS", address_key(place))} | _SCORED)

    # --- clean files ---------------------------------------------------------------

    def menu_txt(self, i: int) -> Doc:
        lines = ["社員食堂 今週のメニュー", *(f"{d}曜日　{self.pick(MEALS)}　{self.rng.randint(350, 650)}円" for d in "月火水木金")]
        return Doc(f"o9c_clean_menu{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def school_timetable_html(self, i: int) -> Doc:
        cells = "".join(f"<tr><td>{p}限</td><td>{8 + p}:{self.pick(['00', '10'])}</td><td>{self.pick(['国語', '数学', '理科', '英語'])}</td></tr>"
                        for p in range(1, 7))
        html = f"<h1>時間割</h1><table><tr><th>時限</th><th>開始</th><th>教科</th></tr>{cells}</table>"
        return Doc(f"o9c_clean_timetable{i:03d}.html", html.encode("utf-8"))

    def catalogue_json(self, i: int) -> Doc:
        items = [{"sku": f"{self.digits(3)}-{self.digits(4)}", "name": f"磁器マグ {c}", "price": self.rng.randint(800, 3000),
                  "stock": self.rng.randint(0, 500)} for c in ("白", "藍", "灰")]
        return Doc(f"o9c_clean_catalogue{i:03d}.json", json.dumps({"items": items}, ensure_ascii=False).encode("utf-8"))

    def procedure_md(self, i: int) -> Doc:
        lines = ["# 来客対応の手順", "", "1. 受付簿に会社名と人数を記入してもらう", "2. 入館証を渡す",
                 f"3. 会議室{self.k(9)}0{self.k(9)}へ案内する", "4. 退館時に入館証を回収する"]
        return Doc(f"o9c_clean_procedure{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def figures_tsv(self, i: int) -> Doc:
        rows = ["月\t来場者数\t売上\t客単価"]
        rows += [f"{m}月\t{self.rng.randint(1000, 9999)}\t{self.rng.randint(1000000, 9999999)}\t{self.rng.randint(500, 2500)}"
                 for m in range(1, 13)]
        return Doc(f"o9c_clean_figures{i:03d}.tsv", "\n".join(rows).encode("utf-8"))

    def meeting_notice_txt(self, i: int) -> Doc:
        lines = ["理事会開催のお知らせ", f"日時 {self.k(12)}月{self.k(28)}日 14:00", "議長 理事長", "報告 事務局長、会計担当理事",
                 "議案 令和9年度事業計画（案）"]
        return Doc(f"o9c_clean_meeting{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def template_md(self, i: int) -> Doc:
        lines = ["## 届出書（様式第3号）", "", "| 項目 | 記入欄 |", "|---|---|", "| 氏名 | |", "| 生年月日 | 年　月　日 |",
                 "| 郵便番号 | 〒　　　-　　　　 |", "| 電話 | （　　）　　-　　　 |", "| E-mail | |"]
        return Doc(f"o9c_clean_template{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def outline_html(self, i: int) -> Doc:
        """A company outline as a definition list: 郵便番号 and 所在地 as terms."""
        client = self.pick(CLIENTS)
        code, place, phone = self.code(), self.place(), self.landline()
        html = (f"<h1>{client} 企業情報</h1><dl><dt>設立</dt><dd>19{self.k(99):02d}年</dd><dt>郵便番号</dt><dd>{code}</dd>"
                f"<dt>所在地</dt><dd>{place}</dd><dt>代表電話</dt><dd>{phone}</dd><dt>従業員数</dt><dd>{self.k(900)}名</dd></dl>")
        return Doc(f"o9c_lookalike_outline{i:03d}.html", html.encode("utf-8"),
                   {("~POSTAL_CODE", code.replace("-", "")), ("~ADDRESS", address_key(place)), ("~PHONE", _e164(phone))}
                   | _SCORED)

    def config_json(self, i: int) -> Doc:
        data = {"server": {"host": f"app{self.k(9)}.internal", "port": 8000 + self.k(99)}, "retry": self.k(5),
                "build": f"{self.digits(7)}", "released": f"2026-{self.k(12):02d}-{self.k(28):02d}"}
        return Doc(f"o9c_clean_config{i:03d}.json", json.dumps(data, indent=2).encode("utf-8"))

    def changelog_md(self, i: int) -> Doc:
        lines = ["# 変更履歴", "", f"## v{self.k(9)}.{self.k(20)}.0 (2026-{self.k(12):02d}-{self.k(28):02d})",
                 f"- 帳票の印刷余白を修正 (#{self.digits(4)})", "- 一覧画面の並び替えを追加", f"- ビルド番号 {self.digits(7)}"]
        return Doc(f"o9c_clean_changelog{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def dimensions_tsv(self, i: int) -> Doc:
        rows = ["型式\t幅mm\t奥行mm\t高さmm\t質量kg\t電源"]
        rows += [f"MG-{self.digits(3)}\t{self.k(9)}00\t{self.k(9)}50\t{self.k(9)}80\t{self.k(60)}\tAC100V {self.k(9)}0W"
                 for _ in range(5)]
        return Doc(f"o9c_clean_dimensions{i:03d}.tsv", "\n".join(rows).encode("utf-8"))

    def org_chart_txt(self, i: int) -> Doc:
        lines = ["組織図（令和9年4月1日）", "社長", "├ 管理本部長", "│ ├ 総務部長", "│ └ 経理部長", "└ 営業本部長",
                 "　 ├ 第一営業部長", "　 └ 第二営業部長"]
        return Doc(f"o9c_clean_orgchart{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def recipe_html(self, i: int) -> Doc:
        html = (f"<h1>{self.pick(MEALS)}の作り方</h1><ol><li>材料を{self.k(3)}cm角に切る</li><li>中火で{self.k(9)}分炒める</li>"
                f"<li>調味料を加えて{self.k(20)}分煮込む</li></ol><p>{self.k(4)}人分 / {self.k(900)}kcal</p>")
        return Doc(f"o9c_clean_recipe{i:03d}.html", html.encode("utf-8"))

    def sample_page_html(self, i: int) -> Doc:
        """A web help page: how to fill the application, a made-up applicant under 記載例 and （例） lines."""
        code, place = self.code(), self.place()
        html = ("<h1>申請フォームの入力方法</h1><p>全角で入力してください。</p><h2>＜記載例＞</h2>"
                f"<p>お名前：{self.pick(CUSTOMERS)}</p><p>郵便番号：{code}</p><p>ご住所：{place}</p>"
                f"<h2>電話番号の欄</h2><p>（例）{self.landline()}</p><p>ハイフンを入れて入力します。</p>")
        return Doc(f"o9c_clean_sample{i:03d}.html", html.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.client_mail_eml, self.partners_md, self.offices_json, self.web_footer_html, self.branches_tsv,
                 self.order_xml, self.phone_tree_txt, self.ward_list_md, self.salon_menu_html, self.clinic_news_md,
                 self.campsite_guide_txt,
                 self.menu_txt, self.school_timetable_html, self.catalogue_json, self.procedure_md, self.figures_tsv,
                 self.meeting_notice_txt, self.template_md, self.outline_html, self.config_json, self.changelog_md,
                 self.dimensions_tsv, self.org_chart_txt, self.recipe_html, self.sample_page_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]
