"""What a Dask worker runs for ``khparse batch --scheduler``: one file's bytes → its result.

A Dask task runs in a thread of the Dask worker process. The local worker's time limit
cannot be set there (``signal`` works only in the main thread), and a file that crashes or
hangs the Dask worker itself would take its other tasks down with it and be retried by
Dask on other workers. So each Dask worker thread keeps a parse process of its own: the
local batch worker (``worker.main``), started with ``subprocess`` (a Dask worker is a
daemonic process, which ``multiprocessing`` does not let have children) and spoken to over
a socket pair. A task hands it the file and waits up to the hard limit: the soft limit
fires inside it as in a local run, an overrun kills it, a crash is seen at once, and the
file gets the same result a local run gives; a fresh process takes the next file.

Nothing here imports Dask: the client (dask_pool.py) sends these functions by reference.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection

from .._proc import die_with_parent
from .pool import PoolBroken, died_result, hard_limit, overdue_result

#: KHPARSE_* variables that name something on one machine (a program's path, an address):
#: a worker keeps its own; every other KHPARSE_* setting comes from the client.
MACHINE_SETTINGS = frozenset({"KHPARSE_TESSERACT", "KHPARSE_SCHEDULER"})

_BOOT = ("import sys; from khparse.batch.remote import serve; "
         "serve(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))")

_local = threading.local()
_lock = threading.Lock()
_children: set["_Child"] = set()  # every parse process of this Dask worker, for release()


class _Child:
    """One parse process, owned by the Dask worker thread that started it."""

    def __init__(self, opts: dict):
        self.opts = opts
        self.busy = False
        ours, theirs = socket.socketpair()
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("KHPARSE_") or k in MACHINE_SETTINGS}
        env.update(opts.get("env") or {})  # the client's settings, not this machine's
        worker_opts = {k: v for k, v in opts.items() if k != "env"}
        with theirs:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(theirs.fileno()), json.dumps(worker_opts),
                 str(os.getpid())],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env)
        self.conn = Connection(ours.detach())
        self.ready = False

    def convert(self, task: tuple) -> dict:
        if not self.ready:  # loading takes the time it takes: the limit starts once it is ready
            try:
                self.conn.recv()
            except (EOFError, OSError):
                self.stop(kill=True)
                raise PoolBroken("the khparse parse process died while starting "
                                 f"(exit code {self.proc.returncode}) on a Dask worker; run "
                                 "`khparse extract FILE` there to see why") from None
            self.ready = True
        limit = hard_limit(self.opts.get("timeout"))
        try:
            self.conn.send(task)
            if not self.conn.poll(limit):
                self.stop(kill=True)
                return overdue_result(self.opts["timeout"], limit)
            what, result = self.conn.recv()
            return result
        except (EOFError, OSError):
            self.stop(kill=True)
            return died_result(self.proc.returncode)

    def alive(self) -> bool:
        return self.proc.poll() is None and not self.conn.closed

    def stop(self, kill: bool = False) -> None:
        """Tell it to go (or kill it) and reap it; harmless on one already stopped."""
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
        if kill:
            self.proc.kill()
        try:
            self.proc.wait(timeout=None if kill else 2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.conn.close()


def convert_all(items: list[tuple], opts: dict) -> list[dict]:
    """The Dask task: convert a few files ``(rel, path, bytes)``, one after the other."""
    return [convert(rel, path, data, opts) for rel, path, data in items]


def convert(rel: str, path: str, data: bytes, opts: dict) -> dict:
    """Convert one file's bytes in this thread's parse process."""
    child = _own_child(opts)
    try:
        return child.convert((rel, path, data))
    finally:
        child.busy = False


def _own_child(opts: dict) -> _Child:
    """This thread's parse process for these options, started if need be; marked busy."""
    child = getattr(_local, "child", None)
    with _lock:
        mine = child in _children  # not if release() stopped it meanwhile
        if mine and child.opts == opts and child.alive():
            child.busy = True
            return child
        _children.discard(child)
    if mine:
        child.stop()  # dead, or started for another run's options
    child = _local.child = _Child(opts)
    child.busy = True
    with _lock:
        _children.add(child)
    return child


def release() -> int:
    """Stop this Dask worker's idle parse processes (at the end of a run); return how many."""
    with _lock:
        idle = [c for c in _children if not c.busy]
        for c in idle:
            _children.discard(c)
    for c in idle:
        c.stop()
    return len(idle)


def about() -> dict:
    """This Dask worker's khparse version and why it cannot OCR (None: it can).

    The client checks both against its own before a run.
    """
    from .. import __version__
    from ..readers.ocr import missing

    return {"khparse": __version__, "ocr_missing": missing()}


def serve(fd: int, opts: str, parent: int) -> None:
    """Entry point of the parse process (see ``_BOOT``): the local batch worker on a socket.

    ``opts["target"]`` ("module:function") replaces ``worker.main``, as WorkerPool's
    ``target`` does: the tests' stand-ins that hang or crash.
    """
    import importlib

    die_with_parent(parent)  # go when the Dask worker goes, even in the middle of a hung file
    wopts = json.loads(opts)
    module, _, name = (wopts.pop("target", None) or "khparse.batch.worker:main").partition(":")
    main = getattr(importlib.import_module(module), name)
    main(Connection(fd), wopts)


