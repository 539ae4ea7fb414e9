"""OCR of page images: Tesseract 5 with Debian's `jpn` data, one subprocess per
page (a pure function of the image: runs the same in a worker process).

Why Tesseract and not RapidOCR: see docs/benchmarks.md (OCR). In short, the
Debian packages tesseract-ocr and tesseract-ocr-jpn install in seconds, read
Japanese and Latin text (names, addresses, digits, e-mail addresses) offline,
and need no model download; RapidOCR's wheels ship Chinese models whose
dictionary lacks many kana forms, and its Japanese model is fetched at run time.

Pages are cleaned first. Forms are boxes: Tesseract loses the text of a cell whose ruled lines touch it
(a scanned 履歴書 gave no name and no phone), so ruled lines (dark runs longer
than 1/25 of the page) are whitened first. Tesseract puts a space between CJK
characters ("山 田 太 郎"); those spaces are removed, spaces next to Latin
letters and digits kept.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess

import numpy as np
from PIL import Image, ImageFilter

from scanner.extract.base import ExtractionError, NoTextLayer
from scanner.extract.kinds import reason
from scanner.redact import sanitise

LANGUAGES = "jpn"
PAGE_TIMEOUT = 180  # seconds for one page; a page that takes longer is left unread
MIN_SIDE = 64  # pixels: icons and rules hold no text worth reading
_CJK = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60"
_SPACE_IN_CJK = re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}])")


class OcrUnavailable(NoTextLayer):
    """No OCR engine here: the object keeps the status no_text_layer."""


def tesseract() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise OcrUnavailable(reason("ocr_unavailable"))
    return path


def prepared(image: Image.Image, max_pixels: int) -> Image.Image:
    """Grey scale within max_pixels, specks removed (median), then black and
    white at a threshold under the paper's own shade: Tesseract's Otsu threshold
    turns a grey card on a white page into one black block."""
    image = image.convert("L")
    pixels = image.width * image.height
    if pixels > max_pixels:
        factor = (max_pixels / pixels) ** 0.5
        image = image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))),
                             Image.Resampling.LANCZOS)
    image = image.filter(ImageFilter.MedianFilter(3))
    paper = float(np.percentile(np.asarray(image), 75))
    threshold = min(160, paper - 50)
    return image.point(lambda value: 255 if value > threshold else 0)


def _in_long_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """The pixels that lie in a horizontal run of at least length dark pixels."""
    height, width = dark.shape
    if width <= length:
        return np.zeros_like(dark)
    sums = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(dark, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # the run starting here is all dark
    edges = np.zeros((height, width + 1), dtype=np.int32)
    edges[:, :full.shape[1]] += full
    edges[:, length:length + full.shape[1]] -= full
    return np.cumsum(edges, axis=1)[:, :width] > 0


def without_rules(image: Image.Image) -> Image.Image:
    """The page with its ruled lines (table borders, underlines) whitened."""
    pixels = np.asarray(image)
    dark = pixels < 140
    rules = _in_long_runs(dark, max(40, pixels.shape[1] // 25))
    rules |= _in_long_runs(dark.T, max(40, pixels.shape[0] // 25)).T
    grown = rules.copy()  # one pixel more on each side: the blurred edges of a line
    grown[1:] |= rules[:-1]
    grown[:-1] |= rules[1:]
    grown[:, 1:] |= rules[:, :-1]
    grown[:, :-1] |= rules[:, 1:]
    cleaned = pixels.copy()
    cleaned[grown] = 255
    return Image.fromarray(cleaned)


def is_too_small(image: Image.Image) -> bool:
    return min(image.width, image.height) < MIN_SIDE


def tidy(text: str) -> str:
    lines = (_SPACE_IN_CJK.sub("", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def recognise(image: Image.Image, max_pixels: int) -> str:
    """The text Tesseract reads in image."""
    page = without_rules(prepared(image, max_pixels))
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page: workers run in parallel
    try:
        done = subprocess.run([tesseract(), "stdin", "stdout", "-l", LANGUAGES, "--psm", "3"],
                              input=buffer.getvalue(), capture_output=True, timeout=PAGE_TIMEOUT,
                              env=environment, check=False)
    except subprocess.TimeoutExpired as error:
        raise ExtractionError(f"OCR of a page took over {PAGE_TIMEOUT} s") from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise ExtractionError(f"OCR failed: {sanitise(message[0])}")  # tesseract may quote what it read
    return tidy(done.stdout.decode("utf-8", "replace"))
