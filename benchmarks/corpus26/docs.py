"""Documents of corpus 26: a writer's lines, grids and blocks made into files, each mark kept at
the place daicho's extraction gives it (lines, cells, paragraphs, a mail's header and body)."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, joined
from benchmarks.corpus26 import render as r

XLSX = "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
TYPES = {"csv": ("text", "csv"), "txt": ("text", "plain"), "xlsx": XLSX, "docx": DOCX, "pdf": ("application", "pdf")}


class Blocks:
    """Paragraphs and tables in their order (a letter, a form, a report)."""

    def __init__(self) -> None:
        self.blocks: list = []

    def h(self, text: str) -> "Blocks":
        self.blocks.append(("h", text, []))
        return self

    def p(self, *parts) -> "Blocks":
        text, marks = joined(list(parts))
        self.blocks.append(("p", text, marks))
        return self

    def lines(self, rows: list[list]) -> "Blocks":
        for row in rows:
            self.p(*row)
        return self

    def t(self, grid: Grid) -> "Blocks":
        self.blocks.append(("t", grid, None))
        return self

    def placed(self, para: str, table: str) -> tuple[list, list[tuple[str | None, object]]]:
        """(the blocks for a writer, [(place, mark)]): para/table are place patterns ({n}, {k})."""
        out, marks, n, k = [], [], 0, 0
        for kind, body, found in self.blocks:
            if kind == "t":
                k += 1
                out.append(body.rows)
                marks += [(table.format(k=k) + f"{chr(65 + c)}{row}", m) for row, c, m in body.marks]
            else:
                n += 1
                out.append(("# " if kind == "h" else "") + body)
                marks += [(para.format(n=n), m) for m in found]
        return out, marks

    def flat(self) -> Lines:
        """Every paragraph a line and every table row a line of cells apart."""
        lines = Lines()
        for kind, body, found in self.blocks:
            if kind == "t":
                for row_index, row in enumerate(body.rows, 1):
                    lines.put("  ".join(row))
                    lines.marks += [(len(lines.lines), m) for rr, _, m in body.marks if rr == row_index]
            else:
                lines.lines.append(body)
                lines.marks += [(len(lines.lines), m) for m in found]
        return lines


def txt(path: str, lines: Lines, encoding: str = "utf-8", crlf: bool = False, unit: str | None = "") -> Doc:
    return Doc(path, r.text_bytes(lines.text(), encoding, crlf), lines.items(path, unit))


def csv(path: str, grid: Grid, encoding: str = "utf-8", delimiter: str = ",", bom: bool = False) -> Doc:
    return Doc(path, r.csv_bytes(grid.rows, encoding, delimiter, bom), grid.items(path))


def xlsx(path: str, sheets: list[tuple[str, Grid]]) -> Doc:
    data = r.xlsx_bytes([(title, grid.rows) for title, grid in sheets])
    return Doc(path, data, [i for title, grid in sheets for i in grid.items(path, title)])


def docx(path: str, blocks: Blocks) -> Doc:
    out, marks = blocks.placed("p{n}", "table{k}!")
    return Doc(path, r.docx_bytes(out), [Item(path, m, place) for place, m in marks])


def odt(path: str, blocks: Blocks) -> Doc:
    out, marks = blocks.placed("body:L{n}", "T{k}!")
    out = [b[2:] if isinstance(b, str) and b.startswith("# ") else b for b in out]
    return Doc(path, r.odt_bytes(out), [Item(path, m, place) for place, m in marks])


def rtf(path: str, blocks: Blocks) -> Doc:
    lines = blocks.flat()
    return Doc(path, r.rtf_bytes(lines.lines), lines.items(path, ""))


def pdf(path: str, blocks: Blocks, per_page: int = 45) -> Doc:
    lines = blocks.flat().lines
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return Doc(path, r.pdf_bytes(pages), [Item(path, m, None) for _, m in blocks.flat().marks])


def html(path: str, title: str, blocks: Blocks) -> Doc:
    parts = []
    for kind, body, _ in blocks.blocks:
        if kind == "t":
            parts.append(r.html_table(body.rows))
        else:
            tag = "h2" if kind == "h" else "p"
            parts.append(f"<{tag}>{r.escape(body)}</{tag}>")
    marks = [m for _, m in blocks.flat().marks]
    return Doc(path, r.html_bytes(title, "\n".join(parts)), [Item(path, m, None) for m in marks])


def pptx(path: str, slides: list[tuple[str, Lines]]) -> Doc:
    data = r.pptx_bytes([(title, lines.lines) for title, lines in slides])
    return Doc(path, data, [Item(path, m, None) for _, lines in slides for _, m in lines.marks])


class Mail:
    """A mail: header parts (From, To as parts), a subject, a body and attached documents."""

    def __init__(self, sender: list, to: list, subject: str, date: str, body: Lines) -> None:
        self.sender, self.to, self.subject, self.date, self.body = sender, to, subject, date, body
        self.attached: list[tuple[str, Doc]] = []

    def attach(self, name: str, maker, *args) -> "Mail":
        """maker(path, *args) gives the attached Doc; its path is fixed when the mail is placed."""
        self.attached.append((name, (maker, args)))
        return self

    def made(self, path: str, number: int = 0):
        sender, sender_marks = joined(self.sender)
        to, to_marks = joined(self.to)
        files = []
        items = [Item(path, m, "header:L1") for m in sender_marks] + [Item(path, m, "header:L2") for m in to_marks]
        items += self.body.items(path, "body:")
        for name, (maker, args) in self.attached:
            inner = maker(f"{path}!{name}", *args)
            files.append((name, inner.data) + TYPES[name.rsplit(".", 1)[-1]])
            items += inner.items
        message = r.mail(sender, to, self.subject, self.body.text(), self.date, files,
                         f"<{number:04d}.{abs(len(self.subject) * 7919 + number)}@c26.example.jp>")
        return message, items


def eml(path: str, mail: Mail, number: int = 0) -> Doc:
    message, items = mail.made(path, number)
    return Doc(path, r.eml_bytes(message), items)


def mbox(path: str, mails: list[Mail]) -> Doc:
    messages, items = [], []
    for n, mail in enumerate(mails):
        message, found = mail.made(f"{path}!{n}", n)
        messages.append(message)
        items += found
    return Doc(path, r.mbox_bytes(messages), items)


def zipped(path: str, members: list[Doc]) -> Doc:
    """members: Docs made with path '<zip>!<member>'."""
    data = r.zipped([(d.path.split("!", 1)[1], d.data) for d in members])
    return Doc(path, data, [i for d in members for i in d.items])
