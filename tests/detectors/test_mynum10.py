"""Issue 12, mynum10: twelve digits passing the My Number check are no My Number in a
payment's record (a bank code, a branch code, the account's kind and number in a
headerless row; a header or a JSON object of a transfer's fields) nor in goods' record
(a JAN or GTIN code, a count with its unit, a lot's own label: ロット, LOT, Batch,
<lot>), even in a run; a person's row (a birth date, an address) keeps its number
beside a salary account, and kojin_no is a My Number's own key. The real GiNZA
detector; made-up people and numbers."""

import pytest
from stdnum import ean
from stdnum.jp import in_

KEYS = ("176749365367", "861564985029", "942849815402", "123456789018", "381204765514", "514209837718")
JAN, GTIN = "4901234567894", "14987123456781"


def _found(detector, text):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == "MY_NUMBER")


def _rows(line: str) -> str:
    return "\n".join(line.format(key=key, n=n) for n, key in enumerate(KEYS))


def test_the_numbers_of_these_tests_pass_their_checks():
    assert all(in_.is_valid(k) for k in KEYS) and ean.is_valid(JAN) and ean.is_valid(GTIN)


@pytest.mark.parametrize("text", [
    _rows("C0{n}\tﾔﾏｸﾞﾁ ｹﾝ\t0005\t12{n}\t1\t765432{n}\t16500\t{key}"),  # a direct debit, no header
    _rows("2,0009,ﾐﾂｲｽﾐﾄﾓ,40{n},ﾎﾝﾃﾝ,2,123456{n},ｱｵｷ ﾕｳ,5500,{key}"),  # 全銀 order, names between the codes
    _rows("{key}\tイシダ ミキ\t0138\t横浜銀行\t00{n}\t駅前\t普通\t765432{n}\t3980"),  # the kind in words
    _rows("{key}|ナカノ ジュン|0158|21{n}|当座|234567{n}|6600"),  # a host's record by bars
    "銀行コード\t支店コード\t預金種目\t口座番号\t振込金額\tEDI情報\n" + _rows("0001\t10{n}\t1\t345678{n}\t54000\t{key}"),
    '{\n "transfers": [\n' + ",\n".join(
        f'  {{\n   "bank_code": "0010",\n   "account_number": "123456{n}",\n   "amount": 27500,\n   "memo": "{key}"\n  }}'
        for n, key in enumerate(KEYS)) + "\n ]\n}"])
def test_a_key_in_a_payments_record_is_no_my_number(detector, text):
    assert _found(detector, text) == []


@pytest.mark.parametrize("text", [
    _rows(f"AB-10{{n}}\t六角ボルト\t{JAN}\t{{key}}\t2026/10/0{{n}}\t120個"),  # goods with no header
    _rows(f"{GTIN}|和風だし 1L|{{key}}|2027.3.1{{n}}|12本"),
    "品番\tLOT\t検査結果\n" + _rows("品番: CN-33{n}\tLOT: {key}\t検査結果: 合格"),
    "試験成績書\n" + _rows("FX-0718 防振ゴム  Batch: {key}  製造日 2026/06/1{n}"),
    "<receipt>" + "".join(f"<item><lot>{key}</lot><qty>120</qty></item>" for key in KEYS) + "</receipt>",
    f"製造ロット {KEYS[0][:4]} {KEYS[0][4:8]} {KEYS[0][8:]} の製品を回収します。マイナンバーのご提示は不要です。"])
def test_a_lot_of_goods_is_no_my_number(detector, text):
    assert _found(detector, text) == []


@pytest.mark.parametrize("text", [
    _rows("E30{n}\t酒井 良信\tS45.0{n}.21\t東京都江東区亀戸2-11-5\t{key}\t0005\t12{n}\t1\t765432{n}"),
    _rows("{key}|小川 七海|宮城県仙台市青葉区国分町1-4-9|0158|07{n}|1|348621{n}"),
    _rows("森本 愛,1979050{n},埼玉県川口市栄町3-4-1,{key}"),
    "employees:\n" + "\n".join(f'  - shimei: 久保 圭介\n    kojin_no: "{key}"' for key in KEYS[:3])])
def test_a_persons_record_keeps_its_number_beside_an_account(detector, text):
    assert _found(detector, text) == sorted(k for k in KEYS if k in text)
