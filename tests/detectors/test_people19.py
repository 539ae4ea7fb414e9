"""People, phones and 要配慮 of a neighbourhood's drill roster, a rescue team's memo and a volunteer
class's register (people19): a helper's or an escort's column of surnames alone; a full name glued
to its post; a volunteer's or a supporter's label; a mobile number whose sentence before it names
a workplace; a people of a land; a treatment told with the internal disability it keeps up; a
condition as the value after a person addressed; a swindle's damage as a noun phrase; 東京都府中市.
Made-up people and sentences, the real GiNZA model."""

import pytest


def _found(detector, text, entity_type="PERSON"):
    return [d.text for d in detector.detect(text) if d.entity_type == entity_type]


def _sensitive(detector, text):
    return [(d.category, d.text) for d in detector.detect(text) if d.entity_type == "SENSITIVE"]


def _roster(header, values):
    lines = [f"世帯\t氏名\t{header}\t"]
    people = ("大川 里奈", "小野 浩二", "高木 百合", "前原 和也", "遠藤 千秋", "石田 康平")
    for i, value in enumerate(values):
        lines.append(f"世帯: {i + 1}\t氏名: {people[i]}\t{header}: {value}\t")
    return "\n".join(lines) + "\n"


# a helper's, an escort's, a group leader's column: each cell a surname alone, which the dictionary
# reads as a place (出雲, 丹波, 薩摩), a temple's name (西園寺) or which is one character (堀, 辻)
@pytest.mark.parametrize("header", ["避難支援者", "付添人", "介助者", "安否確認者", "見守り者", "班長"])
def test_a_helpers_column_of_surnames(detector, header):
    values = ["出雲", "丹波", "西園寺", "薩摩", "堀", "辻"]
    found = _found(detector, _roster(header, values))
    assert set(values) <= set(found)


def test_a_column_of_what_is_needed_is_no_helpers(detector):
    found = _found(detector, _roster("支援内容", ["声かけ", "車いす", "未定", "担架", "なし", "同上"]))
    assert not set(found) & {"声かけ", "車いす", "未定", "担架", "なし", "同上"}


@pytest.mark.parametrize("text, name", [
    ("搬送訓練は出雲　真琴班長が指導した。\n", "出雲\u3000真琴"),
    ("当日は北条真琴隊長の号令で整列。\n", "北条真琴"),
    ("受付は五十嵐 葵係長が担当。\n", "五十嵐 葵"),
])
def test_a_full_name_glued_to_its_post(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text", ["小学校長の挨拶で始まった。\n", "事業部長と統括課長が出席した。\n",
                                  "自治会長と町内会長が司会をした。\n"])
def test_a_post_after_a_word_is_no_name(detector, text):
    assert _found(detector, text) == []


@pytest.mark.parametrize("text, name", [
    ("協力ボランティア：鶴見 和樹、ふじおか まゆ\n", "ふじおか まゆ"),
    ("<student><name>NGUYEN THI HOA</name><supporter>丹波 晴美</supporter></student>\n", "丹波 晴美"),
    ('{"learner": "PEREIRA ANA", "volunteer": "ささき ゆうと"}\n', "ささき ゆうと"),
])
def test_a_volunteers_or_supporters_label(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text", [
    "ホアさん：先週から日本語教室に参加。\n　勤め先は食品工場。明日は欠席（090-4418-2275より連絡）。\n",
    "アナさん：バイトはコンビニ店。連絡は 080-3371-9024 まで。\n",
    "レさん：来月帰国予定（070-2256-8813から連絡）。職場は介護施設。\n",
])
def test_a_mobile_after_a_workplace_said_of_its_person(detector, text):
    assert len(_found(detector, text, "PHONE")) == 1


def test_a_clinics_own_line_stays_the_clinics(detector):
    assert _found(detector, "お問い合わせ\nさくら内科クリニック　電話 0452-61-3370\n", "PHONE") == []


@pytest.mark.parametrize("text, phrase", [
    ("受講者メモ\nTHAPA RAJUさん：ネパールのタマン族。日本語能力N3。\n", "ネパールのタマン族"),
    ('[{"name": "ZAW MIN", "memo": "ミャンマーのカチン族"}]\n', "ミャンマーのカチン族"),
])
def test_a_people_of_a_land(detector, text, phrase):
    assert ("人種・民族", phrase) in _sensitive(detector, text)


def test_a_consumers_kind_is_no_people(detector):
    assert _sensitive(detector, "大森さん：最近はオフィスのランチ族。\n") == []


@pytest.mark.parametrize("text, phrase", [
    ("要支援者名簿\n氏名\t状況\t\n氏名: 大川 里奈\t状況: じん臓機能障害1級で人工透析\t\n", "じん臓機能障害1級で人工透析"),
    ("救護メモ\n小野 浩二さん（自宅）：植込み型除細動器（内部障害）\n", "植込み型除細動器（内部障害"),
    ("救護メモ\n高木 百合さん：呼吸器機能障害3級のため在宅酸素\n", "呼吸器機能障害3級のため在宅酸素"),
])
def test_a_treatment_with_the_internal_disability_it_keeps_up(detector, text, phrase):
    found = _sensitive(detector, text)
    assert any(category == "障害" and phrase in value for category, value in found)
    assert not any(category == "病歴" for category, _ in found)


@pytest.mark.parametrize("text, phrase", [
    ("救護班の控え\n前原 和也さん（西町2班）：慢性閉塞性肺疾患\n　避難時は長男が付き添う。\n", "慢性閉塞性肺疾患"),
    ("訪問メモ\n遠藤様：関節リウマチ。\n", "関節リウマチ"),
])
def test_a_condition_after_a_person_addressed(detector, text, phrase):
    assert ("病歴", phrase) in _sensitive(detector, text)


def test_a_topic_after_a_person_addressed_is_no_condition(detector):
    assert _sensitive(detector, "講師の石田さん：糖尿病の予防について話していただきます\n") == []


@pytest.mark.parametrize("text, phrase", [
    ("相談メモ\n石田 康平さん：還付金詐欺で12万円の被害\n", "還付金詐欺で12万円の被害"),
    ("石田 康平さん：先月、投資詐欺で約80万円の被害。\n", "詐欺で約80万円の被害"),
])
def test_a_swindles_damage_as_a_noun_phrase(detector, text, phrase):
    assert any(category == "犯罪被害" and phrase in value for category, value in _sensitive(detector, text))


@pytest.mark.parametrize("address", ["東京都府中市栄町1-4-9", "東京都府中市若松町3丁目7番2号 ハイツ若松105"])
def test_an_address_whose_prefecture_holds_another(detector, address):
    assert address in _found(detector, f"大川 里奈さん（{address}）：特記なし\n", "ADDRESS")
