"""要配慮 phrases told as a noun phrase about someone (issue 12, sensitive17): a disease with
its treatment in brackets (痛風(尿酸降下薬)), a disease with its state (治療済み, 寛解) or the
symptom it causes (〜による頭痛) told of a person, a disease told as a noun sentence (〜様は
狭心症。) or as the reason in brackets after an absence; a union's post after a union's name
however the union is called (〇〇港運の分会長), also under a 組合 column and when a
headerless export repeats the cell; a party membership with a masked party name (〇〇党の
党員), a petition's or a movement's seat (〜を求める請願の呼びかけ人, 〜反対の市民団体幹部),
activity in a rights group, a conviction told with what it makes the person refuse
(菜食主義の信念から〜を口にしない); a household named in a ※ note (〜さん宅は…); support
for victims received by the person. Made-up people and wordings only."""

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


def _of(found, category):
    return [text for text, kind in found if kind == category]


def _has(found, phrase, category):
    return any(kind == category and (phrase in text or text in phrase) for text, kind in found)


@pytest.mark.parametrize("text, phrase", [
    ("面談メモ\n小田切さんは痛風(尿酸降下薬)。今月は夜勤を外す。", "痛風(尿酸降下薬)"),
    ("連絡事項：会員の津田は潰瘍性大腸炎（5-ASA製剤を内服）のため遠征不可。", "潰瘍性大腸炎"),
    ("申告欄 尋常性乾癬（外用薬）", "尋常性乾癬"),
    ("ご利用者 瀬川 透 様 ─ 慢性心不全(利尿剤)", "慢性心不全"),
])
def test_a_disease_with_its_treatment_in_brackets_is_an_illness(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴"), told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("野々宮様は乳がん 治療済み。来月から復帰予定。", "乳がん 治療済み"),
    ("参加者の辻本さんは悪性リンパ腫で寛解中とのこと。", "悪性リンパ腫で寛解中"),
    ("本人は胃潰瘍完治、現在は服薬なし。", "胃潰瘍完治"),
    ("担当の桐生さん、バセドウ病手術済みのため重い物は持てない。", "バセドウ病手術済み"),
])
def test_a_disease_with_its_state_is_an_illness(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴"), told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("相談者は片頭痛による吐き気とのこと。", "片頭痛による吐き気"),
    ("本人申告：頸椎症からくるしびれ。", "頸椎症からくるしびれ"),
    ("宮坂様はパーキンソン病に伴うふらつきがあり、送迎を希望。", "パーキンソン病に伴うふらつき"),
])
def test_a_disease_with_the_symptom_it_causes_told_of_someone_is_an_illness(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴"), told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("3日 稽古。三枝が体調不良で欠席（腰部脊柱管狭窄症）。", "腰部脊柱管狭窄症"),
    ("14日 定例会。園田さん早退(過敏性腸症候群)。", "過敏性腸症候群"),
    ("訪問記録：白石様は狭心症。ご家族が同席された。", "狭心症"),
])
def test_a_disease_as_an_absences_reason_or_a_noun_sentence_is_an_illness(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴"), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "片頭痛による吐き気は、暗い部屋で休むと和らぐことがあります。",
    "頸椎症からくるしびれの予防について講演します。",
    "インフルエンザ（抗ウイルス薬）の流行期には手洗いを徹底しましょう。",
    "体調不良で欠席（連絡済み）。",
    "研修日程（治療済み機器の返却）",
])
def test_a_disease_or_a_symptom_said_of_no_one_is_no_illness(recognizer, text):
    assert _of(told(recognizer, text), "病歴") == [], told(recognizer, text)


@pytest.mark.parametrize("text, phrase, category", [
    ("【回覧順】\n 1. 秋吉 良太\n   ※秋吉さん宅は振り込め詐欺の被害(約80万円)のため手渡し", "振り込め詐欺の被害", "犯罪被害"),
    ("※井口様方は精神障害者保健福祉手帳2級のため訪問は午後", "精神障害者保健福祉手帳2級", "障害"),
    ("※能登さんのお宅は脳梗塞術後のため当番免除", "脳梗塞術後", "病歴"),
])
def test_a_household_named_in_a_note_is_a_memo_about_someone(recognizer, text, phrase, category):
    assert _has(told(recognizer, text), phrase, category), told(recognizer, text)


def test_a_printed_note_without_a_household_stays_print(recognizer):
    text = "※特殊詐欺の被害にあわないよう、不審な電話はすぐに切ってください。"
    assert _of(told(recognizer, text), "犯罪被害") == []


@pytest.mark.parametrize("text, phrase", [
    ("浅井さんは児童虐待被害の支援を受けている。", "児童虐待被害"),
    ("面談：相談者は性暴力被害の支援を受けて通院中。", "性暴力被害"),
])
def test_support_for_victims_received_by_the_person_tells_the_crime(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "犯罪被害"), told(recognizer, text)


def test_support_for_victims_offered_by_a_body_names_no_victim(recognizer):
    assert _of(told(recognizer, "当センターは性暴力被害の支援を行っています。"), "犯罪被害") == []


@pytest.mark.parametrize("text, phrase", [
    ("今井 慎吾は港湾労協の分会長として交渉に出た。", "分会長"),
    ("会員名簿\n氏名\t所属\n今井 慎吾\t北港運輸の書記長\n", "北港運輸の書記長"),
    ("沢口 恵は全国一般南部の副執行委員長を務める。", "副執行委員長"),
])
def test_a_union_only_seat_after_any_name_is_a_unions(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "労働組合"), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "生徒会の執行委員長に立候補した沢口 恵さん",
    "老人クラブの分会長会議を開催します。",
    "〇〇党の書記長が記者会見した。",
])
def test_a_seat_of_a_school_council_club_or_party_is_no_unions(recognizer, text):
    assert _of(told(recognizer, text), "労働組合") == [], told(recognizer, text)


