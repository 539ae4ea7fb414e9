"""Scoring shared by the animal17b dev and check generators: each record names one owner, one pet
(its name joined to its kind), the owner's own conditions and the pet's; the real detector reads
it in process and the counts say what it found of each (issue 12, animal17b)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Record:
    text: str
    owner: str  # the owner's name as the detector normalises it (no space)
    pet: str  # the pet's name
    owners_conditions: list[str] = field(default_factory=list)  # 要配慮 to find
    pets_conditions: list[str] = field(default_factory=list)  # no one's: not to find


def score(records: list[Record]) -> dict[str, str]:
    from detectors import Detector, build_analyzer, load_ja_nlp

    detector = Detector(build_analyzer(load_ja_nlp()))
    owners = pets = owners_said = owners_all = pets_said = pets_all = 0
    for record in records:
        found = detector.detect(record.text)
        people = [d.value for d in found if d.entity_type == "PERSON"]
        spans = [(d.start, d.end) for d in found if d.entity_type == "SENSITIVE"]
        owners += record.owner in people
        pets += any(record.pet in person for person in people)
        for phrase in record.owners_conditions:
            owners_all += 1
            owners_said += _covered(record.text, phrase, spans)
        for phrase in record.pets_conditions:
            pets_all += 1
            pets_said += _covered(record.text, phrase, spans)
    n = len(records)
    return {"owner PERSON recall": f"{owners}/{n}", "pet read as PERSON (false)": f"{pets}/{n}",
            "owner's 要配慮 recall": f"{owners_said}/{owners_all}", "pet's illness as 要配慮 (false)": f"{pets_said}/{pets_all}"}


def _covered(text: str, phrase: str, spans: list[tuple[int, int]]) -> bool:
    start = text.find(phrase)
    return any(s < start + len(phrase) and start < e for s, e in spans)
