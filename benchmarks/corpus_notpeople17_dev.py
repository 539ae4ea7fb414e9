"""Development corpus of issue 12's notpeople17 work on PERSON: words read as people that
are not (the rules were corrected on it). A restaurant's kitchen roster whose 担当 column
holds each cook's station (煮方, 八寸場 …), an application whose name field shows a sample
name in brackets (（記入例：…）), a parish's visiting note naming a parishioner's 洗礼名 beside
them, a cleaning firm's mail signed by its letterhead (…サービス カタカナ名). Clean files: a
choir's newsletter naming composers by their works and anniversaries, a port's notice of
numbered berths, a maths lesson plan naming theorems after their discoverers.
No template, label, name or word list in common with corpus_notpeople17_check.py.

Truth: PERSON; a station, a sample name, a 洗礼名 and a letterhead's name are `~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _docx
from benchmarks.corpus_names15_dev import truth_of
from samples import writers as w

COOKS = ["小宮 詩織", "坂口 和也", "宮坂 達也", "北川 晴美", "南野 拓真", "西原 みどり", "東 裕之", "大貫 恵"]
STATIONS = ["煮方", "焼方", "八寸場", "揚場", "洗い場", "向板", "酛屋", "板場"]
APPLICANTS = ["杉本 由香", "岩田 康介", "松尾 里穂", "増田 龍之介"]
SAMPLES = ["山田　一郎", "日本　花子", "鈴木 太郎", "横浜 次郎"]
PARISHIONERS = ["村井 敏子", "大川 正道", "今泉 和枝", "堀口 信一"]
SAINTS = ["マリア", "ヨセフ", "テレジア", "ペトロ", "フランシスコ"]
CLIENTS = ["高木 悠人", "野村 彩", "小沢 健太"]
FIRMS = ["家事支援サービス ハーブリンク", "ハウスクリーニングサービス キララ", "出張修理サービス クイックリペア"]
WORKS = ["ブラームスの交響曲第1番", "フォーレのレクイエム", "ショパンの夜想曲第20番", "ドヴォルザークの交響曲第9番",
         "モーツァルトのミサ曲ハ短調", "シベリウスの交響詩"]
ANNIVERSARIES = ["シベリウスの生誕160周年", "ドヴォルザークの没後120年", "ブラームスの生誕200年"]
THEOREMS = ["ピタゴラスの定理", "フェルマーの最終定理", "ケプラーの第三法則", "ニュートンの法則", "パスカルの原理"]


class DevNotPeople17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 17)

    def pick(self, items):
        return self.rng.choice(items)

    def kitchen_xlsx(self, i: int) -> Doc:
        cooks = self.rng.sample(COOKS, 6)
        stations = [self.pick(STATIONS) for _ in cooks]
        rows = [["No", "氏名", "担当", "入店日"]] + [[str(n + 1), c, s, f"2024/0{n + 1}/01"]
                                                 for n, (c, s) in enumerate(zip(cooks, stations))]
        return Doc(f"n17d_kitchen{i:03d}.xlsx", w.xlsx_bytes({"厨房": rows}), truth_of(cooks, stations))

    def application_txt(self, i: int) -> Doc:
        who, sample = self.pick(APPLICANTS), self.pick(SAMPLES)
        lines = ["教室 受講申込書", f"氏名欄には楷書でご記入ください（記入例：{sample}）", f"氏名：{who}",
                 "希望コース：初級"]
        return Doc(f"n17d_application{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([who], [sample]))

    def parish_docx(self, i: int) -> Doc:
        who, saint, visitor = self.pick(PARISHIONERS), self.pick(SAINTS), self.pick(COOKS)
        lines = ["訪問記録", f"{who}さん宅を{visitor}が訪問。ご本人はカトリック信者（洗礼名{saint}）で、聖体拝領を希望。"]
        return Doc(f"n17d_parish{i:03d}.docx", _docx(lines), truth_of([who, visitor], [saint]))

    def firm_eml(self, i: int) -> Doc:
        who, firm = self.pick(CLIENTS), self.pick(FIRMS)
        body = (f"{who} 様\n\nご依頼ありがとうございます。訪問日は来週火曜です。\n\n"
                f"{firm}　〒150-0001 東京都渋谷区神宮前1-2-3　TEL 03-5555-0101\n")
        data = w.make_eml("ご依頼の確認", "info@firm-example.jp", "client@example.jp", body)
        return Doc(f"n17d_firm{i:03d}.eml", data, truth_of([who], [firm.split(" ", 1)[1]]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.kitchen_xlsx, self.application_txt, self.parish_docx, self.firm_eml]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def choir_txt(self, i: int) -> Doc:
        lines = ["合唱団だより", f"次回の演奏会では{self.pick(WORKS)}を歌います。",
                 f"今年は{self.pick(ANNIVERSARIES)}にあたります。", "練習は毎週土曜の午後です。"]
        return Doc(f"n17d_clean_choir{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def port_html(self, i: int) -> Doc:
        rows = ["入出港のお知らせ", f"明朝、{self.rng.randint(1, 9)}番バースに貨物船が着岸します。",
                f"{self.rng.randint(1, 9)}番バースは補修工事のため使用できません。"]
        html = "<html><body>" + "".join(f"<p>{r}</p>" for r in rows) + "</body></html>"
        return Doc(f"n17d_clean_port{i:03d}.html", html.encode("utf-8"))

    def lesson_md(self, i: int) -> Doc:
        first, second = self.rng.sample(THEOREMS, 2)
        lines = ["# 授業計画", f"- 第1時：{first}を図で確かめる", f"- 第2時：{second}の応用問題"]
        return Doc(f"n17d_clean_lesson{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.choir_txt, self.port_html, self.lesson_md]
        return [kinds[n % len(kinds)](n) for n in range(count)]
