#!/usr/bin/env python3
"""How fast is khparse, measured as ratios against the floor on the same files in one run.

The machines this runs on are shared and noisy, so absolute seconds mean little; what is
compared is khparse against the bare cost of getting the text out of the same files
(zip + lxml over ``word/document.xml`` for .docx, pypdfium2 ``get_text_range`` per page for
.pdf, read + decode for .txt), measured in the same run. Reported, per format and overall:

* floor, in-process;
* each khparse stage in-process: read (normalization is inside it), sections
  (``sections.build_outline``), extract (``pipeline.parse_document`` minus the outline),
  serialize (``plan.model_dump_json``);
* ``khparse batch --jobs 1`` and ``--jobs 2`` end to end (subprocess): docs/s, MB/s, ratio
  to the floor, scaling from 1 to 2 workers, peak RSS per worker (``/proc`` VmHWM polling),
  and peak RSS with N and 2N files (memory per worker must stay flat);
* start-up: ``khparse --help`` and ``khparse extract`` of a one-page .txt against
  ``python -c "import typer, rich"`` (median of several runs).

Usage::

    .venv/bin/python bench/run.py                 # 300 files, 3 repeats of the batch runs
    .venv/bin/python bench/run.py --quick         # smoke run: 40 files, 1 repeat
    .venv/bin/python bench/run.py --json > a.json # one JSON object, to compare commits
    .venv/bin/python bench/run.py ~/archive       # add a folder of your own documents

A stage whose command or reader does not exist (yet) is skipped with a note, never fatal.
This is a measuring tool, not a test: it asserts nothing, it reports targets met or not.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FORMATS = ("txt", "docx", "pdf")
DOC_SUFFIXES = {".txt": "txt", ".docx": "docx", ".pdf": "pdf"}

#: Targets, all ratios measured in the same run (see the issue "Benchmark").
TARGET_BATCH_VS_FLOOR = 2.0      # batch --jobs 1 wall time ≤ 2 × the floor
TARGET_SCALING = 1.8             # --jobs 2 throughput ≥ 1.8 × --jobs 1
TARGET_HELP_VS_BARE = 1.5        # khparse --help ≤ 1.5 × python -c "import typer, rich"
TARGET_MEM_GROWTH = 0.10         # worker peak RSS on 2N files ≤ 1.10 × on N files
HEAVY_MODULES = ("underthesea", "pdfplumber", "pypdfium2", "lxml", "docx", "pydantic",
                 "khparse.pipeline", "khparse.models")


def log(msg: str) -> None:
    sys.stderr.write(f"[bench] {msg}\n")
    sys.stderr.flush()


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def rnd(x, n=3):
    return None if x is None else round(x, n)


# --------------------------------------------------------------------------- corpus


def sniff_format(path: Path) -> str | None:
    """txt/docx/pdf from the first bytes (like khparse does), else by suffix."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return None
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        return "docx"
    return DOC_SUFFIXES.get(path.suffix.lower())


def source_files(folders: list[Path], use_samples: bool) -> tuple[list[Path], list[Path]]:
    """(sample files to replicate, files of the extra folders to add once each)."""
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in DOC_SUFFIXES) \
        if use_samples and SAMPLES.is_dir() else []
    extra = []
    for folder in folders:
        if folder.is_file():
            extra.append(folder)
            continue
        for dirpath, _, names in os.walk(folder):
            for name in sorted(names):
                p = Path(dirpath) / name
                if p.suffix.lower() in DOC_SUFFIXES:
                    extra.append(p)
    return samples, extra


def build_corpus(dest: Path, samples: list[Path], extra: list[Path], copies: int) -> list[dict]:
    """Replicate the samples round-robin to ``copies`` files (50 per folder), add extras."""
    files = []
    for i in range(copies if samples else 0):
        src = samples[i % len(samples)]
        d = dest / f"c{i // 50:02d}"
        d.mkdir(parents=True, exist_ok=True)
        target = d / f"{i:04d}_{src.name}"
        shutil.copyfile(src, target)
        files.append(target)
    for j, src in enumerate(extra):
        d = dest / "extra"
        d.mkdir(parents=True, exist_ok=True)
        target = d / f"{j:04d}_{src.name}"
        shutil.copyfile(src, target)
        files.append(target)
    out = []
    for p in files:
        fmt = sniff_format(p)
        if fmt:
            out.append({"path": p, "fmt": fmt, "size": p.stat().st_size})
    return out


def link_subset(dest: Path, items: list[dict]) -> None:
    """A second archive holding ``items`` (hard links, so no extra disk or page cache)."""
    for it in items:
        rel = it["path"].relative_to(it["path"].parents[1])
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(it["path"], target)
        except OSError:
            shutil.copyfile(it["path"], target)


def per_format(items: list[dict]) -> dict:
    groups = {fmt: [it for it in items if it["fmt"] == fmt] for fmt in FORMATS}
    groups = {k: v for k, v in groups.items() if v}
    groups["all"] = items
    return groups


