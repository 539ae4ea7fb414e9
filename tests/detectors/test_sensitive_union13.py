"""A union role, a creed, a crime record said of a person, and only then (issue 12, union13): a
generic seat after a union's organ (地協の副議長, 支部の役員, を担当), a payroll's dues column,
a camp's rally or study (改憲派の勉強会で講師), a party's street activity, a political body
joined, 少年院を退院; not a co-operative's, a condominium's or an insurer's 組合員, not 連合
inside another body's name, not a release told as the plan's time after the record it follows.
Made-up people, the real GiNZA model and real files."""

import pytest

from detectors.jp.sensitive.recognizer import SensitiveRecognizer
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def told(recognizer, text):
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text))


@pytest.mark.parametrize("text, phrase", [
    ("本人は自治労の県本部で副議長を務めている。", "副議長を務め"),
    ("情報労連の地協で事務局長をしている。", "地協で事務局長"),
    ("電機連合支部の役員に選ばれた。", "支部の役員"),
    ("JP労組の分会で会計を担当している。", "会計を担当している"),
])
def test_a_generic_seat_after_a_unions_organ_is_a_union_role(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(category == "労働組合" and phrase in span for span, category in found), found


@pytest.mark.parametrize("text", [
    "コープみなみ 組合員の皆様へ\n山根 里美様 このたびは当生協の組合員にご加入いただきありがとうございます。",
    "JAひがし 組合員台帳\n山根 里美 正組合員 出資10口\n戸川 宗一 准組合員 出資3口",
    "北部健康保険組合\n組合員 山根 里美 様\n被保険者証の更新のお知らせです。",
    "市民連合の事務局長 戸川 宗一氏が挨拶した。",
    "労働組合の役員選挙を行います。立候補は今月末まで。",
])
def test_a_body_that_is_no_labour_union_and_a_call_name_no_member(recognizer, text):
    assert [c for _, c in told(recognizer, text) if c == "労働組合"] == []


def test_a_payrolls_dues_column_gives_each_members_dues(scanner):
    rows = [["給与控除"], ["氏名", "基本給", "健康保険", "組合費", "差引支給額"],
            ["山根 里美", "250000", "12500", "2400", "210000"], ["戸川 宗一", "262000", "13100", "2400", "221000"]]
    found = in_file(scanner, "deductions.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert found.count(("労働組合", "2400")) == 2, found


@pytest.mark.parametrize("text, phrase", [
    ("護憲派の集会で演説をしたことがある。", "集会で演説をした"),
    ("改憲系の勉強会で講師を務めた。", "勉強会で講師を務めた"),
    ("週末は維新の会の街頭活動に参加している。", "街頭活動に参加"),
    ("本人は保守系の政治団体に所属している。", "政治団体に所属"),
])
def test_a_political_camps_meeting_a_partys_activity_or_body_is_a_creed(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(category == "信条" and phrase in span for span, category in found), found
    assert not any(category == "労働組合" for _, category in found)


def test_a_camps_meeting_in_the_news_is_no_ones_creed(recognizer):
    assert told(recognizer, "改憲派と護憲派の集会が同じ日に開かれた。平和の学習会は市民会館で行う。") == []


def test_leaving_a_juvenile_training_school_is_a_record(recognizer):
    assert ("少年院を退院", "犯罪歴") in told(recognizer, "十代で少年院を退院し、その後は職を転々とした。")


def test_a_release_told_as_the_plans_time_after_the_record_is_no_new_finding(recognizer):
    text = "面会記録\n戸川 宗一氏と面会。窃盗罪で懲役1年の判決。\n出所後は兄のもとへ帰住の予定。"
    assert [span for span, category in told(recognizer, text) if category == "犯罪歴"] == ["窃盗罪で懲役1年の判決"]


def test_a_release_told_alone_is_the_record(recognizer):
    assert ("出所後", "犯罪歴") in told(recognizer, "面接記録\n対象者 戸川 宗一\n出所後は母のもとへ帰住する予定。")


@pytest.mark.parametrize("text", [
    "春闘報告会のお知らせ\nお問い合わせ：東和精機労働組合 書記局（担当 佐藤）TEL 03-1234-5678",
    "連絡先 みなとユニオン 執行委員 佐藤 花子 090-1234-5678",
    "東和精機労働組合の執行委員会で決定した。",
])
def test_a_unions_office_its_contact_or_its_committee_is_no_members_seat(recognizer, text):
    assert [c for _, c in told(recognizer, text) if c == "労働組合"] == []


def test_a_member_roster_with_phones_keeps_each_members_seat(recognizer):
    text = "No\t氏名\t組合役職\t電話\n1\t佐藤 花子\t書記長\t090-1111-2222\n2\t田中 一郎\t執行委員\t090-3333-4444"
    assert [c for _, c in told(recognizer, text)].count("労働組合") == 2


def test_a_forms_union_line_above_a_companys_letterhead_is_the_persons(recognizer):
    text = ("身上書\n氏名 戸川 宗一\n前職での組合活動 北斗運輸労組の執行委員長\n株式会社ミナト警備\n"
            "〒100-0001 東京都千代田区千代田1-1\nTEL 03-1234-5678")
    assert any(c == "労働組合" for _, c in told(recognizer, text))


def test_a_roster_row_with_an_emergency_contact_keeps_the_seat(recognizer):
    text = "氏名: 戸川 宗一\t所属組合: 自治労の支部執行委員\t緊急連絡先: 090-1111-2222\n"
    assert any(c == "労働組合" for _, c in told(recognizer, text))
