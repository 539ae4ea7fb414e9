"""Check corpus of creed12 (issue 12), written after benchmarks/corpus_creed12_dev.py in another
writer's habits and never tuned on: a welfare office's and a union branch's files rather than an
HR department's. The same matrix of places (a list's column, one-line JSON with camelCase keys,
XML with snake_case elements, a form's 【label】 above its value, a checklist ticked with ☑ or
✔, a case file's prose, a mail, a meeting's record) with other headers, keys, sentences and
words; look-alikes: a leaflet of a support centre, an empty intake sheet, a survey's totals, a
rule of the union's dues, a lecture announcement.

No template, sentence, label or word list is shared with the development corpus
(tests/benchmarks/test_creed12_corpora.py checks the lists). Synthetic people only; truth for
SENSITIVE only.
"""

from __future__ import annotations

import json
from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["羽生田", "猪狩", "阿久津", "蔵前", "桐ケ谷", "左近", "南雲", "柚木"]
GIVEN = ["早苗", "征爾", "結衣", "隆之介", "小夜", "健吾", "和泉", "遥"]
# a list's column: (header, [(value, category or None, phrase)])
COLUMNS = [("被害の種類", [("ひったくり", "犯罪被害", "ひったくり"), ("デートDV", "犯罪被害", "デートDV"),
                        ("還付金詐欺", "犯罪被害", "還付金詐欺")]),
           ("組合役員", [("副委員長", "労働組合", "副委員長"), ("会計監査", "労働組合", "会計監査"), ("-", None, "")]),
           ("所属政党", [("新しい風の党", "信条", "新しい風の党"), ("革新市民党", "信条", "革新市民党")]),
           ("持病", [("気管支喘息/花粉症", "病歴", "気管支喘息"), ("偏頭痛", "病歴", "偏頭痛"), ("特になし", None, "")]),
           ("政治思想", [("社会民主主義", "信条", "社会民主主義"), ("リベラル", "信条", "リベラル")])]
LIST_CELLS = [["第1班"], ["第2班"], ["夜勤班"]]
# one-line JSON: (key, value, category, phrase)
KEYS = [("politicalAffiliation", "革新市民党", "信条", "革新市民党"), ("unionPosition", "支部書記長", "労働組合", "支部書記長"),
        ("crimeVictim", "振り込め詐欺", "犯罪被害", "振り込め詐欺"), ("chronicDisease", "慢性腎臓病", "病歴", "慢性腎臓病"),
        ("currentMedication", "降圧剤(アムロジピン)", "病歴", "降圧剤"), ("ideology", "無政府主義", "信条", "無政府主義")]
# XML elements
ELEMENTS = [("union_membership", "加入済", "労働組合", "加入済"), ("past_medical_history", "虫垂炎(手術)", "病歴", "虫垂炎"),
            ("victimization", "痴漢被害", "犯罪被害", "痴漢被害"), ("political_party", "新しい風の党", "信条", "新しい風の党")]
# an intake sheet: 【label】 on one line, the answer under it
SHEET = [("所属政党", "革新市民党(党員)", "信条", "革新市民党"), ("加入組合", "地域合同労組", "労働組合", "地域合同労組"),
         ("被害の状況", "空き巣に現金を盗まれた", "犯罪被害", "空き巣に現金を盗まれた"),
         ("持病", "てんかん(服薬中)", "病歴", "てんかん")]
# a checklist: (question, options, category)
CHECKLIST = [("相談したいこと", ["性暴力", "つきまとい", "家賃滞納"], "犯罪被害"),
             ("かかっている病気", ["気管支炎", "高脂血症", "腎臓病"], "病歴")]
TICKS = ["☑", "✔"]
# a case file's prose
CASE = [("当事者は護憲を掲げる市民団体の事務局長を務める。", "信条", "市民団体の事務局長"),
        ("本人は反核平和の会の会員で、毎年平和行進に参加している。", "信条", "平和行進に参加"),
        ("先週、路上で財布をすられたと警察に届けた。", "犯罪被害", "財布をすられた"),
        ("元交際相手を告訴しており、公判が続いている。", "犯罪被害", "元交際相手を告訴"),
        ("本人は支部の書記長として団体交渉に臨んでいる。", "労働組合", "書記長として"),
        ("パーキンソン病と診断され、内服治療を受けている。", "病歴", "パーキンソン病と診断され"),
        ("家計の見直しを提案した。", None, "")]
CASE_HEADS = ["ケース番号 C-{n}", "氏名 {name}"]
CASE_FILLER = ["電話で近況を確認。", "書類一式を郵送した。"]
# a mail from a branch officer
LETTERS = [("{who}さんが今月から当支部の組合員になりました。", "労働組合", "組合員"),
           ("{who}さんは以前ストーカー被害に遭い、住所は非公開です。", "犯罪被害", "ストーカー被害に遭い"),
           ("{who}さんはクローン病で通院しているため、出張は控えめにしてください。", "病歴", "クローン病で通院"),
           ("{who}さんは革新市民党の党員です。", "信条", "革新市民党の党員")]
