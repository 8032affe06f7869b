"""The output folder of a batch run: where each Plan goes, atomic writes, the manifest.

Layout: ``OUT/<path in archive>.json`` per document (``a/b/x.docx`` → ``a/b/x.docx.json``,
so ``x.docx`` and ``x.pdf`` side by side never collide) and ``OUT/_khparse/`` for the run's
own files: ``manifest.jsonl`` (one line per converted document: input size, mtime, sha256,
khparse version — what lets a rerun skip up-to-date documents) and ``report.json``.

Every file is written to a temporary name in its final folder and ``os.replace``'d, so a
reader (or a run killed with SIGKILL) sees either the old file or the new one, never half.
Nothing is written outside OUT: each target folder is resolved and must lie inside it.
"""
from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import time
from pathlib import Path

from ..errors import KhparseError

STATE_DIR = "_khparse"
MANIFEST = "manifest.jsonl"
REPORT = "report.json"
TMP_PREFIX = ".khparse-tmp-"


class OutputError(KhparseError):
    """The Plan could not be written (disk full, a name clash, a path leaving OUT)."""

    kind = "write_error"


#: Mode of new files: what open() gives under the current umask.
FILE_MODE = 0o666
_tmp_seq = itertools.count()


def _create_temp(folder: str, suffix: str = "") -> tuple[str, int]:
    """Create an empty temp file in ``folder`` with the final mode (umask applied).

    Names are this process's pid plus a counter, so there is no random-name retry loop and
    no chmod; O_EXCL still refuses anything already there (a stale file of a killed run).
    """
    while True:
        tmp = os.path.join(folder, f"{TMP_PREFIX}{os.getpid()}-{next(_tmp_seq)}{suffix}")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            return tmp, os.open(tmp, flags, FILE_MODE)
        except FileExistsError:
            continue


@contextlib.contextmanager
def atomic_path(path: Path, suffix: str = ""):
    """Yield a temp file name beside ``path``; on success it replaces ``path``, else goes."""
    tmp, fd = _create_temp(os.path.dirname(path) or ".", suffix)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write(path: Path, data: bytes, *, fsync: bool = False) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder and os.replace."""
    tmp, fd = _create_temp(os.path.dirname(path) or ".")
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        if fsync:
            os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def sha256_file(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


class OutputTree:
    """The output folder: maps archive paths to JSON paths and writes them safely."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.real_root = os.path.realpath(self.root)
        self.state = self.root / STATE_DIR
        self._checked: set[Path] = set()

    def path_for(self, parts: tuple[str, ...]) -> Path:
        return self.root.joinpath(*parts[:-1], parts[-1] + ".json")

    def rel_output(self, parts: tuple[str, ...]) -> str:
        return "/".join(parts[:-1] + (parts[-1] + ".json",))

    def write(self, parts: tuple[str, ...], data: bytes) -> Path:
        """Write one document's JSON; refuses any target that resolves outside OUT."""
        target = self.path_for(parts)
        folder = target.parent
        try:
            if folder not in self._checked:  # made and checked once per run, not per file
                folder.mkdir(parents=True, exist_ok=True)
                if not _within(os.path.realpath(folder), self.real_root):
                    raise OutputError("output folder resolves outside the output directory "
                                      "(a symlink inside OUT?)", hint="remove the link")
                self._checked.add(folder)
            atomic_write(target, data)
        except IsADirectoryError:
            raise OutputError(f"a folder named {target.name} is in the way") from None
        except OSError as exc:
            raise OutputError(f"cannot write {self.rel_output(parts)}: {exc.strerror or exc}") from None
        return target

    def discard(self, parts: tuple[str, ...]) -> None:
        """Remove the JSON of a document that now fails (never follows a link out of OUT)."""
        target = self.path_for(parts)
        try:
            if _within(os.path.realpath(target.parent), self.real_root) and target.is_file():
                target.unlink()
        except OSError:
            pass

    def state_path(self, name: str) -> Path:
        self.state.mkdir(parents=True, exist_ok=True)
        return self.state / name

    def remove_stale_temps(self) -> int:
        """Delete temp files left by a killed run, so the tree equals a clean run's."""
        n = 0
        for dirpath, dirnames, filenames in os.walk(self.root):
            for name in filenames:
                if name.startswith(TMP_PREFIX):
                    try:
                        os.unlink(os.path.join(dirpath, name))
                        n += 1
                    except OSError:
                        pass
        return n


