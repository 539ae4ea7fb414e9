"""Development corpus for issue 12's own5 work: numbers labelled as something other
than a phone (証券番号, 受付番号, 顧客番号 …) shaped like one, an organisation's own
contact block (a letterhead, a 発行元 footer, a 管理会社 line, a 研修事務局 line with
its 内線, a shop list) and role mailboxes, beside people's phones, addresses and
mail on the same sheets. The rules are tuned on this corpus only;
benchmarks/corpus_own5_check.py (other documents, labels, towns, names and
mailboxes; no list in common, tests/benchmarks/test_own5_corpora.py checks it)
checks them.

Truth: positives are labelled for the scored types only (`("*", type)`); an
organisation's own value or a number that is no phone is a look-alike
`("~TYPE", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_own5_common import Own5Numbers, pptx_bytes, rtf_bytes
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
PEOPLE = ["岡部 真由美", "北村 隆之", "坂口 沙織", "須藤 雄一", "高畑 紀子", "長尾 秀樹", "西尾 茜", "藤田 康介",
          "松永 優子", "矢島 恭平"]
TOWNS = ["埼玉県川越市連雀町", "千葉県柏市豊四季", "静岡県沼津市大手町", "岐阜県大垣市郭町", "岡山県倉敷市阿知",
         "熊本県八代市本町", "宮城県石巻市中央", "長野県松本市中央"]
FIRMS = ["株式会社ひまわり保険サービス", "あけぼの不動産株式会社", "株式会社みどり管理", "有限会社こだま商会"]
AGENCY = ["ひまわり保険サービス", "さくら保険事務所"]
# labels of numbers that are no phone, and the documents' own phone labels
NOT_PHONE_LABELS = ["証券番号", "受付番号", "顧客番号", "予約番号", "登録番号", "注文No."]
ROLE_MAILS = ["kenshu", "chintai", "madoguchi", "hoken-desk"]
PERSON_MAILS = ["m.okabe", "takayuki.k", "saori_s", "yuichi.sudo"]
DOMAINS = ["himawari-hoken.co.jp", "akebono-fudosan.jp", "midori-kanri.co.jp"]
SHOPS = ["ベーカリー麦の穂", "茶房こもれび", "花工房みつば", "クリーニング白鳥", "眼鏡のまるい"]
PRODUCTS = ["ステンレスボトル", "竹のまな板", "綿の手ぬぐい", "陶器マグ"]


class DevOwn5(Own5Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 53)

    TOWNS, DOMAINS, BLOCK = TOWNS, DOMAINS, "{}-{}-{}"

    # --- positives ---------------------------------------------------------------

    def agent_xlsx(self, i: int) -> Doc:
        """An agent's three sheets: 証券番号 in a column, in its own column first, and as a label in a row."""
        own, fax = self.landline(), self.landline()
        truth = {("~PHONE", _e164(own)), ("~PHONE", _e164(fax))}
        first = [[f"{self.pick(AGENCY)}　契約者一覧", f"TEL {own}", f"FAX {fax}"], ["契約者名", "証券番号", "電話番号", "住所"]]
        second, third = [["証券番号", "契約者", "満期日", "携帯"]], [["項目", "内容"]]
        for _ in range(self.rng.randint(2, 4)):
            who, policy, tel, (home, key) = self.pick(PEOPLE), self.policy(), self.phone(), self.address()
            first.append([who, policy, tel, home])
            cell, other = self.mobile(), self.policy()
            second.append([other, who, "2027/04/01", cell])
            third += [["証券番号", self.policy_spaced(other)], ["契約者", who], ["連絡先", cell]]
            truth |= {("~PHONE", _e164(policy)), ("~PHONE", _e164(other)), ("PHONE", _e164(tel)),
                      ("PHONE", _e164(cell)), ("ADDRESS", key)}
        data = w.xlsx_bytes({"契約者": first, "満期": second, "明細": third})
        return Doc(f"dv_agent{i:03d}.xlsx", data, truth | _SCORED)

    def receipt_eml(self, i: int) -> Doc:
        """Prose: a 受付番号 / 予約番号 shaped like a phone, the customer's phone and address."""
        label, number, tel, (home, key) = self.pick(NOT_PHONE_LABELS[1:5]), self.policy(), self.mobile(), self.address()
        main, shop_mail = self.landline(), self.mail(self.pick(ROLE_MAILS))
        body = [f"{self.pick(PEOPLE)} 様", "", "お申込みを承りました。", f"{label}は {number} です。お問い合わせの際にお伝えください。",
                f"ご登録の電話番号（{tel}）へ確認のお電話を差し上げます。", f"お届け先：{home}", "",
                "――――――――――", self.pick(FIRMS), f"TEL {main}", f"Mail {shop_mail}", "――――――――――"]
        truth = {("~PHONE", _e164(number)), ("PHONE", _e164(tel)), ("ADDRESS", key), ("~PHONE", _e164(main)),
                 ("~EMAIL", shop_mail)}
        data = w.make_eml("お申込み受付のお知らせ", shop_mail, "customer@example.net", "\n".join(body))
        return Doc(f"dv_receipt{i:03d}.eml", data, truth | _SCORED)

    def contract_docx(self, i: int) -> Doc:
        """A form: 顧客番号 / 登録番号 cells beside the person's own; the 発行元 block at the foot."""
        who, (home, key), tel, sos = self.pick(PEOPLE), self.address(), self.landline(), self.mobile()
        customer, mine = self.policy(), self.mail(self.pick(PERSON_MAILS))
        (office, office_key), main, desk = self.address(), self.landline(), self.mail(self.pick(ROLE_MAILS))
        table = [["ご契約者", who], [self.pick(["顧客番号", "登録番号"]), customer], ["ご住所", home],
                 ["自宅電話", tel], ["緊急連絡先", sos], ["メール", mine]]
        lines = ["ご契約内容確認書", "", f"発行元：{self.pick(FIRMS)}", f"〒{self.rng.randint(100, 999)}-{self.digits(4)} {office}",
                 f"TEL {main}", f"E-mail {desk}"]
        truth = {("ADDRESS", key), ("PHONE", _e164(tel)), ("PHONE", _e164(sos)), ("EMAIL", mine),
                 ("~PHONE", _e164(customer)), ("~ADDRESS", office_key), ("~PHONE", _e164(main)), ("~EMAIL", desk)}
        return Doc(f"dv_contract{i:03d}.docx", _docx(lines, table), truth | _SCORED)

    def residents_xlsx(self, i: int) -> Doc:
        """A 管理組合 roster: the 管理会社 and 管理人室 lines above the residents'."""
        company, room = self.landline(), self.landline()
        rows = [["グリーンヒル東 管理組合 居住者名簿"], [f"管理会社：{self.pick(FIRMS)}", f"TEL {company}"],
                [f"管理人室 {room}"], ["部屋", "氏名", "電話", "緊急連絡先"]]
        truth = {("~PHONE", _e164(company)), ("~PHONE", _e164(room))}
        for n in range(self.rng.randint(3, 5)):
            tel, sos = self.phone(), self.mobile()
            rows.append([f"{n + 1}0{n + 2}", self.pick(PEOPLE), tel, sos])
            truth |= {("PHONE", _e164(tel)), ("PHONE", _e164(sos))}
        return Doc(f"dv_residents{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def training_docx(self, i: int) -> Doc:
        """An enrolment list under the 研修事務局's line (課, 内線, role mailbox)."""
        office, desk = self.landline(), self.mail("kenshu")
        lines = ["新任管理職研修 受講者名簿", f"研修事務局：人材開発課　TEL {office}（内線 {self.rng.randint(200, 899)}）",
                 f"E-mail：{desk}"]
        table, truth = [["氏名", "所属", "携帯電話"]], {("~PHONE", _e164(office)), ("~EMAIL", desk)}
        for _ in range(self.rng.randint(3, 5)):
            cell = self.mobile()
            table.append([self.pick(PEOPLE), self.pick(["営業部", "製造部", "経理部"]), cell])
            truth.add(("PHONE", _e164(cell)))
        return Doc(f"dv_training{i:03d}.docx", _docx(lines, table), truth | _SCORED)

    def careplan_docx(self, i: int) -> Doc:
        """A care plan: the 事業所's name, 所在地 and 電話 in the form's table beside the user's."""
        who, (home, key), tel = self.pick(PEOPLE), self.address(), self.landline()
        (office, office_key), main = self.address(), self.landline()
        table = [["利用者名", who], ["住所", home], ["電話", tel], ["居宅介護支援事業所", "ケアプランセンターあおい"],
                 ["事業所所在地", office], ["事業所電話", main]]
        truth = {("ADDRESS", key), ("PHONE", _e164(tel)), ("~ADDRESS", office_key), ("~PHONE", _e164(main))}
        return Doc(f"dv_careplan{i:03d}.docx", _docx(["居宅サービス計画書（1）"], table), truth | _SCORED)

    def referral_rtf(self, i: int) -> Doc:
        """A referral letter: the patient's lines, then the referring clinic's block with its doctor."""
        who, (home, key), tel = self.pick(PEOPLE), self.address(), self.mobile()
        (office, office_key), main, fax = self.address(), self.landline(), self.landline()
        lines = ["診療情報提供書", "紹介先　市立総合病院 循環器内科　御侍史", "", f"患者氏名　{who}", f"患者住所　{home}",
                 f"電話　{tel}", "", "紹介元", "みなみ内科クリニック", office, f"電話 {main}　FAX {fax}",
                 f"医師　{self.pick(PEOPLE)}"]
        truth = {("ADDRESS", key), ("PHONE", _e164(tel)), ("~ADDRESS", office_key), ("~PHONE", _e164(main)),
                 ("~PHONE", _e164(fax))}
        return Doc(f"dv_referral{i:03d}.rtf", rtf_bytes(lines), truth | _SCORED)

    def webform_eml(self, i: int) -> Doc:
        """A web form's notice: the sender's fields, then the site's 運営 block with a role mailbox."""
        who, tel, mine, (home, key) = self.pick(PEOPLE), self.mobile(), self.mail(self.pick(PERSON_MAILS)), self.address()
        (office, office_key), main = self.address(), self.landline()
        body = ["ホームページのお問い合わせフォームから送信がありました。", "", f"お名前：{who}", f"ご住所：{home}",
                f"お電話番号：{tel}", f"メールアドレス：{mine}", "", "このメールは自動送信です。",
                "運営：あけぼの不動産株式会社", f"所在地：{office}", f"電話：{main}"]
        truth = {("PHONE", _e164(tel)), ("EMAIL", mine), ("ADDRESS", key), ("~ADDRESS", office_key),
                 ("~PHONE", _e164(main))}
        data = w.make_eml("【お問い合わせ】フォーム送信", "noreply@akebono-fudosan.jp", "staff@akebono-fudosan.jp",
                          "\n".join(body))
        return Doc(f"dv_webform{i:03d}.eml", data, truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.agent_xlsx, self.receipt_eml, self.contract_docx, self.residents_xlsx, self.training_docx,
                 self.careplan_docx, self.referral_rtf, self.webform_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def flyer_pptx(self, i: int) -> Doc:
        (place, _), (office, _) = self.address(), self.address()
        table = [["物件所在地", place], ["間取り", "2LDK"], ["賃料", f"{self.rng.randint(6, 12)}万円"],
                 ["取扱会社", "あけぼの不動産株式会社"], ["店舗所在地", office], ["TEL", self.landline()],
                 ["FAX", self.landline()]]
        return Doc(f"dv_clean_flyer{i:03d}.pptx", pptx_bytes("入居者募集中", table, f"お問い合わせ {self.mail('chintai')}"))

    def plan_docx(self, i: int) -> Doc:
        (hall, _), own = self.address(), self.landline()
        lines = ["2027年度 研修計画", "1. 新入社員研修（4月）", "2. 安全衛生研修（7月）", "",
                 f"会場：市民文化会館（{hall}）", f"連絡先：人事課 教育係　{own}（内線 315）", f"申込先：{self.mail('kenshu')}"]
        return Doc(f"dv_clean_plan{i:03d}.docx", _docx(lines))

    def pamphlet_rtf(self, i: int) -> Doc:
        (head, _), center = self.address(), self.landline()
        lines = ["がん保険のご案内", "入院一日目から給付金をお支払いします。", "", "【お問い合わせ先】",
                 "株式会社ひまわり保険サービス", f"〒{self.rng.randint(100, 999)}-{self.digits(4)}　{head}",
                 f"電話：{center}（平日9:00～17:00）", f"証券番号のお問い合わせ：{self.landline()}"]
        return Doc(f"dv_clean_pamphlet{i:03d}.rtf", rtf_bytes(lines))

    def newsletter_txt(self, i: int) -> Doc:
        lines = ["管理組合だより 第12号", "", "排水管清掃を実施します。ご協力をお願いします。", "",
                 f"管理会社　株式会社みどり管理　{self.landline()}", f"管理人室　{self.landline()}（9時～17時）"]
        return Doc(f"dv_clean_newsletter{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def ledger_xlsx(self, i: int) -> Doc:
        rows = [["商品台帳"], ["品番", "商品名", "単価", "仕入先", "仕入先電話"]]
        rows += [[self.policy(), p, self.rng.randint(300, 3000), self.pick(FIRMS), self.landline()] for p in PRODUCTS]
        return Doc(f"dv_clean_ledger{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}))

    def shops_xlsx(self, i: int) -> Doc:
        rows = [["駅前商店会 加盟店一覧"], ["店舗名", "住所", "電話番号", "定休日"]]
        rows += [[s, self.address()[0], self.landline(), "水曜"] for s in SHOPS]
        return Doc(f"dv_clean_shops{i:03d}.xlsx", w.xlsx_bytes({"加盟店": rows}))

    def rules_txt(self, i: int) -> Doc:
        lines = ["入館ルール", "・入館時は受付で入館証を受け取ってください。", "・退館時は入館証を返却してください。", "",
                 f"防災センター：{self.landline()}（24時間）", f"受付：{self.landline()}　内線 100"]
        return Doc(f"dv_clean_rules{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def street_xlsx(self, i: int) -> Doc:
        """Shops under the list's title, no header row."""
        rows = [["あけぼの通り商店会 店舗一覧"]]
        rows += [[str(n + 1), s, self.address()[0], self.landline()] for n, s in enumerate(SHOPS)]
        return Doc(f"dv_clean_street{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}))

    def letter_foot_txt(self, i: int) -> Doc:
        """A notice whose sender's lines put the firm's name under its address and phone."""
        lines = ["年末年始の営業について", "12月29日から1月3日まで休業いたします。", "",
                 f"〒{self.rng.randint(100, 999)}-{self.digits(4)}", self.address()[0], f"TEL {self.landline()}",
                 self.pick(FIRMS), f"{self.pick(['sakura', 'midori', 'akebono'])}.office@{self.pick(DOMAINS)}"]
        return Doc(f"dv_clean_letterfoot{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.flyer_pptx, self.plan_docx, self.pamphlet_rtf, self.newsletter_txt, self.ledger_xlsx,
                 self.shops_xlsx, self.rules_txt, self.street_xlsx, self.letter_foot_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
