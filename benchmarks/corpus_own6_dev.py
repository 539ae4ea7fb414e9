"""Development corpus for issue 12's own6 work: an organisation's own contacts
(a school's, clinic's, pharmacy's, town office's, estate agent's, staffing
agency's, temple's, shop's) written as different people write them — a
letterhead, a 問い合わせ先 block, a desk's signature, an HTML footer, a JSON or XML
organisation object, a Markdown footer, an アクセス section, a vCard of the
organisation — beside a person's own contacts on the same page, and clean files
carrying the organisation's contacts only. The rules are tuned on this corpus
only; benchmarks/corpus_own6_check.py (other kinds, labels, keys, towns, names
and mailboxes; tests/benchmarks/test_own6_corpora.py checks that no list of one is
in the other) checks them.

Truth: positives are labelled for the scored types only (`("*", type)`); an
organisation's own value is a look-alike `("~TYPE", value)`; clean files are
labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_own5_common import Own5Numbers
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
PEOPLE = ["浅野 美穂", "石黒 亮太", "上田 千尋", "大塚 智也", "小野寺 綾", "久保田 修", "小林 玲奈", "佐野 翔",
          "杉浦 由佳", "田村 拓海"]
TOWNS = ["千葉県松戸市新松戸", "埼玉県所沢市並木", "神奈川県平塚市明石町", "茨城県土浦市大和町", "栃木県小山市城山町",
         "群馬県高崎市連雀町", "山梨県甲府市丸の内", "新潟県長岡市大手通"]
ORGS = ["みどり台小学校", "さくら内科クリニック", "ひので薬局", "みなと不動産 駅前店", "あおば町役場 税務課",
        "ひかりスタッフ株式会社", "光照寺 寺務所", "ベーカリーこむぎ"]
ROLE_MAILS = ["kyomu", "uketsuke", "yakkyoku", "minato.ekimae", "zeimu", "haken", "jimusho", "yoyaku", "aozora.kaigo"]
PERSON_MAILS = ["miho.asano", "ryota-i", "chihiro.u", "t.otsuka"]
DOMAINS = ["midoridai-es.ed.jp", "sakura-naika.jp", "hinode-ph.co.jp", "minato-fudosan.jp"]
ITEMS = ["食パン", "クロワッサン", "あんパン", "メロンパン"]


class DevOwn6(Own5Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 61)

    TOWNS, DOMAINS, BLOCK = TOWNS, DOMAINS, "{}-{}-{}"

    def postal(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.digits(4)}"

    def org_contacts(self, role: str) -> tuple[dict, set]:
        """An organisation's postal code, address, phone, fax and mailbox with their look-alike truth."""
        (place, key), code = self.address(), self.postal()
        tel, fax, mail = self.landline(), self.landline(), self.mail(role)
        own = {"zip": code, "place": place, "tel": tel, "fax": fax, "mail": mail}
        return own, {("~POSTAL_CODE", code.replace("-", "")), ("~ADDRESS", key), ("~PHONE", _e164(tel)),
                     ("~PHONE", _e164(fax)), ("~EMAIL", mail)}

    def person_contacts(self) -> tuple[dict, set]:
        (home, key), code, cell = self.address(), self.postal(), self.mobile()
        mail = self.mail(self.pick(PERSON_MAILS))
        mine = {"name": self.pick(PEOPLE), "zip": code, "home": home, "cell": cell, "mail": mail}
        return mine, {("POSTAL_CODE", code.replace("-", "")), ("ADDRESS", key), ("PHONE", _e164(cell)),
                      ("EMAIL", mail)}

    # --- positives ---------------------------------------------------------------

    def school_letter_txt(self, i: int) -> Doc:
        """A school letter: the school's letterhead block, a reply slip with the guardian's contacts."""
        own, truth = self.org_contacts("kyomu")
        me, mine = self.person_contacts()
        lines = ["保護者各位", "", "令和8年度 家庭訪問のお知らせ", "下記の日程で家庭訪問を行います。", "",
                 "みどり台小学校", f"〒{own['zip']} {own['place']}", f"TEL {own['tel']}　FAX {own['fax']}",
                 f"E-mail {own['mail']}", "", "-------- きりとり --------", "家庭訪問 希望調査票",
                 f"保護者氏名　{me['name']}", f"住所　〒{me['zip']} {me['home']}", f"緊急連絡先（携帯）　{me['cell']}",
                 f"メール　{me['mail']}"]
        return Doc(f"dv_school{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | mine | _SCORED)

    def clinic_json(self, i: int) -> Doc:
        """An appointment export: the clinic object beside the patient's."""
        own, truth = self.org_contacts("uketsuke")
        me, mine = self.person_contacts()
        record = {"clinic": {"name": "さくら内科クリニック", "postal_code": own["zip"], "address": own["place"],
                             "tel": own["tel"], "fax": own["fax"], "email": own["mail"]},
                  "patient": {"name": me["name"], "postal_code": me["zip"], "address": me["home"],
                              "tel": me["cell"], "email": me["mail"]},
                  "appointment": {"date": "2026-11-02", "time": "10:30"}}
        data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"dv_clinic{i:03d}.json", data, truth | mine | _SCORED)

    def pharmacy_html(self, i: int) -> Doc:
        """A reservation page: the person's fields in a table, the pharmacy's footer address element."""
        own, truth = self.org_contacts("yakkyoku")
        me, mine = self.person_contacts()
        truth.discard(("~PHONE", _e164(own["fax"])))
        page = (f"<html><body><h1>処方せん受付のご確認</h1><table><tr><th>お名前</th><td>{me['name']}</td></tr>"
                f"<tr><th>ご住所</th><td>〒{me['zip']} {me['home']}</td></tr><tr><th>携帯電話</th><td>{me['cell']}</td></tr>"
                f"<tr><th>メール</th><td>{me['mail']}</td></tr></table>"
                f"<footer><address>ひので薬局<br>〒{own['zip']} {own['place']}<br>TEL {own['tel']}<br>"
                f"{own['mail']}</address></footer></body></html>")
        return Doc(f"dv_pharmacy{i:03d}.html", page.encode("utf-8"), truth | mine | _SCORED)

    def agent_eml(self, i: int) -> Doc:
        """An estate agent's mail to an applicant: the store's desk signature, the applicant's quoted contacts."""
        own, truth = self.org_contacts("minato.ekimae")
        me, mine = self.person_contacts()
        body = [f"{me['name']} 様", "", "お申込みありがとうございます。ご入力内容は以下のとおりです。",
                f"> ご住所：〒{me['zip']} {me['home']}", f"> 携帯：{me['cell']}", f"> メール：{me['mail']}", "",
                "＝＝＝＝＝＝＝＝＝＝＝＝", "みなと不動産 駅前店 賃貸担当窓口", f"〒{own['zip']}", own["place"],
                f"TEL {own['tel']} / FAX {own['fax']}", f"Mail {own['mail']}", "＝＝＝＝＝＝＝＝＝＝＝＝"]
        data = w.make_eml("お申込み受付", f"みなと不動産 駅前店 <{own['mail']}>", me["mail"], "\n".join(body))
        return Doc(f"dv_agent{i:03d}.eml", data, truth | mine | _SCORED)

    def tax_docx(self, i: int) -> Doc:
        """A town office's notice: the addressee's block, then 本件に関するお問い合わせ with a 直通 line."""
        own, truth = self.org_contacts("zeimu")
        me, mine = self.person_contacts()
        mine.discard(("EMAIL", me["mail"]))
        truth -= {("~EMAIL", own["mail"]), ("~PHONE", _e164(own["fax"]))}
        lines = [f"〒{me['zip']}", me["home"], f"{me['name']} 様", "", "固定資産税の納付について",
                 "納期限までに納付をお願いいたします。", "", "本件に関するお問い合わせ", "あおば町役場 税務課 資産税係",
                 f"〒{own['zip']} {own['place']}", f"電話：{own['tel']}（直通）"]
        table = [["納税義務者", me["name"]], ["連絡先", me["cell"]]]
        return Doc(f"dv_tax{i:03d}.docx", _docx(lines, table), truth | mine | _SCORED)

    def staffing_md(self, i: int) -> Doc:
        """A staffing agency's assignment sheet in Markdown: the worker's rows, the agency's footer."""
        own, truth = self.org_contacts("haken")
        me, mine = self.person_contacts()
        lines = ["# 就業条件明示書", "", "| 項目 | 内容 |", "|---|---|", f"| 派遣労働者 | {me['name']} |",
                 f"| 現住所 | 〒{me['zip']} {me['home']} |", f"| 携帯電話 | {me['cell']} |", f"| メール | {me['mail']} |",
                 "", "---", "**派遣元** ひかりスタッフ株式会社 ", f"〒{own['zip']} {own['place']}  ",
                 f"TEL: {own['tel']} ／ FAX: {own['fax']}  ", f"Mail: {own['mail']}"]
        return Doc(f"dv_staffing{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | mine | _SCORED)

    def temple_vcf(self, i: int) -> Doc:
        """A contacts export: the temple's card (ORG only) and a parishioner's card."""
        own, truth = self.org_contacts("jimusho")
        me, mine = self.person_contacts()
        cards = ["BEGIN:VCARD", "VERSION:3.0", "FN:光照寺 寺務所", "ORG:光照寺", f"TEL;TYPE=WORK,VOICE:{own['tel']}",
                 f"TEL;TYPE=WORK,FAX:{own['fax']}", f"ADR;TYPE=WORK:;;{own['place']};;;{own['zip']};Japan",
                 f"EMAIL;TYPE=WORK:{own['mail']}", "END:VCARD",
                 "BEGIN:VCARD", "VERSION:3.0", f"N:{me['name'].replace(' ', ';')};;;", f"FN:{me['name']}",
                 f"TEL;TYPE=CELL:{me['cell']}", f"ADR;TYPE=HOME:;;{me['home']};;;{me['zip']};Japan",
                 f"EMAIL;TYPE=HOME:{me['mail']}", "END:VCARD"]
        return Doc(f"dv_temple{i:03d}.vcf", "\r\n".join(cards).encode("utf-8"), truth | mine | _SCORED)

    def order_xml(self, i: int) -> Doc:
        """A shop's order in XML: the store element beside the customer element."""
        own, truth = self.org_contacts("yoyaku")
        me, mine = self.person_contacts()
        xml = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<order>", "  <store>", "    <name>ベーカリーこむぎ</name>",
               f"    <zip>{own['zip']}</zip>", f"    <address>{own['place']}</address>", f"    <tel>{own['tel']}</tel>",
               f"    <fax>{own['fax']}</fax>", f"    <mail>{own['mail']}</mail>", "  </store>", "  <customer>",
               f"    <name>{me['name']}</name>", f"    <zip>{me['zip']}</zip>", f"    <address>{me['home']}</address>",
               f"    <tel>{me['cell']}</tel>", f"    <mail>{me['mail']}</mail>", "  </customer>",
               f"  <item>{self.pick(ITEMS)}</item>", "</order>"]
        return Doc(f"dv_order{i:03d}.xml", "\n".join(xml).encode("utf-8"), truth | mine | _SCORED)

    def access_txt(self, i: int) -> Doc:
        """An invitation to a person (their address block on top) with the venue's アクセス section."""
        own, truth = self.org_contacts("uketsuke")
        me, mine = self.person_contacts()
        mine.discard(("EMAIL", me["mail"]))
        truth.discard(("~EMAIL", own["mail"]))
        truth.discard(("~PHONE", _e164(own["fax"])))
        lines = [f"〒{me['zip']}", me["home"], f"{me['name']} 様", f"（ご登録の携帯 {me['cell']}）", "",
                 "入学説明会のご案内", "下記のとおり説明会を開催いたします。", "", "■アクセス",
                 f"所在地：〒{own['zip']} {own['place']}", "最寄り駅：新松戸駅 徒歩8分", f"TEL：{own['tel']}"]
        return Doc(f"dv_access{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | mine | _SCORED)

    def estimate_xlsx(self, i: int) -> Doc:
        """An estimate laid out as a letter in cells: the customer's block left, the builder's right."""
        own, truth = self.org_contacts("uketsuke")
        me, mine = self.person_contacts()
        mine.discard(("EMAIL", me["mail"]))
        truth.discard(("~EMAIL", own["mail"]))
        rows = [["御見積書", "", "No. 1024"], [f"{me['name']} 様", "", "有限会社あおば工務店"],
                [f"〒{me['zip']}", "", f"〒{own['zip']}"], [me["home"], "", own["place"]],
                [f"携帯 {me['cell']}", "", f"TEL {own['tel']}　FAX {own['fax']}"], [], ["工事内容", "数量", "金額"],
                ["浴室改修", "1", "850000"]]
        return Doc(f"dv_estimate{i:03d}.xlsx", w.xlsx_bytes({"見積": rows}), truth | mine | _SCORED)

    def care_docx(self, i: int) -> Doc:
        """A care contract: the user's cells, then the provider's 事業所 cells with a mailbox no list knows."""
        own, truth = self.org_contacts("aozora.kaigo")
        me, mine = self.person_contacts()
        table = [["利用者氏名", me["name"]], ["利用者住所", f"〒{me['zip']} {me['home']}"], ["携帯電話", me["cell"]],
                 ["メール", me["mail"]], ["事業所名", "あおぞら訪問介護"], ["事業所所在地", f"〒{own['zip']} {own['place']}"],
                 ["事業所電話", own["tel"]], ["事業所FAX", own["fax"]], ["事業所メール", own["mail"]]]
        return Doc(f"dv_care{i:03d}.docx", _docx(["重要事項説明書"], table), truth | mine | _SCORED)

    def visit_report_txt(self, i: int) -> Doc:
        """A nurse's visit report: the patient's lines, the station's signing line with the nurse's name."""
        own, truth = self.org_contacts("uketsuke")
        me, mine = self.person_contacts()
        truth = {t for t in truth if t[0] == "~PHONE" and t[1] == _e164(own["tel"])}
        mine = {t for t in mine if t[0] in ("ADDRESS", "PHONE")}
        lines = ["訪問看護報告書", f"利用者：{me['name']}", f"住所：{me['home']}", f"連絡先：{me['cell']}",
                 "状態：安定している", f"報告者：みなと訪問看護ステーション　看護師 {self.pick(PEOPLE)}　{own['tel']}"]
        return Doc(f"dv_visit{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | mine | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.school_letter_txt, self.clinic_json, self.pharmacy_html, self.agent_eml, self.tax_docx,
                 self.staffing_md, self.temple_vcf, self.order_xml, self.access_txt, self.estimate_xlsx,
                 self.care_docx, self.visit_report_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def menu_txt(self, i: int) -> Doc:
        own, _ = self.org_contacts("yoyaku")
        lines = ["本日のパン", *(f"{item}　{self.rng.randint(1, 4) * 80}円" for item in ITEMS), "", "【店舗情報】",
                 "ベーカリーこむぎ", f"住所：{own['place']}", f"TEL：{own['tel']}", "営業時間 7:00〜18:00（月曜定休）"]
        return Doc(f"dv_clean_menu{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def leaflet_docx(self, i: int) -> Doc:
        own, _ = self.org_contacts("uketsuke")
        lines = ["インフルエンザ予防接種のご案内", "10月1日から予約を受け付けます。", "", "さくら内科クリニック",
                 f"〒{own['zip']} {own['place']}", f"電話 {own['tel']}　FAX {own['fax']}", f"メール {own['mail']}"]
        return Doc(f"dv_clean_leaflet{i:03d}.docx", _docx(lines))

    def newsletter_md(self, i: int) -> Doc:
        own, _ = self.org_contacts("kyomu")
        lines = ["# 学校だより 11月号", "", "持久走大会を行います。温かい服装でお越しください。", "", "---",
                 f"発行：みどり台小学校　〒{own['zip']} {own['place']}　TEL {own['tel']}"]
        return Doc(f"dv_clean_newsletter{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def catalogue_json(self, i: int) -> Doc:
        own, _ = self.org_contacts("yakkyoku")
        record = {"store": {"name": "ひので薬局", "address": own["place"], "tel": own["tel"], "email": own["mail"]},
                  "items": [{"name": item, "price": self.rng.randint(100, 900)} for item in ITEMS]}
        return Doc(f"dv_clean_catalogue{i:03d}.json", json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))

    def guide_html(self, i: int) -> Doc:
        own, _ = self.org_contacts("jimusho")
        page = ("<html><body><h2>利用案内</h2><p>開館時間は9時から17時です。</p><h3>所在地・アクセス</h3>"
                f"<p>{own['place']}<br>最寄り駅：並木駅</p><h3>お問い合わせ</h3><p>電話 {own['tel']}<br>"
                f"FAX {own['fax']}</p></body></html>")
        return Doc(f"dv_clean_guide{i:03d}.html", page.encode("utf-8"))

    def notice_eml(self, i: int) -> Doc:
        own, _ = self.org_contacts("zeimu")
        body = ["年末年始の窓口業務についてお知らせします。", "", "あおば町役場 税務課", f"電話：{own['tel']}（直通）",
                f"メール：{own['mail']}"]
        data = w.make_eml("窓口業務のお知らせ", own["mail"], "all-residents@aoba-town.jp", "\n".join(body))
        return Doc(f"dv_clean_notice{i:03d}.eml", data)

    def card_vcf(self, i: int) -> Doc:
        own, _ = self.org_contacts("haken")
        card = ["BEGIN:VCARD", "VERSION:3.0", "FN:ひかりスタッフ株式会社", "ORG:ひかりスタッフ株式会社",
                f"TEL;TYPE=WORK:{own['tel']}", f"ADR;TYPE=WORK:;;{own['place']};;;{own['zip']};Japan",
                f"EMAIL;TYPE=WORK:{own['mail']}", "END:VCARD"]
        return Doc(f"dv_clean_card{i:03d}.vcf", "\r\n".join(card).encode("utf-8"))

    def timetable_xlsx(self, i: int) -> Doc:
        own, _ = self.org_contacts("kyomu")
        rows = [["時間割（2年1組）"], ["", "月", "火", "水"], ["1", "国語", "算数", "理科"], ["2", "算数", "国語", "体育"],
                [], ["みどり台小学校", f"TEL {own['tel']}", f"FAX {own['fax']}"]]
        return Doc(f"dv_clean_timetable{i:03d}.xlsx", w.xlsx_bytes({"時間割": rows}))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.menu_txt, self.leaflet_docx, self.newsletter_md, self.catalogue_json, self.guide_html,
                 self.notice_eml, self.card_vcf, self.timetable_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
