"""Development corpus for issue 12's contact4 work: addresses written 2の3の4 or in
漢数字 (二丁目三番地十七) with a building after a full-width space, phones split by
dots, birth dates under a 誕生 column, the employer's 適用事業所番号 in a row of a
被保険者番号 column, a supplier's letterhead (〒 / address / TEL / FAX on lines of
their own) in a bill, a bare number under the address it belongs with, and an
incident report whose company title sits above the person's line. The rules are
tuned on this corpus only; benchmarks/corpus_contacts4_check.py (other towns,
layouts and words; no list in common) checks them.

Truth: positives are labelled for the scored types only (`("*", type)`); an
organisation's own value is a look-alike `("~TYPE", value)`; clean files are
labelled for nothing.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164, _pdf
from benchmarks.corpus_orgown3_dev import OrgNumbers
from detectors.jp.drivers_license import check_digit_matches
from samples import writers as w

SCORED = ("ADDRESS", "PHONE", "DATE_OF_BIRTH", "EMPLOYMENT_INSURANCE_NUMBER", "DRIVERS_LICENSE")
_SCORED = {("*", entity) for entity in SCORED}
TOWNS = ["秋田県横手市駅前町", "茨城県笠間市旭町東", "石川県小松市園町北", "山口県萩市堀内西", "徳島県鳴門市撫養町北",
         "大分県日田市隈南", "奈良県天理市川原城町東", "青森県弘前市土手町北"]
BUILDINGS = ["レジデンス青葉", "柊荘", "メゾン朝凪", "ハイツ楓"]
PEOPLE = ["相川 透", "稲葉 咲", "植草 悠真", "江頭 遥", "大庭 瑛太", "柿沼 莉子", "菊池 蒼", "工藤 紬"]
FIRMS = ["株式会社しらかば製作所", "青嵐商事株式会社", "有限会社みずほ電工", "合同会社はやて運輸"]
KANJI = "一二三四五六七八九"


def license_number(rng) -> str:
    """12 digits: a commission code, a year, a serial, the check digit, a reissue count."""
    while True:
        body = f"{rng.choice([30, 45, 52, 81])}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
        for check in "0123456789":
            if check_digit_matches(body + check):
                return body + check + str(rng.randint(0, 2))


class DevContacts4(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 41)

    def kanji_number(self, n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens - 1] + "十")) + ("" if ones == 0 else KANJI[ones - 1])

    def address(self) -> tuple[str, str]:
        """(written, truth without spaces): の blocks or 漢数字 番地, a building half the time."""
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 30), self.rng.randint(1, 25)
        block = (f"{a}の{b}の{c}" if self.rng.random() < 0.5 else
                 f"{self.kanji_number(a)}丁目{self.kanji_number(b)}番地{self.kanji_number(c)}")
        town = self.pick(TOWNS)
        building = f"　{self.pick(BUILDINGS)}{self.rng.randint(1, 6)}0{self.rng.randint(1, 9)}" if self.rng.random() < 0.5 else ""
        return town + block + building, (town + block + building).replace("　", "")

    def dotted(self) -> str:
        return (self.mobile() if self.rng.random() < 0.6 else self.landline()).replace("-", ".")

    def birth(self) -> tuple[str, str]:
        y, m, d = self.rng.randint(1950, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.pick([f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"]), f"{y}-{m:02d}-{d:02d}"

    # --- positives ---------------------------------------------------------------

    def roster_xlsx(self, i: int) -> Doc:
        rows, truth = [["ハイキング部 部員名簿"], ["部員", "所在", "連絡", "誕生"]], set()
        for who in self.rng.sample(PEOPLE, 5):
            (address, key), tel, (born, day) = self.address(), self.dotted(), self.birth()
            rows.append([who, address, tel, born])
            truth |= {("ADDRESS", key), ("PHONE", _e164(tel)), ("DATE_OF_BIRTH", day)}
        return Doc(f"c4_roster{i:03d}.xlsx", w.xlsx_bytes({"部員": rows}), truth | _SCORED)

    def ei_ledger_xlsx(self, i: int) -> Doc:
        rows, truth = [["収集台帳"], ["No", "区分", "氏名", "雇用保険被保険者番号"]], set()
        for n, who in enumerate(self.rng.sample(PEOPLE, 4)):
            number, key = self.insurance()
            rows.append([n + 1, "本人", who, number])
            truth.add(("EMPLOYMENT_INSURANCE_NUMBER", key))
        own, own_key = self.insurance()
        rows.append(["", "事業所", "適用事業所番号", own])
        return Doc(f"c4_eiledger{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}),
                   truth | {("~EMPLOYMENT_INSURANCE_NUMBER", own_key)} | _SCORED)

    def quoted_mail_txt(self, i: int) -> Doc:
        (address, key), tel = self.address(), self.landline().replace("-", "")
        lines = [f"{self.pick(PEOPLE).split()[0]} 様", "お問い合わせありがとうございます。", "",
                 f"> 送り先：{address}", f"> 平日は {tel} におります。"]
        return Doc(f"c4_mail{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", key), ("PHONE", _e164(tel))} | _SCORED)

    def incident_txt(self, i: int) -> Doc:
        firm, (born, day), tel = self.pick(FIRMS), self.birth(), self.mobile()
        office, main = self.address(), self.landline()
        lines = [f"{firm}　労災報告書", "発生：令和8年5月2日", f"当事者：（生年月日 {born}）", f"連絡先：{tel}",
                 "状況：台車の段差で転倒した。", f"事業所：{office[0]}　{main}"]
        return Doc(f"c4_incident{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("DATE_OF_BIRTH", day), ("PHONE", _e164(tel)), ("~PHONE", _e164(main))} | _SCORED)

    def person_bill_pdf(self, i: int) -> Doc:
        firm, (address, key), tel, who = self.pick(FIRMS), self.address(), self.mobile(), self.pick(PEOPLE)
        lines = ["請求書", f"請求先：{firm}", "請求元：" + who, f"住所：{address}", f"電話：{tel}", "支払期日：月末"]
        return Doc(f"c4_bill{i:03d}.pdf", _pdf(lines), {("ADDRESS", key), ("PHONE", _e164(tel))} | _SCORED)

    def interview_txt(self, i: int) -> Doc:
        """A record about someone: their birth in brackets after the name, their address
        in brackets after 様宅, their phone under the school's title."""
        (born, day), (address, key), tel = self.birth(), self.address(), self.dotted()
        who, other = self.rng.sample(PEOPLE, 2)
        lines = ["学校法人 みどり学園　面談記録", f"対象者 {who}（{born}）", f"生徒：{other}　連絡先：{tel}",
                 f"・{other.split()[0]}様宅（{address.split('県', 1)[1]}）を訪問した。"]
        return Doc(f"c4_interview{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("DATE_OF_BIRTH", day), ("ADDRESS", key.split("県", 1)[1]), ("PHONE", _e164(tel))} | _SCORED)

    def licence_form_xlsx(self, i: int) -> Doc:
        number = license_number(self.rng)
        rows = [["入会申込書"], ["お名前", "ご住所"], [self.pick(PEOPLE), self.address()[0]], ["生年月日", "メール"],
                [self.birth()[0], "x@example.jp"], ["有効期限", "本人確認（運転免許証の番号）"], ["03/29", number]]
        return Doc(f"c4_licence{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), {("DRIVERS_LICENSE", number), ("*", "DRIVERS_LICENSE")})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.roster_xlsx, self.ei_ledger_xlsx, self.quoted_mail_txt, self.incident_txt, self.person_bill_pdf,
                 self.interview_txt, self.licence_form_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def supplier_bill_xlsx(self, i: int) -> Doc:
        firm, buyer = self.rng.sample(FIRMS, 2)
        rows = [["請求書", ""], ["宛先", f"{buyer} 御中"], ["", f"〒{self.rng.randint(100, 999)}-{self.digits(4)}"],
                ["", self.address()[0]], ["", self.landline()], ["", self.landline()], ["口座名義", firm]]
        return Doc(f"c4_clean_supplier{i:03d}.xlsx", w.xlsx_bytes({"請求書": rows}))

    def letter_docx(self, i: int) -> Doc:
        firm = self.pick(FIRMS)
        lines = ["お知らせ", "年末年始の営業日をご案内します。", "", firm, self.address()[0], self.landline(), self.landline()]
        return Doc(f"c4_clean_letter{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.supplier_bill_xlsx, self.letter_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
