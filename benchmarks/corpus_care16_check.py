"""Check corpus of care16 (issue 12), written apart from benchmarks/corpus_care16_dev.py: other
placements and words of what makes a condition a disability or an illness — an athletes'
entry form (the event a person enters beside a disability's own label holding a treatment),
a medical equipment dealer's shipment sheet (a treatment's supplies for a customer), a day
centre's contact log (a condition left after a disease or an operation), a health
questionnaire (a disease's tendency). Look-alikes: a sports festival's flyer, an equipment
maker's questions and answers — each with a named person in it.

No template, label, condition or value is shared with the development corpus. Synthetic
people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["吉永", "菅谷", "堀之内", "東條", "葛西", "阿比留", "榊原", "百瀬"]
GIVEN = ["光太郎", "明日香", "俊介", "志保", "英樹", "瑞希", "雅人", "晴香"]
# an athletes' entry form: (label, (value, category, phrase)); the event entered tells nothing
ENTRY_EVENTS = ["車いす陸上 1500m", "車イス卓球 シングルス", "車いすカーリング"]
ENTRY = [("障がいの内容", ("血液透析 週3回", "障害", "血液透析")),
         ("障がいの内容", ("人工呼吸器を夜間使用", "障害", "人工呼吸器")),
         ("障がいの内容", ("両下肢まひ", "障害", "両下肢まひ"))]
# a dealer's shipment sheet: (item for the customer, category, phrase)
SHIPMENT_HEAD = ["お客様名", "品目", "数量"]
SHIPMENT = [("胃瘻の衛生材料", "病歴", "胃瘻の衛生材料"), ("人工呼吸器の消耗品", "病歴", "人工呼吸器の消耗品"),
            ("ステロイド剤の定期配達", "病歴", "ステロイド剤の定期配達")]
# a day centre's contact log: (sentence, category, phrase)
LOG = [("{name}さん、脳出血後の左手のしびれが続くとのこと。", "病歴", "脳出血後の左手のしびれ"),
       ("{name}さんは腰椎圧迫骨折後の痛みで入浴を見合わせ。", "病歴", "腰椎圧迫骨折後の痛み"),
       ("{name}さん、胃切除後のダンピング症状あり、食事は分けて。", "病歴", "胃切除後のダンピング症状")]
LOG_FILLER = ["送迎車のタイヤ交換済み。", "午後は書道クラブ。"]
# a health questionnaire: (label, (value, category, phrase))
QUESTIONNAIRE = [("気になる症状", ("高血圧の傾向がある", "病歴", "高血圧の傾向")),
                 ("医師からの指摘", ("脂肪肝の傾向が見られる", "病歴", "脂肪肝の傾向"))]
# look-alikes
FLYER = ["市民スポーツフェスタ", "車いすマラソン 10km部門 参加者募集", "車いすダンス 体験会も同時開催"]
FAQ = ["よくあるご質問", "Q. 人工呼吸器の消耗品について教えてください。", "A. 交換の目安は取扱説明書をご覧ください。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c16c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._entry, self._shipment, self._log, self._questionnaire]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._flyer, self._faq]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _entry(self, i: int) -> Doc:
        fields = [("選手氏名", ""), ("出場種目", self.c.pick(ENTRY_EVENTS))]
        return self.w.form(i, "entry", "大会エントリー票", fields, ENTRY, self.c.pick(["docx", "rtf", "xlsx"]), "：")

    def _shipment(self, i: int) -> Doc:
        picked = [self.c.pick(SHIPMENT) for _ in range(self.c.rng.randint(2, 4))]
        rows = [["出荷伝票"], SHIPMENT_HEAD] + [[f"{self.w.name()} 様", text, "1"] for text, _, _ in picked]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c16c_shipment{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _log(self, i: int) -> Doc:
        items = [(text.replace("{name}", self.w.name()), category, phrase) for text, category, phrase in LOG]
        return self.w.record(i, "log", "連絡帳", ["担当：{name}"], items, LOG_FILLER, self.c.pick(["odt", "txt"]), "({d}) ")

    def _questionnaire(self, i: int) -> Doc:
        return self.w.form(i, "questionnaire", "健康アンケート", [("回答者", "")], QUESTIONNAIRE,
                           self.c.pick(["docx", "md"]), ":")

    def _flyer(self, i: int) -> Doc:
        return self.w.about_no_one(i, "flyer", FLYER + [f"問合せ　{self.w.name()}"], self.c.pick(["docx", "txt"]))

    def _faq(self, i: int) -> Doc:
        return self.w.about_no_one(i, "faq", FAQ + [f"サポート窓口　{self.w.name()}"], self.c.pick(["odt", "md"]))
