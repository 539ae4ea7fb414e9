"""Check corpus of care8 (issue 12), written apart from benchmarks/corpus_care8_dev.py in other
writers' habits: a nurse's handover notes (申し送り), a teacher's individual support plan, a
health-room visit card, a pre-employment health declaration with its answer columns, a
maternity notice of an employee, an application naming the applicant's spouse and reading.
Look-alikes: a ward's visiting rules, a school's admission guide for special classes, a
drug's package insert, a blank declaration, a union's maternity-leave leaflet, an event's
barrier-free notice.

No template, sentence, label or word list is shared with the development corpus
(tests/benchmarks/test_sens_corpora.py). Never tune a rule on it. Synthetic people only;
truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["古賀", "宮地", "栗林", "小此木", "真壁", "梶原", "藤代", "江上"]
GIVEN = ["伸也", "葵", "健吾", "美穂", "翔", "小百合", "大和", "律子"]
# a nurse's handover: (sentence, category, phrase)
HANDOVER = [("右半身が思うように動かず、移乗は2人で対応。", "障害", "右半身が思うように動かず"),
            ("夜間の排泄に介助を要する。", "障害", "排泄に介助を要する"),
            ("耳が遠いので正面からゆっくり話しかけること。", "障害", "耳が遠い"),
            ("左目がほとんど見えないため、配膳は右側から。", "障害", "左目がほとんど見えない"),
            ("ADL：入浴は全介助、更衣は一部介助。", "障害", "入浴は全介助"),
            ("胃ろうから栄養剤を注入している。", "病歴", "胃ろうから栄養剤を注入"),
            ("心不全の既往あり、水分は1日1000mlまで。", "病歴", "心不全の既往あり"),
            ("昨夜から37.8度の発熱、主治医に報告済み。", "病歴", "37.8度の発熱"),
            ("左膝の人工関節置換術後で、杖を使って歩く。", "病歴", "人工関節置換術後"),
            ("インスリンは朝夕に自己注射。", "病歴", "インスリンは朝夕に自己注射"),
            ("家族の面会は土曜の午後が多い。", None, ""),
            ("本日の入浴はシャワー浴に変更。", None, "")]
HANDOVER_FILLER = ["バイタル安定。", "日中は車窓の景色を眺めて過ごす。", "食事は全量摂取。"]
# a teacher's individual support plan: (label, (value, category, phrase))
PLAN = [("実態把握", ("漢字の書き取りに困難さがみられ、板書はタブレットで撮影している。", "障害", "漢字の書き取りに困難さ")),
        ("支援の内容", ("通級指導教室（言語）に週1時間通級している。", "障害", "通級指導教室（言語）に週1時間通級")),
        ("医療・福祉との連携", ("自閉症スペクトラム障害の診断を受け、児童精神科に通院。", "障害", "自閉症スペクトラム障害")),
        ("手帳等", ("療育手帳（B）", "障害", "療育手帳（B）")),
        ("保護者の願い", ("友達と仲良く過ごしてほしい。", None, "")),
        ("得意なこと", ("電車の名前をよく知っている。", None, ""))]
PLAN_FIELDS = [("学年・組", "3年2組"), ("児童名", "")]
# a pre-employment health declaration: (question, (answer, category, phrase))
DECLARATION = [("過去5年以内に入院したことがありますか", ("はい（虫垂炎・2023年）", "病歴", "はい（虫垂炎")),
               ("現在、定期的に通院している病気はありますか", ("ある：甲状腺機能低下症", "病歴", "甲状腺機能低下症")),
               ("服用中の薬", ("チラーヂン", "病歴", "チラーヂン")),
               ("業務上配慮が必要な事項", ("聴覚に障がいがあり、電話応対は難しいです", "障害", "聴覚に障がいがあり")),
               ("運転免許", ("普通自動車", None, "")),
               ("通勤手段", ("電車とバス", None, ""))]
DECLARATION_FIELDS = [("記入者", ""), ("記入日", "2026年10月2日")]
# an employee's maternity notice, its person named in its table
MATERNITY = [("つわりの症状が強く、医師から勤務時間の短縮を指導された。", "病歴", "つわりの症状が強く"),
             ("前置胎盤のため、医師から自宅での安静を指示された。", "病歴", "前置胎盤"),  # a disorder, not the birth (health24)
             ("妊娠高血圧の傾向があり、通勤緩和の措置を申し出た。", "病歴", "妊娠高血圧の傾向"),
             ("妊娠悪阻で入院し、点滴による治療を受けた。", "病歴", "妊娠悪阻で入院")]
# look-alikes' lines
VISITING = ["病棟からのお願い", "面会は15時から19時までです。", "発熱や咳のある方の面会はご遠慮ください。",
            "車いすの貸し出しは1階受付で行っています。"]
ADMISSION = ["特別支援学級への入級について", "入級を希望される場合は、教育相談をお受けください。", "通級指導教室の見学も随時受け付けています。"]
INSERT = ["添付文書", "効能・効果：本態性高血圧症、狭心症", "妊婦又は妊娠している可能性のある女性には投与しないこと。"]
EMPTY_DECLARATION = ["健康状態申告書", "現在治療中の病気：　有　・　無", "過去の入院歴：　有　・　無", "（該当する方に○をつけてください）"]
LEAFLET = ["組合ニュース 第42号", "産前・産後休業と育児休業のしくみをまとめました。", "つわり休暇の取得率は昨年より上がりました。"]
EVENT = ["秋祭りのご案内", "会場はバリアフリーで、車いすのままご観覧いただけます。", "手話通訳を配置します。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c8c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._handover, self._plan, self._declaration, self._maternity]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._visiting, self._admission, self._insert, self._empty,
                                              self._leaflet, self._event]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _handover(self, i: int) -> Doc:
        heads = ["患者：{name} 様（302号室）", "担当：日勤リーダー"]
        return self.w.record(i, "handover", "申し送り", heads, HANDOVER, HANDOVER_FILLER, self.c.pick(["txt", "md"]),
                             "{d}:00 ")

    def _plan(self, i: int) -> Doc:
        return self.w.form(i, "plan", "個別の教育支援計画", PLAN_FIELDS, PLAN, self.c.pick(["docx", "xlsx"]), "：")

    def _declaration(self, i: int) -> Doc:
        return self.w.form(i, "declaration", "健康状態申告書", DECLARATION_FIELDS, DECLARATION,
                           self.c.pick(["csv", "odt", "txt"]), "\t")

    def _maternity(self, i: int) -> Doc:
        item = self.c.pick(MATERNITY)
        table = [["申出者", "{name}"], ["ふりがな", "こが みほ"], ["配偶者", self.w.name()]]
        return self.w.word(i, "maternity", ["母性健康管理に関する申出書", "申出の内容"], [item], table)

    def _visiting(self, i: int) -> Doc:
        return self.w.word(i, "visiting", VISITING, [], footer="看護師長 {name}")

    def _admission(self, i: int) -> Doc:
        return self.w.mail(i, "admission", "入級のご案内", ADMISSION, [])

    def _insert(self, i: int) -> Doc:
        return self.w.about_no_one(i, "insert", INSERT, "txt")

    def _empty(self, i: int) -> Doc:
        return self.w.about_no_one(i, "empty", EMPTY_DECLARATION, self.c.pick(["docx", "txt"]))

    def _leaflet(self, i: int) -> Doc:
        return self.w.word(i, "leaflet", LEAFLET, [], footer="執行委員長 {name}")

    def _event(self, i: int) -> Doc:
        return self.w.about_no_one(i, "event", EVENT, "md")
