"""A small process pool for batch runs that survives pathological files.

``concurrent.futures`` and ``multiprocessing.Pool`` cannot kill one stuck task: a worker
that hangs in C code (or dies) breaks or blocks the whole pool. Here each worker process
gets one task at a time over its own pipe; the parent knows what each one is doing since
when, kills (by its pid) the one that overruns its hard limit, reports that file as a
timeout, and starts a fresh worker. A worker that dies (segfault, OOM killer) costs only
the file it was on.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Iterable

from . import batch_worker


@dataclass
class _Worker:
    proc: object
    conn: object
    ready: bool = False
    task: tuple | None = None
    started: float = 0.0


class PoolBroken(RuntimeError):
    """Workers die before they can take any work: the installation itself is broken."""


class WorkerPool:
    def __init__(self, jobs: int, opts: dict, timeout: float | None, target=None):
        self.jobs = max(1, jobs)
        self.target = target or batch_worker.main  # (conn, opts): see batch_worker.main
        self.opts = opts
        self.timeout = timeout
        # Soft limit in the worker (a Timeout error); the kill comes a little later.
        self.hard_limit = None if not timeout else timeout + max(3.0, 0.1 * timeout)
        self.ctx = mp.get_context("spawn")

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=self.target, args=(child, self.opts),
                                name="khparse-batch-worker", daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    @staticmethod
    def _stop(w: _Worker, kill: bool = False) -> None:
        if not kill:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                kill = True
        if kill and w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=None if kill else 5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        w.conn.close()

    def run(self, tasks: Iterable[tuple], on_result: Callable[[tuple, dict], None],
            should_stop: Callable[[], bool] = lambda: False) -> None:
        """Run every task ``(rel, path)``; call ``on_result(task, result)`` in this process."""
        queue = deque(tasks)
        workers = [self._start() for _ in range(min(self.jobs, len(queue)))]
        early_deaths = 0
        try:
            while True:
                stopping = should_stop()
                for w in workers:
                    if w.ready and w.task is None and queue and not stopping:
                        w.task, w.started = queue.popleft(), time.monotonic()
                        try:
                            w.conn.send(w.task)
                        except OSError:
                            pass  # it died: the sentinel below says so
                busy = [w for w in workers if w.task is not None]
                if not busy and (stopping or not queue):
                    return
                wait_s = None
                if self.hard_limit and busy:
                    wait_s = max(0.0, min(w.started for w in busy) + self.hard_limit - time.monotonic())
                wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], wait_s)

                for i, w in enumerate(workers):
                    dead = False
                    try:
                        while w.conn.poll():
                            what, payload = w.conn.recv()
                            if what == "ready":
                                w.ready, early_deaths = True, 0
                            elif what == "done" and w.task is not None:
                                task, w.task = w.task, None
                                on_result(task, payload)
                    except (EOFError, OSError):
                        dead = True
                    dead = dead or not w.proc.is_alive()
                    overdue = (w.task is not None and self.hard_limit is not None
                               and time.monotonic() - w.started > self.hard_limit)
                    if not (dead or overdue):
                        continue
                    self._stop(w, kill=True)
                    if w.task is not None:
                        if overdue and not dead:
                            result = {"ok": False, "kind": "timeout", "seconds": self.hard_limit,
                                      "message": f"took longer than {self.timeout:g} s and was "
                                                 "stopped (raise --timeout)"}
                        else:
                            code = w.proc.exitcode
                            how = f"signal {-code}" if code and code < 0 else f"exit code {code}"
                            result = {"ok": False, "kind": "internal", "seconds": None,
                                      "message": f"the worker process died ({how})"}
                        on_result(w.task, result)
                    elif not w.ready:
                        early_deaths += 1
                        if early_deaths >= 3:
                            raise PoolBroken("batch worker processes die while starting; "
                                             "run `khparse extract FILE` on one file to see why")
                    workers[i] = self._start() if queue and not should_stop() else None
                workers = [w for w in workers if w is not None]
        finally:
            for w in workers:
                self._stop(w, kill=w.task is not None)