# --------------------------------------------------------------------------- floor


def floor_text(path: Path, fmt: str) -> str:
    """The bare cost of getting the text out: no layout, no normalization, no model."""
    data = path.read_bytes()
    if fmt == "txt":
        return data.decode("utf-8", errors="replace")
    if fmt == "docx":
        from lxml import etree

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = etree.fromstring(zf.read("word/document.xml"))
        return "".join(root.itertext())
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        return "\n".join(parts)
    finally:
        pdf.close()


def measure_floor(items: list[dict], repeat: int, notes: list[str]) -> dict:
    """Seconds per format for the whole corpus (median of ``repeat`` passes)."""
    seen = set()
    for it in items:  # warm up: imports and first-call costs are not the floor
        if it["fmt"] not in seen:
            seen.add(it["fmt"])
            try:
                floor_text(it["path"], it["fmt"])
            except Exception as exc:  # noqa: BLE001 - a tool, keep going
                notes.append(f"floor: {it['fmt']} failed on {it['path'].name}: {exc}")
    passes, cpu = [], []
    for _ in range(repeat):
        secs = {fmt: 0.0 for fmt in FORMATS}
        c0 = time.process_time()
        for it in items:
            t0 = time.perf_counter()
            try:
                floor_text(it["path"], it["fmt"])
            except Exception:  # noqa: BLE001
                pass
            secs[it["fmt"]] += time.perf_counter() - t0
        cpu.append(time.process_time() - c0)
        passes.append(secs)
    out = {}
    for fmt, group in per_format(items).items():
        if fmt == "all":
            s = median([sum(p.values()) for p in passes])
        else:
            s = median([p[fmt] for p in passes])
        out[fmt] = rate(s, group)
    out["all"]["cpu_s"] = rnd(median(cpu), 4)
    return out


def rate(seconds: float | None, group: list[dict]) -> dict:
    n = len(group)
    mb = sum(it["size"] for it in group) / 1e6
    ok = seconds is not None and seconds > 0
    return {"files": n, "mb": rnd(mb), "seconds": rnd(seconds, 4),
            "ms_per_doc": rnd(seconds * 1000 / n, 2) if ok and n else None,
            "docs_s": rnd(n / seconds, 1) if ok else None,
            "mb_s": rnd(mb / seconds, 2) if ok else None}


# --------------------------------------------------------------------------- stages


STAGES = ("read", "sections", "extract", "serialize")


def measure_stages(items: list[dict], notes: list[str]) -> dict:
    """Each khparse stage in-process, summed per format over the corpus (one pass)."""
    try:
        import khparse
        import khparse.pipeline as pipeline
        import khparse.sections as sections
    except Exception as exc:  # noqa: BLE001
        notes.append(f"stages: cannot import khparse ({exc}); skipped")
        return {}

    calls = {"n": 0}
    real_outline = sections.build_outline

    def one(path: Path) -> dict:
        t0 = time.perf_counter()
        doc = khparse.read(str(path))
        t1 = time.perf_counter()
        outline = real_outline(doc)
        t2 = time.perf_counter()

        def cached(_doc):
            calls["n"] += 1
            return outline

        before = calls["n"]
        sections.build_outline = cached   # parse_document imports it at call time
        try:
            plan = pipeline.parse_document(doc)
        finally:
            sections.build_outline = real_outline
        t3 = time.perf_counter()
        plan.model_dump_json()
        t4 = time.perf_counter()
        extract = t3 - t2
        if calls["n"] == before:          # outline recomputed inside: take it out
            extract = max(0.0, extract - (t2 - t1))
        return {"read": t1 - t0, "sections": t2 - t1, "extract": extract, "serialize": t4 - t3}

    # First call per format: lazy imports and model loading, reported apart.
    first, failed = {}, {}
    for it in items:
        if it["fmt"] in first or it["fmt"] in failed:
            continue
        t0 = time.perf_counter()
        try:
            one(it["path"])
            first[it["fmt"]] = time.perf_counter() - t0
        except Exception as exc:  # noqa: BLE001
            failed[it["fmt"]] = f"{type(exc).__name__}: {exc}"
            notes.append(f"stages: {it['fmt']} skipped, khparse fails on it "
                         f"({failed[it['fmt']][:120]})")
    sums = {fmt: dict.fromkeys(STAGES, 0.0) for fmt in FORMATS}
    done = {fmt: [] for fmt in FORMATS}
    errors = 0
    per_extractor, restore = time_extractors()
    try:
        for it in items:
            if it["fmt"] in failed:
                continue
            try:
                t = one(it["path"])
            except Exception:  # noqa: BLE001
                errors += 1
                continue
            for k in STAGES:
                sums[it["fmt"]][k] += t[k]
            done[it["fmt"]].append(it)
    finally:
        restore()
    if errors:
        notes.append(f"stages: {errors} file(s) raised and are left out of the sums")
    out = {}
    for fmt in FORMATS:
        if done[fmt]:
            out[fmt] = stage_row(sums[fmt], done[fmt])
            out[fmt]["first_call_s"] = rnd(first.get(fmt), 3)
    all_items = [it for fmt in FORMATS for it in done[fmt]]
    if all_items:
        total = {k: sum(sums[f][k] for f in FORMATS) for k in STAGES}
        out["all"] = stage_row(total, all_items)
        out["all"]["extractors_ms"] = {
            k: rnd(v * 1000 / len(all_items), 2)
            for k, v in sorted(per_extractor.items(), key=lambda kv: -kv[1])}
    return out


