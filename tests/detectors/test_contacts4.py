"""Contact data of issue 12's contact4 work: addresses written 2の3の4 or in 漢数字,
phones split by dots, a 誕生 column, the employer's row in a ledger, a letterhead's
phone and fax on lines of their own, a person's bill to a company, a person named by
a birth date. The real GiNZA detector; made-up people and places."""


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def test_addresses_with_no_blocks_and_kanji_numbers_are_found(detector):
    for written in ["住所: 徳島県鳴門市撫養町北3の12の5", "住所: 石川県小松市園町北四丁目十二番地七",
                    "住所: 大分県日田市隈南2の8の14　ハイツ楓302", "住所: 山口県萩市堀内西十丁目三番二十号"]:
        assert _found(detector, written, "ADDRESS") == [written[4:]], written


def test_a_building_does_not_swallow_the_next_phone(detector):
    text = "事業所: 株式会社まるも工業 青森県弘前市土手町北3丁目2番4号　0172-33-1234"
    assert "青森県弘前市土手町北3丁目2番4号" in [a.strip() for a in _found(detector, text, "ADDRESS")] or \
        _found(detector, text, "ADDRESS") == []
    assert all("0172" not in a for a in _found(detector, text, "ADDRESS"))


def test_dotted_phones_are_found_and_a_dotted_date_is_not(detector):
    assert _found(detector, "連絡: 090.1234.5678\t自宅: 0172.33.1234", "PHONE") == ["090.1234.5678", "0172.33.1234"]
    assert _found(detector, "更新: 09.12.2026", "PHONE") == []


def test_a_birth_date_under_a_tanjo_column(detector):
    assert _found(detector, "部員: 相川 透\t誕生: 1988.4.9", "DATE_OF_BIRTH") == ["1988.4.9"]


def test_the_employers_row_of_a_ledger_is_not_an_insured_persons(detector):
    text = ("区分: 本人\t氏名: 相川 透\t雇用保険被保険者番号: 6301-234567-8\n"
            "区分: 事業所\t氏名: 適用事業所番号\t雇用保険被保険者番号: 5012-345678-9")
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["6301-234567-8"]


def test_a_letterheads_phone_and_fax_on_their_own_lines_are_the_companys(detector):
    text = "請求書\t\n宛先\t株式会社しらかば製作所 御中\t\n〒038-0012\t\n青森県弘前市土手町北3丁目2番4号\t\n0172-33-1234\t\n0172-33-1235"
    assert _found(detector, text, "PHONE") == []


def test_a_persons_bill_to_a_company_keeps_the_persons_phone(detector):
    text = "請求書\n請求先：合同会社はやて運輸\n請求元：稲葉 咲\n住所：秋田県横手市駅前町3の2の1\n電話：090-2345-6789"
    assert _found(detector, text, "PHONE") == ["090-2345-6789"]


def test_a_bare_number_under_its_address_and_the_person_named_by_a_birth_date(detector):
    text = "> 送り先：茨城県笠間市旭町東2の3の4\n> 平日は 0296721234 におります。"
    assert _found(detector, text, "PHONE") == ["0296721234"]
    text = "株式会社しらかば製作所　労災報告書\n当事者：（生年月日 1975/04/03）\n連絡先：090-3456-7890"
    assert _found(detector, text, "PHONE") == ["090-3456-7890"]


def test_a_birth_date_in_brackets_after_the_name_of_whom_a_record_is_about(detector):
    assert _found(detector, "対象者 相川　透（1975/04/03）", "DATE_OF_BIRTH") == ["1975/04/03"]
    assert _found(detector, "相談者：稲葉咲（S50.4.1）", "DATE_OF_BIRTH") == ["S50.4.1"]
    assert _found(detector, "対象者 相川　透（2026/04/03）", "DATE_OF_BIRTH") == []  # no age left: an event
    assert _found(detector, "面談日（2001/04/03）", "DATE_OF_BIRTH") == []


def test_an_address_in_brackets_after_a_home_and_phones_of_whom_a_record_is_about(detector):
    text = "・相川様宅（横手市駅前町5の3の2）を訪問した。"
    assert _found(detector, text, "ADDRESS") == ["横手市駅前町5の3の2"]
    text = "・江頭さん（萩市堀内西2の8の1）は次回の当番。"
    assert _found(detector, text, "ADDRESS") == ["萩市堀内西2の8の1"]
    text = "学校法人 みどり学園　生徒指導記録\n生徒：稲葉 咲　保護者：稲葉 透　連絡先：090.2345.6789"
    assert _found(detector, text, "PHONE") == ["090.2345.6789"]
