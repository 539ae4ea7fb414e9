"""Check corpus for 宗教, 信条, 犯罪被害 and 健康診断結果 (issue 12): another
author's habits (a staff ledger in TSV, interview transcripts, a 相談票 of
label/value lines, a 人間ドック report in prose and a result table with arrows),
with templates and word lists shared with no other corpus. Written before the
rules were changed; no rule is tuned on it (benchmarks/quality_beliefs.py).
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
FAITHS = ["キリスト教（正教会）", "仏教（真宗高田派）", "神道", "イスラーム（スンナ派）", "仏教・臨済宗建長寺派",
          "キリスト教・聖公会", "天理教", "金光教", "霊友会", "日蓮宗（法華）", "真如苑", "末日聖徒イエス・キリスト教会"]
NO_FAITH = ["無宗教", "特になし", "-", "回答しない"]
SAYINGS = [("{n}さんは真如苑に入信して10年になると話した。", "真如苑に入信"),
           ("毎週日曜日はミサに通っているので、日曜のシフトは避けてほしいとのこと。", "ミサに通っている"),
           ("{n}さんは地元神社の氏子として秋祭りの神輿を担いでいる。", "神社の氏子"),
           ("{n}さんは立正佼成会の支部で青年部の役員をしている。", "立正佼成会の支部"),
           ("{n}さんは幸福の科学の信者で、研修の日程に配慮を求めた。", "幸福の科学の信者"),
           ("{n}さんは断食月の間、日没まで飲食をしない。", "断食月"),
           ("{n}さんはシク教徒でターバンを着用している。", "シク教徒"),
           ("{n}さんは生長の家の練成会に参加するため休暇を取った。", "生長の家の練成会")]
POLITICAL = [("{n}さんは休日に{p}の市議の選挙事務所でボランティアをしている。", "{p}の市議の選挙事務所でボランティア"),
             ("{n}さんは{p}を支持していると明言した。", "{p}を支持"),
             ("{n}さんは学生時代から{p}の党籍がある。", "{p}の党籍"),
             ("{n}さんは{p}に毎年献金している。", "{p}に毎年献金")]
PARTY_NAMES = ["れいわ新選組", "日本共産党", "国民民主党", "社会民主党", "自由民主党", "公明党", "日本維新の会", "参政党"]
HARMS = [("特殊詐欺", "息子を名乗る電話で200万円を渡してしまった"), ("置き引き", "駅のベンチで鞄を置き引きされた"),
         ("自転車盗", "駐輪場で自転車を盗まれた"), ("暴行", "飲食店で客に暴行を受けた"),
         ("脅迫", "元同僚から脅迫メールが届き、被害届を検討している"), ("つきまとい", "帰宅途中に見知らぬ男につきまとわれた"),
         ("児童虐待", "子が同居人から虐待を受けていた")]
DOCK = [("血圧", "mmHg", "118/72", "156/98"), ("ALT", "U/L", "22", "74"), ("LDL-C", "mg/dL", "104", "188"),
        ("空腹時血糖", "mg/dL", "92", "134"), ("尿酸値", "mg/dL", "5.4", "8.6"), ("ヘモグロビン", "g/dL", "14.1", "10.2")]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._ledger, self._transcript, self._political_ledger,
                                              self._political_note, self._consultation, self._dock_report,
                                              self._dock_table]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._shrine_notice, self._election_news, self._crime_flyer,
                                              self._checkup_guide]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _ledger(self, i: int) -> Doc:
        rows, truth = [["社員コード", "氏名", "部署", "信仰", "備考"]], set()
        for _ in range(self.c.rng.randint(6, 12)):
            p, faith = self.c.person(), self.c.pick(FAITHS + NO_FAITH)
            rows.append([f"E{self.c.rng.randint(1000, 9999)}", p.name, self.c.pick(["経理課", "物流課"]), faith, ""])
            if faith not in NO_FAITH:
                truth.add(("SENSITIVE", f"宗教:{faith}"))
        return self._doc(f"chk_ledger{i:03d}.tsv", "\n".join("\t".join(r) for r in rows).encode("utf-8"), truth)

    def _transcript(self, i: int) -> Doc:
        p = self.c.person()
        lines, truth = [f"ヒアリング記録　{p.name}", "聞き手：総務課"], set()
        for saying, phrase in self.c.rng.sample(SAYINGS, 2):
            lines.append(saying.format(n=p.surname))
            truth.add(("SENSITIVE", f"宗教:{phrase}"))
        return self._doc(f"chk_transcript{i:03d}.docx", _docx(lines), truth)

    def _political_ledger(self, i: int) -> Doc:
        rows, truth = [["会員番号", "氏名", "所属政党", "役職"]], set()
        for n in range(self.c.rng.randint(5, 10)):
            p, party = self.c.person(), self.c.pick(PARTY_NAMES)
            rows.append([f"{n + 101}", p.name, party, self.c.pick(["一般", "幹事", "支部長"])])
            truth.add(("SENSITIVE", f"信条:{party}"))
        return self._doc(f"chk_polledger{i:03d}.xlsx", w.xlsx_bytes({"会員": [["政治団体 会員台帳"]] + rows}), truth)

    def _political_note(self, i: int) -> Doc:
        p, party = self.c.person(), self.c.pick(PARTY_NAMES)
        saying, phrase = self.c.pick(POLITICAL)
        lines = [f"{p.name}さん 面談記録", saying.format(n=p.surname, p=party), "以上"]
        return self._doc(f"chk_polnote{i:03d}.txt", "\r\n".join(lines).encode("cp932"),
                         {("SENSITIVE", f"信条:{phrase.format(p=party)}")})

    def _consultation(self, i: int) -> Doc:
        p, (kind, story) = self.c.person(), self.c.pick(HARMS)
        lines = ["相 談 票", f"相談者：{p.name}", f"連絡先：{p.mobile}", f"被害の種類：{kind}", f"経過：{story}。", "担当：生活安全係"]
        truth = {("SENSITIVE", f"犯罪被害:{kind}"), ("SENSITIVE", f"犯罪被害:{story}")}
        return self._doc(f"chk_consult{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def _dock_report(self, i: int) -> Doc:
        p = self.c.person()
        (item, unit, _, bad), (item2, unit2, good2, _) = self.c.rng.sample(DOCK, 2)
        lines = [f"人間ドック結果報告書　受診者 {p.name} 殿", f"{item}は{bad}{unit}と高値で、再検査が必要です（判定：要再検査）。",
                 f"{item2}は{good2}{unit2}で基準範囲内でした。", "総合所見：C（生活改善・経過観察）"]
        truth = {("SENSITIVE", f"健康診断結果:{item}は{bad}{unit}"), ("SENSITIVE", "健康診断結果:要再検査"),
                 ("SENSITIVE", "健康診断結果:C（生活改善・経過観察）"), ("SENSITIVE?", f"健康診断結果:{good2}{unit2}")}
        return self._doc(f"chk_dock{i:03d}.docx", _docx(lines), truth)

    def _dock_table(self, i: int) -> Doc:
        rows, truth = [["受診者", "項目", "今回", "前回", "単位", "判定"]], set()
        for _ in range(self.c.rng.randint(3, 6)):
            p = self.c.person()
            for item, unit, good, bad in self.c.rng.sample(DOCK, 2):
                high = self.c.chance(0.5)
                rows.append([p.name, item, f"{bad} ↑" if high else good, good, unit, "要精検" if high else "異常なし"])
                truth |= {("SENSITIVE", f"健康診断結果:{bad} ↑"), ("SENSITIVE", "健康診断結果:要精検")} if high else set()
                truth |= {("SENSITIVE?", f"健康診断結果:{good}")}
        return self._doc(f"chk_docktable{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), truth)

    def _shrine_notice(self, i: int) -> Doc:
        lines = ["八幡神社 秋季例大祭のお知らせ", "氏子崇敬者各位", "10月第2日曜日に例大祭を斎行します。神輿渡御は午後1時からです。",
                 "宮司　田中"]
        return self._doc(f"chk_neg_shrine{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _election_news(self, i: int) -> Doc:
        lines = ["市議会議員選挙の結果", "投票率は42.1%で前回を下回った。日本共産党と公明党がそれぞれ3議席、自由民主党が8議席を獲得した。",
                 "れいわ新選組は初の議席を得た。参政党の候補者は落選した。"]
        return self._doc(f"chk_neg_election{i:03d}.docx", _docx(lines), set())

    def _crime_flyer(self, i: int) -> Doc:
        lines = ["防犯だより", "管内で特殊詐欺の被害が相次いでいます。置き引きや自転車盗にもご注意ください。",
                 "つきまといやストーカー行為に悩む方は、警察の相談窓口へ。", "生活安全課"]
        return self._doc(f"chk_neg_flyer{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _checkup_guide(self, i: int) -> Doc:
        rows = [["項目", "基準範囲", "単位", "解説"]] + [[item, "", unit, "高値は生活習慣の見直しを"] for item, unit, *_ in DOCK]
        return self._doc(f"chk_neg_guide{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), set())
