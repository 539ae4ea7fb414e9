"""Our duplicate removal for pattern results equals Presidio's (which is quadratic)."""

import random

import pytest

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.spans import without_contained


def _results(rng: random.Random, count: int) -> list[RecognizerResult]:
    results = []
    for _ in range(count):
        start = rng.randrange(0, 200)
        results.append(RecognizerResult("PHONE", start, start + rng.randrange(1, 30), rng.choice((0.35, 0.6, 1.0))))
    return results


def test_same_results_as_presidio_remove_duplicates():
    rng = random.Random(7)
    for _ in range(300):
        results = _results(rng, rng.randrange(0, 40))
        ours = sorted((r.start, r.end, r.score) for r in without_contained(results))
        theirs = sorted((r.start, r.end, r.score) for r in EntityRecognizer.remove_duplicates(results))
        assert ours == theirs


def test_context_word_index_sees_overlapping_words_of_different_recognizers():
    from detectors.context import ContextWordIndex
    from detectors.jp.employment_insurance import EmploymentInsuranceRecognizer
    from detectors.jp.health_insurance import HealthInsuranceRecognizer
    from detectors.jp.pension import BasicPensionNumberRecognizer

    index = ContextWordIndex([EmploymentInsuranceRecognizer(), HealthInsuranceRecognizer(),
                              BasicPensionNumberRecognizer()])
    # 雇用保険 (employment) overlaps 保険証 (health); 被保険者番号 is both's word
    assert index.recognizers_in("雇用保険証の写し", []) == {"EmploymentInsuranceRecognizer",
                                                       "HealthInsuranceRecognizer"}
    assert index.recognizers_in("被保険者番号", []) == {"EmploymentInsuranceRecognizer", "HealthInsuranceRecognizer"}
    assert index.recognizers_in("受付番号 1234", ["基礎年金番号"]) == {"BasicPensionNumberRecognizer"}
    assert index.recognizers_in("受付番号 1234", []) == set()


def test_unread_labels_reach_the_tokenizer_as_letters_with_offsets_and_spaces_kept():
    from detectors.nlp import _as_letters

    text = "社員氏名: 新井拓也\t住所: 東京都1-2"
    masked = _as_letters(text, [(0, 6), (10, 15)])
    assert masked == "aaaaa 新井拓也\taaa 東京都aaa" and len(masked) == len(text)
    with_separator = "社員\x1f氏名: 新井拓也"  # the character the spans are joined on, in the text itself
    assert _as_letters(with_separator, [(0, 7)]) == "aa\x1faaa 新井拓也"


@pytest.mark.slow
def test_names_found_in_values_when_the_composed_labels_are_not_tokenized(detector):
    text = "担当者 山田: 新井 拓也\t備考: 田中部長へ引継ぎ"
    labels = [(0, 8), (13, 18)]  # 「担当者 山田: 」 and 「\t備考: 」
    people = [d.text for d in detector.detect(text, labels=labels) if d.entity_type == "PERSON"]
    assert "新井 拓也" in people and "田中" in people
