"""Issue 12, own6: an organisation's own contacts in a record (a JSON object, an XML
element, a YAML mapping, a vCard with ORG and no name), in a sheet laid out as a letter,
on a professional's signing line, under a desk's label or a sender's name, while the
person's contacts beside them stay found. The real GiNZA detector; made-up people."""

from detectors.jp.email import EmailRecognizer
from detectors.own_records import is_record_edge, looks_structured

CLINIC_JSON = """{
  "clinic": {
    "name": "さくら内科クリニック",
    postal_code 郵便番号: 154-0015
    address 住所: 東京都世田谷区桜新町2-3-4
    tel 電話: 03-3456-7890
  },
  "patient": {
    name: 山川 花子
    postal_code 郵便番号: 152-0011
    address 住所: 東京都目黒区原町1-2-3
    tel 電話: 090-1234-5678
  }
}"""
ORDER_XML = """<order>
  <store>
    <name>ベーカリーこむぎ</name>
    <address>千葉県松戸市新松戸3-2-1</address>
    <tel>047-345-1111</tel>
  </store>
  <customer>
    <name>石黒 亮太</name>
    <address>埼玉県所沢市並木4-16-5</address>
    <tel>070-9966-7325</tel>
  </customer>
</order>"""
CARDS = """BEGIN:VCARD
VERSION:3.0
FN:光照寺 寺務所
ORG:光照寺
TEL;TYPE=WORK:0463-21-3456
EMAIL;TYPE=WORK:koshoji.temple@example.jp
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:杉浦;由佳;;;
FN:杉浦 由佳
TEL;TYPE=CELL:090-8412-1852
EMAIL;TYPE=HOME:yuka.sugiura@example.jp
END:VCARD"""
# a letter laid out in cells, as an invoice's sheet is read (empty cells dropped)
INVOICE_ROWS = ("御請求書\t\n近藤 里美 様\tまごころ仕出し 本店\t\n〒551-7227\t〒776-5109\t\n"
                "大阪府堺市堺区熊野町2丁目17番1号\t滋賀県彦根市京町4丁目14番3号\t\n"
                "TEL 084-979-1801\tTEL 046-828-0614 FAX 033-215-9375\t\n品名\t数量\t金額")
SIGNING = ("患者氏名：薗部 昴\n住所：佐賀県伊万里市汐入町7-25-16　電話：070-3363-1234\n"
           "医療法人 柊クリニック　医師 濵田 颯　0834-42-0618")
SIGNING_MOBILE = SIGNING.replace("0834-42-0618", "090-4242-0618")
PAYER = ("支払を受ける者 住所\t支払を受ける者住所: 新潟県長岡市雲雀野2-27-14\n"
         "支払者 住所\t支払者住所: 愛知県刈谷市菖蒲田町1-18-14\t電話\t電話: 0566-76-4676\n"
         "支払者 氏名又は名称\t支払者氏名又は名称: 一般財団法人 あおさぎ育英会")
DIRECT = "年末年始の窓口業務についてお知らせします。\n\nあおば町役場 税務課\n電話：0422-52-4459（直通）"
HEADERS = "From: みなと不動産 駅前店 <minato.ekimae@minato-fudosan.jp>\nTo: 田中 一郎 <ichiro.t@example.ne.jp>"
FORM = "利用者氏名: 大塚 智也\nメール: t.otsuka@example.jp\n事業所名: あおぞら訪問介護\n事業所メール: aozora.helper@aozora.jp"


def _found(detector, text, *entities):
    return sorted(d.text for d in detector.detect(text) if d.entity_type in entities)


def test_a_records_key_says_whose_its_contacts_are(detector):
    assert _found(detector, CLINIC_JSON, "PHONE", "ADDRESS", "POSTAL_CODE") == [
        "090-1234-5678", "152-0011", "東京都目黒区原町1-2-3"]
    assert _found(detector, ORDER_XML, "PHONE", "ADDRESS") == ["070-9966-7325", "埼玉県所沢市並木4-16-5"]


def test_a_vcard_with_org_and_no_name_is_the_organisations(detector):
    assert _found(detector, CARDS, "PHONE", "EMAIL") == ["090-8412-1852", "yuka.sugiura@example.jp"]


def test_record_edges_and_structured_text():
    assert all(is_record_edge(line) for line in ("  },", "{", '  "patient": {', "</store>", "<customer>", "END:VCARD"))
    assert not any(is_record_edge(line) for line in ("TEL 03-3456-7890", "住所：", "name: 山川 花子"))
    assert looks_structured(CLINIC_JSON) and looks_structured(CARDS)
    assert not looks_structured("保護者各位\n\nみどり台小学校\nTEL 047-345-6789")


def test_a_letter_laid_out_in_cells_keeps_the_customers_and_drops_the_issuers(detector):
    assert _found(detector, INVOICE_ROWS, "PHONE", "ADDRESS", "POSTAL_CODE") == [
        "084-979-1801", "〒551-7227", "大阪府堺市堺区熊野町2丁目17番1号"]


def test_a_professionals_signing_line_gives_the_organisations_landline(detector):
    assert _found(detector, SIGNING, "PHONE") == ["070-3363-1234"]
    assert _found(detector, SIGNING_MOBILE, "PHONE") == ["070-3363-1234", "090-4242-0618"]


def test_the_issuing_party_of_a_form_and_a_desks_direct_line(detector):
    assert _found(detector, PAYER, "PHONE", "ADDRESS") == ["新潟県長岡市雲雀野2-27-14"]
    assert _found(detector, DIRECT, "PHONE") == []
    assert _found(detector, "山田 太郎\n営業部\n電話：0422-52-4459（直通）", "PHONE") == ["0422-52-4459"]


def test_a_senders_organisation_name_and_a_desks_label_make_a_desks_mailbox(detector):
    assert _found(detector, HEADERS, "EMAIL") == ["ichiro.t@example.ne.jp"]
    assert _found(detector, FORM, "EMAIL") == ["t.otsuka@example.jp"]


def test_role_mailboxes_of_desks():
    recognizer = EmailRecognizer()
    assert not any(recognizer.is_valid(f"{local}@example.jp") for local in ("form", "yoyaku", "kyomu", "zeimu"))
    assert recognizer.is_valid("miho.asano@example.jp")


def test_a_tables_header_row_ends_a_columns_block(detector):
    sheet = ("さくら保険事務所　契約者一覧\tさくら保険事務所契約者一覧: TEL 069-212-1335\t"
             "さくら保険事務所契約者一覧: FAX 083-957-8616\n契約者名\t電話番号\t住所\n"
             "契約者名: 長尾 秀樹\t電話番号: 088-635-2942\t住所: 静岡県沼津市大手町4-13-5\n"
             "契約者名: 西尾 茜\t電話番号: 080-8841-5962\t住所: 千葉県柏市豊四季2-24-14")
    assert _found(detector, sheet, "PHONE") == ["080-8841-5962", "088-635-2942"]
