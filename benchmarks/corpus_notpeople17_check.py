"""Check corpus of issue 12's notpeople17 work on PERSON (another hand; never tuned on): a
fishing boat's crew list whose 主担当 column holds each hand's post, a volunteer sign-up
sheet whose name line shows its sample after （例）or in 【見本：…】, a marriage agency's
member card naming a クリスチャンネーム or a 霊名, a home-help firm's mail signed by a
katakana name after a compound (…サポート リリィ). Clean files: a piano school's recital
programme (composer：work), a science club's notes on laws named after people, a ferry
terminal's notice of numbered berths, an anniversary concert's flyer.
No template, label, name or word list in common with corpus_notpeople17_dev.py.

Truth: PERSON; a post, a sample name, a saint's name and a firm's name are `~PERSON`.
"""

from __future__ import annotations

import csv
import io
import random

from benchmarks.corpus import Doc, _docx
from benchmarks.corpus_names15_dev import truth_of
from samples import writers as w

HANDS = ["浜田 勝利", "千石 伸也", "帆足 美紀", "沖本 大悟", "磯貝 泰三", "潮田 澄子", "灘本 研二"]
POSTS = ["甲板長", "機関長", "司厨", "漁労長", "甲板員", "通信長", "船頭", "機関員"]
VOLUNTEERS = ["綾部 千晶", "宇野 貴之", "梶原 夏海", "牧 篤史"]
PLACEHOLDERS = ["本町 花子", "港 太郎", "緑川 一郎", "中央 桜子"]
MEMBERS = ["真壁 直人", "土井 朋美", "熊谷 亮", "柳田 明日香"]
FAITH_NAMES = ["ルカ", "マルコ", "アンナ", "ミカエル", "カタリナ", "パウロ"]
CUSTOMERS = ["今村 佳奈", "寺島 勇気", "桑原 紀子"]
FIRMS = ["家事代行サポート リリィ", "配食デリバリー ミモザ", "高齢者見守りケア ポプラ", "布団クリーニング フワリ"]
PIECES = ["ショパン：ワルツ第7番", "ベートーヴェン／ピアノソナタ第8番", "シューマン：子供の情景", "バッハ：インベンション第1番",
          "メンデルスゾーン：無言歌", "リスト：愛の夢第3番", "グリーグ：抒情小曲集"]
LAWS = ["アルキメデスの原理", "オームの法則", "メンデルの法則", "ボイルの法則", "フックの法則"]
COMPOSERS = ["ハイドン", "ヘンデル", "チャイコフスキー", "ラフマニノフ"]


class CheckNotPeople17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 59 + 1717)

    def pick(self, items):
        return self.rng.choice(items)

    def crew_csv(self, i: int) -> Doc:
        hands = self.rng.sample(HANDS, 5)
        posts = [self.pick(POSTS) for _ in hands]
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["乗組員名", "主担当", "生年月日"])
        writer.writerows([h, p, f"19{60 + n * 4}年{n + 2}月{n + 10}日"] for n, (h, p) in enumerate(zip(hands, posts)))
        return Doc(f"n17c_crew{i:03d}.csv", out.getvalue().encode("cp932"), truth_of(hands, posts))

    def signup_docx(self, i: int) -> Doc:
        who, sample = self.pick(VOLUNTEERS), self.pick(PLACEHOLDERS)
        marker = self.pick([f"参加者のお名前（例）{sample}", f"参加者のお名前【見本：{sample}】"])
        lines = ["海岸清掃ボランティア 参加申込", marker, f"お名前　{who}", "参加日　6月8日（日）"]
        return Doc(f"n17c_signup{i:03d}.docx", _docx(lines), truth_of([who], [sample]))

    def member_txt(self, i: int) -> Doc:
        who, faith = self.pick(MEMBERS), self.pick(FAITH_NAMES)
        said = self.pick([f"クリスチャンネーム：{faith}", f"正教会の信徒（霊名 {faith}）"])
        lines = ["会員カード", f"会員氏名　{who}", f"信仰　{said}", "希望条件　同じ信仰の方"]
        return Doc(f"n17c_member{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([who], [faith]))

    def helper_eml(self, i: int) -> Doc:
        who, firm = self.pick(CUSTOMERS), self.pick(FIRMS)
        body = (f"{who}様\n\nいつもご利用いただきありがとうございます。次回のご訪問は木曜日の午前です。\n\n"
                f"――――\n{firm}\n大阪市北区梅田2-4-9　06-6345-7788\n")
        data = w.make_eml("次回ご訪問", "desk@helper-example.jp", "user@example.jp", body)
        return Doc(f"n17c_helper{i:03d}.eml", data, truth_of([who], [firm.split(" ", 1)[1]]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.crew_csv, self.signup_docx, self.member_txt, self.helper_eml]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def recital_html(self, i: int) -> Doc:
        items = "".join(f"<li>{p}</li>" for p in self.rng.sample(PIECES, 3))
        html = f"<html><body><h2>ピアノ発表会 プログラム</h2><ol>{items}</ol></body></html>"
        return Doc(f"n17c_clean_recital{i:03d}.html", html.encode("utf-8"))

    def science_txt(self, i: int) -> Doc:
        first, second = self.rng.sample(LAWS, 2)
        lines = ["科学部 活動メモ", f"今週は{first}を実験で確かめた。", f"来週は{second}をまとめる。"]
        return Doc(f"n17c_clean_science{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def ferry_txt(self, i: int) -> Doc:
        lines = ["フェリーターミナルからのお知らせ", f"第{self.rng.randint(1, 6)}番バースは改修中です。",
                 f"到着便は{self.rng.randint(1, 6)}番バースをご利用ください。"]
        return Doc(f"n17c_clean_ferry{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def flyer_txt(self, i: int) -> Doc:
        composer = self.pick(COMPOSERS)
        lines = [f"{composer}生誕記念コンサート", f"{composer}の生誕{self.rng.randint(150, 300)}年を祝って",
                 "会場：市民ホール　入場無料"]
        return Doc(f"n17c_clean_flyer{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.recital_html, self.science_txt, self.ferry_txt, self.flyer_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