# a meeting's record
RECORD = [("{who}さんを女性部の副部長に選出した。", "労働組合", "副部長"),
          ("{who}さんが自宅で空き巣被害に遭ったため、見舞金を支給する。", "犯罪被害", "空き巣被害に遭った"),
          ("{who}さんは心筋梗塞で入院中のため欠席。", "病歴", "心筋梗塞で入院中"),
          ("会計報告を承認した。", None, "")]
# look-alikes
LEAFLET = ["性暴力・DV相談支援センター", "つきまといや性暴力の被害にあったら、ひとりで悩まずご相談ください。", "24時間受付"]
SURVEY = ["組合員意識調査 集計", "支持政党なし 62%", "組合活動に参加したことがある 18%"]
DUES = ["組合費規程", "組合費は基本給の1.5%とし、毎月の給与から控除する。", "休職中の組合員は免除する。"]
LECTURE = ["市民公開講座", "テーマ:パーキンソン病と慢性腎臓病の最新治療", "講師:市立病院 内科部長"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "cr12c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._list, self._json, self._xml, self._sheet, self._checklist,
                                              self._case, self._letter, self._record]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._leaflet, self._empty_sheet, self._survey, self._dues, self._lecture]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _list(self, i: int) -> Doc:
        header, values = COLUMNS[(i // 8) % len(COLUMNS)]
        fmt = self.c.pick(["xlsx", "tsv", "csv"])
        return self.w.table(i, "list", "支援対象者一覧", ["番号", "名前", "班", header], LIST_CELLS, values, fmt)

    def _json(self, i: int) -> Doc:
        picked = self.c.rng.sample(KEYS, 2)
        record = {"memberId": 7000 + i, "fullName": self.w.name(), **{key: value for key, value, _, _ in picked}}
        data = json.dumps([record], ensure_ascii=False).encode("utf-8")
        return Doc(f"cr12c_json{i:03d}.json", data, truth_of([(v, c, p) for _, v, c, p in picked]))

    def _xml(self, i: int) -> Doc:
        picked = self.c.rng.sample(ELEMENTS, 2)
        body = "\n".join(f"    <{key}>{value}</{key}>" for key, value, _, _ in picked)
        data = (f'<?xml version="1.0" encoding="UTF-8"?>\n<members>\n  <member id="{i}">\n    <full_name>{self.w.name()}'
                f"</full_name>\n{body}\n  </member>\n</members>\n")
        return Doc(f"cr12c_xml{i:03d}.xml", data.encode("utf-8"), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _sheet(self, i: int) -> Doc:
        picked = self.c.rng.sample(SHEET, 2)
        lines = ["相談受付シート", "【お名前】", self.w.name(), "【受付日】", "令和8年5月12日"]
        for label, value, _, _ in picked:
            lines += [f"【{label}】", value]
        fmt = self.c.pick(["docx", "odt"])
        return Doc(f"cr12c_sheet{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _checklist(self, i: int) -> Doc:
        question, options, category = self.c.pick(CHECKLIST)
        chosen, tick = self.c.pick(options[:-1]), self.c.pick(TICKS)
        marks = " ".join(f"{tick if o == chosen else '☐'} {o}" for o in options)
        lines = ["初回面接票", f"名前: {self.w.name()}", "面接日: 2026年6月3日", f"{question}: {marks}"]
        return Doc(f"cr12c_checklist{i:03d}.docx", lines_file(lines, "docx"), truth_of([(chosen, category, chosen)]))

    def _case(self, i: int) -> Doc:
        heads = [head.replace("{n}", str(300 + i)) for head in CASE_HEADS]
        return self.w.record(i, "case", "ケース記録", heads, CASE, CASE_FILLER, self.c.pick(["docx", "rtf", "md"]), "({d}) ")

    def _letter(self, i: int) -> Doc:
        who = self.c.pick(SURNAMES)
        picked = [(t.replace("{who}", who), c, p) for t, c, p in self.c.rng.sample(LETTERS, 2)]
        return self.w.mail(i, "letter", "支部からの連絡", ["支部長各位", "お疲れさまです。"], picked)

    def _record(self, i: int) -> Doc:
        picked = [(t.replace("{who}", self.w.name()), c, p) for t, c, p in self.c.rng.sample(RECORD, 3)]
        return self.w.word(i, "record", ["分会委員会 記録", "書記 {name}"], picked)

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", LEAFLET, "docx")

    def _empty_sheet(self, i: int) -> Doc:
        question, options, _ = self.c.pick(CHECKLIST)
        lines = ["初回面接票", "名前:", "面接日:", f"{question}: " + " ".join(f"☐ {o}" for o in options), "【持病】", "【加入組合】"]
        return self.w.about_no_one(i, "empty", lines, "docx")

    def _survey(self, i: int) -> Doc:
        rows = [[SURVEY[0]], ["項目", "割合"], *[line.rsplit(" ", 1) for line in SURVEY[1:]]]
        return Doc(f"cr12c_neg_survey{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of([]))

    def _dues(self, i: int) -> Doc:
        return self.w.about_no_one(i, "dues", DUES, "md")

    def _lecture(self, i: int) -> Doc:
        return self.w.mail(i, "lecture", "公開講座のご案内", LECTURE, [])
