"""Whether a long number passing Luhn with an issuer's prefix is a payment card's (issue 12, cards13).

One sixteen-digit number in ten passes Luhn and an issuer's prefix (4, 5x, 35xx, 37) is
common: a goods master, an inventory, a list of SIMs (ICCID) or handsets (IMEI), a log's
request ids yield "cards" by shape alone. A card's number is told by what its record
says of it: its own label (カード番号, クレジット, お支払い, card_no, cc_number, PAN, an
element <card><no>), else a payment's record around it — a brand (VISA, JCB) or an
expiry beside a holder in its row, a word of credit in its row's other cells, its
table's header or title (有効期限, 名義, クレジット決済), its key-value record (exp:,
brand:), its sentence (「カード番号は…」) — never its shape alone. A card named as a
kind that pays for nothing (SIMカード, ETCカード, ICカード, 社員証カード, 診察券) is none.
"""

from __future__ import annotations

import re

from detectors.jp.number_labels import ColumnHeaders, names_a_number, table_heading
from detectors.jp.number_records import OTHER_RECORD_KEY, own_labels
from detectors.jp.record_kinds import cells_of, persons_row
from detectors.lines import line_bounds, sentence_start

# a card (not a thing named after cards: カードケース, カードリーダー), credit, a card's
# romaji or English key (cc_number, PAN, kaado), or a brand
_CARD = (r"カード(?!(?!ナンバー)[ァ-ヺ])|クレジット|クレカ|(?<![a-z])card(?!board)|credit|(?<![a-z])(?:cc|pan)(?![a-z])"
         r"|kaado|kado(?=[ _]?(?:no|ban|num))|kurejitto|kureka")
_BRAND = (r"(?<![a-z])(?:visa|jcb|master(?:card)?|amex|american express|diners|discover|unionpay)(?![a-z])"
          r"|マスター|アメックス|ダイナース|銀聯")
_PAYMENT = r"支払|払込|払い込|決済|(?<![a-z])(?:payment|pay(?:_?method)?|billing)(?![a-z])|shiharai|kessai"
CARD_LABEL_WORDS = re.compile(f"{_CARD}|{_BRAND}|{_PAYMENT}", re.IGNORECASE)
# a card named as a kind that pays for nothing (SIMカード番号, ETC card, ICカードID, 社員証)
_NOT_PAYMENT_CARD = re.compile(
    r"(?:(?<![a-z])(?:sim|sd|ic|etc|id|lan|nfc|felica|rfid)|社員|職員|入館|入室|セキュリティ|診察|図書|メモリー?|キャッシュ"
    r"|交通系?|乗車|回数|テレホン|タイム|グラフィック|ビデオ|ネットワーク|サウンド|拡張|マイナンバー|個人番号|在留|保険|受給者"
    r"|障害者|スタンプ|トレーディング|ゲーム)[ ・_-]?(?:カード|card)|社員証|職員証|診察券|トレカ",
    re.IGNORECASE)
_CREDIT = re.compile(r"クレジット|クレカ|credit|カード会社|カード払|カード決済|国際ブランド|信販|与信|分割|リボ|" + _BRAND,
                     re.IGNORECASE)
# an expiry's or a holder's field (有効期限, exp, valid thru, 名義, cardholder)
_CARD_FIELD = re.compile(r"有効期限|(?<![a-z])(?:exp|expiry|expiration|expires|valid)(?![a-z])|expir|valid thru|名義"
                         r"|holder|meigi|yuko_?kigen", re.IGNORECASE)
# goods' fields and names (品名, ロット, 在庫, 入数, JAN, qty): their 有効期限 is the goods' own
_GOODS = re.compile(r"品名|商品|品目|製品|薬剤|医薬品|ロット|製造|賞味|消費期限|使用期限|入数|在庫|出荷|入荷|品番|型番|規格|jan|gtin"
                    r"|(?<![a-z])(?:item|product|goods|lot|batch|qty|quantity|sku|stock|best.?before)(?![a-z])", re.IGNORECASE)
_EXPIRY = re.compile(r"(?:0?[1-9]|1[0-2]) ?/ ?(?:[2-4][0-9]|20[2-4][0-9])")  # 12/28, 03/2029
_HOLDER = re.compile(r"[A-Z]{2,15} [A-Z]{2,15}")  # a card's holder as embossed: TARO YAMADA
# bare names of another thing's code (an IMEI, an ICCID, an ISBN, a MAC address)
_OTHER_CODE = re.compile(r"(?<![a-z])(?:imei|iccid|imsi|msisdn|meid|eid|isbn|issn|asin|upc|mac|uuid|guid|s/?n|sn)(?![a-z])"
                         r"|製造|端末|機器|型式|品目|商品|物品|資産|備品|伝票|送り状|荷物|検針|供給地点|ロット", re.IGNORECASE)
_QUOTES = re.compile(r"[\"'`]")  # a raw JSON key's ("number": "): a bare number's word, no number's name
_CLOSED_TAG = re.compile(r".*</[^>]*>", re.DOTALL)  # an XML record's elements closed before the value's own
_ROW = re.compile(r"\t|\||,[^,\n]*,|[^ \n] {2,}[^ \n]")  # a row's cells: tabs, a host's bars, commas, a fixed width
_TAG = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)[^<>]*?(/?)>")
ELEMENT_REACH = 2000  # characters of an XML record read on each side of a value
BLOCK_REACH = 8  # lines of a key-value record read on each side of a value


