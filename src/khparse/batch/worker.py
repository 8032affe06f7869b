"""The worker process of a batch run: loads the pipeline once, converts one file per task.

A worker talks to the parent only through its pipe: ``("ready", pid)`` once loaded, then
one ``("done", result)`` per task. Its stdout is pointed at stderr so nothing a library
prints can corrupt a ``--jsonl`` stream. The per-document time limit is enforced here with
an interval timer that raises :class:`~khparse.errors.Timeout`; the parent kills the
process as a backstop when a C library does not return to Python in time.
"""
from __future__ import annotations

import hashlib
import os
import signal
import sys
import time
import traceback

_OPTS: dict = {}
_timed_out = False

#: A tiny document run once at start, so lazily loaded models count against no file's time.
_WARMUP = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2024\n"
    "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2024\nI. MỤC ĐÍCH\n"
    "1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành hoàn thành "
    "trước ngày 31/12/2024, đạt 80% hồ sơ trực tuyến theo Quyết định số 749/QĐ-TTg.\n"
)


def _on_alarm(signum, frame):
    global _timed_out
    from ..errors import Timeout

    _timed_out = True
    raise Timeout(f"took longer than {_OPTS['timeout']:g} s", hint="raise --timeout")


def init(opts: dict) -> None:
    """Per-process set-up: quiet stdout, ignore Ctrl-C (the parent handles it), load models."""
    _OPTS.update(opts)
    try:
        os.dup2(2, 1)
    except OSError:
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGALRM"):  # elsewhere (Windows) only the parent's kill applies
        signal.signal(signal.SIGALRM, _on_alarm)
    try:
        from ..pipeline import parse

        parse(_WARMUP.encode("utf-8"))
    except Exception:  # noqa: BLE001 - a broken extractor shows up per document instead
        pass


def convert(rel: str, path: str, data: bytes | None = None) -> dict:
    """Convert one file; never raises: failures come back as ``kind`` + ``message``.

    ``data`` is the file's bytes when the client read them (a Dask run, see remote.py);
    they are parsed as the file at ``path`` would be, and the client adds size and mtime.
    """
    global _timed_out

    _timed_out = False
    t0 = time.monotonic()
    timeout = (_OPTS.get("timeout") or 0) if hasattr(signal, "setitimer") else 0
    if timeout:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        from ..pipeline import parse

        if data is None:
            st = os.stat(path)  # before reading: a later change shows as a newer mtime
            # by path, exactly as `khparse extract` reads it (errors name the same kind)
            plan = parse(path, max_bytes=_OPTS.get("max_bytes"), ocr=_OPTS.get("ocr", "auto"))
            size, mtime_ns = st.st_size, st.st_mtime_ns
        else:
            plan = parse(data, max_bytes=_OPTS.get("max_bytes"), name=path,
                         ocr=_OPTS.get("ocr", "auto"))
            size = mtime_ns = None
        sha = plan.source.sha256 or _sha256(path)
        plan.source.path = rel
        if plan.source.size is None:
            plan.source.size = size
        result = {
            "ok": True,
            # bytes, ready to write: the parent neither decodes nor re-encodes them
            "data": plan.json_bytes(2) + b"\n",
            "line": plan.json_bytes().decode("utf-8") if _OPTS.get("jsonl") else None,
            "sha256": sha,
            "size": size,
            "mtime_ns": mtime_ns,
        }
    except BaseException as exc:  # noqa: BLE001 - a bug in one file must not stop the run
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and not _timed_out:
            raise
        result = failure(exc, _timed_out)
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
    result["seconds"] = round(time.monotonic() - t0, 3)
    return result


def failure(exc: BaseException, timed_out: bool = False) -> dict:
    """The result of a file that failed with ``exc``: its kind and a one-line message."""
    from ..errors import KhparseError

    if isinstance(exc, KhparseError):
        tail = f" ({exc.hint})" if exc.hint else ""
        return {"ok": False, "kind": "timeout" if timed_out else exc.kind,
                "message": f"{exc.message}{tail}"}
    if isinstance(exc, MemoryError):
        return {"ok": False, "kind": "too_large", "message": "out of memory while converting"}
    kind = "timeout" if timed_out else "internal"
    result = {"ok": False, "kind": kind, "message": f"{type(exc).__name__}: {exc}"}
    if kind == "internal":  # for the bug report: where it happened
        result["detail"] = traceback.format_exc(limit=-8)
    return result


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def main(conn, opts: dict) -> None:
    """Process entry point: serve tasks until the pipe closes or a None arrives."""
    init(opts)
    try:
        conn.send(("ready", os.getpid()))
        while True:
            task = conn.recv()
            if task is None:
                break
            try:
                result = convert(*task)
            except Exception as exc:  # noqa: BLE001 - e.g. the timer firing in convert's finally
                kind = "timeout" if _timed_out else "internal"
                result = {"ok": False, "kind": kind, "message": f"{type(exc).__name__}: {exc}",
                          "seconds": None}
            conn.send(("done", result))
    except (EOFError, BrokenPipeError, ConnectionResetError):
        pass  # the parent went away (killed or interrupted): just stop
    # Every result is sent and nothing else is kept: skip the interpreter's tear-down of
    # all loaded modules (~25 ms the parent would wait for at the end of each run).
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(0)
