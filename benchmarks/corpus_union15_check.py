"""Check corpus of union15 (issue 12), written apart from benchmarks/corpus_union15_dev.py: its
own people, unions, bodies, labels and sentences. Positives: a union's officers in a sheet
led by the seat, faiths in a 信仰 column, a creed or a union seat told in a consultation's
lines, dues deducted on a pay sheet. Look-alikes: a union's own head or foot (fax, mail, its
name and its officer), a 覚書's signatories, a reply addressed to the union's head, a forest
co-operative's roll with a 種別 column, a cemetery's 宗旨 column saying 問わない, a ground-
breaking rite and a shrine's festival, a shopping street's dues list.

Never tuned on. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["長谷部", "更科", "蒔田", "稲垣", "湊", "久留米", "設楽", "綿貫"]
GIVEN = ["直樹", "沙織", "啓介", "由紀", "充", "早苗", "大地", "瞳"]
ROLES = [("副執行委員長", "労働組合", "副執行委員長"), ("書記次長", "労働組合", "書記次長"), ("青年部長", "労働組合", "青年部長")]
ROLE_HEADER = ["組合役職", "名前", "所属職場", "内線"]
SHOPS = [["第二工場", "2231"], ["配送部", "4410"], ["本社営業", "1102"]]
BELIEFS = [("天理教", "宗教", "天理教"), ("プロテスタント", "宗教", "プロテスタント"), ("日蓮宗", "宗教", "日蓮宗")]
BELIEF_HEADER = ["社員名", "所属", "信仰"]
CONSULT = [("所属する労組で副執行委員長に就任したと報告があった。", "労働組合", "副執行委員長に就任"),
           ("自民党の党員であり、後援会の世話役もしていると話した。", "信条", "自民党の党員"),
           ("反原発運動の活動家として週末はデモに参加しているという。", "信条", "反原発運動の活動家"),
           ("死刑制度を否定する信念を抱いていると語った。", "信条", "死刑制度を否定する信念を抱いて"),
           ("地元で反戦デモの呼びかけ人になっていると聞いた。", "信条", "反戦デモの呼びかけ人"),
           ("次回は家族も同席の予定。", None, "")]
CONSULT_HEADS = ["相談票", "氏名: {name}"]
CONSULT_FILLER = ["表情は明るかった。", "通勤時間は片道一時間。"]
PAY_SHEET = ["支給控除明細", "社員氏名", "支給額計", "労働組合費", "2,800"]
# look-alikes
LOCAL = "みなと交通労組"
HEAD = [LOCAL, "横浜市中区海岸通4-5-6", "FAX 045-987-6543", "書記長 {name}", "", "各職場委員の皆様",
        "安全衛生学習会を開催しますので出席をお願いします。"]
MEMO = ["覚書", "みなと交通株式会社とみなと交通労組は、休日出勤手当について以下のとおり確認した。",
        f"{LOCAL} 副執行委員長 {{name}}", "みなと交通株式会社 労務部長 {other}"]
REPLY = ["回答書", LOCAL, "書記長 {name} 様", "夏季一時金の要求について、次のとおり回答します。"]
FOOT = ["各位", "職場集会の議事録を共有します。", "ご意見は職場委員までお寄せください。", LOCAL, "書記長 {name}"]
FOREST = [["やまなみ森林組合 組合員名簿"], ["組合員氏名", "種別", "山林面積"]]
FOREST_KINDS = ["組合員（森林所有者）", "准組合員（家族）"]
GRAVES = [["墓所", "名義人", "宗旨"]]
STREET_DUES = [["さくら通り商店街振興組合 会費納入状況"], ["店名", "代表者", "組合費（年額）", "納入日"]]
STREET_SHOPS = ["さくら酒店", "花野屋", "喫茶ポプラ"]
RITE = ["新倉庫建設工事", "地鎮祭 4月10日 10時 神主による神事", "施主代表 {name}"]
FESTIVAL = ["地域貢献活動報告", "氷川神社の例大祭に社員有志で神輿の担ぎ手として参加した。", "報告者 {name}"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "un15c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._roles, self._beliefs, self._consult, self._pay]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._head, self._memo, self._reply, self._foot,
                                              self._forest, self._graves, self._rite, self._festival, self._street_dues]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _roles(self, i: int) -> Doc:
        picked = self.c.rng.sample(ROLES, 3)
        rows = [[f"{LOCAL} 執行部"], ROLE_HEADER] + [[role, self.w.name(), *self.c.pick(SHOPS)] for role, _, _ in picked]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"un15c_roles{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _beliefs(self, i: int) -> Doc:
        return self.w.table(i, "beliefs", "宗教上の配慮に関する確認", ["番号", *BELIEF_HEADER], [["本社"], ["工場"]],
                            BELIEFS, self.c.pick(["xlsx", "tsv"]))

    def _consult(self, i: int) -> Doc:
        return self.w.record(i, "consult", CONSULT_HEADS[0], CONSULT_HEADS[1:], CONSULT, CONSULT_FILLER,
                             self.c.pick(["docx", "rtf", "md"]), "第{d}回 ")

    def _pay(self, i: int) -> Doc:
        title, name_label, total, dues_label, dues = PAY_SHEET
        rows = [[title], [name_label, total, dues_label], [self.w.name(), "312,400", dues]]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"un15c_pay{i:03d}.{fmt}", encoded(rows, fmt), truth_of([(dues, "労働組合", dues)]))

    def _filled(self, lines: list[str]) -> list[str]:
        return [line.replace("{name}", self.w.name()).replace("{other}", self.w.name()) for line in lines]

    def _head(self, i: int) -> Doc:
        return self.w.about_no_one(i, "head", self._filled(HEAD), self.c.pick(["md", "odt"]))

    def _memo(self, i: int) -> Doc:
        return self.w.about_no_one(i, "memo", self._filled(MEMO), self.c.pick(["md", "rtf"]))

    def _reply(self, i: int) -> Doc:
        return self.w.about_no_one(i, "reply", self._filled(REPLY), self.c.pick(["odt", "md"]))

    def _foot(self, i: int) -> Doc:
        return self.w.mail(i, "foot", "職場集会の議事録", self._filled(FOOT), [])

    def _forest(self, i: int) -> Doc:
        rows = FOREST + [[self.w.name(), self.c.pick(FOREST_KINDS), f"{n + 2}.5ha"] for n in range(4)]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"un15c_neg_forest{i:03d}.{fmt}", encoded(rows, fmt), truth_of([]))

    def _graves(self, i: int) -> Doc:
        rows = GRAVES + [[f"B-{n + 3}", self.w.name(), "問わない"] for n in range(4)]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"un15c_neg_graves{i:03d}.{fmt}", encoded(rows, fmt), truth_of([]))

    def _rite(self, i: int) -> Doc:
        return self.w.about_no_one(i, "rite", self._filled(RITE), "md")

    def _festival(self, i: int) -> Doc:
        return self.w.about_no_one(i, "festival", self._filled(FESTIVAL), "odt")

    def _street_dues(self, i: int) -> Doc:
        rows = STREET_DUES + [[shop, self.w.name(), "3,000円", "5月10日"] for shop in STREET_SHOPS]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"un15c_neg_street_dues{i:03d}.{fmt}", encoded(rows, fmt), truth_of([]))
