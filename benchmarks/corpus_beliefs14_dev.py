"""Development corpus of beliefs14 (issue 12): 宗教, 信条, 人種・民族 and 犯罪歴 said of a person as a
MATRIX of where the value sits × how it is said. Places: a roster's column (xlsx, csv), a JSON
record's English or romaji key, an XML element, a form's label on the line above its value, a
`label：value` line, a family table, a case note's sentence, a mail body. Sayings: a denomination
or sect, a member of a temple or shrine, a faith's practice or dietary need, a 戒名; a party, a
view on an issue, a movement; an ethnicity, naturalisation, a generation; a conviction, a
sentence, probation, a juvenile's training school. Look-alikes: a temple's own notice, a
cemetery's address, a school's founding faith, a union's office, event and collective agreement,
an employer's notice on unions, a law column on sentences.

No template, sentence, label or word list is shared with benchmarks/corpus_beliefs14_check.py
(tests/benchmarks/test_beliefs14_corpora.py checks the lists). Rules were tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

import json
from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["真壁", "榊原", "朝比奈", "古閑", "嵯峨", "鳳", "神楽坂", "百瀬"]
GIVEN = ["慎吾", "理沙", "航平", "奈央", "瑛太", "千尋", "伊織", "花蓮"]
# a roster's column: (header, [(value, category or None, phrase)])
COLUMNS = [("宗旨宗派", [("真言宗豊山派", "宗教", "真言宗豊山派"), ("浄土真宗本願寺派", "宗教", "浄土真宗本願寺派"),
                      ("天台宗", "宗教", "天台宗")]),
           ("信仰", [("カトリック", "宗教", "カトリック"), ("天理教", "宗教", "天理教"), ("なし", None, "")]),
           ("民族", [("アイヌ", "人種・民族", "アイヌ"), ("朝鮮族", "人種・民族", "朝鮮族"), ("漢族", "人種・民族", "漢族")]),
           ("前科前歴", [("窃盗(平成28年)", "犯罪歴", "窃盗(平成28年)"), ("傷害 罰金30万円", "犯罪歴", "傷害 罰金30万円"),
                     ("なし", None, "")]),
           ("支持政党", [("日本共産党", "信条", "日本共産党"), ("社会民主党", "信条", "社会民主党")])]
ROSTER_CELLS = [["総務課"], ["保育課"], ["施設管理課"]]
# a JSON record's keys: (key, value, category, phrase)
JSON_KEYS = [("religion", "ヒンドゥー教", "宗教", "ヒンドゥー教"), ("denomination", "日本聖公会", "宗教", "日本聖公会"),
             ("ethnicity", "琉球民族", "人種・民族", "琉球民族"), ("criminal_record", "道路交通法違反(罰金刑)", "犯罪歴", "道路交通法違反"),
             ("shuha", "曹洞宗", "宗教", "曹洞宗"), ("political_affiliation", "緑の党", "信条", "緑の党")]
# an XML record's elements
XML_KEYS = [("faith", "正教会", "宗教", "正教会"), ("ethnicOrigin", "ベトナム系華人", "人種・民族", "ベトナム系華人"),
            ("convictions", "傷害罪(懲役1年6月)", "犯罪歴", "傷害罪"), ("zenka", "覚醒剤取締法違反", "犯罪歴", "覚醒剤取締法違反")]
# a form: the label on one line, its value on the next
ABOVE = [("宗教", "イスラム教", "宗教", "イスラム教"), ("民族", "ロヒンギャ", "人種・民族", "ロヒンギャ"),
         ("前科・前歴", "詐欺(令和元年 執行猶予)", "犯罪歴", "詐欺"), ("戒名", "釋浄信", "宗教", "釋浄信")]
# `label：value` lines of a card
CARD = [("宗派", "日蓮正宗", "宗教", "日蓮正宗"), ("法名", "釋尼妙華", "宗教", "釋尼妙華"),
        ("出自", "在日コリアン三世", "人種・民族", "在日コリアン三世"), ("犯罪歴", "窃盗で服役(平成30年出所)", "犯罪歴", "窃盗で服役"),
        ("思想", "無政府主義", "信条", "無政府主義"), ("信仰・宗派", "円応教", "宗教", "円応教"),
        ("前科・前歴", "傷害(平成29年 罰金)", "犯罪歴", "傷害"), ("趣味", "将棋", None, "")]
FAMILY_HEADER = ["続柄", "氏名", "生年", "信仰"]
FAMILY = [("金光教", "宗教", "金光教"), ("立正佼成会", "宗教", "立正佼成会"), ("生長の家", "宗教", "生長の家")]
# a case note's sentences
NOTES = [("本人は新興宗教の団体に入会しており、週末は布教活動に出ている。", "宗教", "新興宗教の団体に入会"),
         ("本人はムスリムで、ラマダン中は日中の断食を行っている。", "宗教", "ムスリム"),
         ("本人は宗教上の理由で豚肉とアルコールを口にしない。", "宗教", "宗教上の理由"),
         ("本人は死刑廃止を強く支持しており、署名活動にも関わっている。", "信条", "死刑廃止を強く支持"),
         ("本人は良心的兵役拒否の立場をとっている。", "信条", "良心的兵役拒否"),
         ("本人は韓国籍から日本国籍に帰化している。", "人種・民族", "帰化"),
         ("本人はアイヌ民族の出身であると話した。", "人種・民族", "アイヌ民族の出身"),
         ("本人は10代のとき少年院に送致されている。", "犯罪歴", "少年院に送致"),
         ("本人は2015年に窃盗で逮捕され、懲役2年執行猶予3年の判決を受けた。", "犯罪歴", "懲役2年執行猶予3年"),
         ("本人は現在保護観察中である。", "犯罪歴", "保護観察中"),
         ("本人は夫婦別姓に賛成の立場をとっている。", "信条", "夫婦別姓に賛成の立場"),
         ("本人のルーツはフィリピンにあると聞いた。", "人種・民族", "ルーツはフィリピンにある"),
         ("本人は服役経験があり、就職に不安を抱えている。", "犯罪歴", "服役経験がある"),
         ("本人は天理教の布教所に通っている。", "宗教", "布教所に通っ"),
         ("本人はマンション管理組合の理事長を務めている。", None, ""), ("本人は建設国保組合に加入している。", None, ""),
         ("次回は就労先の件を話し合う。", None, "")]
NOTE_HEADS = ["対象者：{name}", "担当：生活支援係"]
NOTE_FILLER = ["落ち着いて話していた。", "書類を確認した。"]
# a mail about a person
MAIL = [("{who}さんはクリスチャンで、日曜日の出勤は避けたいとのことです。", "宗教", "クリスチャン"),
        ("{who}さんはハラール食が必要なので、懇親会の店選びに配慮してください。", "宗教", "ハラール食が必要"),
        ("{who}さんは市議選で緑の党の候補者を応援しているそうです。", "信条", "緑の党の候補者を応援"),
        ("{who}さんは日系ブラジル人三世です。", "人種・民族", "日系ブラジル人三世"),
        ("{who}さんは飲酒運転で有罪判決を受けたと申告してきました。", "犯罪歴", "有罪判決")]
# look-alikes: about no one
TEMPLE = ["西光寺 寺報", "彼岸会のご案内", "本堂にて法要を営みます。どなたでもお参りください。", "浄土真宗本願寺派 西光寺"]
CEMETERY = ["霊園のご案内", "曹洞宗 大林寺墓苑", "所在地：長野県松本市里山辺1-2-3", "永代供養墓の区画があります。"]
SCHOOL = ["学校案内", "本校はカトリックの精神に基づき1950年に創立されました。", "宗教の授業があります。"]
UNION_OFFICE = ["労働組合 書記局", "所在地：大阪市北区天満1-2-3", "受付時間 平日9時〜17時", "組合員の皆さんの相談に応じます。"]
UNION_EVENT = ["春闘決起集会のお知らせ", "日時：3月5日 18時", "場所：労働会館 大会議室", "主催：連合地区協議会"]
AGREEMENT = ["労働協約", "会社と組合は、次のとおり協約を締結する。", "第1条 会社は組合を唯一の交渉団体と認める。",
             "第2条 組合員の範囲は別に定める。"]
NOTICE = ["社内通知", "労働組合への加入は任意です。", "組合活動を理由とする不利益な取扱いは行いません。"]
LAW = ["法律コラム", "執行猶予とは、刑の執行を一定期間猶予する制度です。", "保護観察が付くこともあります。",
       "当法人は前科者の社会復帰を支援しています。"]
OPINION = ["市民意識調査の結果", "多くの市民が死刑廃止を支持している。", "夫婦別姓については賛否が分かれた。",
           "この料理のルーツはフィリピンにある。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "bl14d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._roster, self._json, self._xml, self._above, self._card,
                                              self._family, self._note, self._mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        pages = [TEMPLE, CEMETERY, SCHOOL, UNION_OFFICE, UNION_EVENT, AGREEMENT, NOTICE, LAW, OPINION]
        return [self.w.about_no_one(i, f"page{i % len(pages)}", pages[i % len(pages)], self.c.pick(["txt", "docx"]))
                for i in range(count)]

    def _roster(self, i: int) -> Doc:
        header, values = COLUMNS[(i // 8) % len(COLUMNS)]
        fmt = self.c.pick(["xlsx", "csv"])
        return self.w.table(i, "roster", "利用者名簿", ["No.", "氏名", "所属", header], ROSTER_CELLS, values, fmt)

    def _json(self, i: int) -> Doc:
        picked = self.c.rng.sample(JSON_KEYS, 2)
        record = {"id": f"P{i:04d}", "name": self.w.name(), **{key: value for key, value, _, _ in picked}}
        data = json.dumps([record], ensure_ascii=False).encode("utf-8")
        return Doc(f"bl14d_json{i:03d}.json", data, truth_of([(v, c, p) for _, v, c, p in picked]))

    def _xml(self, i: int) -> Doc:
        picked = self.c.rng.sample(XML_KEYS, 2)
        fields = "".join(f"<{key}>{value}</{key}>" for key, value, _, _ in picked)
        data = f'<?xml version="1.0" encoding="UTF-8"?>\n<people><person><name>{self.w.name()}</name>{fields}</person></people>\n'
        return Doc(f"bl14d_xml{i:03d}.xml", data.encode("utf-8"), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _above(self, i: int) -> Doc:
        picked = self.c.rng.sample(ABOVE, 2)
        lines = ["入所者台帳", "氏名", self.w.name()]
        for label, value, _, _ in picked:
            lines += [label, value]
        fmt = self.c.pick(["docx", "txt"])
        return Doc(f"bl14d_above{i:03d}.{fmt}", lines_file(lines, fmt), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _card(self, i: int) -> Doc:
        items = [(label, (value, category, phrase)) for label, value, category, phrase in CARD]
        return self.w.form(i, "card", "身上書", [("氏名", "")], items, self.c.pick(["txt", "docx", "odt"]), "：")

    def _family(self, i: int) -> Doc:
        picked = [self.c.pick(FAMILY) for _ in range(2)]
        rows = [["家族構成"], FAMILY_HEADER] + [[rel, self.w.name(), year, text]
                                                for rel, year, (text, _, _) in zip(("父", "母"), ("1951", "1954"), picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"bl14d_family{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _note(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "txt"])
        return self.w.record(i, "note", "面談記録", NOTE_HEADS, NOTES, NOTE_FILLER, fmt, "{d}日 ")

    def _mail(self, i: int) -> Doc:
        who = self.c.pick(SURNAMES)
        picked = [(t.replace("{who}", who), c, p) for t, c, p in self.c.rng.sample(MAIL, 2)]
        return self.w.mail(i, "mail", "配慮事項の共有", ["関係者各位", "以下、共有します。"], picked)
