"""The grammar the clause reader (clauses.py) reads, as data: the predicates that tell a
person's state or an event of their life, by lemma, with the category they lean to and
whether their argument alone says it; and the words whose meaning (GiNZA's vectors) places
a clause's content noun in a category and its subject among people or organisations.

A predicate is a closed class of Japanese grammar (診断する, 罹患する, 加入する, 遭う), not a
list of diseases: the content noun is whatever the tree hangs on it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from detectors.jp.sensitive.lexicon import read_words


class Predicate(NamedTuple):
    category: str  # the category the predicate leans to
    strict: bool  # its argument is that category whatever it is (Xと診断); else the noun's meaning decides


_HEALTH_STRICT = ("診断 罹患 患う 罹る 発症 再発 服薬 服用 投薬 処方 闘病 寛解 完治 既往 併発 悪化"
                  " 治療 入院 通院 手術 療養 加療 受診").split()
_HEALTH_LOOSE = "休職 休養 通う 受ける 療法".split()  # not 検査: a check-up's, read by its rows
_CARE_STRICT = "介助 支援区分 交付 等級".split()  # not 介護: a care one gives (介護のため休職)
_CARE_LOOSE = "使用 利用 所持 不自由 認定".split()
_UNION_LOOSE = "加入 脱退 所属 務める 就任 選出 在籍".split()
_VICTIM_LOOSE = "遭う 被る 届け出る 相談".split()
# Predicates of telling: their argument in に or へ is whom it was told (警察に相談, 交番へ届け出た,
# 弁護士に相談するよう助言), never what befell the person — the content is the one in を, で, について.
TOLD_TO = frozenset("届け出る 相談".split())
RECIPIENT_CASES = frozenset({"に", "へ"})

PREDICATES: dict[str, Predicate] = (
    {lemma: Predicate("病歴", False) for lemma in _HEALTH_LOOSE}
    | {lemma: Predicate("病歴", True) for lemma in _HEALTH_STRICT}
    | {lemma: Predicate("障害", False) for lemma in _CARE_LOOSE}
    | {lemma: Predicate("障害", True) for lemma in _CARE_STRICT}
    | {lemma: Predicate("労働組合", False) for lemma in _UNION_LOOSE}
    | {lemma: Predicate("犯罪被害", False) for lemma in _VICTIM_LOOSE})

_GODAN_ENDINGS = "[わいうえおっらりるれろ]"  # what follows a one-kanji verb's stem as it is conjugated
_ICHIDAN = ("ける", "める", "れる", "せる", "てる", "ねる", "べる", "げる", "でる", "へる")


def _stem(lemma: str) -> str:
    """What every written form of a predicate begins with: a noun's first two characters,
    an ichidan verb's stem (受け, 務め, 届け出), a one-kanji godan verb's kanji and the
    kana of its forms (遭っ, 患い; not 被 of 被保険者 nor 務 of 業務)."""
    if not re.search("[ぁ-ん]$", lemma):
        return re.escape(lemma if len(lemma) > 3 else lemma[:2])
    kanji = re.sub("[ぁ-ん]+$", "", lemma)
    if len(kanji) == 1 and lemma[-2:] not in _ICHIDAN:
        return re.escape(kanji) + _GODAN_ENDINGS
    return re.escape(lemma[:-1])


# A sentence is parsed only when a predicate's written form is in it (most sentences of a share hold none).
TRIGGER = re.compile("|".join(sorted({_stem(lemma) for lemma in PREDICATES}, key=len, reverse=True)))

# What a category's content nouns mean (care9's seeds, general knowledge): each a centroid.
MEANINGS = {
    "病歴": "病気 疾患 症状 がん 腫瘍 炎症 感染 骨折 うつ病 喘息 糖尿病 高血圧 潰瘍 結石 ヘルニア 障がい 不全 梗塞",
    "障害": "障害 車椅子 補聴器 手帳 介助 麻痺 視覚 聴覚 歩行 発達 自閉 義足 点字 手話 盲導犬 杖",
    "労働組合": "組合 組合員 執行委員 委員長 書記長 分会 支部 労組 ユニオン",
    "犯罪被害": "被害 盗難 詐欺 暴行 ストーカー 空き巣 痴漢 脅迫 ひったくり 恐喝 窃盗 強盗",
}
NOTHING = ("会議 業務 予定 報告 資料 出張 売上 顧客 研修 作業 計画 商品 旅行 引越し 転勤 結婚 資格 制度 機械"
           " 育児 介護 看病 世話 付き添い 送迎")  # care one gives another: a life event, no category of one's own
PEOPLE = "本人 私 彼 彼女 患者 利用者 社員 職員 従業員 母 父 夫 妻 息子 娘 長男 児童 生徒 部下 相談者 組合員"
BODIES = "当院 当社 弊社 施設 病院 会社 学校 本品 商品 制度 規程 法人 市役所 事業所 センター クリニック 組織 行政"

# A person by grammar, not meaning: a name, or a word an honorific or a person's suffix follows.
PERSON_SUFFIX = frozenset("氏 さん 様 君 くん ちゃん 殿 先生".split())
GENERIC = frozenset("方 者 人 皆様 皆さん 各位 誰 人々 一般".split())  # people in general: no one in particular
# A mood that tells no fact of a person: a request, an invitation, a possibility, a rule, a condition.
UNREAL_WORDS = frozenset("くださる 下さる ましょう 場合 可能 できる 際 予防 防止 対策 注意 おそれ 恐れ 可能性".split())
# A routine check or a prevention anyone receives (定期健康診断を受けた, 予防接種を受けた): no condition of one's own.
SCREENING = ("健康診断", "健診", "検診", "人間ドック", "予防接種", "ワクチン", "ストレスチェック")


# a disease's name by its ending (認知症, パーキンソン病, 関節炎): never a disability's, whatever it sits near
_DISEASE = re.compile(r"(?:症|病|炎|癌|がん|腫瘍|症候群|梗塞|潰瘍|感染)(?![一-龥ァ-ヺ])")


def names_a_disease(words: str) -> bool:
    """A clause's content words that name a disease (by its ending or the lexicon's list)."""
    return bool(_DISEASE.search(words)) or any(d in words for d in _diseases() if len(d) >= 3)


@lru_cache(maxsize=1)
def _diseases() -> frozenset[str]:
    return frozenset(read_words("diseases"))
