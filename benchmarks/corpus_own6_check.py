"""Check corpus for issue 12's own6 work, written apart from
benchmarks/corpus_own6_dev.py (no template, label, object key, town, name, firm or
mailbox in common; tests/benchmarks/test_own6_corpora.py checks the lists): a
nursery's mail, a hotel's booking export, a cram school's enrolment form, a repair
desk's slip, a ward office's web receipt, a welfare council's volunteer sheet, a
dental clinic's recall list in YAML, an association's member page, a caterer's
invoice — each carrying the organisation's own contacts beside a person's — and
clean files (a price list, a museum's guide, a clinic calendar, a class timetable,
a hotel's facility record, a staff newsletter, a shop's flyer).

Truth as in the dev corpus: `("*", type)` for the scored types, `("~TYPE", value)`
for an organisation's own value, nothing in clean files.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_own5_common import Own5Numbers
from samples import writers as w

_SCORED = {("*", entity) for entity in ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")}
PEOPLE = ["荒井 沙耶", "岩崎 大輔", "遠藤 麻衣", "桑原 直人", "近藤 里美", "関口 健太", "高野 美咲", "土屋 裕介",
          "永井 葵", "平野 和樹"]
TOWNS = ["大阪府堺市堺区熊野町", "兵庫県姫路市本町", "京都府宇治市宇治", "奈良県橿原市八木町", "和歌山県田辺市新屋敷町",
         "滋賀県彦根市京町", "三重県津市丸之内", "広島県福山市霞町"]
FIRMS = ["こすもす保育園", "ホテル潮騒", "明進ゼミナール 堺教室", "でんきのミヤタ サービスセンター", "北区役所 区民課",
         "彦根市社会福祉協議会", "わかば歯科医院", "緑風会", "まごころ仕出し 本店"]
ROLE_MAILS = ["hoikuen", "front", "juku", "repair", "kumin", "volunteer", "recall", "secretariat", "catering"]
PERSON_MAILS = ["saya.arai", "d-iwasaki", "mai_endo", "naoto.k"]
DOMAINS = ["cosmos-hoiku.or.jp", "hotel-shiosai.jp", "meishin-zemi.com", "miyata-denki.co.jp"]
DISHES = ["幕の内弁当", "松花堂弁当", "寿司盛り合わせ"]


class CheckOwn6(Own5Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 67)

    TOWNS, DOMAINS, BLOCK = TOWNS, DOMAINS, "{}丁目{}番{}号"

    def zip7(self) -> str:
        return f"{self.rng.randint(500, 799)}-{self.digits(4)}"

    def own(self, role: str) -> tuple[dict, set]:
        """The organisation's contacts and their look-alike truth."""
        (where, key), code = self.address(), self.zip7()
        main, fax, box = self.landline(), self.landline(), self.mail(role)
        return ({"code": code, "where": where, "main": main, "fax": fax, "box": box},
                {("~POSTAL_CODE", code.replace("-", "")), ("~ADDRESS", key), ("~PHONE", _e164(main)),
                 ("~PHONE", _e164(fax)), ("~EMAIL", box)})

    def someone(self) -> tuple[dict, set]:
        (where, key), code, phone = self.address(), self.zip7(), self.phone()
        box = self.mail(self.pick(PERSON_MAILS))
        return ({"who": self.pick(PEOPLE), "code": code, "where": where, "phone": phone, "box": box},
                {("POSTAL_CODE", code.replace("-", "")), ("ADDRESS", key), ("PHONE", _e164(phone)), ("EMAIL", box)})

    # --- positives ---------------------------------------------------------------

    def nursery_eml(self, i: int) -> Doc:
        """A nursery's mail to a guardian: the guardian's registered contacts, the nursery's signature."""
        org, truth = self.own("hoikuen")
        me, mine = self.someone()
        body = [f"{me['who']} さま", "", "いつもお世話になっております。登録内容の確認をお願いします。",
                f"・ご自宅　〒{me['code']} {me['where']}", f"・お迎え時の連絡先　{me['phone']}", f"・連絡用メール　{me['box']}",
                "", "社会福祉法人 こすもす会", "こすもす保育園（園長 代理）", f"〒{org['code']}　{org['where']}",
                f"電話 {org['main']}　ファクス {org['fax']}", f"{org['box']}"]
        data = w.make_eml("登録内容のご確認", f"こすもす保育園 <{org['box']}>", me["box"], "\n".join(body))
        return Doc(f"ck_nursery{i:03d}.eml", data, truth | mine | _SCORED)

    def booking_json(self, i: int) -> Doc:
        """A hotel's booking export: the hotel record and the guest record."""
        org, truth = self.own("front")
        me, mine = self.someone()
        record = {"booking_id": f"R{self.digits(6)}",
                  "hotel": {"hotel_name": "ホテル潮騒", "zip": org["code"], "addr": org["where"], "phone": org["main"],
                            "fax": org["fax"], "mail": org["box"]},
                  "guest": {"guest_name": me["who"], "zip": me["code"], "addr": me["where"], "phone": me["phone"],
                            "mail": me["box"]}}
        data = json.dumps(record, ensure_ascii=False, indent=4).encode("utf-8")
        return Doc(f"ck_booking{i:03d}.json", data, truth | mine | _SCORED)

    def enrolment_docx(self, i: int) -> Doc:
        """A cram school's enrolment form: the family's cells, then the classroom's own cells."""
        org, truth = self.own("juku")
        me, mine = self.someone()
        table = [["生徒氏名", me["who"]], ["保護者住所", f"〒{me['code']} {me['where']}"], ["保護者連絡先", me["phone"]],
                 ["連絡用アドレス", me["box"]], ["教室名", "明進ゼミナール 堺教室"], ["教室所在地", f"〒{org['code']} {org['where']}"],
                 ["教室電話", org["main"]], ["教室FAX", org["fax"]], ["教室メール", org["box"]]]
        return Doc(f"ck_enrolment{i:03d}.docx", _docx(["入塾申込書"], table), truth | mine | _SCORED)

    def repair_txt(self, i: int) -> Doc:
        """A repair slip: the customer's lines, then the service centre's lines under 受付窓口."""
        org, truth = self.own("repair")
        me, mine = self.someone()
        lines = ["修理受付票", f"お客様名：{me['who']}", f"ご住所：〒{me['code']} {me['where']}", f"ご連絡先：{me['phone']}",
                 f"メール：{me['box']}", "品名：洗濯機", "", "［受付窓口］でんきのミヤタ サービスセンター",
                 f"　〒{org['code']} {org['where']}", f"　☎ {org['main']}　Fax {org['fax']}", f"　✉ {org['box']}"]
        return Doc(f"ck_repair{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | mine | _SCORED)

    def receipt_html(self, i: int) -> Doc:
        """A ward office's web receipt: the applicant's definition list, the ward's contact paragraph."""
        org, truth = self.own("kumin")
        me, mine = self.someone()
        page = (f"<html><body><h1>申請を受け付けました</h1><dl><dt>申請者</dt><dd>{me['who']}</dd><dt>住所</dt>"
                f"<dd>〒{me['code']} {me['where']}</dd><dt>電話番号</dt><dd>{me['phone']}</dd><dt>メールアドレス</dt>"
                f"<dd>{me['box']}</dd></dl><div class=\"contact\"><h2>担当窓口</h2><p>北区役所 区民課 住民記録係<br>"
                f"〒{org['code']} {org['where']}<br>電話番号：{org['main']}<br>ファックス：{org['fax']}<br>"
                f"メール：{org['box']}</p></div></body></html>")
        return Doc(f"ck_receipt{i:03d}.html", page.encode("utf-8"), truth | mine | _SCORED)

    def volunteer_csv(self, i: int) -> Doc:
        """A welfare council's volunteer sheet: the council's line on top, the volunteers' rows."""
        org, truth = self.own("volunteer")
        rows = ["彦根市社会福祉協議会 ボランティアセンター,〒" + org["code"], f"{org['where']},{org['main']}", "",
                "登録者名,住所,連絡先"]
        truth = {t for t in truth if t[0] != "~EMAIL" and t[1] != _e164(org["fax"])}
        for _ in range(self.rng.randint(2, 4)):
            me, mine = self.someone()
            rows.append(f"{me['who']},{me['where']},{me['phone']}")
            truth |= {t for t in mine if t[0] in ("ADDRESS", "PHONE")}
        return Doc(f"ck_volunteer{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def recall_yaml(self, i: int) -> Doc:
        """A dental clinic's recall list in YAML: the practice mapping, then the patients' mappings."""
        org, truth = self.own("recall")
        truth = {t for t in truth if t[0] != "~EMAIL"}
        lines = ["practice:", "  label: わかば歯科医院", f"  postcode: \"{org['code']}\"", f"  location: {org['where']}",
                 f"  telephone: \"{org['main']}\"", f"  facsimile: \"{org['fax']}\"", "recalls:"]
        for _ in range(self.rng.randint(2, 3)):
            me, mine = self.someone()
            lines += [f"  - patient_name: {me['who']}", f"    location: {me['where']}", f"    telephone: \"{me['phone']}\""]
            truth |= {t for t in mine if t[0] in ("ADDRESS", "PHONE")}
        return Doc(f"ck_recall{i:03d}.yaml", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def members_md(self, i: int) -> Doc:
        """An association's member page: members' table, then the 事務局 footer."""
        org, truth = self.own("secretariat")
        truth = {t for t in truth if t[1] != _e164(org["fax"])}
        lines = ["## 緑風会 会員名簿（役員）", "", "| 氏名 | 電話 | メール |", "|---|---|---|"]
        for _ in range(self.rng.randint(2, 3)):
            me, mine = self.someone()
            lines.append(f"| {me['who']} | {me['phone']} | {me['box']} |")
            truth |= {t for t in mine if t[0] in ("PHONE", "EMAIL")}
        lines += ["", "***", f"緑風会 事務局　〒{org['code']} {org['where']}　☎{org['main']}　{org['box']}"]
        return Doc(f"ck_members{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def invoice_xlsx(self, i: int) -> Doc:
        """A caterer's invoice: the customer's block, the caterer's block beside it."""
        org, truth = self.own("catering")
        me, mine = self.someone()
        truth = {t for t in truth if t[0] != "~EMAIL"}
        mine = {t for t in mine if t[0] != "EMAIL"}
        rows = [["御請求書"], [f"{me['who']} 様", "", "まごころ仕出し 本店"], [f"〒{me['code']}", "", f"〒{org['code']}"],
                [me["where"], "", org["where"]], [f"TEL {me['phone']}", "", f"TEL {org['main']} FAX {org['fax']}"],
                [], ["品名", "数量", "金額"], [self.pick(DISHES), "10", "15000"]]
        return Doc(f"ck_invoice{i:03d}.xlsx", w.xlsx_bytes({"請求書": rows}), truth | mine | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.nursery_eml, self.booking_json, self.enrolment_docx, self.repair_txt, self.receipt_html,
                 self.volunteer_csv, self.recall_yaml, self.members_md, self.invoice_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def prices_csv(self, i: int) -> Doc:
        org, _ = self.own("catering")
        rows = ["品名,価格", *(f"{d},{self.rng.randint(8, 30) * 100}" for d in DISHES), "",
                f"まごころ仕出し 本店,{org['where']},{org['main']}"]
        return Doc(f"ck_clean_prices{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def museum_html(self, i: int) -> Doc:
        org, _ = self.own("front")
        page = ("<html><body><h1>ご利用のご案内</h1><p>休館日：月曜日</p><footer><p>市立郷土資料館</p>"
                f"<p>〒{org['code']} {org['where']}</p><p>Tel. {org['main']} / Fax. {org['fax']}</p></footer></body></html>")
        return Doc(f"ck_clean_museum{i:03d}.html", page.encode("utf-8"))

    def calendar_md(self, i: int) -> Doc:
        org, _ = self.own("recall")
        lines = ["### 12月の診療日", "", "- 休診：日曜・祝日", "- 29日〜3日：年末年始休診", "",
                 f"わかば歯科医院｜{org['where']}｜予約専用 {org['main']}"]
        return Doc(f"ck_clean_calendar{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def classes_txt(self, i: int) -> Doc:
        org, _ = self.own("juku")
        lines = ["冬期講習 時間割", "中1　数学 17:00-18:20", "中2　英語 18:30-19:50", "",
                 "お問い合わせは 明進ゼミナール 堺教室 まで", f"{org['where']}", f"受付 {org['main']}（14時〜21時）",
                 f"{org['box']}"]
        return Doc(f"ck_clean_classes{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def facility_json(self, i: int) -> Doc:
        org, _ = self.own("front")
        record = {"facility": {"facility_name": "ホテル潮騒", "zip": org["code"], "addr": org["where"],
                               "phone": org["main"], "mail": org["box"]}, "rooms": 42, "checkin": "15:00"}
        return Doc(f"ck_clean_facility{i:03d}.json", json.dumps(record, ensure_ascii=False, indent=4).encode("utf-8"))

    def staff_news_eml(self, i: int) -> Doc:
        org, _ = self.own("kumin")
        body = ["職員の皆さまへ", "庁舎の停電点検のため、土曜日は入庁できません。", "", "――", "北区役所 総務課 庁舎管理係",
                f"内線 2214／外線 {org['main']}"]
        data = w.make_eml("停電点検のお知らせ", org["box"], "staff-list@kita-ward.jp", "\n".join(body))
        return Doc(f"ck_clean_staffnews{i:03d}.eml", data)

    def flyer_docx(self, i: int) -> Doc:
        org, _ = self.own("repair")
        lines = ["エアコン クリーニング キャンペーン", "11月末まで 20% OFF", "",
                 "でんきのミヤタ サービスセンター", f"〒{org['code']} {org['where']}", f"フリーダイヤル 0120-{self.digits(3)}-{self.digits(3)}",
                 f"TEL {org['main']}"]
        return Doc(f"ck_clean_flyer{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.prices_csv, self.museum_html, self.calendar_md, self.classes_txt, self.facility_json,
                 self.staff_news_eml, self.flyer_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
