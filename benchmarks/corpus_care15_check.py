"""Check corpus of care15 (issue 12), written apart from benchmarks/corpus_care15_dev.py: other
placements and other wordings of a person's disability and illness — an insurance claim's
form, a meal-delivery order slip's column of the customer's condition, a diary-like note, an
HR interview record, a roster of 障がい columns, an XML export, an HTML list of medical
care, a case-conference slide, a trainee's health questionnaire of filled squares, a member's
own mail. Look-alikes: a statistics table, a job posting, a staff training record, a
product's indications, a support centre's FAQ — each with a named person in it.

No template, label, condition or value is shared with the development corpus. Synthetic
people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc, _written
from benchmarks.sens6_layouts import ONLY, encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts
from samples import writers as w

SURNAMES = ["小田切", "二階堂", "鳥海", "三船", "早乙女", "長谷部", "御子柴", "栗林"]
GIVEN = ["貴之", "千尋", "勝也", "美穂", "隼人", "恵理", "康介", "凛"]
# an insurance claim: (label, (value, category, phrase))
CLAIM = [("傷病名", ("右橈骨遠位端骨折", "病歴", "右橈骨遠位端骨折")),
         ("手術名", ("腹腔鏡下胆嚢摘出術", "病歴", "腹腔鏡下胆嚢摘出術")),
         ("傷病名", ("急性虫垂炎", "病歴", "急性虫垂炎")),
         ("入院理由", ("肺炎の治療", "病歴", "肺炎"))]
# a meal-delivery slip's column of the customer's condition
SLIP_HEAD = ["お届け先", "食形態", "病状・留意点"]
SLIP = [("腎臓病のため塩分6g未満", "病歴", "腎臓病"), ("嚥下障害あり（とろみ必要）", "病歴", "嚥下障害"),
        ("糖尿病：カロリー制限食", "病歴", "糖尿病")]
SLIP_FORMS = ["常食", "刻み食", "ミキサー食"]
# a diary-like note: (sentence, category, phrase)
DIARY = [("母の認知症が進み、夜中に何度も起きるようになった。", "病歴", "認知症"),
         ("夫はパーキンソン病と診断されてから三年になる。", "病歴", "パーキンソン病"),
         ("私自身も先月から不眠症で睡眠薬を飲んでいる。", "病歴", "不眠症")]
DIARY_FILLER = ["今日は雨で洗濯物が乾かなかった。", "孫が週末に遊びに来る。"]
# an HR interview record: (sentence, category, phrase)
INTERVIEW = [("適応障害により休職中。復職は主治医の意見書を待つ。", "病歴", "適応障害"),
             ("双極性障害で通院しており、繁忙期の夜勤は避けたいとの申し出。", "病歴", "双極性障害"),
             ("人工透析のため週3日は定時退社を希望。", "病歴", "人工透析")]
INTERVIEW_FILLER = ["人事課長同席。", "次回面談は翌月。"]
# a roster of 障がい columns: (situation, card)
SITUATION_HEAD = ["番号", "利用者名", "障がいの状況", "手帳等級"]
SITUATIONS = [("下肢機能障がい（車いす使用）", "身障手帳3級"), ("重度知的障がい", "愛の手帳2度"), ("統合失調症", "精神福祉手帳1級")]
# an XML export's elements: (element, value, category, phrase)
XML_FIELDS = [("byomei", "慢性心不全", "病歴", "慢性心不全"), ("shintai_techo", "4級", "障害", "4級"),
              ("DisabilityCategory", "内部障害（心臓機能）", "障害", "内部障害")]
# an HTML list of medical care
CARE_HEAD = ["利用者", "必要な医療的ケア"]
CARE = [("喀痰吸引（1日5回）", "病歴", "喀痰吸引"), ("間欠的導尿", "病歴", "間欠的導尿"), ("在宅酸素療法", "病歴", "在宅酸素療法")]
# a case-conference slide
SLIDE_HEAD = ["対象者", "状況"]
SLIDE = [("高次脳機能障害で記憶の保持が難しい", "障害", "高次脳機能障害"), ("脊髄損傷により車いす", "障害", "脊髄損傷"),
         ("C型肝炎治療後、再発なし", "病歴", "C型肝炎")]
# a trainee's questionnaire of filled squares
TRAINEE_HEAD = ["実習生健康状況申告書", "実習生：{name}", "現在治療中のもの（■を付ける）"]
TRAINEE_FILLED = ["甲状腺機能低下症", "偏頭痛", "過敏性腸症候群"]
TRAINEE_OTHERS = ["高血圧", "貧血", "緑内障"]
# a member's own mail
OWN = [("持病の心房細動で月1回通院しているため、例会の日程を相談させてください。", "病歴", "心房細動"),
       ("発達障害（ASD）の診断を受けており、口頭の指示が苦手です。", "障害", "ASD")]
OWN_BODY = ["事務局 御中", "会員の件でご連絡します。"]
# look-alikes
STATISTICS = [["疾患分類", "患者数", "前年比"], ["悪性新生物", "1,204", "+2%"], ["脳血管疾患", "812", "-1%"], ["精神疾患", "655", "+5%"]]
POSTING = ["求人票　生活支援員（正社員）", "仕事内容：知的障がいのある方の日中活動支援", "応募資格：介護福祉士歓迎"]
TRAINING_HEAD = ["#", "職員名", "受講研修"]
TRAINING = ["強度行動障害支援者養成研修", "喀痰吸引等研修（第3号）", "認知症介護基礎研修"]
PRODUCT = ["温熱シート　はるぽか", "効能：神経痛・筋肉痛・関節痛の緩和", "使用上の注意：皮膚に異常がある部位には使用しないでください。"]
FAQ = ["よくあるご質問", "Q. 精神障害者保健福祉手帳がなくても相談できますか？", "A. 手帳の有無にかかわらずご相談いただけます。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c15c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._claim, self._slip, self._diary, self._interview, self._situations, self._xml, self._html,
                  self._slide, self._trainee, self._own]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._statistics, self._posting, self._training, self._product, self._faq]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _claim(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "rtf", "md"])
        return self.w.form(i, "claim", "保険金請求書", [("被保険者名", ""), ("請求区分", "入院・手術")], CLAIM, fmt, "\t")

    def _slip(self, i: int) -> Doc:
        picked = [self.c.pick(SLIP) for _ in range(3)]
        rows = [["配食注文票"], SLIP_HEAD] + [[self.w.name(), self.c.pick(SLIP_FORMS), text] for text, _, _ in picked]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"c15c_slip{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _diary(self, i: int) -> Doc:
        return self.w.record(i, "diary", "日記", ["{name}"], DIARY, DIARY_FILLER, self.c.pick(["txt", "odt"]), "{d}/12 ")

    def _interview(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "rtf"])
        return self.w.record(i, "interview", "面談記録", ["対象社員：{name}"], INTERVIEW, INTERVIEW_FILLER, fmt, "({d}) ")

    def _situations(self, i: int) -> Doc:
        picked = [self.c.pick(SITUATIONS) for _ in range(3)]
        rows = [SITUATION_HEAD] + [[f"{n + 1:02d}", self.w.name(), *row] for n, row in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        items = [(s, "障害", s.split("（")[0]) for s, _ in picked] + [(c, "障害", c) for _, c in picked]
        return Doc(f"c15c_situations{i:03d}.{fmt}", encoded(rows, fmt), truth_of(items))

    def _xml(self, i: int) -> Doc:
        picked = self.c.rng.sample(XML_FIELDS, 2)
        inner = "".join(f"<{tag}>{value}</{tag}>" for tag, value, _, _ in picked)
        text = f'<?xml version="1.0" encoding="UTF-8"?>\n<riyosha><shimei>{self.w.name()}</shimei>{inner}</riyosha>\n'
        return Doc(f"c15c_export{i:03d}.xml", text.encode(), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _html(self, i: int) -> Doc:
        picked = [self.c.pick(CARE) for _ in range(3)]
        cells = "".join(f"<tr><td>{self.w.name()}</td><td>{text}</td></tr>" for text, _, _ in picked)
        head = "".join(f"<th>{h}</th>" for h in CARE_HEAD)
        page = f"<html><body><h1>医療的ケア一覧</h1><table><tr>{head}</tr>{cells}</table></body></html>"
        return Doc(f"c15c_care{i:03d}.html", page.encode(), truth_of(picked))

    def _slide(self, i: int) -> Doc:
        picked = self.c.rng.sample(SLIDE, 2)
        table = [SLIDE_HEAD] + [[self.w.name(), text] for text, _, _ in picked]
        return Doc(f"c15c_slide{i:03d}.pptx", _written(".pptx", lambda path: w.write_pptx(path, "ケース会議", table)),
                   truth_of(picked))

    def _trainee(self, i: int) -> Doc:
        value = self.c.pick(TRAINEE_FILLED)
        squares = [f"■{value}"] + [f"□{other}" for other in TRAINEE_OTHERS]
        self.c.rng.shuffle(squares)
        lines = [line.replace("{name}", self.w.name()) for line in TRAINEE_HEAD] + ["　".join(squares)]
        fmt = self.c.pick(["docx", "txt"])
        return Doc(f"c15c_trainee{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([(value, "病歴", value)]))

    def _own(self, i: int) -> Doc:
        return self.w.mail(i, "own", "例会について", OWN_BODY, [self.c.pick(OWN)])

    def _statistics(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15c_neg_stats{i:03d}.{fmt}", encoded(STATISTICS + [["集計者", self.w.name()]], fmt), {ONLY})

    def _posting(self, i: int) -> Doc:
        return self.w.about_no_one(i, "posting", POSTING + [f"担当者　{self.w.name()}"], self.c.pick(["docx", "txt"]))

    def _training(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "training", "研修受講記録", TRAINING_HEAD, TRAINING, self.c.pick(["xlsx", "csv"]))

    def _product(self, i: int) -> Doc:
        return self.w.about_no_one(i, "product", PRODUCT + [f"お客様相談室　{self.w.name()}"], self.c.pick(["odt", "txt"]))

    def _faq(self, i: int) -> Doc:
        return self.w.about_no_one(i, "faq", FAQ + [f"相談員　{self.w.name()}"], self.c.pick(["docx", "md"]))
