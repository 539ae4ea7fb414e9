"""Check corpus of events8 (issue 12): other templates, labels and words than
benchmarks/corpus_events8_dev.py, for the same classes, in another writer's habits — a
caseworker's terse notes ending in nouns (体言止め), a 身上調書 of label / value lines, a
counsellor's mail, a dormitory's list of meal needs; look-alikes: a community newsletter on
burglary, a court's statistics, a compliance e-learning, a film's synopsis, a list of
embassies, a cemetery's price list, a temple's festival poster, a party's leaflet.

Written before it was first scored; its errors are not read. Synthetic people only; truth
for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens7_writers import Parts

SURNAMES = ["阿久津", "霧島", "早乙女", "鮫島", "楠", "六車", "雲井", "蓮見"]
GIVEN = ["圭吾", "小春", "玲央", "千歳", "幸太郎", "環", "伊織", "朋美"]
# a caseworker's terse notes: (sentence, category, phrase)
NOTES = [("器物損壊で現行犯逮捕。のち釈放。", "犯罪歴", "器物損壊で現行犯逮捕"),
         ("業務上横領で懲役1年6月、執行猶予3年の判決。", "犯罪歴", "懲役1年6月、執行猶予3年"),
         ("無免許運転で検挙、赤切符。", "犯罪歴", "無免許運転で検挙"),
         ("公然わいせつで罰金刑の前歴。", "犯罪歴", "公然わいせつで罰金刑"),
         ("刑務所を満期で出所、現在求職中。", "犯罪歴", "満期で出所"),
         ("還付金詐欺にあい、現金を振り込んでしまった件で来所。", "犯罪被害", "還付金詐欺にあい"),
         ("元夫の暴力でシェルターに避難中。", "犯罪被害", "元夫の暴力でシェルターに避難中"),
         ("留守中に空き巣が入り、指輪を持ち去られた。", "犯罪被害", "空き巣が入り、指輪を持ち去られた"),
         ("駐車場で車上荒らしの被害。", "犯罪被害", "車上荒らしの被害"),
         ("SNSで執拗な嫌がらせを受け、警察へ相談済み。", "犯罪被害", "執拗な嫌がらせを受け"),
         ("祖父が台湾出身の客家。", "人種・民族", "祖父が台湾出身の客家"),
         ("ネパールのグルン族。", "人種・民族", "グルン族"),
         ("在日韓国人三世。", "人種・民族", "在日韓国人三世"),
         ("クルド人の家庭に生まれる。", "人種・民族", "クルド人の家庭"),
         ("安息日の土曜は勤務不可。", "宗教", "安息日の土曜は勤務不可"),
         ("毎週日曜のミサに参加。", "宗教", "ミサに参加"),
         ("地元神社の氏子総代。", "宗教", "神社の氏子総代"),
         ("ヒンドゥー教徒で牛肉は不可。", "宗教", "ヒンドゥー教徒"),
         ("在留資格は永住者。", None, ""),
         ("最寄り駅前に交番あり。", None, "")]
NOTES_FILLER = ["生活保護の申請を検討。", "ハローワークに同行予定。", "体調はおおむね良好。"]
# a 身上調書: (label, item)
PROFILE = [("賞罰", ("平成27年 傷害罪により罰金50万円", "犯罪歴", "傷害罪により罰金50万円")),
           ("処分歴", ("酒気帯び運転により免許取消", "犯罪歴", "酒気帯び運転により免許取消")),
           ("出自", ("日系ブラジル人四世", "人種・民族", "日系ブラジル人四世")),
           ("信仰", ("カトリック（洗礼名マリア）", "宗教", "カトリック")),
           ("被害歴", ("令和2年 特殊詐欺被害（約300万円）", "犯罪被害", "特殊詐欺被害"))]
PROFILE_FIELDS = [("調書番号", "K-2291"), ("本人氏名", "")]
# a dormitory's list of meal needs
MEALS = [("宗教上の理由で牛肉・豚肉除去", "宗教", "宗教上の理由で牛肉・豚肉除去"),
         ("ユダヤ教の食規定（コーシャ）", "宗教", "ユダヤ教の食規定（コーシャ）"),
         ("仏教の精進料理を希望（僧籍）", "宗教", "仏教の精進料理を希望（僧籍）"),
         ("少食のため量を減らす", None, ""),
         ("特になし", None, "")]
# look-alikes' lines
NEWSLETTER = ["町内会だより", "先月、三丁目で空き巣被害が二件ありました。", "外出時は必ず施錠しましょう。", "防犯パトロール参加者募集中。"]
STATISTICS = ["司法統計（抜粋）", "罪名\t人員", "窃盗\t1250", "詐欺\t430", "傷害\t310"]
ELEARNING = ["コンプライアンスeラーニング 第3章", "横領や背任は懲戒解雇の対象となり、刑事告訴されることもあります。", "確認テストに回答してください。"]
FILM = ["上映会のお知らせ", "物語：移民二世の青年が差別と向き合い、故郷のルーツを探す旅に出る。", "入場無料。"]
EMBASSIES = ["国名", "ブラジル大使館", "ペルー大使館", "ネパール大使館"]
CEMETERY = ["霊園 価格表", "宗旨・宗派不問の区画：80万円から", "永代供養墓：30万円"]
FESTIVAL = ["花まつりのご案内", "4月8日、お釈迦様の誕生を祝います。", "甘茶の接待があります。"]
LEAFLET = ["市政報告会", "子育て支援の充実を訴えます。", "どなたでもご参加いただけます。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "e8c", SURNAMES, GIVEN, "")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._notes, self._notes, self._profile, self._meals]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._newsletter, self._statistics, self._elearning, self._film,
                                              self._embassies, self._cemetery, self._festival, self._leaflet]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _notes(self, i: int) -> Doc:
        heads = ["ケース記録　{name}さん", "担当　CW"]
        return self.w.record(i, "notes", "支援経過記録", heads, NOTES, NOTES_FILLER, self.c.pick(["txt", "rtf", "odt"]),
                             "R8.{d}.15 ")

    def _profile(self, i: int) -> Doc:
        return self.w.form(i, "profile", "身上調書", PROFILE_FIELDS, PROFILE, self.c.pick(["txt", "csv"]), "\t")

    def _meals(self, i: int) -> Doc:
        header = ["番号", "寮生名", "部屋", "食事の配慮"]
        return self.w.table(i, "meals", "寮 食事配慮リスト", header, [["201"], ["305"]], MEALS, self.c.pick(["tsv", "xlsx"]))

    def _newsletter(self, i: int) -> Doc:
        return self.w.word(i, "newsletter", NEWSLETTER, [], footer="町内会長 {name}")

    def _statistics(self, i: int) -> Doc:
        return self.w.about_no_one(i, "statistics", STATISTICS, "md")

    def _elearning(self, i: int) -> Doc:
        return self.w.word(i, "elearning", ELEARNING, [], [["作成", "{name}"]])

    def _film(self, i: int) -> Doc:
        return self.w.mail(i, "film", "上映会", FILM, [])

    def _embassies(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "embassies", "在日大使館 担当者", ["番号", "担当者", "大使館"], EMBASSIES[1:], "csv")

    def _cemetery(self, i: int) -> Doc:
        return self.w.word(i, "cemetery", CEMETERY, [], footer="管理事務所 {name}")

    def _festival(self, i: int) -> Doc:
        return self.w.word(i, "festival", FESTIVAL, [], footer="住職 {name}")

    def _leaflet(self, i: int) -> Doc:
        return self.w.mail(i, "leaflet", "市政報告会のご案内", LEAFLET, [])
