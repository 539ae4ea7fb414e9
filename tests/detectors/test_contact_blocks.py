"""An organisation's own contact block (a signature naming its sender, a temple's,
clinic's or association's block, an event's venue) is not personal data; a person's
home address, mobile and direct line in the same documents are. The real GiNZA
detector; made-up people and places."""

import pytest

SIGNATURE_WITH_SENDER = """お世話になっております。
見積書を添付いたします。

━━━━━━━━━━━━━━
東和ロジテック株式会社
物流企画部
森岡 千晶
〒330-0854 埼玉県さいたま市大宮区桜木町2-5-8 大宮ビル4F
TEL 048-641-2200（代表）／FAX 048-641-2201
直通 048-641-2235
携帯 080-3141-5926
━━━━━━━━━━━━━━"""

TEMPLE_NOTICE = """盂蘭盆会のご案内
本年も例年通り盂蘭盆会法要を営みます。

曹洞宗 瑞雲山 長昌寺
寺務所
〒611-0021 京都府宇治市宇治妙楽25-3
電話 0774-21-3456"""

VENUE_NOTICE = """健康づくり講演会
会場：みどり台公民館 2階 講堂
所在地：〒275-0016 千葉県習志野市津田沼4-12-1
アクセス：京成線 津田沼駅より徒歩8分"""

ASSOCIATION_CIRCULAR = """回覧
防犯パトロールの日程が決まりました。

やまぶき町自治会
集会所 北海道札幌市中央区南三条西6-10-2
TEL/FAX 011-231-4455"""

MOVED_NOTICE = """お取引先各位

弊社はこのたび本社を移転いたしました。
新住所：〒460-0008 愛知県名古屋市中区栄3-15-7
電話：052-261-8800"""

# a patient's letter: the clinic's block is its own, the patient's lines at the top are personal
CLINIC_LETTER = """〒921-8011
石川県金沢市入江2-48-6
向井 沙織 様

次回のご予約日が近づいております。

あおば眼科クリニック
〒920-0853 石川県金沢市本町1-3-22
TEL 076-222-7788"""

# two people in one block: a roster, not a signature
TWO_PEOPLE = """山鹿町内会 役員名簿
会長 竹中 伸也
〒861-0501 熊本県山鹿市山鹿1020-3
副会長 井手 理恵"""

# a recipient's block (様): the recipient's
RECIPIENT = """株式会社三杉工務店
設計課
桑原 晴美 様
〒370-0841 群馬県高崎市栄町6-27"""

# an applicant's own block under the company it writes to, past a blank line
APPLICANT = """株式会社三杉工務店
人事部 御中

〒370-0841 群馬県高崎市栄町6-27
桑原 晴美
090-5772-1566"""


def _found(detector, text, *types):
    return sorted(d.text for d in detector.detect(text) if d.entity_type in types)


@pytest.mark.slow
def test_a_signature_naming_its_sender_keeps_only_the_direct_line_and_mobile(detector):
    assert _found(detector, SIGNATURE_WITH_SENDER, "ADDRESS", "POSTAL_CODE") == []
    assert _found(detector, SIGNATURE_WITH_SENDER, "PHONE") == ["048-641-2235", "080-3141-5926"]
    assert _found(detector, SIGNATURE_WITH_SENDER, "PERSON") == ["森岡 千晶"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [TEMPLE_NOTICE, VENUE_NOTICE, ASSOCIATION_CIRCULAR, MOVED_NOTICE],
                         ids=["temple", "venue", "association", "moved"])
def test_an_organisations_or_places_own_notice_has_no_finding(detector, text):
    assert detector.detect(text) == []


@pytest.mark.slow
def test_a_patients_address_stays_beside_the_clinics_own(detector):
    assert _found(detector, CLINIC_LETTER, "ADDRESS") == ["石川県金沢市入江2-48-6"]
    assert _found(detector, CLINIC_LETTER, "POSTAL_CODE") == ["〒921-8011"]
    assert _found(detector, CLINIC_LETTER, "PHONE") == []


@pytest.mark.slow
@pytest.mark.parametrize("text, postal", [(TWO_PEOPLE, "〒861-0501"), (RECIPIENT, "〒370-0841"),
                                          (APPLICANT, "〒370-0841")], ids=["two people", "addressed", "applicant"])
def test_a_block_of_people_or_an_addressed_one_is_personal(detector, text, postal):
    assert _found(detector, text, "POSTAL_CODE") == [postal]


@pytest.mark.slow
def test_a_signature_with_windows_line_ends(detector):
    text = SIGNATURE_WITH_SENDER.replace("\n", "\r\n")
    assert _found(detector, text, "ADDRESS", "POSTAL_CODE") == []
    assert _found(detector, text, "PHONE") == ["048-641-2235", "080-3141-5926"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("開催場所：ひかり文化会館（〒400-0031 山梨県甲府市丸の内2-9-4）", []),
    ("ご自宅住所：〒400-0031 山梨県甲府市丸の内2-9-4", ["山梨県甲府市丸の内2-9-4"]),
    ("会場住所：山梨県甲府市丸の内2-9-4", []),  # the venue's, though it ends in 住所
    ("学歴：県立甲府南高等学校 卒業\n山梨県甲府市丸の内2-9-4", ["山梨県甲府市丸の内2-9-4"]),  # a person's school
])
def test_own_labels_of_places_and_people(detector, text, expected):
    assert _found(detector, text, "ADDRESS") == expected


@pytest.mark.slow
def test_a_list_titled_by_its_temple_carries_the_temples_contact_on_its_title_line(detector):
    title = "照円寺 門信徒名簿（〒839-0801 福岡県久留米市宮ノ陣4-2-3 TEL 0942-33-1234）"
    assert detector.detect(title) == []
    row = "氏名: 大城 沙耶\t住所: 福岡県久留米市宮ノ陣5-1-1\t電話: 0942-33-9876"
    assert _found(detector, title + "\n" + row, "ADDRESS", "PHONE") == ["0942-33-9876", "福岡県久留米市宮ノ陣5-1-1"]


@pytest.mark.slow
def test_a_persons_number_after_the_companys_address_on_one_line_is_personal(detector):
    line = "本社 〒100-0005 東京都千代田区丸の内1-1-1 担当 森岡 千晶 090-1234-5678"
    assert _found(detector, line, "PHONE") == ["090-1234-5678"]
    assert _found(detector, line, "ADDRESS", "POSTAL_CODE") == []


@pytest.mark.slow
@pytest.mark.parametrize("text", ["株式会社リンクス・テック\n営業部", "有限会社 アルファ・ベータ 御中", "西光寺 門徒名簿"])
def test_a_katakana_company_name_is_no_person(detector, text):
    assert _found(detector, text, "PERSON") == []
