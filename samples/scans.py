"""Scanned paper for OCR tests, the sample share and benchmarks/ocr_quality.py:
a synthetic 履歴書 (résumé form) and a My Number card-like image, rendered with
Noto Sans CJK JP (Debian fonts-noto-cjk) at a given dpi, then made to look
scanned: a slight skew, speckle noise and a little blur. Everything on them is
made up (samples.synth); the card says 見本 (specimen).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from samples.synth import Person

FONT_FILES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
_JP_FACE = 0  # the JP face comes first in Debian's Noto CJK collections
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Degrade:
    skew: float = 0.8  # degrees
    speckle: float = 0.004  # share of pixels flipped
    blur: float = 0.6  # Gaussian radius in pixels at 300 dpi


def font(points: float, dpi: int) -> ImageFont.FreeTypeFont:
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, round(points * dpi / 72), index=_JP_FACE)
    raise FileNotFoundError("a Japanese font is needed (Debian: fonts-noto-cjk)")


def _mm(value: float, dpi: int) -> int:
    return round(value * dpi / MM_PER_INCH)


def resume_rows(p: Person) -> list[tuple[str, str]]:
    return [("ふりがな", p.kana), ("氏名", p.name), ("生年月日", f"{p.birth:%Y年%m月%d日}生"),
            ("現住所", f"〒{p.postal} {p.address}"), ("電話", p.phone), ("携帯電話", p.mobile),
            ("E-mail", p.email)]


def resume_page(p: Person, dpi: int = 300) -> Image.Image:
    """An A4 履歴書: title, date, a two-column form of labels and values, a history table."""
    page = Image.new("L", (_mm(210, dpi), _mm(297, dpi)), 255)
    draw = ImageDraw.Draw(page)
    left, top, width = _mm(20, dpi), _mm(20, dpi), _mm(170, dpi)
    draw.text((left, top), "履 歴 書", font=font(22, dpi), fill=0)
    draw.text((left + _mm(110, dpi), top + _mm(4, dpi)), "2026年10月1日 現在", font=font(10, dpi), fill=0)
    y, row = top + _mm(18, dpi), _mm(13, dpi)
    for label, value in resume_rows(p):
        draw.rectangle((left, y, left + width, y + row), outline=0, width=max(1, dpi // 100))
        draw.line((left + _mm(32, dpi), y, left + _mm(32, dpi), y + row), fill=0, width=max(1, dpi // 100))
        draw.text((left + _mm(3, dpi), y + _mm(3.5, dpi)), label, font=font(11, dpi), fill=0)
        draw.text((left + _mm(36, dpi), y + _mm(3, dpi)), value, font=font(12, dpi), fill=0)
        y += row
    y += _mm(10, dpi)
    for line in ("学歴・職歴", "2020年3月 東京都立大学 卒業", "2020年4月 株式会社サンプル商事 入社", "以上"):
        draw.text((left + _mm(3, dpi), y), line, font=font(11, dpi), fill=0)
        y += _mm(9, dpi)
    return page


def card_image(p: Person, dpi: int = 300) -> Image.Image:
    """A My Number card-like layout (85.6 x 54 mm): name, address, birth date and
    the 12-digit number, with a photo box and 見本 (specimen) printed on it."""
    card = Image.new("L", (_mm(85.6, dpi), _mm(54, dpi)), 235)
    draw = ImageDraw.Draw(card)
    draw.rounded_rectangle((2, 2, card.width - 3, card.height - 3), radius=_mm(3, dpi), outline=80, width=3)
    small, value = font(6.5, dpi), font(8, dpi)
    rows = (("氏名", p.name), ("住所", f"{p.prefecture}{p.city}"), ("", f"{p.town}{p.block}"),
            ("生年月日", f"{p.birth:%Y年%m月%d日}生"), ("個人番号", p.my_number_spaced))
    y = _mm(5, dpi)
    for label, text in rows:
        draw.text((_mm(4, dpi), y + _mm(0.6, dpi)), label, font=small, fill=20)
        draw.text((_mm(17, dpi), y), text, font=value, fill=0)
        y += _mm(8.5, dpi)
    draw.rectangle((_mm(62, dpi), _mm(6, dpi), _mm(82, dpi), _mm(32, dpi)), outline=60, width=2, fill=200)
    draw.text((_mm(66, dpi), _mm(16, dpi)), "見本", font=font(10, dpi), fill=90)
    return card


def degraded(image: Image.Image, rng: random.Random, how: Degrade = Degrade(), dpi: int = 300) -> Image.Image:
    """The image as a scanner gives it back: turned a little, specks, soft edges."""
    turned = image.rotate(rng.uniform(-how.skew, how.skew), resample=Image.Resampling.BICUBIC,
                          expand=True, fillcolor=255)
    pixels = turned.load()
    for _ in range(int(turned.width * turned.height * how.speckle)):
        x, y = rng.randrange(turned.width), rng.randrange(turned.height)
        pixels[x, y] = 0 if pixels[x, y] > 127 else 255
    return turned.filter(ImageFilter.GaussianBlur(how.blur * dpi / 300))


def write_scanned_pdf(path: Path, pages: list[Image.Image], dpi: int = 300) -> None:
    """An image-only PDF, as a scanner writes it: no text layer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    first, *rest = [page.convert("L") for page in pages]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest)


def write_logo(path: Path) -> None:
    """A small company logo: an image with text, but no personal data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    logo = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(logo).text((20, 30), "サンプル商事", font=font(36, 72), fill=0)
    logo.save(path, format="PNG")
