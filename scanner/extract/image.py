"""Images (JPEG, PNG, TIFF, BMP, GIF): a scanned form or a photographed card is
read by OCR (ocr.py), page by page for multi-page TIFF, within the OCR budget of
Limits. Icons too small to hold text are read as having none. With OCR off
(`--no-ocr`) an image is `skipped` with that reason."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from scanner.extract.base import Extraction, ExtractionError, Limits, SkippedObject, TextUnit, TooLarge, text_unit
from scanner.extract.kinds import reason
from scanner.extract.ocr import is_too_small, recognise

_BOMB_FACTOR = 16  # an image over 16x the OCR pixel budget is refused, not decoded


def _open(data: bytes, limits: Limits) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > limits.ocr_max_pixels * _BOMB_FACTOR:
                raise TooLarge(f"image of {image.width}x{image.height} pixels over the OCR limit")
            return image
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as error:
        raise ExtractionError(cause=error, kind="image") from error


def _at_300_dpi(image: Image.Image) -> Image.Image:
    """A scan saved at under 300 dpi, enlarged to 300: Tesseract reads small print better."""
    dpi = image.info.get("dpi", (0, 0))[0] or 0
    if 100 <= dpi < 300:
        factor = 300 / dpi
        return image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.BICUBIC)
    return image


def extract_image(data: bytes, limits: Limits) -> Extraction:
    if not limits.ocr:
        raise SkippedObject(reason("ocr_off"))
    image = _open(data, limits)
    frames = getattr(image, "n_frames", 1)
    kind = (image.format or "image").lower()
    if frames == 1 and is_too_small(image):
        return Extraction(format=kind)
    units: list[TextUnit] = []
    read = min(frames, limits.ocr_max_pages)
    for index in range(read):
        try:
            image.seek(index)
            image.load()
        except (OSError, ValueError, EOFError) as error:
            raise ExtractionError(cause=error, kind=f"image, frame {index + 1}") from error
        location = f"page{index + 1}(ocr):" if frames > 1 else "ocr:"
        units.append(text_unit(recognise(_at_300_dpi(image), limits.ocr_max_pixels), location, ocr=True))
    unread = reason("ocr_budget", read=read, total=frames) if read < frames else None
    return Extraction(format=kind, units=[u for u in units if u.text], ocr_pages=read, unread=unread)
