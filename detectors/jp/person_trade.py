"""Companies, teams, parties, products and sites named like people, by what the
sentence has them do or own (issue 12, wikilook2): a company is bought, merged
with, sued for its shares and run by a 代表取締役; a team has drivers and a
steering wheel; a party is joined and left; a product is bought, driven and used;
a site has an entrance and grounds. None of these is said of a person in prose:

- a predicate with its particle, a count of times allowed between
  (…に3度ノミネート, …へ移籍, …から出馬, …と業務提携, …の代表取締役, …の入り口);
- a word for its goods glued to it (…車, …工場, …ブランド; not …車掌: no further
  kanji or katakana, as in person_org);
- a list that ends in a count of companies or teams (…および…の2社, …など3球団);
- the topic of a clause whose predicate only a company has (…は大手と業務提携を
  結んだ, …は量販店で販売されている), with no other subject between;
- a kind of thing said to be it right before it (子会社だった…, バンドは…である).
Predicates that people take too are left out: …の社長としての, …の経営者として,
…と契約, …の店, …の業績, …の原作, …の事業, …のコーチ, …から発表, …を採用 (a person is
hired), …の周辺 (a person's circle), …が製造した (a craftsman), …が解散した (a prime
minister).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.words import alternation

_KANJI = "\u4e00-\u9fff々"
_KATAKANA = "ァ-ヶー"
# how many times or how long: …に3度ノミネート, …で2回優勝, …で3シーズンにわたってプレー
TIMES = "(?:[0-9０-９一二三四五六七八九十]+(?:度|回|年間?|シーズン)(?:にわたって|にわたり|連続で?)?)?"
_PREDICATES = {
    "の": ("社長(?!として)", "会長(?!として)", "代表取締役", "取締役", "株主", "株式", "社員", "社名", "商標", "登録商標", "新型", "エンジン", "シャシー",
          "シャーシ", "タイヤ", "ステアリング", "ドライバー", "リザーブドライバー", "ワークス", "ワークスチーム", "本拠地", "入口", "入り口", "敷地", "境内", "跡地",
          "山頂", "公認候補", "加盟", "ボーカル", "ボーカリスト", "ギタリスト", "ベーシスト", "ドラマー", "キーボーディスト", "再結成", "教授", "准教授", "学長", "総長",
          "技術者", "開発陣", "経営者(?!として)", "経営陣", "株価", "売上", "決算", "本店", "支店", "営業所", "社屋", "系列", "監督に就任", "監督を務め",
          "ヘッドコーチ", "主将", "キャプテン", "選手(?!として)", "一員", "ホーム", "ホームゲーム", "ホームスタジアム", "ユニフォーム", "ユース", "下部組織", "トップチーム",
          "委員長", "党首", "総裁", "幹事長", "議席", "住職", "宮司", "本堂", "鳥居", "最寄り駅", "客席", "校長", "卒業生", "在校生", "市街", "町長", "村長",
          "知事", "住人", "沖", "沖合", "近海", "上空", "海岸", "主題歌", "挿入歌", "ヒロイン", "ライセンス", "ライセンス生産", "劇中", "放映", "出演者",
          "キャスト", "サウンドトラック"),
    "へ": ("移籍", "入団", "加入", "入社", "売却", "譲渡", "移管", "入党", "進学", "留学"),
    "から": ("移籍", "出馬", "立候補", "出向", "販売"),
    "より": ("発売", "刊行", "出版", "販売"),
    "に": ("採用され", "使用され", "買収され", "納入", "供給", "売却", "譲渡", "加盟", "入党", "入居", "停車", "設置", "ドラフト", "勤務", "勤め", "転職",
          "進学", "留学", "編入", "展示", "収蔵", "所蔵", "滞在", "到着", "亡命", "遠征", "主演", "叙せられ", "叙され"),
    "を": ("離党", "結党", "購入", "愛用", "運転", "所有", "保有", "輸入", "輸出", "装備", "使用", "経営", "駆", "卒業", "中退", "退学", "受章", "授与され"),
    "と": ("合併", "提携", "業務提携", "資本提携", "合弁", "経営統合", "専属契約", "スポンサー契約"),
    "で": ("主演", "主役", "プレー", "活躍", "行われ", "開かれ", "公演", "収録", "展示", "死去", "客死", "育ち", "育った", "暮らし"),
    "が": ("経営破綻", "倒産", "再結成"),
}
_GLUED = ("車", "製品", "工場", "本社", "系列", "傘下", "株", "車両", "ブランド", "グループ", "ホールディングス")


def _predicates() -> str:
    parts = []
    for particle, words in _PREDICATES.items():
        plain = [w for w in words if "(" not in w]
        shaped = [w for w in words if "(" in w]  # already patterns: 社長(?!として)
        parts.append(f"{particle}{TIMES}(?:{'|'.join(shaped + [alternation(plain)])})")
    return "|".join(parts)


_AFTER = re.compile(f"(?:{_predicates()}|{alternation(_GLUED)})(?![{_KANJI}{_KATAKANA}])")
# …および…の2社により, …、…など3球団が
_LISTED = re.compile(f"(?:(?:と|、|および|及び|や)[^。\\n「」]{{1,30}}?)?(?:の|など)[0-9０-９二三四五六七八九十]+"
                     f"(?:社|チーム|球団|団体|ブランド|局)(?![{_KANJI}])")
# what happens to a company only, later in the clause the candidate is the topic of:
# …は大手商社と業務提携を結んだ (not …は、勤め先が倒産し: another subject between)
_COMPANY_EVENTS = ("業務提携", "資本提携", "経営統合", "合併し", "合併した", "上場し", "上場した", "倒産し", "倒産した",
                   "経営破綻", "破産手続", "民事再生", "社名を変更", "社名を改め", "子会社化", "株式を公開",
                   "販売され", "発売され", "製造され", "生産され", "店舗を展開", "本社を移転", "本社を置", "ライセンス生産")
_TOPIC_EVENT = re.compile(f"[はが][^。\\nはが]{{0,30}}?(?:{alternation(_COMPANY_EVENTS)})")
_CONNECTIVE = re.compile("(?:である|であった|だった|は)$")
_COPULA_AFTER = re.compile("(?:である|であった|だ[。、])")


def traded(text: str, start: int, end: int, kind_before: Callable[[str, int, int], bool]) -> bool:
    """Whether the sentence has the candidate text[start:end] act or be owned as a
    company, team, party, product or site (see the module). kind_before(text, lo, hi):
    whether a kind of thing (data/thing_category.txt) ends at hi."""
    if _AFTER.match(text, end) or _LISTED.match(text, end) or _TOPIC_EVENT.match(text, end):
        return True
    connective = _CONNECTIVE.search(text, max(0, start - 4), start)
    if connective is None:
        return False
    # 子会社だった…, 最高のバンドは…である
    return kind_before(text, max(0, connective.start() - 8), connective.start()) and (
        connective.group() != "は" or _COPULA_AFTER.match(text, end) is not None)