def time_extractors():
    """Wrap each ``khparse.extract.<name>.extract`` with a timer (pipeline looks them up at
    call time); returns the sums and a function that puts the originals back."""
    import importlib
    import pkgutil

    sums: dict[str, float] = {}
    originals = []
    try:
        import khparse.extract as pkg
    except ImportError:
        return sums, lambda: None
    for info in pkgutil.iter_modules(pkg.__path__):
        try:
            mod = importlib.import_module(f"khparse.extract.{info.name}")
        except Exception:  # noqa: BLE001
            continue
        fn = getattr(mod, "extract", None)
        if not callable(fn):
            continue

        def timed(*args, _fn=fn, _name=info.name, **kwargs):
            t0 = time.perf_counter()
            try:
                return _fn(*args, **kwargs)
            finally:
                sums[_name] = sums.get(_name, 0.0) + time.perf_counter() - t0

        mod.extract = timed
        originals.append((mod, fn))

    def restore():
        for mod, fn in originals:
            mod.extract = fn

    return sums, restore


def stage_row(sums: dict, group: list[dict]) -> dict:
    n = len(group)
    total = sum(sums.values())
    row = {"files": n}
    for k in STAGES:
        row[f"{k}_ms"] = rnd(sums[k] * 1000 / n, 2)
    row["total_ms"] = rnd(total * 1000 / n, 2)
    row["total_s"] = rnd(total, 4)
    row["slowest"] = max(STAGES, key=lambda k: sums[k])
    return row


def start_profiler(target: str | None, notes: list[str]):
    if not target:
        return None
    try:
        from pyinstrument import Profiler
    except ImportError:
        notes.append("--profile needs pyinstrument (pip install pyinstrument); not profiled")
        return None
    profiler = Profiler(interval=0.0005)
    profiler.start()
    return profiler


# --------------------------------------------------------------------------- processes


#: Environment of every subprocess: a bytecode cache in the temp dir (set in main), as an
#: installed package has; PYTHONDONTWRITEBYTECODE would make each start recompile khparse.
SUB_ENV: dict[str, str] = dict(os.environ)


def khparse_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "khparse"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "khparse"]


def has_command(name: str) -> bool:
    r = subprocess.run(khparse_cmd() + [name, "--help"], capture_output=True, timeout=60,
                       env=SUB_ENV)
    return r.returncode == 0


class TreeMemory:
    """Poll /proc for a process tree; keep each process's VmHWM (its own peak RSS)."""

    def __init__(self, root_pid: int, interval: float = 0.05):
        self.root = root_pid
        self.interval = interval
        self.peak: dict[int, int] = {}      # pid → peak RSS in kB
        self.kind: dict[int, str] = {}      # pid → root | worker | helper
        self.cpu: dict[int, int] = {}       # pid → CPU clock ticks at the last sample
        self._ticks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _children(self) -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat[stat.rindex(b")") + 2:].split()
            ppid = int(fields[1])
            kids.setdefault(ppid, []).append(int(name))
            self._ticks[int(name)] = int(fields[11]) + int(fields[12])  # utime + stime
        return kids

    def _sample(self) -> None:
        kids = self._children()
        todo, tree = [self.root], []
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(kids.get(pid, ()))
        for pid in tree:
            if pid in self._ticks:
                self.cpu[pid] = self._ticks[pid]
            try:
                with open(f"/proc/{pid}/status") as fh:
                    status = fh.read()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    kb = int(line.split()[1])
                    self.peak[pid] = max(self.peak.get(pid, 0), kb)
                    break
            if pid not in self.kind:
                self.kind[pid] = self._classify(pid)

    def _classify(self, pid: int) -> str:
        if pid == self.root:
            return "root"
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                cmd = fh.read()
        except OSError:
            return "helper"
        if b"resource_tracker" in cmd or b"forkserver" in cmd:
            return "helper"
        return "worker"

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def summary(self) -> dict:
        workers = [kb for pid, kb in self.peak.items() if self.kind.get(pid) == "worker"]
        root = [kb for pid, kb in self.peak.items() if self.kind.get(pid) == "root"]
        in_process = not workers
        if in_process:  # no worker processes seen: the root did the work
            workers = root
        hz = os.sysconf("SC_CLK_TCK")
        cpu_w = sum(t for pid, t in self.cpu.items() if self.kind.get(pid) == "worker") / hz
        cpu_p = sum(t for pid, t in self.cpu.items() if self.kind.get(pid) == "root") / hz
        return {"worker_peak_mb": rnd(max(workers) / 1024, 1) if workers else None,
                "parent_cpu_s": rnd(cpu_p, 2), "workers_cpu_s": rnd(cpu_w, 2),
                "workers_seen": 0 if in_process else len(workers),
                "parent_peak_mb": rnd(max(root) / 1024, 1) if root else None}


