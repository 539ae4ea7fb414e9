"""Check corpus of beliefs14 (issue 12), another writer's habits: a staff list in TSV, a JSON
export's romaji and English keys (pretty-printed), an XML element of a care record, a Word
table of a person's particulars, a Markdown sheet of `label: value` lines, a relatives' table,
a caseworker's dated lines, a manager's mail; sayings of 宗教, 信条, 人種・民族 and 犯罪歴 in
other words. Look-alikes: a shrine's festival, a church's address, a mission school's history,
a union hall's rental rules, a May Day rally, a wage agreement, a rule book on union leave, a
news item on a trial.

Written apart from benchmarks/corpus_beliefs14_dev.py: no template, sentence, label or word
list in common (tests/benchmarks/test_beliefs14_corpora.py checks the lists). Never tuned on.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

import json
from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["鬼塚", "早乙女", "左近", "由比", "蔵元", "九重", "水無瀬", "一色"]
GIVEN = ["拓真", "咲良", "駿", "琴音", "隼人", "小春", "蒼", "結衣"]
# a staff list's column: (header, [(value, category or None, phrase)])
COLUMNS = [("信仰する宗教", [("臨済宗妙心寺派", "宗教", "臨済宗妙心寺派"), ("日本基督教団", "宗教", "日本基督教団"),
                        ("特になし", None, "")]),
           ("出身民族", [("ウイグル族", "人種・民族", "ウイグル族"), ("モン族", "人種・民族", "モン族")]),
           ("犯歴", [("強盗致傷 懲役5年", "犯罪歴", "強盗致傷 懲役5年"), ("占有離脱物横領(起訴猶予)", "犯罪歴", "占有離脱物横領")]),
           ("政治的立場", [("改憲反対", "信条", "改憲反対"), ("リベラル", "信条", "リベラル")])]
LIST_CELLS = [["営業一課"], ["調理室"], ["送迎係"]]
# a pretty-printed JSON export's keys: (key, value, category, phrase)
JSON_KEYS = [("shinko", "浄土宗西山派", "宗教", "浄土宗西山派"), ("religious_affiliation", "セブンスデー・アドベンチスト", "宗教", "セブンスデー・アドベンチスト"),
             ("minzoku", "チベット族", "人種・民族", "チベット族"), ("criminalHistory", "窃盗罪で懲役1年", "犯罪歴", "窃盗罪で懲役1年"),
             ("arrest_record", "大麻取締法違反で逮捕(不起訴)", "犯罪歴", "大麻取締法違反で逮捕")]
# a care record's XML elements
XML_KEYS = [("sect", "黄檗宗", "宗教", "黄檗宗"), ("ethnicGroup", "カレン族", "人種・民族", "カレン族"),
            ("race", "ヒスパニック系", "人種・民族", "ヒスパニック系")]
# a Word table of particulars: (label, value, category, phrase)
PARTICULARS = [("所属教団", "真如苑", "宗教", "真如苑"), ("受刑歴", "平成25年 横領で実刑", "犯罪歴", "横領で実刑"),
               ("民族的出自", "琉球", "人種・民族", "琉球"), ("勤務地", "本社", None, "")]
# a Markdown sheet's `label: value` lines
SHEET = [("宗教・宗派", "時宗", "宗教", "時宗"), ("前歴", "少年院送致(17歳)", "犯罪歴", "少年院送致"),
         ("政治信条", "反原発", "信条", "反原発"), ("好きな食べ物", "うどん", None, "")]
KIN_HEADER = ["関係", "名前", "年齢", "宗旨"]
KIN = [("真宗大谷派", "宗教", "真宗大谷派"), ("霊友会", "宗教", "霊友会"), ("ギリシャ正教", "宗教", "ギリシャ正教")]
# a caseworker's dated lines
LINES = [("檀家となっている菩提寺の住職に相談したいと話す。", "宗教", "檀家となっている"),
         ("エホバの証人の信仰を理由に輸血を拒んでいる。", "宗教", "エホバの証人の信仰"),
         ("金曜の集団礼拝のためモスクへ通っている。", "宗教", "モスクへ通っている"),
         ("原発再稼働に反対する市民運動に参加している。", "信条", "原発再稼働に反対する市民運動に参加"),
         ("保守系の政治団体に所属していると述べた。", "信条", "政治団体に所属"),
         ("母方の祖父が在日朝鮮人一世であったと話す。", "人種・民族", "在日朝鮮人一世"),
         ("クルド人であることを理由に差別を受けたと訴える。", "人種・民族", "クルド人"),
         ("過去に覚醒剤取締法違反で服役していた。", "犯罪歴", "服役"),
         ("執行猶予が明けたのは昨年春とのこと。", "犯罪歴", "執行猶予"),
         ("前科があることを勤務先に伝えていない。", "犯罪歴", "前科がある"),
         ("商店街振興組合の副理事長に選ばれたと嬉しそうに話す。", None, ""),
         ("JAの正組合員として米を出荷している。", None, ""), ("午後、ハローワークに同行した。", None, "")]
LINE_HEADS = ["ケース記録　{name}", "記入者　相談員"]
LINE_FILLER = ["体調は良いとのこと。", "次回の面談日を決めた。"]
# a manager's mail
MANAGER = [("{who}さんは仏教徒なので、忌引の際の法要の日程に配慮をお願いします。", "宗教", "仏教徒"),
           ("{who}さんは断食月の間、昼休みを夕方にずらしたいそうです。", "宗教", "断食月"),
           ("{who}さんは社民党の党員だと聞いています。", "信条", "社民党の党員"),
           ("{who}さんの母親はフィリピン系の方です。", "人種・民族", "フィリピン系"),
           ("{who}さんは以前に傷害事件で罰金刑を受けたことがあります。", "犯罪歴", "罰金刑")]
# look-alikes: about no one
SHRINE = ["秋季例大祭", "八幡神社では10月に例大祭を斎行します。", "神輿渡御は午後1時から。"]
CHURCH = ["教会のご案内", "日本バプテスト連盟 みなと教会", "所在地：横浜市中区山手町5-6", "主日礼拝 毎週日曜10時30分"]
HISTORY = ["沿革", "明治20年、宣教師により女学校として創立。", "プロテスタントの教えを建学の精神とする。"]
HALL = ["組合会館 貸出規程", "大会議室の利用は組合の行事を優先します。", "使用料は1時間2,000円です。"]
RALLY = ["メーデー中央大会", "5月1日 10時 中央公園", "主催：地域労働組合協議会"]
WAGES = ["賃金協定書", "会社と組合は、2026年度の賃金について次のとおり協定する。", "基本給を一律3,000円引き上げる。"]
RULES = ["就業規則 抜粋", "組合の業務に従事する期間は休職とする。", "組合専従者の賃金は支給しない。"]
TRIAL = ["ニュース", "地裁は被告に懲役3年、執行猶予5年の判決を言い渡した。", "被告は控訴しない方針。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "bl14c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._list, self._json, self._xml, self._particulars, self._sheet,
                                              self._kin, self._lines, self._manager]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        pages = [SHRINE, CHURCH, HISTORY, HALL, RALLY, WAGES, RULES, TRIAL]
        return [self.w.about_no_one(i, f"leaf{i % len(pages)}", pages[i % len(pages)], self.c.pick(["md", "odt"]))
                for i in range(count)]

    def _list(self, i: int) -> Doc:
        header, values = COLUMNS[(i // 8) % len(COLUMNS)]
        return self.w.table(i, "list", "スタッフ一覧", ["番号", "名前", "部署", header], LIST_CELLS, values, "tsv")

    def _json(self, i: int) -> Doc:
        picked = self.c.rng.sample(JSON_KEYS, 2)
        record = {"no": i, "shimei": self.w.name(), **{key: value for key, value, _, _ in picked}}
        data = json.dumps({"records": [record]}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"bl14c_json{i:03d}.json", data, truth_of([(v, c, p) for _, v, c, p in picked]))

    def _xml(self, i: int) -> Doc:
        key, value, category, phrase = self.c.pick(XML_KEYS)
        data = (f'<?xml version="1.0" encoding="UTF-8"?>\n<careRecords><record><fullName>{self.w.name()}</fullName>'
                f'<{key}>{value}</{key}><room>203</room></record></careRecords>\n')
        return Doc(f"bl14c_xml{i:03d}.xml", data.encode("utf-8"), truth_of([(value, category, phrase)]))

    def _particulars(self, i: int) -> Doc:
        picked = self.c.rng.sample(PARTICULARS, 2)
        table = [["氏名", "{name}"]] + [[label, value] for label, value, _, _ in picked]
        doc = self.w.word(i, "particulars", ["本人の状況"], [], table=table)  # its own truth: the table's values
        return Doc(doc.name.replace("neg_", ""), doc.data, truth_of([(v, c, p) for _, v, c, p in picked]))

    def _sheet(self, i: int) -> Doc:
        items = [(label, (value, category, phrase)) for label, value, category, phrase in SHEET]
        return self.w.form(i, "sheet", "# 個人票", [("名前", "")], items, "md", ": ")

    def _kin(self, i: int) -> Doc:
        picked = [self.c.pick(KIN) for _ in range(2)]
        rows = [["親族一覧"], KIN_HEADER] + [[rel, self.w.name(), age, text]
                                             for rel, age, (text, _, _) in zip(("祖父", "祖母"), ("82", "79"), picked)]
        return Doc(f"bl14c_kin{i:03d}.tsv", encoded(rows, "tsv"), truth_of(picked))

    def _lines(self, i: int) -> Doc:
        return self.w.record(i, "lines", "支援経過", LINE_HEADS, LINES, LINE_FILLER, self.c.pick(["md", "rtf"]), "{d}/4 ")

    def _manager(self, i: int) -> Doc:
        who = self.c.pick(SURNAMES)
        picked = [(t.replace("{who}", who), c, p) for t, c, p in self.c.rng.sample(MANAGER, 2)]
        return self.w.mail(i, "manager", "人事からの連絡", ["課長各位", "お疲れさまです。"], picked)
