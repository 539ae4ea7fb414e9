"""Check corpus for PERSON in host exports, visitor logs and customer-service records
(issue 12, hostnames), written apart from corpus_hostnames_dev.py by "another hand":
no name, place, template or layout in common. An insured persons' list whose
reading (half-width katakana) comes first and whose kanji name has two half-width
spaces, a customer file with kanji names without a space and full-width readings,
a members' file with hiragana readings and a count trailer; a reception book
(入館受付簿, CSV) and a visitors' record (TSV, `他1名`); a 顧客対応記録 workbook and a
call-centre log where callers are named bare (「八木より入電」, 「折り返し先：…」).
Clean: a company list with readings, a stationery master, a station master and a
reception book that names companies only.

Truth: PERSON only; companies where a name could stand are look-alikes ("~PERSON").
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_people import canonical_name
from benchmarks.corpus_tables import half_width
from samples.writers import xlsx_bytes

# (surname, given name, their readings in hiragana)
PEOPLE = [("谷", "雄介", "たに", "ゆうすけ"), ("堤", "真由美", "つつみ", "まゆみ"), ("泉", "一成", "いずみ", "かずなり"),
          ("南", "恵理子", "みなみ", "えりこ"), ("柴", "拓海", "しば", "たくみ"), ("八木", "健太", "やぎ", "けんた"),
          ("西村", "静香", "にしむら", "しずか"), ("成田", "昌平", "なりた", "しょうへい"), ("吉岡", "瑞穂", "よしおか", "みずほ"),
          ("今村", "和彦", "いまむら", "かずひこ"), ("矢野", "ゆかり", "やの", "ゆかり"), ("片岡", "孝之", "かたおか", "たかゆき"),
          ("三浦", "寛子", "みうら", "ひろこ"), ("金子", "龍之介", "かねこ", "りゅうのすけ"), ("須藤", "千晶", "すどう", "ちあき"),
          ("宮本", "康弘", "みやもと", "やすひろ"), ("小野寺", "葵", "おのでら", "あおい"), ("勅使河原", "進", "てしがわら", "すすむ"),
          ("野々村", "早苗", "ののむら", "さなえ"), ("平", "佳奈子", "たいら", "かなこ")]
COMPANIES = [("東邦精機", "トウホウセイキ"), ("大成ロジテック", "タイセイロジテック"), ("ひまわり保育サービス", "ヒマワリホイクサービス"),
             ("株式会社銀河測器", "ギンガソッキ"), ("協和リース", "キョウワリース")]
STATIONERY = [("万年筆　黒", "ﾏﾝﾈﾝﾋﾂ ｸﾛ"), ("封筒　長形", "ﾌｳﾄｳ ﾅｶﾞｶﾞﾀ"), ("付箋　黄", "ﾌｾﾝ ｷ"), ("朱肉　中", "ｼｭﾆｸ ﾁｭｳ")]
STATIONS = [("中野坂上", "ナカノサカウエ"), ("西葛西", "ニシカサイ"), ("高田馬場", "タカダノババ"), ("武蔵小杉", "ムサシコスギ")]
CALL_NOTES = ["{0}より入電、商品の不具合について。交換で了承。", "折り返し先：{1}　夕方以降希望", "{1}から返品の相談。",
              "{0}へ折り返し。不在のため留守電。", "{0}氏より電話。請求金額の確認。"]


def katakana(hiragana: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in hiragana)


def cp932_fit(value: str, size: int, fill: str = " ") -> str:
    value += fill * size
    while len(value.encode("cp932")) > size:
        value = value[:-1]
    return value + " " * (size - len(value.encode("cp932")))


class CheckHostNames:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed * 97 + 29)

    def somebody(self) -> tuple[str, str, str, str]:
        return self.random.choice(PEOPLE)

    def labels(self, *names: str) -> set:
        return {("PERSON", canonical_name(name)) for name in names if len(canonical_name(name)) > 1}

    def insured_list(self, k: int) -> Doc:
        lines, truth = [], {("*", "PERSON")}
        for row in range(self.random.randint(10, 40)):
            sei, mei, sei_yomi, mei_yomi = self.somebody()
            reading, kanji = half_width(katakana(f"{sei_yomi} {mei_yomi}")), f"{sei}  {mei}"
            lines.append(f"{row + 1:04d}" + cp932_fit(reading, 18) + cp932_fit(kanji, 18)
                         + f"{self.random.randint(1, 9999):08d}R0{self.random.randint(1, 6)}.0{self.random.randint(1, 9)}.01")
            truth |= self.labels(reading, kanji)
        return Doc(f"insured_{k:03d}.txt", "\r\n".join(lines).encode("cp932"), truth)

    def customer_file(self, k: int) -> Doc:
        lines, truth = [], {("*", "PERSON")}
        for row in range(self.random.randint(10, 40)):
            sei, mei, sei_yomi, mei_yomi = self.somebody()
            reading = katakana(f"{sei_yomi}\u3000{mei_yomi}")
            lines.append(cp932_fit(sei + mei, 16, "\u3000") + cp932_fit(reading, 22, "\u3000")
                         + f"{self.random.randint(1000000, 9999999)}" + cp932_fit("大阪府堺市北区新金岡町", 30, "\u3000"))
            truth |= self.labels(sei + mei, reading)
        return Doc(f"KOKYAKU{k:03d}.DAT", "\n".join(lines).encode("cp932"), truth)

    def members_file(self, k: int) -> Doc:
        lines, truth = ["会員ファイル出力　2026/11/30"], {("*", "PERSON")}
        rows = self.random.randint(10, 40)
        for row in range(rows):
            sei, mei, sei_yomi, mei_yomi = self.somebody()
            kanji, reading = f"{sei}\u3000{mei}", f"{sei_yomi} {mei_yomi}"
            lines.append(f"K{self.random.randint(0, 99999):05d} " + cp932_fit(kanji, 14, "\u3000") + " "
                         + cp932_fit(reading, 24) + f"{self.random.choice('MF')}{self.random.randint(0, 9999):05d}")
            truth |= self.labels(kanji, reading)
        lines.append(f"合計　{rows}件")
        return Doc(f"members_{k:03d}.prn", "\r\n".join(lines).encode("cp932"), truth)

    def reception_book(self, k: int) -> Doc:
        lines = ["入館日時,カード番号,会社名,来訪者氏名,面会者,目的"]
        truth = {("*", "PERSON")}
        for row in range(self.random.randint(8, 30)):
            guest, host = self.somebody(), self.somebody()
            company = self.random.choice(COMPANIES)[0]
            guest_name = self.random.choice([guest[0] + guest[1], f"{guest[0]}　{guest[1]}"])
            lines.append(f"2026-11-{self.random.randint(1, 30):02d} {self.random.randint(8, 18):02d}:{self.random.randint(0, 59):02d},"
                         f"No.{self.random.randint(1, 40):03d},{company},{guest_name},{host[0]},{self.random.choice(['商談', '修理', '会議'])}")
            truth |= self.labels(guest_name, host[0]) | {("~PERSON", canonical_name(company))}
        return Doc(f"入館受付簿_{k:03d}.csv", "\r\n".join(lines).encode("cp932"), truth)

    def visitor_record(self, k: int) -> Doc:
        lines = ["来訪者記録", "月日\t時刻\tご芳名\t人数\t訪問先\t担当者"]
        truth = {("*", "PERSON")}
        for row in range(self.random.randint(8, 30)):
            guest, host = self.somebody(), self.somebody()
            extra = self.random.randint(0, 2)
            cell = f"{guest[0]} {guest[1]}" + (f" 他{extra}名" if extra else "")
            lines.append(f"11月{self.random.randint(1, 30)}日\t{self.random.randint(9, 17)}時\t{cell}\t{extra + 1}"
                         f"\t{self.random.choice(['経理', '人事', '工場'])}\t{host[0]}{host[1]}")
            truth |= self.labels(guest[0] + guest[1], host[0] + host[1])
        return Doc(f"visitors_{k:03d}.tsv", "\n".join(lines).encode("utf-8"), truth)

    def note_about(self, caller: tuple[str, ...]) -> tuple[str, str]:
        """A call note naming the caller by surname ({0}) or in full ({1}); (note, the name in it)."""
        note = self.random.choice(CALL_NOTES)
        named = caller[0] + caller[1] if "{1}" in note else caller[0]
        return note.format(caller[0], caller[0] + caller[1]), named

    def service_book(self, k: int) -> Doc:
        table, truth = [["No", "日時", "お客様", "対応記録", "受付者"]], {("*", "PERSON")}
        for row in range(self.random.randint(6, 20)):
            caller, clerk = self.somebody(), self.somebody()
            note, named = self.note_about(caller)
            table.append([row + 1, f"11/{self.random.randint(1, 30)} {self.random.randint(9, 18)}:00",
                          f"{caller[0]}{caller[1]}様", note, clerk[0] + clerk[1]])
            truth |= self.labels(caller[0] + caller[1], named, clerk[0] + clerk[1])
        return Doc(f"顧客対応記録_{k:03d}.xlsx", xlsx_bytes({"対応記録": table}), truth)

    def call_log(self, k: int) -> Doc:
        text, truth = [], {("*", "PERSON")}
        for row in range(self.random.randint(5, 15)):
            caller, clerk = self.somebody(), self.somebody()
            note, named = self.note_about(caller)
            text.append(f"■11/{self.random.randint(1, 30)} 入電 {note}（受付：{clerk[0]}）")
            truth |= self.labels(named, clerk[0])
        return Doc(f"calllog_{k:03d}.txt", "\r\n".join(text).encode("cp932"), truth)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.insured_list, self.reception_book, self.customer_file, self.service_book, self.members_file,
                 self.visitor_record, self.call_log]
        return [kinds[k % len(kinds)](k) for k in range(count)]

    def company_list(self, k: int) -> Doc:
        lines = [f"{n:04d}" + cp932_fit(name, 24, "\u3000") + cp932_fit(half_width(yomi), 24) + "0000"
                 for n, (name, yomi) in enumerate(COMPANIES * 2)]
        return Doc(f"torihiki_{k:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def stationery_master(self, k: int) -> Doc:
        lines = [cp932_fit(kana, 16) + cp932_fit(name, 14, "\u3000") + f"{self.random.randint(50, 3000):06d}"
                 for name, kana in STATIONERY * 2]
        return Doc(f"stationery_{k:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def station_master(self, k: int) -> Doc:
        lines = [f"{k:02d}{n:03d} " + cp932_fit(name, 12, "\u3000") + cp932_fit(yomi, 18, "\u3000")
                 for n, (name, yomi) in enumerate(STATIONS * 2)]
        return Doc(f"stations_{k:03d}.txt", "\n".join(lines).encode("cp932"))

    def company_reception(self, k: int) -> Doc:
        lines = ["入館日時,会社名,来社目的,人数"] + [
            f"2026-11-{self.random.randint(1, 30):02d},{self.random.choice(COMPANIES)[0]},定期点検,{self.random.randint(1, 4)}"
            for _ in range(self.random.randint(5, 15))]
        return Doc(f"reception_firms_{k:03d}.csv", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.company_list, self.stationery_master, self.station_master, self.company_reception]
        return [kinds[k % len(kinds)](k) for k in range(count)]
