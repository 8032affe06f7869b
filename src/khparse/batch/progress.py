"""Progress of a batch run on stderr: a rich bar on a terminal, plain lines in a log.

On a terminal: done/total, failed, docs/s and ETA, with each failure printed above the bar.
Otherwise (CI, ``2> log``): one line every 5 s or every 10 %, whichever comes first,
plus one line per failure. ``quiet`` prints nothing.
"""
from __future__ import annotations

import sys
import time


def _fmt_eta(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}h{m:02d}m" if h else (f"{m}m{s:02d}s" if m else f"{s}s")


class Progress:
    def __init__(self, total: int, mode: str = "auto", stream=None, interval: float = 5.0):
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "rich" if getattr(self.stream, "isatty", lambda: False)() else "plain"
        self.mode = mode
        self.total = total
        self.done = 0
        self.failed = 0
        self.interval = interval
        self._t0 = time.monotonic()
        self._last_line = self._t0
        self._last_tenth = 0
        self._bar = None
        self._task = None

    # -- lifecycle ---------------------------------------------------------------
    def __enter__(self):
        if self.mode == "rich" and self.total:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar,
                                       TextColumn, TimeElapsedColumn, TimeRemainingColumn)

            self._bar = Bar(
                TextColumn("[bold]khparse batch"), BarColumn(), MofNCompleteColumn(),
                TextColumn("[red]{task.fields[failed]} failed"),
                TextColumn("{task.fields[rate]} docs/s"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=False,
                refresh_per_second=4,  # redraws cost the parent CPU the workers could use
            )
            self._bar.start()
            self._task = self._bar.add_task("convert", total=self.total, failed=0, rate="-")
        return self

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.stop()
        elif self.mode == "plain" and self.total and self.done and self.done != self._printed_at:
            self._line()
        return False

    _printed_at = -1

    # -- events ------------------------------------------------------------------
    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self._t0
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, ok: bool) -> None:
        self.done += 1
        self.failed += 0 if ok else 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=self.failed, rate=f"{self.rate:.1f}")
        elif self.mode == "plain":
            now = time.monotonic()
            tenth = self.done * 10 // self.total if self.total else 0
            if now - self._last_line >= self.interval or tenth > self._last_tenth:
                self._line()

    def note(self, message: str) -> None:
        """A line above the bar (a failure, a warning)."""
        if self.mode == "quiet":
            return
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(message + "\n")
            self.stream.flush()

    def _line(self) -> None:
        now = time.monotonic()
        self._last_line = now
        self._last_tenth = self.done * 10 // self.total if self.total else 0
        self._printed_at = self.done
        rate = self.rate
        eta = (self.total - self.done) / rate if rate > 0 else None
        pct = 100 * self.done // self.total if self.total else 100
        self.stream.write(f"khparse: {self.done}/{self.total} documents ({pct}%), "
                          f"{self.failed} failed, {rate:.1f} docs/s, ETA {_fmt_eta(eta)}\n")
        self.stream.flush()
