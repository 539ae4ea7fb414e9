"""The hard labelled corpus of the quality benchmark.

Documents as people write them, not as the detectors' tests do: rosters whose
headers vary (お名前, 氏　名, 顧客名, TEL, 誕生日, 住所1/住所2) with furigana, join dates
and 支店 columns; business letters (recipient block, 記 section, the sender's
office block); e-mails with names in greetings, prose and signatures; minutes that
name staff by surname and title next to places named like surnames (山田町,
中村区); case notes with 要配慮 terms; application forms as docx tables with every
identifier; a staff slide; a zipped CSV. Hard negatives hold no personal data:
company pages, branch lists, facility and place names, blank forms, order lists
whose numbers pass the My Number check, SKUs, non-birth dates, health articles,
union and religious notices.

Each document comes with its truth: (entity type, canonical value) pairs.
SENSITIVE is labelled by category and phrase (`category:phrase`); ADDRESS by the
prefecture-to-block core that a detection must contain or be contained in.
"""

from __future__ import annotations

import io
import random
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from benchmarks.corpus_people import Person, canonical_name, make_person, wareki
from samples import writers as w
from samples.synth import invalid_my_number, valid_my_number

COMPANY = ("株式会社サンプル商事", "本社", "〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル10F", "03-3211-0000",
           "info@sample-shoji.example.co.jp")
DEPARTMENTS = ["営業部", "総務部", "人事部", "経理部", "大阪支店", "名古屋営業所", "開発本部", "福岡支社"]
TITLES = ["部長", "課長", "係長", "主任", "さん", "氏"]
# (category, how it is said of a person)
SENSITIVE = [("病歴", "うつ病の診断を受け休職中"), ("病歴", "糖尿病で通院中"), ("病歴", "持病があり服薬中"),
             ("障害", "身体障害者手帳(4級)を所持"), ("障害", "療育手帳の交付を受けている"),
             ("健康診断結果", "健康診断結果で要精密検査"), ("犯罪歴", "過去に逮捕歴がある"),
             ("犯罪被害", "ストーカー被害の相談を受けた"), ("労働組合", "労働組合員として活動"),
             ("宗教", "教会の信者であり日曜は勤務不可"), ("本籍", "本籍が長崎県佐世保市にある")]


@dataclass
class Doc:
    name: str
    data: bytes
    truth: set = field(default_factory=set)


def _e164(number: str) -> str:
    import phonenumbers

    return phonenumbers.format_number(phonenumbers.parse(number, "JP"), phonenumbers.PhoneNumberFormat.E164)


