"""Check corpus for dates of birth and postal codes (issue 12), written before the
rules were changed and sharing no template or word list with corpus_dates_dev.py:
other authors' habits (労働者名簿, 会員申込書, 健診個人票, insurance enrolment in
English, 住所録, 社会保険 exports, mails). Never tune a rule on it.

Positive documents are labelled for DATE_OF_BIRTH and POSTAL_CODE only; clean
documents for nothing.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from benchmarks.corpus import Doc, _docx
from samples import writers as w

FAMILY = ["佐伯", "三浦", "相沢", "桐山", "宇野", "戸田", "北村", "白石", "根本", "水野", "岡崎", "関", "今井",
          "内藤", "早川", "大谷", "谷口", "安藤"]
FIRST = ["光", "結衣", "悠斗", "麻衣", "浩二", "明美", "蓮", "幸子", "隆", "真理", "修", "陽菜", "誠", "綾"]
PLACES = ["京都府京都市左京区岡崎", "兵庫県姫路市本町", "静岡県浜松市中央区鍛冶町", "新潟県長岡市大手通",
          "熊本県熊本市中央区手取本町", "千葉県船橋市本町", "岡山県倉敷市阿知", "長野県松本市中央"]
KIN = ["配偶者", "子", "子", "実母", "義父", "孫"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
ERA_CODES = [(date(2019, 5, 1), "令和", "R", 9), (date(1989, 1, 8), "平成", "H", 7), (date(1926, 12, 25), "昭和", "S", 5)]
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
HOUSE = ("有限会社ひまわり介護サービス", "530-0001", "大阪府大阪市北区梅田2-4-9", "06-6345-1200")


def era(d: date) -> tuple[str, str, int, int]:
    start, name, letter, code = next(e for e in ERA_CODES if d >= e[0])
    return name, letter, code, d.year - start.year + 1


class CheckCorpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7 + 1)

    def one(self, items):
        return self.rng.choice(items)

    def born(self, low: int = 1945, high: int = 2010) -> date:
        return date(self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def some_day(self, low: int = 2020, high: int = 2027) -> date:
        return self.born(low, high)

    def person(self) -> str:
        return self.one(FAMILY) + self.one(["　", " ", ""]) + self.one(FIRST)

    def zip_code(self) -> str:
        return f"{self.rng.randint(100, 999)}{self.rng.randint(0, 9999):04d}"

    def place(self) -> str:
        return f"{self.one(PLACES)}{self.rng.randint(1, 9)}丁目{self.rng.randint(1, 40)}番{self.rng.randint(1, 15)}号"

    def as_written(self, d: date) -> str:
        name, letter, _, y = era(d)
        return self.one([f"{name}{'元' if y == 1 else y}年{d.month:02d}月{d.day:02d}日", f"{letter}.{y}.{d.month}.{d.day}",
                         f"{name[0]}{y}.{d.month:02d}.{d.day:02d}", f"{d.year}年{d.month:02d}月{d.day:02d}日",
                         f"{d.year}/{d.month}/{d.day}", f"{d:%Y%m%d}".translate(FULL),
                         f"{letter}{y:02d}{d.month:02d}{d.day:02d}"])

    # --- positives ---------------------------------------------------------------

    def workers_tsv(self, i: int) -> Doc:
        lines = ["\t".join(["番号", "氏　名", "性別", "生年月日", "雇入年月日", "郵便", "現住所", "業務の種類"])]
        truth = set()
        for n in range(self.rng.randint(4, 10)):
            b, z = self.born(1955, 2006), self.zip_code()
            lines.append("\t".join([str(n + 1), self.person(), self.one(["男", "女"]), self.as_written(b),
                                    self.as_written(self.some_day(2005, 2026)), self.one([z, f"{z[:3]}-{z[3:]}"]),
                                    self.place(), self.one(["介護", "送迎", "事務"])]))
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)}
        return Doc(f"chk_workers{i:03d}.tsv", "\r\n".join(lines).encode("cp932"), truth | _ONLY)

    def application_txt(self, i: int) -> Doc:
        b, z = self.born(), self.zip_code()
        mark = self.one([f"〒{z[:3]}-{z[3:]}", f"〒 {z}".translate(FULL), f"〒{z}"])
        lines = ["＜入会申込書＞", f"申込日　{self.some_day():%Y年%m月%d日}", f"■お名前：{self.person()}",
                 self.one([f"■生年月日：西暦{b.year}年 {b.month}月 {b.day}日", f"■お誕生日：{self.as_written(b)}"]),
                 f"■ご住所：{mark}", f"　　{self.place()}", f"■有効期限：{self.some_day(2027, 2029):%Y/%m/%d}"]
        return Doc(f"chk_apply{i:03d}.txt", "\r\n".join(lines).encode("utf-8"),
                   {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)} | _ONLY)

    def checkup_xlsx(self, i: int) -> Doc:
        b, z, seen = self.born(1950, 2004), self.zip_code(), self.some_day(2025, 2026)
        rows = [["定期健康診断 個人票"], [], ["受診年月日", "", seen], ["氏名", "", self.person()],
                ["生年月日", "", self.one([datetime(b.year, b.month, b.day), self.as_written(b)]), "年齢",
                 seen.year - b.year], ["郵便番号", "", int(z) if z[0] != "0" else z], ["住所", "", self.place()],
                ["判定日", "", self.some_day(2025, 2026)]]
        return Doc(f"chk_checkup{i:03d}.xlsx", w.xlsx_bytes({"個人票": rows}),
                   {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)} | _ONLY)

    def enrolment_xlsx(self, i: int) -> Doc:
        rows, truth = [["Member", "Birthday", "Postcode", "Enrolled on", "Plan"]], set()
        for _ in range(self.rng.randint(3, 8)):
            b, z, joined = self.born(1950, 2005), self.zip_code(), self.some_day(2015, 2026)
            text = self.one([f"{MONTH_NAMES[b.month - 1][:3]} {b.day}, {b.year}", f"{b.year}/{b.month}/{b.day}",
                             f"{b.day} {MONTH_NAMES[b.month - 1]} {b.year}"])
            rows.append([self.person(), text, f"{z[:3]}-{z[3:]}", f"{joined:%Y/%m/%d}", self.one(["A", "B"])])
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)}
        return Doc(f"chk_enrol{i:03d}.xlsx", w.xlsx_bytes({"Members": rows}), truth | _ONLY)

    def address_book_docx(self, i: int) -> Doc:
        table, truth = [["氏名", "住所", "電話"]], set()
        for _ in range(self.rng.randint(3, 7)):
            z = self.zip_code()
            cell = self.one([f"〒{z[:3]}-{z[3:]} {self.place()}", f"〒{z}　{self.place()}", f"{z} {self.place()}"])
            table.append([self.person(), cell, f"0{self.rng.randint(70, 90)}-{self.rng.randint(1000, 9999)}-"
                                                 f"{self.rng.randint(1000, 9999)}"])
            truth.add(("POSTAL_CODE", z))
        return Doc(f"chk_addrbook{i:03d}.docx", _docx(["同窓会 住所録"], table), truth | _ONLY)

    def dependants_xlsx(self, i: int) -> Doc:
        rows = [["扶養者一覧", "", "", "", f"更新 {self.some_day():%Y/%m/%d}"], [],
                ["被扶養者氏名", "続柄", "生年月日", "性別", "認定日"]]
        truth = set()
        for _ in range(self.rng.randint(2, 6)):
            b = self.born(1940, 2025)
            value = self.one([datetime(b.year, b.month, b.day), self.as_written(b)])
            rows.append([self.person(), self.one(KIN), value, self.one(["男", "女"]), self.some_day()])
            truth.add(("DATE_OF_BIRTH", b.isoformat()))
        return Doc(f"chk_dependants{i:03d}.xlsx", w.xlsx_bytes({"扶養": rows}), truth | _ONLY)

    def host_export_csv(self, i: int) -> Doc:
        lines, truth = ["SHIMEI,SEINENGAPPI_GENGO,SEINENGAPPI,YUBIN,JUSHO"], set()
        for _ in range(self.rng.randint(4, 9)):
            b, z = self.born(1945, 2005), self.zip_code()
            _, _, code, y = era(b)
            lines.append(f"{self.person()},{code},{y:02d}{b.month:02d}{b.day:02d},{z},{self.place()}")
            truth |= {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)}
        return Doc(f"chk_host{i:03d}.csv", "\r\n".join(lines).encode("cp932"), truth | _ONLY)

    def notice_mail_eml(self, i: int) -> Doc:
        b, z = self.born(1990, 2008), self.zip_code()
        body = [f"{self.person()}様", "", "このたびはご応募ありがとうございます。", "ご登録内容を確認させていただきます。",
                f"・生年月日　{self.as_written(b)}", f"・郵便番号　{z}", f"・面接日　{self.some_day(2026, 2026):%m月%d日}",
                "", HOUSE[0], "採用担当", f"〒{HOUSE[1]} {HOUSE[2]}", f"代表 {HOUSE[3]}"]
        data = w.make_eml("ご登録内容の確認", "saiyo@himawari.example.jp", "applicant@example.net", "\n".join(body))
        return Doc(f"chk_mail{i:03d}.eml", data, {("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z)} | _ONLY)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.workers_tsv, self.application_txt, self.checkup_xlsx, self.enrolment_xlsx,
                 self.address_book_docx, self.dependants_xlsx, self.host_export_csv, self.notice_mail_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def business_days_xlsx(self, i: int) -> Doc:
        rows = [["営業日カレンダー", f"{self.some_day(2026, 2026):%Y}年度"], ["年月日", "区分"]]
        rows += [[self.some_day(2026, 2027), self.one(["休業日", "営業日", "半日"])] for _ in range(10)]
        return Doc(f"chk_clean_days{i:03d}.xlsx", w.xlsx_bytes({"カレンダー": rows}))

    def estimate_docx(self, i: int) -> Doc:
        lines = ["御見積書", f"見積日：{self.as_written(self.some_day(2026, 2026))}", HOUSE[0],
                 f"郵便番号：{HOUSE[1].replace('-', '')}", f"所在地：{HOUSE[2]}", f"代表電話：{HOUSE[3]}",
                 f"有効期限：発行日より30日（{self.some_day(2026, 2027):%Y年%m月%d日}まで）"]
        return Doc(f"chk_clean_estimate{i:03d}.docx", _docx(lines, [["品目", "単価"], ["訪問介護", "3,000"]]))

    def press_txt(self, i: int) -> Doc:
        founded = self.born(1960, 1999)
        lines = ["報道関係各位", f"{self.some_day(2026, 2026):%Y年%m月%d日}", HOUSE[0],
                 f"当社は{founded.year}年{founded.month}月{founded.day}日の設立以来、地域の介護を支えてまいりました。",
                 f"新事業所（〒{HOUSE[1]} {HOUSE[2]}）を{self.as_written(self.some_day(2026, 2027))}に開設します。"]
        return Doc(f"chk_clean_press{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def role_mail_eml(self, i: int) -> Doc:
        body = ["各位", "", f"次回の安全衛生委員会は{self.some_day(2026, 2026):%m月%d日}です。", "",
                "――", HOUSE[0], "総務課 somu@himawari.example.jp", f"〒{HOUSE[1]} {HOUSE[2]}", f"FAX 06-6345-1201"]
        data = w.make_eml("委員会の開催", "somu@himawari.example.jp", "all@himawari.example.jp", "\n".join(body))
        return Doc(f"chk_clean_mail{i:03d}.eml", data)

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.business_days_xlsx, self.estimate_docx, self.press_txt, self.role_mail_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]


_ONLY = {("*", "DATE_OF_BIRTH"), ("*", "POSTAL_CODE")}
