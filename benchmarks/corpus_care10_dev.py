"""Development corpus of care10 (issue 12): 要配慮 told as a clause about a person, read by the
parse-tree reader (detectors/jp/sensitive/clauses.py) — a case worker's support notes (支援経過記録)
and a visiting nurse's mail, where a condition, a treatment, a drug taken, an aid used, a union
joined or a victimisation is the predicate's argument, the person the (often implicit) subject,
and the content noun mostly outside the rules' word lists. Look-alikes: a centre's services,
a police notice, a care rule, a newspaper-style article, a facility's barrier-free guide.

No template, sentence, label or word list is shared with benchmarks/corpus_care10_check.py
(tests/benchmarks/test_sens_corpora.py checks the lists). The reader was tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["水無瀬", "伊集院", "土御門", "日下部", "五十嵐", "更科", "東雲", "霧島"]
GIVEN = ["琴音", "清志", "芽衣", "正隆", "寛子", "颯太", "紗良", "道夫"]
# a case worker's note: (sentence, category, phrase)
NOTES = [("本人は先月、特発性肺線維症と診断されたと話す。", "病歴", "特発性肺線維症"),
         ("利用者は大腿骨頸部骨折で三週間入院していた。", "病歴", "大腿骨頸部骨折"),
         ("母親が長年ベーチェット病を患っており、付き添いが欠かせない。", "病歴", "ベーチェット病"),
         ("本人は血液透析を週3回受けている。", "病歴", "血液透析"),
         ("夫は先月、前立腺の手術を受けた。", "病歴", "前立腺の手術"),
         ("抗てんかん薬を毎朝服用している。", "病歴", "抗てんかん薬"),
         ("昨年末に帯状疱疹を発症し、今も痛みが残る。", "病歴", "帯状疱疹"),
         ("主治医から逆流性食道炎と診断を受けたとのこと。", "病歴", "逆流性食道炎"),
         ("外出時は電動車椅子を使用している。", "障害", "電動車椅子"),
         ("本人は勤務先の労働組合に加入している。", "労働組合", "労働組合に加入"),
         ("先月、特殊詐欺の被害に遭い、貯金の大半を失った。", "犯罪被害", "特殊詐欺の被害"),
         ("同居人から暴力を受けていたと打ち明けた。", "犯罪被害", "暴力"),
         ("長女は昨年、統合失調症で入院となった。", "病歴", "統合失調症"),
         ("週に2回、人工透析のため市立病院に通院している。", "病歴", "人工透析"),
         ("先週、自宅で転倒して肋骨を骨折し、整形外科を受診した。", "病歴", "肋骨を骨折"),
         ("本人は視覚障害があり、白杖を使用している。", "障害", "視覚障害があり"),
         ("夫は地域の合同労組に加入しており、団体交渉に出ている。", "労働組合", "合同労組に加入"),
         ("昨年、訪問販売の詐欺に遭い、高額な布団を買わされた。", "犯罪被害", "訪問販売の詐欺に遭い"),
         ("次男がC型肝炎の治療を終えたと報告があった。", "病歴", "C型肝炎の治療"),
         ("ヘルパーの訪問日を火曜日に変更した。", None, ""),
         ("家賃の支払いについて相談を受けた。", None, "")]
NOTE_FILLER = ["次回訪問は月末の予定。", "室内は整頓されていた。", "長女とは月に一度会っている。"]
NOTE_HEADS = ["対象者　{name}", "担当　地域包括支援センター"]
# a visiting nurse's mail to a colleague: (sentence, category, phrase)
NURSE = [("{who}さんは肺炎で先週から入院されています。", "病歴", "肺炎で先週から入院"),
         ("{who}さんはインスリン注射を自己管理で続けています。", "病歴", "インスリン注射"),
         ("{who}さんは腎盂腎炎を再発し、抗菌薬を服用中です。", "病歴", "腎盂腎炎"),
         ("{who}さんの奥様が乳房の腫瘍を摘出する手術を受けられました。", "病歴", "乳房の腫瘍を摘出する手術")]
# look-alikes' lines
SERVICES = ["当センターのご案内", "当センターでは慢性疾患の治療を行っています。", "車椅子をご利用の方は受付にお申し出ください。"]
POLICE = ["防犯だより", "特殊詐欺の被害が市内で増えています。", "不審な電話にはご注意ください。"]
CARE_RULE = ["感染対策要領", "職員が感染症に罹患した場合は、所属長に報告する。", "発熱がある場合は出勤を控えること。"]
ARTICLE = ["医療ニュース", "厚生労働省は糖尿病の治療指針を改定した。", "新しい指針は来年度から適用される。"]
BARRIER = ["会場のご案内", "補聴器をお使いの方のために磁気ループを設置しています。", "盲導犬を連れての入場が可能です。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c10d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._note, self._note, self._nurse]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._services, self._police, self._care_rule, self._article,
                                              self._barrier]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _note(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "txt", "odt"])
        return self.w.record(i, "note", "支援経過記録", NOTE_HEADS, NOTES, NOTE_FILLER, fmt, "{d}日 ")

    def _nurse(self, i: int) -> Doc:
        who = self.c.pick(SURNAMES)
        picked = [self.c.pick(NURSE) for _ in range(2)]
        items = [(text.replace("{who}", who), category, phrase) for text, category, phrase in picked]
        return self.w.mail(i, "nurse", "訪問看護の申し送り", ["お疲れさまです。", "本日の訪問分です。"], items)

    def _services(self, i: int) -> Doc:
        return self.w.word(i, "services", SERVICES, [], footer="センター長 {name}")

    def _police(self, i: int) -> Doc:
        return self.w.about_no_one(i, "police", POLICE, self.c.pick(["txt", "docx"]))

    def _care_rule(self, i: int) -> Doc:
        return self.w.word(i, "rule", CARE_RULE, [], header="{name}")

    def _article(self, i: int) -> Doc:
        return self.w.about_no_one(i, "article", ARTICLE, "txt")

    def _barrier(self, i: int) -> Doc:
        return self.w.mail(i, "barrier", "会場のご案内", BARRIER, [])
