"""Health phrases of a second writer (health18b): what a disease left, told as its sequel, is the
disease's history — one 病歴 phrase from the disease to what it left — unless the text names a
disability (障害, a 手帳, a grade: the law's certified disability), then one 障害 phrase; a sense's
check-up label (聴力:) before a disability told in words is no check-up's reading; a check-up
item's value ends at a sentence's end before the next label (。既往:); a body part's 機能障害 is
a disability. Made-up people and wordings only."""

import unicodedata

import pytest

from detectors.jp.sensitive.recognizer import SensitiveRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def _told(recognizer, text):
    text = unicodedata.normalize("NFKC", text)  # as the scanner gives it
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text))


# --- 1. a sequel and what it left: one phrase, 病歴 unless a disability is named -----------------

@pytest.mark.parametrize("text, phrase", [
    ("連絡帳：湊 一葉さんは脳出血の後遺症で右半身に軽いまひがあります。", "脳出血の後遺症で右半身に軽いまひ"),
    ("湊 一葉　くも膜下出血後遺症による左片麻痺", "くも膜下出血後遺症による左片麻痺"),
    ("湊 一葉さんは脳梗塞の後遺症で右手に軽いしびれ。", "脳梗塞の後遺症で右手に軽いしびれ"),
    ("申し送り：湊は脳出血後の左片まひ。", "脳出血後の左片まひ"),  # 後の: the same rule
])
def test_a_sequels_paralysis_is_the_diseases_history(recognizer, text, phrase):
    found = _told(recognizer, text)
    assert (phrase, "病歴") in found and not any(p[1] == "障害" for p in found), found


@pytest.mark.parametrize("text, phrase", [
    ("湊 一葉さんは脳出血の後遺症で右半身に軽いまひ(身体障害者手帳2級)。",
     "脳出血の後遺症で右半身に軽いまひ(身体障害者手帳2級)"),
    ("湊 一葉さんは頭部外傷の後遺症で左上肢に機能障害(手帳3級)。", "頭部外傷の後遺症で左上肢に機能障害(手帳3級)"),
])
def test_a_sequel_naming_a_disability_is_the_disability(recognizer, text, phrase):
    assert (phrase, "障害") in _told(recognizer, text)


# --- 2. a sense's check-up label before a disability told in words ----------------------------

@pytest.mark.parametrize("text, disability, history", [
    ("ご本人 湊 一葉\n聴力：視覚障害3級で点字を使用。既往：十二指腸潰瘍で投薬中。", "視覚障害3級", "十二指腸潰瘍で投薬中"),
    ("ご本人 湊 一葉\n聴力：補聴器を使用（両耳）。既往：腰椎ヘルニアの手術歴あり。", "補聴器を使用", "腰椎ヘルニア"),
])
def test_a_disability_under_a_sense_item_is_no_checkup_result(recognizer, text, disability, history):
    found = _told(recognizer, text)
    assert (disability, "障害") in found, found
    assert any(p[1] == "病歴" and p[0].startswith(history) for p in found), found
    assert not any(p[1] == "健康診断結果" for p in found), found


def test_an_items_finding_ends_at_the_sentence_before_the_next_label(recognizer):
    found = _told(recognizer, "湊 一葉\n腹部超音波：軽度の脂肪肝。既往：痛風で通院中")
    assert ("軽度の脂肪肝", "健康診断結果") in found and ("痛風で通院中", "病歴") in found, found


# --- 3. a body part's 機能障害 -----------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("備考: 依頼主は左下肢に機能障害あり。鍵はポストへ。", "下肢に機能障害"),
    ("湊 一葉　体幹の機能障害(手帳1級)", "体幹の機能障害"),
])
def test_a_body_parts_function_disability(recognizer, text, phrase):
    found = _told(recognizer, text)
    assert any(p[1] == "障害" and phrase in p[0] for p in found), found
    assert not any(p[1] == "病歴" for p in found), found
