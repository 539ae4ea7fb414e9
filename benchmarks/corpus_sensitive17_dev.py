"""Development corpus of sensitive17 (issue 12): 要配慮 told as a note's noun phrase about
someone — a choir's attendance log (an absence with its reason in brackets: a disease with its
treatment, its state or the symptom it causes), a neighbourhood watch's list (※ notes on a
household: a crime suffered, a disability, an operation), a union's headerless dues export (a
union-only seat after any union's name, a free column of creeds: a masked party, a petition's
seat, a rights group, a conviction with what it refuses), a member's self-introduction form.
Look-alikes: a health column on a symptom, a notice of a petition handed in, a school
council's election notice — each signed by a named person.

No template, label, condition or value is shared with benchmarks/corpus_sensitive17_check.py
(tests/benchmarks/test_sensitive17_corpora.py checks the lists). Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, lines_file, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["榊原", "東雲", "矢吹", "御影", "千早", "宇治", "葛城", "砂川"]
GIVEN = ["湊", "千尋", "颯太", "詩織", "恭平", "美月", "航", "萌"]
# a choir's attendance log: (reason after the absence, category, phrase)
ABSENCES = [("体調不良で欠席（過敏性腸症候群（整腸剤））", "病歴", "過敏性腸症候群"),
            ("早退（片頭痛による吐き気）", "病歴", "片頭痛による吐き気"),
            ("欠席（子宮内膜症 治療済み）", "病歴", "子宮内膜症 治療済み"),
            ("体調不良で欠席（腰部脊柱管狭窄症）", "病歴", "腰部脊柱管狭窄症"),
            ("見学のみ（喘息（吸入ステロイド））", "病歴", "喘息")]
LOG_FILLER = ["発声練習のあと新曲の譜読み。", "定期演奏会の衣装合わせ。", "会費の集金を済ませた。"]
# a neighbourhood watch's ※ notes on a household
WATCH = [("※{who}さん宅は振り込め詐欺の被害（約90万円）のため見守り強化", "犯罪被害", "振り込め詐欺の被害"),
         ("※{who}さん宅はDV被害で保護命令を受けているため所在は非公開", "犯罪被害", "DV被害"),
         ("※{who}さん宅は精神障害者保健福祉手帳2級のため声かけ", "障害", "精神障害者保健福祉手帳2級"),
         ("※{who}さん宅は大腸がん術後のため当番免除", "病歴", "大腸がん術後"),
         ("※{who}さん宅は児童虐待被害の支援を受けているため連絡は役員のみ", "犯罪被害", "児童虐待被害")]
WATCH_HEAD = ["見守り名簿（令和8年度）", "班長：{name}"]
# a union's dues export with no header: (seat cell, category, phrase)
SEATS = [("港湾労協の分会長", "労働組合", "港湾労協の分会長"), ("北港運輸の書記長", "労働組合", "北港運輸の書記長"),
         ("全国一般南部の副執行委員長", "労働組合", "全国一般南部の副執行委員長")]
# the export's free column: (creed, category, phrase)
CREEDS = [("△△党の党員", "信条", "△△党の党員"), ("死刑制度の廃止を求める請願の呼びかけ人", "信条", "請願の呼びかけ人"),
          ("子どもの権利団体で活動", "信条", "権利団体で活動"), ("菜食の思想により毛皮製品を買わない", "信条", "思想により毛皮製品を買わない"),
          ("", None, "")]
# a member's self-introduction form: (label, (value, category, phrase))
INTRO = [("大切にしていること", ("反原発の市民団体幹部", "信条", "市民団体幹部")),
         ("所属", ("××党の熱心な支持者", "信条", "××党の熱心な支持者")),
         ("体のこと", ("バセドウ病手術済み", "病歴", "バセドウ病手術済み")),
         ("趣味", ("渓流釣り", None, ""))]
# look-alikes
COLUMN = ["健康コラム", "片頭痛による吐き気は、暗い部屋で休むと和らぐことがあります。", "水分をこまめにとりましょう。"]
PETITION = ["議会だより", "選択的夫婦別姓を求める請願が提出され、委員会に付託されました。", "次回の定例会は6月です。"]
COUNCIL = ["生徒会だより", "生徒会の執行委員長選挙を来週行います。", "立候補の受付は金曜までです。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "s17d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._log, self._watch, self._dues, self._intro]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        pages = [COLUMN, PETITION, COUNCIL]
        return [self.w.about_no_one(i, f"page{i % len(pages)}", pages[i % len(pages)] + [f"文責 {self.w.name()}"],
                                    self.c.pick(["docx", "txt"])) for i in range(count)]

    def _log(self, i: int) -> Doc:
        items = [(f"{self.w.name()}が{text}。", category, phrase) for text, category, phrase in ABSENCES]
        return self.w.record(i, "log", "練習日誌", ["記録：{name}"], items, LOG_FILLER,
                             self.c.pick(["txt", "docx", "odt"]), "{d}日 練習。")

    def _watch(self, i: int) -> Doc:
        picked = self.c.rng.sample(WATCH, 2)
        lines = [head.replace("{name}", self.w.name()) for head in WATCH_HEAD]
        for n, (text, _, _) in enumerate(picked):
            who = self.w.name()
            lines += [f" {n + 1}. {who}　090-5555-{1200 + n:04d}", "    " + text.replace("{who}", who.split(" ")[0])]
        return Doc(f"s17d_watch{i:03d}.txt", lines_file(lines, "txt"), truth_of(picked))

    def _dues(self, i: int) -> Doc:
        rows, items = [], []
        for n in range(self.c.rng.randint(4, 6)):
            seat, creed = self.c.pick(SEATS), self.c.pick(CREEDS)
            rows.append([f"{31000 + n}", self.w.name(), seat[0], "2500", creed[0]])
            items += [seat, creed]
        return Doc(f"s17d_dues{i:03d}.csv", encoded(rows, "csv"), truth_of(items))

    def _intro(self, i: int) -> Doc:
        return self.w.form(i, "intro", "自己紹介カード", [("名前", "")], INTRO, self.c.pick(["docx", "txt", "xlsx"]), "：")