def _digits(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def address_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(text.split()).translate(str.maketrans({"‐": "-", "−": "-", "–": "-", "ー": "-"}))


def name_truth(p: Person, kana: bool = False) -> set:
    return {("PERSON", p.name_value)} | ({("PERSON", canonical_name(p.kana))} if kana and not p.foreign else set())


def contact_truth(p: Person, *, address=True, postal=True, phone=False, mobile=False, email=False,
                  birth=False, my_number=False) -> set:
    truth = set()
    if address:
        truth.add(("ADDRESS", address_key(p.address_core)))
    if postal:
        truth.add(("POSTAL_CODE", _digits(p.postal)))
    if phone:
        truth.add(("PHONE", _e164(p.phone)))
    if mobile:
        truth.add(("PHONE", _e164(p.mobile)))
    if email:
        truth.add(("EMAIL", p.email.lower()))
    if birth:
        truth.add(("DATE_OF_BIRTH", p.birth.isoformat()))
    if my_number:
        truth.add(("MY_NUMBER", p.my_number))
    return truth



def mail_charset(pick, body: str) -> str:
    """UTF-8 or ISO-2022-JP as a mailer would choose; a body with characters JIS X 0208
    lacks (a full-width hyphen-minus) goes as UTF-8, as mailers send it."""
    charset = pick(["utf-8", "iso-2022-jp"])
    try:
        body.encode("iso2022_jp") if charset == "iso-2022-jp" else None
    except UnicodeEncodeError:
        return "utf-8"
    return charset

class Corpus:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.people = 0

    def person(self) -> Person:
        self.people += 1
        return make_person(self.rng, self.people)

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- rosters -----------------------------------------------------------------

    def roster(self, rows: int) -> tuple[list[list], set]:
        columns = ["name"] + [c for c in ("kana", "birth", "dept", "joined", "postal", "address", "phone", "email",
                                          "my_number", "note") if self.chance(0.7)]
        split = "address" in columns and self.chance(0.3)
        headers = {"name": self.pick(["氏名", "お名前", "氏　名", "社員氏名", "顧客名", "名前", "Name"]),
                   "kana": self.pick(["フリガナ", "ふりがな", "カナ氏名", "氏名(カナ)"]),
                   "birth": self.pick(["生年月日", "誕生日", "生年月日(和暦)", "生年月日 "]),
                   "dept": self.pick(["所属", "部署", "勤務地"]), "joined": self.pick(["入社日", "登録日"]),
                   "postal": self.pick(["郵便番号", "〒"]), "address": self.pick(["住所", "ご住所", "現住所", "自宅住所"]),
                   "phone": self.pick(["電話番号", "TEL", "携帯", "連絡先", "携帯電話"]),
                   "email": self.pick(["メールアドレス", "E-mail", "メール", "mail"]),
                   "my_number": self.pick(["個人番号", "マイナンバー"]), "note": self.pick(["備考", "特記事項", "メモ"])}
        header = []
        for c in columns:
            header += ["住所1", "住所2"] if c == "address" and split else [headers[c]]
        table, truth = [header], set()
        for _ in range(rows):
            p = self.person()
            row, truth_row = [], name_truth(p, kana="kana" in columns)
            for c in columns:
                if c == "name":
                    row.append(p.name if self.chance(0.6) else p.name.replace(" ", self.pick(["", "　"])))
                elif c == "kana":
                    row.append(p.kana)
                elif c == "birth":
                    row.append(p.birth_as(self.rng))
                    truth_row.add(("DATE_OF_BIRTH", p.birth.isoformat()))
                elif c == "dept":
                    row.append(self.pick(DEPARTMENTS))
                elif c == "joined":
                    row.append(f"{self.rng.randint(2000, 2025)}/{self.rng.randint(1, 12)}/1")
                elif c == "postal":
                    row.append(p.postal)
                    truth_row |= contact_truth(p, address=False)
                elif c == "address" and split:
                    row += self._split_address(p)
                    truth_row.add(("ADDRESS", address_key(p.address_core)))
                elif c == "address":
                    row.append(p.address)
                    truth_row.add(("ADDRESS", address_key(p.address_core)))
                elif c == "phone":
                    number = self.pick([p.phone, p.mobile])
                    row.append(number)
                    truth_row.add(("PHONE", _e164(number)))
                elif c == "email":
                    row.append(p.email)
                    truth_row.add(("EMAIL", p.email.lower()))
                elif c == "my_number":
                    row.append(p.my_number)
                    truth_row.add(("MY_NUMBER", p.my_number))
                elif c == "note":
                    note = ""
                    if self.chance(0.15):
                        category, phrase = self.pick(SENSITIVE)
                        note = phrase
                        truth_row.add(("SENSITIVE", f"{category}:{phrase}"))
                    elif self.chance(0.3):
                        note = self.pick(["在宅勤務", "育児休業から復帰", "4月より大阪支店へ異動", "資格取得済み"])
                    row.append(note)
            table.append(row)
            truth |= truth_row
        return table, truth

    def _split_address(self, p: Person) -> list[str]:
        """住所1 = prefecture .. town, 住所2 = block and building: the core is in cell 1 + 2."""
        core = p.address_core
        cut = re.search(r"[0-9０-９]|[一二三四五六七八九十]+丁目", core).start()
        return [core[:cut], core[cut:] + p.address[len(core):]]

    # --- running text ------------------------------------------------------------

    def letter(self) -> tuple[list[str], set]:
        p, staff = self.person(), self.person()
        today = wareki(date(2026, self.rng.randint(1, 10), self.rng.randint(1, 28)), "era")
        name, office_address, office_phone = COMPANY[0], COMPANY[2], COMPANY[3]
        lines = [today, f"〒{p.postal}", p.address, f"{p.name} 様", "", name, f"{self.pick(DEPARTMENTS[:4])}　{staff.name}",
                 "", self.pick(["ご契約内容の確認について", "書類送付のご案内", "保険金請求書類のご案内"]),
                 "拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は格別のお引き立てを賜り、厚く御礼申し上げます。",
                 "さて、先日お申し込みいただきました件につきまして、下記のとおりご案内申し上げます。",
                 "ご不明な点がございましたら、担当までお問い合わせください。", "敬具", "", "記"]
        truth = name_truth(p) | name_truth(staff) | contact_truth(p)
        fields = [f"ご契約者名　{p.name} 様"]
        if self.chance(0.7):
            fields.append(f"生年月日　{p.birth_as(self.rng)}")
            truth |= contact_truth(p, address=False, postal=False, birth=True)
        if self.chance(0.5):
            fields.append(f"ご連絡先　{p.mobile}")
            truth |= contact_truth(p, address=False, postal=False, mobile=True)
        fields.append(f"契約日　{wareki(date(2024, 4, 1), 'era')}")
        lines += [f"{i}. {f}" for i, f in enumerate(fields, 1)] + ["以上", "",
                                                                  f"{name}　{COMPANY[1]}",
                                                                  office_address, f"代表電話 {office_phone}"]
        return lines, truth

    def mail(self) -> tuple[str, str, str, str, set]:
        customer, staff = self.person(), self.person()
        staff_mail = f"{staff.romaji.split()[0][0].lower()}.{staff.romaji.split()[-1].lower()}@sample-shoji.example.co.jp"
        greeting = self.pick([f"{customer.surname}様", f"{customer.name} 様", f"株式会社テスト {customer.surname}様"])
        truth = {("PERSON", canonical_name(customer.surname if greeting.count(" ") < 1 or "株式会社" in greeting
                                           else customer.name))} | name_truth(staff)
        truth |= {("EMAIL", customer.email.lower()), ("EMAIL", staff_mail)}
        body = [greeting, "", "いつもお世話になっております。", f"株式会社サンプル商事の{staff.surname}です。", ""]
        kind = self.pick(["delivery", "hr", "inquiry"])
        if kind == "delivery":
            body += ["ご注文の商品について、お届け先を下記のとおり承りました。",
                     f"お届け先：〒{customer.postal} {customer.address}", f"お電話番号：{customer.phone}",
                     f"ご注文番号：{valid_my_number(self.rng)}", "お届けは3営業日以内を予定しております。"]
            truth |= contact_truth(customer, phone=True)
        elif kind == "hr":
            body += [f"{customer.surname}さんの入社手続きに必要な情報を確認しました。",
                     f"生年月日は{customer.birth_as(self.rng)}、現住所は{customer.address}です。",
                     f"マイナンバーは {customer.my_number[:4]} {customer.my_number[4:8]} {customer.my_number[8:]} で登録しました。"]
            truth |= contact_truth(customer, postal=False, birth=True, my_number=True)
            if self.chance(0.4):
                category, phrase = self.pick(SENSITIVE)
                body.append(f"なお、{customer.surname}さんは{phrase}とのことです。")
                truth.add(("SENSITIVE", f"{category}:{phrase}"))
        else:
            body += ["先日のお問い合わせの件、ご回答いたします。", "次回のお打ち合わせは11月5日 14時からでいかがでしょうか。",
                     f"ご連絡は携帯（{customer.mobile}）宛にいたします。"]
            truth |= contact_truth(customer, address=False, postal=False, mobile=True)
        body += ["", "何卒よろしくお願いいたします。", "", "――――――――――――――――", f"株式会社サンプル商事 {self.pick(DEPARTMENTS)}",
                 f"{staff.name}（{staff.romaji}）", f"TEL: {COMPANY[3]}（代表）　携帯: {staff.mobile}",
                 f"Mail: {staff_mail}", COMPANY[2], "――――――――――――――――"]
        truth |= contact_truth(staff, address=False, postal=False, mobile=True)
        truth.add(("PERSON", canonical_name(staff.romaji)))
        sender = f"{staff.name} <{staff_mail}>"
        return sender, customer.email, self.pick(["Re: お問い合わせの件", "ご注文の確認", "入社手続きについて"]), \
            "\n".join(body), truth

    def minutes(self) -> tuple[list[str], set]:
        staff = [self.person() for _ in range(4)]
        attendees = "、".join(f"{p.surname}{self.pick(TITLES)}" for p in staff)
        truth = {("PERSON", canonical_name(p.surname)) for p in staff}
        place = self.pick(["山田町", "中村区", "松本市", "上野駅前", "長野県", "小林市", "清水港", "岡田町"])
        lines = [f"{self.pick(['営業会議', '定例ミーティング', '安全衛生委員会'])} 議事録",
                 f"日時：{wareki(date(2026, self.rng.randint(1, 10), 8), 'era')} 10:00〜11:30",
                 f"場所：本社 {self.pick(['第1', '第2', '大'])}会議室", f"出席者：{attendees}", "",
                 f"1. {place}の新店舗について、{staff[0].surname}{self.pick(TITLES)}から進捗の報告があった。",
                 f"2. {self.pick(['東京都庁', '新宿警察署', '大阪支店', '横浜市役所', '田中製作所'])}との調整は来週に実施する。",
                 f"3. {staff[1].surname}さんが次回までに見積書を作成する。",
                 "4. 健康経営の取り組みとして、ストレスチェックの受検率向上を図る。", "以上"]
        return lines, truth

    def case_note(self) -> tuple[list[str], set]:
        p, manager = self.person(), self.person()
        category, phrase = self.pick(SENSITIVE)
        lines = ["【面談記録】", f"社員番号　{self.rng.randint(100000, 999999)}",
                 f"氏名　{p.name}（{unicodedata.normalize('NFKC', p.kana) if self.chance(0.5) else p.kana}）",
                 f"面談者　{manager.name}", f"面談日　{wareki(date(2026, 10, 2), 'era')}",
                 f"内容　本人より、{phrase}との申告があった。業務量の調整について{manager.surname}課長と協議する。",
                 f"緊急連絡先　{p.mobile}"]
        truth = name_truth(p, kana=True) | name_truth(manager) | {("SENSITIVE", f"{category}:{phrase}")} | \
            contact_truth(p, address=False, postal=False, mobile=True)
        return lines, truth

    def application(self) -> tuple[list[list[str]], set]:
        from stdnum import luhn

        p = self.person()
        digits = lambda n: "".join(self.rng.choice("0123456789") for _ in range(n))  # noqa: E731
        card = "3540" + digits(11)
        card += luhn.calc_check_digit(card)
        insurer = "0" + digits(6)
        insurer += luhn.calc_check_digit(insurer)
        license_number, pension, account, employment, resident = \
            "30" + digits(10), digits(10), digits(7), digits(11), digits(11)
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
        passport, card_id = letters[:2] + digits(7), f"{letters[2:4]}{digits(8)}{letters[4:]}"
        rows = [["氏名", p.name], ["フリガナ", p.kana], ["生年月日", p.birth_as(self.rng)],
                ["現住所", f"〒{p.postal}\n{p.address}"], ["電話番号", p.phone], ["メールアドレス", p.email],
                ["個人番号", f"{p.my_number[:4]}-{p.my_number[4:8]}-{p.my_number[8:]}"],
                [self.pick(["旅券番号", "パスポート番号", "Passport No."]), passport],
                [self.pick(["在留カード番号", "特別永住者証明書番号"]), card_id],
                [self.pick(["運転免許証番号", "免許証番号"]), f"第{license_number}号"],
                ["基礎年金番号", f"{pension[:4]}-{pension[4:]}"],
                ["雇用保険被保険者番号", f"{employment[:4]}-{employment[4:10]}-{employment[10]}"],
                ["住民票コード", resident], ["保険者番号", insurer],
                ["給与振込口座", f"みずほ銀行 {self.pick(['新宿', '梅田', '本店'])}支店 普通 {account}"],
                ["クレジットカード番号", f"{card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}"],
                ["申請日", wareki(date(2026, 10, 1), "era")]]
        truth = name_truth(p, kana=True) | contact_truth(p, phone=True, email=True, birth=True, my_number=True) | {
            ("PASSPORT", passport), ("RESIDENCE_CARD", card_id), ("DRIVERS_LICENSE", license_number),
            ("BASIC_PENSION_NUMBER", pension), ("EMPLOYMENT_INSURANCE_NUMBER", employment),
            ("RESIDENT_RECORD_CODE", resident), ("HEALTH_INSURANCE_NUMBER", insurer), ("BANK_ACCOUNT", account),
            ("CREDIT_CARD", card)}
        return rows, truth

    # --- documents ---------------------------------------------------------------

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._csv_roster, self._xlsx_roster, self._letter_docx, self._mail_eml,
                                              self._minutes_txt, self._case_note_docx, self._application_docx,
                                              self._letter_pdf, self._slide_pptx, self._zipped_csv]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _csv_roster(self, i: int) -> Doc:
        table, truth = self.roster(self.rng.randint(20, 60))
        encoding = self.pick(["cp932", "utf-8-sig", "euc-jp", "utf-8"])
        text = "\r\n".join(",".join(f'"{c}"' if "," in str(c) else str(c) for c in row) for row in table)
        if encoding == "euc-jp":  # EUC-JP has no U+FF0D; its minus sign is U+2212
            text = text.replace("－", "−")
        return Doc(f"roster{i:03d}.csv", text.encode(encoding), truth)

    def _xlsx_roster(self, i: int) -> Doc:
        table, truth = self.roster(self.rng.randint(20, 60))
        title = [[f"{self.pick(['顧客名簿', '社員名簿', '会員一覧'])} {wareki(date(2026, 4, 1), 'era')}現在"], []]
        return Doc(f"roster{i:03d}.xlsx", w.xlsx_bytes({"一覧": title + table}), truth)

    def _letter_docx(self, i: int) -> Doc:
        lines, truth = self.letter()
        return Doc(f"letter{i:03d}.docx", _docx(lines), truth)

    def _letter_pdf(self, i: int) -> Doc:
        lines, truth = self.minutes() if self.chance(0.5) else self.letter()
        return Doc(f"letter{i:03d}.pdf", _pdf(lines), truth)

    def _mail_eml(self, i: int) -> Doc:
        sender, to, subject, body, truth = self.mail()
        return Doc(f"mail{i:03d}.eml", w.make_eml(subject, sender, to, body, charset=mail_charset(self.pick, body)),
                   truth)

    def _minutes_txt(self, i: int) -> Doc:
        lines, truth = self.minutes()
        return Doc(f"minutes{i:03d}.txt", "\r\n".join(lines).encode(self.pick(["cp932", "utf-8"])), truth)

    def _case_note_docx(self, i: int) -> Doc:
        lines, truth = self.case_note()
        return Doc(f"case{i:03d}.docx", _docx(lines), truth)

    def _application_docx(self, i: int) -> Doc:
        rows, truth = self.application()
        return Doc(f"application{i:03d}.docx", _docx(["入社時提出書類　個人情報申告書", "以下のとおり申告します。"], rows),
                   truth)

    def _slide_pptx(self, i: int) -> Doc:
        staff = [self.person() for _ in range(5)]
        table = [["氏名", "所属", "携帯電話", "内線"]] + [[p.name, self.pick(DEPARTMENTS), p.mobile, str(self.rng.randint(1000, 9999))]
                                                    for p in staff]
        truth = set().union(*(name_truth(p) | contact_truth(p, address=False, postal=False, mobile=True)
                              for p in staff))
        data = _written(".pptx", lambda path: w.write_pptx(path, "プロジェクト体制", table,
                                                           notes="体制は11月1日付で変更予定。"))
        return Doc(f"team{i:03d}.pptx", data, truth)

    def _zipped_csv(self, i: int) -> Doc:
        table, truth = self.roster(self.rng.randint(20, 40))
        text = "\r\n".join(",".join(map(str, row)) for row in table)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("名簿/会員名簿.csv", text.encode("cp932"))
            archive.writestr("readme.txt", "会員名簿のバックアップです。取扱注意。")
        return Doc(f"backup{i:03d}.zip", out.getvalue(), truth)

    # --- kinds added after the detectors were tuned on the ones above ------------

    def heldout(self, count: int) -> list[Doc]:
        makers = [self._resume_docx, self._support_log_csv, self._invoice_pdf, self._card_list_txt]
        return [makers[i % len(makers)](i) for i in range(count)] + self._field_kinds("positives", count)

    def sensitive(self, count: int) -> list[Doc]:
        """要配慮 documents, labelled for SENSITIVE only (benchmarks/corpus_sensitive.py)."""
        from benchmarks.corpus_sensitive import SensitiveDocuments

        return SensitiveDocuments(self).positives(count)

    def heldout_negatives(self, count: int) -> list[Doc]:
        return [self._manual_txt(i) for i in range(count)] + self._field_kinds("negatives", count)

    def _field_kinds(self, which: str, count: int) -> list[Doc]:
        """Kinds where a header or a label is the only context (benchmarks/corpus_tables.py,
        corpus_exports.py), drawn from their own random stream: the kinds above stay as they were."""
        from benchmarks import corpus_exports, corpus_tables

        return [doc for module in (corpus_tables, corpus_exports)
                for doc in getattr(module, which)(Corpus(self.seed + 12), count)]

    def _resume_docx(self, i: int) -> Doc:
        p = self.person()
        hiragana = "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in p.kana)
        rows = [["ふりがな", hiragana], ["氏名", p.name], ["生年月日", f"{wareki(p.birth, 'era')}生（満{2026 - p.birth.year}歳）"],
                ["現住所", f"〒{p.postal} {p.address}"], ["電話", p.mobile], ["E-mail", p.email]]
        history = [["年", "月", "学歴・職歴"], [str(p.birth.year + 18), "3", "東京都立新宿高等学校 卒業"],
                   [str(p.birth.year + 22), "4", "株式会社サンプル商事 入社（大阪支店 営業部）"],
                   ["", "", "現在に至る"], [str(p.birth.year + 20), "8", "普通自動車第一種運転免許 取得"]]
        doc = _docx(["履　歴　書", f"{wareki(date(2026, 10, 1), 'era')}現在", "本人希望記入欄：貴社の規定に従います。"],
                    [row + [""] for row in rows] + history)
        truth = name_truth(p)
        if not p.foreign:
            truth.add(("PERSON", canonical_name(hiragana)))
        return Doc(f"resume{i:03d}.docx", doc,
                   truth | contact_truth(p, mobile=True, email=True, birth=True))

    def _support_log_csv(self, i: int) -> Doc:
        rows, truth = [["受付日時", "顧客ID", "お客様名", "内容", "対応者"]], set()
        for n in range(self.rng.randint(15, 30)):
            p, staff = self.person(), self.person()
            number = self.pick([p.phone, p.mobile])
            content = self.pick([
                f"{p.surname}様より、請求書の送付先を〒{p.postal} {p.address}に変更したいとの連絡。折り返し{number}へ連絡済み。",
                f"注文番号{valid_my_number(self.rng)}の配送状況の問い合わせ。{number}に回答済み。",
                f"解約の申し出。本人確認のため生年月日（{p.birth_as(self.rng)}）を確認した。"])
            rows.append([f"2026/10/{n % 28 + 1} 10:{n % 60:02d}", f"C{self.rng.randint(100000, 999999)}", p.name,
                         content, staff.surname])
            truth |= name_truth(p) | {("PERSON", canonical_name(staff.surname))}
            if "送付先" in content:
                truth |= contact_truth(p) | {("PHONE", _e164(number))}
            elif "配送" in content:
                truth.add(("PHONE", _e164(number)))
            else:
                truth.add(("DATE_OF_BIRTH", p.birth.isoformat()))
        text = "\r\n".join(",".join(row) for row in rows)
        return Doc(f"support{i:03d}.csv", text.encode("cp932"), truth)

    def _invoice_pdf(self, i: int) -> Doc:
        contact = self.person()
        lines = ["請　求　書", f"発行日 {wareki(date(2026, 10, 31), 'era')}", "株式会社テスト商会 経理部 御中",
                 f"ご担当 {contact.surname} 様", "", "下記のとおりご請求申し上げます。", "ご請求金額　¥1,234,500（税込）",
                 "品名：産業用ポンプ保守 数量 1 式", "お支払期限：2026年11月30日", "",
                 "お振込先：みずほ銀行 丸の内支店 普通 1234567 カ）サンプルショウジ", "",
                 f"{COMPANY[0]}　経理部", COMPANY[2], f"TEL {COMPANY[3]}", "登録番号 T4011001098993"]
        return Doc(f"invoice{i:03d}.pdf", _pdf(lines), {("PERSON", canonical_name(contact.surname))})

    def _card_list_txt(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(10, 25))]
        lines = [f"{p.name}\t〒{p.postal}\t{p.address}\t{p.phone}" for p in people]
        truth = set().union(*(name_truth(p) | contact_truth(p, phone=True) for p in people))
        return Doc(f"cards{i:03d}.tsv", "\n".join(lines).encode("utf-16"), truth)

    def _manual_txt(self, i: int) -> Doc:
        lines = ["ネットワークカメラ NC-2000 取扱説明書 Ver 2.1.3", "初期IPアドレス：192.168.1.10",
                 "製造番号（シリアル）：SN20261016001234", "型番 AB12345678CD / 品番 TR1234567",
                 "保証期間：お買い上げ日から1年間（2026年4月1日以降の購入分）",
                 "サポートセンター　0120-123-456（平日 9:00〜17:00）", "ナビダイヤル 0570-000-123",
                 "製造元：株式会社サンプル電機 〒530-0001 大阪府大阪市北区梅田3-1-1",
                 "本製品を廃棄する際は、各自治体の定める方法に従ってください。"]
        return Doc(f"manual{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    # --- hard negatives ----------------------------------------------------------

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._company_page, self._branch_list, self._places_text, self._blank_form, self._order_list,
                  self._health_article, self._notices, self._schedule]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _company_page(self, i: int) -> Doc:
        lines = [f"会社概要　{COMPANY[0]}", "法人番号　7123456789012", "適格請求書発行事業者登録番号　T4011001098993",
                 f"本社所在地　{COMPANY[2]}", f"代表電話　{COMPANY[3]}", f"お問い合わせ　{COMPANY[4]}",
                 f"設立　{wareki(date(1975, 4, 1), 'era')}", "資本金　1億2,000万円",
                 "従業員数　1,250名（2026年4月1日現在）", "事業内容　産業用機械の製造・販売"]
        return Doc(f"negative{i:03d}.docx", _docx(lines))

    def _branch_list(self, i: int) -> Doc:
        rows = [["拠点名", "所在地", "電話番号", "FAX"],
                ["大阪支店", "大阪府大阪市北区梅田1-1-3 大阪駅前第3ビル12F", "06-6345-1200", "06-6345-1201"],
                ["名古屋営業所", "愛知県名古屋市中村区名駅4-7-1", "052-551-0300", "052-551-0301"],
                ["福岡支社", "福岡県福岡市博多区博多駅前2-1-1", "092-471-0400", "092-471-0401"],
                ["札幌出張所", "北海道札幌市中央区北五条西2-5", "011-222-0500", "011-222-0501"]]
        return Doc(f"negative{i:03d}.xlsx", w.xlsx_bytes({"拠点一覧": rows}))

    def _places_text(self, i: int) -> Doc:
        lines = ["秋の社員旅行のご案内", "今年は長野県松本市と上田市を巡ります。集合は新宿駅西口、解散は上野駅です。",
                 "1日目は松本城を見学し、山田町の旅館に宿泊します。2日目は中村区の工場見学の後、小林市の道の駅に立ち寄ります。",
                 "東京都庁、新宿警察署、横浜市役所、大阪府庁への提出書類は総務部が取りまとめます。",
                 "協力会社：田中製作所、鈴木工業株式会社、佐藤医院、吉田病院、清水建設、木村屋、森永製菓",
                 "会場：石川県金沢市の県立音楽堂、前田記念館（仮称）、池田町民会館", "以上"]
        return Doc(f"negative{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def _blank_form(self, i: int) -> Doc:
        rows = [["氏名", ""], ["フリガナ", ""], ["生年月日", "昭和・平成　　年　　月　　日"], ["住所", "〒　　　-"],
                ["電話番号", "（　　　）　　　－"], ["個人番号", "□□□□ □□□□ □□□□"], ["記入例", "楷書ではっきりとご記入ください。"]]
        return Doc(f"negative{i:03d}.docx", _docx(["入会申込書（様式第1号）", "※太枠内をご記入ください。"], rows))

    def _order_list(self, i: int) -> Doc:
        lines = ["受注一覧（2026年10月分）"] + [
            f"注文番号 {valid_my_number(self.rng)}　品番 {self.pick(['TR', 'AB', 'XK'])}{self.rng.randint(1000000, 9999999)}"
            f"　数量 {self.rng.randint(1, 20)}　納品日 2026/{self.rng.randint(10, 12)}/{self.rng.randint(1, 28)}"
            for _ in range(25)] + [f"伝票番号 {invalid_my_number(self.rng)}", "JANコード 4901234567894",
                                   "型番 AB12345678CD", "照会番号 1234-567890"]
        return Doc(f"negative{i:03d}.csv", "\n".join(lines).encode("cp932"))

    def _health_article(self, i: int) -> Doc:
        lines = ["健康だより　第42号", "糖尿病の予防には適度な運動が大切です。高血圧症の方は減塩を心がけましょう。",
                 "健康診断結果の見方：要精密検査と判定された場合は、早めに医療機関を受診してください。",
                 "うつ病などの精神疾患は早期発見が重要です。ストレスチェック結果は本人にのみ通知されます。",
                 "問い合わせ先：健康保険組合 保健事業課"]
        return Doc(f"negative{i:03d}.pdf", _pdf(lines))

    def _notices(self, i: int) -> Doc:
        lines = ["労働組合の定期大会のお知らせ", "団体交渉の経過を報告します。組合員の皆様はご出席ください。",
                 "宗教法人〇〇寺　御中", "檀家の皆様への年末のご案内を同封いたします。",
                 "お客様各位", "ご担当者様", "被害届の提出方法については、最寄りの警察署にお問い合わせください。"]
        return Doc(f"negative{i:03d}.docx", _docx(lines))

    def _schedule(self, i: int) -> Doc:
        lines = ["年間行事予定", f"創立記念日　{wareki(date(1975, 4, 1), 'era')}",
                 "入社式　2026年4月1日", f"契約更新日　{wareki(date(2026, 4, 1), 'letter')}",
                 "株主総会　令和8年6月26日", "決算日　2027/03/31", "創業者生誕100年記念式典　2026年11月3日"]
        return Doc(f"negative{i:03d}.txt", "\n".join(lines).encode("utf-8"))


def _written(suffix: str, write: Callable[[Path], None]) -> bytes:
    """The bytes a samples.writers function writes (they write to a path)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"document{suffix}"
        write(path)
        return path.read_bytes()


def _docx(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    return _written(".docx", lambda path: w.write_docx(path, lines, table))


def _pdf(lines: list[str]) -> bytes:
    return _written(".pdf", lambda path: w.write_pdf(path, [lines[i:i + 35] for i in range(0, len(lines), 35)]))
