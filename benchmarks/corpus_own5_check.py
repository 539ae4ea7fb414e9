"""Check corpus for issue 12's own5 work: other documents, labels, towns, names,
firms and mailboxes than benchmarks/corpus_own5_dev.py (no list in common:
tests/benchmarks/test_own5_corpora.py checks it). Written before any rule changed;
scored, never tuned on.

Positives: a renewal list in CSV (保険証券No. column), a club's member sheet
(会員番号 shaped like a phone, the 事務局 line above), a clinic's letter to a patient
(診察券番号 in prose, the clinic's block at the foot), a parcel notice (お問合せ番号,
the sender's 会社概要), an applicant's mail answered by the 採用 desk.
Clean: a 会社概要 page, an event poster, a tenant directory, a catalogue slide,
the 館内規則 in RTF, a recruiting poster.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_own5_common import Own5Numbers, pptx_bytes, rtf_bytes
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
PEOPLE = ["安藤 光太郎", "今井 佳奈", "内山 智之", "小野寺 舞", "金子 雅人", "木下 晴香", "栗原 浩平", "近藤 陽菜",
          "白石 大地", "千葉 玲奈"]
TOWNS = ["群馬県高崎市連雀町", "栃木県足利市通", "新潟県長岡市大手通", "三重県津市丸之内", "香川県丸亀市通町",
         "佐賀県唐津市京町", "福島県会津若松市栄町", "鳥取県米子市角盤町"]
FIRMS = ["株式会社つばめ運輸", "しらゆり歯科クリニック", "株式会社コスモ電機", "一般社団法人みなと観光協会"]
CLUBS = ["あおぞらスポーツクラブ", "はなみずき俳句会"]
ROLE_MAILS = ["saiyou", "yoyaku", "event-info", "frontdesk"]
PERSON_MAILS = ["k.hoshino", "ayane.t", "nakamura_r", "shun.ikeda"]
DOMAINS = ["tsubame-unyu.co.jp", "shirayuri-dc.jp", "cosmo-denki.com"]
TENANTS = ["書店ページワン", "和食処いろは", "スポーツショップ疾風", "カフェ月あかり", "ドラッグひまり"]
ITEMS = ["電気ケトル", "加湿器", "LEDデスクライト"]


class CheckOwn5(Own5Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 59)

    TOWNS, DOMAINS, BLOCK = TOWNS, DOMAINS, "{}丁目{}番{}号"

    # --- positives ---------------------------------------------------------------

    def renewal_csv(self, i: int) -> Doc:
        lines, truth = ["保険証券No.,被保険者,ご連絡先,ご住所"], set()
        for _ in range(self.rng.randint(3, 6)):
            policy, tel, (home, key) = self.policy(), self.phone(), self.address()
            lines.append(f"{policy},{self.pick(PEOPLE)},{tel},{home}")
            truth |= {("~PHONE", _e164(policy)), ("PHONE", _e164(tel)), ("ADDRESS", key)}
        return Doc(f"ck_renewal{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def members_xlsx(self, i: int) -> Doc:
        office = self.landline()
        rows = [[f"{self.pick(CLUBS)} 会員名簿"], ["事務局", f"電話 {office}"], ["会員番号", "お名前", "自宅TEL", "ご住所"]]
        truth = {("~PHONE", _e164(office))}
        for _ in range(self.rng.randint(3, 5)):
            member, tel, (home, key) = self.policy(), self.landline(), self.address()
            rows.append([member, self.pick(PEOPLE), tel, home])
            truth |= {("~PHONE", _e164(member)), ("PHONE", _e164(tel)), ("ADDRESS", key)}
        return Doc(f"ck_members{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), truth | _SCORED)

    def clinic_docx(self, i: int) -> Doc:
        who, card, (home, key), tel = self.pick(PEOPLE), self.policy(), self.address(), self.mobile()
        (office, office_key), main = self.address(), self.landline()
        lines = [f"{home}", f"{who} 様", "", f"診察券番号 {card} の方へ、次回のご予約についてお知らせします。",
                 f"ご不明な点は、ご本人の携帯（{tel}）へご連絡することがあります。", "", "しらゆり歯科クリニック",
                 office, f"℡ {main}"]
        truth = {("ADDRESS", key), ("PHONE", _e164(tel)), ("~PHONE", _e164(card)), ("~ADDRESS", office_key),
                 ("~PHONE", _e164(main))}
        return Doc(f"ck_clinic{i:03d}.docx", _docx(lines), truth | _SCORED)

    def parcel_txt(self, i: int) -> Doc:
        number, cell, (home, key) = self.policy(), self.mobile(), self.address()
        (office, office_key), main, desk = self.address(), self.landline(), self.mail("frontdesk")
        lines = [f"お問合せ番号：{number}", f"お届け先　{self.pick(PEOPLE)}様　{home}", f"お届け先電話　{cell}", "",
                 "【会社概要】", "社名　株式会社つばめ運輸", f"所在地　{office}", f"代表電話　{main}", f"お問い合わせ　{desk}"]
        truth = {("~PHONE", _e164(number)), ("PHONE", _e164(cell)), ("ADDRESS", key), ("~ADDRESS", office_key),
                 ("~PHONE", _e164(main)), ("~EMAIL", desk)}
        return Doc(f"ck_parcel{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def applicant_eml(self, i: int) -> Doc:
        who, mine, cell, desk = self.pick(PEOPLE), self.mail(self.pick(PERSON_MAILS)), self.mobile(), self.mail("saiyou")
        body = ["採用ご担当者様", "", "貴社の求人に応募いたします。履歴書を添付いたしました。", "", who,
                f"携帯：{cell}", f"メール：{mine}", "", "----- 返信 -----", f"応募を受け付けました（採用窓口 {desk}）。"]
        truth = {("PHONE", _e164(cell)), ("EMAIL", mine), ("~EMAIL", desk)}
        data = w.make_eml("応募の件", mine, desk, "\n".join(body))
        return Doc(f"ck_applicant{i:03d}.eml", data, truth | _SCORED)

    def trainees_xlsx(self, i: int) -> Doc:
        """Trainees under the 監理団体's heading rows (名称, 住所, 連絡先)."""
        (office, office_key), main = self.address(), self.landline()
        rows = [["技能実習生 管理表"], ["監理団体", "協同組合さくら人材"], ["住所", office], ["連絡先", main], [],
                ["氏名", "寮の住所", "携帯"]]
        truth = {("~ADDRESS", office_key), ("~PHONE", _e164(main))}
        for _ in range(self.rng.randint(2, 4)):
            (home, key), cell = self.address(), self.mobile()
            rows.append([self.pick(PEOPLE), home, cell])
            truth |= {("ADDRESS", key), ("PHONE", _e164(cell))}
        return Doc(f"ck_trainees{i:03d}.xlsx", w.xlsx_bytes({"実習生": rows}), truth | _SCORED)

    def volunteer_docx(self, i: int) -> Doc:
        """A volunteer's sheet, the centre's block in brackets and lines at the foot."""
        who, (home, key), tel = self.pick(PEOPLE), self.address(), self.landline()
        (office, office_key), main = self.address(), self.landline()
        lines = ["ボランティア登録票", f"お名前　{who}", f"ご住所　{home}", f"お電話　{tel}", "",
                 "提出先：ふれあいボランティアセンター（社会福祉協議会内）", f"{office}　☎{main}"]
        truth = {("ADDRESS", key), ("PHONE", _e164(tel)), ("~ADDRESS", office_key), ("~PHONE", _e164(main))}
        return Doc(f"ck_volunteer{i:03d}.docx", _docx(lines), truth | _SCORED)

    def salon_xlsx(self, i: int) -> Doc:
        """A salon's customer card: the shop's 店舗情報 row at the top, the customer's rows below."""
        (office, office_key), main = self.address(), self.landline()
        rows = [["顧客カルテ", f"店舗情報：ヘアサロン凪　{office}", f"TEL {main}"], ["お客様名", "ご連絡先", "ご住所"]]
        truth = {("~ADDRESS", office_key), ("~PHONE", _e164(main))}
        for _ in range(self.rng.randint(2, 4)):
            (home, key), cell = self.address(), self.mobile()
            rows.append([self.pick(PEOPLE), cell, home])
            truth |= {("ADDRESS", key), ("PHONE", _e164(cell))}
        return Doc(f"ck_salon{i:03d}.xlsx", w.xlsx_bytes({"カルテ": rows}), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.renewal_csv, self.members_xlsx, self.clinic_docx, self.parcel_txt, self.applicant_eml,
                 self.trainees_xlsx, self.volunteer_docx, self.salon_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def profile_txt(self, i: int) -> Doc:
        lines = ["会社概要", "社名：株式会社コスモ電機", f"本社：{self.address()[0]}", f"TEL：{self.landline()}",
                 f"FAX：{self.landline()}", f"E-mail：{self.mail('yoyaku')}", "事業内容：家電製品の販売・修理"]
        return Doc(f"ck_clean_profile{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def poster_docx(self, i: int) -> Doc:
        lines = ["港まつり 花火大会", "日時：8月15日 19時30分～", f"会場：みなと公園（{self.address()[0]}）",
                 "主催：一般社団法人みなと観光協会", f"問合せ：{self.landline()}", f"メール：{self.mail('event-info')}"]
        return Doc(f"ck_clean_poster{i:03d}.docx", _docx(lines))

    def tenants_csv(self, i: int) -> Doc:
        lines = ["テナント名,フロア,電話,営業時間"]
        lines += [f"{t},{self.rng.randint(1, 5)}F,{self.landline()},10:00-20:00" for t in TENANTS]
        return Doc(f"ck_clean_tenants{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def catalogue_pptx(self, i: int) -> Doc:
        table = [["商品番号", "品名", "価格"]] + [[self.policy(), item, f"{self.rng.randint(2, 9)},980円"] for item in ITEMS]
        return Doc(f"ck_clean_catalogue{i:03d}.pptx", pptx_bytes("春の新商品", table, f"ご注文 {self.landline()}"))

    def house_rules_rtf(self, i: int) -> Doc:
        lines = ["館内規則", "第1条 来館者は受付で記帳すること。", "第2条 館内は禁煙とする。", "",
                 f"警備室 {self.landline()}", f"総務課 {self.landline()}（内線 21）"]
        return Doc(f"ck_clean_rules{i:03d}.rtf", rtf_bytes(lines))

    def recruiting_docx(self, i: int) -> Doc:
        lines = ["スタッフ募集", "時給1,200円～ 未経験歓迎", "", "株式会社つばめ運輸 採用係", f"電話 {self.landline()}",
                 f"応募 {self.mail('saiyou')}", f"所在地 {self.address()[0]}"]
        return Doc(f"ck_clean_recruiting{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.profile_txt, self.poster_docx, self.tenants_csv, self.catalogue_pptx, self.house_rules_rtf,
                 self.recruiting_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