def said_a_card(text: str, start: int, end: int, columns: ColumnHeaders, headings: dict[int, str]) -> bool:
    """The number at start..end is a payment card's by its own label, else by its
    record: its row's other cells or its table's heading in a table, its key-value
    record, its sentence (or the line above a number alone on its line)."""
    labels = [_QUOTES.sub("", _CLOSED_TAG.sub("", label)) for label in own_labels(text, start, columns)]
    for label in labels:
        if _NOT_PAYMENT_CARD.search(label) and not _CREDIT.search(label):
            return False
        if CARD_LABEL_WORDS.search(label):
            return True
        if names_a_number(label) or OTHER_RECORD_KEY.search(label) or _OTHER_CODE.search(label):
            return False  # 品番, SKU, IMEI, 伝票: the key of another thing
    siblings = _element_siblings(text, start, end)
    if siblings is not None:  # an XML element's text: its record is its parent's other elements
        return _CREDIT.search(siblings) is not None or _card_fields(siblings)
    row, row_end = line_bounds(text, start, end)
    if _ROW.search(text, row, row_end):
        return _sentence_says_card(text, start, end, False) or _row_says_card(text, row, row_end, start, end, headings)
    return _sentence_says_card(text, start, end, True) or _block_says_card(text, start)


def _row_says_card(text: str, row: int, row_end: int, start: int, end: int, headings: dict[int, str]) -> bool:
    """A table row (tabs, a headerless export's commas): a brand or a word of credit in
    its other cells, an expiry beside a holder (a person's row), or its table's header
    and title naming a card's fields (有効期限, 名義) or credit."""
    line = text[row:start] + text[end:row_end]
    cells = [cell for cell in cells_of(line) if cell]
    if any(_CREDIT.fullmatch(cell) or _CARD_ONLY.fullmatch(cell) for cell in cells):
        return True  # VISA, クレジット, カード: how the row was paid
    heading = table_heading(text, row, headings) if "\t" in line else ""
    if _CREDIT.search(heading):
        return True
    if _GOODS.search(heading) or _GOODS.search(line):
        return False  # goods' record: its expiry is theirs, a name-like cell an item's (湿布薬 大)
    expiry = any(_EXPIRY.fullmatch(cell) for cell in cells)
    return (expiry and (persons_row(line) or any(map(_HOLDER.fullmatch, cells)))) or _card_fields(heading)


_CARD_ONLY = re.compile(r"(?:お支払い?[:：]?)?(?:カード|card|クレジットカード)(?:払い?|決済|支払い?)?", re.IGNORECASE)


def _sentence_says_card(text: str, start: int, end: int, above: bool) -> bool:
    """The number's sentence (in its cell) names a card, credit or a payment; a number
    alone on its line is said by the line above it (「カード番号は以下のとおりです。」)."""
    first = sentence_start(text, start)
    stops = [i for i in (text.find("。", end), text.find("\n", end), text.find("\t", end)) if i >= 0]
    sentence = text[first:start] + text[end:min(stops, default=len(text))]
    if above and not sentence.strip():
        sentence = text[max(0, first - 80):first].rstrip().rpartition("\n")[2]
    return bool(CARD_LABEL_WORDS.search(sentence)) and not (
        _NOT_PAYMENT_CARD.search(sentence) and not _CREDIT.search(sentence))


def _block_says_card(text: str, start: int) -> bool:
    """A key-value record (a form's lines, a JSON or YAML object): the lines beside the
    value at its indentation, up to a blank line, name a card's field or a brand."""
    row = text.rfind("\n", 0, start) + 1
    lines = text[max(0, row - 80 * BLOCK_REACH):start + 80 * BLOCK_REACH].split("\n")
    at = text.count("\n", max(0, row - 80 * BLOCK_REACH), row)
    indent = len(lines[at]) - len(lines[at].lstrip())
    record = []
    for n, step in ((at - 1, -1), (at + 1, 1)):
        while 0 <= n < len(lines) and abs(n - at) <= BLOCK_REACH and lines[n].strip() \
                and len(lines[n]) - len(lines[n].lstrip()) == indent:
            record.append(lines[n])
            n += step
    words = "\n".join(record)
    return _CREDIT.search(words) is not None or _card_fields(words)


def _card_fields(fields: str) -> bool:
    """A card's expiry or holder among a record's fields, not goods' (a medicine's or a
    coupon's 有効期限 beside its lot and stock)."""
    return _CARD_FIELD.search(fields) is not None and _GOODS.search(fields) is None


def _element_siblings(text: str, start: int, end: int) -> str | None:
    """For a value that is an XML element's whole text (<code>4111…</code>), the other
    elements of its parent (<item>'s <name>); None for any other value."""
    if text[start - 1:start] != ">" or not text.startswith("</", end):
        return None
    depth, open_tags = 0, []
    for tag in reversed(list(_TAG.finditer(text, max(0, start - ELEMENT_REACH), start))):
        closing, name, empty = tag.groups()
        if empty:
            continue
        if closing or depth:
            depth += 1 if closing else -1
            continue
        open_tags.append(tag)  # the value's own element, then its parent
        if len(open_tags) == 2:
            close = text.find(f"</{name}>", end, end + ELEMENT_REACH)
            return text[tag.end():open_tags[0].start()] + text[end:close if close >= 0 else end]
    return ""
