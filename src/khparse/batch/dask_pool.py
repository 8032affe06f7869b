"""The worker pool of ``khparse batch --scheduler``: the per-file work as Dask tasks.

Same interface as :class:`~khparse.batch.pool.WorkerPool` (``run(tasks, on_result,
should_stop)``, ``jobs``, ``describe``), so the runner's scan, up-to-date check, outputs,
manifest, report and exit codes are those of a local run; only where a file is converted
changes.

The client reads each file (as ``khparse extract`` would: same size limit, same errors)
and sends its bytes with the task, so workers need no access to the archive (no shared
filesystem, no common mount point) and OUT stays on the client's disk, written by the
client. A task carries a few small files or one large one (GROUP_FILES, GROUP_BYTES) and
at most ``depth`` tasks per Dask worker thread are in flight, which bounds what the client
and the scheduler hold. The results of each task (the Plans' JSON bytes, or each failure's
kind and message) come back as the task completes and are written at once, so an
interrupted run leaves OUT resumable like a local one. The time limit and failure
isolation, per file, live on the workers: see remote.py.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import warnings
import weakref
from collections import deque
from typing import Callable, Iterable

from . import remote, worker
from .pool import DEPTH

#: Seconds to wait for the scheduler to answer before giving up.
CONNECT_TIMEOUT = 10
#: Files per Dask task, at most: small documents go in groups so that Dask's own cost per
#: task (milliseconds on the client, the scheduler and the worker) stays small next to the
#: work; a group closes at GROUP_BYTES, so large files (scans) go one or two per task.
GROUP_FILES = 16
GROUP_BYTES = 512 * 1024


class ClusterUnavailable(RuntimeError):
    """No usable cluster: Dask missing, scheduler unreachable, no workers, other khparse."""


class DaskPool:
    def __init__(self, address: str, opts: dict, timeout: float | None, depth: int = DEPTH,
                 target: str | None = None):
        try:
            from distributed import Client
            from distributed.comm import get_address_host_port
        except ImportError:
            raise ClusterUnavailable("--scheduler needs Dask: pip install 'khparse[dask]'") from None
        try:  # before Client(): one that fails on a malformed address hangs at exit
            get_address_host_port(address)
        except ValueError as exc:
            raise ClusterUnavailable(f"--scheduler {address}: not a Dask scheduler address "
                                     f"({exc}); e.g. tcp://HOST:8786") from None
        self.address = address
        # what the parse process needs; KHPARSE_* settings travel with it (see remote._Child)
        self.opts = {**opts, "timeout": timeout, "target": target,  # see remote.serve
                     "env": {k: v for k, v in os.environ.items()
                             if k.startswith("KHPARSE_") and k not in remote.MACHINE_SETTINGS}}
        self.depth = max(1, depth)
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address} "
                                     f"({' '.join(str(exc).split()) or type(exc).__name__})") from None
        self._closer = weakref.finalize(self, self.client.close)
        try:
            self.jobs = self._check_workers()
        except BaseException:
            self.close()
            raise

    def _check_workers(self) -> int:
        """Worker threads of the cluster; every worker must run this khparse version and,
        where this machine can OCR and the run may (--ocr auto/always), be able to OCR too."""
        from .. import __version__
        from ..readers.ocr import INSTALL, missing

        nthreads = self.client.nthreads()
        if not nthreads:
            raise ClusterUnavailable(f"the Dask scheduler at {self.address} has no workers "
                                     f"(start some with `dask worker {self.address}`)")
        ocr_here = self.opts.get("ocr", "auto") != "never" and missing() is None
        for addr, about in sorted(self.client.run(remote.about, on_error="return").items()):
            if not isinstance(about, dict) or about["khparse"] != __version__:
                has = (f"khparse {about['khparse']}" if isinstance(about, dict)
                       else f"no khparse ({type(about).__name__})")
                raise ClusterUnavailable(f"the Dask worker {addr} has {has}, this machine "
                                         f"khparse {__version__}: install the same on every worker")
            if ocr_here and about["ocr_missing"]:
                raise ClusterUnavailable(f"the Dask worker {addr} cannot OCR "
                                         f"({about['ocr_missing']}) and this machine can: "
                                         f"`{INSTALL}` there, or --ocr never")
        return sum(nthreads.values())

    def describe(self, n_tasks: int) -> str:
        return f"{self.jobs} Dask worker threads at {self.address}"

    def close(self) -> None:
        self._closer()

    def _load(self, path: str) -> tuple[os.stat_result, bytes] | dict:
        """The file's stat and bytes, read as a local worker reads it; or its failure."""
        from ..readers import load_bytes

        try:
            st = os.stat(path)
            data, _ = load_bytes(path, self.opts.get("max_bytes"))
        except Exception as exc:  # noqa: BLE001 - reported for this file, as a worker would
            return {**worker.failure(exc), "seconds": 0.0}
        return st, data

    def run(self, tasks: Iterable[tuple], on_result: Callable[[tuple, dict], None],
            should_stop: Callable[[], bool] = lambda: False) -> None:
        """Run every task ``(rel, path)`` on the cluster; call ``on_result`` here as each ends."""
        from distributed import as_completed

        queue = deque(tasks)
        in_flight: dict = {}  # future → [(task, stat), …] of the files it converts
        done = as_completed(loop=self.client.loop)
        limit = self.depth * max(1, self.jobs)

        def submit() -> None:
            while queue and len(in_flight) < limit and not should_stop():
                group, items, size = [], [], 0
                while queue and len(group) < GROUP_FILES and size < GROUP_BYTES:
                    task = queue.popleft()
                    loaded = self._load(task[1])
                    if isinstance(loaded, dict):
                        on_result(task, loaded)
                        continue
                    st, data = loaded
                    group.append((task, st))
                    items.append((task[0], task[1], data))
                    size += len(data)
                if not group:
                    continue
                with warnings.catch_warnings():  # a 50 MB scan is expected here, not a mistake
                    warnings.filterwarnings("ignore", message="Sending large graph")
                    future = self.client.submit(remote.convert_all, items, self.opts, pure=False)
                in_flight[future] = group
                done.add(future)

        try:
            with _interrupts_noted() as interrupted:
                submit()
                while in_flight and not interrupted:
                    future = next(done)
                    group = in_flight.pop(future)
                    results = self._results(future, group)
                    submit()  # the next files are on their way before these results are written
                    for (task, _), result in zip(group, results):
                        on_result(task, result)
                    if should_stop():
                        return
                if interrupted:
                    raise KeyboardInterrupt
        finally:
            if in_flight:
                self.client.cancel(list(in_flight))
            try:
                self.client.run(remote.release, on_error="ignore")
            except Exception:  # noqa: BLE001 - only tidying up idle processes
                pass
            self.close()

    @staticmethod
    def _results(future, group: list[tuple]) -> list[dict]:
        try:
            results = future.result()
        except remote.PoolBroken:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker: its Dask worker kept dying
            failed = {"ok": False, "kind": "internal", "seconds": None,
                      "message": f"the Dask task failed ({type(exc).__name__}: {exc})"}
            return [dict(failed) for _ in group]
        for (_, st), result in zip(group, results):
            if result.get("ok"):  # the client's view of the file, as a local worker's stat
                result["size"], result["mtime_ns"] = st.st_size, st.st_mtime_ns
        return results


@contextlib.contextmanager
def _interrupts_noted():
    """Remember Ctrl-C / SIGTERM, then let the usual handler raise KeyboardInterrupt.

    The KeyboardInterrupt lands wherever the main thread is; with Dask that can be a
    ``Future.__del__``, where Python ignores it. The list yielded keeps the signal, and
    the caller raises again at a point of its own.
    """
    noted: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield noted
        return

    def handler(signum, frame):
        noted.append(signum)
        previous = saved[signum]
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            raise KeyboardInterrupt

    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig, previous in saved.items():
        if previous != signal.SIG_IGN:  # ignored stays ignored (`nohup`, a background job)
            signal.signal(sig, handler)
    try:
        yield noted
    finally:
        for sig, previous in saved.items():
            signal.signal(sig, previous if previous is not None else signal.SIG_DFL)
