"""eval/build.py: the one build tool of the generated sets rebuilds each committed .docx
member for member (only the zip timestamps differ) and writes the committed gold."""
import importlib.util
import json
import zipfile
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _tool():
    spec = importlib.util.spec_from_file_location("eval_build", EVAL / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["corpus", "corpus2", "corpus3", "corpus4"])
def test_rebuilt_docx_and_gold_match_the_committed_ones(name, tmp_path):
    gen = _tool().GeneratedSet(name)
    stems = sorted(p.stem for p in gen.docs.glob("*.txt"))
    # one administrative document and, where the set has one, its news page
    picks = [s for s in stems if s not in gen.spec.NEWS][:1] + sorted(gen.spec.NEWS)[:1]
    for stem in picks:
        out = tmp_path / f"{stem}.docx"
        gen.build(stem, gen.read(gen.docs / f"{stem}.txt")).save(out)
        with zipfile.ZipFile(out) as new, zipfile.ZipFile(gen.docs / f"{stem}_docx.docx") as old:
            assert {i.filename: new.read(i) for i in new.infolist()} == \
                   {i.filename: old.read(i) for i in old.infolist()}
        committed = json.loads((gen.gold / f"{stem}.gold.json").read_text(encoding="utf-8"))
        assert committed == json.loads(json.dumps(gen.spec.ANNOTATIONS[stem]))
        assert gen.check(stem, gen.spec.ANNOTATIONS[stem]) == []