def machine_busy() -> float | None:
    """CPU seconds the whole machine has been busy (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    busy = f[0] + f[1] + f[2] + sum(f[5:8])  # user nice system · irq softirq steal
    return busy / os.sysconf("SC_CLK_TCK")


def run_batch(archive: Path, out: Path, jobs: int, group: list[dict]) -> dict:
    """One ``khparse batch`` run into a fresh OUT; wall time, rates, peak RSS."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = khparse_cmd() + ["batch", str(archive), "-o", str(out), "--jobs", str(jobs)]
    err = out.parent / f"{out.name}.stderr"
    with open(err, "wb") as fe:
        sys0 = machine_busy()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=fe, stdin=subprocess.DEVNULL,
                                env=SUB_ENV)
        with TreeMemory(proc.pid) as mem:
            # wait4, not proc.wait(): its rusage is the CPU time of the whole tree (the
            # workers are reaped by the batch process), which load on the machine barely moves
            _, status, usage = os.wait4(proc.pid, 0)
            rc = proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        sys1 = machine_busy()
    res = rate(wall, group)
    res.update(mem.summary())
    cpu = usage.ru_utime + usage.ru_stime
    res["cpu_s"] = rnd(cpu, 3)
    # Cores this run got, and cores the rest of the machine took meanwhile (shared box).
    res["cores_used"] = rnd(cpu / wall, 2)
    if sys0 is not None and sys1 is not None:
        res["cores_used_by_others"] = rnd(max(0.0, (sys1 - sys0) - cpu) / wall, 2)
    res["rc"] = rc
    written = sum(1 for _ in out.rglob("*.json")) if out.exists() else 0
    res["plans_written"] = written - sum(1 for _ in (out / "_khparse").glob("*.json")) \
        if (out / "_khparse").exists() else written
    if rc != 0:
        tail = err.read_text(errors="replace").strip().splitlines()[-3:]
        res["stderr_tail"] = tail
    res.update(read_report(out, archive, group))
    return res


