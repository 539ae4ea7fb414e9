"""Check corpus for names in table columns and lists (issue 12, namecols), written
apart from benchmarks/corpus_namecols_dev.py by another "author": other people,
other companies and places, other headers and layouts (sign-in sheets kept in
Excel, a church's and a neighbourhood club's member files, a transfer request to a
bank in full-width kana, complaint logs in CSV with the customer inside a sentence,
an intern register in CSV with given name first, envelope lists with two address
lines). No rule is tuned on it: its figure says whether the rules generalise.

Truth: PERSON only; companies, branches, venues and products in cells where a
name could stand are look-alikes `("~PERSON", value)`; clean files hold none.
"""

from __future__ import annotations

import csv
import io
import random

from benchmarks.corpus import Doc
from samples import writers as w

FAMILY = {"佐々木": "ササキ", "工藤": "クドウ", "千葉": "チバ", "丸山": "マルヤマ", "大西": "オオニシ", "村上": "ムラカミ",
          "岩崎": "イワサキ", "新井": "アライ", "横山": "ヨコヤマ", "原田": "ハラダ", "西村": "ニシムラ", "服部": "ハットリ",
          "小野寺": "オノデラ", "田所": "タドコロ", "岡部": "オカベ", "今村": "イマムラ", "柴田": "シバタ", "青木": "アオキ"}
PERSONAL = {"拓海": "タクミ", "結衣": "ユイ", "直樹": "ナオキ", "香織": "カオリ", "修": "オサム", "裕子": "ユウコ",
            "悠斗": "ユウト", "彩花": "アヤカ", "誠一": "セイイチ", "亜希子": "アキコ", "大和": "ヤマト", "瑛太": "エイタ",
            "紬": "ツムギ", "蓮": "レン", "朔": "サク", "美咲": "ミサキ", "智子": "トモコ", "一輝": "カズキ"}
INTERNS_TITLE = ["Siti Rahmawati", "Ramesh Thapa", "Le Van Thanh", "Kim Minjun", "Juan Carlos Mendoza", "Dewi Anggraini"]
INTERNS_CAPS = ["DELA CRUZ, MARK ANTHONY", "THAPA, SUNITA", "HOANG VAN NAM", "VU THI NGOC ANH", "ZHANG WEI",
                "BAUTISTA JOSE MIGUEL", "SHRESTHA BIKASH"]
FIRMS = ["三ツ星精機株式会社", "㈱さくらロジスティクス", "コスモ印刷", "合同会社ノースブリッジ", "中央綜合警備保障",
         "ミナト電装(有)"]
BRANCHES = ["いちょう信用金庫 駅前支店", "第一みらい銀行 中央支店", "港南農業協同組合 本所"]
VENUES = ["第3会議室", "大ホール", "研修センター", "応接室B"]
GOODS = ["空気清浄機", "業務用冷蔵庫", "複合機リース", "ウォーターサーバー"]
TOWNS = ["上尾", "小田原", "府中", "春日部", "所沢"]  # places; some are also surnames


