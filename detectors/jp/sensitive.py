"""要配慮個人情報 (special-care-required personal information): terms of each
category. A term is a finding only when tied to a person — the Detector keeps it
only next to a name or identifier in the same line (a table row is one line) or
sentence; a health article or a union notice with no individual is not."""

from __future__ import annotations

from detectors.entities import SENSITIVE
from detectors.jp.base import JapanesePatternRecognizer
from detectors.words import alternation

TERMS: dict[str, tuple[str, ...]] = {
    "病歴": ("病歴", "既往歴", "通院中", "入院", "診断名", "糖尿病", "高血圧症", "うつ病", "がん治療", "癌",
             "精神疾患", "服薬中", "療養中", "持病", "心疾患", "HIV", "肝炎"),
    "障害": ("障害者手帳", "身体障害", "知的障害", "精神障害", "発達障害", "療育手帳", "障害等級", "障がい者"),
    "健康診断結果": ("健康診断結果", "健診結果", "要精密検査", "要再検査", "血糖値", "ストレスチェック結果",
                "BMI", "尿検査", "所見あり"),
    "犯罪歴": ("前科", "前歴", "逮捕歴", "逮捕された", "起訴", "有罪判決", "懲役", "罰金刑", "服役", "執行猶予"),
    "犯罪被害": ("被害届", "犯罪被害", "被害に遭", "DV被害", "ストーカー被害"),
    "信条": ("支持政党", "政治信条", "思想信条"),
    "宗教": ("信仰", "宗派", "信者", "檀家", "入信", "教会員", "宗教法人の会員"),
    "人種・民族": ("人種", "民族", "出自", "被差別部落"),
    "本籍": ("本籍", "本籍地", "門地"),
    "労働組合": ("労働組合員", "組合員", "組合加入", "団体交渉", "組合活動"),
}
_CATEGORY = {term: category for category, terms in TERMS.items() for term in terms}
_PATTERN = alternation(_CATEGORY)


class SensitiveTermRecognizer(JapanesePatternRecognizer):
    ENTITY = SENSITIVE
    PATTERNS = (("sensitive_term", f"(?:{_PATTERN})", 0.6),)
    CONTEXT = ()
    PREFILTER = _PATTERN

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            result.recognition_metadata["category"] = _CATEGORY[text[result.start:result.end]]
        return results

    @staticmethod
    def canonical(value: str) -> str:
        return f"{_CATEGORY.get(value, '?')}:{value}"
