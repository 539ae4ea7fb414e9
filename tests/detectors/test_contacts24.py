"""Issue 12, contacts24: contacts read by where they stand, across writers 16–23 — a bare number in a
delimited roster's phone field, a bare number in brackets after a member's title, a body named
inside a person's post on the line above their number, a mailbox named after a unit's head.
The real GiNZA detector; made-up people, places and numbers."""

import pytest

from detectors.jp.phone_rows import in_phone_column
from detectors.own_affiliations import names_a_body
from detectors.own_mailboxes import role_mailbox


def _found(detector, text, entity):
    return [d.text.lstrip("（(") for d in detector.detect(text) if d.entity_type == entity]


# --- a bare number in the phone field of a delimited roster ---------------------------------

@pytest.mark.parametrize("sep", ["／", " | ", "\t", ","])
def test_a_bare_number_in_a_rosters_phone_field(detector, sep):
    rows = [("講師名簿（内部用）",),
            ("持田 久美子", "書道", "080-4471-2093", "土曜"),
            ("岩渕 陽介", "ペン字", "0475321188", "日曜"),
            ("堀内 さやか", "書道", "0475-33-8190", "平日"),
            ("小野寺 悠", "水墨画", "090-2231-7745", "土曜")]
    text = "\n".join(sep.join(row) for row in rows) + "\n"
    assert "0475321188" in _found(detector, text, "PHONE")


def test_the_field_needs_phones_in_other_rows_of_the_same_shape():
    text = "品番／数量／伝票\nA-12／3／0475321188\nB-07／1／0566412290\nC-33／5／0298334417\n"
    start = text.index("0475321188")
    assert not in_phone_column(text, start, start + 10)  # no written phone in the column: slips' numbers


def test_a_number_sharing_its_field_is_no_columns_cell():
    text = ("名簿\n持田 久美子／080-4471-2093\n岩渕 陽介／受付番号 0475321188\n"
            "堀内 さやか／0475-33-8190\n")
    start = text.index("0475321188")
    assert not in_phone_column(text, start, start + 10)


# --- a bare number in brackets after a member's title ----------------------------------------

@pytest.mark.parametrize("title", ["部員", "団員", "隊員", "組合員", "君"])
def test_a_bare_number_after_a_members_title(detector, title):
    text = f"昨日の練習中に、浅沼拓真{title}（0475321188）が足首を捻挫しました。\n"
    assert _found(detector, text, "PHONE") == ["0475321188"]


# --- a body named inside a person's post on the line above -----------------------------------

@pytest.mark.parametrize("post", ["支部書記長", "本部執行委員", "支部長", "分会の代議員"])
def test_a_post_naming_a_body_leaves_the_number_below_its_persons(detector, post):
    text = (f"■ 秋津 美晴 様（1979年3月2日生）\n  照会の際、人事の方から「本人は県教組の{post}」と伺った。\n"
            "  連絡先 090-5512-3087  担当 岡\n")
    assert _found(detector, text, "PHONE") == ["090-5512-3087"]


def test_a_post_in_a_body_is_no_body_speaking():
    from detectors.organisation import _ORGANISATION
    assert not names_a_body("本人は県教組の支部書記長", _ORGANISATION)
    assert names_a_body("県教組 支部事務所", _ORGANISATION)  # the office itself still speaks


# --- a mailbox named after a unit's head ---------------------------------------------------

@pytest.mark.parametrize("mailbox", ["kumicho@tomoe-kai.example.jp", "iinchou@aozora-pta.example.jp",
                                     "shibucho-hq@rengo.example.or.jp", "dancho@kodomo-kabuki.example.jp"])
def test_a_unit_heads_mailbox_is_a_post(mailbox):
    assert role_mailbox(mailbox)


def test_a_unit_heads_mailbox_in_to_is_not_found(detector):
    text = "From: 事務局 <uketsuke@tomoe-kai.example.jp>\nTo: kumicho@tomoe-kai.example.jp\n\n各組長各位\n"
    assert _found(detector, text, "EMAIL") == []


def test_a_persons_mailbox_at_the_same_domain_stays(detector):
    text = "From: 事務局 <uketsuke@tomoe-kai.example.jp>\nTo: r-akitsu@tomoe-kai.example.jp\n\n秋津様\n"
    assert _found(detector, text, "EMAIL") == ["r-akitsu@tomoe-kai.example.jp"]


# --- an issued notice signed at its foot, and a reply quoting it ------------------------------

NOTICE_FOOT = "{title}\n{indent}参加費 1,500円（保険料込み）\n{indent}朝霧ランナーズ\n{indent}〒418-0061　静岡県富士宮市北町14-3\n{indent}電話 0544-21-7730（火〜土）\n"


def test_a_notice_signed_at_its_foot_names_its_issuer(detector):
    text = NOTICE_FOOT.format(title="記録会のご案内", indent="")
    assert [d for d in detector.detect(text) if d.entity_type in ("PHONE", "ADDRESS", "POSTAL_CODE")] == []


def test_a_reply_quoting_a_notice_keeps_the_writers_mobile_only(detector):
    quoted = NOTICE_FOOT.format(title="> 記録会のご案内です。", indent="> ")
    text = f"了解しました。当日は 090-6614-2207 に連絡ください。\n\n{quoted}"
    assert _found(detector, text, "PHONE") == ["090-6614-2207"]
    assert _found(detector, text, "ADDRESS") == []


def test_a_foot_far_below_the_number_or_a_notice_untitled_stays(detector):
    untitled = NOTICE_FOOT.format(title="今月の記録", indent="")
    assert _found(detector, untitled, "PHONE") == ["0544-21-7730"]  # no issued title: nothing says whose


def test_bare_mobiles_in_the_field_count_as_its_phones():
    text = "名簿\n持田 久美子／08044712093／土曜\n岩渕 陽介／0475321188／日曜\n堀内 さやか／09022317745／平日\n"
    start = text.index("0475321188")
    assert in_phone_column(text, start, start + 10)
