"""`khparse export`: flat CSV (Excel-ready) and SQLite tables from a folder of Plan JSON files."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khparse.cli import app
from khparse.batch.export import TABLES, collect, export
from khparse.models import (Body, Deadline, DocumentInfo, Goal, Metric, Percentage, Plan,
                            Reference, Signer, Source, Task)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

TRICKY = 'Tổ chức "Ngày hội" tuyên truyền, phổ biến;\nbáo cáo kết quả về Sở Tư pháp'


def made_plan() -> Plan:
    """A Plan written by hand: Vietnamese, commas, quotes, a newline, lists of partners."""
    dl = Deadline(date="2024-12-31", kind="before", text="trước ngày 31/12/2024", span=(90, 111))
    return Plan(
        khparse_version="test",
        source=Source(path="Sở Tư pháp/kế hoạch 12.docx", format="docx", sha256="ab" * 32),
        document=DocumentInfo(type="Kế hoạch", number="12/KH-STP", issuer="Sở Tư pháp",
                              issued_date="2024-03-05", title="Phổ biến, giáo dục pháp luật năm 2024",
                              addressees=["Các phòng", "Thanh tra Sở"],
                              signer=Signer(authority="KT. GIÁM ĐỐC", position="Phó Giám đốc",
                                            name="Nguyễn Thị Thu")),
        tasks=[Task(text=TRICKY, lead="Phòng Phổ biến, giáo dục pháp luật",
                    partners=["Văn phòng Sở", "Thanh tra Sở"], deadline=dl, section="II.1",
                    span=(10, 80)),
               Task(text="Kiểm tra việc thực hiện", lead=None, span=(200, 223))],
        deadlines=[dl],
        goals=[Goal(text="Đạt 95% cán bộ được tập huấn", kind="target", section="I.2", span=(5, 33),
                    metrics=[Metric(value=95.0, unit="%", text="95%", span=(9, 12))])],
        percentages=[Percentage(value=95.0, text="95%", context="Đạt 95% cán bộ", span=(9, 12))],
        bodies=[Body(name="Sở Tư pháp", aliases=["STP"], roles=["lead", "addressee"],
                     mentions=[(0, 10), (40, 50)])],
        references=[Reference(type="Quyết định", number="749/QĐ-TTg", date="2020-06-03",
                              text="Quyết định số 749/QĐ-TTg", span=(300, 324))],
    )


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An OUT_DIR as `batch` leaves it: Plans in a tree, plus its own _khparse/ files."""
    from khparse.pipeline import parse

    out = tmp_path / "kết quả"
    (out / "Sở Tư pháp").mkdir(parents=True)
    (out / "Sở Tư pháp" / "kế hoạch 12.docx.json").write_text(made_plan().model_dump_json(indent=2),
                                                              encoding="utf-8")
    for name in ("seed001.txt", "seed002.txt", "seed004.txt"):
        try:
            plan = parse(SAMPLES / name)
        except Exception:  # noqa: BLE001 - extraction is not what this file tests
            continue
        plan.source.path = name
        (out / f"{name}.json").write_text(plan.model_dump_json(indent=2), encoding="utf-8")
    (out / "_khparse").mkdir()
    (out / "_khparse" / "report.json").write_text('{"counts": {}}', encoding="utf-8")
    (out / "_khparse" / "manifest.jsonl").write_text("", encoding="utf-8")
    return out


