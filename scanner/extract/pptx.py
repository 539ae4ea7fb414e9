"""PowerPoint .pptx with python-pptx: text frames, tables, groups and notes."""

from __future__ import annotations

import io
import zipfile

from pptx import Presentation
from pptx.shapes.group import GroupShape

from scanner.extract.base import Extraction, ExtractionError, TextUnit, text_unit
from scanner.extract.ooxml import check_ooxml
from scanner.extract.table import table_units


def _shape_units(shapes, where: str) -> list[TextUnit]:
    units: list[TextUnit] = []
    for shape in shapes:
        if isinstance(shape, GroupShape):
            units.extend(_shape_units(shape.shapes, where))
        elif getattr(shape, "has_table", False) and shape.has_table:
            rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
            units.extend(table_units(rows, sheet=f"{where}!{shape.name}"))
        elif getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip():
            units.append(text_unit(shape.text_frame.text, f"{where}!{shape.name}:"))
    return units


def extract_pptx(data: bytes) -> Extraction:
    check_ooxml(data, "pptx")
    try:
        presentation = Presentation(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExtractionError(f"corrupt pptx: {error}") from error
    units: list[TextUnit] = []
    for number, slide in enumerate(presentation.slides, start=1):
        units.extend(_shape_units(slide.shapes, f"slide{number}"))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text
            if notes.strip():
                units.append(text_unit(notes, f"slide{number}!notes:"))
    return Extraction(format="pptx", units=units)
