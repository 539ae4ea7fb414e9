"""Issue 12, names14: a foreign person's name after a role label (申請人, 受講者, 届出人) in
capitals or in katakana whose parts a middle dot joins, with its reading in brackets, and
a name in capitals a mail's writer says of themself; not a firm's or an office's words in
capitals, nor a storm or a service centre in dotted katakana. The real GiNZA detector;
made-up people."""

import pytest

from detectors.jp.person_foreign import foreign_names


def _people(detector, text):
    return sorted({d.value for d in detector.detect(text) if d.entity_type == "PERSON"})


@pytest.mark.parametrize("text, names", [
    ("申請人 PRADHAN ANIL（プラダン・アニル）は、来日後に就労しています。", ["PRADHANANIL", "プラダンアニル"]),
    ("受講者：SOUZA LARISSA\n講師 宮城 直子", ["SOUZALARISSA", "宮城直子"]),
    ("届出人 ライ・マニシャが届を提出した。", ["ライマニシャ"]),
    ("お世話になっております。BAUTISTA JOY です。", ["BAUTISTAJOY"]),
])
def test_a_foreign_name_by_its_role_or_its_writer(detector, text, names):
    assert [n.replace(" ", "").replace("・", "") for n in _people(detector, text)] == names


@pytest.mark.parametrize("text", ["報告者 ABC CORP", "担当 NEW YORK OFFICE", "利用者：ハリケーン・サービス",
                                  "TOKYO JAPAN です。"])
def test_no_firm_or_place_in_capitals_or_dotted_katakana(text):
    assert list(foreign_names(text)) == []
