"""Whether the process that left a mark (a running scan, an object handed to a
worker) is still alive, so that a mark of a dead one can be taken over."""

from __future__ import annotations

import os


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True
