"""Development corpus for dates of birth and postal codes (issue 12): rosters,
社会保険 lists, 扶養 tables, résumés, passport-style sheets, prose and mails, with
births written every way offices write them, dates that are not births beside them
(入社日, 受診日, 有効期限 …) and the organisation's own postal code in letterheads
and signatures. The rules are tuned on this corpus only; benchmarks/corpus_dates_check.py
(no template or word list in common) checks them.

Each positive document is labelled for DATE_OF_BIRTH and POSTAL_CODE only (`("*", type)`);
clean documents are labelled for nothing: every finding in them is false.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w

SURNAMES = ["阿部", "石川", "上野", "江口", "大森", "片山", "菊地", "久保", "小松", "酒井", "島田", "杉本", "高野",
            "千葉", "土屋", "永井", "西川", "野口", "浜田", "平野", "福島", "堀", "松尾", "宮崎", "村田", "森本"]
GIVEN = ["彩", "一輝", "恵美", "和也", "亜紀", "健太", "早苗", "翔", "千尋", "大輔", "奈々", "博之", "真央", "雄一",
         "由佳", "涼介", "美穂", "拓也", "裕子", "直樹"]
TOWNS = [("東京都", "品川区東五反田"), ("神奈川県", "川崎市中原区小杉町"), ("埼玉県", "川口市栄町"),
         ("大阪府", "堺市北区中百舌鳥町"), ("愛知県", "一宮市本町"), ("福岡県", "久留米市天神町"),
         ("北海道", "旭川市宮下通"), ("宮城県", "仙台市青葉区国分町"), ("広島県", "福山市霞町")]
RELATIONS = [("妻", 1958, 2000), ("夫", 1955, 2000), ("長男", 1998, 2025), ("長女", 1998, 2025),
             ("次女", 2000, 2025), ("母", 1935, 1965), ("父", 1930, 1962)]
ERA = [("令和", "R", 9, date(2019, 5, 1)), ("平成", "H", 7, date(1989, 1, 8)), ("昭和", "S", 5, date(1926, 12, 25))]
MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
KANJI = "〇一二三四五六七八九"
WIDE = str.maketrans("0123456789/-", "０１２３４５６７８９／－")
OWN_OFFICE = ("株式会社みなと精機", "〒231-0062", "神奈川県横浜市中区桜木町1-1", "045-201-7700", "045-201-7701")


def kanji(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI[tens]) + "十" if tens else "") + (KANJI[ones] if ones or not tens else "")


def era_of(b: date) -> tuple[str, str, int, int]:
    """(era, letter, era code of 社会保険 forms, year of the era)."""
    name, letter, code, start = next(e for e in ERA if b >= e[3])
    return name, letter, code, b.year - start.year + 1


def birth_forms(b: date) -> dict[str, str]:
    era, letter, code, ey = era_of(b)
    year = "元" if ey == 1 else str(ey)
    return {
        "kanji_west": f"{b.year}年{b.month}月{b.day}日", "slash": f"{b.year}/{b.month:02d}/{b.day:02d}",
        "dash": f"{b.year}-{b.month}-{b.day}", "dot": f"{b.year}.{b.month}.{b.day}",
        "wide": f"{b.year}年{b.month}月{b.day}日".translate(WIDE), "era": f"{era}{year}年{b.month}月{b.day}日",
        "era_kanji": f"{era}{'元' if ey == 1 else kanji(ey)}年{kanji(b.month)}月{kanji(b.day)}日",
        "letter_dot": f"{letter}{ey}.{b.month}.{b.day}", "letter_slash": f"{letter}{ey}/{b.month}/{b.day}",
        "era_short": f"{era[0]}{ey}・{b.month}・{b.day}", "era_spaced": f"{era}{year}年 {b.month}月 {b.day}日",
        "code_dash": f"{code}-{ey:02d}{b.month:02d}{b.day:02d}", "code": f"{code}{ey:02d}{b.month:02d}{b.day:02d}",
        "compact": f"{b.year}{b.month:02d}{b.day:02d}", "english": f"{b.day:02d} {MONTHS[b.month - 1]} {b.year}",
    }


PROSE = ["kanji_west", "wide", "era", "era_kanji", "letter_dot", "era_short"]
COLUMN = list(birth_forms(date(1980, 4, 1)))


class DevCorpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, options):
        return self.rng.choice(options)

    def birth(self, first: int = 1940, last: int = 2008) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def day(self, year: int = 2026) -> date:
        return date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def name(self) -> str:
        return f"{self.pick(SURNAMES)} {self.pick(GIVEN)}"

    def postal(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.rng.randint(0, 9999):04d}"

    def address(self) -> str:
        pref, town = self.pick(TOWNS)
        return f"{pref}{town}{self.rng.randint(1, 5)}-{self.rng.randint(1, 30)}-{self.rng.randint(1, 20)}"

    def written(self, b: date, forms: list[str]) -> str:
        return birth_forms(b)[self.pick(forms)]

    def postal_written(self, code: str) -> str:
        return self.pick([code, code.replace("-", ""), code.translate(WIDE), "〒" + code, "〒" + code.replace("-", "")])

    # --- positives ---------------------------------------------------------------

    def roster_xlsx(self, i: int) -> Doc:
        header = ["No", "氏名", self.pick(["生年月日", "生 年 月 日", "生年月日(西暦)"]), "入社日", "郵便番号", "住所"]
        rows, truth = [["社員名簿", "", "", "", "", f"作成日 {self.day().isoformat()}"], header], set()
        for n in range(self.rng.randint(4, 9)):
            b, code = self.birth(), self.postal()
            value = b if self.rng.random() < 0.3 else self.written(b, COLUMN)
            rows.append([n + 1, self.name(), value, self.day(self.rng.randint(2000, 2025)), self.postal_written(code),
                         self.address()])
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_roster{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _LABELS)

    def shaho_csv(self, i: int) -> Doc:
        """A 社会保険 list: the birth as era code + YYMMDD, the 資格取得日 the same way."""
        rows, truth = [["被保険者整理番号", "被保険者氏名", "生年月日", "資格取得年月日", "郵便番号", "住所"]], set()
        for n in range(self.rng.randint(4, 9)):
            b, code, got = self.birth(1950, 2006), self.postal(), self.day(self.rng.randint(2019, 2026))
            form = self.pick(["code_dash", "code"])
            rows.append([str(n + 10), self.name(), birth_forms(b)[form], birth_forms(got)[form],
                         code.replace("-", ""), self.address()])
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_shaho{i:03d}.csv", _csv(rows, "cp932"), truth | _LABELS)

    def split_xlsx(self, i: int) -> Doc:
        """生年月日 over three columns 年 | 月 | 日 (a merged header and a sub-header)."""
        rows = [["会員番号", "氏名", "生年月日", "", "", "〒", "住所"], ["", "", "年", "月", "日", "", ""]]
        truth = set()
        for n in range(self.rng.randint(3, 8)):
            b, code = self.birth(), self.postal()
            era, _, _, ey = era_of(b)
            year = self.pick([str(b.year), f"{era}{ey}", f"{era[0]}{ey}"])
            rows.append([f"M{n + 100}", self.name(), year, b.month, b.day, code, self.address()])
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_split{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), truth | _LABELS)

    def family_docx(self, i: int) -> Doc:
        head, b, code = self.name(), self.birth(1950, 1995), self.postal()
        lines = ["扶養親族届", f"届出日　{birth_forms(self.day())['era']}", f"氏名　{head}",
                 f"生年月日　{self.written(b, PROSE)}", f"現住所　〒{code}　{self.address()}"]
        table = [["続柄", "氏名", "生年月日", "職業", "扶養開始日"]]
        truth = {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        for relation, first, last in self.rng.sample(RELATIONS, self.rng.randint(1, 4)):
            m = self.birth(first, last)
            table.append([relation, f"{head.split()[0]} {self.pick(GIVEN)}", self.written(m, COLUMN),
                          self.pick(["無職", "学生", "パート", "会社員"]), self.written(self.day(), ["era", "slash"])])
            truth.add(("DATE_OF_BIRTH", m.isoformat()))
        return Doc(f"dev_family{i:03d}.docx", _docx(lines, table), truth | _LABELS)

    def prose_txt(self, i: int) -> Doc:
        b, code, met = self.birth(), self.postal(), self.day()
        suffix = self.pick(["生", "生まれ", " 生"])
        lines = [self.pick(["面談メモ", "相談記録", "身上メモ"]), f"面談日 {birth_forms(met)['kanji_west']}",
                 f"{self.name()}さん（{self.written(b, PROSE)}{suffix}）は{self.address()}に在住。",
                 f"連絡先住所の郵便番号は{self.postal_written(code)}とのこと。",
                 f"次回面談 {birth_forms(self.day())['era']}、{birth_forms(self.day())['letter_dot']}までに書類提出。"]
        truth = {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_prose{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _LABELS)

    def resume_docx(self, i: int) -> Doc:
        b, code = self.birth(1960, 2004), self.postal()
        era, _, _, ey = era_of(b)
        age = 2026 - b.year
        born = self.pick([f"{era}{ey}年 {b.month}月 {b.day}日生 (満 {age} 歳)",
                          f"{b.year}年{b.month}月{b.day}日生（満{age}歳）"])
        lines = ["履 歴 書", f"{birth_forms(self.day())['era']}現在", "ふりがな", f"氏名　{self.name()}", born,
                 f"現住所　〒{code}", self.address(), "学歴・職歴",
                 f"{era_of(self.day(2019))[0]}{self.rng.randint(1, 6)}年 3月　高等学校 卒業"]
        truth = {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_resume{i:03d}.docx", _docx(lines), truth | _LABELS)

    def passport_csv(self, i: int) -> Doc:
        header = ["Surname", "Given name", self.pick(["Date of birth", "DOB", "Birth date"]), "Nationality",
                  "Date of issue", "Date of expiry", "ZIP"]
        rows, truth = [header], set()
        for _ in range(self.rng.randint(3, 7)):
            b, code = self.birth(1960, 2005), self.postal()
            issued = self.day(self.rng.randint(2018, 2025))
            expiry = date(issued.year + 10, issued.month, issued.day)
            form = self.pick(["english", "slash"])
            rows.append([self.pick(["NGUYEN", "SANTOS", "KIM", "CHEN"]), self.pick(["VAN AN", "MARIA", "MINJI"]),
                         birth_forms(b)[form], self.pick(["VNM", "PHL", "KOR", "CHN"]), birth_forms(issued)[form],
                         birth_forms(expiry)[form], code.replace("-", "")])
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_passport{i:03d}.csv", _csv(rows, "utf-8"), truth | _LABELS)

    def checkup_form_docx(self, i: int) -> Doc:
        """A key/value form: 生年月日 beside 受診日 on the same row, the label cells far apart."""
        b, code, seen = self.birth(), self.postal(), self.day()
        table = [["氏名", self.name(), "", "受診日", birth_forms(seen)["slash"]],
                 ["生年月日", "", self.written(b, COLUMN), "次回受診", birth_forms(self.day(2027))["era"]],
                 ["郵便番号", self.postal_written(code), "", "", ""], ["住所", self.address(), "", "", ""]]
        truth = {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_checkup{i:03d}.docx", _docx(["健康診断 受診票"], table), truth | _LABELS)

    def mail_eml(self, i: int) -> Doc:
        b, code = self.birth(1970, 2004), self.postal()
        body = ["人事部 各位", "", "新入社員の登録情報です。", f"氏名：{self.name()}",
                f"生年月日：{self.written(b, PROSE + ['slash', 'compact'])}",
                f"郵便番号：{self.pick([code.replace('-', ''), code])}", f"住所：{self.address()}",
                f"入社日：{birth_forms(self.day())['slash']}", "", "--", OWN_OFFICE[0], "総務部 soumu@minato-seiki.example.jp",
                f"{OWN_OFFICE[1]} {OWN_OFFICE[2]}", f"TEL {OWN_OFFICE[3]} / FAX {OWN_OFFICE[4]}"]
        data = w.make_eml("新入社員登録", "soumu@minato-seiki.example.jp", "jinji@minato-seiki.example.jp",
                          "\n".join(body))
        truth = {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", code.replace("-", ""))}
        return Doc(f"dev_mail{i:03d}.eml", data, truth | _LABELS)

    def contacts_csv(self, i: int) -> Doc:
        """The postal code inside the address cell, with or without its mark."""
        rows, truth = [["顧客名", "住所", "備考"]], set()
        for _ in range(self.rng.randint(3, 8)):
            code = self.postal()
            written = self.pick([f"〒{code}", code, f"〒 {code.replace('-', '')}", code.translate(WIDE)])
            rows.append([self.name(), f"{written}{self.pick([' ', '　', ''])}{self.address()}",
                         f"登録 {self.day().isoformat()}"])
            truth.add(("POSTAL_CODE", code.replace("-", "")))
        return Doc(f"dev_contacts{i:03d}.csv", _csv(rows, "cp932"), truth | _LABELS)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.roster_xlsx, self.shaho_csv, self.split_xlsx, self.family_docx, self.prose_txt,
                 self.resume_docx, self.passport_csv, self.checkup_form_docx, self.mail_eml, self.contacts_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def letterhead_docx(self, i: int) -> Doc:
        lines = [f"{birth_forms(self.day())['era']}", "お取引先各位", OWN_OFFICE[0], f"{OWN_OFFICE[1]} {OWN_OFFICE[2]}",
                 f"TEL {OWN_OFFICE[3]}　FAX {OWN_OFFICE[4]}", "年末年始休業のお知らせ",
                 f"休業期間：{birth_forms(date(2026, 12, 29))['kanji_west']}～{birth_forms(date(2027, 1, 4))['kanji_west']}"]
        return Doc(f"dev_clean_letter{i:03d}.docx", _docx(lines))

    def calendar_csv(self, i: int) -> Doc:
        rows = [["日付", "曜日", "行事"]]
        for _ in range(8):
            d = self.day()
            rows.append([self.written(d, ["slash", "compact", "era", "letter_dot"]), "月水金"[d.day % 3],
                         self.pick(["安全大会", "棚卸", "創立記念日", "健康診断", "避難訓練"])])
        return Doc(f"dev_clean_calendar{i:03d}.csv", _csv(rows, "utf-8"))

    def invoice_xlsx(self, i: int) -> Doc:
        rows = [["請求書", "", f"請求日 {birth_forms(self.day())['slash']}"], ["発行元", OWN_OFFICE[0]],
                ["郵便番号", OWN_OFFICE[1][1:].replace("-", "")], ["所在地", OWN_OFFICE[2]], ["FAX", OWN_OFFICE[4]],
                ["支払期限", self.day()], ["品名", "数量", "金額"], ["部品A", 3, 12000], ["作業費", 1, 30000]]
        return Doc(f"dev_clean_invoice{i:03d}.xlsx", w.xlsx_bytes({"請求": rows}), set())

    def notice_txt(self, i: int) -> Doc:
        lines = ["社内報", f"発行日 {birth_forms(self.day())['era']}", "創業者の生誕百年を記念し、式典を開催します。",
                 f"日時：{birth_forms(self.day())['letter_dot']} 10:00", f"会場：本社 {OWN_OFFICE[1]} {OWN_OFFICE[2]}",
                 "お問い合わせ：総務部 soumu@minato-seiki.example.jp"]
        return Doc(f"dev_clean_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.letterhead_docx, self.calendar_csv, self.invoice_xlsx, self.notice_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]


_LABELS = {("*", "DATE_OF_BIRTH"), ("*", "POSTAL_CODE")}


def _csv(rows: list[list], encoding: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)
