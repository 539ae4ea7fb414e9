"""信条 as thirteen writers wrote it, generalised (issue 12, creed20): a camp or an advocate
of a cause, a conviction ruling a way of life, one's own petition or candidacy, a party's
standing or work, a cause's group in a field of one's groups, English causes — and what
is no one's belief (a party's or a company's stand, a school election, a complaint of pain).
Made-up people and groups."""

import pytest

from detectors.jp.sensitive.creeds import names_a_cause
from detectors.jp.sensitive.recognizer import SensitiveRecognizer

from tests.detectors.test_sensitive_beliefs import sensitive

TOLD = [
    ("本人は原発再稼働反対派である。", "反対派"),
    ("兄は改憲派を自認している。", "改憲派"),
    ("本人は死刑存置論者として知られる。", "存置論者"),
    ("夫は反捕鯨を主張している。", "反捕鯨を主張"),
    ("本人は核廃絶を訴え続けている。", "核廃絶を訴え"),
    ("倫理上の理由で毛皮製品は扱わない。", "毛皮製品は扱わない"),
    ("動物の権利を重んじる信念からヴィーガンである。", "ヴィーガン"),
    ("信念として輸血を拒否している。", "輸血を拒否"),
    ("本人は良心的兵役拒否者である。", "良心的兵役拒否"),
    ("本人は議会に請願書を提出した。", "請願書を提出"),
    ("市に陳情を繰り返している。", "陳情を繰り返"),
    ("本人は県議選に立候補して落選した。", "立候補して落選"),
    ("本人は市民党から立候補した経験がある。", "立候補した経験"),
    ("本人は国会前の抗議行動に参加していた。", "抗議行動に参加"),
    ("本人はリバタリアンを公言している。", "リバタリアン"),
    ("本人は社会新党の党籍を持つ。", "党籍を持"),
    ("母は地域新党の機関紙を定期購読している。", "機関紙を定期購読"),
    ("昨年は未来党の選挙事務所で活動した。", "選挙事務所で活動"),
    ("本人の希望：脱ダムの市民団体で活動なので、考えの近い方を希望。", "市民団体で活動"),
    ("本人は「憲法前文を守る会」の会員。", "守る会」の会員"),
    ("本人は野鳥保護の会の会員である。", "保護の会の会員"),
    ("本人は核兵器をなくすNPOの理事を務める。", "NPOの理事"),
    ("He campaigned for the Liberal Party in 2023.", "Liberal Party"),
    ("She joined a climate march last year.", "climate march"),
    ("He is a conscientious objector.", "conscientious objector"),
]
OF_NO_ONE = [
    "党は脱原発を強く主張している。",
    "政府は原発推進を主張している。",
    "本人は賛成派である。",
    "本人は慎重派である。",
    "生徒会長に立候補した経験がある。",
    "PTA会長に立候補して当選した。",
    "衛生上の理由から生肉を提供しない。",
    "当党の選挙ボランティアを募集しています。",
    "請願書を提出する場合は窓口へ。",
    "本人は無実を訴えている。",
    "本人は腰痛を訴えている。",
    "The climate control is broken.",
    "He supports the team.",
]


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


@pytest.mark.parametrize("text, phrase", TOLD)
def test_a_belief_said_of_a_person_is_a_creed(recognizer, text, phrase):
    found = [(text[p.start:p.end], p.category) for p in recognizer.phrases(text)]
    assert any(c == "信条" and phrase in said for said, c in found), found


@pytest.mark.parametrize("text", OF_NO_ONE)
def test_a_body_s_stand_a_school_election_or_a_complaint_is_no_creed(recognizer, text):
    assert not [p for p in recognizer.phrases(text) if p.category == "信条"]


@pytest.mark.parametrize("value, cause", [
    ("死刑廃止の会", True), ("沖縄の基地をなくす会", True), ("反戦ネットワーク", True), ("緑の市民党", True),
    ("商工会議所", False), ("町内会", False), ("甘党", False), ("テニスサークル", False),
])
def test_a_group_of_a_cause_or_a_party_names_a_cause(value, cause):
    assert names_a_cause(value) is cause


def test_a_field_of_one_s_groups_holds_a_creed_only_for_a_cause(detector):
    head = "入会申込書\n氏名　早瀬 紘一\n"
    assert [d.category for d in sensitive(detector, head + "所属団体：夫婦別姓を求める会\n")] == ["信条"]
    assert not sensitive(detector, head + "所属団体：山手町内会\n")
