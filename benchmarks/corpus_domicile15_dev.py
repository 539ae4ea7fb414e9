"""Development corpus of domicile15 (issue 12): a person's 本籍 as a MATRIX of where the record
gives it × how its label is spelt × the shape of the value. Places: a roster's column (xlsx,
csv), a JSON record's romaji or English key, an XML element, a form's label on the line above
its value, a `label：value` card, a 戸籍 transcription (本籍 line, 筆頭者), a case note's
sentence, a mail body. Values: a prefecture, a municipality, a lot with 番地 in digits or in
kanji, a foreign country or its region, 同上 / 現住所に同じ. Look-alikes: a company's 本店所在地
and 本社, a product's 原産地, a team's players with their 出身地, a branch list's 所在地, a town
office's guide to 本籍 certificates, a travel column.

No template, sentence, label or word list is shared with benchmarks/corpus_domicile15_check.py
(tests/benchmarks/test_domicile15_corpora.py checks the lists). Rules were tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

import json
from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["長谷部", "久米", "御手洗", "東海林", "五十嵐", "相馬", "芦田", "乙部"]
GIVEN = ["信之", "早苗", "克也", "美雪", "隆", "朋美", "直人", "麻衣"]
# a 本籍 in each of its shapes: (value written, phrase of truth)
PLACES = [("静岡県", "静岡県"), ("鹿児島県", "鹿児島県"), ("新潟県長岡市", "新潟県長岡市"), ("岐阜県高山市", "岐阜県高山市"),
          ("東京都千代田区千代田1丁目1番", "東京都千代田区千代田1丁目1番"), ("愛知県岡崎市康生通西2丁目4番地", "愛知県岡崎市康生通西2丁目4番地"),
          ("北海道函館市元町十五番", "北海道函館市元町十五番"), ("長野県松本市大字里山辺千二百三十四番地", "長野県松本市大字里山辺千二百三十四番地"),
          ("三重県伊勢市宇治館町1番地の2", "三重県伊勢市宇治館町1番地の2"), ("同上", "同上"), ("現住所に同じ", "現住所に同じ")]
FOREIGN = [("韓国", "韓国"), ("中国", "中国"), ("大韓民国釜山広域市", "大韓民国釜山広域市")]
ROSTER_HEADS = ["本籍", "本　籍", "本籍地又は国籍", "本籍地(都道府県)"]
ROSTER_CELLS = [["営業一課", "2011/04/01"], ["経理課", "2016/10/01"], ["製造部", "2020/04/01"]]
JSON_KEYS = ["honseki", "registered_domicile", "honsekiChi"]
XML_TAGS = ["本籍地", "honseki_jusho"]
ABOVE_LABELS = ["本籍", "本 籍", "本籍（都道府県）"]
CARD_LABELS = ["本籍", "本籍地", "本籍・国籍"]
CARD_FIELDS = [("所属", "総務部"), ("入社年月日", "平成28年4月1日"), ("最終学歴", "県立高校卒業")]
KOSEKI_TITLE = ["戸籍謄本（写）", "全部事項証明"]
# a case note's sentences about a person's 本籍: (template with {v}, phrase is the value)
NOTE_SAYINGS = ["本人の本籍は{v}とのこと。", "戸籍を確認したところ、本籍地は{v}であった。", "本籍を{v}に移したと話していた。"]
NOTE_HEADS = ["相談者：{name}", "担当：生活相談係"]
NOTE_FILLER = ["家計の状況を聞き取った。", "次回までに書類を揃えてもらう。"]
MAIL_SAYINGS = ["{who}さんの本籍は{v}です。年金の手続に使います。", "{who}様の本籍地：{v}（戸籍謄本で確認済）"]
# look-alikes: about no one, or a person's place that is not a 本籍
COMPANY = ["会社概要", "商号：株式会社北辰精機", "本店所在地：東京都千代田区丸の内2丁目7番", "本社：大阪府大阪市中央区本町3丁目",
           "設立：1978年"]
PRODUCE = ["商品規格書", "品名：干し椎茸", "原産地：大分県", "内容量：80g", "加工地：宮崎県"]
BRANCHES = ["支店一覧", "札幌支店 所在地：北海道札幌市中央区北1条西3丁目", "仙台支店 所在地：宮城県仙台市青葉区中央1丁目"]
TOWN_GUIDE = ["戸籍証明書の請求について", "本籍地の市区町村役場で請求してください。", "本籍が遠方の場合は郵送でも請求できます。",
              "本籍・筆頭者の記載された住民票も発行できます。"]
TRAVEL = ["旅のコラム", "高山市は岐阜県の北部にある城下町です。", "伊勢市には多くの参拝客が訪れます。"]
TEAM_HEAD = ["No.", "選手名", "出身地"]
TEAM_VALUES = ["熊本県", "青森県八戸市", "沖縄県那覇市", "兵庫県"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "dm15d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._roster, self._json, self._xml, self._above, self._card,
                                              self._koseki, self._note, self._mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        pages = [COMPANY, PRODUCE, BRANCHES, TOWN_GUIDE, TRAVEL]
        docs = []
        for i in range(count):
            if i % (len(pages) + 1) == len(pages):
                docs.append(self.w.roster_of_no_one(i, "team", "選手名簿", TEAM_HEAD, TEAM_VALUES, self.c.pick(["xlsx", "csv"])))
            else:
                docs.append(self.w.about_no_one(i, f"page{i % len(pages)}", pages[i % len(pages)], self.c.pick(["txt", "docx"])))
        return docs

    def _value(self, foreign: bool = False) -> tuple[str, str, str]:
        text, phrase = self.c.pick(PLACES + (FOREIGN if foreign else []))
        return text, "本籍", phrase

    def _roster(self, i: int) -> Doc:
        head = ROSTER_HEADS[(i // 8) % len(ROSTER_HEADS)]
        items = [self._value(head.endswith("国籍")) for _ in range(6)]
        return self.w.table(i, "roster", "社員身上一覧", ["No.", "氏名", "所属", "入社日", head], ROSTER_CELLS, items,
                            self.c.pick(["xlsx", "csv"]))

    def _json(self, i: int) -> Doc:
        items = [self._value() for _ in range(3)]
        key = JSON_KEYS[(i // 8) % len(JSON_KEYS)]
        records = [{"empNo": f"E{i:03d}{n}", "name": self.w.name(), key: text} for n, (text, _, _) in enumerate(items)]
        return Doc(f"dm15d_json{i:03d}.json", json.dumps(records, ensure_ascii=False, indent=2).encode("utf-8"),
                   truth_of(items))

    def _xml(self, i: int) -> Doc:
        items = [self._value() for _ in range(3)]
        tag = self.c.pick(XML_TAGS)
        rows = "".join(f"<staff><name>{self.w.name()}</name><{tag}>{text}</{tag}></staff>" for text, _, _ in items)
        data = f'<?xml version="1.0" encoding="UTF-8"?>\n<staffList>{rows}</staffList>\n'
        return Doc(f"dm15d_xml{i:03d}.xml", data.encode("utf-8"), truth_of(items))

    def _above(self, i: int) -> Doc:
        item, label = self._value(), self.c.pick(ABOVE_LABELS)
        lines = ["身上調書", "氏名", self.w.name(), "生年月日", "昭和58年7月3日", label, item[0], "最終学歴", "私立大学卒業"]
        fmt = self.c.pick(["docx", "txt"])
        return Doc(f"dm15d_above{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([item]))

    def _card(self, i: int) -> Doc:
        label, item = self.c.pick(CARD_LABELS), self._value(True)
        lines = ["身上書", f"氏名：{self.w.name()}"] + [f"{k}：{v}" for k, v in CARD_FIELDS[:2]] + [f"{label}：{item[0]}"]
        lines.append(f"{CARD_FIELDS[2][0]}：{CARD_FIELDS[2][1]}")
        fmt = self.c.pick(["txt", "docx", "odt"])
        return Doc(f"dm15d_card{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([item]))

    def _koseki(self, i: int) -> Doc:
        item = self._value()
        while item[0] in ("同上", "現住所に同じ"):
            item = self._value()
        head, child = self.w.name(), self.w.name()
        lines = [self.c.pick(KOSEKI_TITLE), "", f"本　　籍　{item[0]}", f"氏　　名　{head}", "",
                 "戸籍に記録されている者", f"【名】{child.split()[1]}", "【生年月日】平成9年2月11日", "【続柄】長男"]
        return Doc(f"dm15d_koseki{i:03d}.txt", lines_file(lines, "txt"), truth_of([item]))

    def _note(self, i: int) -> Doc:
        value = self._value()
        while value[0] in ("同上", "現住所に同じ"):
            value = self._value()
        saying = self.c.pick(NOTE_SAYINGS).replace("{v}", value[0])
        return self.w.record(i, "note", "相談記録", NOTE_HEADS, [(saying, "本籍", value[2])], NOTE_FILLER,
                             self.c.pick(["docx", "txt"]), "{d}日 ")

    def _mail(self, i: int) -> Doc:
        who, value = self.c.pick(SURNAMES), self._value()
        while value[0] in ("同上", "現住所に同じ"):
            value = self._value()
        saying = self.c.pick(MAIL_SAYINGS).replace("{who}", who).replace("{v}", value[0])
        return self.w.mail(i, "mail", "本籍の確認", ["人事課各位", "以下、確認しました。"], [(saying, "本籍", value[2])])
