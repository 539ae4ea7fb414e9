"""Development corpus for an organisation's own contact data, dates of birth, postal
codes and names (issue 12, contacts): mails whose signature names the sender beside
the company's address, main line and fax; a temple's notice, an event's venue block,
a residents' association circular; a clinic's letter to a patient; member lists and
HR notes where births sit beside ages or under other words; English profiles. The
rules are tuned on this corpus only; benchmarks/corpus_contacts_check.py (other
habits, no template or word list in common) checks them.

Truth: positives are labelled for the scored types only (`("*", type)`); an
organisation's own contact value is a look-alike `("~TYPE", value)`; clean files
are labelled for nothing.
"""

from __future__ import annotations

import random
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_people import canonical_name
from samples import writers as w

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "DATE_OF_BIRTH")
FAMILY_NAMES = ["大場", "小嶋", "河野", "門脇", "木下", "栗原", "黒田", "坂口", "篠原", "須藤", "関口", "竹内", "辻",
                "徳永", "中川", "成田", "丹羽", "萩原", "樋口", "古川"]
FIRST_NAMES = ["葵", "篤史", "絵里", "克也", "佳奈", "啓介", "幸恵", "智也", "夏美", "信也", "遥", "秀明", "舞",
               "幹夫", "優子", "良太"]
AREAS = [("東京都", "世田谷区三軒茶屋"), ("大阪府", "豊中市本町"), ("兵庫県", "西宮市甲子園町"), ("愛知県", "豊橋市駅前大通"),
         ("福岡県", "北九州市小倉北区魚町"), ("北海道", "函館市本町"), ("静岡県", "沼津市大手町"), ("岡山県", "津山市山下")]
AREA_EN = {"東京都": "Tokyo", "大阪府": "Osaka", "兵庫県": "Hyogo", "愛知県": "Aichi", "福岡県": "Fukuoka",
           "北海道": "Hokkaido", "静岡県": "Shizuoka", "岡山県": "Okayama"}
