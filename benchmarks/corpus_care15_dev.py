"""Development corpus of care15 (issue 12): a person's disability and illness wherever a record
places it — a MATRIX of placements (a child's assessment sheet of label：value lines, an
individual support plan whose goals name the condition, a parent's daily contact book, a
health survey of ticked boxes, a registration form's cell to the right of its label, a
worker's accommodation column, a roster of kind / grade / class columns, an export of
English or romaji keys, a parent's mail, a headerless export whose value names the card)
× file formats × wordings (a certificate's kind and grade, a support class, a developmental
diagnosis by its abbreviation, epilepsy and its attacks, medical care, an allergy with its
auto-injector, a drug class taken, a past operation with its year, a relapse or remission).
Look-alikes: a leaflet, a course syllabus, a question bank, a drug list, a service's
description of whom it serves — each signed by a named person.

No template, label, condition or value is shared with benchmarks/corpus_care15_check.py
(tests/benchmarks/test_care15_corpora.py checks the lists). Synthetic people only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["宮下", "荒木", "高野", "横田", "内藤", "桑原", "関口", "望月"]
GIVEN = ["陽翔", "結菜", "蒼", "芽依", "湊", "心春", "悠真", "紬"]
# a child's assessment: (label, (value, category, phrase))
ASSESSMENT = [("診断名", ("自閉スペクトラム症（ASD）", "障害", "自閉スペクトラム症")),
              ("診断名", ("ADHD（不注意優勢型）", "障害", "ADHD")),
              ("手帳", ("療育手帳 B2", "障害", "療育手帳 B2")),
              ("受給者証", ("障害児通所受給者証あり", "障害", "障害児通所受給者証")),
              ("服薬", ("抗てんかん薬（朝・夕）", "病歴", "抗てんかん薬")),
              ("発作", ("月1回程度、欠神発作がある", "病歴", "欠神発作")),
              ("医療的ケア", ("胃ろうからの経管栄養（昼1回）", "病歴", "胃ろう")),
              ("アレルギー", ("卵・乳（エピペン処方あり）", "病歴", "エピペン"))]
ASSESS_HEADS = ["アセスメントシート", "児童氏名：{name}", "学年：小学2年"]
# an individual support plan's goals naming the condition: (goal, category, phrase)
GOALS = [("LDによる読み書きの困難に対し、タブレットで音声読み上げを使う", "障害", "LD"),
         ("てんかん発作時の対応手順を職員間で共有する", "病歴", "てんかん発作"),
         ("ADHDの特性に配慮し、課題を短く区切って提示する", "障害", "ADHD"),
         ("吸引が必要な時は看護職員が対応する", "病歴", "吸引")]
PLAN_HEAD = ["氏名", "長期目標", "支援内容"]
# a parent's contact book: (line, category, phrase)
BOOK = [("昨夜、てんかん発作が2分ほどありました。", "病歴", "てんかん発作"),
        ("喘息の吸入薬を朝忘れたので、お昼にお願いします。", "病歴", "喘息の吸入薬"),
        ("通院中の小児科で、抗アレルギー薬が増えました。", "病歴", "抗アレルギー薬")]
BOOK_FILLER = ["昨日は公園で元気に遊びました。", "給食のおかわりをしたそうです。"]
# a health survey: ticked and unticked boxes
SURVEY_HEAD = ["保健調査票", "児童氏名　{name}", "該当するものに印をつけてください。"]
SURVEY_TICKED = ["気管支喘息", "食物アレルギー", "てんかん", "心臓病"]
SURVEY_OTHERS = ["川崎病", "アトピー性皮膚炎", "溶連菌感染症"]
# a registration form's 既往歴 in the cell right of its label
REGISTRATION = [("既往歴", ("2019年 胃がん手術", "病歴", "胃がん手術")),
                ("既往歴", ("狭心症（ステント留置）", "病歴", "狭心症")),
                ("既往歴", ("乳がん 寛解", "病歴", "乳がん"))]
# a worker's accommodation column: (value, category, phrase)
WORK_CARE = [("腰椎椎間板ヘルニア術後のため重量物の運搬を免除", "病歴", "腰椎椎間板ヘルニア"),
             ("うつ病の再発予防のため残業を月20時間以内とする", "病歴", "うつ病"),
             ("聴覚障害のため会議は文字通訳を用意", "障害", "聴覚障害"),
             ("左手指欠損のためキーボード入力に配慮", "障害", "左手指欠損")]
WORK_HEAD = ["社員番号", "氏名", "就業上の配慮"]
# a roster of kind / grade / class columns
GRADE_HEAD = ["No", "氏名", "障害種別", "等級", "区分"]
GRADES = [("肢体不自由", "2級", "区分4"), ("知的障害", "A", "区分5"), ("精神障害", "2級", "区分3")]
# an export of English / romaji keys: (record's fields)
KEYED = [{"disability_type": "視覚障害", "techo_grade": "1級"}, {"shogai_kubun": "区分6", "medication": "抗精神病薬"},
         {"medical_history": "脳梗塞（2021年）", "allergy": "ペニシリン"}]
# a parent's mail
PARENT = [("息子は食物アレルギーがあり、エピペンを持たせています。", "病歴", "食物アレルギー"),
          ("娘は先月から起立性調節障害で通院中です。", "病歴", "起立性調節障害")]
PARENT_BODY = ["担任の先生へ", "いつもお世話になっております。"]
# a headerless export whose value names the card
HEADERLESS = [("精神障害者保健福祉手帳", "2級"), ("身体障害者手帳", "3級"), ("療育手帳", "B1")]
# a dormitory kitchen's sheet: the meal a condition needs
KITCHEN_HEAD = ["部屋", "入寮者", "食事の配慮"]
KITCHEN = [("慢性膵炎：脂質30g以下", "病歴", "慢性膵炎"), ("大腸ポリープ切除後の低残渣食", "病歴", "大腸ポリープ切除"),
           ("ネフローゼ症候群のため塩分制限", "病歴", "ネフローゼ症候群")]
# look-alikes
LEAFLET = ["てんかん発作時の対応", "発作が起きたら時間を計り、周囲の危険物をどけてください。", "5分以上続く場合は救急車を呼んでください。"]
SYLLABUS = [["回", "講義内容"], ["第1回", "糖尿病の病態と治療"], ["第2回", "発達障害の理解"], ["第3回", "認知症の人への接し方"]]
QUESTIONS = ["第5問　次のうち自己免疫疾患はどれか。", "1. 関節リウマチ　2. 胃潰瘍　3. 白内障　4. 痛風", "正解：1"]
DRUGS = [["薬剤名", "主な適応"], ["バルプロ酸", "てんかん"], ["メトホルミン", "2型糖尿病"], ["ドネペジル", "アルツハイマー型認知症"]]
SERVICE = ["放課後等デイサービス　ひまわり", "対象：発達障害のあるお子さん（小1〜高3）", "個別療育とソーシャルスキルトレーニングを行います。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c15d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._assessment, self._plan, self._book, self._survey, self._registration, self._work_care,
                  self._grades, self._keyed, self._parent, self._headerless, self._kitchen]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._leaflet, self._syllabus, self._questions, self._drugs, self._service]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _assessment(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "odt", "txt"])
        return self.w.form(i, "assess", ASSESS_HEADS[0], [("児童氏名", ""), ("学年", "小学2年")], ASSESSMENT, fmt, "：")

    def _plan(self, i: int) -> Doc:
        picked = self.c.rng.sample(GOALS, 2)
        rows = [["個別支援計画"], PLAN_HEAD] + [[self.w.name(), goal, "毎日の活動で実施"] for goal, _, _ in picked]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_plan{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _book(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "txt"])
        return self.w.record(i, "book", "連絡帳", ["{name}（年中組）"], BOOK, BOOK_FILLER, fmt, "{d}月2日　")

    def _survey(self, i: int) -> Doc:
        value = self.c.pick(SURVEY_TICKED)
        boxes = [f"☑{value}"] + [f"□{other}" for other in SURVEY_OTHERS]
        self.c.rng.shuffle(boxes)
        lines = [line.replace("{name}", self.w.name()) for line in SURVEY_HEAD] + ["　".join(boxes)]
        fmt = self.c.pick(["docx", "md", "odt"])
        return Doc(f"c15d_survey{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([(value, "病歴", value)]))

    def _registration(self, i: int) -> Doc:
        label, item = self.c.pick(REGISTRATION)
        rows = [["会員登録票"], ["氏名", self.w.name()], ["生年", "1958年"], [label, item[0]], ["入会日", "4月1日"]]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_register{i:03d}.{fmt}", encoded(rows, fmt), truth_of([item]))

    def _work_care(self, i: int) -> Doc:
        picked = self.c.rng.sample(WORK_CARE, 2)
        rows = [WORK_HEAD] + [[f"E{100 + n}", self.w.name(), text] for n, (text, _, _) in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"c15d_workcare{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _grades(self, i: int) -> Doc:
        picked = [self.c.pick(GRADES) for _ in range(3)]
        rows = [GRADE_HEAD] + [[str(n + 1), self.w.name(), *row] for n, row in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_grades{i:03d}.{fmt}", encoded(rows, fmt), truth_of([(k, "障害", k) for k, _, _ in picked]))

    def _keyed(self, i: int) -> Doc:
        fields = self.c.pick(KEYED)
        records = [{"name": self.w.name(), **fields}]
        items = [(value, _KEY_CATEGORY[key], value.split("（")[0]) for key, value in fields.items()]
        return Doc(f"c15d_keyed{i:03d}.json", json.dumps(records, ensure_ascii=False, indent=1).encode(), truth_of(items))

    def _parent(self, i: int) -> Doc:
        return self.w.mail(i, "parent", "欠席と持ち物について", PARENT_BODY, [self.c.pick(PARENT)])

    def _headerless(self, i: int) -> Doc:
        picked = [self.c.pick(HEADERLESS) for _ in range(3)]
        rows = [[f"{2040 + n}", self.w.name(), card, grade] for n, (card, grade) in enumerate(picked)]
        return Doc(f"c15d_headerless{i:03d}.csv", encoded(rows, "csv"), truth_of([(c, "障害", c) for c, _ in picked] + [(g, "障害", g) for _, g in picked]))

    def _kitchen(self, i: int) -> Doc:
        picked = self.c.rng.sample(KITCHEN, 2)
        rows = [KITCHEN_HEAD] + [[f"{201 + n}", self.w.name(), text] for n, (text, _, _) in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_kitchen{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _signed(self, lines: list[str]) -> list[str]:
        return lines + [f"作成：{self.w.name()}"]

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", self._signed(LEAFLET), self.c.pick(["docx", "txt"]))

    def _syllabus(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_neg_syllabus{i:03d}.{fmt}", encoded(SYLLABUS + [["講師", self.w.name()]], fmt), {ONLY})

    def _questions(self, i: int) -> Doc:
        return self.w.about_no_one(i, "questions", self._signed(QUESTIONS), self.c.pick(["docx", "odt"]))

    def _drugs(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_neg_drugs{i:03d}.{fmt}", encoded(DRUGS + [["薬剤師", self.w.name()]], fmt), {ONLY})

    def _service(self, i: int) -> Doc:
        return self.w.about_no_one(i, "service", self._signed(SERVICE), self.c.pick(["txt", "docx"]))


_KEY_CATEGORY = {"disability_type": "障害", "techo_grade": "障害", "shogai_kubun": "障害", "medication": "病歴",
                 "medical_history": "病歴", "allergy": "病歴"}
