"""Development corpus of events8 (issue 12): 要配慮 about events and origins told as what
happened to a person — an offence's procedure (arrest, papers sent to the prosecutor, a
suspended sentence, prison, parole, probation), a traffic offence's penalty, a victim's events
(a complaint to the police, a consultation, a shelter, fraud with its sum), origin by roots
and descent (日系, 在日, アイヌ, ルーツ, 帰化), and a faith told by its practice (prayer,
fasting, a rule of food, a parish, a temple's memorial). Look-alikes: a crime-prevention
notice, a law's text, a harassment training, a novel's plot, a police station's address, a
nationality alone, a funeral hall's menu of denominations, a union's or a shrine's notice.

No template, sentence, label or word list is shared with benchmarks/corpus_events8_check.py
(tests/benchmarks/test_sens_corpora.py checks the lists). The rules of events8 were tuned on
it. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["桐生", "巽", "乙部", "真壁", "猪俣", "汐見", "葛西", "帯刀"]
GIVEN = ["恭平", "実里", "仁", "沙耶", "陽介", "美雪", "拓真", "紗季"]
# an HR investigation or an interview memo: (sentence, category, phrase)
MEMO = [("平成30年に傷害で逮捕され、不起訴となった。", "犯罪歴", "傷害で逮捕され"),
        ("前の勤務先で窃盗の疑いにより書類送検されたことがある。", "犯罪歴", "窃盗の疑いにより書類送検"),
        ("道路交通法違反で略式起訴され、罰金を納付した。", "犯罪歴", "道路交通法違反で略式起訴"),
        ("執行猶予付きの判決を受けたと本人が話した。", "犯罪歴", "執行猶予付きの判決を受けた"),
        ("飲酒運転で免停になり、営業車に乗れない。", "犯罪歴", "飲酒運転で免停"),
        ("前科・前歴ありと本人が申告した。", "犯罪歴", "前科・前歴あり"),
        ("元交際相手からのストーカー被害について相談に来た。", "犯罪被害", "ストーカー被害"),
        ("特殊詐欺で200万円をだまし取られたという。", "犯罪被害", "特殊詐欺で200万円をだまし取られた"),
        ("駅前でひったくりに遭い、左手を負傷した。", "犯罪被害", "ひったくりに遭い"),
        ("更衣室で盗撮の被害を受けたと訴えた。", "犯罪被害", "盗撮の被害を受けた"),
        ("自転車を盗まれ、交番に被害届を出した。", "犯罪被害", "自転車を盗まれ、交番に被害届を出した"),
        ("夫からのDVで一時保護された経験がある。", "犯罪被害", "DVで一時保護された"),
        ("日系三世として2010年に来日した。", "人種・民族", "日系三世"),
        ("在日コリアン二世として大阪で育った。", "人種・民族", "在日コリアン二世"),
        ("母方がアイヌの家系であると話した。", "人種・民族", "アイヌの家系"),
        ("フィリピンにルーツを持つと話している。", "人種・民族", "フィリピンにルーツを持つ"),
        ("両親がペルー出身で、本人は日本生まれ。", "人種・民族", "両親がペルー出身"),
        ("金曜の午後は礼拝のため席を外す。", "宗教", "礼拝のため席を外す"),
        ("断食月の間は昼食をとらない。", "宗教", "断食月の間は昼食をとらない"),
        ("戒律で豚肉を口にしないため、会食では配慮する。", "宗教", "戒律で豚肉を口にしない"),
        ("日曜は教会の奉仕があり出勤できない。", "宗教", "教会の奉仕"),
        ("実家の寺の檀家として毎年法要に出ている。", "宗教", "寺の檀家として"),
        ("天理教の婦人部で世話役をしている。", "宗教", "天理教の婦人部"),
        ("近所のモスクに通っている。", "宗教", "モスクに通っている"),
        ("学生の頃に万引きで捕まったことがあると話した。", "犯罪歴", "万引きで捕まった"),
        ("スピード違反で赤切符を切られ、罰金を納付した。", "犯罪歴", "赤切符を切られ"),
        ("元交際相手のつきまといに悩まされている。", "犯罪被害", "つきまといに悩まされている"),
        ("架空請求のはがきを信じて30万円を支払ってしまった。", "犯罪被害", "30万円を支払ってしまった"),
        ("取引先の横領事件の被害者として警察で話をした。", "犯罪被害", "横領事件の被害者として"),
        ("両親ともに韓国出身である。", "人種・民族", "両親ともに韓国出身"),
        ("中国朝鮮族で、延辺の生まれ。", "人種・民族", "中国朝鮮族"),
        ("国籍はブラジルで、在留資格は定住者。", None, ""),
        ("営業所の最寄りは中央警察署である。", None, "")]
MEMO_FILLER = ["勤務態度はまじめである。", "通勤は電車で40分。", "次回は来月に面談する。", "有給休暇の残りは8日。"]
# a probation officer's (保護司の) note on a person under supervision
PROBATION = [("現在、保護観察中である。", "犯罪歴", "保護観察中"),
             ("昨年3月に出所し、更生保護施設に入所している。", "犯罪歴", "出所し"),
             ("仮釈放中で、毎月面接に来ている。", "犯罪歴", "仮釈放中"),
             ("詐欺罪で服役していた。", "犯罪歴", "詐欺罪で服役していた"),
             ("起訴猶予処分となったと聞いている。", "犯罪歴", "起訴猶予処分となった"),
             ("保護観察付きの執行猶予判決を受けた。", "犯罪歴", "保護観察付きの執行猶予"),
             ("窃盗で懲役刑に服した。", "犯罪歴", "懲役刑に服した"),
             ("十六歳の時に傷害で家裁に送致された。", "犯罪歴", "家裁に送致された"),
             ("少年院を出たあと、塗装店で働いている。", "犯罪歴", "少年院を出た")]
PROBATION_FILLER = ["就労は安定している。", "生活リズムが整ってきた。", "家族との関係は良好。"]
# a victim-support intake form: (label, item)
INTAKE = [("相談内容", ("交際相手から暴力を受け、保護命令を申し立てた。", "犯罪被害", "暴力を受け")),
          ("被害の状況", ("還付金があると電話で言われ、ATMで50万円を振り込まされた。", "犯罪被害", "50万円を振り込まされた")),
          ("経緯", ("帰宅途中に痴漢に遭い、警察に相談した。", "犯罪被害", "痴漢に遭い")),
          ("届出", ("被害届を出した（北署）", "犯罪被害", "被害届を出した")),
          ("支援", ("配偶者からの暴力で一時保護中", "犯罪被害", "配偶者からの暴力で一時保護中")),
          ("転居", ("夫のDVから逃れるため転居した", "犯罪被害", "DVから逃れるため転居した")),
          ("紹介元", ("被害者支援センターに相談した", "犯罪被害", "被害者支援センターに相談した"))]
INTAKE_FIELDS = [("受付番号", "V-0412"), ("相談者氏名", "")]
# a staff roster's notes column (a sentence in each row)
ROSTER = [("イスラム教徒のためハラール食を希望", "宗教", "イスラム教徒"),
          ("ラマダン期間中は勤務時間を調整", "宗教", "ラマダン期間中は勤務時間を調整"),
          ("2015年に日本へ帰化", "人種・民族", "帰化"),
          ("ウイグル族出身", "人種・民族", "ウイグル族出身"),
          ("韓国系アメリカ人", "人種・民族", "韓国系アメリカ人"),
          ("国籍 ベトナム", None, ""),
          ("外国籍（在留カードあり）", None, "")]
# look-alikes' lines
PREVENTION = ["防犯のお知らせ", "最近、特殊詐欺の被害が増えています。", "架空請求で20万円を支払ってしまった事例が相次いでいます。",
              "ストーカーに悩まされている方は被害者支援センターに相談してください。", "ひったくりに遭わないよう鞄は車道と反対側に持ちましょう。",
              "不審な電話があったら警察署に相談してください。"]
LAW = ["刑法（抄）", "第235条 他人の財物を窃取した者は、窃盗の罪とし、十年以下の懲役又は五十万円以下の罰金に処する。",
       "第25条 次に掲げる者が三年以下の懲役の言渡しを受けたときは、その刑の全部の執行を猶予することができる。"]
TRAINING = ["ハラスメント防止研修 資料", "ストーカー行為やDVは犯罪です。", "飲酒運転で捕まった場合は懲戒処分となります。",
            "罰金を支払わなければならないこともあります。", "前科がつくと再就職に響きます。", "相談窓口は人事部です。"]
NOVEL = ["読書会の課題図書", "あらすじ：主人公は無実の罪で逮捕され、十年の服役を経て出所する。", "感想を一人三分で話してください。"]
HALL = ["葬儀プランのご案内", "仏式（浄土真宗・曹洞宗・日蓮宗など各宗派）、神式、キリスト教式に対応します。", "ご相談は24時間受付。"]
SHRINE = ["例大祭のお知らせ", "氏子の皆さまのご参加をお待ちしております。", "神輿の担ぎ手を募集します。"]
UNION_NOTICE = ["組合員各位", "定期大会を開催します。", "執行委員の立候補を受け付けます。"]
TO_ALL = ["食堂のメニュー変更について", "社員各位", "断食月の間、ハラール対応の弁当を日没後にも用意します。", "逮捕されることもある飲酒運転は厳禁です。"]
REVIEW = ["書評", "強盗で服役した男が出所後に故郷へ帰る物語。", "被害者の家族との対話が読みどころ。"]
STATION_STAFF = ["中央警察署", "北署生活安全課", "交番"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "e8d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._memo, self._memo, self._probation, self._intake, self._roster]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._prevention, self._law, self._training, self._novel, self._hall,
                                              self._shrine, self._union, self._station, self._to_all, self._review]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _memo(self, i: int) -> Doc:
        heads = ["対象者：{name}", "記録者：人事部"]
        return self.w.record(i, "memo", "面談記録", heads, MEMO, MEMO_FILLER, self.c.pick(["docx", "txt"]), "{d}月 ")

    def _probation(self, i: int) -> Doc:
        heads = ["対象者 {name}", "担当保護司 記入"]
        return self.w.record(i, "probation", "保護観察 往訪記録", heads, PROBATION, PROBATION_FILLER,
                             self.c.pick(["docx", "md"]), "2026/{d}/1 ")

    def _intake(self, i: int) -> Doc:
        return self.w.form(i, "intake", "被害者支援 相談受付票", INTAKE_FIELDS, INTAKE, self.c.pick(["docx", "xlsx"]), "：")

    def _roster(self, i: int) -> Doc:
        header = ["No", "氏名", "入社年", "配慮事項"]
        return self.w.table(i, "roster", "社員配慮事項一覧", header, [["2019"], ["2023"]], ROSTER, self.c.pick(["xlsx", "csv"]))

    def _prevention(self, i: int) -> Doc:
        return self.w.word(i, "prevention", PREVENTION, [], footer="生活安全課長 {name}")

    def _law(self, i: int) -> Doc:
        return self.w.about_no_one(i, "law", LAW, "txt")

    def _training(self, i: int) -> Doc:
        return self.w.word(i, "training", TRAINING, [], [["講師", "{name}"]])

    def _novel(self, i: int) -> Doc:
        return self.w.mail(i, "novel", "読書会のご案内", NOVEL, [])

    def _hall(self, i: int) -> Doc:
        return self.w.word(i, "hall", HALL, [], footer="支配人 {name}")

    def _shrine(self, i: int) -> Doc:
        return self.w.word(i, "shrine", SHRINE, [], footer="宮司 {name}")

    def _union(self, i: int) -> Doc:
        return self.w.mail(i, "union", "定期大会のお知らせ", UNION_NOTICE, [])

    def _station(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "station", "警察官名簿", ["No", "氏名", "勤務先"], STATION_STAFF, "xlsx")

    def _to_all(self, i: int) -> Doc:
        return self.w.word(i, "to_all", TO_ALL + ["総務課　{name}"], [])

    def _review(self, i: int) -> Doc:
        return self.w.word(i, "review", REVIEW + ["評者：{name}"], [])
