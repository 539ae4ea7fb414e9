"""Development corpus of care8 (issue 12): 障害 and 病歴 told as the information is said —
what a part of the body cannot do, a daily activity that is hard or needs help, a means of
access needed, a service for disabled people used, a delay of development, a trait with its
diagnosis; a disease answered on a questionnaire, a pregnancy, a disease as the reason of a
leave, a device or a therapy lived with; a form about one person that names their family and their name's reading beside
them. Look-alikes: a leave rule, a facility's access guide, a blank questionnaire, an
employment notice, a school newsletter, a product's leaflet.

No template, sentence, label or word list is shared with benchmarks/corpus_care8_check.py
(tests/benchmarks/test_sens_corpora.py checks the lists). The rules of care8 were tuned on
it. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["瀬戸口", "朝比奈", "九鬼", "砂川", "柘植", "能勢", "鮫島", "桐生"]
GIVEN = ["陽向", "茉莉", "康介", "千夏", "慧", "由紀恵", "拓真", "文香"]
# an HR interview memo: (sentence, category, phrase)
MEMO = [("左手が不自由なため、キーボード入力に時間を要する。", "障害", "左手が不自由"),
        ("両耳が聞こえにくく、会議の内容を追うのに苦労している。", "障害", "両耳が聞こえにくく"),
        ("長距離の歩行が難しいため、出張は控えている。", "障害", "長距離の歩行が難しい"),
        ("社内研修では点字資料が必要と申し出があった。", "障害", "点字資料が必要"),
        ("長男は放課後等デイサービスを週2回利用している。", "障害", "放課後等デイサービスを週2回利用"),
        ("以前は就労移行支援に通っていたと話した。", "障害", "就労移行支援に通って"),
        ("ADHDの傾向があり、締切の管理を上司が手伝っている。", "障害", "ADHDの傾向があり"),
        ("休職の理由は適応障害と聞いている。", "病歴", "適応障害"),
        ("現在妊娠18週で、立ち仕事を減らしたいとのこと。", None, ""),  # a pregnancy as such: no disease (health24)
        ("切迫早産のため自宅安静の指示が出た。", "病歴", "切迫早産"),
        ("欠勤の原因は偏頭痛とのことだった。", "病歴", "偏頭痛"),
        ("右膝が曲がりにくく、しゃがむ作業はできない。", "障害", "右膝が曲がりにくく"),
        ("胃がんの治療のため半年休職していた。", "病歴", "胃がんの治療のため"),
        ("ペースメーカーを入れており、出張先の保安検査で申告が必要。", "病歴", "ペースメーカーを入れており"),
        ("月曜と木曜はリハビリに通うため定時で退社する。", "病歴", "リハビリに通う"),
        ("残業は月10時間程度で落ち着いている。", None, ""),
        ("家族と旅行に出かけたと話していた。", None, "")]
MEMO_FILLER = ["業務量は適正と本人は感じている。", "次回は来月に面談する。", "異動の希望は特にない。"]
# a clinic's intake questionnaire: (label, (value, category, phrase))
INTAKE = [("既往歴の確認", ("糖尿病：有", "病歴", "糖尿病：有")),
          ("これまでの病気", ("■ 高血圧　□ 心臓病　□ 脳卒中", "病歴", "高血圧")),
          ("ぜんそく", ("■あり　□なし", "病歴", "■あり")),
          ("治療中の病気", ("脂質異常症（あり）", "病歴", "脂質異常症（あり）")),
          ("現在の状態", ("妊娠中", None, "")),
          ("喫煙", ("なし", None, ""))]
INTAKE_FIELDS = [("氏名", ""), ("受付番号", "A-0193")]
# a school's family form: a need told in its body, the child and a guardian in its table
CHILD_NEEDS = [("言葉の遅れがあり、週1回ことばの教室に通っている。", "障害", "言葉の遅れがあり"),
               ("特別支援学級に在籍し、算数は個別に指導を受けている。", "障害", "特別支援学級に在籍"),
               ("右足が動かしにくいため、体育は見学とする。", "障害", "右足が動かしにくい"),
               ("食事に一部介助が必要なため、給食の時間は支援員がつく。", "障害", "食事に一部介助")]
# look-alikes' lines
RULE = ["育児・介護休業規程", "第5条 妊娠中又は出産後1年以内の女性社員は、時間外労働の免除を申し出ることができる。",
        "第6条 産前休業は出産予定日の6週間前から取得できる。"]
ACCESS = ["当施設のご案内", "車椅子でご利用いただけるエレベーターがございます。", "介助が必要な方はスタッフにお声がけください。"]
BLANK = ["問診票（ご記入ください）", "□ 高血圧　□ 糖尿病　□ 喘息", "服用中のお薬：", "妊娠の可能性：□ あり □ なし"]
HIRING = ["障害者採用のお知らせ", "障害者雇用枠での募集を行っています。", "歩行が困難な方のために駐車場を用意しています。"]
SCHOOL = ["学校だより 11月号", "特別支援教育についての研修会を開きました。", "読み書きが苦手な子どもへの指導法を学びました。"]
LEAFLET = ["商品のご案内", "本品は高血圧の予防を目的とした食品です。", "妊娠中の方は医師にご相談ください。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c8d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._memo, self._memo, self._intake, self._child]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._rule, self._access, self._blank, self._hiring, self._school,
                                              self._leaflet]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _memo(self, i: int) -> Doc:
        heads = ["面談者　{name}", "記録　人事課"]
        return self.w.record(i, "memo", "個別面談メモ", heads, MEMO, MEMO_FILLER, self.c.pick(["docx", "txt"]), "{d}/11 ")

    def _intake(self, i: int) -> Doc:
        return self.w.form(i, "intake", "初診問診票", INTAKE_FIELDS, INTAKE, self.c.pick(["txt", "xlsx", "docx"]), "：")

    def _child(self, i: int) -> Doc:
        need = self.c.pick(CHILD_NEEDS)
        child = self.w.name()
        table = [["児童氏名", child], ["フリガナ", "セトグチ ヒナタ"], ["保護者氏名", f"{self.w.name()}（母）"]]
        return self.w.word(i, "child", ["家庭環境調査票", "学校生活で配慮してほしいこと"], [need], table)

    def _rule(self, i: int) -> Doc:
        return self.w.word(i, "rule", RULE, [], header="{name}")

    def _access(self, i: int) -> Doc:
        return self.w.word(i, "access", ACCESS, [], footer="支配人 {name}")

    def _blank(self, i: int) -> Doc:
        return self.w.about_no_one(i, "blank", BLANK, self.c.pick(["txt", "docx"]))

    def _hiring(self, i: int) -> Doc:
        return self.w.mail(i, "hiring", "採用のお知らせ", HIRING, [])

    def _school(self, i: int) -> Doc:
        return self.w.word(i, "school", SCHOOL, [], footer="校長 {name}")

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", LEAFLET, "txt")
