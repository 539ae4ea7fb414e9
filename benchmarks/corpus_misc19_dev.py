"""Dev set for misc19 (issue 12): a ward office's consultation notes, a probation officer's
placement notes and a community hall's notices, in made-up people's names.

Classes: whom a person told (警察署に相談, 弁護士へ相談するよう伝えた) is no 犯罪被害, a sum
lost to a crime is one; a record told as the person's 経歴 is 犯罪歴; a place label's value
and a contact label after a name are no PERSON. Each document carries the values that
should be found (category, a piece of the phrase) and those that should not be.

Run: PYTHONPATH=$T python benchmarks/corpus_misc19_dev.py (in process, ~1 min).
"""

from __future__ import annotations

import random

PEOPLE = ["宮坂 千里", "大槻 隆平", "小日向 葵", "寺嶋 修", "相良 真澄", "篠塚 広大"]
LOSSES = [("架空請求詐欺で2万円の被害", "詐欺で2万円の被害"), ("窃盗により約8万円相当の被害", "窃盗により約8万円相当の被害"),
          ("還付金詐欺により合計45万円の被害", "詐欺により合計45万円の被害"), ("空き巣で現金3万円の被害", "空き巣で現金3万円の被害")]
ADVICE = ["警察署に相談するよう伝えた", "弁護士へ相談するよう勧めた", "最寄りの交番に届け出るよう案内した",
          "警察相談専用電話に相談するよう助言した"]
RECORDS = ["傷害で逮捕された経歴です", "窃盗で服役した経歴である", "覚醒剤取締法違反で逮捕された経歴です"]
PLACES = ["会場：柴崎紬会館", "集合場所：宮坂橋", "最寄り：大槻坂から徒歩7分", "開催場所：寺嶋文庫"]


def documents(rng: random.Random) -> list[tuple[str, set[tuple[str, str]], set[tuple[str, str]]]]:
    """(text, expected (type/category, piece), unexpected (type/category, piece)) per document."""
    docs = []
    for i in range(24):
        person = PEOPLE[i % len(PEOPLE)]
        loss, piece = LOSSES[i % len(LOSSES)]
        advice = ADVICE[i % len(ADVICE)]
        docs.append((f"区民相談記録\n相談者：{person}（1958年{i % 12 + 1}月3日生）\n"
                     f"内容：{loss}。{advice}。\n", {("犯罪被害", piece)}, set()))
        docs.append((f"相談記録\n相談者：{person}\n内容：契約の解約について。{advice}。\n", set(), {("犯罪被害", "")}))
    for i, record in enumerate(RECORDS * 4):
        person = PEOPLE[i % len(PEOPLE)]
        docs.append((f"保護観察官メモ\n対象者：{person}さん\n本人は{record}。就労先を調整中。\n",
                     {("犯罪歴", record[:2])}, set()))
    for i, place in enumerate(PLACES * 4):
        contact = f"{PEOPLE[i % len(PEOPLE)].split()[0]}　問合せ 03-5522-{4100 + i}"
        docs.append((f"地区センターだより\n{place}\n担当：{contact}\n", {("PERSON", contact.split()[0])},
                     {("PERSON", place.split("：")[1][:3]), ("PERSON", "問合せ")}))
    rng.shuffle(docs)
    return docs


def score(docs) -> tuple[int, int, int, int]:
    """(expected found, expected, unexpected found, documents with something unexpected) under the real detector."""
    from detectors import Detector, build_analyzer, load_ja_nlp  # noqa: PLC0415 — the model loads only when run
    detector = Detector(build_analyzer(load_ja_nlp()))
    found_count = expected_count = unexpected_found = 0
    for text, expected, unexpected in docs:
        found = [((d.category or d.entity_type) if d.entity_type == "SENSITIVE" else d.entity_type, d.text)
                 for d in detector.detect(text)]
        expected_count += len(expected)
        found_count += sum(any(kind == k and piece in value for k, value in found) for kind, piece in expected)
        unexpected_found += sum(any(kind == k and piece in value for k, value in found) for kind, piece in unexpected)
    return found_count, expected_count, unexpected_found, len(docs)


def main() -> None:
    found, expected, unexpected, count = score(documents(random.Random(1901)))
    print(f"misc19 dev: {count} documents, recall {found}/{expected}, unexpected findings {unexpected}")


if __name__ == "__main__":
    main()