def plans_in(out: Path) -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(out.rglob("*.json"))
            if "_khparse" not in p.parts]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_tables_open_in_excel_and_round_trip(out_dir, tmp_path):
    csv_dir = tmp_path / "bảng"
    counts, errors = export(out_dir, csv_dir=csv_dir)
    assert errors == []
    assert sorted(p.name for p in csv_dir.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    for name in TABLES:
        raw = (csv_dir / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")       # BOM: Excel reads it as UTF-8
        with open(csv_dir / f"{name}.csv", encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh))
        assert header == [c for c, _ in TABLES[name]]
        assert len(read_csv(csv_dir / f"{name}.csv")) == counts[name]
    tasks = [r for r in read_csv(csv_dir / "tasks.csv") if r["file"] == "Sở Tư pháp/kế hoạch 12.docx"]
    assert tasks[0]["text"] == TRICKY                 # quotes, comma, newline survive quoting
    assert tasks[0]["partners"] == "Văn phòng Sở; Thanh tra Sở"
    assert (tasks[0]["document_number"], tasks[0]["issuer"], tasks[0]["issued_date"]) == (
        "12/KH-STP", "Sở Tư pháp", "2024-03-05")
    assert (tasks[0]["deadline_date"], tasks[0]["deadline_text"]) == ("2024-12-31", "trước ngày 31/12/2024")
    assert (tasks[0]["section"], tasks[0]["span_start"], tasks[0]["span_end"]) == ("II.1", "10", "80")
    assert tasks[1]["lead"] == "" and tasks[1]["deadline_date"] == ""
    docs = {r["file"]: r for r in read_csv(csv_dir / "documents.csv")}
    made = docs["Sở Tư pháp/kế hoạch 12.docx"]
    assert made["signer_name"] == "Nguyễn Thị Thu" and made["addressees"] == "Các phòng; Thanh tra Sở"
    assert made["n_tasks"] == "2"
    targets = [r for r in read_csv(csv_dir / "targets.csv") if r["file"] == made["file"]]
    assert [(t["value"], t["unit"], t["goal_kind"]) for t in targets] == [("95.0", "%", "target")]
    bodies = [r for r in read_csv(csv_dir / "bodies.csv") if r["file"] == made["file"]]
    assert bodies[0]["roles"] == "lead; addressee" and bodies[0]["mentions"] == "2"


def test_every_item_of_every_plan_becomes_one_row(out_dir, tmp_path):
    plans = plans_in(out_dir)
    assert len(plans) >= 1
    db = tmp_path / "khparse.sqlite"
    counts, _ = export(out_dir, csv_dir=tmp_path / "csv", sqlite_path=db)
    n = {k: sum(len(p.get(k, [])) for p in plans) for k in
         ("tasks", "deadlines", "percentages", "goals", "bodies", "references")}
    n["documents"] = len(plans)
    n["targets"] = sum(len(g["metrics"]) for p in plans for g in p.get("goals", []))
    assert {k: counts[k] for k in n} == n
    con = sqlite3.connect(db)
    try:
        for table, want in n.items():
            assert con.execute(f'select count(*) from "{table}"').fetchone()[0] == want, table
            assert len(read_csv(tmp_path / "csv" / f"{table}.csv")) == want, table
        per_doc = dict(con.execute("select file, count(*) from tasks group by file"))
        for p in plans:
            assert per_doc.get(p["source"]["path"], 0) == len(p["tasks"])
        row = con.execute("select partners, span_start, typeof(span_start) from tasks "
                          "where document_number = '12/KH-STP' and task_no = 1").fetchone()
        assert row == ("Văn phòng Sở; Thanh tra Sở", 10, "integer")
        assert con.execute("select value from percentages where file like 'Sở%'").fetchone() == (95.0,)
    finally:
        con.close()


def test_unreadable_json_is_reported_not_fatal(out_dir, tmp_path):
    n_plans = len(plans_in(out_dir))
    (out_dir / "hỏng.pdf.json").write_text('{"schema_version": "1", "sou', encoding="utf-8")
    (out_dir / "other.json").write_text('{"not": "a plan"}', encoding="utf-8")
    tables, errors = collect(out_dir)
    assert sorted(f for f, _ in errors) == ["hỏng.pdf", "other"]
    assert len(tables["documents"]) == n_plans


def test_sqlite_export_replaces_the_old_database(out_dir, tmp_path):
    db = tmp_path / "x.sqlite"
    export(out_dir, sqlite_path=db)
    export(out_dir, sqlite_path=db)  # a rerun replaces, it does not append
    con = sqlite3.connect(db)
    try:
        assert con.execute("select count(*) from documents").fetchone()[0] == len(plans_in(out_dir))
    finally:
        con.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".khparse-tmp")] == []


def test_export_cli(out_dir, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["export", str(out_dir), "--csv", str(tmp_path / "c"),
                            "--sqlite", str(tmp_path / "d.sqlite")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c" / "tasks.csv").exists() and (tmp_path / "d.sqlite").exists()
    assert runner.invoke(app, ["export", str(out_dir)]).exit_code == 2          # nowhere to write
    assert runner.invoke(app, ["export", str(tmp_path / "missing"), "--csv", "c"]).exit_code == 2
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = runner.invoke(app, ["export", str(out_dir), "--csv", str(blocker / "c")])
    assert r.exit_code == 1 and "cannot write" in r.output


def test_export_of_a_folder_without_plans_says_so_and_writes_nothing(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "trống"
    (empty / "_khparse").mkdir(parents=True)
    (empty / "_khparse" / "report.json").write_text('{"counts": {}}', encoding="utf-8")
    csv_dir, db = tmp_path / "bảng", tmp_path / "d.sqlite"
    r = runner.invoke(app, ["export", str(empty), "--csv", str(csv_dir), "--sqlite", str(db)])
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr == (f"khparse: {empty}: no khparse Plans in this folder; no tables written "
                        "(give it the -o folder of `khparse batch`)\n")
    assert not csv_dir.exists() and not db.exists()
    (empty / "ghi chú.json").write_text('{"not": "a plan"}', encoding="utf-8")
    r = runner.invoke(app, ["export", str(empty), "--csv", str(csv_dir)])
    assert r.exit_code == 1 and "(1 other .json file)" in r.stderr and not csv_dir.exists()


def test_batch_of_an_empty_archive_exports_no_empty_tables(tmp_path):
    runner = CliRunner()
    (tmp_path / "kho").mkdir()
    r = runner.invoke(app, ["batch", str(tmp_path / "kho"), "-o", str(tmp_path / "out"), "-q",
                            "--csv", str(tmp_path / "bảng")])
    assert r.exit_code == 0  # nothing failed to convert
    assert "no khparse Plans in this folder; no tables written" in r.stderr
    assert not (tmp_path / "bảng").exists()
