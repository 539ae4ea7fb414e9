"""Check corpus of care10 (issue 12), written apart from benchmarks/corpus_care10_dev.py in other
writers' habits: an HR officer's interview record (面談記録) in the polite reporting style
(…とのこと, …と申告あり), a union office's minutes (議事録) naming members and what
happened to them, and a class teacher's guidance log about a pupil and their family. Look-alikes: a union's recruiting leaflet, a leave regulation, a clinic's
guide, a police station's notice, a local paper's report of no one in particular.

No template, sentence, label or word list is shared with the development corpus
(tests/benchmarks/test_sens_corpora.py). Never tune the reader on it. Synthetic people
only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["宇佐美", "小田切", "仁科", "早乙女", "鍋島", "蓮見", "御手洗", "若狭"]
GIVEN = ["一輝", "朋美", "武司", "沙織", "蒼", "美智子", "昇", "奈緒"]
# an HR officer's interview record: (sentence, category, phrase)
INTERVIEW = [("昨秋に心筋梗塞を起こし、カテーテル治療を受けたとのこと。", "病歴", "カテーテル治療"),
             ("心療内科に通院中と申告あり。", "病歴", "心療内科に通院"),
             ("産業医から過敏性腸症候群と診断されたと報告を受けた。", "病歴", "過敏性腸症候群"),
             ("乳がんの放射線治療が来月まで続く見込み。", "病歴", "乳がんの放射線治療"),
             ("膝の人工関節置換術を受けており、階段の昇降がつらいとのこと。", "病歴", "人工関節置換術"),
             ("降圧剤を服用しているため、夜勤は避けたいとの希望。", "病歴", "降圧剤"),
             ("通勤時にはロフストランド杖を使用している。", "障害", "ロフストランド杖"),
             ("配偶者が難病の指定を受け、介護のため時短勤務を希望。", "病歴", "難病の指定"),
             ("主治医の意見書によると、頚椎椎間板ヘルニアで手術を受ける予定とのこと。", "病歴", "頚椎椎間板ヘルニア"),
             ("昨年度、うつ状態と診断され2か月休職した経緯がある。", "病歴", "うつ状態と診断"),
             ("バセドウ病で月1回受診しているとのこと。", "病歴", "バセドウ病"),
             ("聴力が低下しており、会議では補聴援助システムを使っている。", "障害", "補聴援助システム"),
             ("単身赴任先で空き巣に入られたと話していた。", "犯罪被害", "空き巣に入られた"),
             ("子どもの学校行事で休暇を取りたいとの相談。", None, ""),
             ("配置転換の希望を聞き取った。", None, ""),
             ("評価面談の日程を調整した。", None, "")]
INTERVIEW_FILLER = ["業務の引継ぎは順調とのこと。", "通勤経路に変更はない。", "次回は四半期末に実施する。"]
INTERVIEW_HEADS = ["面談対象　{name}", "面談者　人事部 労務グループ"]
# a union office's minutes: (sentence, category, phrase)
MINUTES = [("{who}組合員は第3分会の書記長に選出された。", "労働組合", "第3分会の書記長"),
           ("{who}氏から組合脱退の申し出があり、承認した。", "労働組合", "組合脱退"),
           ("{who}氏が本日付で組合に加入した。", "労働組合", "組合に加入"),
           ("{who}氏はひったくりの被害に遭い、右腕を負傷した。", "犯罪被害", "ひったくりの被害"),
           ("{who}氏が帰宅途中に恐喝を受けたと報告があった。", "犯罪被害", "恐喝"),
           ("{who}氏が青年部の部長に就任した。", "労働組合", "青年部の部長に就任"),
           ("来期の賃上げ要求額について協議した。", None, ""),
           ("次回の定期大会は6月に開催する。", None, "")]
# a class teacher's guidance log about a pupil (written after the reader was fixed; never tuned on)
GUIDANCE = [("母親の話では、小学生の頃に川崎病で長期入院していたという。", "病歴", "川崎病"),
            ("夏休み中に扁桃腺の摘出手術を受けたと保護者から連絡があった。", "病歴", "扁桃腺の摘出手術"),
            ("アトピー性皮膚炎の塗り薬を保健室で預かっている。", "病歴", "アトピー性皮膚炎"),
            ("父親が昨年から肝硬変を患い、家計が苦しいと本人が話した。", "病歴", "肝硬変"),
            ("下校途中に見知らぬ男に付きまとわれる被害に遭ったと訴えた。", "犯罪被害", "付きまとわれる被害"),
            ("体育祭の係を決めた。", None, "")]
GUIDANCE_FILLER = ["進路希望調査を配布した。", "三者面談の日程を伝えた。"]
GUIDANCE_HEADS = ["生徒　{name}", "記入　学級担任"]
# look-alikes' lines
RECRUIT = ["組合加入のすすめ", "組合への加入はいつでも受け付けています。", "未加入の方は書記局までご連絡ください。"]
LEAVE_RULE = ["私傷病休職規程", "私傷病により休職する場合は診断書を提出すること。", "休職期間は最長1年とする。"]
CLINIC = ["クリニックからのお知らせ", "当クリニックでは睡眠時無呼吸症候群の検査と治療を行っております。", "予約制です。"]
STATION = ["警察署からのお願い", "自転車盗難の被害届は最寄りの交番で受け付けます。", "必ず鍵を二重にかけましょう。"]
PAPER = ["地域版", "県内でインフルエンザの患者が急増している。", "保健所は手洗いの徹底を呼びかけている。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c10c", SURNAMES, GIVEN, "")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._interview, self._minutes, self._guidance]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._recruit, self._leave_rule, self._clinic, self._station,
                                              self._paper]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _interview(self, i: int) -> Doc:
        fmt = self.c.pick(["rtf", "md", "docx"])
        return self.w.record(i, "interview", "面談記録", INTERVIEW_HEADS, INTERVIEW, INTERVIEW_FILLER, fmt, "({d}) ")

    def _minutes(self, i: int) -> Doc:
        picked = self.c.rng.sample(MINUTES, 3)
        items = [(text.replace("{who}", self.c.pick(SURNAMES)), category, phrase) for text, category, phrase in picked]
        return self.w.word(i, "minutes", ["執行委員会 議事録", "出席者 {name} ほか6名"], items)

    def _guidance(self, i: int) -> Doc:
        fmt = self.c.pick(["txt", "odt"])
        return self.w.record(i, "guidance", "個別指導記録", GUIDANCE_HEADS, GUIDANCE, GUIDANCE_FILLER, fmt, "[{d}] ")

    def _recruit(self, i: int) -> Doc:
        return self.w.word(i, "recruit", RECRUIT, [], footer="書記長 {name}")

    def _leave_rule(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leave", LEAVE_RULE, self.c.pick(["txt", "rtf"]))

    def _clinic(self, i: int) -> Doc:
        return self.w.mail(i, "clinic", "休診のお知らせ", CLINIC, [])

    def _station(self, i: int) -> Doc:
        return self.w.about_no_one(i, "station", STATION, "md")

    def _paper(self, i: int) -> Doc:
        return self.w.word(i, "paper", PAPER, [], footer="記者 {name}")
