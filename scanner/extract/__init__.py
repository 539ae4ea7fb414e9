"""Text extraction with locations: one module per format, dispatched by name."""

from scanner.extract.base import (
    Child,
    EncryptedObject,
    Extraction,
    ExtractionError,
    Limits,
    NoTextLayer,
    SkippedObject,
    TextUnit,
    TooLarge,
)
from scanner.extract.dispatch import extract

__all__ = [
    "Child", "EncryptedObject", "Extraction", "ExtractionError", "Limits", "NoTextLayer",
    "SkippedObject", "TextUnit", "TooLarge", "extract",
]