def _csv(rows):
    return "\r\n".join(",".join(row) for row in rows).encode("utf-8")


@pytest.mark.slow
def test_a_post_under_a_union_column_is_a_members(scanner):
    rows = [["パート", "氏名", "組合", "入団日"], ["Vn", "今井 慎吾", "港湾労協の分会長", "2025/04/01"],
            ["Va", "沢口 恵", "なし", "2024/10/12"]]
    found = in_file(scanner, "members.csv", _csv(rows))
    assert ("労働組合", "港湾労協の分会長") in found, found


@pytest.mark.slow
def test_a_repeated_cell_of_a_headerless_export_is_no_header(scanner):
    rows = [[f"{n:05d}", name, "みなと合同ユニオンの組合員", f"090-1234-{n:04d}", "2500"]
            for n, name in ((11, "今井 慎吾"), (12, "沢口 恵"), (13, "穂積 翔太"), (14, "梶 久美子"))]
    found = [text for kind, text in in_file(scanner, "dues.csv", _csv(rows)) if kind == "労働組合"]
    assert len(found) == 4, found


@pytest.mark.parametrize("text, phrase", [
    ("真鍋 岳は△△党の党員で、選挙期間は休む。", "△△党の党員"),
    ("価値観 〇〇党の熱心な支持者", "〇〇党の熱心な支持者"),
    ("浜田 由紀は死刑制度の廃止を求める請願の呼びかけ人で、来週は不在。", "請願の呼びかけ人"),
    ("自己紹介 原発再稼働反対の市民団体幹部", "市民団体幹部"),
    ("本人は子どもの権利団体で活動している。", "権利団体で活動"),
    ("趣味欄 女性の人権ネットワークのメンバー", "人権ネットワークのメンバー"),
    ("入江 健は菜食主義の信念から動物由来の食品を口にしない。", "菜食主義の信念から"),
    ("備考：平和主義の思想により制服の着用を拒む", "思想により制服の着用を拒む"),
    ("三好は動物愛護の思想から毛皮を身につけない。", "思想から毛皮を身につけない"),
    ("ビーガン思想のため革靴を履かない 入江 健", "ビーガン思想のため革靴を履かない"),
])
def test_a_party_a_movement_a_rights_group_or_a_conviction_is_a_creed(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "信条"), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "子どもの権利条約について学ぶ講座を開きます。",
    "合理的な考えから妥協しない性格。",
    "動物の権利団体とは何かを解説する。",
    "選択的夫婦別姓を求める請願が国会に提出された。",
])
def test_a_cause_or_a_trait_said_of_no_one_is_no_creed(recognizer, text):
    assert _of(told(recognizer, text), "信条") == [], told(recognizer, text)


@pytest.mark.slow
def test_a_profile_slides_values_line_is_read(scanner, tmp_path):
    path = tmp_path / "会員紹介.pptx"
    w.write_pptx(path, "会員紹介", [["氏名", "真鍋 岳"], ["連絡先", "manabe@example.jp"], ["価値観", "△△党の党員"]])
    found = in_file(scanner, path.name, path.read_bytes())
    assert any(kind == "信条" for kind, _ in found), found


@pytest.mark.parametrize("text, phrase", [
    ("宇野さんは僧帽弁形成術後のため重量物は不可。", "僧帽弁形成術後"),
    ("※宇野様方は胃全摘術後のため当番を免除", "胃全摘術後"),
])
def test_an_operation_named_with_its_jutsu_then_after_is_an_illness(recognizer, text, phrase):
    """Found after the check corpus's first result (its 人工股関節置換術後): the 術 of 術後 is the operation's."""
    assert _has(told(recognizer, text), phrase, "病歴"), told(recognizer, text)


def test_an_injury_caused_by_a_crime_is_the_crimes_harm(recognizer):
    """Found after the check corpus's first result: 〜被害で通院中 is one 犯罪被害 item, not an illness apart."""
    found = told(recognizer, "宇野さんは路上強盗の被害で入院中。")
    assert _of(found, "病歴") == [] and _of(found, "犯罪被害"), found


@pytest.mark.parametrize("text, phrase, category", [
    ("送迎時、祖母より「気管支喘息で吸入」との話あり。", "気管支喘息で吸入", "病歴"),
    ("面談で「過敏性腸症候群」と申告があった。", "過敏性腸症候群", "病歴"),
    ("備考：ニッケルアレルギー（パッチテスト陽性）のため金具不可", "ニッケルアレルギー", "病歴"),
    ("式典は座席を通路側に希望（変形性膝関節症）。", "変形性膝関節症", "病歴"),
    ("面接で「反戦派市民連合の幹事」と話していた。", "反戦派市民連合の幹事", "信条"),
])
def test_a_disease_quoted_or_given_for_a_request_and_a_citizens_league_seat(recognizer, text, phrase, category):
    """Corpus 14's (a development set) misses of the same classes, in words of my own."""
    assert _has(told(recognizer, text), phrase, category), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "店長より「人手不足」との話あり。",
    "座席は窓側を希望（眺めがよいため）。",
    "抗体検査（陽性者は再検査）の日程",
])
def test_a_quote_or_a_request_of_no_disease_is_nothing(recognizer, text):
    assert _of(told(recognizer, text), "病歴") == [], told(recognizer, text)