class Manifest:
    """``_khparse/manifest.jsonl``: the last line per file wins; a torn last line is ignored.

    Names are stored with ``ensure_ascii`` so even undecodable file names round-trip.
    """

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, dict] = {}
        self._pending: list[str] = []
        self._flushed = time.monotonic()
        self._clean = False  # one whole line per file: nothing for compact() to do
        lines = 0
        try:
            with open(path, "rb") as fh:
                self._clean = True
                for raw in fh:
                    lines += 1
                    try:
                        entry = json.loads(raw)
                        self.entries[entry["file"]] = entry
                    except (ValueError, KeyError, TypeError):
                        self._clean = False
                        continue  # torn line from a killed run
                    if not raw.endswith(b"\n"):
                        self._clean = False  # the next append must not join it
        except FileNotFoundError:
            pass
        self._clean = self._clean and lines == len(self.entries)

    def compact(self) -> None:
        """Rewrite with one line per file (atomically) so the file does not grow forever.

        A manifest that already has exactly one whole line per file is left alone, so a
        rerun of a large archive does not rewrite it.
        """
        if self._clean:
            return
        lines = "".join(json.dumps(e, sort_keys=True) + "\n" for e in self.entries.values())
        atomic_write(self.path, lines.encode("ascii"))

    def record(self, entry: dict) -> None:
        """Append one line; lines are buffered and written a batch at a time.

        A run killed before a flush loses only shortcuts: the next run trusts the existing
        JSON's own ``source.sha256`` instead (see :func:`up_to_date`).
        """
        self.entries[entry["file"]] = entry
        self._pending.append(json.dumps(entry, sort_keys=True) + "\n")
        now = time.monotonic()
        if len(self._pending) >= self.FLUSH_LINES or now - self._flushed >= self.FLUSH_SECONDS:
            self.flush()

    FLUSH_LINES = 32
    FLUSH_SECONDS = 1.0
    _fd = None

    def flush(self) -> None:
        """Write the buffered lines with one write on an O_APPEND descriptor."""
        self._flushed = time.monotonic()
        if not self._pending:
            return
        data, self._pending = "".join(self._pending).encode("ascii"), []
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT
                               | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        os.write(self._fd, data)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def up_to_date(cand, tree: OutputTree, manifest: Manifest, version: str) -> bool:
    """Whether ``cand``'s JSON exists and was made from the same bytes by this version.

    Cheap first: size and mtime against the manifest; then the input's sha256. Without a
    manifest line (killed between the two writes, or manifest deleted) the existing JSON's
    own ``source.sha256`` and ``khparse_version`` decide, and the line is restored.
    """
    out = tree.path_for(cand.parts)
    try:
        out_size = out.stat().st_size
    except OSError:
        return False
    entry = manifest.entries.get(cand.rel)
    if entry and entry.get("khparse_version") == version and entry.get("output_size") == out_size:
        if entry.get("size") == cand.size and entry.get("mtime_ns") == cand.mtime_ns:
            return True
        if entry.get("size") == cand.size and sha256_file(cand.path) == entry.get("sha256"):
            manifest.record({**entry, "mtime_ns": cand.mtime_ns})
            return True
        return False
    try:
        with open(out, "rb") as fh:
            plan = json.load(fh)
        src = plan["source"]
        if plan.get("khparse_version") != version or src.get("size") not in (None, cand.size):
            return False
        sha = sha256_file(cand.path)
        if src.get("sha256") != sha:
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    manifest.record(manifest_entry(cand, tree, sha, out_size, version))
    return True


def manifest_entry(cand, tree: OutputTree, sha256: str, output_size: int, version: str,
                   size: int | None = None, mtime_ns: int | None = None) -> dict:
    return {
        "file": cand.rel,
        "output": tree.rel_output(cand.parts),
        "size": cand.size if size is None else size,
        "mtime_ns": cand.mtime_ns if mtime_ns is None else mtime_ns,
        "sha256": sha256,
        "output_size": output_size,
        "khparse_version": version,
    }
