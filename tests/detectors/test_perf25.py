"""A short text's entities are read from the pipeline once (detectors.nlp.named_entities)."""

from types import SimpleNamespace

from detectors.nlp import named_entities


class _Pipeline:
    """A stand-in for a spaCy pipeline: one Person entity over the whole text, calls counted."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str):
        self.calls += 1
        return SimpleNamespace(ents=[SimpleNamespace(label_="Person", text=text, start_char=0, end_char=len(text))])


def test_a_text_met_again_is_answered_without_the_pipeline():
    pipeline = _Pipeline()
    first = named_entities(pipeline, "森川 さくら")
    assert named_entities(pipeline, "森川 さくら") == first == (("Person", "森川 さくら", 0, 6),)
    assert pipeline.calls == 1
    named_entities(pipeline, "木下 悠真")
    assert pipeline.calls == 2


def test_each_pipeline_answers_for_itself():
    one, other = _Pipeline(), _Pipeline()
    named_entities(one, "河野 美咲")
    named_entities(other, "河野 美咲")
    assert (one.calls, other.calls) == (1, 1)
