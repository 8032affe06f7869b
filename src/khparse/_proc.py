"""Child processes that go when their parent goes.

A batch worker killed at its time limit must leave no Tesseract behind, and a Dask worker's
parse process must not outlive the Dask worker: Linux's ``PR_SET_PDEATHSIG`` has the kernel
kill the child when its parent exits. Imports nothing of khparse, so readers and batch can
both use it.
"""
from __future__ import annotations

import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the child
    """Have the kernel SIGKILL this process when its parent exits; ``parent`` is the pid that
    started it, read before the start: when the parent has already gone (the child now has
    another one), exit at once. A no-op where ``prctl`` does not exist (not Linux)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(0)
