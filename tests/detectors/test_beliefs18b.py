"""宗教, 信条 and 犯罪被害 as a councillor's office, a volunteers' roll and a chaplains' list write
them (issue 12, beliefs18b): a church's or a temple's office held (〜教会の執事, 〜宗の僧籍あり);
a party named in quotes or by its ending with its branch's seat (政党「〜」の地区役員, 〜党の県連幹事);
a petition's signatures collected (〜の陳情署名を集めている, 〜に反対する署名を募っている); a
movement's meeting led (〜派の市民運動で勉強会を主催); an injury told as the harm of the crime
before it (ひったくりに遭い右腕を骨折: one 犯罪被害 item). Made-up people and wordings only."""

import pytest

from detectors.jp.sensitive.harms import with_harms_of_crimes
from detectors.jp.sensitive.phrases import Phrase
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


# (category, text, phrase): a faith's office held; a party in quotes or by its ending with a seat;
# a petition's signatures collected; a movement's meeting led
TOLD = [
    ("宗教", "名簿：久我 道彦　日本基督教団の教会の執事　電話は別紙", "教会の執事"),
    ("宗教", "備考：母はバプテスト教会の長老を務めている。", "バプテスト教会の長老"),
    ("宗教", "講師 船越 慧　臨済宗の僧籍あり　住所は別紙", "臨済宗の僧籍"),
    ("宗教", "面談メモ：父は浄土宗で得度している。", "浄土宗で得度"),
    ("宗教", "相談員の一人は僧籍を持つ元会社員。", "僧籍を持"),
    ("信条", "属性: 地域政党「あおぞら市民党」の地区役員", "政党「あおぞら市民党」の地区役員"),
    ("信条", "相談者は政党『みなと未来の会』の党員とのこと。", "政党『みなと未来の会』の党員"),
    ("信条", "属性: 「つばさ党」の支部幹事", "「つばさ党」の支部幹事"),
    ("信条", "メモ：みどり改新党の県連幹事を務める。", "改新党の県連幹事"),
    ("信条", "活動歴：同性婚の法制化の陳情署名を集めている", "陳情署名を集め"),
    ("信条", "これまでの活動,商店街の存続の嘆願署名を募った", "存続の嘆願署名を募"),
    ("信条", "特に石塚さん（改憲派の市民運動で勉強会を主催）の件は急ぎです。", "改憲派の市民運動で勉強会を主催"),
    ("信条", "会員の一人は反原発の運動で集会を開催している。", "反原発の運動で集会を開催"),
]


@pytest.mark.parametrize("category, text, phrase", TOLD)
def test_a_faith_or_a_belief_told_by_an_office_a_party_a_petition_or_a_meeting(recognizer, category, text, phrase):
    found = told(recognizer, text)
    assert any(kind == category and phrase in value for value, kind in found), found


@pytest.mark.parametrize("text", [
    "保護者の署名を集めて、来週までに担任へ提出してください。",
    "契約書に双方の署名を集めてから発送する。",
    "与党の幹事長が記者会見で発言した。",
    "与党の県連幹事が視察に来た。",
    "村の長老に話を聞いた。",
    "衆議院の長老議員が質問に立った。",
])
def test_near_misses_tell_no_belief(recognizer, text):
    assert not [t for t, kind in told(recognizer, text) if kind in ("信条", "宗教")], told(recognizer, text)


@pytest.mark.parametrize("text, crime, injury", [
    ("内容: 路上強盗に遭い右腕を骨折", "路上強盗に遭い", "骨折"),
    ("内容: 暴行を受け全治3週間の打撲", "暴行を受け", "打撲"),
    ("内容: 殴られ、顔に裂傷", "殴られ", "裂傷"),
])
def test_an_injury_read_apart_joins_the_crime_before_it(text, crime, injury):
    """The parse tree reads the injury alone (骨折 of 手首を骨折); the body part between joins it still."""
    start = text.index(crime)
    found = [Phrase(start, start + len(crime), "犯罪被害"), Phrase(text.index(injury), text.index(injury) + len(injury), "病歴")]
    assert with_harms_of_crimes(text, found) == [Phrase(start, len(text), "犯罪被害")]


def test_an_illness_after_the_crime_with_its_own_subject_stays_apart():
    text = "内容: 空き巣に入られ、夫が肺炎で入院"
    found = [Phrase(3, 10, "犯罪被害"), Phrase(text.index("肺炎"), text.index("肺炎") + 2, "病歴")]
    assert sorted(with_harms_of_crimes(text, found)) == sorted(found)
