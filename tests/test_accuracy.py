"""Accuracy floors: every evaluation set in eval/ keeps the overall F1 recorded in eval/floors.json.

A regression on real or generated documents fails CI here; the sets and the scorer are in the
repository, so this needs nothing outside it.
"""
import importlib.util
import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
FLOORS = {k: v for k, v in json.loads((EVAL / "floors.json").read_text()).items()
          if not k.startswith("_")}


def _runner():
    spec = importlib.util.spec_from_file_location("eval_run", EVAL / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_keeps_its_floor(name):
    report = _runner().evaluate(name)
    assert report["overall"] + 1e-9 >= FLOORS[name], (
        f"{name}: overall F1 {report['overall']:.3f} fell below its floor {FLOORS[name]:.3f}; "
        f"per field: { {f: v['f1'] for f, v in report['fields'].items()} }")


def test_every_set_has_a_floor():
    have = {p.parent.name for p in EVAL.glob("*/gold") if any(p.glob("*.gold.json"))}
    assert have <= set(FLOORS), f"sets with gold but no floor: {sorted(have - set(FLOORS))}"
