"""PowerPoint .pptx: text frames, tables, groups and notes, slide by slide.

python-pptx's shape classes read the text, but only the slide and notes parts are
parsed: opening the whole package (masters, layouts, themes, every relationship)
cost three times as much as reading a short deck.
"""

from __future__ import annotations

import posixpath
import zipfile

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.shapes.group import GroupShape
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import NotesSlide

from inventory.uris import escape_name
from scanner.extract.base import Extraction, TextUnit, library_errors, text_unit
from scanner.extract.budget import Budget
from scanner.extract.ooxml import open_package, parse_part
from scanner.extract.table import dense_rows, table_units

PRESENTATION = "ppt/presentation.xml"


def _shape_units(shapes, where: str) -> list[TextUnit]:
    units: list[TextUnit] = []
    for shape in shapes:
        if isinstance(shape, GroupShape):
            units.extend(_shape_units(shape.shapes, where))
        elif getattr(shape, "has_table", False) and shape.has_table:
            rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
            units.extend(table_units(dense_rows(rows), sheet=f"{where}!{escape_name(shape.name)}"))
        elif getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip():
            units.append(text_unit(shape.text_frame.text, f"{where}!{escape_name(shape.name)}:"))
    return units


class _Package:
    def __init__(self, archive: zipfile.ZipFile, budget: Budget) -> None:
        self.archive, self.budget = archive, budget
        self.names = set(archive.namelist())

    def part(self, name: str):
        return parse_part(self.archive, name, "pptx", parse_xml, self.budget)

    def related(self, name: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, part name) of a part's internal relationships."""
        folder, base = posixpath.split(name)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.names:
            return {}
        return {rel.get("Id"): (rel.get("Type"), posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))))
                for rel in self.part(rels) if rel.get("TargetMode") != "External"}


def _slide_names(package: _Package) -> list[str]:
    """Slide part names in the deck's order (its list of slide ids)."""
    related = package.related(PRESENTATION)
    slide_ids = package.part(PRESENTATION).sldIdLst
    return [related[s.rId][1] for s in (slide_ids if slide_ids is not None else []) if s.rId in related]


def _slide_units(package: _Package, name: str, number: int) -> list[TextUnit]:
    where = f"slide{number}"
    units = _shape_units(SlideShapes(package.part(name).cSld.spTree, None), where)
    for kind, target in package.related(name).values():
        if kind == RT.NOTES_SLIDE and target in package.names:
            frame = NotesSlide(package.part(target), None).notes_text_frame
            if frame is not None and frame.text.strip():
                units.append(text_unit(frame.text, f"{where}!notes:"))
    return units


def extract_pptx(data: bytes, budget: Budget) -> Extraction:
    with open_package(data, "pptx") as archive, library_errors("pptx"):
        package = _Package(archive, budget)
        units = [unit for number, name in enumerate(_slide_names(package), start=1)
                 for unit in _slide_units(package, name, number)]
    return Extraction(format="pptx", units=units)
