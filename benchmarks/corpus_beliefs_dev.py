"""Development corpus for 宗教, 信条, 犯罪被害 and 健康診断結果 (issue 12): the
records of a temple, a church, a party's 後援会, an HR 慶弔 form, a survey, a
consultation desk and a check-up sheet, as an office clerk writes them, and the
notices, articles and statistics that name a faith, a party or a crime with no
person. The rules of detectors/jp/sensitive are tuned on this corpus only; its
twin benchmarks/corpus_beliefs_check.py (other templates, other words) checks them.

Truth is labelled for SENSITIVE only (("*", "SENSITIVE")); ("SENSITIVE?", …) is
an optional value (a normal check-up value) counted neither way.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
SECTS = ["浄土真宗本願寺派", "真宗大谷派", "浄土宗", "曹洞宗", "臨済宗妙心寺派", "日蓮宗", "高野山真言宗", "真言宗智山派",
         "天台宗", "時宗", "黄檗宗", "日蓮正宗", "真言宗豊山派", "浄土宗西山禅林寺派"]
TEMPLE_ROLES = ["門徒", "檀家", "檀家総代", "門徒総代", "世話人"]
CHURCHES = ["日本基督教団 大森めぐみ教会", "カトリック桜台教会", "日本バプテスト連盟 緑が丘キリスト教会",
            "日本聖公会 聖ヨハネ教会", "日本ルーテル教団 本郷教会", "日本ハリストス正教会 函館復活聖堂"]
FUNERAL = ["仏式", "神式", "キリスト教式", "仏式（浄土宗）", "神葬祭", "友人葬"]
FAITH_NOTES = [
    "{n}はムスリムのため、ラマダン期間中は昼食会への参加を免除する。",
    "{n}は金曜日の集団礼拝に参加するため、12時から14時まで中抜けを認める。",
    "{n}はユダヤ教の安息日を守っており、土曜日の出勤はできない。",
    "{n}はエホバの証人の信者であり、輸血を拒否する意思表示カードを携帯している。",
    "{n}は天理教の信者で、月次祭の日は有給休暇を取得している。",
    "{n}は昨年カトリックの洗礼を受けたと話していた。",
    "{n}はヒンドゥー教徒のため、社員食堂では牛肉を使わない献立を用意する。",
    "{n}は創価学会の会員で、地域の座談会に毎月出ている。",
    "{n}は大学時代にプロテスタントからカトリックに改宗した。",
    "{n}は実家が曹洞宗の寺院で、父の跡を継いで僧侶になる予定。",
]
FAITH_PHRASES = ["ムスリム", "集団礼拝", "ユダヤ教の安息日", "エホバの証人の信者", "天理教の信者", "カトリックの洗礼を受けた",
                 "ヒンドゥー教徒", "創価学会の会員", "カトリックに改宗した", "曹洞宗の寺院"]
PARTIES_SHORT = ["自民", "立憲", "公明", "共産", "維新", "国民民主", "れいわ", "社民", "参政", "日本保守党"]
PARTY_ROLES = ["党員", "党友", "後援会員", "支部役員", "サポーター"]
POLITICS_NOTES = [("{n}は前回の市議選で{p}党候補の選挙運動に加わっていた。", "{p}党候補の選挙運動"),
                  ("{n}は日曜日に{p}党の機関紙を配布している。", "{p}党の機関紙を配布"),
                  ("{n}は{p}党の党員であると自ら述べた。", "{p}党の党員"),
                  ("{n}は{p}党を支持しており、職場で話題にすることがある。", "{p}党を支持")]
VICTIM_NOTES = [("元交際相手からのストーカー被害について相談があった。", "ストーカー被害"),
                ("夫からのDV被害を訴え、シェルターへの避難を希望している。", "DV被害"),
                ("投資詐欺の被害に遭い、約300万円を失ったとのこと。", "投資詐欺の被害に遭い"),
                ("通勤電車で痴漢の被害を受け、警察に被害届を出した。", "痴漢の被害を受け"),
                ("自宅が空き巣に入られ、現金を盗まれた。", "現金を盗まれた"),
                ("SNSで知り合った相手から性被害を受けたと打ち明けた。", "性被害を受けた"),
                ("還付金詐欺の電話でATMを操作させられ、被害届を提出済み。", "被害届を提出"),
                ("路上でひったくりに遭い、バッグを奪われた。", "ひったくりに遭い、バッグを奪われた")]
CHECK = [("AST(GOT)", "U/L", 10, 30, 31, 98), ("ALT(GPT)", "U/L", 10, 30, 31, 140), ("γ-GTP", "U/L", 10, 50, 51, 310),
         ("HbA1c", "%", 4.6, 5.5, 5.6, 9.4), ("空腹時血糖", "mg/dL", 70, 99, 100, 220),
         ("LDLコレステロール", "mg/dL", 60, 119, 120, 240), ("中性脂肪", "mg/dL", 40, 149, 150, 620),
         ("尿酸", "mg/dL", 2.1, 7.0, 7.1, 10.2), ("収縮期血圧", "mmHg", 95, 129, 130, 188)]
JUDGE_BAD = ["C", "D1", "D2", "E"]
JUDGE_WORDS = {"C": "要経過観察", "D1": "要治療", "D2": "要精密検査", "E": "治療中"}


def _value(c: Corpus, low: float, high: float) -> str:
    value = c.rng.uniform(low, high)
    return f"{value:.1f}" if high < 20 else str(int(value))


def _truth(category: str, value: str, optional: bool = False) -> tuple[str, str]:
    return ("SENSITIVE?" if optional else "SENSITIVE", f"{category}:{value}")


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [
            self._temple_roll, self._church_register, self._keicho_form, self._faith_notes, self._supporters,
            self._survey, self._politics_note, self._victim_records, self._checkup_sheet, self._checkup_letter,
            self._checkup_long]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._temple_notice, self._party_notice, self._religion_article,
                                              self._crime_statistics, self._health_article, self._blank_checkup]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    # --- temples and churches: the row of a member ---
    def _temple_roll(self, i: int) -> Doc:
        sect = self.c.pick(SECTS)
        rows, truth = [[f"{self.c.pick(['西福寺', '光明寺', '常楽寺'])}（{sect}） 門信徒名簿"],
                       ["No", "世帯主", "住所", "電話番号", "区分", "宗派"]], set()
        for n in range(self.c.rng.randint(6, 14)):
            p, role = self.c.person(), self.c.pick(TEMPLE_ROLES)
            rows.append([str(n + 1), p.name, p.address, p.phone, role, sect])
            truth |= {_truth("宗教", role), _truth("宗教", sect)}
        return self._doc(f"dev_temple{i:03d}.csv", "\r\n".join(",".join(r) for r in rows).encode("cp932"), truth)

    def _church_register(self, i: int) -> Doc:
        rows, truth = [["教会員名簿"], ["氏名", "所属教会", "受洗日", "教会籍"]], set()
        for _ in range(self.c.rng.randint(5, 12)):
            p, church = self.c.person(), self.c.pick(CHURCHES)
            status = self.c.pick(["現住陪餐会員", "別帳会員", "求道者", "信徒"])
            rows.append([p.name, church, f"{self.c.rng.randint(1975, 2024)}/12/24", status])
            truth |= {_truth("宗教", church), _truth("宗教", status)}
        return self._doc(f"dev_church{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), truth)

    def _keicho_form(self, i: int) -> Doc:
        p, sect, funeral = self.c.person(), self.c.pick(SECTS), self.c.pick(FUNERAL)
        rows = [["申請者氏名", p.name], ["所属", "総務部"], ["続柄", "父"], ["宗旨・宗派", sect], ["葬儀の形式", funeral],
                ["喪主", p.name]]
        truth = {_truth("宗教", sect), _truth("宗教", funeral)}
        return self._doc(f"dev_keicho{i:03d}.docx", _docx(["慶弔見舞金申請書（弔事）", "下記のとおり申請します。"], rows),
                         truth)

    def _faith_notes(self, i: int) -> Doc:
        lines, truth = ["配慮事項の記録（人事部）", ""], set()
        for k in self.c.rng.sample(range(len(FAITH_NOTES)), 3):
            p = self.c.person()
            lines += [f"対象者：{p.name}", FAITH_NOTES[k].format(n=p.surname + "さん"), ""]
            truth.add(_truth("宗教", FAITH_PHRASES[k]))
        return self._doc(f"dev_faith{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    # --- politics ---
    def _supporters(self, i: int) -> Doc:
        rows, truth = [[f"{self.c.person().surname}ひろし後援会 会員名簿"], ["氏名", "住所", "入会年", "会員区分", "支持政党"]], set()
        for _ in range(self.c.rng.randint(6, 14)):
            p, role, party = self.c.person(), self.c.pick(PARTY_ROLES), self.c.pick(PARTIES_SHORT)
            rows.append([p.name, p.address, str(self.c.rng.randint(2010, 2025)), role, party])
            truth |= {_truth("信条", role), _truth("信条", party)}
        return self._doc(f"dev_supporters{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth)

    def _survey(self, i: int) -> Doc:
        rows, truth = [["回答者", "年代", "支持政党", "投票に行った"]], set()
        for _ in range(self.c.rng.randint(8, 16)):
            p, party = self.c.person(), self.c.pick(PARTIES_SHORT + ["支持政党なし", "なし", "わからない"])
            rows.append([p.name, self.c.pick(["20代", "40代", "60代"]), party, self.c.pick(["はい", "いいえ"])])
            if party not in ("支持政党なし", "なし", "わからない"):
                truth.add(_truth("信条", party))
        return self._doc(f"dev_survey{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), truth)

    def _politics_note(self, i: int) -> Doc:
        p, (template, phrase) = self.c.person(), self.c.pick(POLITICS_NOTES)
        party = self.c.pick(["自民", "立憲民主", "共産", "公明", "社民", "参政"])
        body = "\n".join(["人事面談メモ", f"対象：{p.name}（営業二課）", "勤務態度は良好。",
                          template.format(n="本人", p=party), "業務への影響はない。"])
        data = w.make_eml("面談メモ", "hr@example.co.jp", "bucho@example.co.jp", body)
        return self._doc(f"dev_politics{i:03d}.eml", data, {_truth("信条", phrase.format(p=party))})

    # --- victims ---
    def _victim_records(self, i: int) -> Doc:
        rows, truth = [["受付日", "相談者氏名", "相談内容", "対応"]], set()
        for k in self.c.rng.sample(range(len(VICTIM_NOTES)), 4):
            p, (text, phrase) = self.c.person(), VICTIM_NOTES[k]
            rows.append([f"2026/11/{k + 2:02d}", p.name, text, self.c.pick(["警察相談窓口を案内", "継続相談"])])
            truth.add(_truth("犯罪被害", phrase))
        return self._doc(f"dev_victims{i:03d}.xlsx", w.xlsx_bytes({"相談記録": rows}), truth)

    # --- check-ups: abnormal values and judgements, normal values optional ---
    def _checkup_sheet(self, i: int) -> Doc:
        items = self.c.rng.sample(CHECK, 4)
        header = ["社員番号", "氏名"] + [f"{name}({unit})" for name, unit, *_ in items] + ["総合判定", "判定内容"]
        ranges = ["基準値", ""] + [self.c.pick([f"{low}-{high}", f"{high}以下", f"{low}～{high}", f"≦{high}"])
                                   for _, _, low, high, *_ in items] + ["", ""]
        rows, truth = [header, ranges], set()
        for _ in range(self.c.rng.randint(6, 12)):
            p, row, bad = self.c.person(), [], False
            for _, _, low, high, bad_low, bad_high in items:
                if self.c.chance(0.3):
                    value, bad = _value(self.c, bad_low, bad_high), True
                    row.append(f"{value} H")
                    truth.add(_truth("健康診断結果", f"{value} H"))
                else:
                    value = _value(self.c, low, high)
                    row.append(value)
                    truth.add(_truth("健康診断結果", value, optional=True))
            grade = self.c.pick(JUDGE_BAD) if bad else self.c.pick(["A", "B"])
            words = JUDGE_WORDS.get(grade, "異常なし" if grade == "A" else "軽度異常")
            truth |= {_truth("健康診断結果", grade), _truth("健康診断結果", words)} if grade != "A" else set()
            rows.append([str(self.c.rng.randint(10000, 99999)), p.name] + row + [grade, words])
        rows += [[], ["判定区分", "A:異常なし B:軽度異常 C:要経過観察 D1:要治療 D2:要精密検査 E:治療中"]]
        return self._doc(f"dev_checkup{i:03d}.xlsx", w.xlsx_bytes({"結果一覧": rows}), truth)

    def _checkup_letter(self, i: int) -> Doc:
        p, (name, unit, low, high, bad_low, bad_high) = self.c.person(), self.c.pick(CHECK)
        value, grade = _value(self.c, bad_low, bad_high), self.c.pick(["D1", "D2"])
        lines = ["健康診断結果のお知らせ", f"{p.name} 様", "先日の定期健康診断の結果、下記の項目で所見がありました。",
                 f"{name}　{value} {unit}（基準値 {low}～{high}）　判定 {grade}",
                 f"{JUDGE_WORDS[grade]}となりますので、医療機関を受診してください。", f"総合評価：{grade}（{JUDGE_WORDS[grade]}）",
                 "（判定の目安　A 異常なし／B 軽度異常／C 要経過観察／D1 要治療／D2 要精密検査）", "健康管理室"]
        truth = {_truth("健康診断結果", f"{grade}（{JUDGE_WORDS[grade]}）"), _truth("健康診断結果", f"{name} {value} {unit}"), _truth("健康診断結果", f"判定 {grade}"),
                 _truth("健康診断結果", JUDGE_WORDS[grade])}
        return self._doc(f"dev_checkletter{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def _checkup_long(self, i: int) -> Doc:
        """One row per item: the item in a column, the result with its H/L flag in another."""
        rows, truth = [["氏名", "検査項目", "結果", "基準範囲", "判定"]], set()
        for _ in range(self.c.rng.randint(2, 4)):
            p = self.c.person()
            for name, unit, low, high, bad_low, bad_high in self.c.rng.sample(CHECK, 3):
                if self.c.chance(0.4):
                    value = f"{_value(self.c, bad_low, bad_high)} {self.c.pick(['H', '*', '(H)'])}"
                    judged = self.c.pick(["要再検査", "要精密検査", "要医療"])
                    truth |= {_truth("健康診断結果", value), _truth("健康診断結果", judged)}
                else:
                    value, judged = _value(self.c, low, high), "異常なし"
                    truth.add(_truth("健康診断結果", value, optional=True))
                rows.append([p.name, f"{name}({unit})", value, f"{low}～{high}", judged])
        return self._doc(f"dev_checklong{i:03d}.xlsx", w.xlsx_bytes({"結果": rows}), truth)

    # --- negatives: faiths, parties, crimes and health with no person ---
    def _temple_notice(self, i: int) -> Doc:
        lines = ["光明寺（浄土真宗本願寺派） 寺報 第58号", "報恩講のご案内", "門徒の皆様におかれましてはお変わりなくお過ごしのことと存じます。",
                 "本年も11月23日に報恩講を厳修いたします。檀家総代会にて日程を決定しました。", "住職 釈 法道"]
        return self._doc(f"dev_neg_temple{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _party_notice(self, i: int) -> Doc:
        lines = ["立憲民主党 第3区総支部 ニュース", "党員・サポーター登録のお願い", "来年の衆院選に向けて党員の拡大を進めています。",
                 "自民党政権の政策について意見交換会を開催します。", "後援会員の皆様のご参加をお待ちしております。"]
        return self._doc(f"dev_neg_party{i:03d}.docx", _docx(lines), set())

    def _religion_article(self, i: int) -> Doc:
        lines = ["【解説】日本の宗教人口", "文化庁の宗教年鑑によれば、神道系と仏教系の信者数がそれぞれ8千万人を超える。",
                 "浄土真宗や曹洞宗など伝統宗派の寺院数は減少傾向にあり、創価学会や天理教などの新宗教も会員の高齢化が進む。",
                 "イスラム教徒の増加に伴い、ハラール対応の飲食店が増えている。",
                 "政党別では公明党が創価学会を支持母体とすることで知られる。"]
        return self._doc(f"dev_neg_article{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _crime_statistics(self, i: int) -> Doc:
        rows = [["罪種", "認知件数", "検挙件数"], ["空き巣", "1,234", "567"], ["ひったくり", "321", "210"],
                ["特殊詐欺", "2,045", "890"], ["ストーカー事案", "456", "123"], ["DV事案", "789", "345"]]
        return self._doc(f"dev_neg_crime{i:03d}.xlsx", w.xlsx_bytes({"統計": [["令和7年 犯罪統計（管内）"]] + rows}), set())

    def _health_article(self, i: int) -> Doc:
        lines = ["健康だより 11月号", "γ-GTPは肝臓の状態を示す指標で、基準値は50 U/L以下です。",
                 "HbA1cが6.5%以上の場合は糖尿病が強く疑われます。要精密検査と判定された方は早めに受診しましょう。",
                 "判定区分：A 異常なし、B 軽度異常、C 要経過観察、D 要医療、E 治療中"]
        return self._doc(f"dev_neg_health{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _blank_checkup(self, i: int) -> Doc:
        rows = [["定期健康診断 個人票（様式）"], ["氏名", ""], ["検査項目", "結果", "基準値", "判定"]]
        rows += [[name, "", f"{low}-{high} {unit}", ""] for name, unit, low, high, *_ in CHECK]
        rows += [["総合判定", "A・B・C・D・E"]]
        return self._doc(f"dev_neg_form{i:03d}.xlsx", w.xlsx_bytes({"様式": rows}), set())