COMPANIES = ["株式会社ほくと電設", "丸三食品株式会社", "有限会社カナメ商会", "株式会社リンクス・テック"]
DEPARTMENTS = ["営業部", "総務部 人事課", "カスタマーサポート課", "経理部"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SEPARATORS = ["--", "━━━━━━━━━━━━━━━━", "=" * 30, "-" * 40]


class DevContacts:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 17 + 3)

    def pick(self, items):
        return self.rng.choice(items)

    def full_name(self) -> str:
        return f"{self.pick(FAMILY_NAMES)} {self.pick(FIRST_NAMES)}"

    def code(self) -> str:
        return f"{self.rng.randint(100, 989)}-{self.rng.randint(1, 9999):04d}"

    def street(self) -> tuple[str, str]:
        pref, town = self.pick(AREAS)
        return pref, f"{pref}{town}{self.rng.randint(1, 5)}-{self.rng.randint(1, 25)}-{self.rng.randint(1, 18)}"

    def phone(self, mobile: bool = False) -> str:
        if mobile:
            return f"{self.pick(['090', '080'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        number = ""
        while not number or not phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            area = f"0{self.rng.randint(3, 9)}{self.rng.randint(1, 9)}"
            number = f"{area}-{self.rng.randint(200, 999)}-{self.rng.randint(1000, 9999)}"
        return number

    def born(self, low: int = 1950, high: int = 2003) -> date:
        return date(self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def day(self) -> date:
        return date(2026, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def birth_text(self, b: date) -> str:
        """Births where no 生年月日 stands right before them."""
        age = 2026 - b.year - 1
        era, y = ("平成", b.year - 1988) if b >= date(1989, 1, 8) else ("昭和", b.year - 1925)
        return self.pick([f"{b.year}年{b.month}月{b.day}日 ({age}歳)", f"{b:%Y/%m/%d}・{age}歳",
                          f"{era}{y}.{b.month}.{b.day}（{age}）",
                          f"出生日 {b.year}年{b.month}月{b.day}日", f"生年 {era}{y}年{b.month}月{b.day}日",
                          f"誕生日は{b.month}月{b.day}日（{b.year}年）", f"Born: {MONTHS_EN[b.month - 1]} {b.day}, {b.year}"])

    def signature(self, firm: str, sender: str) -> tuple[list[str], set]:
        postal, (_, office), main, fax = self.code(), self.street(), self.phone(), self.phone()
        lines = [self.pick(SEPARATORS), firm, self.pick(DEPARTMENTS), sender, f"〒{postal} {office}",
                 f"TEL: {main}（代表） FAX: {fax}"]
        truth = {("PERSON", canonical_name(sender)), ("~POSTAL_CODE", postal.replace("-", "")),
                 ("~ADDRESS", address_key(office)), ("~PHONE", _e164(main)), ("~PHONE", _e164(fax))}
        if self.rng.random() < 0.5:
            direct = self.phone(mobile=self.rng.random() < 0.5)
            lines.append(f"{self.pick(['直通', '携帯'])}: {direct}")
            truth.add(("PHONE", _e164(direct)))
        lines.append(f"Mail: info@{self.pick(['hokuto', 'marusan', 'kaname'])}.example.co.jp")
        return lines + [self.pick(SEPARATORS)], truth

    # --- positives ---------------------------------------------------------------

    def applicant_mail_eml(self, i: int) -> Doc:
        firm, sender = self.pick(COMPANIES), self.full_name()
        applicant, b, postal = self.full_name(), self.born(1975, 2004), self.code()
        (_, home), mobile = self.street(), self.phone(True)
        body = ["採用ご担当者様", "", "下記の応募者の書類をお送りします。", f"応募者：{applicant}",
                f"（{self.birth_text(b)}）", f"現住所：〒{postal} {home}", f"連絡先：{mobile}",
                f"面接希望日：{self.day():%m月%d日}", ""]
        sig, truth = self.signature(firm, sender)
        truth |= {("PERSON", canonical_name(applicant)), ("DATE_OF_BIRTH", b.isoformat()),
                  ("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home)), ("PHONE", _e164(mobile))}
        data = w.make_eml("応募書類の送付", "info@example.co.jp", "saiyo@example.co.jp", "\n".join(body + sig))
        return Doc(f"cd_applicant{i:03d}.eml", data, truth | _SCORED)

    def reply_mail_eml(self, i: int) -> Doc:
        """A short reply: the customer named in the greeting, nothing of theirs but the name."""
        firm, sender, customer = self.pick(COMPANIES), self.full_name(), self.full_name()
        body = [f"{customer} 様", "", "いつもお世話になっております。", "お見積りの件、添付の通りご確認ください。", ""]
        sig, truth = self.signature(firm, sender)
        truth.add(("PERSON", canonical_name(customer)))
        data = w.make_eml("Re: お見積り", "sales@example.co.jp", "customer@example.net", "\n".join(body + sig))
        return Doc(f"cd_reply{i:03d}.eml", data, truth | _SCORED)

    def clinic_letter_docx(self, i: int) -> Doc:
        patient, postal, (_, home), b = self.full_name(), self.code(), self.street(), self.born()
        own_postal, (_, own), own_tel = self.code(), self.street(), self.phone()
        lines = [f"〒{postal}", home, f"{patient} 様（{self.birth_text(b)}）", "", "定期検診のご案内",
                 "前回のご来院から半年が経過しました。ご予約をお待ちしております。", "",
                 "ひだまり歯科医院", f"〒{own_postal}", own, f"TEL {own_tel}"]
        truth = {("PERSON", canonical_name(patient)), ("POSTAL_CODE", postal.replace("-", "")),
                 ("ADDRESS", address_key(home)), ("DATE_OF_BIRTH", b.isoformat()),
                 ("~POSTAL_CODE", own_postal.replace("-", "")), ("~ADDRESS", address_key(own)),
                 ("~PHONE", _e164(own_tel))}
        return Doc(f"cd_clinic{i:03d}.docx", _docx(lines), truth | _SCORED)

    def member_list_txt(self, i: int) -> Doc:
        lines, truth = ["会員名簿（令和8年度）", "", "No  氏名            生年月日        郵便番号   住所"], set()
        for n in range(self.rng.randint(3, 7)):
            who, b, postal, (_, home) = self.full_name(), self.born(), self.code(), self.street()
            lines.append(f"{n + 1:<3} {who:<14} {b:%Y/%m/%d}      {postal}   {home}")
            truth |= {("PERSON", canonical_name(who)), ("DATE_OF_BIRTH", b.isoformat()),
                      ("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home))}
        return Doc(f"cd_members{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def hr_note_txt(self, i: int) -> Doc:
        who, b, joined = self.full_name(), self.born(1960, 2000), self.born(2005, 2025)
        lines = ["人事メモ", f"記録日 {self.day():%Y/%m/%d}",
                 f"{who}（{self.birth_text(b)}）、{joined:%Y年%m月%d}日入社。",
                 f"有効期限 {self.day():%Y年%m月%d日} の資格を更新予定。面談日 {self.day():%Y/%m/%d}。"]
        truth = {("PERSON", canonical_name(who)), ("DATE_OF_BIRTH", b.isoformat())}
        return Doc(f"cd_hrnote{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def profile_en_txt(self, i: int) -> Doc:
        b, postal, (pref, _) = self.born(1965, 2002), self.code(), self.street()
        street = f"{self.rng.randint(1, 4)}-{self.rng.randint(1, 30)}-{self.rng.randint(1, 9)} Honcho"
        lines = ["PROFILE", f"Name: {self.pick(['Ana Souza', 'Minh Tran', 'Ji-woo Lee'])}",
                 self.pick([f"Born: {b.day} {MONTHS_EN[b.month - 1]} {b.year}", f"Birthday: {b:%Y/%m/%d}"]),
                 f"Address: {street}, {AREA_EN[pref]} {postal}, Japan", f"Start date: {self.day():%Y/%m/%d}"]
        truth = {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", postal.replace("-", ""))}
        return Doc(f"cd_profile{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   truth | {("*", "DATE_OF_BIRTH"), ("*", "POSTAL_CODE")})

    def birthday_sheet_xlsx(self, i: int) -> Doc:
        """A birth column headed otherwise per form, an age beside it, a join date after."""
        header = [self.pick(["誕生日", "生年", "生年月日（和暦）", "生年月日/年齢"]), "年齢"]
        rows, truth = [["サークル会員一覧"], ["会員No", "氏名", *header, "入会日", "〒", "住所"]], set()
        for n in range(self.rng.randint(3, 7)):
            who, b, postal, (_, home) = self.full_name(), self.born(), self.code(), self.street()
            era, y = ("平成", b.year - 1988) if b >= date(1989, 1, 8) else ("昭和", b.year - 1925)
            written = self.pick([f"{era[0]}{y}.{b.month}.{b.day}", f"{b.year}年{b.month}月{b.day}日", b,
                                 f"{era}{y}年{b.month}月{b.day}日"])
            rows.append([f"{n + 1:03d}", who, written, 2026 - b.year, self.day(), postal, home])
            truth |= {("PERSON", canonical_name(who)), ("DATE_OF_BIRTH", b.isoformat()),
                      ("POSTAL_CODE", postal.replace("-", "")), ("ADDRESS", address_key(home))}
        return Doc(f"cd_birthdays{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), truth | _SCORED)

    def entry_form_docx(self, i: int) -> Doc:
        """An event's entry form: the venue's address (not personal) above the entrant's home."""
        venue_postal, (_, venue), who, postal, (_, home), tel = (self.code(), self.street(), self.full_name(),
                                                                  self.code(), self.street(), self.phone(True))
        lines = ["親子料理教室 参加申込書", f"開催場所：さくら台コミュニティセンター（〒{venue_postal} {venue}）", "",
                 f"申込者氏名：{who}", f"ご自宅住所：〒{postal} {home}", f"携帯番号：{tel}"]
        truth = {("PERSON", canonical_name(who)), ("POSTAL_CODE", postal.replace("-", "")),
                 ("ADDRESS", address_key(home)), ("PHONE", _e164(tel)),
                 ("~POSTAL_CODE", venue_postal.replace("-", "")), ("~ADDRESS", address_key(venue))}
        return Doc(f"cd_entry{i:03d}.docx", _docx(lines), truth | _SCORED)

    def pta_mail_eml(self, i: int) -> Doc:
        """A school PTA's mail: the school's block names the officer who sends it."""
        officer, postal, (_, own), tel = self.full_name(), self.code(), self.street(), self.phone()
        body = ["保護者の皆様", "", "来週のバザーの準備についてご連絡いたします。", "", "――――――――",
                "あおい台市立あおい台中学校 PTA", f"広報委員長　{officer}", f"〒{postal}　{own}", f"学校代表 {tel}", "――――――――"]
        truth = {("PERSON", canonical_name(officer)), ("~POSTAL_CODE", postal.replace("-", "")),
                 ("~ADDRESS", address_key(own)), ("~PHONE", _e164(tel))}
        data = w.make_eml("バザー準備について", "pta@example.ed.jp", "parents@example.ed.jp", "\n".join(body))
        return Doc(f"cd_pta{i:03d}.eml", data, truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.applicant_mail_eml, self.reply_mail_eml, self.clinic_letter_docx, self.member_list_txt,
                 self.hr_note_txt, self.profile_en_txt, self.birthday_sheet_xlsx, self.entry_form_docx,
                 self.pta_mail_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def temple_notice_txt(self, i: int) -> Doc:
        postal, (_, own), tel = self.code(), self.street(), self.phone()
        lines = ["施餓鬼法要のお知らせ", "本年も下記の通り施餓鬼会を厳修いたします。", f"日時：{self.day():%m月%d日} 午後一時", "",
                 "浄土宗 光明山 蓮華寺", "寺務所", f"〒{postal} {own}", f"電話 {tel}"]
        return Doc(f"cd_clean_temple{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def venue_notice_docx(self, i: int) -> Doc:
        postal, (_, own), tel = self.code(), self.street(), self.phone()
        lines = ["第12回 地域防災フェア", f"■日時：{self.day():%Y年%m月%d日} 10:00～15:00", "■会場：ふれあい公民館 大ホール",
                 f"■所在地：〒{postal} {own}", "■アクセス：市営バス「公民館前」下車すぐ",
                 f"■主催：あけぼの地区防災協会 事務局（{tel}）"]
        return Doc(f"cd_clean_venue{i:03d}.docx", _docx(lines))

    def circular_txt(self, i: int) -> Doc:
        postal, (_, own), tel = self.code(), self.street(), self.phone()
        lines = ["回覧", "資源ごみ回収日の変更について", f"{self.day():%m月%d日}より、回収日が火曜日に変わります。",
                 "", "ひばりが丘自治会", f"{own}（集会所）", f"〒{postal}　TEL/FAX {tel}"]
        return Doc(f"cd_clean_circular{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def company_news_mail_eml(self, i: int) -> Doc:
        firm = self.pick(COMPANIES)
        postal, (_, own), main, fax = self.code(), self.street(), self.phone(), self.phone()
        body = ["お取引先各位", "", "弊社は本社を移転いたしました。", f"新住所：〒{postal} {own}",
                f"電話：{main}　FAX：{fax}", "", firm, "総務部"]
        data = w.make_eml("本社移転のお知らせ", "info@example.co.jp", "all@example.net", "\n".join(body))
        return Doc(f"cd_clean_moved{i:03d}.eml", data)

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.temple_notice_txt, self.venue_notice_docx, self.circular_txt, self.company_news_mail_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]


_SCORED = {("*", entity) for entity in SCORED}
