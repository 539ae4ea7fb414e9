"""Presidio is used through its public API except one private hook: the engine's
context step, `_enhance_using_context`, which `JapaneseAnalyzerEngine` overrides so
that a plain `analyze()` groups the step by recognizer too. A Presidio release that
renames it or changes its parameters must fail here, not silently skip our step."""

from __future__ import annotations

import inspect

from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from detectors.engine import JapaneseAnalyzerEngine


def _parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_the_private_hook_we_override_is_the_one_analyze_calls():
    assert _parameters(JapaneseAnalyzerEngine._enhance_using_context) == \
        _parameters(AnalyzerEngine._enhance_using_context) == \
        ["self", "text", "raw_results", "nlp_artifacts", "recognizers", "context"]
    assert "self._enhance_using_context(" in inspect.getsource(AnalyzerEngine.analyze)


def test_the_public_hooks_we_call_keep_their_keywords():
    assert _parameters(EntityRecognizer.enhance_using_context) == [
        "self", "text", "raw_recognizer_results", "other_raw_recognizer_results", "nlp_artifacts", "context"]
    assert _parameters(ContextAwareEnhancer.enhance_using_context) == [
        "self", "text", "raw_results", "nlp_artifacts", "recognizers", "context"]
