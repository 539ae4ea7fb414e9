"""A name the words right around it give to an animal or a storm, not a person (names14).

Prose and mail introduce an animal by its name and, in brackets right after, what it is
(ハナ（柴犬・メス・3歳）, レオ(雑種/オス)) — a person's bracket holds an age, a role or a
reading, never a species or an animal's sex. A storm is named by its kind right before
the name (台風ハイエン, ハリケーン・カトリーナ). A shelter's visit notes name the animal by what is
done to it: its trial stay or its handing over (ハナコのトライアル, レオの譲渡).
"""

from __future__ import annotations

import re

from detectors.words import alternation

# Kinds and breeds of pets and farm animals a bracket names (柴犬 and 雑種猫 hold 犬 and 猫)
_KINDS = ("犬", "猫", "雑種", "ミックス", "プードル", "ダックス", "チワワ", "レトリバー", "テリア", "スパニエル",
          "シェパード", "ブルドッグ", "コーギー", "ポメラニアン", "マルチーズ", "パグ", "シーズー", "ハスキー", "ビーグル",
          "アメショー", "ペルシャ", "スコティッシュ", "マンチカン", "ラグドール", "シャム", "うさぎ", "ウサギ", "インコ",
          "ハムスター", "フェレット", "文鳥", "オウム", "サラブレッド", "ポニー", "仔馬", "子馬", "牝馬", "牡馬",
          # the whole names of breeds and coats whose last word is none of the above (ダックスフンド, サバトラ)
          "ダックスフンド", "フォールド", "ショートヘア", "ロングヘア", "シュナウザー", "コリー", "ドーベルマン", "ラブラドール",
          "サモエド", "豆柴", "黒柴", "赤柴", "ダックスフント", "フリーゼ", "シェルティ", "ボストン", "パピヨン", "キャバリア",
          "ヨークシャー", "ペキニーズ", "スピッツ", "ブルー", "メインクーン",
          "フォレストキャット", "ベンガル", "アビシニアン", "ソマリ", "キジトラ", "サバトラ", "茶トラ", "三毛", "ハチワレ",
          "モルモット", "チンチラ")
_ANIMALS_SEX = r"オス|メス|♂|♀|牡|牝|去勢済|避妊済"
# the bracket right after the name (after ちゃん / くん / 号), its words up to its end
_DESCRIBED = re.compile(r"(?:ちゃん|チャン|くん|君|号)?[ 　]?[（(]([^（()）\n]{1,30})[)）]")
# the rest of a bracket the name opens, joined to it (（小太郎・柴犬）, （ハナ／トイプードル・メス）)
_JOINED = re.compile(r"[・/／、][ 　]?([^（()）\n]{1,30})[)）]")
# one item of the bracket is the kind (柴犬, 雑種の猫, トイプードル) or the sex (オス, 去勢済): not a
# word that holds one (猫アレルギー, 犬の散歩係 are a person's)
_ITEM = re.compile(rf"(?:[^ 　]{{0,8}}?(?:{alternation(_KINDS)})(?:[ 　の]?(?:{_ANIMALS_SEX}))?|{_ANIMALS_SEX})")
# the bracket's other items may tell only its age or weight (3歳, 推定2歳, 4.5kg): 柴犬・3歳のオーナー is a person
_AGE = re.compile(r"(?:推定|約)?[0-9０-９.]+(?:歳|才|ヶ月|か月|カ月|kg|キロ)(?:位|くらい|前後)?")
_ITEMS_SEPARATOR = re.compile(r"[・、,，/／ 　]+")
# a storm's kind right before its name (台風ハイエン, ハリケーン・カトリーナ)
_STORM_KIND = r"(?:台風|タイフーン|ハリケーン|サイクロン|熱帯低気圧)"
_STORM = re.compile(_STORM_KIND + r"(?:[ 　・]?第?[0-9０-９]+号)?[ 　・「]?$")
# a storm's kind read as the first part of a name (ハリケーン・カトリーナ as a katakana full name)
_STORM_FIRST = re.compile(_STORM_KIND + r"[ 　・]?")


# what is done to an animal an adopter takes in, right after its name (ハナコのトライアル, レオの譲渡):
# a person is never handed over (not 里親 alone: a child's foster parents are 里親 too)
_ADOPTED = re.compile(r"(?:ちゃん|くん|君)?(?:の|を)(?:トライアル|譲渡|お見合い|お届け|引き渡し|引渡し)")
ADOPTION_WORDS = ("トライアル", "譲渡", "お見合い")
_ADOPTION_BEFORE = re.compile(r"(?:トライアル|譲渡|お見合い)(?:希望|申込み?|申し込み|のお願い|の件|について)?[ 　]?[（(「『]$")
_ADOPTION_REACH = 12


# a pet's kind, then の, then its name (柴犬のコテツ, 三毛猫のミケ, 黒ラブのジロー, names18); not kinds
# that are words or places of people too (ブルーの, ボストンの, シャムの)
_KIND_THEN_NAME = re.compile(rf"(?:{alternation(tuple(k for k in _KINDS if k not in ('ブルー', 'ボストン', 'シャム', 'ペルシャ', 'ミックス')) + ('黒ラブ',))})の$")


def kind_before(text: str, start: int) -> bool:
    """Whether a pet's kind and の come right before a name starting at `start`."""
    return start >= 2 and text[start - 1] == "の" and _KIND_THEN_NAME.search(text, max(0, start - 12), start) is not None


def adopted_animal(text: str, end: int, start: int = -1) -> bool:
    """Whether the words right after a name ending at `end` hand it over to an adopter, or (start
    given) the request's words right before it bracket it (譲渡希望（タマ子）, トライアルのお願い「ハナ」:
    a mail's subject names the animal so; people22)."""
    return _ADOPTED.match(text, end) is not None or (
        start > 0 and _ADOPTION_BEFORE.search(text, max(0, start - _ADOPTION_REACH), start) is not None)


def storms_name(value: str) -> bool:
    """Whether a value read as a name starts with a storm's kind (ハリケーン・カトリーナ)."""
    return _STORM_FIRST.match(value) is not None


def described_as_animal(text: str, end: int) -> bool:
    """Whether the bracket right after a name ending at `end`, or the rest of the bracket it opens,
    says what animal it is."""
    bracket = _DESCRIBED.match(text, end) or _JOINED.match(text, end)
    if bracket is None:
        return False
    items = [item for item in _ITEMS_SEPARATOR.split(bracket.group(1)) if item]
    return any(_ITEM.fullmatch(item) for item in items) and all(_ITEM.fullmatch(item) or _AGE.fullmatch(item) for item in items)


def named_storm(text: str, start: int) -> bool:
    """Whether the words right before a name starting at `start` name a storm."""
    return _STORM.search(text, max(0, start - 12), start) is not None


def named_with_kind(value: str) -> bool:
    """Whether a value read as a name is an animal's name joined to its kind (ココ・トイプードル,
    タマ・サバトラ): a person's name never ends in a breed or a coat."""
    name, dot, kind = value.rpartition("・")
    return bool(dot and name) and _ITEM.fullmatch(kind) is not None


def animal_description(value: str) -> bool:
    """Whether a value read as a name is an animal's kind and sex (トイプードル・オス)."""
    items = [item for item in _ITEMS_SEPARATOR.split(value) if item]
    return bool(items) and all(_ITEM.fullmatch(item) for item in items)
