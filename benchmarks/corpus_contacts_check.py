"""Check corpus for an organisation's own contact data, dates of birth, postal codes
and names (issue 12, contacts). Written before any rule was changed, by other habits
than benchmarks/corpus_contacts_dev.py (no template, sentence or word list in common):
inquiry mails with a boxed signature, a church's letter to a member, a shrine's
festival notice, a school newsletter, a condominium board's notice, a seminar
invitation, a neighbourhood association's register, a clinic's intake sheet, case
notes in free text, an English registration sheet. Never tune a rule on it.

Truth: positives are labelled for the scored types only (`("*", type)`); an
organisation's own contact value is a look-alike `("~TYPE", value)`: not personal
data, counted apart; clean files are labelled for nothing.
"""

from __future__ import annotations

import io
import random
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc, _docx, _e164, _pdf, address_key
from benchmarks.corpus_people import canonical_name
from samples import writers as w

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "DATE_OF_BIRTH")
KAMEI = ["榊原", "芦田", "鶴見", "籾山", "真壁", "葛西", "柘植", "蒔田", "桂木", "鳴海", "瀬戸口", "日下部", "新堀",
         "寺尾", "米倉", "宍戸"]
NANORI = ["紗希", "航平", "芳江", "辰也", "菜摘", "慎吾", "琴音", "邦彦", "佳織", "昌平", "瑞穂", "達郎", "麻紀", "寛"]
MACHI = [("東京都", "杉並区阿佐谷北"), ("千葉県", "柏市明原"), ("奈良県", "奈良市三条大路"), ("石川県", "金沢市広坂"),
         ("山口県", "下関市竹崎町"), ("青森県", "弘前市土手町"), ("滋賀県", "大津市浜大津"), ("高知県", "高知市帯屋町")]
ROMAJI_PREF = {"東京都": "Tokyo", "千葉県": "Chiba", "奈良県": "Nara", "石川県": "Ishikawa", "山口県": "Yamaguchi",
               "青森県": "Aomori", "滋賀県": "Shiga", "高知県": "Kochi"}
BUSINESSES = ["有限会社あおば設計事務所", "株式会社ハルカ物流", "合同会社ミズキ企画", "東雲工業株式会社"]
BOX = "＿" * 24


