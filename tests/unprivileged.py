"""Running a command as an unprivileged user: root reads and writes everything, so
permission problems are tested as nobody (setpriv, util-linux)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


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
