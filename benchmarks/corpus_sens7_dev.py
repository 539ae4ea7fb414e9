"""Development corpus of sens7 (issue 12): 要配慮 said in other ways — a union's branch, seats,
dues and forms; a group that stands for a cause, a political outlook; a parent's origin
abroad, a people by 族; joining a faith unnamed; burglary, a protection order, a complaint;
a sentence in kanji numerals — and the tie of a phrase to a document's one person across its
parts (a plan's body and its table, a letter's header addressing the person). Look-alikes: a
notice signed in its footer by a title, a rule whose header names its owner, a mail to all
from its sender, an animal's record, a newsletter, staff with their qualifications, a
training record, a ward list's diseases with their sequel (found as the disease, not as a
disability: a positive).

No template, sentence, label or word list is shared with benchmarks/corpus_sens7_check.py
(tests/benchmarks/test_sens_corpora.py checks the lists). The rules of sens7 were tuned on
it. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["長田", "筧", "鬼塚", "御手洗", "東海林", "百瀬", "雨宮", "鳳"]
GIVEN = ["光", "剛志", "七海", "蒼", "礼子", "悠真", "千尋", "直樹"]
# an HR interview memo: (sentence, category, phrase)
MEMO = [("本人は北部ユニオンの分会で書記を務めている。", "労働組合", "ユニオンの分会で書記を務めている"),
        ("組合費はチェック・オフで給与から差し引かれている。", "労働組合", "組合費はチェック・オフ"),
        ("分会長として会社との団体交渉に臨んでいる。", "労働組合", "分会長として"),
        ("当ユニオンに本日加入したと連絡があった。", "労働組合", "ユニオンに本日加入"),
        ("憲法を守る会の世話人をしている。", "信条", "憲法を守る会の世話人"),
        ("原発再稼働に反対する運動の活動家として知られる。", "信条", "原発再稼働に反対する運動の活動家"),
        ("本人は保守的な政治思想を持っていると話した。", "信条", "保守的な政治思想を持っている"),
        ("母親がタイ出身のハーフである。", "人種・民族", "母親がタイ出身のハーフ"),
        ("祖父母が朝鮮半島の出身と聞いている。", "人種・民族", "祖父母が朝鮮半島の出身"),
        ("祖母は台湾のアミ族の出身。", "人種・民族", "アミ族の出身"),
        ("平成12年に入信し、集会に通っている。", "宗教", "12年に入信し"),
        ("自宅に強盗に入られ負傷した。", "犯罪被害", "強盗に入られ"),
        ("元夫からの暴力で保護命令を受けている。", "犯罪被害", "保護命令を受けている"),
        ("ネットの書き込みについて名誉毀損で告訴した。", "犯罪被害", "名誉毀損で告訴した"),
        ("傷害罪で罰金三十万円の略式命令を受けた。", "犯罪歴", "罰金三十万円の略式命令を受けた"),
        ("前職を飲酒運転による逮捕で解雇された。", "犯罪歴", "飲酒運転による逮捕"),
        ("逆流性食道炎の薬を飲み始めて三週間になる。", "病歴", "逆流性食道炎の薬を飲み始めて"),
        ("父が秋田出身で、母は岩手の生まれ。", None, ""),
        ("憲法を守る会の講演会にご参加ください。", None, ""),
        ("国籍：ベトナム", None, "")]
MEMO_FILLER = ["残業時間は月20時間程度。", "異動の希望はない。", "次回は三か月後に面談する。"]
# a ward's list: the disease column, a sequel in brackets
WARD = [("脳梗塞（左片麻痺）", "病歴", "脳梗塞（左片麻痺）"), ("誤嚥性肺炎", "病歴", "誤嚥性肺炎"),
        ("脳出血（右片麻痺）", "病歴", "脳出血（右片麻痺）"), ("大腿骨頸部骨折", "病歴", "大腿骨頸部骨折")]
# a care plan's body (its table names the person): the need told, the person named in another part
PLAN_NEEDS = [("本人の状態（手話通訳が必要）を踏まえ、通所介護を組み合わせる。", "障害", "手話通訳が必要"),
              ("人工透析を週3回受けているため、送迎時間を調整する。", "病歴", "人工透析を週3回受けている")]
# look-alikes' lines
NOTICE = ["院内感染対策について", "糖尿病や心臓病の持病がある方は早めに受診してください。", "手洗いと換気を徹底しましょう。"]
RULE = ["休職の手続", "第3条 精神疾患により休職するときは主治医の診断書を提出する。", "第4条 復職の際は産業医の面談を受ける。"]
ALL_MAIL = ["各位", "", "近隣で空き巣の被害が相次いでいます。", "戸締まりにご注意ください。", "", "総務課"]
VET = ["診療記録", "症状：嘔吐が続く。慢性腎不全の疑い。", "処置：皮下輸液、腎臓病用の療法食を処方。"]
VET_TABLE = [["飼い主", "{name}"], ["動物名", "モモ（猫・雑種・8歳）"]]
NEWS = ["健康だより 12月号", "今月は糖尿病の治療を続けている社員の体験談です。", "塩分を控えた食事を心がけましょう。"]
STAFF_ROLES = ["障害者職業生活相談員", "精神保健福祉士", "看護師・保健師", "衛生管理者"]
COURSES = ["障害者差別解消法研修", "認知症サポーター養成講座", "防犯講習"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "s7d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._memo, self._memo, self._ward, self._plan, self._addressed]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._notice, self._rule, self._mail, self._vet, self._news, self._staff,
                                              self._courses]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _memo(self, i: int) -> Doc:
        heads = ["対象者　{name}", "記録者　人事課"]
        return self.w.record(i, "memo", "面談記録", heads, MEMO, MEMO_FILLER, self.c.pick(["docx", "txt"]), "{d}/10 ")

    def _ward(self, i: int) -> Doc:
        header = ["No", "氏名", "入院日", "病名"]
        return self.w.table(i, "ward", "入院患者一覧", header, [["10/02"], ["10/09"]], WARD, self.c.pick(["xlsx", "csv"]))

    def _plan(self, i: int) -> Doc:
        need = self.c.pick(PLAN_NEEDS)
        return self.w.word(i, "plan", ["居宅サービス計画書", "総合的な援助の方針"], [need], [["利用者名", "{name}"]])

    def _addressed(self, i: int) -> Doc:
        need = self.c.pick(PLAN_NEEDS)
        return self.w.word(i, "addressed", ["個別支援計画"], [need], header="{name} 様")

    def _notice(self, i: int) -> Doc:
        return self.w.word(i, "notice", NOTICE, [], footer="さくら内科 院長 {name}")

    def _rule(self, i: int) -> Doc:
        return self.w.word(i, "rule", RULE, [], header="{name}")

    def _mail(self, i: int) -> Doc:
        return self.w.mail(i, "mail", "防犯のお知らせ", ALL_MAIL, [])

    def _vet(self, i: int) -> Doc:
        return self.w.word(i, "vet", VET, [], VET_TABLE)

    def _news(self, i: int) -> Doc:
        return self.w.word(i, "news", NEWS, [], [["寄稿", "{name}"]])

    def _staff(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "staff", "職員名簿", ["No", "氏名", "資格"], STAFF_ROLES, "xlsx")

    def _courses(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "courses", "研修受講記録", ["No", "氏名", "受講研修"], COURSES, "csv")
