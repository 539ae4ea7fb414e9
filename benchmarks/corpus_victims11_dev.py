"""Development corpus of victims11 (issue 12): 要配慮 said in a sentence about a person, across
the places a sentence sits — a case note's body, a free-text cell of a table, a mail body, an
item of minutes, a letter — and the ways it is said: a harm the person suffered (a passive of
an offence, 被害届, an offender and a settlement), a condition as a history (既往, 加療中, 術後,
休職の理由, a drug that names it), a creed as a stance (支持, 活動に参加), a domicile (本籍地),
a union role (分会長, 執行委員を務める). Look-alikes: a police notice, a leave rule, a party's
press release, a union's call, a hypothetical (〜の場合は).

No template, sentence, label or word list is shared with benchmarks/corpus_victims11_check.py
(tests/benchmarks/test_victims11_corpora.py checks the lists). Rules were tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["真壁", "相楽", "神宮寺", "北大路", "宍戸", "鬼塚", "百瀬", "嵯峨"]
GIVEN = ["瑞穂", "拓真", "千景", "義人", "菜摘", "慎之介", "留美", "篤"]
# a case note's sentences: (sentence, category, phrase)
NOTES = [("帰宅途中に見知らぬ男に殴られ、顔を腫らして来所した。", "犯罪被害", "見知らぬ男に殴られ"),
         ("駅の駐輪場で自転車を盗まれたと話す。", "犯罪被害", "自転車を盗まれた"),
         ("投資話の詐欺に遭い、退職金の大半を失った。", "犯罪被害", "投資話の詐欺に遭い"),
         ("元交際相手につきまとわれ、警察に相談している。", "犯罪被害", "元交際相手につきまとわれ"),
         ("本人は先週、警察署に被害届を提出した。", "犯罪被害", "被害届を提出"),
         ("加害者側との示談が先月成立したとのこと。", "犯罪被害", "加害者側との示談"),
         ("隣人ともみ合いになり、腕に怪我を負わされた。", "犯罪被害", "怪我を負わされた"),
         ("本人は胃潰瘍の既往がある。", "病歴", "胃潰瘍の既往"),
         ("現在、腰椎椎間板ヘルニアで加療中。", "病歴", "腰椎椎間板ヘルニアで加療中"),
         ("甲状腺がん術後で、半年ごとに経過を見ている。", "病歴", "甲状腺がん術後"),
         ("適応障害のため先月から休職している。", "病歴", "適応障害"),
         ("ワーファリンを服用中のため、抜歯の予定を延ばした。", "病歴", "ワーファリンを服用中"),
         ("本人は市民改革党を熱心に支持している。", "信条", "市民改革党を熱心に支持"),
         ("週末は脱原発運動の活動に参加していると話す。", "信条", "脱原発運動の活動に参加"),
         ("本籍地は熊本県天草市とのこと。", "本籍", "熊本県天草市"),
         ("本人は職場の第二分会で分会長を務めている。", "労働組合", "分会長"),
         ("妻は勤務先の組合で執行委員を務める。", "労働組合", "執行委員を務める"),
         ("公共料金の支払いが滞りがちである。", None, ""),
         ("長男の進学先について話をした。", None, "")]
NOTE_FILLER = ["次回は二週間後に来所予定。", "表情は穏やかだった。", "書類の記入を手伝った。"]
NOTE_HEADS = ["相談者　{name}", "担当　生活支援課"]
# a free-text column of a consultation log (xlsx, csv)
LOG_HEADER = ["No.", "相談者", "相談日", "区分", "相談内容（要旨）"]
LOG_CELLS = [["4/3", "来所"], ["4/9", "電話"], ["4/15", "訪問"]]
# a colleague's mail about a member of staff: {who} is a surname
MAIL = [("{who}さんは昨年、痛風発作で数日欠勤した経緯があります。", "病歴", "痛風発作"),
        ("{who}さんは帰宅途中にバッグをひったくられたそうです。", "犯罪被害", "バッグをひったくられた"),
        ("{who}さんは組合の書記次長を務めています。", "労働組合", "書記次長"),
        ("{who}さんの本籍地は新潟県佐渡市です。", "本籍", "新潟県佐渡市")]
# minutes of a staff meeting: items about a named person
MINUTES = [("{who}氏が第二分会長に選出された。", "労働組合", "第二分会長"),
           ("{who}氏は休日に駐車場で車上荒らしに遭った。", "犯罪被害", "車上荒らしに遭った"),
           ("{who}氏は過去に脳梗塞の既往があり、残業を免除する。", "病歴", "脳梗塞の既往"),
           ("次期の予算案を承認した。", None, "")]
# look-alikes: about no one
POLICE = ["生活安全だより", "還付金をかたる詐欺に遭わないよう、ご注意ください。", "不審な電話はすぐに切りましょう。"]
LEAVE = ["傷病休職の取扱い", "疾病のため休職する場合は、医師の診断書を添えて申請する。", "復職時は面談を行う。"]
PRESS = ["党大会のお知らせ", "市民改革党は来月、定期党大会を開催します。", "一般の方も傍聴できます。"]
UNION_CALL = ["執行委員の立候補受付", "次期の執行委員を募集しています。", "締切は月末です。"]
HYPOTHESIS = ["職場での暴力への対応", "職員が利用者から暴力を受けた場合は、直ちに上司に報告する。", "必要に応じて警察に通報する。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "v11d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._note, self._log, self._mail, self._minutes]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._police, self._leave, self._press, self._union_call,
                                              self._hypothesis]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _note(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "txt", "odt", "rtf"])
        return self.w.record(i, "note", "相談記録", NOTE_HEADS, NOTES, NOTE_FILLER, fmt, "{d}日 ")

    def _log(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return self.w.table(i, "log", "相談受付簿", LOG_HEADER, LOG_CELLS, NOTES, fmt)

    def _mail(self, i: int) -> Doc:
        who = self.c.pick(SURNAMES)
        picked = self.c.rng.sample(MAIL, 2)
        items = [(text.replace("{who}", who), category, phrase) for text, category, phrase in picked]
        return self.w.mail(i, "mail", "ご本人の状況について", ["お疲れさまです。", "共有します。"], items)

    def _minutes(self, i: int) -> Doc:
        picked = self.c.rng.sample(MINUTES, 3)
        items = [(text.replace("{who}", self.c.pick(SURNAMES)), category, phrase) for text, category, phrase in picked]
        return self.w.word(i, "minutes", ["職員会議 議事録", "記録 {name}"], items)

    def _police(self, i: int) -> Doc:
        return self.w.about_no_one(i, "police", POLICE, self.c.pick(["txt", "docx"]))

    def _leave(self, i: int) -> Doc:
        return self.w.word(i, "leave", LEAVE, [], footer="人事課長 {name}")

    def _press(self, i: int) -> Doc:
        return self.w.mail(i, "press", "党大会のお知らせ", PRESS, [])

    def _union_call(self, i: int) -> Doc:
        return self.w.about_no_one(i, "call", UNION_CALL, "md")

    def _hypothesis(self, i: int) -> Doc:
        return self.w.word(i, "hypothesis", HYPOTHESIS, [], header="{name}")
