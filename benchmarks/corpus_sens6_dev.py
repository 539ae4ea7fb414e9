"""Development corpus for 労働組合, 信条, 犯罪歴, 病歴 told by many hands and 障害 said of a
thing (issue 12, sens6): a staff list with a union column (加入 / 未加入 / a role), an HR
interview memo, a lawyer's 相談カード, a school's 生徒指導記録 and 保健室来室記録, an HR
懲戒処分 list, a nurse's 看護記録, a counsellor's 相談記録, a welfare office's 相談受付票; look-
alikes and clean files: an IT outage report, a clean-up volunteers' list, a union's notice,
a shop's theft report, a nurse's office monthly count, a managers' list (非組合員).

No template, sentence, label or word list is shared with benchmarks/corpus_sens6_check.py
(tests/benchmarks/test_sens_corpora.py checks the lists). The rules of sens6 were tuned
on it. Synthetic people only; truth for SENSITIVE only. A disease told with its medicine is
one phrase of truth, the clause (a medicine given is 調剤, 要配慮 as the disease is).

A one-off symptom in a school nurse's log (頭痛, 発熱, 腹痛 with rest) is NOT 病歴: the law's
病歴 is a disease a person has had, and 健康診断等の結果 / 診療 need a doctor's check-up or
care; a named disease (喘息, てんかん), its medicine or a doctor's diagnosis is.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import Layouts

SURNAMES = ["椎名", "真壁", "久我", "能登", "南雲", "葛城", "巽", "榊原"]
GIVEN = ["颯太", "千晶", "恭平", "美緒", "大悟", "環", "新之助", "佳乃"]
UNION_COLUMN = ["組合", "組合員区分", "労組"]
UNION_CELLS = [("加入", "労働組合", "加入"), ("未加入", None, ""), ("非組合員", None, ""), ("書記長", "労働組合", "書記長"),
               ("職場委員", "労働組合", "職場委員"), ("組合員", "労働組合", "組合員"), ("管理職（非組合員）", None, ""),
               ("執行委員", "労働組合", "執行委員"), ("分会書記", "労働組合", "分会書記"), ("組合専従", "労働組合", "組合専従"),
               ("対象外", None, "")]
DEPTS = [["製造一課"], ["物流センター"], ["総務課"], ["品質保証課"]]
# an HR interview memo: (sentence, category, phrase)
MEMO = [("本人は東邦電機労組の執行委員を務めている。", "労働組合", "労組の執行委員"),
        ("春闘では交渉委員として会社側との協議に出ている。", "労働組合", "交渉委員"),
        ("給与から組合費が控除されている。", "労働組合", "組合費が控除"),
        ("先月、組合加入届を提出した。", "労働組合", "組合加入届を提出"),
        ("第二分会の分会長を昨年から担当。", "労働組合", "分会長"),
        ("地域のユニオンに加入して団体交渉を申し入れた。", "労働組合", "ユニオンに加入"),
        ("管理職のため非組合員。", None, ""),
        ("健康保険組合の扶養手続きを案内した。", None, ""),
        ("学生時代から平和運動に関わっていると話した。", "信条", "平和運動に関わって"),
        ("週末は日本共産党の後援会でビラ配りを手伝っている。", "信条", "後援会でビラ配り"),
        ("支持政党は立憲民主党だと本人が述べた。", "信条", "立憲民主党"),
        ("信念を持って仕事に取り組んでいる。", None, ""),
        ("地域清掃のボランティアに参加している。", None, ""),
        ("組合の青年部で活動している。", "労働組合", "組合の青年部で活動"),
        ("入社後すぐに労組へ加入済み。", "労働組合", "労組へ加入済み"),
        ("組合役員の任期は来年3月まで。", "労働組合", "組合役員"),
        ("選挙のたびに公明党の候補を応援している。", "信条", "公明党の候補を応援"),
        ("自民党の党友になっている。", "信条", "自民党の党友"),
        ("地元議員の後援会の事務を手伝っている。", "信条", "後援会の事務を手伝って"),
        ("選挙の期日前投票には必ず行くと話した。", None, "")]
MEMO_FILLER = ["勤務態度は良好。", "次回面談は来月の予定。", "業務量について相談があった。"]
# a lawyer's 相談カード: (label, (value, category, phrase))
LAW_CARD = [("前科・前歴", ("窃盗で罰金刑（2019年）", "犯罪歴", "罰金刑")),
            ("前科・前歴", ("なし", None, "")),
            ("刑事手続", ("執行猶予中（覚醒剤取締法違反）", "犯罪歴", "執行猶予中")),
            ("現在の状況", ("保護観察中である", "犯罪歴", "保護観察中")),
            ("被害の内容", ("元夫から殴られ、全治2週間のけがを負った", "犯罪被害", "殴られ")),
            ("相談の経緯", ("勤務先で横領を疑われ逮捕された", "犯罪歴", "逮捕された")),
            ("前科の有無", ("あり（詐欺、懲役1年6月執行猶予3年）", "犯罪歴", "懲役1年6月執行猶予3年")),
            ("前歴", ("道交法違反（酒気帯び）罰金20万円", "犯罪歴", "罰金20万円"))]
# a school's 生徒指導記録
GUIDANCE = [("駅前の書店で万引きをして補導された。", "犯罪歴", "補導された"),
            ("中学時代に補導歴がある。", "犯罪歴", "補導歴がある"),
            ("昨年、家庭裁判所の審判で少年院送致となった。", "犯罪歴", "少年院送致"),
            ("下校中に見知らぬ男に後をつけられた。", "犯罪被害", "後をつけられた"),
            ("遅刻が続いているため保護者と面談した。", None, ""),
            ("交通安全教室に参加した。", None, ""),
            ("昨年度、深夜徘徊で補導。", "犯罪歴", "補導"),
            ("兄が逮捕されたことを気にしている。", None, "")]
# an HR 懲戒処分 list: the reason column
DISCIPLINE = [("酒気帯び運転で罰金30万円の略式命令", "犯罪歴", "罰金30万円"),
              ("通勤電車内の痴漢行為で逮捕", "犯罪歴", "逮捕"),
              ("無断欠勤3日", None, ""), ("経費の不正精算（全額返済）", None, ""),
              ("傷害事件で起訴され有罪判決", "犯罪歴", "有罪判決")]
# a school nurse's 保健室来室記録: the 症状・処置 column
NURSE_ROOM = [("頭痛のため休養30分", None, ""), ("発熱37.8℃、早退", None, ""), ("腹痛、湯たんぽで様子見", None, ""),
              ("喘息発作、持参の吸入薬を使用", "病歴", "喘息発作、持参の吸入薬を使用"), ("てんかんの既往あり、体調確認", "病歴", "てんかん"),
              ("1型糖尿病のため補食", "病歴", "1型糖尿病")]
# a nurse's 看護記録
NURSING = [("心房細動に対しワーファリン内服中。", "病歴", "心房細動に対しワーファリン内服中"), ("既往に脳梗塞あり、左半身に軽い麻痺。", "病歴", "脳梗塞"),
           ("統合失調症で精神科通院中と家族より聴取。", "病歴", "統合失調症で精神科通院中"), ("食事は全量摂取、夜間良眠。", None, ""),
           ("ナースコールの使い方を再度説明。", None, "")]
# a counsellor's 相談記録
COUNSEL = [("職場でのパワハラに加え、上司から胸ぐらをつかまれたと訴える。", "犯罪被害", "胸ぐらをつかまれた"),
           ("うつ病と診断され、3か月休職していた。", "病歴", "うつ病"),
           ("過去に傷害の前科があると自ら話した。", "犯罪歴", "前科がある"),
           ("市民団体の一員として反戦デモに毎月参加している。", "信条", "反戦デモに毎月参加"),
           ("転職の不安を話された。", None, "")]
# a welfare office's 相談受付票
WELFARE = [("収入の状況", ("障害年金2級を受給", "障害", "障害年金2級")), ("健康状態", ("アルコール依存症で通院", "病歴", "アルコール依存症")),
           ("その他", ("刑務所を出所後、住居がない", "犯罪歴", "刑務所を出所")), ("世帯", ("単身", None, ""))]
# a pharmacy's 薬歴 list: the prescription column
DRUGS = [("ロスバスタチン錠2.5mg（脂質異常症）", "病歴", "ロスバスタチン錠2.5mg（脂質異常症）"),
         ("ランソプラゾールOD錠15mg", "病歴", "ランソプラゾールOD錠15mg"), ("エチゾラム錠0.5mg 不眠時", "病歴", "エチゾラム錠0.5mg"),
         ("ドネペジル塩酸塩錠5mg", "病歴", "ドネペジル塩酸塩錠5mg"), ("処方なし（相談のみ）", None, "")]
# a clinic's 問診票: (question, item)
CLINIC = [("手術歴", ("2018年 虫垂炎の手術", "病歴", "虫垂炎の手術")), ("アレルギー", ("スギ花粉症", "病歴", "スギ花粉症")),
          ("喫煙", ("1日10本", None, "")), ("現在飲んでいる薬", ("バイアスピリン（脳梗塞の再発予防）", "病歴", "バイアスピリン（脳梗塞の再発予防）")),
          ("子どもの頃の病気", ("川崎病", "病歴", "川崎病"))]
OUTAGE = ["障害報告書", "発生日時 10月3日 9:12", "事象 基幹システム障害により受注処理が停止", "原因 通信障害（回線事業者側）",
          "対応 障害物の撤去後に配線を復旧", "再発防止 監視設定の見直し"]
CLEANUP = ["役割", ["受付", "ごみ袋配布", "誘導", "記録係"]]
UNION_NOTICE = ["組合ニュース 第12号", "今年の春闘の要求書を会社に提出しました。", "職場委員会を来週開きます。",
                "組合員の皆さんの意見を集約します。"]
SHOP_THEFT = ["店舗被害報告", "10月5日未明、店舗が空き巣の被害に遭い、レジの現金が盗まれた。", "警察に被害届を提出済み。"]
ROOM_COUNT = ["保健室来室状況（10月）", "頭痛 12件、腹痛 9件、発熱 4件、けが 15件", "感染症の流行はなし。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Layouts(corpus, "s6d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._staff, self._memo, self._law_card, self._guidance, self._discipline,
                                              self._nurse_room, self._nursing, self._counsel, self._welfare, self._drugs,
                                              self._clinic]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._outage, self._cleanup, self._notice, self._shop, self._count,
                                              self._managers]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _staff(self, i: int) -> Doc:
        header = ["No", "氏名", "所属", self.c.pick(UNION_COLUMN)]
        return self.w.table(i, "staff", "社員名簿", header, DEPTS, UNION_CELLS, self.c.pick(["xlsx", "csv"]))

    def _memo(self, i: int) -> Doc:
        heads = ["対象者　{name}", "面談者　人事課"]
        return self.w.record(i, "memo", "面談記録", heads, MEMO, MEMO_FILLER, self.c.pick(["docx", "txt"]), "10/{d} ")

    def _law_card(self, i: int) -> Doc:
        fields = [("相談者氏名", ""), ("受付日", "2026年9月14日")]
        fmt = self.c.pick(["docx", "xlsx"])
        return self.w.form(i, "lawcard", "法律相談カード", fields, LAW_CARD, fmt, "：" if fmt == "docx" else "\t")

    def _guidance(self, i: int) -> Doc:
        heads = ["生徒氏名　{name}", "学年　2年3組"]
        return self.w.record(i, "guidance", "生徒指導記録", heads, GUIDANCE, ["本人は反省している。"],
                             self.c.pick(["odt", "txt"]), "{d}月: ")

    def _discipline(self, i: int) -> Doc:
        header = ["No", "氏名", "処分", "処分理由"]
        return self.w.table(i, "discipline", "懲戒処分記録", header, [["減給"], ["出勤停止"], ["戒告"]], DISCIPLINE,
                            self.c.pick(["xlsx", "tsv"]))

    def _nurse_room(self, i: int) -> Doc:
        header = ["No", "氏名", "来室時刻", "症状・処置"]
        return self.w.table(i, "nurseroom", "保健室来室記録", header, [["10:20"], ["12:45"], ["14:05"]], NURSE_ROOM,
                            self.c.pick(["xlsx", "csv"]))

    def _nursing(self, i: int) -> Doc:
        heads = ["患者　{name} 様", "病棟　4階東"]
        return self.w.record(i, "nursing", "看護記録", heads, NURSING, ["バイタル安定。"], self.c.pick(["rtf", "docx"]),
                             "{d}:00 ")

    def _counsel(self, i: int) -> Doc:
        heads = ["相談者　{name}", "相談員　カウンセラー"]
        return self.w.record(i, "counsel", "相談記録", heads, COUNSEL, ["次回は2週間後。"], self.c.pick(["rtf", "md"]),
                             "第{d}回 ")

    def _welfare(self, i: int) -> Doc:
        fields = [("氏名", ""), ("相談区分", "生活相談")]
        return self.w.form(i, "welfare", "相談受付票", fields, WELFARE, self.c.pick(["docx", "odt"]), "　")

    def _drugs(self, i: int) -> Doc:
        header = ["No", "氏名", "調剤日", "処方内容"]
        return self.w.table(i, "drugs", "薬歴一覧", header, [["10/01"], ["10/15"]], DRUGS, self.c.pick(["xlsx", "csv"]))

    def _clinic(self, i: int) -> Doc:
        fields = [("お名前", ""), ("来院日", "10月21日")]
        fmt = self.c.pick(["docx", "xlsx"])
        return self.w.form(i, "clinic", "問診票（内科）", fields, CLINIC, fmt, "　" if fmt == "docx" else "\t")

    def _outage(self, i: int) -> Doc:
        return self.w.about_no_one(i, "outage", OUTAGE, self.c.pick(["docx", "txt"]))

    def _cleanup(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "cleanup", "河川清掃ボランティア名簿", ["No", "氏名", CLEANUP[0]], CLEANUP[1], "xlsx")

    def _notice(self, i: int) -> Doc:
        return self.w.about_no_one(i, "notice", UNION_NOTICE, "odt")

    def _shop(self, i: int) -> Doc:
        return self.w.about_no_one(i, "shop", SHOP_THEFT, "txt")

    def _count(self, i: int) -> Doc:
        return self.w.about_no_one(i, "count", ROOM_COUNT, "docx")

    def _managers(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "managers", "管理職名簿", ["No", "氏名", "組合区分"], ["非組合員", "対象外"], "csv")
