#!/usr/bin/env python3
"""``khparse batch --scheduler`` on this machine against the local batch, same files, same run.

Starts a cluster with the README's two commands (``dask scheduler`` and ``dask worker
ADDRESS --nworkers 2 --nthreads 1``), then runs, interleaved and ``--repeat`` times each:
``khparse batch --jobs 1``, ``--jobs 2`` and ``--scheduler ADDRESS`` into a fresh OUT, and
reports the median wall time (whole command: start-up, scan, connection, conversion),
docs/s and the speed-ups; the CPU seconds of everything the run used (the command and
its workers; for Dask also the scheduler, the Dask workers and their parse processes),
which the load of a shared machine barely moves; the run time of report.json (after the
scan); and whether the Dask run's Plans are byte-identical to the local ones. The cores
the whole machine was busy during the runs are printed alongside.

    .venv/bin/python bench/dask_speedup.py                  # 300 files, 3 rounds
    .venv/bin/python bench/dask_speedup.py --copies 600 --repeat 5
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_corpus, khparse_cmd, machine_busy, source_files  # noqa: E402

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_cluster(tmp: Path) -> tuple[str, list[subprocess.Popen]]:
    """The README's two commands, each logging to a file under ``tmp``."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--port", port, "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=open(tmp / "scheduler.log", "wb"))]
    time.sleep(1)
    procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "2",
                                   "--nthreads", "1", "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=open(tmp / "workers.log", "wb")))
    with Client(address, timeout=60) as client:
        client.wait_for_workers(2, timeout=120)
    return address, procs


def tree_cpu(procs: list[subprocess.Popen]) -> float:
    """CPU seconds of these processes, their descendants and the children they reaped."""
    import psutil  # a dependency of distributed

    total = 0.0
    for p in procs:
        root = psutil.Process(p.pid)
        for q in [root] + root.children(recursive=True):
            try:
                t = q.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system + t.children_user + t.children_system
    return total


def one_run(archive: Path, out: Path, extra: list[str], cluster: list[subprocess.Popen]) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    cluster_cpu0 = tree_cpu(cluster)
    busy0, t0 = machine_busy(), time.perf_counter()
    proc = subprocess.Popen(khparse_cmd() + ["batch", str(archive), "-o", str(out), "-q", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)  # its rusage covers the workers it reaped
    wall = time.perf_counter() - t0
    busy1 = machine_busy()
    time.sleep(0.5)  # the Dask workers reap their idle parse processes as the run ends
    cpu = usage.ru_utime + usage.ru_stime + tree_cpu(cluster) - cluster_cpu0
    rep = json.loads((out / "_khparse" / "report.json").read_text("utf-8"))
    return {"wall": wall, "cpu": cpu, "run": rep["seconds"],
            "rc": os.waitstatus_to_exitcode(status),
            "converted": rep["counts"]["converted"],
            "machine_cores": (busy1 - busy0) / wall if busy0 is not None else None}


def plans(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.json")
            if "_khparse" not in p.parts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="khparse-dask-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        samples, _ = source_files([], True)
        items = build_corpus(tmp / "corpus", samples, [], args.copies)
        address, procs = start_cluster(tmp)
        kinds = {"local --jobs 1": ["--jobs", "1"], "local --jobs 2": ["--jobs", "2"],
                 "dask 2 workers x 1 thread": ["--scheduler", address]}
        runs: dict[str, list[dict]] = {k: [] for k in kinds}
        for r in range(args.repeat):
            for k, (name, extra) in enumerate(kinds.items()):
                res = one_run(tmp / "corpus", tmp / f"out-{k}", extra, procs)
                runs[name].append(res)
                sys.stderr.write(f"[bench] round {r + 1} {name}: {res['wall']:.2f} s, "
                                 f"{res['cpu']:.2f} CPU s, "
                                 f"rc {res['rc']}, machine busy {res['machine_cores']:.2f} cores\n")
        same = plans(tmp / "out-2") == plans(tmp / "out-0")
        base = statistics.median(x["wall"] for x in runs["local --jobs 1"])
        print(f"{len(items)} files ({sum(i['size'] for i in items) / 1e6:.1f} MB), "
              f"{os.cpu_count()} cores, median of {args.repeat} interleaved runs; "
              f"Dask Plans byte-identical to local: {'yes' if same else 'NO'}\n")
        base_cpu = statistics.median(x["cpu"] for x in runs["local --jobs 1"])
        print("| run | wall s | docs/s | speed-up vs --jobs 1 | CPU s (× --jobs 1) | report s "
              "| machine busy (cores) |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for name, rs in runs.items():
            wall = statistics.median(x["wall"] for x in rs)
            cpu = statistics.median(x["cpu"] for x in rs)
            busy = statistics.median(x["machine_cores"] for x in rs)
            print(f"| {name} | {wall:.2f} | {len(items) / wall:.1f} | {base / wall:.2f}× | "
                  f"{cpu:.1f} ({cpu / base_cpu:.2f}×) | "
                  f"{statistics.median(x['run'] for x in rs):.2f} | {busy:.2f} |")
        return 0 if same else 1
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
