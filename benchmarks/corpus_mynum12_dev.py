"""Development corpus for issue 12's mynum12 work: business numbers of twelve digits that
pass the My Number check (1 in 11 random numbers does; here every one), written in the
cells of a matrix of formats × where their label stands, beside real My Numbers.

Look-alikes, by where the label is: a header whose words begin with 個人 and name another
record (a 個人年金 policy, a 個人会員, a 個人事業主's registration) in a CSV, a sheet and
a docx table; the label on the line above its value past a blank line (a PDF's
paragraphs); a key-value line whose label ends with a number's word no list holds
(需要家番号, 加入者番号); a sentence 「ご契約は …」; a JSON key in romaji (keiyaku_bango);
a headerless export of policies whose rows hold the holder's name and birth beside the
policy's product and state; a headerless list of numbers with no person at all. Real
values: a 個人番号 column, a マイナンバー line, a kojin_bango key, a headerless payroll
export (name, birth, the number, amounts). The rules are tuned on this corpus only;
benchmarks/corpus_mynum12_check.py (another writer: no template or word list in common)
checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from benchmarks.corpus import Doc, _docx, _pdf
from benchmarks.ids5_formats import Numbers
from samples import writers as w

SCORED = ("MY_NUMBER",)
_SCORED = {("*", e) for e in SCORED}
PERSONAL_PREFIXED = ["個人年金保険 証券番号", "個人会員番号", "個人事業主 登録番号", "個人賠償 契約番号", "個人顧客ID"]
ODD_KEYS = ["需要家番号", "加入者番号", "供給地点特定番号", "共済証書番号", "利用者番号"]
POLICY_PRODUCTS = ["終身保険", "医療保険", "自動車保険", "火災共済", "学資保険"]
POLICY_STATES = ["有効", "満期", "解約", "更新"]
CLIENTS = ["村上 直樹", "石川 葉子", "前田 智史", "藤井 涼子", "岡田 恭平", "長谷川 桃"]
BIRTHS = ["1971/05/14", "1984/08/02", "1966/12/21", "1993/03/09", "1978/10/27"]
PLACES = ["東京都杉並区阿佐谷南2-14-3", "神奈川県藤沢市鵠沼海岸4-7-1", "兵庫県西宮市甲子園口3-2-18"]


class DevMynum12(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 59 + 12))

    def birth(self) -> str:
        return self.pick(BIRTHS)

    # --- look-alikes ---------------------------------------------------------------------

    def prefixed_csv(self, i: int) -> Doc:
        """A customer list: the key's header begins with 個人 and names another record."""
        head, truth = self.pick(PERSONAL_PREFIXED), set()
        lines = [f"氏名,生年月日,{head},住所"]
        for _ in range(6):
            key = self.my_number()
            lines.append(f"{self.pick(CLIENTS)},{self.birth()},{key},{self.pick(PLACES)}")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_customers{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def prefixed_xlsx(self, i: int) -> Doc:
        rows, truth = [["契約者一覧"], ["氏名", self.pick(PERSONAL_PREFIXED), "生年月日"]], set()
        for _ in range(6):
            key = self.my_number()
            rows.append([self.pick(CLIENTS), f"{key[:4]}-{key[4:8]}-{key[8:]}", self.birth()])
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_holders{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), truth | _SCORED)

    def prefixed_docx(self, i: int) -> Doc:
        table, truth = [["氏名", self.pick(PERSONAL_PREFIXED)]], set()
        for _ in range(5):
            key = self.my_number()
            table.append([self.pick(CLIENTS), key])
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_members{i:03d}.docx", _docx(["会員台帳"], table), truth | _SCORED)

    def above_pdf(self, i: int) -> Doc:
        """A printed card per holder: each label on its own line, the value under it past a blank line."""
        lines, truth = ["ご契約内容のお知らせ"], set()
        for _ in range(5):
            key = self.my_number()
            lines += ["お名前", self.pick(CLIENTS), self.pick(ODD_KEYS + ["契約番号", "証券番号"]), key]
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_cards{i:03d}.pdf", _pdf(lines), truth | _SCORED)

    def odd_keys_txt(self, i: int) -> Doc:
        """Key-value lines whose label ends with a number's word no list holds."""
        blocks, truth = [], set()
        for _ in range(6):
            key = self.my_number()
            blocks.append(f"氏名：{self.pick(CLIENTS)}\n生年月日：{self.birth()}\n{self.pick(ODD_KEYS)}：{key}")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_accounts{i:03d}.txt", "\n\n".join(blocks).encode("utf-8"), truth | _SCORED)

    def said_txt(self, i: int) -> Doc:
        """「ご契約は …」: the record's kind as the sentence's subject."""
        lines, truth = [], set()
        for _ in range(6):
            key = self.my_number()
            lines.append(f"{self.pick(CLIENTS)}様のご契約は{key[:4]} {key[4:8]} {key[8:]}です。")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_letters{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def romaji_json(self, i: int) -> Doc:
        items, truth = [], set()
        for _ in range(6):
            key = self.my_number()
            items.append({"shimei": self.pick(CLIENTS), "keiyaku_bango": key})
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_policies{i:03d}.json", json.dumps(items, ensure_ascii=False).encode("utf-8"), truth | _SCORED)

    def policies_csv(self, i: int) -> Doc:
        """Policies with no header: the holder's name and birth, the key, its product and state."""
        lines, truth = [], set()
        for _ in range(7):
            key = self.my_number()
            lines.append(f"{self.pick(CLIENTS)},{self.birth()},{key},{self.pick(POLICY_PRODUCTS)},"
                         f"{self.pick(POLICY_STATES)},{self.rng.randint(3, 30) * 1000}")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_export{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def bare_list_csv(self, i: int) -> Doc:
        """A list of keys with no header and no person: a date and a count beside each."""
        lines, truth = [], set()
        for n in range(7):
            key = self.my_number()
            lines.append(f"{key},2026/0{n + 1}/15,{self.rng.randint(1, 9)}")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12_keys{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    # --- real My Numbers ---------------------------------------------------------------------

    def own_column_csv(self, i: int) -> Doc:
        lines, truth = ["氏名,個人番号,生年月日"], set()
        for _ in range(5):
            number = self.my_number()
            lines.append(f"{self.pick(CLIENTS)},{number},{self.birth()}")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum12_staff{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def own_line_txt(self, i: int) -> Doc:
        number = self.my_number()
        text = f"扶養控除等申告書\n氏名：{self.pick(CLIENTS)}\nマイナンバー：{number[:4]}-{number[4:8]}-{number[8:]}\n"
        return Doc(f"mynum12_form{i:03d}.txt", text.encode("utf-8"), {("MY_NUMBER", number)} | _SCORED)

    def own_key_xlsx(self, i: int) -> Doc:
        rows, truth = [], set()
        for _ in range(3):
            number = self.my_number()
            rows += [["shimei", self.pick(CLIENTS)], ["kojin_bango", number], []]
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum12_hr{i:03d}.xlsx", w.xlsx_bytes({"hr": rows}), truth | _SCORED)

    def payroll_csv(self, i: int) -> Doc:
        """A headerless payroll export: name, birth, the number, the amounts paid and withheld."""
        lines, truth = [], set()
        for n in range(6):
            number = self.my_number()
            lines.append(f"{n + 1:04d},{self.pick(CLIENTS)},{self.birth()},{number},"
                         f"{self.rng.randint(250, 600) * 10000},{self.rng.randint(5, 40) * 1000}")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum12_payroll{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.prefixed_csv, self.prefixed_xlsx, self.prefixed_docx, self.above_pdf, self.odd_keys_txt,
                 self.said_txt, self.romaji_json, self.policies_csv, self.bare_list_csv, self.own_column_csv,
                 self.own_line_txt, self.own_key_xlsx, self.payroll_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def clean_keys_csv(self, i: int) -> Doc:
        rows = [f"{self.my_number()},2026/10/0{n + 1},{n + 2}" for n in range(6)]
        return Doc(f"mynum12_clean_keys{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def clean_meters_txt(self, i: int) -> Doc:
        text = "\n\n".join(f"{self.pick(ODD_KEYS)}：{self.my_number()}" for _ in range(5))
        return Doc(f"mynum12_clean_meters{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.clean_keys_csv, self.clean_meters_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
