"""Command-line interface: a thin typer layer over the library API.

Data goes to stdout, messages to stderr. Exit codes (stable, for scripts):
0 success · 1 the input could not be read or parsed (one plain line on stderr says why) ·
2 usage error · 3 internal error (a bug: rerun with --debug and report it) · 130 interrupted.
"""
from __future__ import annotations

import sys
from pathlib import Path
from enum import Enum
from typing import Optional

import typer
from typer.core import TyperArgument, TyperCommand

from . import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(
    name="khparse",
    help=(
        "Turn Vietnamese government plan documents (Kế hoạch, Công văn, Quyết định…) into "
        "structured JSON: identity, sections, goals, percentages, deadlines, responsible "
        "bodies, tasks and cited documents, each with a span into the normalized text.\n\n"
        "\b\nExamples:\n"
        "  khparse extract samples/seed002_docx.docx | jq '.tasks[] | {lead, text}'\n"
        "  khparse text samples/seed002_pdf.pdf       # the text every span points into\n"
        "  khparse review samples/seed000.txt         # seed000.txt.html: items marked on the text\n"
        "  khparse batch ARCHIVE/ -o OUT/             # a whole folder, resumable\n"
        "  khparse schema                             # JSON Schema of the output\n\n"
        "Exit codes: 0 ok, 1 input could not be read, 2 usage error, 3 internal error, "
        "130 interrupted."
    ),
    # Plain click help: typer's rich help imports rich.markdown & co. and doubles start-up.
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _Argument(TyperArgument):
    """An argument shown as click shows it, `FILE` (typer 0.29 writes `{FILE}` in the usage
    line and `FILE <str>` in the argument list)."""

    def get_usage_pieces(self, ctx) -> list[str]:
        name = self.metavar or self.name.upper()
        return [name if self.required else f"[{name}]"]

    def display_type_rich(self, ctx) -> None:
        return None


class _Command(TyperCommand):
    """Every khparse command: plain argument names in its help."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _Argument


def _version(value: bool) -> None:
    if value:
        typer.echo(f"khparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    pass


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """One plain line on stderr (newlines in library messages folded), then exit."""
    sys.stderr.write("khparse: " + " ".join(message.split()) + "\n")
    raise typer.Exit(code)


def run_guarded(fn, debug: bool):
    """Call fn(); turn project errors and bugs into one stderr line and an exit code."""
    from .errors import KhparseError

    try:
        return fn()
    except KhparseError as exc:
        if debug:
            raise
        fail(str(exc), exc.exit_code)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        if debug:
            raise
        fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        raise typer.Exit(EXIT_OK)
    except MemoryError:
        if debug:
            raise
        fail("out of memory while reading the file (try a smaller --max-size)", EXIT_INPUT)
    except Exception as exc:  # noqa: BLE001 - the one place bugs are turned into a message
        if debug:
            raise
        fail(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
             EXIT_INTERNAL)


FILE_HELP = ("A .pdf, .docx, .doc, .txt, .html or .md file, or a PNG/JPEG/TIFF scan (format "
             "detected from its content), or - for stdin.")
MAX_SIZE_HELP = "Refuse inputs larger than this many MB (default 50)."
MAX_SIZE = typer.Option(None, "--max-size", metavar="MB", help=MAX_SIZE_HELP)
OCR_HELP = ("auto (OCR scanned pages, garbled text layers and images; needs tesseract-ocr "
            "and tesseract-ocr-vie), always (OCR every PDF page) or never (text layers only).")


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _ocr_option():
    return typer.Option(OcrMode.auto, "--ocr", help=OCR_HELP, case_sensitive=False,
                        metavar="MODE")


def _max_bytes(max_size: Optional[float]) -> int:
    """The input limit in bytes: --max-size if given, else KHPARSE_MAX_BYTES or 50 MiB."""
    if max_size is not None:
        if not max_size > 0:
            fail(f"--max-size must be a positive number of MB, not {max_size:g}", EXIT_USAGE)
        return int(max_size * 1024 * 1024)
    from .errors import BadSetting
    from .limits import max_bytes_from_env

    try:
        return max_bytes_from_env()
    except BadSetting as exc:
        fail(str(exc), EXIT_USAGE)


@app.command(cls=_Command, short_help="Print the Plan of one document as JSON.")
def extract(
    file: str = typer.Argument(..., help=FILE_HELP, metavar="FILE"),
    pretty: Optional[bool] = typer.Option(
        None, "--pretty/--compact",
        help="Indented JSON (default when stdout is a terminal) or one compact line."),
    max_size: Optional[float] = MAX_SIZE,
    ocr: OcrMode = _ocr_option(),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """Print the Plan of one document as JSON on stdout.

    Every item carries "span": [start, end] into the text that `khparse text FILE` prints.
    """
    def go():
        from .pipeline import parse

        plan = parse(file, max_bytes=_max_bytes(max_size), ocr=ocr.value)
        indent = 2 if (pretty if pretty is not None else sys.stdout.isatty()) else None
        sys.stdout.flush()
        sys.stdout.buffer.write(plan.json_bytes(indent))
        sys.stdout.buffer.write(b"\n")

    run_guarded(go, debug)


@app.command(cls=_Command, short_help="Print the normalized text the spans point into.")
def text(
    file: str = typer.Argument(..., help=FILE_HELP, metavar="FILE"),
    max_size: Optional[float] = MAX_SIZE,
    ocr: OcrMode = _ocr_option(),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """Print the normalized text: the text every span in the Plan points into.

    Normalized means NFC, new-style tone placement (hòa, ủy), plain dashes and slashes,
    no zero-width or no-break spaces, docx tables and PDF columns in reading order.
    """
    def go():
        from .readers import read

        doc = read(file, max_bytes=_max_bytes(max_size), ocr=ocr.value)
        sys.stdout.write(doc.text + "\n")
        for w in doc.warnings:
            sys.stderr.write(f"khparse: warning: {w}\n")

    run_guarded(go, debug)


@app.command(cls=_Command, short_help="Write an HTML page showing every extracted item on the text.")
def review(
    file: str = typer.Argument(..., help=FILE_HELP, metavar="FILE"),
    out: Optional[str] = typer.Option(
        None, "--out", "-o", metavar="PAGE.html",
        help="Where to write the page (default: FILE.html beside FILE; - for stdout)."),
    max_size: Optional[float] = MAX_SIZE,
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """Write a review page: the document's text with every extracted item marked.

    One self-contained HTML file (no network, opens from disk, prints): the text with each
    task, deadline, body, goal, percentage, reference and heading highlighted, beside the
    identity card, the task table, the deadline timeline and the bodies. Clicking a row
    jumps to its place in the text.
    """
    def go():
        from .pipeline import parse_document
        from .readers import read
        from .review import render

        doc = read(file, max_bytes=_max_bytes(max_size))
        html = render(parse_document(doc), doc.text)
        target = out if out is not None else ("-" if file == "-" else file + ".html")
        if target == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(html.encode("utf-8"))
            return
        try:
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(html)
        except OSError as exc:
            fail(f"{target}: cannot write the page ({exc.strerror or exc})")
        sys.stderr.write(f"khparse: wrote {target}\n")

    run_guarded(go, debug)


@app.command(cls=_Command, short_help="Print the JSON Schema of the Plan.")
def schema() -> None:
    """Print the JSON Schema of the Plan (the output contract, version 1)."""
    import json

    from .models import Plan

    sys.stdout.write(json.dumps(Plan.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command(cls=_Command, short_help="Convert a whole folder, in parallel and resumably.")
def batch(
    archive: Path = typer.Argument(..., metavar="ARCHIVE_DIR", help="Folder to convert (walked recursively)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="OUT_DIR",
                                       help="Where the JSON Plans go (the archive's tree mirrored)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, metavar="N",
                                       help="Worker processes (default: all cores)."),
    timeout: float = typer.Option(120.0, "--timeout", min=0, metavar="SECONDS",
                                  help="Seconds allowed per document (0: no limit)."),
    max_size: Optional[float] = MAX_SIZE,
    force: bool = typer.Option(False, "--force", help="Redo documents whose JSON is up to date."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Also stream one Plan per line to stdout."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", metavar="CSV_DIR",
                                           help="After the run, export tables as CSV here."),
    sqlite: Optional[Path] = typer.Option(None, "--sqlite", metavar="FILE",
                                          help="After the run, export tables to this SQLite file."),
    html: bool = typer.Option(False, "--html",
                              help="After the run, write a review page beside each JSON "
                                   "and OUT_DIR/index.html listing them."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS", envvar="KHPARSE_SCHEDULER",
        help="Convert on the Dask cluster of this scheduler (tcp://HOST:PORT) instead of "
             "local worker processes; needs khparse[dask]. --jobs then does not apply."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr", case_sensitive=False, metavar="MODE", help=(
        OCR_HELP + " In batch, images are read only with always; OCR runs in the workers "
        "under --timeout.")),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on internal errors."),
) -> None:
    """Convert every document in a folder: one JSON Plan per file, in parallel, resumable.

    Documents are picked by content (PDF, .docx, text); other files are skipped and counted.

    a/b/x.docx becomes OUT_DIR/a/b/x.docx.json; source.path is "a/b/x.docx".

    A rerun skips what this version already converted (--force redoes it) and finishes
    what a killed run left.

    Failures (file, kind, message) and run times: OUT_DIR/_khparse/report.json.

    Exit codes: 0 all converted · 1 some documents failed (see the report) · 2 usage error
    (missing folder, OUT_DIR is a file…) · 3 internal error · 130 interrupted.
    """
    from .batch import runner as batch_mod

    if (csv_dir or sqlite or html) and out is None:
        fail("--csv/--sqlite/--html need -o OUT_DIR (they read the JSON files written there)",
             EXIT_USAGE)
    opts = batch_mod.Options(archive=archive, out=out, jobs=jobs, timeout=timeout or None,
                             max_bytes=_max_bytes(max_size), force=force, jsonl=jsonl,
                             progress="quiet" if quiet else "auto", scheduler=scheduler,
                             ocr=ocr.value)
    try:
        result = batch_mod.run(opts)
    except batch_mod.UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        raise typer.Exit(batch_mod.EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001
        if debug:
            raise
        fail(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
             EXIT_INTERNAL)
    if (csv_dir or sqlite) and not result.interrupted:
        _export(out, csv_dir, sqlite, quiet, after_batch=True)
    if html and not result.interrupted:
        _pages(archive, out, opts.max_bytes, force, quiet)
    raise typer.Exit(result.exit_code)


def _pages(archive: Path, out: Path, max_bytes: Optional[int], force: bool, quiet: bool) -> None:
    from .review.archive import write_pages

    try:
        res = write_pages(archive, out, max_bytes=max_bytes, force=force)
    except OSError as exc:
        fail(f"cannot write the review pages: {exc}", EXIT_INPUT)
    for file, why in res.problems:
        sys.stderr.write(f"khparse: {file}: no review page ({why})\n")
    if not quiet:
        sys.stderr.write(f"khparse: {res.written} review pages written, {res.up_to_date} up to date; "
                         f"index: {res.index}\n")


def _export(out: Path, csv_dir: Optional[Path], sqlite: Optional[Path], quiet: bool,
            after_batch: bool = False) -> None:
    from .batch.export import NoPlans, export as export_tables

    try:
        counts, errors = export_tables(out, csv_dir, sqlite)
    except NoPlans as exc:
        if after_batch:  # the run's own exit code says how the conversion went
            sys.stderr.write(f"khparse: {exc}\n")
            return
        fail(f"{exc} (give it the -o folder of `khparse batch`)", EXIT_INPUT)
    except (OSError, sqlite3_error()) as exc:
        fail(f"cannot write the tables: {exc}", EXIT_INPUT)
    for file, err in errors:
        sys.stderr.write(f"khparse: {file}.json: skipped, cannot read it ({err})\n")
    if not quiet:
        where = " and ".join(str(p) for p in (csv_dir, sqlite) if p)
        rows = ", ".join(f"{n} {name}" for name, n in counts.items())
        sys.stderr.write(f"khparse: exported {rows} to {where}\n")


def sqlite3_error() -> type:
    import sqlite3

    return sqlite3.Error


@app.command(cls=_Command, short_help="Tables (CSV, SQLite) from a folder of Plans.")
def export(
    out: Path = typer.Argument(..., metavar="OUT_DIR", help="A folder of JSON Plans (from `batch`)."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", metavar="CSV_DIR",
                                           help="Write one UTF-8 (BOM) .csv per table here."),
    sqlite: Optional[Path] = typer.Option(None, "--sqlite", metavar="FILE",
                                          help="Write one SQLite database, one table per kind."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Flat tables for analysts from a folder of Plans: CSV for Excel and/or SQLite.

    Tables: documents, tasks, deadlines, percentages, goals, targets, bodies, references;
    every row carries the document's file, number, issuer and date. Lists are joined by "; ".

    Exit codes: 0 ok · 1 no Plans in the folder, or the tables cannot be written ·
    2 usage error (no such folder, neither --csv nor --sqlite).
    """
    if not out.is_dir():
        fail(f"{out}: no such folder", EXIT_USAGE)
    if not csv_dir and not sqlite:
        fail("say where to write: --csv CSV_DIR and/or --sqlite FILE", EXIT_USAGE)
    _export(out, csv_dir, sqlite, quiet)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.exit(EXIT_OK)
