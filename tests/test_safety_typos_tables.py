"""The typo corrector's batch tables (typos.py) give what the per-word searches they replace gave."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import typos
from backcare.engine.safety.detect import load_safety


def test_the_uses_table_counts_what_the_search_counts() -> None:
    safety = load_safety()
    table = typos._use_counts(safety._joined)
    for word in sorted(safety._typo_targets):
        pattern = rf"(?:^|(?<=[ |]))=?{re.escape(word)}(?=$|[ |])"
        assert table[word] == len(re.findall(pattern, safety._joined)), word


def test_the_prefix_table_holds_what_a_scan_of_the_vocabulary_finds() -> None:
    safety = load_safety()
    # the prefixes _respelt asks: a word's first TYPO_PREFIX letters (its words have more)
    prefixes = {w[: typos.TYPO_PREFIX] for w in safety._typo_targets if len(w) > 1}
    prefixes |= {"zq", "бо", "é1"}
    for prefix in sorted(prefixes):
        scanned = tuple(
            sorted(
                w
                for w in safety._typo_targets
                if w.startswith(prefix) and len(w) >= typos.TYPO_MIN_LENGTH - 1
            )
        )
        assert safety._prefixed(prefix) == scanned, prefix


@settings(max_examples=300, deadline=None)
@given(st.text("abcdeilmnoprst", min_size=1, max_size=12), st.text("abcdeilmnoprst", max_size=12))
def test_the_letter_bound_is_the_counters_bound(a: str, b: str) -> None:
    allowed = (100 - typos.TYPO_CUTOFF) * (len(a) + len(b)) / 100
    ca, cb = Counter(a), Counter(b)
    missing = sum(((ca - cb) + (cb - ca)).values())
    expected = abs(len(a) - len(b)) <= allowed and missing <= allowed
    assert typos._may_be_close(a, Counter(a), b) == expected
