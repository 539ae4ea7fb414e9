"""要配慮 told in words (issue 12, third round): check-up findings in a sentence and a
doctor's word retold, disabilities by the aid or means a person lives with, origins,
beliefs by what a person does for them; the same words about no one; and a notice's
contact person, to whom nothing the notice says is tied. Made-up people, the real
GiNZA detector."""

import pytest

from tests.detectors.test_sensitive_beliefs import sensitive

TOLD = [
    ("健康診断結果", "大森 弘樹さんは胸部レントゲンで左下肺に淡い影があると言われました。", "胸部レントゲンで左下肺に淡い影があ"),
    ("健康診断結果", "面談者: 岡田 沙織\n今年の健診で二次検査を受けるよう言われたとのこと。", "二次検査を受けるよう言われ"),
    ("病歴", "小池 亮さんは循環器内科で僧帽弁閉鎖不全症と言われたそうです。", "僧帽弁閉鎖不全症と言われた"),
    ("障害", "北村 伸也さんは白杖を使って一人で通勤しています。", "白杖を使"),
    ("障害", "西田 楓さんは手話で会話するため、面接には通訳が同席した。", "手話で会話"),
    ("障害", "氏名: 松尾 拓\n療育手帳はA判定、グループホームから通う。", "療育手帳はA判定"),
    ("障害", "氏名: 松尾 拓\n以前は就労移行支援の事業所に通っていた。", "就労移行支援の事業所に通"),
    ("人種・民族", "大野 エミリさんは母方がペルーにルーツがあり、週末は教会に通う。", "ペルーにルーツがあり"),
    ("人種・民族", "金田 進さんの民族名は金 進宇（キム・ジヌ）です。", "民族名は金"),
    ("人種・民族", "森 カルロスさんは日系二世のお父さんと暮らしている。", "日系二世"),
    ("信条", "坂本 誠さんは毎月、基地建設に反対する集会に参加している。", "基地建設に反対する集会に参加"),
    ("信条", "坂本 誠さんは原発の廃止を求める署名を集めている。", "を求める署名を集め"),
    ("信条", "坂本 誠さんは平和主義を信条として、防衛関連の案件を断った。", "を信条として"),
]

NOT_TOLD = [
    "岡田 沙織さんの健診は来週で、心電図と胸部レントゲンを受ける予定です。",
    "岡田 沙織さんは結果で精密検査が必要となった場合の費用を尋ねた。",
    "大野 エミリさんは日系企業の現地法人で3年働いた。",
    "大野 エミリさんの国籍はペルーで、在留資格は永住者です。",
    "大野 エミリさんの母語はスペイン語です。",
    "坂本 誠さんは新製品のデモに参加した。",
    "坂本 誠さんは上司から仕事が丁寧だと言われた。",
    "坂本 誠さんは気候変動の講演会に参加した。",
]

NOTICES = [
    "障害者雇用状況(集計)\n区分\t人数\n精神障害者\t4\n知的障害者\t2\n担当\t人事課 吉川 智也\t内線 3305",
    "福祉制度のご案内\n車いすで通勤する社員には駐車場を用意しています。療育手帳はA判定でも利用できます。\n担当: 総務課 吉川 智也 03-4412-5590",
    "保健だより\n胸部レントゲンで影があると言われたら、早めに受診しましょう。\n問い合わせ先 健康管理室 今井 静香（内線3321）",
]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", TOLD)
def test_told_in_words_is_found_with_its_category(detector, category, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == category and (phrase in d.text or d.text in phrase) for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_TOLD)
def test_plans_statuses_and_guesses_are_not_told(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_is_not_tied_to_its_contact_person(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_a_signature_past_a_blank_line_ties_nothing_above(detector):
    text = "健康だより 第4号\n胸部レントゲンで右肺に結節の影がありました、という相談が増えています。\n\n野村 大輔\n内線 2210"
    assert sensitive(detector, text) == []
    assert sensitive(detector, "野村 大輔さんは胸部レントゲンで右肺に結節の影がありました。")


@pytest.mark.slow
def test_text_with_a_blank_line_after_every_line_still_ties_its_lines(detector):
    """PDF text: blank lines part no paragraphs."""
    text = "面談メモ（野村 大輔さん）\n\n入社2年目。\n\nタイにルーツを持ち、家族と暮らす。\n\n"
    assert [d.category for d in sensitive(detector, text)] == ["人種・民族"]


@pytest.mark.slow
def test_a_contact_column_of_a_persons_row_does_not_untie_the_row(detector):
    text = "氏名\t障害種別\t担当\n大森 弘樹\t内部障害\t吉川 智也"
    assert [d.category for d in sensitive(detector, text)] == ["障害"]


@pytest.mark.slow
@pytest.mark.parametrize("value, counts", [("右下肺野に小結節影", True), ("心電図 左室肥大の疑い", True),
                                           ("前回と変化なし", False), ("特記すべき所見なし", False)])
def test_a_finding_in_words_under_a_findings_label(detector, value, counts):
    found = sensitive(detector, f"氏名: 大森 弘樹\n所見: {value}")
    assert bool([d for d in found if d.category == "健康診断結果"]) == counts, found


@pytest.mark.slow
def test_reasonable_accommodation_asked_is_a_disability_flag(detector):
    found = sensitive(detector, "氏名: 西田 楓\n合理的配慮の申出: あり(照明の調整)")
    assert [d.category for d in found] == ["障害"]
