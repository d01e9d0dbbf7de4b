"""speed35 (issue 17): a cold start's shortcuts, each shown to give what the slower reading gave.

- The exception reading (excepted.py) returns an ASCII text holding no exception's first word as it
  is, without its pattern: the pattern never changes such a text.
- The snapshot's checks count a level's types (described._every) instead of collecting them in a
  set: the same values pass and fail.
- The matcher's and the red-flag reader's stemmers keep no cache of their own: the same stems.
"""

from __future__ import annotations

import random
from array import array
from collections import Counter
from itertools import chain
from typing import Any

import pytest
import Stemmer
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import stem
from backcare.engine.safety import excepted
from backcare.engine.safety.reading import stem_words
from backcare.store import described
from backcare.store.described import Spec, dc, fs, fx, ls, opt, tp

DENIALS, EXCEPTIONS = excepted._words()
PIECES = [
    *DENIALS,
    *EXCEPTIONS,
    *(word.upper() for word in EXCEPTIONS),
    *(word.title() for word in DENIALS),
    "numbness",
    "round my bottom",
    "pain",
    "my left foot",
    "barely",
    "others",
    "saved",
    "aside",
    "except",
    ",",
    " ",
    "  ",
    "\t",
    "\n",
    "no  numbness",
    "other\tthan",
    "apart\nfrom",
]


def _always(text: str) -> str:
    """exceptions_told without the shortcut: the pattern over every text."""
    pattern = excepted._pattern()
    assert pattern is not None
    return pattern.sub(
        lambda found: (
            found.group(0)
            if excepted._owns(found.group("denial"), found.group("denied"))
            else found.group("denied")
        ),
        text,
    )


