"""Check corpus of health19 (issue 12), another writer's habits: a school nurse's, a clinic
reception's and a camp office's sheets (主訴, 自覚症状 columns), a check-up letter whose
総合判定 line goes on with what the person told, a caterer's order sheet with an English
Remarks column, a landlord's and a care office's letters about one of the household — and
their look-alikes: a help desk's log of device faults under 症状, a circular's
conditional (…の方がいれば), a bakery's allergen card.

No template, sentence, label or word list is shared with benchmarks/corpus_health19_dev.py.
Never tuned on. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import Layouts, encoded, truth_of

FAMILY = ["瀬戸口", "阿久津", "百瀬", "東雲", "八木沢", "宇佐美", "氷室", "鳴神"]
FIRST = ["大輔", "知佳", "拓真", "ゆかり", "慎吾", "彩乃", "武", "遥"]
# a nurse's or a reception's complaint column
COMPLAINTS = [("のどの痛みと微熱", "病歴", "のどの痛みと微熱"), ("腹痛（昼食後から）", "病歴", "腹痛"),
              ("発疹とかゆみ", "病歴", "発疹とかゆみ"), ("めまい・吐き気", "病歴", "めまい・吐き気"),
              ("水ぼうそうの疑い", "病歴", "水ぼうそう"), ("特になし", None, "")]
NURSE_HEADER = ["番号", "児童名", "来室時刻", "主訴"]
TIMES = [["10:20"], ["12:45"], ["14:05"]]
RECEPTION_HEADER = ["受付", "患者名", "体温", "自覚症状"]
TEMPERATURES = [["36.8"], ["37.6"], ["38.1"]]
# a check-up letter's line: the judgement, then what the person told
VERDICTS = [("総合判定：D 要治療。", "要治療"), ("検査所見：胸部X線 要再検査。", "要再検査")]
TOLD = [("ご本人より、持病の痛風で服薬中との申告がありました。", "痛風で服薬中"),
        ("また、3年前に大腸ポリープを切除したとのこと。", "大腸ポリープを切除")]
# a caterer's order sheet with an English remarks column
REMARKS = [("ごまアレルギー", "病歴", "ごまアレルギー"), ("くるみアレルギー", "病歴", "くるみアレルギー"),
           ("大豆アレルギー", "病歴", "大豆アレルギー"), ("領収書要", None, "")]
ORDER_HEADER = ["#", "Name", "Qty", "Remarks"]
QUANTITIES = [["2"], ["5"], ["1"]]
# letters about one of the household
HOMES = [("お子さまにアトピー性皮膚炎の方がいらっしゃると伺い、", "アトピー性皮膚炎"),
         ("ご両親にパーキンソン病の方がおられるとのことで、", "パーキンソン病")]
CLOSINGS = ["床材の張り替えを優先いたします。", "送迎の時間を調整いたしました。"]
# look-alikes
DESK_HEADER = ["日付", "申請者", "機器", "症状"]
DEVICE_FAULTS = ["キーボードが反応しない", "Wi-Fiにつながらない", "プリンタが紙詰まり"]
CIRCULAR = ["ご家庭に持病をお持ちの方がいれば、引率の先生にお伝えください。", "担当 {name}"]
CARD = ["アレルギー表示", "クロワッサン：小麦・乳・卵", "くるみパン：小麦・くるみ"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Layouts(corpus, "h19c", FAMILY, FIRST, "")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._nurse, self._reception, self._verdict, self._orders, self._home]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._desk, self._circular, self._card]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _nurse(self, i: int) -> Doc:
        return self.w.table(i, "nurse", "保健室来室記録", NURSE_HEADER, TIMES, COMPLAINTS, "xlsx")

    def _reception(self, i: int) -> Doc:
        return self.w.table(i, "reception", "受付票", RECEPTION_HEADER, TEMPERATURES, COMPLAINTS, "tsv")

    def _orders(self, i: int) -> Doc:
        return self.w.table(i, "orders", "Catering order", ORDER_HEADER, QUANTITIES, REMARKS, "csv")

    def _verdict(self, i: int) -> Doc:
        (told, phrase), (verdict, judgement) = self.c.pick(TOLD), self.c.pick(VERDICTS)
        lines = [f"{self.w.name()}殿", "健康診断の結果を通知します。", f"{verdict}{told}", "保健管理室"]
        return Doc(f"h19c_verdict{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   truth_of([("", "病歴", phrase), ("", "健康診断結果", judgement)]))

    def _home(self, i: int) -> Doc:
        opening, phrase = self.c.pick(HOMES)
        lines = [f"{self.w.name()}様", "いつもお世話になっております。", opening + self.c.pick(CLOSINGS)]
        return Doc(f"h19c_home{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([("", "病歴", phrase)]))

    def _desk(self, i: int) -> Doc:
        rows = [["ヘルプデスク記録"], DESK_HEADER] + [[f"1/{n + 8}", self.w.name(), "PC", self.c.pick(DEVICE_FAULTS)]
                                                  for n in range(4)]
        return Doc(f"h19c_neg_desk{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of([]))

    def _circular(self, i: int) -> Doc:
        return self.w.about_no_one(i, "circular", [line.format(name=self.w.name()) for line in CIRCULAR], "txt")

    def _card(self, i: int) -> Doc:
        return self.w.about_no_one(i, "card", CARD, "md")
