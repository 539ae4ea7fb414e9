"""Development corpus of care16 (issue 12): what makes a condition a disability or an illness,
by the words it is said in — a para-sports club's roster (a sport named by its aid beside the
member's disability column, which may hold a treatment that keeps an internal disability up),
a pharmacy's delivery round (a treatment's supplies for a named client), a workplace's
handover note (a condition left after a disease or an operation), a counsellor's intake form
(a disease's tendency). Look-alikes: a tournament's programme of para-sports, a supplier's
notice about deliveries — each signed by a named person.

No template, label, condition or value is shared with benchmarks/corpus_care16_check.py
(tests/benchmarks/test_care16_corpora.py checks the lists). Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["岸本", "大和田", "古川", "辻村", "真鍋", "柏木", "西園寺", "羽田"]
GIVEN = ["遼", "咲", "拓真", "沙耶", "健吾", "真央", "大地", "葵"]
# a para-sports club's roster: the sport (no one's condition) and the member's disability column
CLUB_HEAD = ["No", "氏名", "種目", "障害の状況"]
SPORTS = ["車いすテニス", "車椅子ラグビー", "車いすバスケットボール", "車いすフェンシング"]
CLUB = [("腹膜透析（毎日）", "障害", "腹膜透析"), ("在宅酸素療法を常時実施", "障害", "在宅酸素療法"),
        ("右大腿切断（義足使用）", "障害", "右大腿切断"), ("脳性まひ（両下肢）", "障害", "脳性まひ"),
        ("身体障害者手帳1級（じん臓）", "障害", "身体障害者手帳1級")]
# a pharmacy's delivery round: (line after the client, category, phrase)
ROUND = [("在宅酸素療法の消耗品", "病歴", "在宅酸素療法の消耗品"), ("腹膜透析液の定期配送", "病歴", "腹膜透析液の定期配送"),
         ("インスリン注射の定期お届け", "病歴", "インスリン注射の定期お届け"), ("抗がん剤の配達", "病歴", "抗がん剤の配達")]
ROUND_HEAD = ["配達担当各位", "本日のお届け先は以下のとおりです。"]
# a handover note: (sentence, category, phrase)
HANDOVER = [("{name}はくも膜下出血後の右半身まひ。高所作業は外す。", "病歴", "くも膜下出血後の右半身まひ"),
            ("{name}は心筋梗塞後の息切れがあり、階段の運搬は避ける。", "病歴", "心筋梗塞後の息切れ"),
            ("{name}は帝王切開後の傷の痛みで重量物は不可。", "病歴", "帝王切開後の傷の痛み")]
HANDOVER_FILLER = ["午後から倉庫の棚卸し。", "台風後の片付けは明日に延期。"]
# a counsellor's intake form: (label, (value, category, phrase))
INTAKE = [("心と体の様子", ("更年期障害の傾向あり", "病歴", "更年期障害の傾向あり")),
          ("最近の困りごと", ("睡眠障害の傾向がみられる", "病歴", "睡眠障害の傾向")),
          ("体調", ("パニック障害の傾向あり", "病歴", "パニック障害の傾向あり"))]
# look-alikes
PROGRAMME = ["県障がい者スポーツ大会 プログラム", "9:30 車いすテニス 予選", "11:00 車椅子ラグビー 準決勝",
             "14:00 車いすバスケットボール 決勝"]
NOTICE = ["お取引先各位", "在宅酸素療法の消耗品に関するお知らせ", "年末年始の配送は12月29日から休止します。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c16d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._club, self._round, self._handover, self._intake]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._programme, self._notice]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _club(self, i: int) -> Doc:
        picked = [self.c.pick(CLUB) for _ in range(self.c.rng.randint(3, 5))]
        rows = [CLUB_HEAD] + [[str(n + 1), self.w.name(), self.c.pick(SPORTS), text] for n, (text, _, _) in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return Doc(f"c16d_club{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _round(self, i: int) -> Doc:
        picked = [self.c.pick(ROUND) for _ in range(self.c.rng.randint(2, 4))]
        lines = [f"{self.w.name()}様 ／ {text}" for text, _, _ in picked]
        doc = self.w.mail(i, "round", "本日の配達", ROUND_HEAD + lines, [])  # the items are the lines themselves
        return Doc(doc.name.replace("_neg_", "_"), doc.data, truth_of(picked))

    def _handover(self, i: int) -> Doc:
        items = [(text.replace("{name}", self.w.name()), category, phrase) for text, category, phrase in HANDOVER]
        return self.w.record(i, "handover", "申し送り帳", ["記入者：{name}"], items, HANDOVER_FILLER,
                             self.c.pick(["txt", "docx", "md"]), "{d}日 ")

    def _intake(self, i: int) -> Doc:
        return self.w.form(i, "intake", "相談受付票", [("相談者", "")], INTAKE, self.c.pick(["docx", "xlsx", "txt"]), "：")

    def _programme(self, i: int) -> Doc:
        return self.w.about_no_one(i, "programme", PROGRAMME + [f"大会事務局 {self.w.name()}"], self.c.pick(["docx", "txt"]))

    def _notice(self, i: int) -> Doc:
        return self.w.about_no_one(i, "notice", NOTICE + [f"営業部 {self.w.name()}"], self.c.pick(["odt", "md"]))

