"""Development corpus for names in table columns and lists (issue 12, namecols):
visitor logs, reception sheets, payroll bank-transfer lists (口座名義 in half-width
katakana), supporters' and parishioners' rosters, customer-service logs with names
in free-text cells, residence-status registers with romaji names, label lists, and
mails with a list attached. The rules are tuned on this corpus only;
benchmarks/corpus_namecols_check.py (another author's habits, no template, word list
or layout in common) checks them.

Truth: PERSON only (`("*", "PERSON")`); a company, department, place or product
standing where a name could is a look-alike `("~PERSON", value)`; clean files are
labelled for nothing.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date

from benchmarks.corpus import Doc
from benchmarks.corpus_people import canonical_name
from benchmarks.people_share.documents import half_width
from samples import writers as w

SURNAMES = [("武田", "タケダ"), ("片山", "カタヤマ"), ("松浦", "マツウラ"), ("小松", "コマツ"), ("石原", "イシハラ"),
            ("浅野", "アサノ"), ("桑原", "クワハラ"), ("大塚", "オオツカ"), ("平野", "ヒラノ"), ("菅原", "スガワラ"),
            ("野口", "ノグチ"), ("荒木", "アラキ"), ("北村", "キタムラ"), ("宮崎", "ミヤザキ"), ("安田", "ヤスダ"),
            ("森本", "モリモト"), ("杉本", "スギモト"), ("川上", "カワカミ"), ("吉川", "ヨシカワ"), ("堀", "ホリ"),
            ("小山", "コヤマ"), ("長野", "ナガノ"), ("福島", "フクシマ"), ("熊谷", "クマガイ")]
GIVEN = [("正樹", "マサキ"), ("由美", "ユミ"), ("和也", "カズヤ"), ("恵子", "ケイコ"), ("翔太", "ショウタ"),
         ("真理子", "マリコ"), ("浩二", "コウジ"), ("千尋", "チヒロ"), ("大輔", "ダイスケ"), ("美穂", "ミホ"),
         ("健太郎", "ケンタロウ"), ("沙織", "サオリ"), ("隆", "タカシ"), ("陽菜", "ヒナ"), ("雅人", "マサト"),
         ("蒼空", "ソラ"), ("煌大", "コウダイ"), ("心結", "ミユ"), ("湊", "ミナト"), ("璃子", "リコ"), ("絢斗", "アヤト")]
FOREIGN = ["NGUYEN, THI LAN", "GURUNG, RAM", "NGUYEN THI LAN", "TRAN VAN DUC", "PHAM MINH TUAN", "LE THI HUONG", "SANTOS MARIA CLARA",
           "REYES JOHN PAUL", "GURUNG RAM BAHADUR", "WANG LI", "PUTRI AYU LESTARI", "SILVA ANA PAULA"]
FOREIGN_TITLE = ["Nguyen Van Hai", "Maria Cruz", "Budi Santoso", "Tran Thi Mai", "Anil Sharma", "Joseph Dela Cruz"]
COMPANIES = ["株式会社ミドリ技研", "(株)アオバ設計", "有限会社丸栄運送", "ひかり商事株式会社", "東和システム(株)",
             "大和ビルサービス", "北斗測量事務所"]
DEPARTMENTS = ["総務課", "営業第二課", "品質保証部", "経理課", "設備管理室", "人事部"]
PRODUCTS = ["コピー用紙A4", "トナーカートリッジ", "防災備蓄水", "LED照明ユニット", "事務椅子"]
PLACES = ["豊田", "川口", "戸田", "北上", "松本", "大和"]  # surnames that are places: 出張先 columns
BUILDINGS = ["メゾン平野", "コーポ北村", "サンハイツ武田", "グリーンヒル", "パレス荒木"]


def csv_bytes(rows: list[list], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


class DevNames:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 7)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> tuple[str, str, str, str]:
        """(surname, given, surname reading, given reading)."""
        (s, sk), (g, gk) = self.pick(SURNAMES), self.pick(GIVEN)
        return s, g, sk, gk

    def day(self) -> date:
        return date(2026, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def rows(self) -> range:
        return range(self.rng.randint(4, 9))

    # --- positives ---------------------------------------------------------------

    def visitor_cell(self) -> tuple[str, str]:
        """A visitor as the desk writes them: (cell, the name in it)."""
        s, g, _, _ = self.person()
        firm = self.pick(COMPANIES)
        choices = [(s + g, s + g), (f"{s}{g}様", s + g), (f"{s}{g}（{firm}）", s + g)]
        if len(s) > 1:  # one character is never reported (林, 堀): not written alone here
            choices += [(f"{firm} {s}様", s), (f"{s}様", s)]
        return self.pick(choices)

    def visitor_log_csv(self, i: int) -> Doc:
        visitor = self.pick(["来訪者名", "来訪者", "訪問者氏名", "来訪者　氏名", "ご署名"])
        host = self.pick(["面会者", "応対者", "訪問先担当"])
        rows, truth = [["来訪日", "入館", visitor, "会社名", "用件", host, "退館"]], set()
        for _ in self.rows():
            cell, name = self.visitor_cell()
            hs, hg, _, _ = self.person()
            host_name = self.pick([hs + hg, hs]) if len(hs) > 1 else hs + hg
            firm = self.pick(COMPANIES)
            rows.append([f"{self.day():%Y/%m/%d}", "10:15", cell, firm, self.pick(["打合せ", "納品", "点検"]),
                         host_name, "11:40"])
            truth |= {("PERSON", name), ("PERSON", host_name), ("~PERSON", canonical_name(firm))}
        return Doc(f"nd_visitors{i:03d}.csv", csv_bytes(rows, encoding=self.pick(["utf-8", "cp932"])), truth | SCORED)

    def reception_sheet_xlsx(self, i: int) -> Doc:
        rows, truth = [["受付簿"], ["No", "お名前", "お名前（カナ）", "ご所属", "受付者", "同行"]], set()
        for n in self.rows():
            s, g, sk, gk = self.person()
            rs, rg, _, _ = self.person()
            cs, cg, _, _ = self.person()
            dept = self.pick(DEPARTMENTS)
            rows.append([n + 1, f"{s} {g}", f"{sk} {gk}", dept, rs + rg, cs + cg])
            truth |= {("PERSON", s + g), ("PERSON", sk + gk), ("PERSON", rs + rg), ("PERSON", cs + cg),
                      ("~PERSON", dept)}
        return Doc(f"nd_reception{i:03d}.xlsx", w.xlsx_bytes({"受付": rows}), truth | SCORED)

    def payroll_transfer_csv(self, i: int) -> Doc:
        holder = self.pick(["口座名義", "口座名義(カナ)", "名義人", "受取人カナ"])
        rows, truth = [["社員番号", "氏名", holder, "銀行名", "支店名", "種別", "口座番号", "振込額"]], set()
        for n in self.rows():
            s, g, sk, gk = self.person()
            kana = half_width(f"{sk} {gk}") if self.rng.random() < 0.7 else f"{sk}　{gk}"
            rows.append([f"E{1000 + n}", s + g, kana, "みずなみ銀行", "本町支店", "普通",
                         f"{self.rng.randint(1000000, 9999999)}", self.rng.randint(180000, 420000)])
            truth |= {("PERSON", s + g), ("PERSON", canonical_name(kana))}
        return Doc(f"nd_payroll{i:03d}.csv", csv_bytes(rows, encoding="cp932"), truth | SCORED)

    def parishioner_roster_xlsx(self, i: int) -> Doc:
        rows, truth = [["檀家名簿　令和八年"], ["番号", "世帯主", "施主", "故人", "命日", "墓所区画"]], set()
        for n in self.rows():
            head, donor, late = self.person(), self.person(), self.person()
            rows.append([n + 1, head[0] + head[1], head[0] + donor[1], head[0] + late[1], f"{self.day():%m月%d日}",
                         f"{self.pick('東西南北')}区{n + 3}番"])
            truth |= {("PERSON", head[0] + head[1]), ("PERSON", head[0] + donor[1]), ("PERSON", head[0] + late[1])}
        return Doc(f"nd_danka{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | SCORED)

    def supporters_roster_csv(self, i: int) -> Doc:
        rows, truth = [["会員番号", "会員名", "紹介者", "地区", "入会年"]], set()
        for n in self.rows():
            s, g, _, _ = self.person()
            rs, rg, _, _ = self.person()
            place = self.pick(PLACES)
            rows.append([f"K-{200 + n}", f"{s}　{g}", f"{rs}　{rg}", place, 2019 + n % 7])
            truth |= {("PERSON", s + g), ("PERSON", rs + rg), ("~PERSON", place)}
        return Doc(f"nd_koenkai{i:03d}.csv", csv_bytes(rows), truth | SCORED)

    def label_list_tsv(self, i: int) -> Doc:
        rows, truth = [["郵便番号", "住所1", "住所2", "宛名", "敬称"]], set()
        for _ in self.rows():
            s, g, _, _ = self.person()
            building = self.pick(BUILDINGS)
            if self.rng.random() < 0.3:
                firm = self.pick(COMPANIES)
                name, truth_name = f"{firm} {s} {g}", s + g
                truth.add(("~PERSON", canonical_name(firm)))
            else:
                name, truth_name = f"{s} {g}", s + g
            rows.append([f"{self.rng.randint(100, 999)}-{self.rng.randint(0, 9999):04d}", "横浜市港北区日吉本町1-2",
                         f"{building} {self.rng.randint(101, 405)}号", name, "様"])
            truth |= {("PERSON", truth_name), ("~PERSON", building)}
        return Doc(f"nd_labels{i:03d}.tsv", csv_bytes(rows, delimiter="\t"), truth | SCORED)

    def service_log_xlsx(self, i: int) -> Doc:
        rows, truth = [["受付日", "顧客名", "内容", "対応者"]], set()
        for _ in self.rows():
            s, g, _, _ = self.person()
            os_, og, _, _ = self.person()
            product = self.pick(PRODUCTS)
            note = self.pick([f"{s}様より{product}の不具合について電話。折り返し連絡済み。",
                              f"{product}の納期確認。{s}様へ回答。", f"{self.pick(COMPANIES)} {s}様から見積依頼"])
            rows.append([f"{self.day():%Y-%m-%d}", f"{s}{g}様", note, os_ + og])
            truth |= {("PERSON", s + g), ("PERSON", os_ + og), ("~PERSON", product)}
        return Doc(f"nd_service{i:03d}.xlsx", w.xlsx_bytes({"対応記録": rows}), truth | SCORED)

    def residence_register_xlsx(self, i: int) -> Doc:
        column = self.pick(["氏名(英字)", "Name", "氏名（ローマ字）", "NAME"])
        rows, truth = [["No", column, "国籍", "在留資格", "在留期限", "配属"]], set()
        for n in self.rows():
            name = self.pick(FOREIGN) if self.rng.random() < 0.6 else self.pick(FOREIGN_TITLE)
            dept = self.pick(DEPARTMENTS)
            rows.append([n + 1, name, self.pick(["ベトナム", "フィリピン", "ネパール", "インドネシア"]),
                         self.pick(["技能実習2号", "特定技能1号", "技術・人文知識・国際業務"]), self.day(), dept])
            truth |= {("PERSON", canonical_name(name).replace(",", "")), ("~PERSON", dept)}
        return Doc(f"nd_zairyu{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | SCORED)

    def mail_with_list_eml(self, i: int) -> Doc:
        rows, truth = [["参加者", "フリガナ", "所属"]], set()
        for _ in self.rows():
            s, g, sk, gk = self.person()
            rows.append([f"{s} {g}", f"{sk} {gk}", self.pick(COMPANIES)])
            truth |= {("PERSON", s + g), ("PERSON", sk + gk)}
        s, g, _, _ = self.person()
        body = f"各位\n\n研修の参加者一覧を添付します。\n取りまとめは{s}{g}が担当しました。\n"
        truth.add(("PERSON", s + g))
        data = w.make_eml("研修参加者", "kenshu@example.co.jp", "all@example.co.jp", body,
                          attachments=[("参加者一覧.csv", csv_bytes(rows))])
        return Doc(f"nd_mail{i:03d}.eml", data, truth | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.visitor_log_csv, self.reception_sheet_xlsx, self.payroll_transfer_csv,
                 self.parishioner_roster_xlsx, self.supporters_roster_csv, self.label_list_tsv,
                 self.service_log_xlsx, self.residence_register_xlsx, self.mail_with_list_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def supplier_list_csv(self, i: int) -> Doc:
        rows = [["取引先名", "担当部署", "所在地", "主要品目"]]
        rows += [[self.pick(COMPANIES), self.pick(DEPARTMENTS), self.pick(PLACES) + "市", self.pick(PRODUCTS)]
                 for _ in self.rows()]
        return Doc(f"nd_clean_suppliers{i:03d}.csv", csv_bytes(rows))

    def trip_plan_xlsx(self, i: int) -> Doc:
        rows = [["出張先", "訪問先", "目的", "部署"]]
        rows += [[self.pick(PLACES), self.pick(COMPANIES), "設備点検", self.pick(DEPARTMENTS)] for _ in self.rows()]
        return Doc(f"nd_clean_trips{i:03d}.xlsx", w.xlsx_bytes({"予定": rows}))

    def building_list_tsv(self, i: int) -> Doc:
        rows = [["物件名", "所在地", "戸数"]]
        rows += [[self.pick(BUILDINGS), self.pick(PLACES) + "市本町", self.rng.randint(6, 40)] for _ in self.rows()]
        return Doc(f"nd_clean_buildings{i:03d}.tsv", csv_bytes(rows, delimiter="\t"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.supplier_list_csv, self.trip_plan_xlsx, self.building_list_tsv]
        return [kinds[i % len(kinds)](i) for i in range(count)]


SCORED = {("*", "PERSON")}
