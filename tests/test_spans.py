"""Provenance: every span in every Plan of every sample points at its item's text."""
import pytest

import khparse
from khparse.normalize import fold

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

DOCS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))


def walk(node, path="plan"):
    """Yield (path, dict) for every object in the Plan that carries a span."""
    if isinstance(node, dict):
        if "span" in node and node["span"] is not None:
            yield path, node
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")


@pytest.fixture(scope="module", params=DOCS, ids=lambda p: p.name)
def parsed(request):
    doc = khparse.read(request.param)
    return doc, khparse.parse_document(doc)


def test_samples_exist():
    assert len(DOCS) >= 11


def test_every_item_span_points_at_its_text(parsed):
    doc, plan = parsed
    text = doc.text
    data = plan.model_dump()
    checked = 0
    for path, item in walk(data):
        a, b = item["span"]
        assert 0 <= a <= b <= len(text), path
        expected = item.get("text", item.get("heading"))
        if expected is not None:
            assert text[a:b] == expected, f"{path}: {text[a:b]!r} != {expected!r}"
            checked += 1
        if "body_span" in item:
            s, e = item["body_span"]
            assert s <= a and b <= e <= len(text), path
    assert checked or not (plan.sections or plan.tasks or plan.references)


def test_body_mentions_point_at_a_printed_form(parsed):
    doc, plan = parsed
    for body in plan.bodies:
        forms = {fold(n) for n in [body.name, *body.aliases]}
        for a, b in body.mentions:
            assert 0 <= a < b <= len(doc.text)
            assert fold(doc.text[a:b]) in forms, (body.name, doc.text[a:b])


def test_document_field_spans_are_in_bounds(parsed):
    doc, plan = parsed
    for field, (a, b) in plan.document.spans.items():
        assert 0 <= a < b <= len(doc.text), field