def read_report(out: Path, archive: Path, group: list[dict]) -> dict:
    """Per-format worker time from the run's report.json (its per-file ``seconds``)."""
    try:
        rep = json.loads((out / "_khparse" / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    fmt_of = {it["path"].relative_to(it["path"].parents[1]).as_posix(): it["fmt"] for it in group}
    busy = {fmt: [0.0, 0] for fmt in FORMATS}
    for entry in rep.get("converted", []) or []:
        fmt = fmt_of.get(str(entry.get("file")))
        if fmt and isinstance(entry.get("seconds"), (int, float)):
            busy[fmt][0] += entry["seconds"]
            busy[fmt][1] += 1
    first = (rep.get("failures") or [{}])[0]
    return {"report_seconds": rep.get("seconds"),
            "first_failure": f"{first.get('file')}: {first.get('kind')}: "
                             f"{str(first.get('message'))[:160]}" if first else None,
            "converted": (rep.get("counts") or {}).get("converted"),
            "failed": (rep.get("counts") or {}).get("failed"),
            "worker_ms_per_doc": {fmt: rnd(s * 1000 / n, 2) for fmt, (s, n) in busy.items() if n}}


def timed_run(cmd: list[str], stdin_path: Path | None = None) -> tuple[float, int]:
    fin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        r = subprocess.run(cmd, stdin=fin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=SUB_ENV)
        return time.perf_counter() - t0, r.returncode
    finally:
        if stdin_path:
            fin.close()


def measure_startup(runs: int, tmp: Path, notes: list[str]) -> dict:
    """Medians of interleaved runs, so load on the machine hits all three alike."""
    page = tmp / "one_page.txt"
    src = SAMPLES / "seed000.txt"
    if src.exists():
        lines = src.read_text(encoding="utf-8").splitlines()[:45]
        page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        page.write_text("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/KH-UBND\nKẾ HOẠCH\n"
                        "Sở Nội vụ chủ trì, hoàn thành trước ngày 31/12/2024.\n", encoding="utf-8")
    cmds = {
        "bare_typer_rich": [sys.executable, "-c", "import typer, rich"],
        "help": khparse_cmd() + ["--help"],
        "extract_one_page_txt": khparse_cmd() + ["extract", str(page)],
    }
    for cmd in cmds.values():  # page cache, .pyc files
        timed_run(cmd)
    times = {k: [] for k in cmds}
    for _ in range(runs):
        for k, cmd in cmds.items():
            t, rc = timed_run(cmd)
            if rc == 0:
                times[k].append(t)
            elif k != "bare_typer_rich":
                notes.append(f"start-up: `{' '.join(cmd[-2:])}` exited {rc}")
    out = {k: {"median_ms": rnd(median(v) * 1000, 1) if v else None, "runs": len(v)}
           for k, v in times.items()}
    bare = out["bare_typer_rich"]["median_ms"]
    for k in ("help", "extract_one_page_txt"):
        m = out[k]["median_ms"]
        out[k]["ratio_to_bare"] = rnd(m / bare, 2) if m and bare else None
    probe = ("import sys, khparse.cli; "
             f"print(','.join(m for m in {HEAVY_MODULES!r} if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=SUB_ENV)
    out["heavy_modules_at_cli_import"] = [m for m in r.stdout.strip().split(",") if m] \
        if r.returncode == 0 else None
    return out


# --------------------------------------------------------------------------- report


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or None
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "cpus": os.cpu_count(), "cpu": model, "mem_gb": mem,
            "python": platform.python_version(), "commit": commit,
            "load_avg_start": rnd(os.getloadavg()[0], 2)}


def targets(res: dict) -> dict:
    t = {}
    b1 = res.get("batch", {}).get("jobs1", {}).get("all")
    fl = res.get("floor", {}).get("all")
    if b1 and fl and b1.get("seconds") and fl.get("seconds"):
        v = b1["seconds"] / fl["seconds"]
        t["batch_jobs1_vs_floor"] = {"value": rnd(v, 2), "target": f"<= {TARGET_BATCH_VS_FLOOR}",
                                     "met": v <= TARGET_BATCH_VS_FLOOR}
    if b1 and fl and b1.get("cpu_s") and fl.get("cpu_s"):
        t["info_batch_jobs1_cpu_vs_floor_cpu"] = {
            "value": rnd(b1["cpu_s"] / fl["cpu_s"], 2), "target": "(CPU seconds, less noisy)",
            "met": b1["cpu_s"] / fl["cpu_s"] <= TARGET_BATCH_VS_FLOOR}
    sc = res.get("batch", {}).get("scaling")
    if sc is not None:
        t["jobs2_vs_jobs1_throughput"] = {"value": sc, "target": f">= {TARGET_SCALING}",
                                          "met": sc >= TARGET_SCALING}
    h = res.get("startup", {}).get("help", {}).get("ratio_to_bare")
    if h is not None:
        t["help_vs_bare_typer_rich"] = {"value": h, "target": f"<= {TARGET_HELP_VS_BARE}",
                                        "met": h <= TARGET_HELP_VS_BARE}
    g = res.get("memory", {}).get("growth")
    if g is not None:
        t["worker_memory_growth_N_to_2N"] = {"value": g, "target": f"<= {TARGET_MEM_GROWTH:.0%}",
                                             "met": g <= TARGET_MEM_GROWTH}
    return t


def fmt_table(headers: list[str], rows: list[list]) -> str:
    cells = [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    line = lambda r: "  ".join(c.rjust(w) if i else c.ljust(w)  # noqa: E731
                               for i, (c, w) in enumerate(zip(r, widths)))
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def print_text(res: dict) -> None:
    m = res["meta"]
    print(f"khparse benchmark — {m['date']} — commit {m['commit']} — {m['cpus']} cores "
          f"({m['cpu']}), {m['mem_gb']} GB — Python {m['python']}")
    print(f"corpus: {m['files']} files, {m['mb']} MB ({m['copies']} sample copies"
          f"{', + ' + str(m['extra_files']) + ' extra' if m['extra_files'] else ''}); "
          f"load avg {m['load_avg_start']} → {m.get('load_avg_end')}")
    print(f"command: {m['command']}\n")

    fl, st = res.get("floor", {}), res.get("stages", {})
    b1_worker = dict(res.get("batch", {}).get("jobs1", {}).get("all", {})
                     .get("worker_ms_per_doc") or {})
    if b1_worker and res["batch"]["jobs1"]["all"].get("converted") == fl.get("all", {}).get("files"):
        b1_worker["all"] = res["batch"]["jobs1"]["all"].get("worker_ms_all")
    if fl:
        print("In-process, ms per document (floor = bare text extraction; stages of khparse):")
        rows = []
        for fmt in (*FORMATS, "all"):
            if fmt not in fl:
                continue
            s = st.get(fmt, {})
            ratio = (s["total_ms"] / fl[fmt]["ms_per_doc"]) if s.get("total_ms") and \
                fl[fmt].get("ms_per_doc") and s.get("files") == fl[fmt]["files"] else None
            w = b1_worker.get(fmt)
            wratio = w / fl[fmt]["ms_per_doc"] if w and fl[fmt].get("ms_per_doc") else None
            rows.append([fmt, fl[fmt]["files"], fl[fmt]["ms_per_doc"], s.get("read_ms"),
                         s.get("sections_ms"), s.get("extract_ms"), s.get("serialize_ms"),
                         s.get("total_ms"), rnd(ratio, 1), s.get("slowest"),
                         s.get("first_call_s"), w, rnd(wratio, 1)])
        print(fmt_table(["format", "files", "floor", "read", "sections", "extract",
                         "serialize", "khparse", "×floor", "slowest", "1st call s",
                         "batch worker", "×floor"], rows))
        print("(batch worker = per-file seconds in report.json of the median --jobs 1 run: "
              "read + parse + serialize inside a worker)")
        ex = st.get("all", {}).get("extractors_ms")
        if ex:
            print("extract, ms per document by extractor: "
                  + ", ".join(f"{k} {v}" for k, v in ex.items()))
        print()
    b = res.get("batch", {})
    if b.get("jobs1") or b.get("jobs2"):
        print(f"khparse batch end to end (median of {b.get('repeat')} runs each, interleaved):")
        rows = []
        for key in ("jobs1", "jobs2"):
            r = b.get(key, {}).get("all")
            if not r:
                continue
            ratio = r["seconds"] / fl["all"]["seconds"] if fl.get("all", {}).get("seconds") \
                else None
            rows.append([key.replace("jobs", "--jobs "), r["files"], r["seconds"], r["docs_s"],
                         r["mb_s"], rnd(ratio, 1), r.get("cpu_s"), r.get("parent_cpu_s"),
                         r.get("workers_cpu_s"), r.get("cores_used"),
                         r.get("cores_used_by_others"), r.get("worker_peak_mb"),
                         r.get("parent_peak_mb"), r.get("runs_s")])
        print(fmt_table(["run", "files", "wall s", "docs/s", "MB/s", "×floor", "CPU s",
                         "parent CPU", "workers CPU", "cores", "others' cores",
                         "worker RSS MB", "parent RSS MB", "all runs s"], rows))
        if b.get("scaling") is not None:
            r2 = b.get("jobs2", {}).get("all", {})
            busy = r2.get("cores_used_by_others")
            print(f"scaling 1 → 2 workers: {b['scaling']}× throughput"
                  + (f" (the --jobs 2 run got {r2.get('cores_used')} cores; other processes used "
                     f"{busy} of the {os.cpu_count()} meanwhile)" if busy is not None else ""))
            if b.get("rounds") and len(b["rounds"]) > 1:
                q = b["scaling_quietest_round"]
                print(f"per round (scaling, others' cores): "
                      f"{[(x['scaling'], x['others_cores']) for x in b['rounds']]}; "
                      f"quietest round: {q['scaling']}×")
        if b.get("fixed_s") is not None:
            fm = fl.get("all", {}).get("ms_per_doc")
            mm = b.get("marginal_ms_per_doc")
            print(f"--jobs 1 fixed cost (a 1-file archive): {b['fixed_s']} s; marginal "
                  f"{mm} ms/doc = {rnd(mm / fm, 1) if mm and fm else None}× the floor's "
                  f"{fm} ms/doc")
        print()
    mem = res.get("memory", {})
    if mem:
        print(f"memory per worker (--jobs 1): {mem.get('n_files')} files → "
              f"{mem.get('peak_mb_n')} MB, {mem.get('n2_files')} files → "
              f"{mem.get('peak_mb_2n')} MB (growth {mem.get('growth')})")
        print()
    su = res.get("startup", {})
    if su:
        print(f"start-up (median of {su['bare_typer_rich']['runs']} runs):")
        rows = [["python -c 'import typer, rich'", su["bare_typer_rich"]["median_ms"], 1.0]]
        rows.append(["khparse --help", su["help"]["median_ms"], su["help"]["ratio_to_bare"]])
        rows.append(["khparse extract one-page.txt", su["extract_one_page_txt"]["median_ms"],
                     su["extract_one_page_txt"]["ratio_to_bare"]])
        print(fmt_table(["command", "ms", "×bare"], rows))
        print(f"heavy modules loaded by `import khparse.cli`: "
              f"{su.get('heavy_modules_at_cli_import') or 'none'}\n")
    if res.get("targets"):
        print("targets:")
        for k, v in res["targets"].items():
            print(f"  {'MET ' if v['met'] else 'MISS'}  {k}: {v['value']} (target {v['target']})")
    for n in res.get("notes", []):
        print(f"note: {n}")


def print_markdown(res: dict) -> None:
    """The small table of the README's Performance section."""
    m, fl, st = res["meta"], res.get("floor", {}), res.get("stages", {})
    b, mem, su = res.get("batch", {}), res.get("memory", {}), res.get("startup", {})
    t = res.get("targets", {})
    mark = lambda k: "" if k not in t else (" ✓" if t[k]["met"] else " ✗")  # noqa: E731
    rows = []
    for fmt in (*FORMATS, "all"):
        if fmt in fl and fmt in st:
            s = st[fmt]
            rows.append((f"in-process, {fmt} ({fl[fmt]['files']} files)",
                         f"{s['total_ms']} ms/doc = {rnd(s['total_ms'] / fl[fmt]['ms_per_doc'], 1)}"
                         f"× the floor's {fl[fmt]['ms_per_doc']} (read {s['read_ms']}, sections "
                         f"{s['sections_ms']}, extract {s['extract_ms']}, serialize "
                         f"{s['serialize_ms']})"))
    for j in (1, 2):
        r = b.get(f"jobs{j}", {}).get("all")
        if r:
            extra = (f"; {b['scaling']}× --jobs 1{mark('jobs2_vs_jobs1_throughput')} "
                     f"(others used {r.get('cores_used_by_others')} of {m['cpus']} cores)"
                     if j == 2 else f"{mark('batch_jobs1_vs_floor')}")
            rows.append((f"`khparse batch --jobs {j}`, {r['files']} files",
                         f"{r['docs_s']} docs/s, {r['mb_s']} MB/s, "
                         f"{rnd(r['seconds'] / fl['all']['seconds'], 1)}× the floor{extra}"))
    if mem:
        rows.append(("peak RSS per worker, N → 2N files",
                     f"{mem['peak_mb_n']} → {mem['peak_mb_2n']} MB "
                     f"({mem['n_files']} → {mem['n2_files']} files){mark('worker_memory_growth_N_to_2N')}"))
    if su:
        rows.append(("`khparse --help`", f"{su['help']['median_ms']} ms = "
                     f"{su['help']['ratio_to_bare']}× `import typer, rich` "
                     f"({su['bare_typer_rich']['median_ms']} ms){mark('help_vs_bare_typer_rich')}"))
        rows.append(("`khparse extract` one-page .txt", f"{su['extract_one_page_txt']['median_ms']}"
                     f" ms = {su['extract_one_page_txt']['ratio_to_bare']}× `import typer, rich`"))
    print("| measure | result |\n| --- | --- |")
    for k, v in rows:
        print(f"| {k} | {v} |")


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="extra documents to add to the corpus")
    ap.add_argument("--copies", type=int, default=None,
                    help="replicate the samples to this many files (default 300; 40 with --quick)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs per batch measurement, median reported (default 3; 1 with --quick)")
    ap.add_argument("--startup-runs", type=int, default=None, help="default 9; 3 with --quick")
    ap.add_argument("--quick", action="store_true", help="fast smoke run")
    ap.add_argument("--no-samples", action="store_true", help="only the given folders")
    ap.add_argument("--skip", default="", help="comma list of: floor,stages,batch,memory,startup")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ap.add_argument("--markdown", action="store_true",
                    help="also print the README's small Markdown table after the tables")
    ap.add_argument("--profile", metavar="FILE",
                    help="profile the in-process pass with pyinstrument (a dev tool: "
                         "pip install pyinstrument) and write the call tree to FILE")
    ap.add_argument("--keep", action="store_true", help="keep the temp corpus and outputs")
    a = ap.parse_args(argv)
    copies = a.copies if a.copies is not None else (40 if a.quick else 300)
    repeat = a.repeat if a.repeat is not None else (1 if a.quick else 3)
    su_runs = a.startup_runs if a.startup_runs is not None else (3 if a.quick else 9)
    skip = {s.strip() for s in a.skip.split(",") if s.strip()}

    notes: list[str] = []
    res: dict = {"meta": machine(), "notes": notes}
    res["meta"]["command"] = "python bench/run.py " + " ".join(sys.argv[1:] if argv is None
                                                                else argv)
    samples, extra = source_files(a.folders, not a.no_samples)
    tmp = Path(tempfile.mkdtemp(prefix="khparse-bench-"))
    SUB_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    SUB_ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    try:
        corpus_dir = tmp / "corpus"
        items = build_corpus(corpus_dir, samples, extra, copies)
        if not items:
            log("no documents to measure")
            return 2
        res["meta"].update(files=len(items), copies=copies if samples else 0,
                           extra_files=len(extra),
                           mb=rnd(sum(it["size"] for it in items) / 1e6, 2),
                           formats={f: len(g) for f, g in per_format(items).items()})
        log(f"corpus: {len(items)} files in {corpus_dir}")

        if "floor" not in skip:
            log("floor …")
            res["floor"] = measure_floor(items, max(3, repeat), notes)
        if "stages" not in skip:
            log("stages in-process …")
            profiler = start_profiler(a.profile, notes)
            res["stages"] = measure_stages(items, notes)
            if profiler:
                profiler.stop()
                Path(a.profile).write_text(profiler.output_text(unicode=True, color=False),
                                           encoding="utf-8")
                notes.append(f"profile of the in-process pass (pyinstrument) in {a.profile}; "
                             "the timings above include its overhead")

        have_batch = "batch" not in skip and has_command("batch")
        if "batch" not in skip and not have_batch:
            notes.append("`khparse batch` does not exist yet: batch, scaling and memory skipped")
        if have_batch:
            batch = {"repeat": repeat}
            runs = {1: [], 2: []}
            one = [min(items, key=lambda it: it["size"])]
            one_dir = tmp / "one"
            link_subset(one_dir, one)
            run_batch(one_dir, tmp / "out_one", 1, one)   # fills the bytecode cache
            for r in range(repeat):
                for jobs in (1, 2):  # interleaved, so drifting load hits both alike
                    log(f"batch --jobs {jobs} (run {r + 1}/{repeat}) …")
                    runs[jobs].append(run_batch(corpus_dir, tmp / f"out{jobs}", jobs, items))
            for jobs, rs in runs.items():
                bad = [x for x in rs if x["rc"] != 0 or x["plans_written"] < len(items)]
                if bad:
                    notes.append(f"batch --jobs {jobs}: rc={bad[0]['rc']}, "
                                 f"{bad[0]['plans_written']}/{len(items)} plans written; "
                                 f"{bad[0].get('failed')} failed, first: "
                                 f"{bad[0].get('first_failure')}")
                best = sorted(rs, key=lambda x: x["seconds"])[len(rs) // 2]  # the median run
                row = dict(best)
                row["runs_s"] = [x["seconds"] for x in rs]
                row["cpu_s"] = rnd(median([x["cpu_s"] for x in rs]), 3)
                for k in ("parent_cpu_s", "workers_cpu_s", "cores_used", "cores_used_by_others"):
                    row[k] = rnd(median([x.get(k) for x in rs]), 2)
                row["worker_peak_mb"] = rnd(median([x["worker_peak_mb"] for x in rs]), 1)
                row["parent_peak_mb"] = rnd(median([x["parent_peak_mb"] for x in rs]), 1)
                busy = row.get("worker_ms_per_doc") or {}
                groups = per_format(items)
                if busy and row.get("converted"):
                    total_busy = sum(busy[f] * len(groups[f]) for f in busy) / 1000
                    row["worker_ms_all"] = rnd(total_busy * 1000 / row["converted"], 2)
                    row["overhead_s"] = rnd(row["seconds"] - total_busy / jobs, 3)
                batch[f"jobs{jobs}"] = {"all": row}
            s1, s2 = batch["jobs1"]["all"]["seconds"], batch["jobs2"]["all"]["seconds"]
            batch["scaling"] = rnd(s1 / s2, 2) if s1 and s2 else None
            # Per round (a --jobs 1 run, then a --jobs 2 run): the round in which the rest of
            # the machine was quietest says most about scaling on a shared box.
            rounds = [{"scaling": rnd(a_["seconds"] / b_["seconds"], 2),
                       "others_cores": rnd(max(a_.get("cores_used_by_others") or 0,
                                               b_.get("cores_used_by_others") or 0), 2)}
                      for a_, b_ in zip(runs[1], runs[2])]
            batch["rounds"] = rounds
            batch["scaling_quietest_round"] = min(rounds, key=lambda x: x["others_cores"])
            # Fixed cost of a run (interpreter, CLI, scan, one worker spawned and warmed up):
            # --jobs 1 on a one-file archive; the rest of the wall time is per document.
            walls = []
            for r in range(repeat):
                log(f"fixed cost: batch --jobs 1 on 1 file (run {r + 1}/{repeat}) …")
                walls.append(run_batch(one_dir, tmp / "out_one", 1, one)["seconds"])
            fixed = median(walls)
            batch["fixed_s"] = rnd(fixed, 3)
            batch["marginal_ms_per_doc"] = rnd((s1 - fixed) * 1000 / (len(items) - 1), 2) \
                if len(items) > 1 else None
            res["batch"] = batch

            if "memory" not in skip:
                half = items[: len(items) // 2]
                half_dir = tmp / "half"
                link_subset(half_dir, half)
                peaks, walls = [], []
                for r in range(repeat):
                    log(f"memory: batch --jobs 1 on {len(half)} files (run {r + 1}/{repeat}) …")
                    x = run_batch(half_dir, tmp / "out_half", 1, half)
                    peaks.append(x["worker_peak_mb"])
                    walls.append(x["seconds"])
                p_n = median(peaks)
                p_2n = batch["jobs1"]["all"]["worker_peak_mb"]
                t_n, t_2n = median(walls), batch["jobs1"]["all"]["seconds"]
                res["memory"] = {"n_files": len(half), "peak_mb_n": rnd(p_n, 1),
                                 "n2_files": len(items), "peak_mb_2n": p_2n,
                                 "growth": rnd((p_2n - p_n) / p_n, 3) if p_n and p_2n else None,
                                 "seconds_n": rnd(t_n, 3), "seconds_2n": t_2n}
        if "startup" not in skip:
            log("start-up …")
            res["startup"] = measure_startup(su_runs, tmp, notes)
        res["meta"]["load_avg_end"] = rnd(os.getloadavg()[0], 2)
        res["targets"] = targets(res)
    finally:
        if a.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1, default=str))
    else:
        print_text(res)
        if a.markdown:
            print()
            print_markdown(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
