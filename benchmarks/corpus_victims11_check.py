"""Check corpus of victims11 (issue 12), written in another writer's habits: terse clipped
entries (〜あり, 〜にて, 〜中), an insurer's accident file, a school's pupil file, a
lawyer's intake sheet (label / value lines), a free-text 備考 column of a member list and a
union branch's bulletin to its officers — the same classes as the development corpus (a harm
suffered, a condition's history, a creed as a stance, a domicile, a union role) in other
words. Look-alikes: a crime-prevention leaflet, an insurer's terms, an election article, a
union's annual plan, a school's safety rule.

No template, sentence, label or word list is shared with benchmarks/corpus_victims11_dev.py.
Never tuned on: its figures are the check. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["葛城", "巽", "乙部", "雲雀", "十和田", "椎名", "篠宮", "栗林"]
GIVEN = ["久美", "雅彦", "遥香", "健吾", "小百合", "晃", "彩乃", "哲郎"]
# an insurer's accident file, clipped entries
ACCIDENT = [("通勤電車内にて痴漢被害あり、被害申告済み。", "犯罪被害", "痴漢被害"),
            ("自宅に空き巣が入り、現金と指輪を奪われた。", "犯罪被害", "現金と指輪を奪われた"),
            ("SNSで知り合った人物に金銭をだまし取られた。", "犯罪被害", "金銭をだまし取られた"),
            ("交差点でひき逃げに遭い、相手は逃走。", "犯罪被害", "ひき逃げに遭い"),
            ("既往症：気管支喘息（小児期より）。", "病歴", "気管支喘息"),
            ("子宮筋腫の摘出術後、経過良好。", "病歴", "子宮筋腫の摘出術後"),
            ("心房細動にて抗凝固薬を内服中。", "病歴", "心房細動"),
            ("車両の修理見積りを受領。", None, ""),
            ("代車の手配を完了。", None, "")]
ACCIDENT_FILLER = ["担当者より折り返し連絡。", "書類一式を郵送。"]
ACCIDENT_HEADS = ["契約者　{name}", "受付　損害サービス課"]
# a school's pupil file, a teacher's hand
PUPIL = [("上級生から暴行を受け、全治二週間の打撲を負った。", "犯罪被害", "上級生から暴行を受け"),
         ("下校中、不審者に後をつけられたと保護者から連絡。", "犯罪被害", "不審者に後をつけられた"),
         ("一型糖尿病のためインスリンを自己注射している。", "病歴", "一型糖尿病"),
         ("てんかん発作の既往あり、水泳は見学。", "病歴", "てんかん発作の既往"),
         ("文化祭の実行委員になった。", None, "")]
PUPIL_FILLER = ["提出物の遅れはない。", "友人関係は良好。"]
PUPIL_HEADS = ["児童氏名：{name}", "学年　5年2組"]
# a lawyer's intake sheet: (label, item)
INTAKE = [("相談の概要", ("勤務先の上司から継続的に暴言と暴力を受けている。", "犯罪被害", "暴言と暴力を受けている")),
          ("経緯", ("元夫から脅迫のメールが届き続けている。", "犯罪被害", "脅迫のメール")),
          ("相手方", ("加害者は同じマンションの住人で、示談交渉中。", "犯罪被害", "加害者は同じマンションの住人")),
          ("健康面", ("双極性障害により現在休業中。", "病歴", "双極性障害")),
          ("戸籍", ("本籍は広島県尾道市、筆頭者は父。", "本籍", "広島県尾道市"))]
INTAKE_FIELDS = [("依頼者", ""), ("受付日", "令和8年5月12日")]
# a member list with a free-text remarks column
MEMBERS_HEADER = ["番号", "氏名", "所属", "入会", "備考"]
MEMBERS_CELLS = [["総務課", "2019"], ["製造二課", "2021"], ["物流センター", "2016"]]
REMARKS = [("労組の青年部長として春闘の交渉に参加。", "労働組合", "労組の青年部長"),
           ("職場支部の副執行委員長。", "労働組合", "副執行委員長"),
           ("みどりの未来党の党員で、選挙ごとにポスター貼りを手伝う。", "信条", "みどりの未来党の党員"),
           ("護憲運動の集会に毎回参加している。", "信条", "護憲運動の集会に毎回参加"),
           ("持病の痛風で通院中。", "病歴", "痛風で通院中"),
           ("社内報の編集担当。", None, "")]
# a union branch's bulletin to its officers: {who} a surname
BULLETIN = [("{who}委員は本部の執行委員を兼ねることになりました。", "労働組合", "本部の執行委員"),
            ("{who}さんは出張先のホテルで財布を盗難されました。", "犯罪被害", "財布を盗難"),
            ("{who}さんは腎結石の手術のため一週間入院します。", "病歴", "腎結石の手術")]
# look-alikes: about no one
LEAFLET = ["防犯のしおり", "自転車は必ず二重ロックを。", "空き巣は留守宅を狙います。"]
TERMS = ["約款抜粋", "既往症がある場合、告知が必要です。", "告知内容により引受をお断りすることがあります。"]
ELECTION = ["県議選の情勢", "みどりの未来党は三選挙区に候補を擁立した。", "投票率は前回を下回る見込み。"]
PLAN = ["年間活動計画", "組合員の拡大に取り組む。", "秋に執行委員選挙を実施する。"]
SAFETY = ["登下校の安全指導", "不審者に声をかけられたら大声を出して逃げること。", "必ず複数で下校すること。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "v11c", SURNAMES, GIVEN, "")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._accident, self._pupil, self._intake, self._members,
                                              self._bulletin]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._leaflet, self._terms, self._election, self._plan, self._safety]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _accident(self, i: int) -> Doc:
        fmt = self.c.pick(["md", "rtf", "docx"])
        return self.w.record(i, "accident", "事故受付記録", ACCIDENT_HEADS, ACCIDENT, ACCIDENT_FILLER, fmt, "◆")

    def _pupil(self, i: int) -> Doc:
        fmt = self.c.pick(["txt", "odt"])
        return self.w.record(i, "pupil", "児童個票", PUPIL_HEADS, PUPIL, PUPIL_FILLER, fmt, "({d}月) ")

    def _intake(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "xlsx", "txt"])
        return self.w.form(i, "intake", "法律相談票", INTAKE_FIELDS, INTAKE, fmt, "：")

    def _members(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "csv"])
        return self.w.table(i, "members", "会員名簿", MEMBERS_HEADER, MEMBERS_CELLS, REMARKS, fmt)

    def _bulletin(self, i: int) -> Doc:
        picked = self.c.rng.sample(BULLETIN, 2)
        items = [(text.replace("{who}", self.c.pick(SURNAMES)), category, phrase) for text, category, phrase in picked]
        return self.w.mail(i, "bulletin", "支部役員各位", ["支部ニュースです。"], items)

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", LEAFLET, "txt")

    def _terms(self, i: int) -> Doc:
        return self.w.word(i, "terms", TERMS, [], footer="お客様窓口 {name}")

    def _election(self, i: int) -> Doc:
        return self.w.about_no_one(i, "election", ELECTION, self.c.pick(["md", "docx"]))

    def _plan(self, i: int) -> Doc:
        return self.w.mail(i, "plan", "年間計画", PLAN, [])

    def _safety(self, i: int) -> Doc:
        return self.w.word(i, "safety", SAFETY, [], header="校長 {name}")
