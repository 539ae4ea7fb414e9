"""Running a command as an unprivileged user: root reads and writes everything, so
permission problems are tested as nobody (setpriv, util-linux)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


@contextmanager
def nobody_folder() -> Iterator[Path]:
    """A folder the other user reaches and writes, outside pytest's per-user base
    folder: a pytest session that starts meanwhile (another checkout's, a helper's)
    sets that folder back to 0700, and nobody would lose its way to the files."""
    folder = Path(tempfile.mkdtemp(prefix="daicho-nobody-"))
    try:
        open_to_nobody(folder)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def open_to_nobody(path: Path) -> None:
    """Let the other user reach and write path (and traverse the folders above it)."""
    path.chmod(0o777)
    parent = path.parent
    while parent != parent.parent:
        os.chmod(parent, os.stat(parent).st_mode | 0o011)
        parent = parent.parent


def daicho_as_nobody(args: list[str], home: Path) -> subprocess.CompletedProcess:
    """`daicho ARGS` run by nobody (by this user when not root)."""
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO), "HOME": str(home)}
    command = [sys.executable, "-m", "scanner.cli", *args]
    if os.geteuid() == 0:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO)
