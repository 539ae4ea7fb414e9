"""Writes detectors/columns/data/phone_regions.tsv: each prefecture's area-code prefixes
(national digits after the 0), read from libphonenumber's geocoding data (the phonenumbers
package, which daicho already depends on). A prefix whose English description lacks a
prefecture takes its nearest described neighbour's. Prefixes are collapsed to the shortest
that name one prefecture only, so a lookup is a longest-prefix match.

Run: `.venv/bin/python benchmarks/phone_regions_build.py` (the file is committed; run again
only when phonenumbers' data changes)."""

from __future__ import annotations

import os
from collections import defaultdict

from phonenumbers.geodata import GEOCODE_DATA

PREFECTURES = {
    "Hokkaido": "北海道", "Aomori": "青森県", "Iwate": "岩手県", "Miyagi": "宮城県", "Akita": "秋田県",
    "Yamagata": "山形県", "Fukushima": "福島県", "Ibaraki": "茨城県", "Tochigi": "栃木県", "Gunma": "群馬県",
    "Saitama": "埼玉県", "Chiba": "千葉県", "Tokyo": "東京都", "Kanagawa": "神奈川県", "Niigata": "新潟県",
    "Toyama": "富山県", "Ishikawa": "石川県", "Fukui": "福井県", "Yamanashi": "山梨県", "Nagano": "長野県",
    "Gifu": "岐阜県", "Shizuoka": "静岡県", "Aichi": "愛知県", "Mie": "三重県", "Shiga": "滋賀県",
    "Kyoto": "京都府", "Osaka": "大阪府", "Hyogo": "兵庫県", "Nara": "奈良県", "Wakayama": "和歌山県",
    "Tottori": "鳥取県", "Shimane": "島根県", "Okayama": "岡山県", "Hiroshima": "広島県", "Yamaguchi": "山口県",
    "Tokushima": "徳島県", "Kagawa": "香川県", "Ehime": "愛媛県", "Kochi": "高知県", "Fukuoka": "福岡県",
    "Saga": "佐賀県", "Nagasaki": "長崎県", "Kumamoto": "熊本県", "Oita": "大分県", "Miyazaki": "宮崎県",
    "Kagoshima": "鹿児島県", "Okinawa": "沖縄県",
}
# English descriptions that name the wrong one of two places of one name (the Japanese ones are
# right: 今市, 新宮, 下市, 大野, 木江, 神岡)
ERRATA = {"288": "栃木県", "7352": "和歌山県", "7353": "和歌山県", "7354": "和歌山県", "7355": "和歌山県",
          "7475": "奈良県", "7476": "奈良県", "779": "福井県", "8466": "広島県", "8467": "広島県", "578": "岐阜県"}
TARGET = os.path.join(os.path.dirname(__file__), "..", "detectors", "columns", "data", "phone_regions.tsv")
HEADER = ("# Area-code prefixes (the digits after the leading 0) of each prefecture's fixed lines, from\n"
          "# libphonenumber's geocoding data (benchmarks/phone_regions_build.py); detectors.columns.phones\n"
          "# reads each by its first two digits (every prefecture those reach).\n")


def _described() -> dict[str, str]:
    raw = {key[2:]: value.get("en") for key, value in GEOCODE_DATA.items() if key.startswith("81")}
    named = {prefix: PREFECTURES[text.split(", ")[-1]] for prefix, text in raw.items()
             if text and text.split(", ")[-1] in PREFECTURES}
    for prefix in sorted(set(raw) - set(named)):  # the neighbour sharing the longest prefix
        best = max(named, key=lambda other: (len(os.path.commonprefix([prefix, other])), -abs(int(other[:4].ljust(4, "0")) - int(prefix[:4].ljust(4, "0")))))
        named[prefix] = named[best]
    return named | ERRATA


def _collapsed(named: dict[str, str]) -> dict[str, str]:
    """Drop a prefix whose nearest shorter prefix in the table names the same prefecture."""
    kept = {}
    for prefix in sorted(named, key=len):
        parent = next((prefix[:k] for k in range(len(prefix) - 1, 0, -1) if prefix[:k] in kept), None)
        if parent is None or kept[parent] != named[prefix]:
            kept[prefix] = named[prefix]
    return kept


def main() -> None:
    by_prefecture: dict[str, list[str]] = defaultdict(list)
    for prefix, prefecture in sorted(_collapsed(_described()).items()):
        by_prefecture[prefecture].append(prefix)
    with open(TARGET, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for prefecture in PREFECTURES.values():
            out.write(f"{prefecture}\t{' '.join(by_prefecture[prefecture])}\n")


if __name__ == "__main__":
    main()
