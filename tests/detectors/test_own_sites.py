"""Issue 12, sites12: a farm's, a site's or a host's contacts are the place's, not the
person's named beside them — told by the value's own label, its ASCII key, its XML
element or its record — while the person's own home and mobile in the same record
stay. The real GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("address_label, phone_label", [("農園所在地", "農園電話"), ("就業場所", "就業場所TEL"),
                                                        ("受入先住所", "受入先電話"), ("実習先住所", "実習先TEL"),
                                                        ("現場住所", "現場電話")])
def test_a_sites_columns_beside_a_workers_own(detector, address_label, phone_label):
    text = (f"氏名\t携帯\t自宅住所\t派遣先\t{address_label}\t{phone_label}\n"
            f"氏名: 岡部 亮\t携帯: 080-2393-8937\t自宅住所: 千葉県香取市佐原イ51-6\t派遣先: 山田農場\t"
            f"{address_label}: 静岡県牧之原市静波908-5\t{phone_label}: 0548-22-8196")
    assert _found(detector, text, "PHONE") == ["080-2393-8937"]
    assert _found(detector, text, "ADDRESS") == ["千葉県香取市佐原イ51-6"]


def test_a_site_masters_ascii_keys(detector):
    text = ("farm_code\tfarm_name\tfarm_address\tfarm_tel\n"
            "farm_code: F100\tfarm_name: 根本果樹園\tfarm_address: 茨城県鉾田市汲上1128-9\tfarm_tel: 0291-33-4227")
    assert _found(detector, text, "PHONE") == [] and _found(detector, text, "ADDRESS") == []


def test_an_xml_record_on_one_line_by_its_elements(detector):
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<dispatch>\n  <assignment><worker>東 美咲</worker>'
            "<mobile>080-1878-5590</mobile><address>山梨県笛吹市一宮町末木257-1</address><farm>坂巻農場</farm>"
            "<farm_addr>山梨県笛吹市一宮町末木1569-8</farm_addr><farm_phone>0553-47-6693</farm_phone></assignment>\n"
            "</dispatch>")
    assert _found(detector, text, "PHONE") == ["080-1878-5590"]
    assert _found(detector, text, "ADDRESS") == ["山梨県笛吹市一宮町末木257-1"]


def test_a_flat_json_object_keeps_the_persons_and_drops_the_sites(detector):
    text = ("{\n  workerName: 川端 悠斗\n  workerHomeAddress: 滋賀県彦根市小泉町8丁目6番10号\n  workerMobile: 090-4545-4297\n"
            "  siteName: みどり台小学校\n  siteAddress: 北海道帯広市西十八条南6丁目25番3号\n  sitePhone: 0155-80-1982\n}")
    assert _found(detector, text, "PHONE") == ["090-4545-4297"]
    assert _found(detector, text, "ADDRESS") == ["滋賀県彦根市小泉町8丁目6番10号"]


def test_a_yaml_farm_named_after_its_owner_then_the_worker(detector):
    text = ("order: 収穫補助\nnoen:\n  name: 山田農園\n  address: 千葉県香取市佐原イ675-1\n  phone: 0478-59-8196\n"
            "hakenin:\n  name: 小松 拓也\n  address: 静岡県牧之原市静波2659-9\n  phone: 080-1892-6651\n")
    assert _found(detector, text, "PHONE") == ["080-1892-6651"]
    assert _found(detector, text, "ADDRESS") == ["静岡県牧之原市静波2659-9"]


def test_a_farms_signature_and_a_gathering_place(detector):
    signature = ("来週の収穫作業は3名でお願いします。\n\n--\n坂巻ファーム\n坂巻 和子\n〒289-0401 千葉県香取市佐原イ458-6\n"
                 "TEL 0478-80-7537\n")
    assert _found(detector, signature, "PHONE") == [] and _found(detector, signature, "ADDRESS") == []
    notice = "収穫体験のお知らせ\n集合場所：坂巻ファーム 直売所（茨城県鉾田市汲上1160-1）\n当日の連絡先：0291-81-4498\n"
    assert _found(detector, notice, "PHONE") == [] and _found(detector, notice, "ADDRESS") == []


def test_a_persons_own_labels_stay_personal(detector):
    text = "派遣就業条件明示書\n氏名：小松 拓也\n自宅住所：静岡県牧之原市静波2659-9\n携帯：080-1892-6651\n派遣先：山田農園"
    assert _found(detector, text, "PHONE") == ["080-1892-6651"]
    assert _found(detector, text, "ADDRESS") == ["静岡県牧之原市静波2659-9"]


@pytest.mark.parametrize("label, site", [("farm_tel: ", True), ("siteAddress: ", True), ("genba_jusho: ", True),
                                         ("<farm_phone>", True), ("home_tel: ", False), ("mobile: ", False),
                                         ("staffTel: ", False), ("電話: ", False)])
def test_a_key_names_a_site(label, site):
    from detectors.own_sites import names_a_site

    assert names_a_site(label) is site


def test_a_zone_tables_range_of_codes_is_no_ones(detector):
    text = "発送料金表\n関東 〒100-0001〜〒199-9999 800円\n北海道 〒040-0000〜 1,200円"
    assert _found(detector, text, "POSTAL_CODE") == [] and _found(detector, text, "ADDRESS") == []
    own = "送付先：〒289-0401 千葉県香取市佐原イ458-6"
    assert _found(detector, own, "POSTAL_CODE") == ["〒289-0401"] and _found(detector, own, "ADDRESS")
