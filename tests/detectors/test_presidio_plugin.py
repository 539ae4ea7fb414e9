"""detectors/ used alone, as a Presidio user would (README: "Use as a Presidio plug-in")."""

import pytest


@pytest.mark.slow
def test_analyzer_engine_with_our_ja_registry(nlp):
    from detectors import build_analyzer

    analyzer = build_analyzer(nlp)
    results = analyzer.analyze("氏名: 山田太郎 電話: 03-1234-5678 個人番号 1234 5678 9018", language="ja")
    assert {r.entity_type for r in results} >= {"PHONE", "MY_NUMBER"}


@pytest.mark.slow
def test_registry_in_a_plain_presidio_engine(nlp):
    from presidio_analyzer import AnalyzerEngine

    from detectors import GinzaNlpEngine, build_registry
    from detectors.context import JapaneseContextEnhancer

    engine = AnalyzerEngine(registry=build_registry(), nlp_engine=GinzaNlpEngine(nlp),
                            supported_languages=["ja"], context_aware_enhancer=JapaneseContextEnhancer())
    results = engine.analyze("メール：hanako@example.jp", language="ja")
    assert [r.entity_type for r in results] == ["EMAIL"]


@pytest.mark.slow
def test_tokens_are_computed_only_when_asked(nlp):
    from detectors import GinzaNlpEngine

    artifacts = GinzaNlpEngine(nlp).process_text("山田太郎", "ja")
    assert "tokens" not in artifacts.__dict__
    assert [t.text for t in artifacts.tokens] == ["山田", "太郎"]


@pytest.mark.slow
def test_the_scanners_call_finds_what_presidios_analyze_finds(detector):
    from tests.detectors.test_contact import PHONE, POSTAL
    from tests.detectors.test_identifiers import CASES

    analyzer = detector.analyzer
    recognizers = list(detector.recognizers.values())
    texts = [text for text, _ in PHONE + POSTAL] + [text for _, text, _ in CASES] + [
        "氏名 山田 太郎 住所 東京都千代田区丸の内1-1-1 電話 03-1234-5678 生年月日 昭和55年4月1日 病歴 糖尿病",
        "注文番号 123456789018 個人番号 1234 5678 9018 法人番号 1234567890123"]

    def key(results):
        return sorted((r.entity_type, r.start, r.end, r.score) for r in results)

    for text in texts:
        assert key(analyzer.find(text, recognizers, None, None, 0.5)) == key(
            analyzer.analyze(text, language="ja", score_threshold=0.5)), text
