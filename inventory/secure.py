"""Files that hold secrets or (masked) personal data are created 0600."""

from __future__ import annotations

import os
from pathlib import Path


def create_private(path: Path) -> bool:
    """Create path empty with mode 0600 if missing; True if it was created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True
