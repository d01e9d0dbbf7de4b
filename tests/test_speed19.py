"""The learned check's bound (Net.sums_may_raise) with each class's exponentials worked out once a
call (speed19): the same answer, bit for bit, as the tier-by-tier sums it replaced, thresholds
read when called (a caller may set them)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import load_safety
from backcare.engine.safety.flags import URGENCIES
from backcare.engine.safety.net import BOUND_MARGIN, CLASSES, Net


@pytest.fixture(scope="module")
def net() -> Net:
    return load_safety()._learned_net()


def reference(net: Net, sums: list[int], spread: tuple[list[int], list[int]]) -> bool:
    """The bound as written before speed19: each tier's exponentials summed apart."""
    most, least = spread
    high: list[float] = []
    low: list[float] = []
    for c, base in enumerate(sums):
        up = net._bias[c] + net._scale[c] * (base + most[c])
        down = net._bias[c] + net._scale[c] * (base + least[c])
        high.append(max(up, down))
        low.append(min(up, down))
    top = max(high)
    for tier in URGENCIES:
        at = CLASSES.index(tier)
        above = sum(math.exp(x - top) for x in high[at:])
        below = sum(math.exp(x - top) for x in low[:at])
        if above / (above + below) >= net.thresholds[tier] - BOUND_MARGIN:
            return True
    return False


CLASS_INTS = st.lists(st.integers(-3000, 3000), min_size=len(CLASSES), max_size=len(CLASSES))


@settings(max_examples=400, deadline=None)
@given(sums=CLASS_INTS, most=CLASS_INTS, least=CLASS_INTS)
def test_the_bound_is_the_tier_by_tier_sums(
    net: Net, sums: list[int], most: list[int], least: list[int]
) -> None:
    positive = [abs(m) for m in most]
    negative = [-abs(m) for m in least]
    assert net.sums_may_raise(sums, (positive, negative)) == reference(
        net, sums, (positive, negative)
    )


def test_the_bound_reads_the_thresholds_when_called(net: Net) -> None:
    """A threshold set after loading (as tools and tests do) is the one the bound uses."""
    saved = net.thresholds
    try:
        sums, spread = [0] * len(CLASSES), ([0] * len(CLASSES), [0] * len(CLASSES))
        net.thresholds = dict.fromkeys(URGENCIES, 2.0)  # no probability reaches it
        assert not net.sums_may_raise(sums, spread)
        net.thresholds = dict.fromkeys(URGENCIES, 0.0)  # every probability does
        assert net.sums_may_raise(sums, spread)
    finally:
        net.thresholds = saved
