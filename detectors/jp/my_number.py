"""個人番号 (My Number): 12 digits, check digit per 総務省令第85号 §5."""

from stdnum.jp import in_ as my_number

from detectors.entities import MY_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.normalize import digits_only


class MyNumberRecognizer(JapanesePatternRecognizer):
    ENTITY = MY_NUMBER
    PATTERNS = (
        ("my_number", NUMBER_START + r"[0-9]{3}[-. ]?[0-9]{4}[-. ]?[0-9]{4}" + NO_DIGIT_AFTER, 0.3),
    )
    CONTEXT = (
        "マイナンバー", "個人番号", "共通番号", "マイナンバーカード", "個人番号カード",
        "通知カード", "my number", "mynumber", "myno", "個人no",
    )
    NEGATIVE_CONTEXT = (
        "注文番号", "伝票番号", "受注番号", "発注番号", "管理番号", "会員番号", "請求番号",
        "商品コード", "JAN", "法人番号", "照会番号", "お問い合わせ番号", "追跡番号",
    )
    PREFILTER = r"[0-9]{4}"

    def is_valid(self, value: str) -> bool:
        return my_number.is_valid(digits_only(value))