def tsv_or_csv(rows: list[list], sep: str = ",", codec: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode(codec)


class CheckNames:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed * 97 + 41)

    def someone(self) -> tuple[str, str, str, str]:
        family, personal = self.r.choice(sorted(FAMILY)), self.r.choice(sorted(PERSONAL))
        return family, personal, FAMILY[family], PERSONAL[personal]

    def count(self) -> int:
        return self.r.randint(5, 11)

    def signin_sheet_xlsx(self, n: int) -> Doc:
        """An Excel sign-in sheet: the guest writes 会社 and name in one cell."""
        sheet = [["入館受付表", None, None, "2026年度"], [], ["月日", "お客様氏名", "ご用件", "担当", "入", "出"]]
        people = set()
        for _ in range(self.count()):
            fam, per, _, _ = self.someone()
            staff = self.someone()
            firm = self.r.choice(FIRMS)
            cell, who = self.r.choice([(f"{firm}　{fam}{per}", fam + per), (f"{fam}　{per}", fam + per),
                                       (f"{fam}{per} 他1名", fam + per), (f"{fam}{per}様（{firm}）", fam + per)])
            sheet.append([f"{self.r.randint(1, 12)}/{self.r.randint(1, 28)}", cell, "打ち合わせ", staff[0] + staff[1],
                          "9:30", "10:05"])
            people |= {("PERSON", who), ("PERSON", staff[0] + staff[1]), ("~PERSON", firm)}
        return Doc(f"nc_signin{n:03d}.xlsx", w.xlsx_bytes({"受付": sheet}), people | LABELLED)

    def transfer_request_xlsx(self, n: int) -> Doc:
        """A bank-transfer request: holder's name in full-width kana, no space."""
        sheet = [["総合振込依頼書"], ["No.", "受取人名（カナ）", "金融機関", "預金種目", "口座No.", "金額", "従業員名"]]
        people = set()
        for k in range(self.count()):
            fam, per, fk, pk = self.someone()
            branch = self.r.choice(BRANCHES)
            sheet.append([k + 1, fk + pk, branch, "当座" if k % 5 == 0 else "普通", f"{self.r.randint(0, 9999999):07d}",
                          f"{self.r.randint(150, 390)},000", f"{fam} {per}"])
            people |= {("PERSON", fk + pk), ("PERSON", fam + per), ("~PERSON", branch.replace(" ", ""))}
        return Doc(f"nc_transfer{n:03d}.xlsx", w.xlsx_bytes({"依頼書": sheet}), people | LABELLED)

    def church_members_csv(self, n: int) -> Doc:
        """A church's member file: 教会員, 配偶者 and the town they live in."""
        table = [["教会員番号", "教会員", "フリガナ", "配偶者", "居住地", "受洗年"]]
        people = set()
        for k in range(self.count()):
            fam, per, fk, pk = self.someone()
            spouse = self.someone()[1]
            town = self.r.choice(TOWNS)
            table.append([f"C{k + 11:03d}", f"{fam} {per}", f"{fk} {pk}", f"{fam} {spouse}", town, 1990 + k])
            people |= {("PERSON", fam + per), ("PERSON", fk + pk), ("PERSON", fam + spouse), ("~PERSON", town)}
        return Doc(f"nc_church{n:03d}.csv", tsv_or_csv(table, codec="cp932"), people | LABELLED)

    def club_members_tsv(self, n: int) -> Doc:
        """A neighbourhood club's envelope list: 宛名 with two address lines."""
        table = [["〒", "住所", "建物", "氏名", "敬称", "班"]]
        people = set()
        for k in range(self.count()):
            fam, per, _, _ = self.someone()
            tower = f"{self.r.choice(['リバーサイド', 'ガーデンコート', 'ハイム'])}{self.r.choice(sorted(FAMILY))}"
            table.append([f"{self.r.randint(300, 369)}-00{self.r.randint(10, 99)}", f"{self.r.choice(TOWNS)}市本町2-{k + 1}",
                          f"{tower}{self.r.randint(1, 9)}0{self.r.randint(1, 5)}", f"{fam}　{per}", "様",
                          f"{self.r.randint(1, 6)}班"])
            people |= {("PERSON", fam + per), ("~PERSON", tower)}
        return Doc(f"nc_club{n:03d}.tsv", tsv_or_csv(table, sep="\t"), people | LABELLED)

    def complaints_csv(self, n: int) -> Doc:
        """A complaint log: the customer inside a sentence, the clerk by surname."""
        table = [["日時", "経路", "お客様", "お問い合わせ内容", "受付担当", "商品"]]
        people = set()
        for _ in range(self.count()):
            fam, per, _, _ = self.someone()
            clerk = self.someone()[0]
            goods = self.r.choice(GOODS)
            text = self.r.choice([f"{fam}様より{goods}の異音について", f"{goods}の設置日変更（{fam}様）",
                                  f"請求書の再発行依頼、{fam}様宛"])
            table.append([f"2026/{self.r.randint(1, 12)}/{self.r.randint(1, 28)} 14:{self.r.randint(10, 59)}", "電話",
                          f"{fam}{per}", text, clerk, goods])
            people |= {("PERSON", fam + per), ("PERSON", clerk), ("~PERSON", goods)}
        return Doc(f"nc_complaints{n:03d}.csv", tsv_or_csv(table), people | LABELLED)

    def intern_register_csv(self, n: int) -> Doc:
        """Interns in romaji, given name first or in passport capitals."""
        table = [["受入番号", "ローマ字氏名", "カタカナ", "受入企業", "在留カード有効期限"]]
        people = set()
        for k in range(self.count()):
            name = self.r.choice(INTERNS_TITLE + INTERNS_CAPS)
            firm = self.r.choice(FIRMS)
            table.append([f"T-{k + 301}", name, "", firm, f"2027/0{self.r.randint(1, 9)}/15"])
            people |= {("PERSON", name.replace(",", "").replace(" ", "")), ("~PERSON", firm)}
        return Doc(f"nc_interns{n:03d}.csv", tsv_or_csv(table), people | LABELLED)

    def seminar_mail_eml(self, n: int) -> Doc:
        """A mail with an Excel list of seminar attendees (katakana, then venue)."""
        sheet = [["受講者名", "ヨミ", "会場"]]
        people = set()
        for _ in range(self.count()):
            fam, per, fk, pk = self.someone()
            sheet.append([f"{fam}{per}", f"{fk}　{pk}", self.r.choice(VENUES)])
            people |= {("PERSON", fam + per), ("PERSON", fk + pk)}
        body = "お疲れさまです。\n来週のセミナー受講者を添付のとおりお知らせします。\n"
        mail = w.make_eml("セミナー受講者のご連絡", "jinji@example.jp", "soumu@example.jp", body,
                          attachments=[("受講者.xlsx", w.xlsx_bytes({"一覧": sheet}))])
        return Doc(f"nc_seminar{n:03d}.eml", mail, people | LABELLED)

    def positives(self, count: int) -> list[Doc]:
        makers = (self.signin_sheet_xlsx, self.transfer_request_xlsx, self.church_members_csv, self.club_members_tsv,
                  self.complaints_csv, self.intern_register_csv, self.seminar_mail_eml)
        return [makers[k % len(makers)](k) for k in range(count)]

    # --- clean files -------------------------------------------------------------

    def room_bookings_csv(self, n: int) -> Doc:
        table = [["会場", "利用部署", "用途", "時間帯"]]
        table += [[self.r.choice(VENUES), self.r.choice(["経営企画部", "情報システム課", "広報室"]), "定例会議", "午前"]
                  for _ in range(self.count())]
        return Doc(f"nc_clean_rooms{n:03d}.csv", tsv_or_csv(table))

    def branch_list_xlsx(self, n: int) -> Doc:
        sheet = [["取引金融機関一覧"], ["金融機関名", "所在市", "取引開始"]]
        sheet += [[self.r.choice(BRANCHES), self.r.choice(TOWNS), 2001 + k] for k in range(self.count())]
        return Doc(f"nc_clean_banks{n:03d}.xlsx", w.xlsx_bytes({"一覧": sheet}))

    def supplier_tsv(self, n: int) -> Doc:
        table = [["仕入先", "商品", "納入場所"]]
        table += [[self.r.choice(FIRMS), self.r.choice(GOODS), self.r.choice(TOWNS) + "倉庫"] for _ in range(self.count())]
        return Doc(f"nc_clean_suppliers{n:03d}.tsv", tsv_or_csv(table, sep="\t"))

    def negatives(self, count: int) -> list[Doc]:
        makers = (self.room_bookings_csv, self.branch_list_xlsx, self.supplier_tsv)
        return [makers[k % len(makers)](k) for k in range(count)]


LABELLED = {("*", "PERSON")}
