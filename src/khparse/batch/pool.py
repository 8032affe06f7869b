"""A small process pool for batch runs that survives pathological files.

``concurrent.futures`` and ``multiprocessing.Pool`` cannot kill one stuck task: a worker
that hangs in C code (or dies) breaks or blocks the whole pool. Here each worker process
has its own pipe and up to ``depth`` tasks in flight (the next file is already waiting in
the pipe while the parent writes the previous result, so workers never idle on the
parent). A worker runs its tasks in order, so the parent knows which one it is on and
since when (the moment the previous result arrived); it kills (by pid) the worker that
overruns its hard limit, reports that file as a timeout, hands the worker's other queued
tasks to a fresh worker. A worker that dies (segfault, OOM killer) costs only the file it
was on.
"""
from __future__ import annotations

import contextlib
import multiprocessing as mp
import sys
import time
import types
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Callable, Iterable

from . import worker

#: Tasks in flight per worker: one running, one waiting in the pipe.
DEPTH = 2


@dataclass
class _Worker:
    proc: object
    conn: object
    ready: bool = False
    tasks: deque = field(default_factory=deque)  # in flight; the head is the one running
    started: float = 0.0                          # when the head task began (once ready)


class PoolBroken(RuntimeError):
    """Workers die before they can take any work: the installation itself is broken."""


def hard_limit(timeout: float | None) -> float | None:
    """When a worker past the soft limit (a Timeout error inside it) is killed."""
    return None if not timeout else timeout + max(3.0, 0.1 * timeout)


def overdue_result(timeout: float, limit: float) -> dict:
    """The result of a file whose worker was killed at the hard limit."""
    return {"ok": False, "kind": "timeout", "seconds": limit,
            "message": f"took longer than {timeout:g} s and was stopped (raise --timeout)"}


def died_result(exitcode: int | None) -> dict:
    """The result of a file whose worker process died under it (segfault, OOM killer)."""
    how = f"signal {-exitcode}" if exitcode and exitcode < 0 else f"exit code {exitcode}"
    return {"ok": False, "kind": "internal", "seconds": None,
            "message": f"the worker process died ({how})"}


@contextlib.contextmanager
def _without_main():
    """Spawn without re-running the parent's ``__main__`` (the CLI: typer, rich) in the child.

    The default worker lives in an importable module, so the child needs nothing from the
    main script; skipping it saves each worker ~50 ms of start-up.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


class WorkerPool:
    def __init__(self, jobs: int, opts: dict, timeout: float | None, target=None,
                 depth: int = DEPTH):
        self.jobs = max(1, jobs)
        self.target = target or worker.main  # (conn, opts): see worker.main
        self.opts = opts
        self.timeout = timeout
        self.depth = max(1, depth)
        self.hard_limit = hard_limit(timeout)
        self.ctx = mp.get_context("spawn")

    def describe(self, n_tasks: int) -> str:
        """Who converts, for the run's first line."""
        return f"{min(self.jobs, n_tasks)} worker processes"

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=self.target, args=(child, self.opts),
                                name="khparse-batch-worker", daemon=True)
        if self.target is worker.main:
            with _without_main():
                proc.start()
        else:
            proc.start()
        child.close()
        return _Worker(proc, parent)

    @staticmethod
    def _stop(w: _Worker, kill: bool = False, told: bool = False) -> None:
        if not kill and not told:
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
        # all workers start at once: their interpreters and model loading overlap
        workers = [self._start() for _ in range(min(self.jobs, len(queue)))]
        early_deaths = 0

        def feed(w: _Worker) -> None:
            # tasks go out before the worker is ready: it reads them as soon as it is loaded
            while len(w.tasks) < self.depth and queue:
                task = queue.popleft()
                if not w.tasks:
                    w.started = time.monotonic()
                w.tasks.append(task)
                try:
                    w.conn.send(task)
                except OSError:
                    return  # it died: the sentinel says so, the task is handed on

        def drain(w: _Worker, done: list) -> bool:
            """Read what the worker sent; False if its pipe is closed."""
            nonlocal early_deaths
            try:
                while w.conn.poll():
                    what, payload = w.conn.recv()
                    if what == "ready":
                        w.ready, early_deaths = True, 0
                        w.started = time.monotonic()
                    elif what == "done" and w.tasks:
                        done.append((w.tasks.popleft(), payload))
                        w.started = time.monotonic()  # it went straight on to the next one
            except (EOFError, OSError):
                return False
            return True

        try:
            while True:
                stopping = should_stop()
                if not stopping:
                    for w in workers:
                        feed(w)
                busy = [w for w in workers if w.tasks]
                if not busy and (stopping or not queue):
                    return
                wait_s = None
                running = [w.started for w in busy if w.ready]
                if self.hard_limit and running:
                    wait_s = max(0.0, min(running) + self.hard_limit - time.monotonic())
                wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], wait_s)

                for i, w in enumerate(workers):
                    done: list = []
                    alive = drain(w, done)
                    if done and not should_stop():
                        feed(w)  # the next file is on its way before this result is written
                    for task, payload in done:
                        on_result(task, payload)
                    if alive and not w.proc.is_alive():
                        drain(w, done := [])  # a result sent just before it died still counts
                        for task, payload in done:
                            on_result(task, payload)
                        alive = False
                    overdue = (alive and w.ready and bool(w.tasks) and self.hard_limit is not None
                               and time.monotonic() - w.started > self.hard_limit)
                    if alive and not overdue:
                        continue
                    self._stop(w, kill=True)
                    if w.ready and w.tasks:
                        task = w.tasks.popleft()
                        on_result(task, overdue_result(self.timeout, self.hard_limit) if overdue
                                  else died_result(w.proc.exitcode))
                    elif not w.ready:
                        early_deaths += 1
                        if early_deaths >= 3:
                            raise PoolBroken("batch worker processes die while starting; "
                                             "run `khparse extract FILE` on one file to see why")
                    queue.extendleft(reversed(w.tasks))  # not begun: a fresh worker takes them
                    w.tasks.clear()
                    workers[i] = self._start() if queue and not should_stop() else None
                workers = [w for w in workers if w is not None]
        finally:
            for w in workers:  # all told first, so they exit side by side
                if not w.tasks:
                    try:
                        w.conn.send(None)
                    except (OSError, ValueError):
                        pass
            for w in workers:
                self._stop(w, kill=bool(w.tasks), told=True)
