"""``khparse batch``: convert a whole archive folder, in parallel, resumably, losing nothing.

    scan (scan.py) → skip what is up to date (store.py) → worker processes
    (pool.py, worker.py; or Dask tasks: dask_pool.py, remote.py) → atomic JSON per
    document + manifest line → report

Outputs mirror the archive under OUT (``a/b/x.docx`` → ``a/b/x.docx.json``); the Plan's
``source.path`` is the path relative to the archive, so outputs do not depend on where the
archive is mounted and are byte-identical from run to run. Run times live only in
``OUT/_khparse/report.json``. A run killed at any moment and started again converts the
rest and ends with the same files as an uninterrupted run.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from .scan import Candidate, Skipped, display, scan
from .store import (REPORT, STATE_DIR, MANIFEST, Manifest, OutputError, OutputTree,
                          atomic_write, manifest_entry, up_to_date)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(ValueError):
    """Bad arguments (missing folder, OUT_DIR is a file…): exit code 2."""


@dataclass
class Options:
    archive: Path
    out: Path | None = None
    jobs: int | None = None          # None: os.cpu_count()
    timeout: float | None = 120.0    # per document, seconds; None or 0: no limit
    max_bytes: int | None = None
    force: bool = False
    jsonl: bool = False
    progress: str = "auto"           # auto | rich | plain | quiet
    scheduler: str | None = None     # a Dask scheduler address: convert on that cluster
    ocr: str = "auto"                # auto | always | never (images are read only with always)


@dataclass
class Failure:
    file: str
    kind: str
    message: str
    seconds: float | None = None
    detail: str | None = None        # traceback of an internal error (report only)


@dataclass
class Result:
    documents: int = 0
    converted: list[tuple[str, float | None]] = field(default_factory=list)
    up_to_date: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0
    report_path: Path | None = None

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failures else EXIT_OK


def check(opts: Options) -> None:
    """Raise UsageError for arguments that cannot work, before touching anything."""
    archive = Path(opts.archive)
    if not archive.exists():
        raise UsageError(f"{archive}: no such folder")
    if not archive.is_dir():
        raise UsageError(f"{archive}: not a folder (use `khparse extract FILE` for one file)")
    if opts.out is None and not opts.jsonl:
        raise UsageError("give an output folder with -o OUT_DIR, or --jsonl to stream to stdout")
    if opts.out is not None:
        out = Path(opts.out)
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out}: OUT_DIR exists and is not a folder")
        if os.path.realpath(out) == os.path.realpath(archive):
            raise UsageError("OUT_DIR must not be the archive folder itself")
    if opts.jobs is not None and opts.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if opts.timeout is not None and opts.timeout < 0:
        raise UsageError("--timeout must be positive (0 means no limit)")
    if opts.max_bytes is None:  # the workers would each fail on a bad variable
        from ..errors import BadSetting
        from ..limits import max_bytes_from_env

        try:
            max_bytes_from_env()
        except BadSetting as exc:
            raise UsageError(str(exc)) from None


def run(opts: Options, stdout=None, stderr=None) -> Result:
    """Convert the archive; return what happened (also written to the report)."""
    from .progress import Progress

    check(opts)
    wopts = {"max_bytes": opts.max_bytes, "timeout": opts.timeout or None, "jsonl": opts.jsonl,
             "ocr": opts.ocr}
    pool = make_pool(opts, wopts)  # a cluster that cannot be used stops the run before OUT
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    quiet = opts.progress == "quiet"
    started, t0 = datetime.now(timezone.utc), time.monotonic()
    res = Result()

    tree = manifest = None
    if opts.out is not None:
        try:
            tree = OutputTree(Path(opts.out))
            tree.remove_stale_temps()
            manifest = Manifest(tree.state_path(MANIFEST))
            manifest.compact()
        except OSError as exc:
            raise UsageError(f"{opts.out}: cannot write the output folder "
                             f"({exc.strerror or exc})") from None

    found, res.skipped = scan(Path(opts.archive), exclude=tree.root if tree else None,
                              images=opts.ocr == "always")
    # a Plan made with another --ocr may differ: it is not up to date for this run
    version = __version__ if opts.ocr == "auto" else f"{__version__}+ocr-{opts.ocr}"
    docs: list[Candidate] = []
    for cand in found:
        if tree is not None and cand.parts[0] == STATE_DIR:
            res.skipped.append(Skipped(display(cand.rel), f"inside a {STATE_DIR} folder"))
        else:
            docs.append(cand)
    res.documents = len(docs)

    stream_closed = False

    def emit(line: str) -> None:
        nonlocal stream_closed
        if stream_closed:
            return
        try:
            stdout.write(line + "\n")
            stdout.flush()
        except BrokenPipeError:  # `| head`: stop converting, keep what is written
            stream_closed = True
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass

    todo: list[Candidate] = []
    for cand in docs:
        if tree is not None and not opts.force and up_to_date(cand, tree, manifest, version):
            res.up_to_date += 1
            if opts.jsonl:
                emit(_compact(tree.path_for(cand.parts)))
        else:
            todo.append(cand)

    jobs = pool.jobs
    if not quiet:
        n_skip = len(res.skipped)
        stderr.write(f"khparse: {res.documents} documents ({res.up_to_date} up to date, "
                     f"{len(todo)} to convert), {n_skip} other files skipped; "
                     f"{pool.describe(len(todo))}\n")
        stderr.flush()

    by_path = {c.path: c for c in todo}
    progress = Progress(len(todo), "quiet" if quiet else opts.progress, stream=stderr)

    def on_result(task: tuple, r: dict) -> None:
        cand = by_path[task[1]]
        rel = display(cand.rel)
        if r.get("ok"):
            data = r["data"]
            try:
                if tree is not None:
                    tree.write(cand.parts, data)
                    try:
                        manifest.record(manifest_entry(cand, tree, r["sha256"], len(data),
                                                       version, size=r["size"],
                                                       mtime_ns=r["mtime_ns"]))
                    except OSError:
                        pass  # only a shortcut: the next run checks the JSON itself
            except OutputError as exc:
                r = {"ok": False, "kind": exc.kind, "message": str(exc), "seconds": r.get("seconds")}
            else:
                res.converted.append((rel, r.get("seconds")))
                if opts.jsonl:
                    emit(r["line"])
                progress.advance(True)
                return
        if tree is not None and r["kind"] != "write_error":
            # an older JSON of this file no longer describes it: OUT stays what a clean run makes
            tree.discard(cand.parts)
        res.failures.append(Failure(rel, r["kind"], r["message"], r.get("seconds"), r.get("detail")))
        progress.note(f"khparse: {rel}: {r['kind']}: {r['message']}")
        progress.advance(False)

    previous = signal.getsignal(signal.SIGTERM)
    try:
        signal.signal(signal.SIGTERM, _raise_interrupt)
    except ValueError:  # not the main thread
        previous = None
    try:
        with progress:
            pool.run([(display(c.rel), c.path) for c in todo], on_result,
                     should_stop=lambda: stream_closed)
    except KeyboardInterrupt:
        res.interrupted = True
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        res.seconds = round(time.monotonic() - t0, 3)
        if manifest is not None:
            try:
                manifest.close()
            except OSError:
                pass  # only a shortcut: the next run checks the JSONs themselves
        if tree is not None:
            res.report_path = tree.state_path(REPORT)
            atomic_write(res.report_path, _report(opts, res, started, jobs).encode("utf-8"))
        if not quiet:
            print_summary(res, stderr)
        elif res.failures:
            where = f"; see {res.report_path}" if res.report_path else ""
            stderr.write(f"khparse: {len(res.failures)} of {res.documents} documents failed{where}\n")
    return res


def make_pool(opts: Options, wopts: dict):
    """Local worker processes, or the Dask cluster at ``opts.scheduler``: one interface."""
    if not opts.scheduler:
        from .pool import WorkerPool

        return WorkerPool(opts.jobs or os.cpu_count() or 1, wopts, opts.timeout or None)
    from .dask_pool import ClusterUnavailable, DaskPool

    try:
        return DaskPool(opts.scheduler, wopts, opts.timeout or None)
    except ClusterUnavailable as exc:
        raise UsageError(str(exc)) from None


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def _compact(path: Path) -> str:
    with open(path, "rb") as fh:
        return json.dumps(json.load(fh), ensure_ascii=False, separators=(",", ":"))


def _report(opts: Options, res: Result, started: datetime, jobs: int) -> str:
    """The run-level report: the only place run times and dates appear."""
    report = {
        "khparse_version": __version__,
        "archive": str(Path(opts.archive).resolve()),
        "out": str(Path(opts.out).resolve()) if opts.out is not None else None,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": res.seconds,
        "jobs": jobs,
        "scheduler": opts.scheduler,
        "timeout": opts.timeout,
        "force": opts.force,
        "interrupted": res.interrupted,
        "exit_code": res.exit_code,
        "counts": {
            "documents": res.documents,
            "converted": len(res.converted),
            "up_to_date": res.up_to_date,
            "failed": len(res.failures),
            "not_done": res.documents - len(res.converted) - res.up_to_date - len(res.failures),
            "skipped": len(res.skipped),
        },
        "failed_by_kind": dict(sorted(Counter(f.kind for f in res.failures).items())),
        "skipped_by_reason": dict(sorted(Counter(s.reason for s in res.skipped).items())),
        "failures": [{k: v for k, v in vars(f).items() if v is not None or k == "seconds"}
                     for f in sorted(res.failures, key=lambda f: f.file)],
        "skipped": [{"file": s.rel, "reason": s.reason, **({"detail": s.detail} if s.detail else {})}
                    for s in res.skipped],
        "converted": [{"file": f, "seconds": s} for f, s in sorted(res.converted)],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def print_summary(res: Result, stream) -> None:
    """The end-of-run table on stderr: converted / up to date / failed by kind / skipped."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(title="khparse batch", box=box.SIMPLE, show_header=True, title_justify="left")
    table.add_column("outcome")
    table.add_column("files", justify="right")
    table.add_row("converted", str(len(res.converted)))
    table.add_row("up to date (not redone)", str(res.up_to_date))
    for kind, n in sorted(Counter(f.kind for f in res.failures).items()):
        table.add_row(f"failed: {kind}", str(n), style="red")
    not_done = res.documents - len(res.converted) - res.up_to_date - len(res.failures)
    if not_done:
        table.add_row("not done (interrupted)", str(not_done), style="yellow")
    for reason, n in sorted(Counter(s.reason for s in res.skipped).items()):
        table.add_row(f"skipped: {reason}", str(n), style="dim")
    console = Console(file=stream, soft_wrap=True)
    console.print(table)
    tail = f"{res.seconds:.1f} s"
    if res.report_path is not None:
        tail += f"; report: {res.report_path}"
    console.print(tail, markup=False, highlight=False)
