"""PERSON in minutes, daily reports, appraisals and mail (issue 12, names3;
detectors/jp/person_office.py): speakers at line starts, a listed surname and given
name the tags miss, readings and other scripts in brackets, ASANO Emi, a name before
です, with look-alikes (shops called after their owner, a lone line that only looks
like a speaker). Made-up people, the real GiNZA model."""

import pytest

# (text, the PERSON texts expected, in order)
SPEAKERS = [
    ("平塚：見積りを出します。\n小寺: 了解です。\n", ["平塚", "小寺"]),
    ("【岩瀬】先方の回答待ち。\n（平塚）資料は共有済み。\n", ["岩瀬", "平塚"]),
    ("・小寺）発注先に連絡済み\n平塚より、延期したいとの発言あり。\n", ["小寺", "平塚"]),
    ("佐伯より補足。\n三好より報告。\n", ["佐伯", "三好"]),
    ("平塚：晴れ\n", []),  # one line alone is no transcript: 平塚 is a city too
    ("日時：10月5日\n場所：第2会議室\n", []),  # labels, no surnames
]
JOINED = [
    ("出席：三好　健太郎、宇野彩花\n", ["三好　健太郎", "宇野彩花"]),
    ("対象：三好　美咲\n", ["三好　美咲"]),
    ("> 今泉　誠です。\n", ["今泉　誠"]),
]
BRACKETS = [
    ("留学生の王 麗華（おう れいか）さんも同席した。", ["王 麗華", "おう れいか"]),
    ("面談記録　Rajesh Kumar（ラジェシュ・クマール）\n", ["Rajesh Kumar", "ラジェシュ・クマール"]),
    ("通訳はASANO Emiが担当する。", ["ASANO Emi"]),
    ("ご担当のEmi ASANOさん", ["Emi ASANO"]),
    ("新製品（ハッピー・セット）を発売した。", []),
    ("IT Support（ヘルプデスク）に連絡", []),
]
ADDRESSED = [
    ("Nguyen Van Minhさんが来日。", ["Nguyen Van Minh"]),
    ("15時　ミヨシ様より折返し依頼", ["ミヨシ"]),
    ("15時　ﾐﾖｼ様より折返し依頼", ["ﾐﾖｼ"]),
    ("メンバーさんに連絡", []),  # no surname reading
]
SHOPS = [
    ("和田屋さんから饅頭を仕入れた。", []),
    ("カフェ・オオツカさんから豆を仕入れた。", []),
    ("喫茶 大塚で打合せ。", []),
    ("大塚さんから豆を仕入れた。", ["大塚"]),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize("text, expected", SPEAKERS + JOINED + BRACKETS + ADDRESSED + SHOPS)
def test_names_in_office_prose_and_mail(detector, text, expected):
    assert _people(detector, text) == expected
