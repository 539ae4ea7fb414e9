"""Development corpus of creed12 (issue 12): 信条, 犯罪被害, 労働組合 and 病歴 said of a person, as a
MATRIX of where the value sits × how it is said. Places: a roster's column under an unusual
header (xlsx, csv, tsv), a JSON record's English key, an XML element, a form's label on the line
above its value (docx, txt), a checkbox list with one item ticked, a case note's sentence, a
mail body, minutes. Sayings: a creed as a stance or a civic body's membership, a crime
suffered as a case category or an event, a union role or dues, a condition as a history cell
of several items, a medicine, a leave. Look-alikes: a consultation desk's notice listing the
categories, a blank form whose boxes are all empty, a union's call, a party's notice.

No template, sentence, label or word list is shared with benchmarks/corpus_creed12_check.py
(tests/benchmarks/test_creed12_corpora.py checks the lists). Rules were tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

import json
from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["東雲", "御手洗", "雲母", "八乙女", "五十嵐", "勅使河原", "一ノ瀬", "日下部"]
GIVEN = ["朔也", "紗希", "光輝", "朋美", "陽向", "史織", "大河", "環"]
# a roster's column: (header, [(value, category or None, phrase)])
COLUMNS = [("相談種別", [("DV", "犯罪被害", "DV"), ("ストーカー", "犯罪被害", "ストーカー"), ("生活費", None, ""),
                      ("詐欺被害", "犯罪被害", "詐欺被害")]),
           ("事件区分", [("窃盗被害", "犯罪被害", "窃盗被害"), ("性犯罪被害", "犯罪被害", "性犯罪被害"),
                      ("交通事故被害", "犯罪被害", "交通事故被害")]),
           ("組合役職", [("分会長", "労働組合", "分会長"), ("執行委員", "労働組合", "執行委員"), ("書記長", "労働組合", "書記長")]),
           ("組合費", [("2,800", "労働組合", "2,800"), ("3,100", "労働組合", "3,100")]),
           ("既往歴", [("高血圧症、2型糖尿病、脂質異常症", "病歴", "高血圧症"), ("喘息・アトピー性皮膚炎", "病歴", "喘息"),
                    ("胃潰瘍(20代)", "病歴", "胃潰瘍")]),
           ("支持政党", [("みどり市民党", "信条", "みどり市民党"), ("無党派", None, "")]),
           ("思想", [("反戦平和主義", "信条", "反戦平和主義"), ("護憲派", "信条", "護憲派")])]
ROSTER_CELLS = [["総務課"], ["製造二課"], ["物流センター"]]
# a JSON record's keys: (key, value, category, phrase)
JSON_KEYS = [("political_view", "脱原発の立場", "信条", "脱原発"), ("union_role", "分会書記", "労働組合", "分会書記"),
             ("victim_of", "特殊詐欺", "犯罪被害", "特殊詐欺"), ("incident_type", "ストーカー被害", "犯罪被害", "ストーカー被害"),
             ("medical_history", "狭心症、不整脈", "病歴", "狭心症"), ("creed", "非暴力主義", "信条", "非暴力主義")]
# an XML record's elements
XML_KEYS = [("unionRole", "執行委員長", "労働組合", "執行委員長"), ("victimType", "性暴力被害", "犯罪被害", "性暴力被害"),
            ("pastIllness", "肺結核(既往)", "病歴", "肺結核"), ("politicalParty", "みどり市民党", "信条", "みどり市民党")]
# a form: the label on one line, its value on the next
ABOVE = [("支持政党", "みどり市民党", "信条", "みどり市民党"), ("所属組合", "東部合同ユニオン", "労働組合", "東部合同ユニオン"),
         ("被害の内容", "元夫からの暴力", "犯罪被害", "元夫からの暴力"), ("既往歴", "子宮筋腫(手術済)", "病歴", "子宮筋腫")]
# a checkbox list: the ticked item is the information
BOXES = [("相談の内容", ["DV", "ストーカー", "詐欺", "その他"], "犯罪被害"),
         ("組合加入", ["加入", "未加入"], "労働組合"),
         ("治療中の病気", ["高血圧", "糖尿病", "心臓病", "なし"], "病歴")]
TICKED, EMPTY = "■", "□"
# a case note's sentences
NOTES = [("本人は九条の会の世話人をしており、署名集めに回っている。", "信条", "九条の会の世話人"),
         ("宗教と関係なく、思想上の理由から国旗掲揚時の起立を拒んでいる。", "信条", "思想上の理由から国旗掲揚時の起立を拒んで"),
         ("昨年末に自宅へ空き巣に入られ、貴金属を盗まれた。", "犯罪被害", "空き巣に入られ"),
         ("交際相手から暴力を受け、警察に被害届を出した。", "犯罪被害", "被害届を出した"),
         ("本人は合同ユニオンに加入し、団体交渉を申し入れている。", "労働組合", "合同ユニオンに加入"),
         ("狭心症の持病があり、ニトログリセリンを常に携帯している。", "病歴", "狭心症の持病"),
         ("うつ病で三か月休職した後、時短勤務で復帰した。", "病歴", "うつ病で三か月休職"),
         ("次回は住居の件を相談する予定。", None, "")]
NOTE_HEADS = ["対象者　{name}", "記録者　地域支援係"]
NOTE_FILLER = ["表情は落ち着いていた。", "資料を手渡した。"]
# a mail about a member of staff
MAIL = [("{who}さんは組合の青年部長を務めているので、交渉日程は配慮してください。", "労働組合", "青年部長を務めている"),
        ("{who}さんは先月、ネット通販の詐欺でお金をだまし取られたそうです。", "犯罪被害", "だまし取られた"),
        ("{who}さんは糖尿病でインスリン注射をしているため、昼休みは定時に取らせてください。", "病歴", "糖尿病でインスリン注射"),
        ("{who}さんは反原発の市民団体で活動しています。", "信条", "反原発の市民団体で活動")]
# minutes
MINUTES = [("{who}委員(書記長)より春闘要求案の説明があった。", "労働組合", "書記長"),
           ("{who}氏の自転車盗難の被害について、警察への届出を確認した。", "犯罪被害", "自転車盗難の被害"),
           ("{who}氏はメニエール病の治療のため、当面夜勤を免除する。", "病歴", "メニエール病の治療"),
           ("次回の会議は第三木曜とする。", None, "")]
# look-alikes: about no one
DESK = ["相談窓口のご案内", "DV、ストーカー、詐欺被害などのご相談を受け付けています。", "秘密は守られます。"]
UNION_CALL = ["組合だより", "春闘の要求アンケートにご協力ください。", "組合費の改定は大会で決定します。"]
PARTY = ["市政報告会のお知らせ", "みどり市民党は市政報告会を開きます。", "どなたでも参加できます。"]
ILLNESS = ["健康コラム", "高血圧症や糖尿病は生活習慣の改善で予防できます。", "定期的な健診を受けましょう。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "cr12d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._roster, self._json, self._xml, self._above, self._boxes,
                                              self._note, self._mail, self._minutes]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._desk, self._blank, self._union_call, self._party, self._illness]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _roster(self, i: int) -> Doc:
        header, values = COLUMNS[(i // 8) % len(COLUMNS)]
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return self.w.table(i, "roster", "職員名簿", ["No.", "氏名", "所属", header], ROSTER_CELLS, values, fmt)

    def _json(self, i: int) -> Doc:
        picked = self.c.rng.sample(JSON_KEYS, 3)
        record = {"id": f"M{i:04d}", "name": self.w.name(), **{key: value for key, value, _, _ in picked}}
        data = json.dumps({"members": [record]}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"cr12d_json{i:03d}.json", data, truth_of([(v, c, p) for _, v, c, p in picked]))

    def _xml(self, i: int) -> Doc:
        picked = self.c.rng.sample(XML_KEYS, 2)
        fields = "".join(f"<{key}>{value}</{key}>" for key, value, _, _ in picked)
        data = f'<?xml version="1.0" encoding="UTF-8"?>\n<staff><person><name>{self.w.name()}</name>{fields}</person></staff>\n'
        return Doc(f"cr12d_xml{i:03d}.xml", data.encode("utf-8"), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _above(self, i: int) -> Doc:
        picked = self.c.rng.sample(ABOVE, 2)
        lines = ["身上調書", "氏名", self.w.name()]
        for label, value, _, _ in picked:
            lines += [label, value]
        fmt = self.c.pick(["docx", "md"])
        return Doc(f"cr12d_above{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _boxes(self, i: int) -> Doc:
        label, options, category = BOXES[i // 8 % len(BOXES)]
        chosen = self.c.pick(options[:-1])
        marks = "　".join(f"{TICKED if o == chosen else EMPTY}{o}" for o in options)
        lines = ["受付票", f"氏名　{self.w.name()}", f"{label}　{marks}"]
        fmt = self.c.pick(["docx", "md"])
        return Doc(f"cr12d_boxes{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([(chosen, category, chosen)]))

    def _note(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "txt", "odt"])
        return self.w.record(i, "note", "支援記録", NOTE_HEADS, NOTES, NOTE_FILLER, fmt, "{d}日 ")

    def _mail(self, i: int) -> Doc:
        who = self.c.pick(SURNAMES)
        picked = [(t.replace("{who}", who), c, p) for t, c, p in self.c.rng.sample(MAIL, 2)]
        return self.w.mail(i, "mail", "勤務上の配慮について", ["各位", "以下、共有します。"], picked)

    def _minutes(self, i: int) -> Doc:
        picked = [(t.replace("{who}", self.c.pick(SURNAMES)), c, p) for t, c, p in self.c.rng.sample(MINUTES, 3)]
        return self.w.word(i, "minutes", ["執行委員会 議事録", "記録 {name}"], picked)

    def _desk(self, i: int) -> Doc:
        return self.w.about_no_one(i, "desk", DESK, self.c.pick(["txt", "docx"]))

    def _blank(self, i: int) -> Doc:
        label, options, _ = self.c.pick(BOXES)
        lines = ["受付票(記入例なし)", "氏名", f"{label}　" + "　".join(f"{EMPTY}{o}" for o in options)]
        return self.w.about_no_one(i, "blank", lines, self.c.pick(["txt", "docx"]))

    def _union_call(self, i: int) -> Doc:
        return self.w.about_no_one(i, "call", UNION_CALL, "txt")

    def _party(self, i: int) -> Doc:
        return self.w.mail(i, "party", "市政報告会", PARTY, [])

    def _illness(self, i: int) -> Doc:
        rows = [["健康だより"], ["No.", "テーマ", "内容"], ["1", "生活習慣病", ILLNESS[1]], ["2", "健診", ILLNESS[2]]]
        return Doc(f"cr12d_neg_illness{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of([]))