class CheckContacts:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 5)

    def choose(self, items):
        return self.rng.choice(items)

    def someone(self) -> str:
        return self.choose(KAMEI) + self.choose(["　", " "]) + self.choose(NANORI)

    def zip7(self) -> str:
        return f"{self.rng.randint(100, 989)}{self.rng.randint(1, 9999):04d}"

    def home(self) -> tuple[str, str]:
        pref, town = self.choose(MACHI)
        return pref, f"{pref}{town}{self.rng.randint(1, 6)}丁目{self.rng.randint(1, 30)}番{self.rng.randint(1, 22)}号"

    def landline(self) -> str:
        while True:  # a number that exists in the numbering plan
            number = f"0{self.rng.randint(3, 9)}-{self.rng.randint(2000, 9899)}-{self.rng.randint(1000, 9999)}"
            if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
                return number

    def cellphone(self) -> str:
        return f"0{self.choose(['80', '90', '70'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def birthday(self, low: int = 1948, high: int = 2004) -> date:
        return date(self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def later(self) -> date:
        return date(2026, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def as_birth(self, b: date) -> str:
        """How the people of this corpus write a birth date in running text or a form."""
        era, y = ("平成", b.year - 1988) if b >= date(1989, 1, 8) else ("昭和", b.year - 1925)
        age = 2026 - b.year
        return self.choose([f"{b.year}年{b.month}月{b.day}日生れ", f"{era}{y}年{b.month}月{b.day}日（{age}才）",
                            f"{b:%Y.%m.%d}（満{age}歳）", f"{age}歳（{b.year}年{b.month}月{b.day}日）",
                            f"{era[0]}{y}.{b.month}.{b.day}生", f"D.O.B. {b:%Y-%m-%d}"])

    # --- positives ---------------------------------------------------------------

    def inquiry_eml(self, i: int) -> Doc:
        customer, (pref, addr), z, tel, b = self.someone(), self.home(), self.zip7(), self.cellphone(), self.birthday()
        clerk, firm = self.someone(), self.choose(BUSINESSES)
        own_zip, (_, own_addr) = self.zip7(), self.home()
        main, fax, mobile = self.landline(), self.landline(), self.cellphone()
        body = ["お問い合わせフォームより以下の送信がありました。", "", f"■お名前　{customer}",
                f"■ご住所　〒{z[:3]}-{z[3:]}　{addr}", f"■お電話　{tel}", f"■ご生年月日　{self.as_birth(b)}",
                f"■受付日時　{self.later():%Y/%m/%d} 10:12", "", "ご対応をお願いします。", "", BOX, f"　{firm}",
                f"　業務部　主任　{clerk}", f"　〒{own_zip[:3]}-{own_zip[3:]}　{own_addr}", f"　Tel.{main}　Fax.{fax}",
                f"　携帯 {mobile}", "　https://www.example.jp/", BOX]
        truth = {("PERSON", canonical_name(customer)), ("ADDRESS", address_key(addr)), ("POSTAL_CODE", z),
                 ("PHONE", _e164(tel)), ("DATE_OF_BIRTH", b.isoformat()), ("PERSON", canonical_name(clerk)),
                 ("PHONE", _e164(mobile)), ("~POSTAL_CODE", own_zip), ("~ADDRESS", address_key(own_addr)),
                 ("~PHONE", _e164(main)), ("~PHONE", _e164(fax))}
        data = w.make_eml("【フォーム】お問い合わせ", "form@example.jp", "gyomu@example.jp", "\n".join(body))
        return Doc(f"cc_inquiry{i:03d}.eml", data, truth | _SCORED)

    def church_letter_docx(self, i: int) -> Doc:
        member, (_, addr), z, pastor = self.someone(), self.home(), self.zip7(), self.someone()
        own_zip, (_, own_addr), own_tel = self.zip7(), self.home(), self.landline()
        lines = [f"〒{z[:3]}-{z[3:]}", addr, f"{member} 様", "", "主の御名を賛美いたします。",
                 "年末の礼拝と愛餐会についてお知らせいたします。", "", "日本基督教団 みぎわ教会", f"牧師　{pastor}",
                 f"〒{own_zip[:3]}-{own_zip[3:]}　{own_addr}", f"電話　{own_tel}"]
        truth = {("PERSON", canonical_name(member)), ("ADDRESS", address_key(addr)), ("POSTAL_CODE", z),
                 ("PERSON", canonical_name(pastor)), ("~POSTAL_CODE", own_zip), ("~ADDRESS", address_key(own_addr)),
                 ("~PHONE", _e164(own_tel))}
        return Doc(f"cc_church{i:03d}.docx", _docx(lines), truth | _SCORED)

    def register_xlsx(self, i: int) -> Doc:
        own_tel = self.landline()
        rows = [[f"しらかば台町内会　会員名簿（事務局 {own_tel}）"], ["班", "世帯主", "誕生日", "〒", "住所", "連絡先"]]
        truth = {("~PHONE", _e164(own_tel))}
        for n in range(self.rng.randint(3, 8)):
            who, b, z = self.someone(), self.birthday(1940, 1990), self.zip7()
            (_, addr), tel = self.home(), self.landline()
            rows.append([n % 3 + 1, who, f"{b.year}/{b.month}/{b.day}", f"{z[:3]}-{z[3:]}", addr, tel])
            truth |= {("PERSON", canonical_name(who)), ("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z),
                      ("ADDRESS", address_key(addr)), ("PHONE", _e164(tel))}
        return Doc(f"cc_register{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def intake_docx(self, i: int) -> Doc:
        patient, b, z, (_, addr), tel = self.someone(), self.birthday(), self.zip7(), self.home(), self.cellphone()
        own_zip, (_, own_addr), own_tel = self.zip7(), self.home(), self.landline()
        table = [["ふりがな", ""], ["患者さまのお名前", patient], ["お誕生日", self.as_birth(b)],
                 ["ご住所", f"〒{z}　{addr}"], ["日中のご連絡先", tel], ["ご来院日", f"{self.later():%Y年%m月%d日}"]]
        lines = ["問　診　票", "あてはまるものに○をつけてください。", "", "医療法人社団 さくら内科クリニック",
                 f"〒{own_zip[:3]}-{own_zip[3:]} {own_addr}　TEL {own_tel}"]
        truth = {("PERSON", canonical_name(patient)), ("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z),
                 ("ADDRESS", address_key(addr)), ("PHONE", _e164(tel)), ("~POSTAL_CODE", own_zip),
                 ("~ADDRESS", address_key(own_addr)), ("~PHONE", _e164(own_tel))}
        return Doc(f"cc_intake{i:03d}.docx", _docx(lines, table), truth | _SCORED)

    def case_notes_txt(self, i: int) -> Doc:
        who, b, (_, addr) = self.someone(), self.birthday(), self.home()
        met = self.later()
        lines = [f"支援記録　{met:%Y年%m月%d日}", "",
                 f"{who}さん（{self.as_birth(b)}）が来所。{addr}の借家に一人暮らし。",
                 f"次回の面談は{self.later():%m月%d日}、同行予定。入社日は{self.birthday(2010, 2024):%Y年%m月%d日}と本人談。"]
        truth = {("PERSON", canonical_name(who)), ("DATE_OF_BIRTH", b.isoformat()), ("ADDRESS", address_key(addr))}
        return Doc(f"cc_notes{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def english_sheet_csv(self, i: int) -> Doc:
        out, truth = io.StringIO(), set()
        out.write("Full name,Birthday,Post code,Address,Arrival\r\n")
        for _ in range(self.rng.randint(3, 7)):
            b, z, (pref, _) = self.birthday(1970, 2004), self.zip7(), self.home()
            name = f"{self.choose(['TANAKA', 'LE', 'SILVA', 'PARK'])} {self.choose(['MAI', 'JOAO', 'HYUN', 'ANH'])}"
            street = f"{self.rng.randint(1, 5)}-{self.rng.randint(1, 20)}-{self.rng.randint(1, 9)} Chuo"
            out.write(f"{name},{b.day:02d}/{b.month:02d}/{b.year},{z[:3]}-{z[3:]},\"{street} {ROMAJI_PREF[pref]} "
                      f"{z[:3]}-{z[3:]} Japan\",{self.later():%Y-%m-%d}\r\n")
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)}
        return Doc(f"cc_english{i:03d}.csv", out.getvalue().encode("utf-8"),
                   truth | {("*", "DATE_OF_BIRTH"), ("*", "POSTAL_CODE")})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.inquiry_eml, self.church_letter_docx, self.register_xlsx, self.intake_docx, self.case_notes_txt,
                 self.english_sheet_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files (an organisation's or a place's own contact data only) ------

    def festival_txt(self, i: int) -> Doc:
        own_zip, (_, own_addr), own_tel = self.zip7(), self.home(), self.landline()
        lines = ["秋季例大祭のご案内", "", "氏子崇敬者の皆様には益々ご清祥のこととお慶び申し上げます。",
                 f"日時　{self.later():%m月%d日} 午前十時より", "会場　当社境内（雨天時は参集殿）", "",
                 "八雲神社　社務所", f"〒{own_zip[:3]}-{own_zip[3:]}", own_addr, f"℡ {own_tel}"]
        return Doc(f"cc_clean_festival{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def newsletter_pdf(self, i: int) -> Doc:
        own_zip, (_, own_addr), own_tel, fax = self.zip7(), self.home(), self.landline(), self.landline()
        lines = ["学校だより　第7号", "運動会は多くのご声援をいただき、無事に終了しました。",
                 f"次回の学校公開日は{self.later():%m月%d日}です。", "",
                 "みなみ野市立みなみ野第二小学校", f"所在地 〒{own_zip[:3]}-{own_zip[3:]} {own_addr}",
                 f"電話 {own_tel}　ＦＡＸ {fax}"]
        return Doc(f"cc_clean_school{i:03d}.pdf", _pdf(lines))

    def condo_txt(self, i: int) -> Doc:
        own_tel, (_, own_addr) = self.landline(), self.home()
        lines = ["居住者各位", "排水管清掃の実施について", f"実施日：{self.later():%Y年%m月%d日}", "",
                 "グランフォレスト弐番館 管理組合 理事会", f"管理事務所（{own_addr}） 電話 {own_tel}",
                 "受付時間 9:00～17:00（水曜定休）"]
        return Doc(f"cc_clean_condo{i:03d}.txt", "\n".join(lines).encode("cp932"))

    def seminar_docx(self, i: int) -> Doc:
        own_zip, (_, venue_addr), own_tel = self.zip7(), self.home(), self.landline()
        lines = ["無料セミナー「相続のきほん」開催のお知らせ", f"開催日　{self.later():%Y年%m月%d日}（土）",
                 "会場　市民交流プラザ 3階 会議室A", f"会場住所　〒{own_zip[:3]}-{own_zip[3:]} {venue_addr}",
                 "アクセス　JR線「中央駅」北口より徒歩5分", f"お申込み・お問合せ　司法書士会 事務局 {own_tel}"]
        return Doc(f"cc_clean_seminar{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.festival_txt, self.newsletter_pdf, self.condo_txt, self.seminar_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]


_SCORED = {("*", entity) for entity in SCORED}
