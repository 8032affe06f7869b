"""khparse.span_index: each index answers exactly what the scan it replaced answered, in the same
order, for any spans (empty, inverted, overlapping, nested, duplicated) and any offsets."""
from hypothesis import given, settings
from hypothesis import strategies as st

from khparse.span_index import ByOffset, Cover, Inside, Overlaps, SpanSet, Stabbing

offset = st.integers(-3, 60)
span = st.tuples(offset, offset)
spans = st.lists(span, max_size=25)


@given(spans, st.lists(offset, max_size=30))
def test_cover_is_any_span_containing_the_offset(ss, offsets):
    cover = Cover(ss)
    for o in offsets:
        assert (o in cover) == any(a <= o < b for a, b in ss)


@given(st.lists(st.tuples(st.booleans(), span), max_size=60))
def test_span_set_overlaps_as_the_scan_did_while_it_grows(ops):
    grown, plain = SpanSet(), []
    for add, (s, e) in ops:
        if add:
            grown.add(s, e)
            plain.append((s, e))
        else:
            assert grown.overlaps(s, e) == any(s < b and a < e for a, b in plain)


@given(st.lists(offset, max_size=40), st.lists(st.tuples(offset, offset), max_size=20))
def test_by_offset_between_keeps_the_items_order(keys, queries):
    items = [(k, i) for i, k in enumerate(keys)]   # distinct items, duplicate keys
    index = ByOffset(items, key=lambda x: x[0])
    for a, b in queries:
        assert index.between(a, b) == [x for x in items if a <= x[0] < b]


@given(st.lists(st.tuples(span, st.integers(1, 4)), max_size=25), st.lists(offset, max_size=30))
def test_stabbing_is_the_filtered_chain_sorted_by_rank(items, offsets):
    index = Stabbing(items, span=lambda x: x[0], rank=lambda x: x[1])
    for o in offsets:
        expected = sorted((x for x in items if x[0][0] <= o < x[0][1]), key=lambda x: x[1])
        assert [id(x) for x in index.at(o)] == [id(x) for x in expected]


@given(spans, st.lists(st.tuples(offset, offset), max_size=20))
def test_inside_is_every_span_within_in_order(ss, queries):
    items = [list(s) for s in ss]
    index = Inside(items, span=lambda x: x)
    for s, e in queries:
        assert [id(x) for x in index.inside(s, e)] == \
            [id(x) for x in items if s <= x[0] and x[1] <= e]


@settings(max_examples=30)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 30)), min_size=1, max_size=12),
       st.lists(offset, max_size=20))
def test_stabbing_on_a_section_tree_gives_the_chain_of_ancestors(shape, offsets):
    """Nested spans as the sectioner makes them: each stretch holds one chain, outermost first."""
    tree, pos = [], 0
    for depth, length in shape:
        for level in range(1, depth + 2):
            tree.append(((pos, pos + length * (depth + 2 - level)), level))
        pos += length
    index = Stabbing(tree, span=lambda x: x[0], rank=lambda x: x[1])
    for o in offsets:
        chain = index.at(o)
        assert [lv for _, lv in chain] == sorted(lv for _, lv in chain)
        assert chain == sorted((x for x in tree if x[0][0] <= o < x[0][1]), key=lambda x: x[1])


@given(st.lists(st.tuples(st.booleans(), span), max_size=60))
def test_cover_answers_as_the_scan_did_while_it_grows(ops):
    grown, plain = Cover(), []
    for add, (a, b) in ops:
        if add:
            grown.add(a, b)
            plain.append((a, b))
        else:
            assert (a in grown) == any(x <= a < y for x, y in plain)


@given(spans, st.lists(st.tuples(offset, offset), max_size=20))
def test_overlaps_of_fixed_spans_of_any_length(ss, queries):
    index = Overlaps(ss)
    for s, e in queries:
        assert index.overlaps(s, e) == any(s < b and a < e for a, b in ss)


@given(st.lists(offset, max_size=40), st.lists(offset, max_size=20))
def test_by_offset_first_from_is_min_with_the_earliest_on_a_tie(keys, starts):
    items = [(k, i) for i, k in enumerate(keys)]
    index = ByOffset(items, key=lambda x: x[0])
    for a in starts:
        later = [x for x in items if x[0] >= a]
        assert index.first_from(a) == (min(later, key=lambda x: x[0]) if later else None)
