"""`khparse batch --scheduler`: the same run as a local batch, with the files converted as
Dask tasks on a cluster (here a ``distributed.LocalCluster`` of two worker processes with
one thread each, as `dask worker … --nworkers 2 --nthreads 1` starts them; one cluster for
the whole module).

What a local run gives is the reference: the same Plans byte for byte, the same report
counts, failures and exit code, for the archive of test_batch.py with its broken files.
"""
from __future__ import annotations

import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from khparse.batch import dask_pool
from khparse.batch.dask_pool import ClusterUnavailable, DaskPool
from khparse.batch.store import STATE_DIR
from khparse.cli import app
import dask_fakes
from test_batch import _copy, build_archive, run, snapshot

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def scheduler():
    """The address of a two-worker cluster; its parse processes can import dask_fakes."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(TESTS),
                                                              os.environ.get("PYTHONPATH")])))
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
            yield cluster.scheduler_address


def report(out: Path) -> dict:
    return json.loads((out / STATE_DIR / "report.json").read_text("utf-8"))


def outcome(rep: dict) -> dict:
    """The report without run times: what must not depend on where files were converted."""
    return {"counts": rep["counts"], "exit_code": rep["exit_code"],
            "failed_by_kind": rep["failed_by_kind"], "skipped": rep["skipped"],
            "failures": [(f["file"], f["kind"], f["message"]) for f in rep["failures"]],
            "converted": [c["file"] for c in rep["converted"]]}


def test_same_plans_and_report_as_a_local_run(scheduler, tmp_path):
    arc = tmp_path / "lưu trữ 2024"
    arc.mkdir()
    build_archive(arc)
    local_out, dask_out = tmp_path / "cục bộ", tmp_path / "cụm"
    local = run(arc, local_out)
    remote = run(arc, dask_out, scheduler=scheduler, jsonl=True, stdout=(lines := io.StringIO()))

    plans = snapshot(local_out)
    assert len(plans) == len(local.converted) > 10
    assert snapshot(dask_out) == plans  # byte for byte
    assert outcome(report(dask_out)) == outcome(report(local_out))
    assert {f.kind for f in remote.failures} >= {"empty", "corrupt"}  # the broken files
    assert remote.exit_code == local.exit_code == 1
    assert report(dask_out)["scheduler"] == scheduler and report(local_out)["scheduler"] is None
    assert "2 Dask worker threads at " + scheduler in remote.stderr
    assert "khparse: hỏng/rỗng.docx: empty: " in remote.stderr
    streamed = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert sorted(p["source"]["path"] + ".json" for p in streamed) == sorted(plans)

    again = run(arc, dask_out, scheduler=scheduler)  # resumes like a local run: nothing redone
    assert again.up_to_date == len(local.converted) and again.converted == []
    assert snapshot(dask_out) == plans


def test_time_and_size_limits_as_in_a_local_run(scheduler, tmp_path):
    arc = tmp_path / "arc"
    _copy("seed002.txt", arc / "lớn.txt")      # 36 kB
    _copy("seed001.txt", arc / "nhỏ.txt")      # 3 kB
    # the size limit is checked by the client as it reads the file for the task
    sized = [run(arc, tmp_path / f"s{i}", max_bytes=10_000, **kw)
             for i, kw in enumerate([{}, {"scheduler": scheduler}])]
    assert outcome(report(tmp_path / "s0")) == outcome(report(tmp_path / "s1"))
    assert [(f.file, f.kind) for f in sized[1].failures] == [("lớn.txt", "too_large")]
    # the time limit fires inside the parse process that the Dask worker thread runs
    timed = run(arc, tmp_path / "t", timeout=0.001, scheduler=scheduler)
    assert sorted((f.file, f.kind) for f in timed.failures) == [("lớn.txt", "timeout"),
                                                                 ("nhỏ.txt", "timeout")]
    assert all("raise --timeout" in f.message for f in timed.failures)


def test_a_file_that_hangs_or_crashes_costs_only_that_file(scheduler, tmp_path, monkeypatch):
    names = ["a", "hang", "b", "crash", "c", "d", "big"]
    for n in names:
        (tmp_path / n).write_bytes(n.encode() * (4_000_000 if n == "big" else 1))  # 12 MB
    # the client's settings reach the parse processes, but not its path to a program
    monkeypatch.setenv("KHPARSE_NO_NLP", "1")
    monkeypatch.setenv("KHPARSE_TESSERACT", str(tmp_path / "tesseract"))
    with Client(scheduler, set_as_default=False) as client:
        workers = client.run(os.getpid)
        pool = DaskPool(scheduler, {}, timeout=0.2, target="dask_fakes:hang_or_crash")
        results, calls = {}, []
        t0 = time.monotonic()
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            pool.run([(n, str(tmp_path / n)) for n in names],
                     lambda task, r: (calls.append(task[0]), results.setdefault(task[0], r)))
        assert time.monotonic() - t0 < 30
        assert client.run(os.getpid) == workers  # the Dask workers themselves never went down
    assert sorted(calls) == sorted(names)  # each file once
    # a file over Dask's "large graph" size travels with its task, without a warning
    assert results["big"]["bytes"] == 12_000_000
    assert not [w for w in warned if "large graph" in str(w.message)]
    assert results["hang"]["kind"] == "timeout" and "raise --timeout" in results["hang"]["message"]
    assert results["crash"]["kind"] == "internal" and "signal 11" in results["crash"]["message"]
    # the client's KHPARSE_* settings reach the parse processes (CI sets others too), but
    # KHPARSE_TESSERACT and KHPARSE_SCHEDULER stay each machine's own
    forwarded = {k: v for k, v in os.environ.items() if k.startswith("KHPARSE_")
                 and k not in ("KHPARSE_TESSERACT", "KHPARSE_SCHEDULER")}
    assert forwarded["KHPARSE_NO_NLP"] == "1"
    for n in "abcd":
        r = results[n]
        assert r["ok"] and r["bytes"] == 1 and r["size"] == 1 and r["mtime_ns"]
        assert r["env"] == forwarded


def test_workers_that_cannot_do_what_this_machine_does_are_refused(scheduler, tmp_path):
    from khparse.readers.ocr import missing

    with Client(scheduler, set_as_default=False) as client:
        client.run(dask_fakes.set_env, "KHPARSE_TESSERACT", str(tmp_path / "no-tesseract"))
        try:
            if missing() is None:  # this machine can OCR: so must the workers
                with pytest.raises(ClusterUnavailable, match="cannot OCR .*tesseract-ocr-vie"):
                    DaskPool(scheduler, {"ocr": "auto"}, timeout=None)
            DaskPool(scheduler, {"ocr": "never"}, timeout=None).close()  # no OCR asked for
        finally:
            client.run(dask_fakes.set_env, "KHPARSE_TESSERACT", None)
        DaskPool(scheduler, {"ocr": "auto"}, timeout=None).close()


FOLDERS = 16  # enough work that a loaded 2-core CI box cannot finish before the signal lands


def test_ctrl_c_cancels_and_leaves_out_resumable(scheduler, tmp_path):
    arc = tmp_path / "kho"
    names = ["seed000.txt", "seed001.txt", "seed002.txt", "seed003.txt", "seed004.txt"]
    for i in range(FOLDERS):
        for n in names:
            _copy(n, arc / f"đợt {i}" / f"bản {n}")
    total = FOLDERS * len(names)
    clean, cut = tmp_path / "clean", tmp_path / "cut"
    assert run(arc, clean).exit_code == 0
    cmd = [sys.executable, "-m", "khparse", "batch", str(arc), "-o", str(cut), "-q"]
    proc = subprocess.Popen(cmd + ["--scheduler", scheduler], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if cut.exists() and any(STATE_DIR not in p.parts for p in cut.rglob("*.json")):
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    rep = report(cut)
    assert rep["interrupted"] and 0 < rep["counts"]["converted"] < total, rep["counts"]
    assert rep["counts"]["not_done"] == total - rep["counts"]["converted"]

    again = run(arc, cut, scheduler=scheduler)
    assert again.exit_code == 0 and snapshot(cut) == snapshot(clean)
    assert again.up_to_date >= rep["counts"]["converted"] and again.failures == []


def test_an_unreachable_or_malformed_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_pool, "CONNECT_TIMEOUT", 1)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        address = "tcp://127.0.0.1:%d" % s.getsockname()[1]
    _copy("seed001.txt", tmp_path / "arc" / "a.txt")
    r = CliRunner().invoke(app, ["batch", str(tmp_path / "arc"), "-o", str(tmp_path / "o")],
                           env={"KHPARSE_SCHEDULER": address})
    assert r.exit_code == 2
    assert r.output.startswith(f"khparse: cannot reach the Dask scheduler at {address}")
    assert len(r.output.splitlines()) == 1 and not (tmp_path / "o").exists()
    r = CliRunner().invoke(app, ["batch", str(tmp_path / "arc"), "-o", str(tmp_path / "o"),
                                 "--scheduler", "8786"])
    assert r.exit_code == 2 and not (tmp_path / "o").exists()
    assert r.output.startswith("khparse: --scheduler 8786: not a Dask scheduler address")


def test_the_core_install_does_not_import_dask():
    code = ("import sys\n"
            "import khparse.batch.runner\n"
            "from khparse.cli import main\n"
            "sys.argv = ['khparse', 'batch', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "--scheduler" in r.stdout and r.stdout.splitlines()[-1] == "[]"
    import tomllib

    project = tomllib.loads((TESTS.parent / "pyproject.toml").read_text("utf-8"))["project"]
    assert not [d for d in project["dependencies"] if d.startswith(("dask", "distributed"))]
    assert {d.split(">")[0] for d in project["optional-dependencies"]["dask"]} == {"dask",
                                                                                 "distributed"}
