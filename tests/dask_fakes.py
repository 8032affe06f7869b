"""Stand-ins for the parse process of a Dask run (``remote.serve``'s ``target``).

Imported by the parse processes that the Dask workers of tests/test_batch_dask.py start,
which find this folder on PYTHONPATH.
"""
from __future__ import annotations

import os
import signal
import time


def hang_or_crash(conn, opts):
    """Hangs beyond the reach of signals, or dies, when the file's name says so."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGINT})
    conn.send(("ready", os.getpid()))
    while (task := conn.recv()) is not None:
        rel, _path, data = task
        if "hang" in rel:
            time.sleep(3600)
        if "crash" in rel:
            os.kill(os.getpid(), signal.SIGSEGV)
        env = {k: v for k, v in os.environ.items() if k.startswith("KHPARSE_")}
        conn.send(("done", {"ok": True, "rel": rel, "bytes": len(data), "env": env}))


def set_env(name: str, value: str | None) -> None:
    """Run on a Dask worker (client.run): set or remove one of its environment variables."""
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
