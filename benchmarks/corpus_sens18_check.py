"""Check corpus of sens18 (issue 12), written before any result of benchmarks/corpus_sens18_dev.py
was read: 要配慮 information as organisations no earlier corpus imitated write it — a city welfare
office's consultation record (prose), a sports club's health declaration at joining (a form of
tick boxes ☑ / □), a recruiting agency's interview notes (a mail half in English), a retired
policeman's neighbourhood-watch log (a table under headers of its own words), a hospice
chaplain's visit card (label: value), an international school's support register (English
cells). Each says a category as information; beside it a negation (no one's condition) and
look-alikes of no one: a city's health notice, a job advertisement, a parish newsletter, crime
statistics, a statute, a drug's package text — each signed by a named person.

No template, label, condition or value is shared with the development corpus. Synthetic
people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import Item, encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["宇佐美", "七海", "鳥居", "相良", "久米", "江藤", "冨樫", "梶原"]
GIVEN = ["颯太", "千尋", "悠斗", "麻衣", "恭平", "奈緒", "修二", "莉子"]

# a welfare office's consultation record: dated sentences
WELFARE: list[Item] = [
    ("相談者は統合失調症で通院中、服薬は継続しているとのこと。", "病歴", "統合失調症で通院中"),
    ("長男は療育手帳B2を所持しており、放課後デイを利用。", "障害", "療育手帳B2"),
    ("昨年夏に元夫から暴行を受け、保護命令が出ている。", "犯罪被害", "元夫から暴行を受け"),
    ("世帯主は窃盗罪で服役し、本年3月に出所した。", "犯罪歴", "窃盗罪で服役"),
    ("本籍は鹿児島県奄美市とのこと（戸籍謄本で確認）。", "本籍", "鹿児島県奄美市"),
    ("精神疾患の既往はないと本人談。", None, ""),
]
WELFARE_FILLER = ["家賃の滞納が2か月分ある。", "次回は市営住宅の申込書を持参予定。", "電話にて折り返し連絡済み。"]

# a sports club's health declaration: (question, (answer with its boxes, category, phrase))
DECLARATION: list[tuple[str, Item]] = [
    ("現在治療中の病気", ("☑あり（高血圧症・降圧剤内服中）　□なし", "病歴", "高血圧症")),
    ("医師から運動を止められていますか", ("□はい　☑いいえ", None, "")),
    ("直近の健康診断で指摘された項目", ("☑血圧 164/102 要医療　□特になし", "健康診断結果", "血圧 164/102 要医療")),
    ("障がいの有無", ("☑有（左上肢機能障害）　□無", "障害", "左上肢機能障害")),
    ("過去の大きな病気・手術", ("☑あり（2022年 心筋梗塞でステント留置）", "病歴", "心筋梗塞でステント留置")),
    ("持病", ("□ぜんそく　□糖尿病　☑てんかん（発作は3年なし）", "病歴", "てんかん")),
]

# a recruiting agency's interview notes: lines of a mail, Japanese and English
INTERVIEW: list[Item] = [
    ("Candidate disclosed that she is a practising Muslim and asks for a short prayer break at noon.", "宗教",
     "practising Muslim"),
    ("He mentioned he was convicted of drink-driving in 2021 and lost his licence for a year.", "犯罪歴",
     "convicted of drink-driving"),
    ("Currently under treatment for depression; her GP supports a return to full-time work.", "病歴", "depression"),
    ("前職では労働組合の書記長を2期務めていたとのこと。", "労働組合", "労働組合の書記長"),
    ("在日韓国人三世であることを自ら話された。", "人種・民族", "在日韓国人三世"),
    ("日本共産党の党員として地域の選挙活動にも参加しているとのこと。", "信条", "日本共産党の党員"),
    ("No criminal record declared; references checked.", None, ""),
]
INTERVIEW_HEAD = ["ご担当者様", "本日の面接所感をお送りします。/ Notes from today's interview:"]

# a neighbourhood-watch log of a retired policeman: (date, area) cells, then what was heard
WATCH_HEAD = ["No", "お名前", "見回り日", "町内", "聞いた話"]
WATCH_CELLS = [["11/02", "東三丁目"], ["11/09", "桜台"], ["11/16", "駅前通り"]]
WATCH: list[Item] = [
    ("自転車を盗まれたと話していた", "犯罪被害", "自転車を盗まれた"),
    ("先月、特殊詐欺に遭い200万円をだまし取られた", "犯罪被害", "特殊詐欺に遭い"),
    ("留守中に空き巣に入られた（2回目）", "犯罪被害", "空き巣に入られた"),
    ("息子が傷害事件で逮捕されたと心配していた", "犯罪歴", "傷害事件で逮捕"),
    ("特に変わりなし", None, ""),
    ("庭木の剪定を手伝ってほしいとのこと", None, ""),
]

# a hospice chaplain's visit card: (label, item)
CHAPLAIN: list[tuple[str, Item]] = [
    ("ご本人の信仰", ("カトリック（洗礼名ヨハネ）", "宗教", "カトリック")),
    ("ご実家の宗旨", ("浄土真宗本願寺派", "宗教", "浄土真宗本願寺派")),
    ("病状", ("膵臓がん末期、疼痛コントロール中", "病歴", "膵臓がん末期")),
    ("所属教会", ("日本基督教団 港南教会 会員", "宗教", "日本基督教団 港南教会 会員")),
    ("信仰について", ("特にないとのこと", None, "")),
]

# an international school's support register, English cells
SUPPORT_HEAD = ["#", "Student", "Grade", "Homeroom", "Support needs"]
SUPPORT_CELLS = [["G7", "Ms Carter"], ["G9", "Mr Okafor"], ["G11", "Ms Lindqvist"]]
SUPPORT: list[Item] = [
    ("Type 1 diabetes, insulin pump", "病歴", "Type 1 diabetes"),
    ("Hearing impairment; uses hearing aids", "障害", "Hearing impairment"),
    ("ADHD (diagnosed 2024), extra exam time", "障害", "ADHD"),
    ("Halal meals; observant Muslim family", "宗教", "observant Muslim"),
    ("None", None, ""),
]

# look-alikes of no one
HEALTH_NOTICE = ["特定健診のご案内（市報12月号）", "血圧が130/85以上の方は、生活習慣病のおそれがあります。",
                 "がん検診の無料クーポンを40歳の方に送付しています。"]
JOB_AD = ["求人票　介護スタッフ（正社員）", "障害者雇用枠あり／手話のできる方歓迎", "労働組合あり、退職金制度あり",
          "選考：書類選考・面接（犯罪歴の確認はありません）"]
PARISH = ["聖ヨハネ教会だより 第214号", "クリスマス礼拝は12月24日19時から。どなたでもどうぞ。",
          "市立病院の駐車場工事のため、送迎バスの乗り場が変わります。"]
STATISTICS = ["管内の犯罪情勢（令和8年）", "刑法犯認知件数 1,284件（前年比3.1%減）",
              "特殊詐欺被害 42件、被害額 1億2千万円", "自転車盗が全体の4割を占めます。"]
STATUTE = ["個人情報の保護に関する法律 第2条第3項", "この法律において「要配慮個人情報」とは、本人の人種、信条、社会的身分、"
           "病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないように"
           "その取扱いに特に配慮を要するものとして政令で定める記述等が含まれる個人情報をいう。"]
PACKAGE = ["【効能】頭痛・歯痛・生理痛・関節痛の鎮痛", "【注意】胃潰瘍・喘息の診断を受けた人は服用しないこと。",
           "全国農業協同組合連合会 販売"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "s18c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._welfare, self._declaration, self._interview, self._watch, self._chaplain, self._support]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._health_notice, self._job_ad, self._parish, self._statistics, self._statute, self._package]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _welfare(self, i: int) -> Doc:
        heads = ["相談者：{name}", "担当ケースワーカー：" + self.w.name()]
        return self.w.record(i, "welfare", "相談記録（福祉課）", heads, WELFARE, WELFARE_FILLER,
                             self.c.pick(["docx", "txt", "odt"]), "11月{d}日　")

    def _declaration(self, i: int) -> Doc:
        picked = self.c.rng.sample(DECLARATION, 3)
        lines = ["入会時健康申告書", f"会員氏名：{self.w.name()}", "生年月日：1968年4月12日"]
        lines += [f"{question}：{answer}" for question, (answer, _, _) in picked]
        fmt = self.c.pick(["docx", "xlsx", "md"])  # a tick box has no CP932 code: no .txt
        data = encoded([line.split("：", 1) for line in lines[1:]], fmt) if fmt == "xlsx" else lines_file(lines, fmt)
        return Doc(f"s18c_declaration{i:03d}.{fmt}", data, truth_of([item for _, item in picked]))

    def _interview(self, i: int) -> Doc:
        picked = self.c.rng.sample(INTERVIEW, 3)
        body = INTERVIEW_HEAD + [f"候補者：{self.w.name()}"]
        doc = self.w.mail(i, "interview", "面接所感 / interview notes", body, picked)
        return Doc(doc.name.replace("_neg_", "_"), doc.data, doc.truth)

    def _watch(self, i: int) -> Doc:
        picked = [self.c.pick(WATCH) for _ in range(self.c.rng.randint(3, 5))]
        rows = [["見守り活動日誌（防犯パトロール）"], WATCH_HEAD]
        rows += [[str(n + 1), self.w.name(), *self.c.pick(WATCH_CELLS), text] for n, (text, _, _) in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return Doc(f"s18c_watch{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _chaplain(self, i: int) -> Doc:
        return self.w.form(i, "chaplain", "訪問カード（チャプレン）", [("お名前", ""), ("居室", "3階 305")], CHAPLAIN,
                           self.c.pick(["docx", "txt", "xlsx"]), "　")

    def _support(self, i: int) -> Doc:
        return self.w.table(i, "support", "Student support register 2026-27", SUPPORT_HEAD, SUPPORT_CELLS, SUPPORT,
                            self.c.pick(["xlsx", "csv"]))

    def _look_alike(self, i: int, kind: str, lines: list[str], role: str) -> Doc:
        return self.w.about_no_one(i, kind, lines + [f"{role}　{self.w.name()}"], self.c.pick(["docx", "txt", "md"]))

    def _health_notice(self, i: int) -> Doc:
        return self._look_alike(i, "health", HEALTH_NOTICE, "健康づくり課")

    def _job_ad(self, i: int) -> Doc:
        return self._look_alike(i, "jobad", JOB_AD, "採用担当")

    def _parish(self, i: int) -> Doc:
        return self._look_alike(i, "parish", PARISH, "編集")

    def _statistics(self, i: int) -> Doc:
        return self._look_alike(i, "stats", STATISTICS, "生活安全課")

    def _statute(self, i: int) -> Doc:
        return self._look_alike(i, "statute", STATUTE, "研修資料作成")

    def _package(self, i: int) -> Doc:
        return self._look_alike(i, "package", PACKAGE, "品質保証部")
