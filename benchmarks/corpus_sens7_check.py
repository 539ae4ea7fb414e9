"""Check corpus of sens7 (issue 12): other templates, labels and words than
benchmarks/corpus_sens7_dev.py, for the same classes — a union's consultation card and a
counsellor's notes (unions, causes, outlooks, parentage, faith, victims, records), an HR
discipline list, a rehabilitation ward's list, a support plan whose body and table are apart,
a letter whose header addresses the person; look-alikes: a dental clinic's poster signed by
its director in the footer, a safety rule whose header names its owner, a mail from a sender
to everyone about fraud, a groomer's card for a dog, a club's bulletin, a welfare office's
staff with their licences, a seminar's attendance.

Written before it was first scored; its errors are not read. Synthetic people only; truth
for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["宍戸", "仁科", "嵯峨", "若狭", "穂積", "丹羽", "日向", "相馬"]
GIVEN = ["遼", "菜摘", "武蔵", "詩織", "航平", "まどか", "隼人", "絢子"]
# a counsellor's notes: (sentence, category, phrase)
NOTES = [("西地区ユニオンの支部で執行委員をしている。", "労働組合", "ユニオンの支部で執行委員"),
         ("組合費は毎月の給料から控除されている。", "労働組合", "組合費は毎月の給料から控除"),
         ("書記長に選ばれたばかりだという。", "労働組合", "書記長に選ばれた"),
         ("死刑制度の廃止を求める会の会員として活動している。", "信条", "廃止を求める会の会員"),
         ("基地の建設に反対する市民の会で活動している。", "信条", "建設に反対する市民の会で活動している"),
         ("リベラルな思想の持ち主だと自ら語った。", "信条", "リベラルな思想の持ち主"),
         ("父親がペルー出身で、本人は日本で育った。", "人種・民族", "父親がペルー出身"),
         ("日本人とインドネシア人のハーフ。", "人種・民族", "日本人とインドネシア人のハーフ"),
         ("母方の祖母がパイワン族の出自である。", "人種・民族", "パイワン族の出自"),
         ("結婚を機に入信したと話す。", "宗教", "結婚を機に入信した"),
         ("留守中に泥棒に入られ、通帳を盗られた。", "犯罪被害", "泥棒に入られ"),
         ("裁判所から保護命令が出ている。", "犯罪被害", "保護命令が出ている"),
         ("元交際相手を脅迫罪で告訴している。", "犯罪被害", "脅迫罪で告訴している"),
         ("過去に窃盗罪で罰金二十万円を科された。", "犯罪歴", "罰金二十万円"),
         ("高血圧の薬を飲んでいる。", "病歴", "高血圧の薬を飲んでいる"),
         ("祖父は鹿児島の生まれで、漁師だった。", None, ""),
         ("死刑制度について考える会への参加者を募集しています。", None, ""),
         ("在留資格：技能実習", None, "")]
NOTES_FILLER = ["睡眠は取れている。", "家計の相談も受けた。", "来週もう一度話を聞く。"]
# an HR discipline list: the reason column
DISCIPLINE = [("暴行罪で罰金十五万円の略式命令", "犯罪歴", "罰金十五万円の略式命令"),
              ("無免許運転による逮捕（不起訴）", "犯罪歴", "無免許運転による逮捕"),
              ("遅刻の常習", None, ""), ("情報の持ち出し（社内規程違反）", None, "")]
# a rehabilitation ward's list: diagnosis with its sequel
REHAB = [("くも膜下出血（右上肢麻痺）", "病歴", "くも膜下出血（右上肢麻痺）"), ("頸髄損傷（四肢麻痺）", "病歴", "頸髄損傷（四肢麻痺）"),
         ("変形性膝関節症", "病歴", "変形性膝関節症")]
# a support plan's body, its table naming the person
SUPPORT = [("点字の資料が必要なため、配布物は点字版を用意する。", "障害", "点字の資料が必要"),
           ("インスリン注射を自己管理しているので、昼食前に時間を確保する。", "病歴", "インスリン注射を自己管理")]
# look-alikes' lines
POSTER = ["歯周病と全身の健康", "歯周病は糖尿病を悪化させることがあります。", "定期健診を受けましょう。"]
SAFETY = ["安全衛生管理規程", "第8条 業務上の負傷により休業した者は、速やかに報告する。", "第9条 健康診断の結果は本人に通知する。"]
FRAUD_MAIL = ["社員の皆さん", "", "最近、還付金詐欺の被害が市内で多発しています。", "不審な電話はすぐ切りましょう。", "", "管理部"]
GROOMING = ["トリミングカルテ", "皮膚の状態：アトピー性皮膚炎で通院中", "注意事項：心臓病のため短時間で施術"]
GROOMING_TABLE = [["飼主", "{name}"], ["犬種", "ミニチュアダックス"]]
BULLETIN = ["山の会 通信 第40号", "会員の闘病記：胃がんの手術を受けて", "次回の山行は11月です。"]
LICENCES = ["手話通訳士", "障害者雇用推進者", "介護福祉士", "社会福祉士"]
SEMINARS = ["障害者虐待防止研修", "ハラスメント防止研修", "救命講習"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "s7c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._notes, self._notes, self._discipline, self._rehab, self._support,
                                              self._letter]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._poster, self._safety, self._fraud, self._grooming, self._bulletin,
                                              self._licences, self._seminars]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _notes(self, i: int) -> Doc:
        heads = ["相談者：{name}", "相談員：生活支援課"]
        return self.w.record(i, "notes", "相談経過記録", heads, NOTES, NOTES_FILLER, self.c.pick(["odt", "md"]), "第{d}回 ")

    def _discipline(self, i: int) -> Doc:
        header = ["番号", "従業員名", "処分内容", "事由"]
        return self.w.table(i, "discipline", "懲戒処分一覧", header, [["減給"], ["けん責"]], DISCIPLINE,
                            self.c.pick(["xlsx", "tsv"]))

    def _rehab(self, i: int) -> Doc:
        header = ["番号", "患者氏名", "転棟日", "診断名"]
        return self.w.table(i, "rehab", "回復期リハビリ病棟 患者一覧", header, [["9月3日"], ["9月17日"]], REHAB,
                            self.c.pick(["xlsx", "tsv"]))

    def _support(self, i: int) -> Doc:
        need = self.c.pick(SUPPORT)
        return self.w.word(i, "support", ["サービス等利用計画", "支援の方針"], [need], [["氏名", "{name}"]])

    def _letter(self, i: int) -> Doc:
        need = self.c.pick(SUPPORT)
        return self.w.word(i, "letter", ["ご本人の配慮事項について"], [need], header="{name} 殿")

    def _poster(self, i: int) -> Doc:
        return self.w.word(i, "poster", POSTER, [], footer="ひまわり歯科医院 院長 {name}")

    def _safety(self, i: int) -> Doc:
        return self.w.word(i, "safety", SAFETY, [], header="管理責任者 {name}")

    def _fraud(self, i: int) -> Doc:
        return self.w.mail(i, "fraud", "詐欺にご注意", FRAUD_MAIL, [])

    def _grooming(self, i: int) -> Doc:
        return self.w.word(i, "grooming", GROOMING, [], GROOMING_TABLE)

    def _bulletin(self, i: int) -> Doc:
        return self.w.word(i, "bulletin", BULLETIN, [], [["編集後記", "{name}"]])

    def _licences(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "licences", "相談支援員一覧", ["番号", "氏名", "保有資格"], LICENCES, "csv")

    def _seminars(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "seminars", "研修出席簿", ["番号", "氏名", "研修名"], SEMINARS, "xlsx")
