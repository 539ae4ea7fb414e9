"""The label and the record a number belongs to, where no number's word names it
(issue 12, mynum9).

detectors.jp.number_labels drops a number under another number's label when that
label ends with a number's word (受付番号, Order No., patient_id). Writers as often
name the key of a record by the record's kind alone: a column headed 受注, SKU or
Policy, a JSON key `sku:`, a sentence's 「ご注文 1234…」 or 「受注（1234…）」. And a
number under no label at all is still an order's when its row is an order's (数量,
単価, 金額 beside it) or a policy's (保険料). Twelve digits there pass the My Number
check one time in eleven; the label and the row say they are something else.
"""

from __future__ import annotations

import re

from detectors.jp.markup_keys import markup_key
from detectors.jp.number_labels import ColumnHeaders, names_a_number, table_heading
from detectors.jp.record_kinds import block_of_another_record, row_of_another_record
from detectors.lines import line_bounds

LABEL_ABOVE_REACH = 64  # characters above a value alone on its line where its label line is looked for
LABEL_REACH = 16  # characters of a number's own clause before it (its label, 「ご注文 」, `sku: `)
# The kinds of record or goods whose key a number is, as the last words of its label: an
# order, a contract or policy, a slip, an invoice or receipt, a booking, a request, a
# member, an article of goods (its SKU, JAN, UPC, EAN), a lot or serial of goods made (ロット, LOT,
# Batch, シリアル, 製番, S/N), a health-insurance claim (レセプト, 明細書, claim: receipt16), a parcel,
# a permit, licence or registration a body gave (許可, 鑑札, 登録, permit, licence; keys16) (「ご注文 」, 受注（, `sku: `, <ref>, a column headed 保険証券 or
# Policy), in romaji too (kyoka_bango, yoyakuNo, an XML element's name: detectors.jp.markup_keys).
# Not a person named after them (社員 山田 …), nor a person's role in the record (契約者, 注文者).
OTHER_RECORD_KEY = re.compile(
    r"(?:(?:注文|受注|発注|オーダー|契約|証券|伝票|請求|領収書?|取引|受付|予約|申込|会員|商品|品番|型番|部品|物件|案件|問合せ"
    r"|券|チケット|レシート|札"  # a ticket's or a voucher's (乗船券, 整理券, 引換券, 番号札; slips17; not 控え: a card's slip)
    r"|問い合わせ|照会|追跡|送り状|管理|整理|口座|顧客|社員|職員|ロット|バッチ|シリアル|製番"
    r"|許可|認可|免許|登録|届出|鑑札|承認|認定|指定|資格|免状|ライセンス|レセプト|レセ|明細書?|診療報酬)"
    r"|(?<![a-z])(?:order|contract|policy|slip|invoice|receipt|claim|booking|reservation|ticket|member(?:ship)?|customer|sku|jan|upc"
    r"|ean|gtin|item|product|article|parcel|tracking|ref|reference|voucher|coupon|serial|lot|batch|s/n"
    r"|permit|licen[cs]e|registration|registry|certificate|cert|approval|accreditation"
    r"|kyoka|ninka|menkyo|toroku|touroku|todokede|kansatsu|shonin|nintei|shitei|shikaku|yoyaku|uketsuke|moshikomi"
    r"|moushikomi|chumon|chuumon|juchu|juchuu|hachu|hacchu|denpyo|denpyou|seikyu|seikyuu|keiyaku|shoken|shouken"
    r"|kaiin|kokyaku|torihiki|kanri|seiri|shohin|shouhin|hinban))"
    r"(?:[\W_]{0,2}(?:id|no|num|number|code|cd|bango|bangou|番号|コード|ナンバー))?"  # <order><id>, orderNumber
    r"(?:[(（][^)）]{0,10}[)）])?[\W_]{0,5}(?:は|が|の|[\W_]{1,3})?$",  # 注文（12桁）, "contract": ", ご契約は
    re.IGNORECASE)
# The fields of a commercial record (an order, an invoice, a quotation, a policy's premium)
COMMERCE_FIELD = re.compile(r"数量|単価|金額|価格|税込|税抜|小計|送料|保険料|掛金|品名|商品名|(?<![a-z])(?:qty|quantity"
                            r"|unit.?price|price|amount|subtotal)(?![a-z])", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[\t\n。、,]")
_MARKUP_ENDS = frozenset(">\"' \n")  # what ends an element's opening tag or an attribute's quote (or a pretty-print's indent)
_LABEL_LINE = re.compile(r"[^\t0-9。]{2,20}")  # a line above that is only a label


def own_labels(text: str, start: int, columns: ColumnHeaders) -> list[str]:
    """The words right before start in its clause, cell or line (`sku: `, 「ご注文 」,
    受注（), else its cell's row label and column header when the cell holds only it,
    else the line above a value alone on its line when that line is only a label."""
    clause = _CLAUSE_END.split(text[max(0, start - LABEL_REACH):start])[-1].strip()
    key = markup_key(text, start) if start and text[start - 1] in _MARKUP_ENDS else None
    if key:
        return [key, clause]  # <license kind="仲卸">, <kansatsu no="…">: the element's name
    if clause:
        return [clause]
    labels = [label for label in (columns.row_label(start), columns.header(start)) if label]
    if labels or (start and text[start - 1] != "\n"):
        return labels
    before = text[max(0, start - LABEL_ABOVE_REACH):start].rstrip()  # past blank lines (a PDF's, a docx's paragraphs)
    above = before.rpartition("\n")[2].strip()
    return [above] if _LABEL_LINE.fullmatch(above) else []  # 【ご注文】 on the line above its value


def of_another_record(text: str, start: int, own: re.Pattern, columns: ColumnHeaders,
                      headings: dict[int, str]) -> bool:
    """The number at start is the key of another record: its own label names one
    (受注, SKU, Policy, LOT) and not own's words, or, under no label of its own, its table
    row (or its table's header) holds the fields of an order, an invoice or a policy, or
    its row or key-value record a payment's or goods' (detectors.jp.record_kinds)."""
    for label in own_labels(text, start, columns):
        if own.search(label):
            return False
        if OTHER_RECORD_KEY.search(label) or names_a_number(label):  # 受注, Policy; 需要家番号, 証書No.
            return True
    row, row_end = line_bounds(text, start)
    line = text[row:row_end]
    if "\t" not in line:  # a host's record by bars or commas, a JSON object's or a form's lines
        return row_of_another_record(line, "") or block_of_another_record(text, start)
    heading = table_heading(text, row, headings)
    return COMMERCE_FIELD.search(line) is not None or COMMERCE_FIELD.search(heading) is not None \
        or row_of_another_record(line, heading)
