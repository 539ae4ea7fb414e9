"""Mail habits corpus 2 has no writer for: a reply that quotes the message it
answers, and an mbox of several messages (each `box.mbox!0`, `!1` … in daicho's
paths)."""

from __future__ import annotations

from benchmarks.corpus2.truth import Doc, Item, Text


def quoted(original: Text, prefix: str = "> ") -> Text:
    """The lines of a message as a reply quotes them."""
    return Text([(prefix, *line) for line in original.lines])


def mbox_doc(path: str, messages: list[Doc], kind: str) -> Doc:
    """Messages one after another, each after its `From ` line (no body line starts with `From `)."""
    chunks, items = [], []
    for number, message in enumerate(messages):
        if b"\nFrom " in message.data:
            raise ValueError(f"{message.path}: a body line starts with 'From '")
        chunks.append(b"From corpus3@example.invalid Thu Oct  1 09:00:00 2026\n" + message.data.replace(b"\r\n", b"\n"))
        items += [Item(f"{path}!{number}" + i.path[len(message.path):], i.mark, i.location) for i in message.items]
    data = b"\n".join(chunk.rstrip(b"\n") + b"\n" for chunk in chunks)
    return Doc(path, data, items, kind)
