"""Outlook .pst files for tests and the sample share, written by Aspose.Email for
Python via .NET (PyPI `aspose-email-for-python-via-net`, a test dependency; in
evaluation mode it adds "(Aspose.Email Evaluation)" to subjects and a notice at
the top of bodies, which the tests ignore). libpff reads what it writes as it
reads Outlook's own files.

    write_pst(path, {"受信トレイ/人事": [Mail(...), ...]})
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# .NET looks for ICU by version names Debian does not ship; invariant culture is enough to write files
os.environ.setdefault("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")


@dataclass(frozen=True)
class Mail:
    subject: str
    body: str
    sender: str = "soumu@example.co.jp"
    to: str = "jinji@example.co.jp"
    attachments: tuple[tuple[str, bytes], ...] = ()
    attached: "Mail | None" = None  # a message attached to this one
    extra: dict = field(default_factory=dict)


def _mapi(mail: Mail):
    from aspose.email.mapi import MapiMessage

    message = MapiMessage(mail.sender, mail.to, mail.subject, mail.body)
    for name, data in mail.attachments:
        message.attachments.add(name, data)
    if mail.attached is not None:
        message.attachments.add(f"{mail.attached.subject}.msg", _mapi(mail.attached))
    return message


def write_pst(path: Path, folders: dict[str, list[Mail]]) -> Path:
    """A Unicode PST whose folders (paths with '/') hold the given mails."""
    from aspose.email.storage.pst import FileFormatVersion, PersonalStorage

    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with PersonalStorage.create(str(path), FileFormatVersion.UNICODE) as pst:
        made: dict[str, object] = {"": pst.root_folder}
        for folder_path, mails in folders.items():
            parent_path = ""
            for name in folder_path.split("/"):
                current = f"{parent_path}/{name}".lstrip("/")
                if current not in made:
                    made[current] = made[parent_path].add_sub_folder(name)
                parent_path = current
            for mail in mails:
                made[folder_path].add_message(_mapi(mail))
    return path
