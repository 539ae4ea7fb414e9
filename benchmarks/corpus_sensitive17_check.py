"""Check corpus of sensitive17 (issue 12), another writer's habits: a care home's handover mail
(a resident's disease as a noun sentence, with its drug in brackets, its remission or the
symptom it brings), a consultation desk's Markdown record (相談者は…とのこと), a PTA phone tree
with ※ notes on a family (様方, お宅), a union's roster sheet with a 組合 column (a seat after
the union's own short name), a volunteer list's 備考 column of creeds. Look-alikes: a pharmacy's
leaflet, a rights network's lecture notice, an elders' club's meeting notice.

Written apart from benchmarks/corpus_sensitive17_dev.py: no template, sentence, label or word
list in common (tests/benchmarks/test_sensitive17_corpora.py checks the lists). Never tuned on.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["久我", "蓬莱", "伊集院", "烏丸", "百目鬼", "五月女", "勅使河原", "神楽坂"]
GIVEN = ["凛", "朔也", "柚葉", "漣", "灯里", "玄", "瑠璃", "迅"]
# a care home's handover mail: (sentence with {who}, category, phrase)
HANDOVER = [("{who}様は慢性心不全（利尿剤）。夜間の尿量に注意。", "病歴", "慢性心不全"),
            ("{who}様は悪性リンパ腫で寛解中とのことです。", "病歴", "悪性リンパ腫で寛解中"),
            ("{who}様はパーキンソン病に伴うふらつきがあり、歩行時は付き添い。", "病歴", "パーキンソン病に伴うふらつき"),
            ("{who}様は狭心症。ニトロ舌下錠を居室に保管。", "病歴", "狭心症"),
            ("{who}様、胃潰瘍完治とご家族から連絡あり。", "病歴", "胃潰瘍完治")]
HANDOVER_HEAD = ["夜勤者各位", "本日の申し送りです。"]
# a consultation desk's record: (line, category, phrase)
DESK = [("相談者は頸椎症からくるしびれとのこと。", "病歴", "頸椎症からくるしびれ"),
        ("相談者は痛風（尿酸降下薬）とのこと。", "病歴", "痛風"),
        ("相談者は性暴力被害の支援を受けているとのこと。", "犯罪被害", "性暴力被害"),
        ("相談者は甲状腺がん 治療済みとのこと。", "病歴", "甲状腺がん 治療済み")]
DESK_FILLER = ["次回は来月第二水曜。", "資料を郵送した。"]
# a PTA phone tree's notes on a family: (note with {who}, category, phrase)
TREE = [("※{who}様方は空き巣の被害に遭ったため夜の訪問は控える", "犯罪被害", "空き巣の被害に遭った"),
        ("※{who}様方は療育手帳Aのため連絡はメールで", "障害", "療育手帳A"),
        ("※{who}さんのお宅は人工股関節置換術後のため当番なし", "病歴", "人工股関節置換術後"),
        ("※{who}様方はひったくり被害で通院中のため配布は郵送", "犯罪被害", "ひったくり被害")]
# a union's roster sheet: its 組合 column's values (seat, category, phrase)
ROSTER_HEAD = ["No", "氏名", "職場", "組合"]
ROSTER = [("東部合同の分会書記長", "労働組合", "東部合同の分会書記長"), ("港北ゼネラルの中央執行委員", "労働組合", "港北ゼネラルの中央執行委員"),
          ("湾岸ケミカルの副分会長", "労働組合", "湾岸ケミカルの副分会長"), ("非加入", None, "")]
WORKPLACES = [["製缶課"], ["出荷場"], ["品質保証"]]
# a volunteer list's 備考 column: (creed, category, phrase)
VOLUNTEERS_HEAD = ["番号", "名前", "担当", "備考"]
VOLUNTEERS = [("○○党の党員", "信条", "○○党の党員"), ("定住外国人の参政権を求める陳情の代表者", "信条", "陳情の代表者"),
              ("女性の人権ネットワークのメンバー", "信条", "人権ネットワークのメンバー"),
              ("非暴力の信念から狩猟には加わらない", "信条", "信念から狩猟には加わらない")]
TASKS = [["受付"], ["炊き出し"], ["送迎"]]
# look-alikes
LEAFLET = ["薬局だより", "関節症に伴うこわばりには、朝の軽い体操がおすすめです。", "お薬手帳をお持ちください。"]
LECTURE = ["講演会のご案内", "女性の人権ネットワーク主催の講演会を開きます。", "会場：市民会館 小ホール"]
ELDERS = ["お知らせ", "老人クラブの分会長会議を公民館で開きます。", "議題は秋の旅行です。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "s17c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._handover, self._desk, self._tree, self._roster, self._volunteers]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        pages = [LEAFLET, LECTURE, ELDERS]
        return [self.w.about_no_one(i, f"leaf{i % len(pages)}", pages[i % len(pages)] + [f"担当 {self.w.name()}"],
                                    self.c.pick(["md", "odt"])) for i in range(count)]

    def _handover(self, i: int) -> Doc:
        picked = [(t.replace("{who}", self.c.pick(SURNAMES)), c, p) for t, c, p in self.c.rng.sample(HANDOVER, 2)]
        return self.w.mail(i, "handover", "申し送り", HANDOVER_HEAD, picked)

    def _desk(self, i: int) -> Doc:
        return self.w.record(i, "desk", "# 相談記録", ["担当：{name}"], DESK, DESK_FILLER, "md", "- {d}/10 ")

    def _tree(self, i: int) -> Doc:
        picked = self.c.rng.sample(TREE, 2)
        lines = ["PTA連絡網（2年1組）"]
        for n, (text, _, _) in enumerate(picked):
            who = self.w.name()
            lines += [f"{n + 1}) {who}　携帯 080-7777-{3400 + n:04d}", "   " + text.replace("{who}", who.split("　")[0])]
        return Doc(f"s17c_tree{i:03d}.md", lines_file(lines, "md"), truth_of(picked))

    def _roster(self, i: int) -> Doc:
        picked = [self.c.pick(ROSTER) for _ in range(self.c.rng.randint(3, 5))]
        rows = [["組合員名簿"], ROSTER_HEAD] + [[str(n + 1), self.w.name(), self.c.pick(WORKPLACES)[0], text]
                                             for n, (text, _, _) in enumerate(picked)]
        return Doc(f"s17c_roster{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of(picked))

    def _volunteers(self, i: int) -> Doc:
        return self.w.table(i, "volunteers", "ボランティア登録", VOLUNTEERS_HEAD, TASKS, VOLUNTEERS, "tsv")
