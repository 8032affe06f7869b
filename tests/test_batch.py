"""`khparse batch`: a whole archive folder → one JSON per document, resumable, nothing lost.

The archive is built at test time from copies of samples/ plus broken and non-document
files. What each good document should become is computed by calling the library directly
(`khparse.pipeline.parse`), so these tests check the batch machinery — layout, skipping,
failures, resume, atomicity — not the extraction quality, which changes independently.
"""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khparse.batch import runner as batch
from khparse.batch.pool import WorkerPool
from khparse.batch.store import STATE_DIR, TMP_PREFIX
from khparse.cli import app
from khparse.errors import KhparseError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
VN_DIR = "Sở Tư pháp/kế hoạch 2024"
NAME_NFC = unicodedata.normalize("NFC", "Kế hoạch số 12 (bản chính).txt")
NAME_NFD = unicodedata.normalize("NFD", NAME_NFC)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _copy(src: str, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / src, dst)


def build_archive(root: Path) -> None:
    """Samples, a nested Vietnamese folder, broken documents, things that are not documents."""
    for f in sorted(SAMPLES.iterdir()):
        _copy(f.name, root / f.name)
    vn = root / VN_DIR
    _copy("seed002.txt", vn / NAME_NFC)
    _copy("seed004.txt", vn / NAME_NFD)          # same name in NFD: a different file on disk
    _copy("seed001_docx.docx", vn / "báo cáo.docx")
    _copy("seed001_pdf.pdf", vn / "báo cáo.pdf")  # x.docx and x.pdf side by side
    _copy("seed000.txt", vn / "VanBanKhongDuoi")  # text with no extension is a document
    broken = root / "hỏng"
    broken.mkdir()
    (broken / "rỗng.docx").write_bytes(b"")
    (broken / "ngẫu nhiên.pdf").write_bytes(random.Random(7).randbytes(4000))
    pdf = (SAMPLES / "seed001_pdf.pdf").read_bytes()
    (broken / "cắt cụt.pdf").write_bytes(pdf[: len(pdf) // 3])
    # not documents
    (root / "ảnh chụp.png").write_bytes(PNG)
    with zipfile.ZipFile(root / "bảng.xlsx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(32))
    (root / "~$báo cáo.docx").write_bytes(b"\x0cNguyen Van A" + bytes(150))  # Word's lock file
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n")
    # a link to a folder outside the archive must not be followed
    outside = root.parent / (root.name + "-outside")
    _copy("seed003.txt", outside / "bí mật.txt")
    (root / "liên kết").symlink_to(outside, target_is_directory=True)


EXPECT_SKIPPED = {"ảnh chụp.png": "image", "bảng.xlsx": "not a document (.xlsx)",
                  "notes.csv": "not a document (.csv)", ".DS_Store": "hidden", ".git": "hidden",
                  "~$báo cáo.docx": "office lock file",
                  "liên kết": "link out of the archive"}


def documents(root: Path) -> list[str]:
    """Archive-relative paths of every file the batch must handle (convert or report)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
            if rel not in EXPECT_SKIPPED and not name.startswith((".", "~$")):
                out.append(rel)
    return sorted(out)


def reference(root: Path) -> dict[str, tuple[str, str]]:
    """What the library itself says for each document: ("ok", json) or ("failed", kind)."""
    from khparse.pipeline import parse

    ref = {}
    for rel in documents(root):
        try:
            plan = parse(root / rel)
        except KhparseError as exc:
            ref[rel] = ("failed", exc.kind)
            continue
        except Exception:  # noqa: BLE001 - a reader bug is recorded as internal
            ref[rel] = ("failed", "internal")
            continue
        plan.source.path = rel
        if plan.source.size is None:
            plan.source.size = (root / rel).stat().st_size
        ref[rel] = ("ok", plan.model_dump_json(indent=2) + "\n")
    return ref


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under OUT except the run's own _khparse/ folder."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(out):
        if Path(dirpath) == out and STATE_DIR in dirnames:
            dirnames.remove(STATE_DIR)
        for name in filenames:
            p = Path(dirpath) / name
            snap[p.relative_to(out).as_posix()] = p.read_bytes()
    return snap


def mtimes(out: Path) -> dict[str, int]:
    return {rel: (out / rel).stat().st_mtime_ns for rel in snapshot(out)}


def run(archive: Path, out: Path | None, **kw) -> batch.Result:
    stdout = kw.pop("stdout", io.StringIO())
    opts = batch.Options(archive=archive, out=out, jobs=kw.pop("jobs", 2),
                         progress=kw.pop("progress", "plain"), **kw)
    err = io.StringIO()
    res = batch.run(opts, stdout=stdout, stderr=err)
    res.stderr = err.getvalue()
    return res


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khparse", *args], capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("batch") / "lưu trữ 2024"
    root.mkdir()
    build_archive(root)
    return root


@pytest.fixture(scope="module")
def expected(archive) -> dict:
    return reference(archive)


@pytest.fixture(scope="module")
def first_run(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "kết quả"
    res = run(archive, out)
    return out, res


def test_every_document_converted_or_reported(archive, expected, first_run):
    out, res = first_run
    report = json.loads((out / STATE_DIR / "report.json").read_text("utf-8"))
    failures = {f["file"]: f["kind"] for f in report["failures"]}
    # every document, however named (NFC and NFD side by side, no extension), is accounted for
    assert {f"{VN_DIR}/{NAME_NFC}", f"{VN_DIR}/{NAME_NFD}", f"{VN_DIR}/VanBanKhongDuoi",
            f"{VN_DIR}/báo cáo.docx", f"{VN_DIR}/báo cáo.pdf"} <= set(expected)
    for rel, (status, what) in expected.items():
        target = out / (rel + ".json")
        if status == "ok":
            assert target.read_text("utf-8") == what, rel  # same bytes as the library gives
            assert json.loads(what)["source"]["path"] == rel
            assert rel not in failures
        else:
            assert not target.exists(), rel
            assert failures[rel] == what, rel
    # broken files: reported with their own kind, not as crashes
    assert failures["hỏng/rỗng.docx"] == "empty"
    assert failures["hỏng/ngẫu nhiên.pdf"] not in ("internal", "timeout")
    assert failures["hỏng/cắt cụt.pdf"] not in ("timeout",)
    assert all(f["message"] for f in report["failures"])
    # one JSON per document, nothing else: NFC and NFD names and x.docx/x.pdf do not collide
    n_ok = sum(1 for s, _ in expected.values() if s == "ok")
    assert len(snapshot(out)) == n_ok == len(res.converted)
    assert res.exit_code == 1 and report["exit_code"] == 1
    assert report["counts"]["documents"] == len(expected)


def test_non_documents_skipped_with_reasons(first_run):
    out, res = first_run
    report = json.loads((out / STATE_DIR / "report.json").read_text("utf-8"))
    reasons = {s["file"]: s["reason"] for s in report["skipped"]}
    assert reasons == EXPECT_SKIPPED
    # nothing from the linked outside folder was read
    assert not any("bí mật" in p for p in snapshot(out))
    assert "skipped: image" in res.stderr and "failed: empty" in res.stderr
    # plain progress lines (stderr is not a terminal) and one line per failure
    assert "documents (100%)" in res.stderr and "docs/s" in res.stderr
    assert "khparse: hỏng/rỗng.docx: empty: " in res.stderr


def test_second_run_rewrites_nothing_and_force_redoes(archive, expected, first_run):
    out, first = first_run
    before, stamps = snapshot(out), mtimes(out)
    again = run(archive, out)
    assert again.up_to_date == len(first.converted) and again.converted == []
    assert mtimes(out) == stamps and snapshot(out) == before
    assert {f.file for f in again.failures} == {f.file for f in first.failures}  # retried
    assert "up to date (not redone)" in again.stderr

    # a changed document is redone, the others stay as they are
    doc = archive / "seed001.txt"
    original = doc.read_bytes()
    try:
        doc.write_bytes(original + "\n- Sở Y tế triển khai thực hiện.\n".encode("utf-8"))
        changed = run(archive, out)
        assert [f for f, _ in changed.converted] == ["seed001.txt"]
        doc.write_bytes(b"")  # now broken: its old JSON goes, as a clean run would have none
        emptied = run(archive, out)
        assert ("seed001.txt", "empty") in [(f.file, f.kind) for f in emptied.failures]
        assert not (out / "seed001.txt.json").exists()
    finally:
        doc.write_bytes(original)
    restored = run(archive, out)
    assert [f for f, _ in restored.converted] == ["seed001.txt"]
    assert snapshot(out) == before

    forced = run(archive, out, force=True)
    assert len(forced.converted) == len(first.converted) and forced.up_to_date == 0
    assert snapshot(out) == before  # same input, same version: byte-identical


def test_resume_after_manifest_loss_trusts_existing_json(archive, first_run):
    out, first = first_run
    stamps = mtimes(out)
    (out / STATE_DIR / "manifest.jsonl").unlink()
    res = run(archive, out)
    assert res.up_to_date == len(first.converted) and res.converted == []
    assert mtimes(out) == stamps


def test_sigkill_mid_run_then_resume_equals_clean_run(tmp_path):
    arc = tmp_path / "kho"
    names = ["seed000.txt", "seed001.txt", "seed002.txt", "seed003.txt", "seed004.txt"]
    for i in range(5):
        for n in names:
            _copy(n, arc / f"đợt {i}" / f"bản {n}")
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    r = cli("batch", str(arc), "-o", str(clean), "--jobs", "2", "-q")
    assert r.returncode == 0, r.stderr
    reference_files = snapshot(clean)
    assert len(reference_files) == 25

    proc = subprocess.Popen([sys.executable, "-m", "khparse", "batch", str(arc), "-o", str(killed),
                             "--jobs", "1", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if killed.exists() and any(p.suffix == ".json" for p in killed.rglob("*.json")
                                   if STATE_DIR not in p.parts):
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = snapshot(killed)
    assert 0 < len(partial) < len(reference_files), "the kill should land mid-run"
    assert not (killed / STATE_DIR / "report.json").exists()
    for rel, data in partial.items():  # what is there is complete, never half written
        assert rel.startswith(TMP_PREFIX) or "/" + TMP_PREFIX in rel or data == reference_files[rel]

    r = cli("batch", str(arc), "-o", str(killed), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert snapshot(killed) == reference_files
    report = json.loads((killed / STATE_DIR / "report.json").read_text("utf-8"))
    done = report["counts"]
    assert done["converted"] + done["up_to_date"] == 25 and done["up_to_date"] >= 1


def test_jsonl_streams_one_plan_per_line(archive, expected):
    r = cli("batch", str(archive), "--jsonl", "--jobs", "2")
    assert r.returncode == 1  # the broken files
    lines = r.stdout.splitlines()
    plans = [json.loads(line) for line in lines]
    ok = {rel for rel, (s, _) in expected.items() if s == "ok"}
    assert {p["source"]["path"] for p in plans} == ok and len(lines) == len(ok)
    for p in plans:
        assert json.loads(expected[p["source"]["path"]][1]) == p
    assert "failed" in r.stderr  # the summary is on stderr, not mixed into the stream


def test_jsonl_with_out_dir_streams_up_to_date_documents_too(archive, first_run):
    out, first = first_run
    res = run(archive, out, jsonl=True, stdout=(buf := io.StringIO()))
    assert res.converted == []
    lines = buf.getvalue().splitlines()
    assert len(lines) == len(first.converted)
    assert {json.loads(x)["source"]["path"] for x in lines} == {f for f, _ in first.converted}


def test_csv_and_sqlite_hold_the_tasks_of_the_plans(archive, first_run, tmp_path):
    out, _ = first_run
    csv_dir, db = tmp_path / "bảng", tmp_path / "khparse.sqlite"
    r = cli("batch", str(archive), "-o", str(out), "--csv", str(csv_dir), "--sqlite", str(db), "-q")
    assert r.returncode == 1, r.stderr
    plans = [json.loads(p.read_text("utf-8")) for p in out.rglob("*.json") if STATE_DIR not in p.parts]
    n_tasks = sum(len(p["tasks"]) for p in plans)
    n_deadlines = sum(len(p["deadlines"]) for p in plans)
    raw = (csv_dir / "tasks.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv

    with open(csv_dir / "tasks.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n_tasks
    with open(csv_dir / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert sorted(d["file"] for d in docs) == sorted(p["source"]["path"] for p in plans)
    con = sqlite3.connect(db)
    try:
        assert con.execute("select count(*) from tasks").fetchone()[0] == n_tasks
        assert con.execute("select count(*) from deadlines").fetchone()[0] == n_deadlines
        assert con.execute("select count(*) from documents").fetchone()[0] == len(plans)
    finally:
        con.close()


def test_output_folder_inside_archive_is_skipped(tmp_path):
    arc = tmp_path / "a"
    _copy("seed003.txt", arc / "x" / "vb.txt")
    res = run(arc, arc / "_out", jobs=1, progress="rich")
    assert [f for f, _ in res.converted] == ["x/vb.txt"] and res.exit_code == 0
    assert "1/1" in res.stderr  # the bar's final state
    again = run(arc, arc / "_out", jobs=1)
    assert again.up_to_date == 1 and again.converted == [] and again.documents == 1
    assert {s.rel: s.reason for s in again.skipped} == {"_out": "output folder"}
    assert (arc / "_out" / "x" / "vb.txt.json").exists()


def test_never_writes_through_a_link_out_of_the_output_folder(tmp_path):
    arc, out, elsewhere = tmp_path / "arc", tmp_path / "out", tmp_path / "elsewhere"
    _copy("seed003.txt", arc / "sub" / "vb.txt")
    elsewhere.mkdir()
    out.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    res = run(arc, out, jobs=1)
    assert [(f.file, f.kind) for f in res.failures] == [("sub/vb.txt", "write_error")]
    assert list(elsewhere.iterdir()) == []


def test_timeout_is_reported_and_the_run_goes_on(tmp_path):
    arc = tmp_path / "arc"
    _copy("seed002.txt", arc / "dài.txt")
    res = run(arc, tmp_path / "out", jobs=1, timeout=0.001)
    assert [(f.file, f.kind) for f in res.failures] == [("dài.txt", "timeout")]
    assert "raise --timeout" in res.failures[0].message


def test_max_size_is_passed_to_the_workers(tmp_path):
    arc = tmp_path / "arc"
    _copy("seed002.txt", arc / "lớn.txt")      # 36 kB
    _copy("seed001.txt", arc / "nhỏ.txt")      # 3 kB
    res = run(arc, tmp_path / "out", jobs=1, max_bytes=10_000)
    assert [(f.file, f.kind) for f in res.failures] == [("lớn.txt", "too_large")]
    assert [f for f, _ in res.converted] == ["nhỏ.txt"]


def _fake_worker(conn, opts):
    """A worker that hangs beyond the reach of signals (saying so in a pid file), or dies."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGINT})
    conn.send(("ready", os.getpid()))
    while (task := conn.recv()) is not None:
        rel = task[0]
        if "hang" in rel:
            Path(opts["dir"], "hung.pid").write_text(str(os.getpid()))
            time.sleep(600)  # were it not killed, it would answer "ok" after 10 minutes
        if "crash" in rel:
            os.kill(os.getpid(), signal.SIGSEGV)
        conn.send(("done", {"ok": True, "rel": rel}))


def test_pool_kills_stuck_workers_and_survives_crashes(tmp_path):
    pool = WorkerPool(2, {"dir": str(tmp_path)}, timeout=0.2, target=_fake_worker)
    pool.hard_limit = 0.5
    results, calls = {}, []
    names = ["a", "hang", "b", "crash", "c", "d"]
    pool.run([(n, n) for n in names],
             lambda task, r: (calls.append(task[0]), results.setdefault(task[0], r)))
    # the stuck worker was killed, not waited for: its process is gone
    hung = int((tmp_path / "hung.pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(hung, 0)
    # the files queued behind the stuck and the crashed one went to fresh workers, once each
    assert sorted(calls) == sorted(names)
    assert results["hang"]["kind"] == "timeout" and not results["hang"]["ok"]
    assert results["crash"]["kind"] == "internal" and "signal" in results["crash"]["message"]
    assert all(results[n]["ok"] for n in "abcd")


def test_manifest_compacts_only_when_needed_and_survives_a_torn_line(tmp_path):
    from khparse.batch.store import Manifest

    path = tmp_path / "manifest.jsonl"
    a, b = {"file": "a.txt", "sha256": "1"}, {"file": "b.txt", "sha256": "2"}
    path.write_bytes(json.dumps(a).encode() + b"\n" + json.dumps(b).encode()[:9])  # killed mid-line
    m = Manifest(path)
    m.compact()
    m.record({"file": "c.txt", "sha256": "3"})
    m.close()
    assert sorted(Manifest(path).entries) == ["a.txt", "c.txt"]
    inode = path.stat().st_ino
    Manifest(path).compact()  # one whole line per file already: not rewritten
    assert path.stat().st_ino == inode
    m = Manifest(path)
    m.record({**a, "sha256": "9"})
    m.close()
    m = Manifest(path)
    assert m.entries["a.txt"]["sha256"] == "9"
    m.compact()  # a file twice: rewritten with the last line only
    assert path.stat().st_ino != inode and len(path.read_bytes().splitlines()) == 2


def _recording_worker(conn, opts):
    """Answers at once, and leaves a file named after each task as soon as it receives it."""
    conn.send(("ready", os.getpid()))
    while (task := conn.recv()) is not None:
        Path(opts["dir"], task[0]).touch()
        conn.send(("done", {"ok": True}))


def test_pool_keeps_the_next_file_in_the_pipe_while_the_parent_writes(tmp_path):
    """Two files in flight: when result i arrives, file i+2 goes out before the parent
    handles result i, so the worker has it even while the parent is still busy writing.

    No timing: on_result blocks until the worker shows it received file i+2; a pool that
    sent it only after on_result returned would leave it waiting for nothing.
    """
    pool = WorkerPool(1, {"dir": str(tmp_path)}, timeout=None, target=_recording_worker)
    names = [f"f{i}" for i in range(8)]
    handled = []

    def on_result(task, r):
        i = names.index(task[0])
        if i + 2 < len(names):
            marker = tmp_path / names[i + 2]
            for _ in range(6000):  # a hang guard only: the marker shows up in milliseconds
                if marker.exists():
                    break
                time.sleep(0.01)
            assert marker.exists(), f"{names[i + 2]} was not sent before result {task[0]} was handled"
        handled.append(task[0])

    pool.run([(n, n) for n in names], on_result)
    assert handled == names


def test_usage_errors_exit_2(tmp_path):
    runner = CliRunner()
    a_file = tmp_path / "f.txt"
    a_file.write_text("x")
    assert runner.invoke(app, ["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o")]).exit_code == 2
    assert runner.invoke(app, ["batch", str(a_file), "-o", str(tmp_path / "o")]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "-o", str(a_file)]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path)]).exit_code == 2          # no -o, no --jsonl
    assert runner.invoke(app, ["batch", str(tmp_path), "-o", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "--jsonl", "--csv", "x"]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "-o", "o", "--jobs", "0"]).exit_code == 2
    assert not (tmp_path / "o").exists()