def test_the_exception_words_are_the_data_files() -> None:
    assert "except" in EXCEPTIONS and "apart from" in EXCEPTIONS and "no" in DENIALS
    leads = excepted._leads()
    assert leads is not None and set(leads) == {e.split()[0].lower() for e in EXCEPTIONS}


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.booleans())
def test_the_shortcut_changes_no_text(parts: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(parts)
    assert excepted.exceptions_told(text) == _always(text)


def test_the_shortcut_on_known_sentences() -> None:
    told = {
        "No numbness except round my bottom, is that ok?": "numbness round my bottom, is that ok?",
        "NO NUMBNESS EXCEPT ROUND MY BOTTOM": "NUMBNESS ROUND MY BOTTOM",
        "no pain apart  from my left foot": "pain my left foot",
        "stiff back after sitting": "stiff back after sitting",
        "no numbness but my back aches": "no numbness but my back aches",
    }
    for text, expected in told.items():
        assert excepted.exceptions_told(text) == _always(text) == expected, text


def test_a_text_that_is_not_ascii_is_always_read() -> None:
    """ "ſ" (long s) matches "s" case-insensitively: no ASCII test may skip such a text."""
    for text in ("no numbness aſide from my bottom", "no pain apart from my knée", "no ſore"):
        assert excepted._may_tell(text)
        assert excepted.exceptions_told(text) == _always(text)
    assert excepted.exceptions_told("no numbness aſide from my bottom") == "numbness my bottom"


def test_leads_are_no_condition_for_a_blank_or_non_ascii_exception(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for exceptions in (("except", " "), ("except", "ſave for"), ("",)):
        monkeypatch.setattr(excepted, "_words", lambda e=exceptions: (DENIALS, e))
        excepted._leads.cache_clear()
        assert excepted._leads() is None
        assert excepted._may_tell("stiff back")
    monkeypatch.setattr(excepted, "_words", lambda: (DENIALS, ()))
    excepted._leads.cache_clear()
    assert excepted._leads() == ()
    excepted._leads.cache_clear()


def _old_all(spec: Spec, values: list[Any]) -> bool:
    """described._all as it was (sets of the types)."""
    if not values:
        return True
    if spec is None:
        return set(map(type, values)) == {type(None)}
    if isinstance(spec, type):
        return set(map(type, values)) == {spec}
    kind = spec[0]
    if kind in described._CONTAINERS:
        return set(map(type, values)) == {described._CONTAINERS[kind]} and _old_all(
            spec[1],
            list(chain.from_iterable(values)),
        )
    if kind == "optional":
        return _old_all(spec[1], [v for v in values if v is not None])
    if kind == "fixed":
        size = len(spec[1])
        if set(map(type, values)) != {tuple} or set(map(len, values)) != {size}:
            return False
        return all(
            _old_all(s, list(column))
            for s, column in zip(spec[1], zip(*values, strict=True), strict=True)
        )
    if kind == "dict":
        return (
            set(map(type, values)) == {dict}
            and _old_all(spec[1], list(chain.from_iterable(values)))
            and _old_all(spec[2], list(chain.from_iterable(map(dict.values, values))))
        )
    return False


SPECS: list[Spec] = [
    str,
    int,
    None,
    tp(str),
    fs(str),
    ls(int),
    opt(str),
    fx(str, int),
    fx(tp(str), fs(int)),
    dc(str, int),
    dc(tp(str), ls(tp(str))),
    ls(fx(tp(str), int)),
]
ATOMS: list[object] = ["a", "", 0, 1, True, 1.0, None, b"x", ("a",), ("a", 1), (), [1], {"a": 1}]


def _value(rng: random.Random, spec: Spec, depth: int = 0) -> Any:
    """A value of the spec, now and then a wrong one somewhere inside."""
    if depth > 4 or rng.random() < 0.05:
        return rng.choice(ATOMS)
    if spec is None or isinstance(spec, type):
        if rng.random() < 0.1:
            return 2.5
        return None if spec is None else 3 if spec is int else "w"
    kind = spec[0]
    if kind in ("tuple", "list", "frozenset"):
        items = [_value(rng, spec[1], depth + 1) for _ in range(rng.randint(0, 3))]
        try:
            return {"tuple": tuple, "list": list, "frozenset": frozenset}[kind](items)
        except TypeError:  # an unhashable item in a frozenset
            return tuple(items)
    if kind == "optional":
        return None if rng.random() < 0.3 else _value(rng, spec[1], depth + 1)
    if kind == "fixed":
        items = [_value(rng, s, depth + 1) for s in spec[1]]
        return tuple(items[: rng.randint(0, len(items))] if rng.random() < 0.1 else items)
    if kind == "dict":
        found = {}
        for _ in range(rng.randint(0, 3)):
            key = _value(rng, spec[1], depth + 1)
            try:
                found[key] = _value(rng, spec[2], depth + 1)
            except TypeError:  # an unhashable key
                continue
        return found
    return None


def test_counted_types_pass_and_fail_what_sets_of_types_did() -> None:
    rng = random.Random(35)
    seen: Counter[bool] = Counter()
    for spec in SPECS:
        for _ in range(400):
            values = [_value(rng, spec) for _ in range(rng.randint(0, 5))]
            verdict = described._all(spec, values)
            assert verdict == _old_all(spec, values), (spec, values)
            seen[verdict] += 1
    assert seen[True] > 500 and seen[False] > 500  # both verdicts are tried


def test_the_snapshot_tables_still_pass() -> None:
    """The bundled tables, encoded as the snapshot writes them, pass the counted checks."""
    from backcare.engine.cues import load_cues
    from backcare.store.tablespec import CUES

    raw = described.encode(CUES, load_cues())
    decoded = described.decode(CUES, raw)
    assert decoded == load_cues()


def test_every_counts_types_and_lengths() -> None:
    assert described._every(str, iter([str, str]), 2)
    assert not described._every(str, iter([str, bytes]), 2)
    assert not described._every(str, iter([str]), 2)
    assert described._every(2, map(len, [(1, 2), "ab"]), 2)
    assert not described._every(2, map(len, [(1, 2), (1,)]), 2)
    assert not described._every(int, map(type, [True]), 1)  # bool is not int here either
    assert described._every("i", iter([array("i").typecode]), 1)


def test_the_matcher_stems_as_a_caching_stemmer_does() -> None:
    words = ["running", "backs", "sitting", "stiffness", "physiotherapist", "i'm", "Café", "x"]
    cached = Stemmer.Stemmer("english")
    for word in words:
        assert stem(word) == cached.stemWord(word.replace("'", ""))
    plain = [w.replace("'", "").lower() for w in words]
    assert stem_words(plain) == cached.stemWords(plain)  # the red-flag reader's
