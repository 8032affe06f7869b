"""Command-line interface: a thin typer layer over the library API.

Data goes to stdout, messages to stderr. Exit codes (stable, for scripts):
0 success · 1 the input could not be read or parsed (one plain line on stderr says why) ·
2 usage error · 3 internal error (a bug: rerun with --debug and report it).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

app = typer.Typer(
    name="khparse",
    help=(
        "Turn Vietnamese government plan documents (Kế hoạch, Công văn, Quyết định…) into "
        "structured JSON: identity, sections, goals, percentages, deadlines, responsible "
        "bodies, tasks and cited documents, each with a span into the normalized text.\n\n"
        "Examples:\n\n"
        "  khparse extract samples/seed002_docx.docx | jq '.tasks[] | {lead, text}'\n\n"
        "  khparse text samples/seed002_pdf.pdf          # the text every span points into\n\n"
        "  khparse batch ARCHIVE/ -o OUT/                # a whole folder, resumable\n\n"
        "Exit codes: 0 ok, 1 input could not be read, 2 usage error, 3 internal error."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
    except (KeyboardInterrupt, typer.Exit):
        raise
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


FILE_HELP = "A .txt, .docx or .pdf file (format detected from its content), or - for stdin."
MAX_SIZE_HELP = "Refuse inputs larger than this many MB (default 50)."


def _max_bytes(max_size: Optional[float]) -> Optional[int]:
    if max_size is not None and not max_size > 0:
        fail(f"--max-size must be a positive number of MB, not {max_size:g}", EXIT_USAGE)
    return None if max_size is None else int(max_size * 1024 * 1024)


@app.command()
def extract(
    file: str = typer.Argument(..., help=FILE_HELP, metavar="FILE"),
    pretty: Optional[bool] = typer.Option(
        None, "--pretty/--compact",
        help="Indented JSON (default when stdout is a terminal) or one compact line."),
    max_size: Optional[float] = typer.Option(None, "--max-size", help=MAX_SIZE_HELP),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """Print the Plan of one document as JSON on stdout.

    Every item carries "span": [start, end] into the text that `khparse text FILE` prints.
    """
    def go():
        from .pipeline import parse

        plan = parse(file, max_bytes=_max_bytes(max_size))
        indent = 2 if (pretty if pretty is not None else sys.stdout.isatty()) else None
        sys.stdout.write(plan.model_dump_json(indent=indent) + "\n")

    run_guarded(go, debug)


@app.command()
def text(
    file: str = typer.Argument(..., help=FILE_HELP, metavar="FILE"),
    max_size: Optional[float] = typer.Option(None, "--max-size", help=MAX_SIZE_HELP),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """Print the normalized text: the text every span in the Plan points into.

    Normalized means NFC, new-style tone placement (hòa, ủy), plain dashes and slashes,
    no zero-width or no-break spaces, docx tables and PDF columns in reading order.
    """
    def go():
        from .readers import read

        doc = read(file, max_bytes=_max_bytes(max_size))
        sys.stdout.write(doc.text + "\n")
        for w in doc.warnings:
            sys.stderr.write(f"khparse: warning: {w}\n")

    run_guarded(go, debug)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Plan (the output contract, version 1)."""
    import json

    from .models import Plan

    sys.stdout.write(json.dumps(Plan.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.exit(EXIT_OK)
