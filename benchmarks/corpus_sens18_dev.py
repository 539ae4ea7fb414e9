"""Development corpus of sens18 (issue 12): 要配慮 information as organisations no earlier corpus
imitated write it — a university counselling room's notes (prose), an insurer's underwriting
sheet (a table of declarations under headers of its own words), an HR department's leave and
return record (label: value), an English return-to-work memo (a mail), a club's activity
form of ticked conditions (☑ / ☐). Each says a category as information; beside it a negation
(no one's condition) and look-alikes of no one: a counselling newsletter, an insurance
pamphlet, a leave regulation, a union's meeting notice, a university hospital's notice —
each signed by a named person.

No template, label, condition or value is shared with benchmarks/corpus_sens18_check.py.
Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import Item, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["乙部", "新開", "芦田", "大河内", "桐生", "日下部", "槙野", "外山"]
GIVEN = ["湊", "結衣", "航", "彩花", "智也", "楓", "啓介", "陽菜"]

# a university counselling room's notes
COUNSELLING: list[Item] = [
    ("クリニックで適応障害の診断を受けたと来室。休学も検討中。", "病歴", "適応障害の診断"),
    ("自閉スペクトラム症の診断があり、試験時間延長の配慮を申請。", "障害", "自閉スペクトラム症"),
    ("寮の部屋で財布を盗まれ、警察に被害届を出したとのこと。", "犯罪被害", "財布を盗まれ"),
    ("エホバの証人の信者であり、輸血は受けられないと話す。", "宗教", "エホバの証人の信者"),
    ("父が日系ブラジル人で、名前のことでからかわれると悩んでいる。", "人種・民族", "日系ブラジル人"),
    ("自傷行為の既往はない。", None, ""),
    ("立憲民主党の支持者で、週末は選挙ボランティアをしている。", "信条", "立憲民主党の支持者"),
    ("高校時代に万引きで補導されたことがあると打ち明けた。", "犯罪歴", "万引きで補導"),
    ("糖尿病の持病はないとのこと。", None, ""),
]
COUNSELLING_FILLER = ["次回は2週間後に予約。", "アルバイトのシフトを減らしたとのこと。", "指導教員には本人了解のうえ連絡。"]

# an insurer's underwriting sheet: (product, channel) cells, then the declaration
UNDERWRITING_HEAD = ["No", "被保険者", "申込商品", "募集経路", "告知内容・査定メモ"]
UNDERWRITING_CELLS = [["終身医療保険 あんしんプラス", "代理店"], ["がん保険 ガードW", "通販"], ["収入保障保険", "窓販"]]
UNDERWRITING: list[Item] = [
    ("2023年 胃がん 内視鏡手術済、経過観察中", "病歴", "胃がん 内視鏡手術済"),
    ("健診 HbA1c 7.8% 要治療", "健康診断結果", "HbA1c 7.8% 要治療"),
    ("γ-GTP 186 要再検査（2025年度健診）", "健康診断結果", "γ-GTP 186 要再検査"),
    ("身体障害者手帳3級（心臓機能）", "障害", "身体障害者手帳3級"),
    ("うつ病で通院歴あり（2021年に治療終了）", "病歴", "うつ病で通院歴"),
    ("告知事項なし", None, ""),
]

# an HR department's leave and return record: (label, item)
LEAVE: list[tuple[str, Item]] = [
    ("休職事由", ("腰椎椎間板ヘルニアによる療養", "病歴", "腰椎椎間板ヘルニア")),
    ("主治医の意見", ("双極性障害、寛解期。短時間勤務からなら就業可", "病歴", "双極性障害")),
    ("復職後の配慮", ("人工透析（週3回）のため水曜午後は休み", "病歴", "人工透析")),
    ("組合での役職", ("支部執行委員", "労働組合", "支部執行委員")),
    ("本籍地", ("北海道旭川市", "本籍", "北海道旭川市")),
    ("既往歴", ("なし", None, "")),
    ("懲戒・処分歴", ("2019年 酒気帯び運転で罰金刑", "犯罪歴", "酒気帯び運転で罰金刑")),
    ("前科", ("無", None, "")),
]

# an English return-to-work memo
MEMO: list[Item] = [
    ("She was off work for three months with major depressive disorder.", "病歴", "major depressive disorder"),
    ("He has been a member of the workers' union since 2019 and asked for a union rep at the meeting.", "労働組合",
     "member of the workers' union"),
    ("He told us he is of Ainu descent and asked that this stay confidential.", "人種・民族", "Ainu descent"),
    ("She is a devout Buddhist and requested leave for the Obon services.", "宗教", "devout Buddhist"),
    ("He disclosed a prior conviction for assault (2015).", "犯罪歴", "prior conviction for assault"),
    ("She was the victim of stalking last year and the police are involved.", "犯罪被害", "victim of stalking"),
    ("No history of mental illness.", None, ""),
    ("He is an active member of the Liberal Democratic Party and canvasses at weekends.", "信条",
     "member of the Liberal Democratic Party"),
    ("She has never been arrested or charged.", None, ""),
]
MEMO_HEAD = ["Dear team,", "Please find below the notes of the return-to-work meeting."]

# a reinsurer's summary of applicants, English cells
DISCLOSURE_HEAD = ["#", "Applicant", "Plan", "Sum assured", "Medical disclosure"]
DISCLOSURE_CELLS = [["Term Life 20", "JPY 10m"], ["Whole Life", "JPY 5m"], ["Income Protection", "JPY 200k/month"]]
DISCLOSURE: list[Item] = [
    ("Crohn's disease, on biologics", "病歴", "Crohn's disease"),
    ("Asthma since childhood, uses an inhaler", "病歴", "Asthma"),
    ("Registered blind (partially sighted)", "障害", "Registered blind"),
    ("Wheelchair user after a spinal injury", "障害", "Wheelchair user"),
    ("Nothing to declare", None, ""),
    ("No medical history", None, ""),
]

# a club's activity form: conditions ticked or not
TICKS: list[Item] = [
    ("☑ 気管支喘息（吸入薬を携帯）", "病歴", "気管支喘息"),
    ("☑ 1型糖尿病", "病歴", "1型糖尿病"),
    ("☑ 聴覚障害（右耳）", "障害", "聴覚障害"),
    ("☐ 心臓疾患", None, ""),
    ("☐ てんかん", None, ""),
    ("宗教上の食事制限：☑あり（ハラール）", "宗教", "宗教上の食事制限：☑あり（ハラール）"),
]

# look-alikes of no one
NEWSLETTER = ["学生相談室だより 秋号", "適応障害とは？ ストレスとの付き合い方", "うつ病のサインに気づいたら早めに相談を。"]
PAMPHLET = ["がん保険 ガードW のご案内", "告知なしで加入できる医療保険もございます。", "糖尿病・高血圧の方もご相談ください。"]
REGULATION = ["休職規程", "第5条 私傷病により欠勤が1か月を超えたときは休職を命ずる。", "第8条 休職期間中の賃金は支給しない。"]
UNION_NOTICE = ["全日本自治団体労働組合 第98回定期大会のお知らせ", "日時：10月3日 13時", "会場：市民会館大ホール"]
STATISTICS = ["学生相談室 利用統計（2025年度）", "相談内容の内訳：精神疾患 31%、対人関係 24%、進路 18%",
              "障害学生支援の申請 42件（うち発達障害 15件）"]
EXCLUSIONS = ["約款 第12条（保険金をお支払いできない場合）", "被保険者の故意もしくは重大な過失または犯罪行為",
              "精神障害を原因とする事故", "Diabetes awareness week: free screening at the campus clinic."]
NAMES = ["見学会のご案内", "会場：聖家族カトリック教会 ホール", "協力：大学生活協同組合、日本バプテスト病院",
         "If you have been diagnosed with cancer, our support team can help."]
PRODUCTS = ["新商品のお知らせ", "アトピー性皮膚炎の方にも使える保湿クリーム", "糖尿病の方向け 低糖質パン 6個入り"]
HOSPITAL = ["大学病院 外来診療日程の変更について", "12月29日から1月3日まで休診いたします。", "救急外来は通常どおりです。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "s18d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._counselling, self._underwriting, self._leave, self._memo, self._ticks, self._disclosure]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._newsletter, self._pamphlet, self._regulation, self._union_notice, self._hospital,
                  self._statistics, self._exclusions, self._names, self._products]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _counselling(self, i: int) -> Doc:
        return self.w.record(i, "counselling", "学生相談室 面談メモ", ["学生：{name}（工学部2年）"], COUNSELLING,
                             COUNSELLING_FILLER, self.c.pick(["docx", "md", "rtf"]), "({d}) ")

    def _underwriting(self, i: int) -> Doc:
        return self.w.table(i, "underwriting", "引受査定一覧", UNDERWRITING_HEAD, UNDERWRITING_CELLS, UNDERWRITING,
                            self.c.pick(["xlsx", "csv", "tsv"]))

    def _leave(self, i: int) -> Doc:
        fields = [("社員氏名", ""), ("所属", "物流センター")]
        return self.w.form(i, "leave", "休職・復職記録", fields, LEAVE, self.c.pick(["docx", "xlsx", "txt"]), ": ")

    def _memo(self, i: int) -> Doc:
        picked = self.c.rng.sample(MEMO, 3)
        doc = self.w.mail(i, "memo", "Return to work", MEMO_HEAD + [f"Employee: {self.w.name()}"], picked)
        return Doc(doc.name.replace("_neg_", "_"), doc.data, doc.truth)

    def _disclosure(self, i: int) -> Doc:
        return self.w.table(i, "disclosure", "Applicant summary (underwriting)", DISCLOSURE_HEAD, DISCLOSURE_CELLS,
                            DISCLOSURE, self.c.pick(["xlsx", "csv"]))

    def _ticks(self, i: int) -> Doc:
        picked = self.c.rng.sample(TICKS, 3)
        lines = ["課外活動 参加申込書（健康状態）", f"参加者 {self.w.name()}", "該当するものにチェックしてください"]
        lines += [text for text, _, _ in picked]
        fmt = self.c.pick(["docx", "md", "odt"])  # a tick box has no CP932 code: no .txt
        return Doc(f"s18d_ticks{i:03d}.{fmt}", lines_file(lines, fmt), truth_of(picked))

    def _about(self, i: int, kind: str, lines: list[str], role: str) -> Doc:
        return self.w.about_no_one(i, kind, lines + [f"{role} {self.w.name()}"], self.c.pick(["docx", "odt", "txt"]))

    def _newsletter(self, i: int) -> Doc:
        return self._about(i, "newsletter", NEWSLETTER, "カウンセラー")

    def _pamphlet(self, i: int) -> Doc:
        return self._about(i, "pamphlet", PAMPHLET, "担当")

    def _regulation(self, i: int) -> Doc:
        return self._about(i, "regulation", REGULATION, "人事部長")

    def _union_notice(self, i: int) -> Doc:
        return self._about(i, "union", UNION_NOTICE, "事務局")

    def _hospital(self, i: int) -> Doc:
        return self._about(i, "hospital", HOSPITAL, "病院長")

    def _statistics(self, i: int) -> Doc:
        return self._about(i, "statistics", STATISTICS, "集計")

    def _exclusions(self, i: int) -> Doc:
        return self._about(i, "exclusions", EXCLUSIONS, "商品部")

    def _names(self, i: int) -> Doc:
        return self._about(i, "names", NAMES, "学生課")

    def _products(self, i: int) -> Doc:
        return self._about(i, "products", PRODUCTS, "販売課")
