"""要配慮 told by many hands (issue 12, sens6): union forms and seats, a movement taken part
in, an offence told as an act, a record word that labels a value, care kept up, a medicine
by form and dose; a one-off symptom's rest, a relative's record, an outage and a tablet-less
capsule are not. A care plan whose body tells the need and whose table names the person is
about that person. Made-up people, the real detector (GiNZA) and real files."""

import pytest

from benchmarks.sens5_writers import odt_bytes
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file, sensitive

HEAD = "面談記録\n対象者　真壁 千晶\n"
FOUND = [
    ("労働組合", "先月、組合加入届を提出した。", "組合加入届を提出"),
    ("労働組合", "春闘では交渉委員として協議に出ている。", "交渉委員"),
    ("労働組合", "組合の青年部で活動している。", "組合の青年部で活動"),
    ("信条", "学生時代から平和運動に関わっている。", "平和運動に関わって"),
    ("信条", "反原発の市民団体の世話人をしている。", "反原発の市民団体の世話人"),
    ("信条", "地元議員の後援会の事務を手伝っている。", "後援会の事務を手伝って"),
    ("犯罪歴", "駅前の書店で万引きをして補導された。", "万引きをして補導された"),
    ("犯罪歴", "通勤電車内の痴漢行為で逮捕", "痴漢行為で逮捕"),
    ("犯罪歴", "少年院に入っていた時期がある。", "少年院に入っていた"),
    ("犯罪被害", "上司から胸ぐらをつかまれたと訴える。", "胸ぐらをつかまれた"),
    ("病歴", "てんかん発作の既往があり服薬継続中。", "てんかん発作の既往があり"),
    ("病歴", "インスリン注射を一日二回自己管理。", "インスリン注射を一日二回自己管理"),
    ("病歴", "処方：ドネペジル塩酸塩錠5mg", "ドネペジル塩酸塩錠5mg"),
    ("病歴", "バイアスピリン（脳梗塞の再発予防）", "脳梗塞の再発予防"),
]


@pytest.mark.slow
def test_a_work_accidents_injury_is_no_crime(detector):
    found = sensitive(detector, HEAD + "フォークリフトに足を轢かれ打撲。")
    assert [(d.category, d.text) for d in found] == [("病歴", "轢かれ打撲")]
NOT_FOUND = [
    "頭痛のため休養30分。",
    "発熱のため早退した。",
    "兄が逮捕されたことを気にしている。",
    "前科・前歴：なし",
    "前科の有無：無",
    "基幹システム障害により受注処理が停止。通信障害（回線事業者側）。",
    "タイムカプセルを校庭に埋めた。",
    "反戦デモの報道を見て、地域清掃のボランティアに参加している。",
]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", FOUND)
def test_told_by_many_hands_is_found_with_its_category(detector, category, text, phrase):
    found = sensitive(detector, HEAD + text)
    assert any(d.category == category and phrase in d.text for d in found), [(d.category, d.text) for d in found]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_symptom_a_relative_a_label_or_a_thing_says_nothing_of_the_person(detector, text):
    assert sensitive(detector, HEAD + text) == []


@pytest.mark.slow
def test_a_named_disease_with_rest_is_still_a_disease(detector):
    found = sensitive(detector, HEAD + "片頭痛で欠勤した。")
    assert [(d.category, d.text) for d in found] == [("病歴", "片頭痛で欠勤")]


def _plan(need: str, people: list[str]) -> bytes:
    table = [["利用者名", people[0]], ["生年月日", "昭和24年3月29日"]] + [["担当", name] for name in people[1:]]
    return odt_bytes(["居宅サービス計画書", f"総合的な援助の方針：本人の状態（{need}）を踏まえ、通所リハビリを組み合わせる。"], table)


@pytest.mark.slow
def test_a_care_plans_body_is_about_the_person_its_table_names(scanner):
    found = in_file(scanner, "plan.odt", _plan("手話通訳が必要", ["甘粕　千景", "樽見 綾乃"]))
    assert ("障害", "手話通訳が必要") in found


@pytest.mark.slow
def test_a_document_naming_many_people_ties_nothing_across_its_parts(scanner):
    people = ["甘粕　千景", "樽見 綾乃", "久我 恭平", "能登 美緒"]
    assert in_file(scanner, "plan.odt", _plan("手話通訳が必要", people)) == []


@pytest.mark.slow
def test_a_workbook_of_prescriptions_names_each_medicine(scanner):
    rows = [["No", "氏名", "処方内容"], ["1", "南雲 大悟", "ランソプラゾールOD錠15mg"], ["2", "葛城 環", "処方なし（相談のみ）"]]
    assert in_file(scanner, "drugs.xlsx", w.xlsx_bytes({"薬歴": rows})) == [("病歴", "ランソプラゾールOD錠15mg")]
