"""khparse.nlp: underthesea is imported only when a span needs tags, once per process,
memoized, and can be switched off (KHPARSE_NO_NLP=1) — khparse then keeps its regex answers."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khparse import nlp

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _run(code: str, **env) -> str:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={**os.environ, **env}, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_cli_and_bodies_import_no_underthesea():
    out = _run("import sys, khparse.cli, khparse.extract.bodies, khparse.pipeline, khparse.nlp; "
               "print([m for m in sys.modules if m.startswith('underthesea')])")
    assert out == "[]"


def test_a_document_without_unsure_names_never_loads_the_tagger():
    # the dev sample's names all end at a capital, a scope or a known verb: no tags needed
    out = _run("import sys; from khparse import pipeline; "
               f"p = pipeline.parse({str(SAMPLES / 'seed002.txt')!r}); "
               "print(len(p.bodies) > 0, 'underthesea' in sys.modules)")
    assert out == "True False"


def test_pos_tags_a_span_once_per_process():
    nlp.set_enabled(True)
    try:
        span = "Sở LĐTB&XH đề nghị Công an thành phố tích cực chỉ đạo các cơ quan chuyên môn"
        first = nlp.pos_tag(span)
        assert first[:4] == (("Sở", "N"), ("LĐTB&XH", "Np"), ("đề nghị", "V"), ("Công an", "N"))
        tagger, calls = nlp._tagger(), nlp._STATE["calls"]
        assert nlp.pos_tag(span) is first             # memoized
        assert nlp._STATE["calls"] == calls
        nlp.pos_tag("Ban Quản lý các khu công nghiệp tỉnh phối hợp")
        assert nlp._tagger() is tagger                 # the model is loaded once
        assert nlp.loaded()
    finally:
        nlp.set_enabled(None)


def test_switched_off_by_flag_and_environment():
    nlp.set_enabled(False)
    try:
        assert nlp.pos_tag("Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu") is None
    finally:
        nlp.set_enabled(None)
    out = _run("import sys; from khparse import nlp; "
               "print(nlp.pos_tag('Chi cục Kiểm lâm tuần tra rừng'), 'underthesea' in sys.modules)",
               KHPARSE_NO_NLP="1")
    assert out == "None False"


@pytest.mark.parametrize("value", ["1", "yes"])
def test_environment_values_that_disable(value, monkeypatch):
    monkeypatch.setenv("KHPARSE_NO_NLP", value)
    assert not nlp.enabled()
    monkeypatch.setenv("KHPARSE_NO_NLP", "")
    assert nlp.enabled()
