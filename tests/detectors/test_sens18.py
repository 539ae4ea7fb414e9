"""要配慮 as writers this project had not imitated write it (issue 12, sens18): an illness, a
disability, an offence, being a victim, a union's membership, an origin and a party said in
English prose of a person (an agency's or an employer's notes), an illness or a disability
beginning a table's English cell; a treatment given as the cause of an arrangement (人工透析
(週3回)のため水曜午後は休み); a union seat written with its level (支部執行委員) or under a
label joined by a particle (組合での役職). Kept out: negations (No history of…, never been
arrested), a rule's or a notice's anyone (If you have been diagnosed…), a disease naming a
thing (cancer insurance), unions of no workers (the European Union, a credit union), a
column's header (Disability), a policy's kind of event named by its cause (精神障害を原因とする
事故). Made-up people and wordings only."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


def _covered(found, phrase, category):
    """The phrase inside one finding of the category (phrases of one category on a line are merged)."""
    return any(phrase in text and kind == category for text, kind in found)


@pytest.mark.parametrize("text, phrase, category", [
    ("Ms Hanai was off work for two months with generalised anxiety disorder.", "generalised anxiety disorder", "病歴"),
    ("He was diagnosed with type 2 diabetes last spring.", "type 2 diabetes", "病歴"),
    ("Mr Kuroe is currently receiving treatment for bipolar disorder.", "bipolar disorder", "病歴"),
    ("She has a hearing impairment and lip-reads in meetings.", "hearing impairment", "障害"),
    ("He disclosed a previous conviction for burglary (2012).", "previous conviction for burglary", "犯罪歴"),
    ("She said she was arrested for shoplifting as a student.", "arrested for shoplifting", "犯罪歴"),
    ("He was the victim of a street robbery in March.", "victim of a street robbery", "犯罪被害"),
    ("Her flat was burgled twice; she had her laptop stolen.", "had her laptop stolen", "犯罪被害"),
    ("He has been a member of the dockworkers' union since 2015.", "member of the dockworkers' union", "労働組合"),
    ("Ms Iwade is the shop steward for the night shift.", "shop steward", "労働組合"),
    ("She mentioned she is of Ryukyuan descent.", "of Ryukyuan descent", "人種・民族"),
    ("He said he is Zainichi and speaks Korean at home.", "is Zainichi", "人種・民族"),
    ("He was charged with theft in 2020 and fined.", "charged with theft", "犯罪歴"),
    ("Her father has heart failure and she cares for him.", "heart failure", "病歴"),
    ("He is a long-standing supporter of the Green Party and leafleted for it.", "supporter of the Green Party", "信条"),
])
def test_a_category_said_in_english_prose_of_a_person(recognizer, text, phrase, category):
    assert _covered(told(recognizer, text), phrase, category)


@pytest.mark.parametrize("text", [
    "No history of heart disease.",
    "She has never been arrested or charged with anything.",
    "No criminal record disclosed; two references checked.",
    "Have you ever been convicted of a criminal offence?",
    "If you have been diagnosed with diabetes, please tell the nurse.",
    "Applicants convicted of fraud may not hold this licence.",
    "We offer cancer insurance and diabetes screening at the clinic.",
    "The European Union and a local credit union co-sponsor the fair.",
    "The company has a long history of innovation in logistics.",
    "The nightly build had a funny failure from the merge step.",  # English prose of machines (sens18's audit)
    "A waiver shall be signed by the party to be charged with such waiver or consent.",
    "Loaders are charged with importing data from archives.",
])
def test_what_is_no_ones_in_english_stays_out(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, phrase, category", [
    ("No\tInsured\tCover\tDisclosure\n1\t花井 蒼\tTerm 10\tCoeliac disease, gluten-free diet", "Coeliac disease", "病歴"),
    ("No\tInsured\tCover\tDisclosure\n1\t花井 蒼\tTerm 10\tType 2 diabetes (tablets)", "Type 2 diabetes", "病歴"),
    ("No\tInsured\tCover\tDisclosure\n1\t花井 蒼\tTerm 10\tPartially sighted since birth", "Partially sighted", "障害"),
    ("No\tInsured\tCover\tDisclosure\n1\t花井 蒼\tTerm 10\tEpilepsy, no seizures since 2021", "Epilepsy", "病歴"),
])
def test_an_english_cell_that_begins_with_a_condition(recognizer, text, phrase, category):
    assert (phrase, category) in told(recognizer, text)


@pytest.mark.parametrize("text", [
    "No\tName\tEvent\n1\t花井 蒼\tBack stroke 100m",
    "No\tName\tDisability\tNotes\n1\t花井 蒼\t-\t-",
    "No\tInsured\tDisclosure\n1\t花井 蒼\tNo heart disease",
])
def test_an_english_cell_of_no_ones_condition(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("勤務上の配慮: 人工透析(週3回)のため水曜午後は休み", "人工透析(週3回)のため水曜午後は休み"),
    ("花井さんは血液透析のため火木は半休", "血液透析のため火木は半休"),
])
def test_a_treatment_given_as_the_cause_of_an_arrangement(recognizer, text, phrase):
    assert (phrase, "病歴") in told(recognizer, text)


@pytest.mark.parametrize("text", ["台風のため午後は休み", "棚卸しのため水曜は半休"])
def test_an_arrangement_for_no_ones_condition(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("組合: 分会執行委員", "分会執行委員"),
    ("組合での役職: 支部書記長", "支部書記長"),
    ("組合における役割 本部執行委員", "本部執行委員"),
])
def test_a_union_seat_at_its_level_or_under_a_joined_label(recognizer, text, phrase):
    assert (phrase, "労働組合") in told(recognizer, text)


@pytest.mark.parametrize("text", [
    "第4条 精神障害を原因とする事故については保険金を支払わない。",
    "免責事由: 疾病に起因する損害",
])
def test_a_policys_kind_of_event_named_by_its_cause(recognizer, text):
    assert told(recognizer, text) == []
