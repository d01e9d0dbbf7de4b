"""speed47's cheaper ways of doing the red-flag check's and the JSON view's work read the same as
the plain ways they replaced (issue 17): the region codes kept with the data they were read from
(flags._codes), the phrase index's memo of the phrases a word may start keyed by the token's own
fields and bounded (reading.PhraseIndex.starting_with), and the rules a question's concepts may
fire looked up by each combination's least concept (rule_check.RuleCheck._candidates)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import backcare.engine.safety.flags as flags
import backcare.engine.safety.reading as reading
from backcare.engine.safety import action_text, load_safety, region_codes, resolve_region
from backcare.engine.safety.detect import Safety
from backcare.engine.safety.reading import Token

EVAL = Path(__file__).resolve().parent / "eval"

# messages of my own (none copied from tests/eval), calm ones and real signs, with typos and
# numbers, so the memo sees alternatives, numbers and prefixes
OWN = [
    "my lower back has ached since I moved house last week",
    "cant feel my bum properly when I wipe and my legs feel weak",
    "both legs went numb this morning and I havent peed since yesterday",
    "is it normal for a stiff back to last 3 weeks after gardening",
    "temp of 39.2 and my spine is agony after the epidural",
    "I lost control of my bowels today, back pain is 9/10",
    "no numbness, no bladder trouble, just a sore back from the gym",
    "my dad fell off a ladder from about 2 metres and his back hurts",
    "tingling in both feet and my back is on fire",
    "what stretches help sciatica when sitting at a desk",
]


def _safety() -> Safety:
    return load_safety()


FRESH = load_safety()  # an index that reads each word once only, for comparison


def test_region_codes_is_a_copy_the_caller_may_change() -> None:
    codes = region_codes()
    codes.clear()
    assert region_codes(), "the kept table was handed out and emptied"
    assert resolve_region("gb") == "UK"


def test_region_codes_follow_the_data_they_were_read_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = flags.emergency_numbers()
    other = {**base, "aliases": {"ZZ": "UK"}}
    assert resolve_region("zz") is None
    monkeypatch.setattr(flags, "emergency_numbers", lambda: other)
    assert resolve_region("zz") == "UK"  # read from the other data, not the kept table
    assert resolve_region("gb") is None  # the other data has no GB alias
    monkeypatch.setattr(flags, "emergency_numbers", lambda: base)
    assert resolve_region("zz") is None
    assert len(flags._CODES) == 1  # one table kept: bounded


def test_every_region_and_alias_resolves_as_the_table_built_afresh_says() -> None:
    data = flags.emergency_numbers()
    fresh = {code: code for code in data["regions"]}
    fresh.update((str(a).upper(), str(c)) for a, c in data.get("aliases", {}).items())
    for code, region in fresh.items():
        for asked in (code, code.lower(), f" {code} "):
            assert resolve_region(asked) == region
            # twice: the second from the kept table
            assert action_text("emergency", asked) == action_text("emergency", region)
    assert resolve_region("nowhere") is None


def _tokens_of(safety: Safety, text: str) -> list[Token]:
    return safety.read(text)[0]


def test_starting_with_reads_as_a_fresh_index_and_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bound = 8
    monkeypatch.setattr(reading, "SAFETY_WORD_MEMO", bound)
    safety = _safety()
    index = safety._index
    for text in OWN * 2:  # each message twice: the second read from the memo
        tokens = _tokens_of(safety, text)
        for token in tokens:
            got = index.starting_with(token)
            assert len(index._starts) <= bound
            # the same phrases, in the same order, as an index that never read a word before
            # (the masks' bits are given as phrases are met, so each index's own are checked)
            fresh = FRESH._index.starting_with(token)
            assert [p for p, _ in got] == [p for p, _ in fresh]
            assert all(mask == index._needs_mask(index.phrase(n).needs) for n, mask in got)
        assert index.find(tokens, safety._fillers) == index.find(tokens, safety._fillers)


def test_tokens_differing_only_in_alternatives_or_number_get_their_own_phrases() -> None:
    index = _safety()._index
    plain = Token("fel", "fel", 0, 0, 0, None)
    typo = plain._replace(alt=("feel", "fell"))
    assert index.starting_with(plain) is not index.starting_with(typo)
    six = Token("six", "six", 0, 0, 0, 6.0)
    word = six._replace(number=None)
    assert index.starting_with(six) is not index.starting_with(word)


def _concept_sets(safety: Safety) -> list[set[str]]:
    concepts = sorted({c for combo, _ in safety._combos for c in combo})
    rng = random.Random(47)
    sets: list[set[str]] = [set(), set(concepts)]
    for combo, _ in safety._combos:
        sets.append(set(combo))  # exactly a combination
        sets.append(set(combo) - {min(combo)})  # one short
        sets.append(set(combo) | set(rng.sample(concepts, 3)))
    sets += [set(rng.sample(concepts, rng.randint(1, 12))) for _ in range(500)]
    return sets


def test_candidates_are_every_rule_a_combination_of_which_is_held() -> None:
    safety = _safety()
    for present in _concept_sets(safety):
        keys = dict.fromkeys(present).keys()  # as _fired passes them
        expected = {n for combo, n in safety._combos if combo <= keys}
        assert safety._candidates(keys) == expected
        assert safety._candidates(keys) == expected  # again, from the built table


def test_written_copy_shares_the_combination_table() -> None:
    safety = _safety()
    safety._candidates(dict.fromkeys(["x"]).keys())
    written = safety.as_written()
    assert written._combos_at is safety._combos_at


def _labelled_messages() -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(EVAL.glob("red_flags*.jsonl"))[:3]:
        for line in path.read_text(encoding="utf-8").splitlines()[:60]:
            q = json.loads(line).get("q") if line.strip() else None
            if isinstance(q, str):
                found[q] = None
    return list(found)


def test_the_check_says_the_same_twice_in_a_row_and_after_other_messages() -> None:
    safety = _safety()
    messages = OWN + _labelled_messages()
    first = [safety.check(m) for m in messages]
    again = [safety.check(m) for m in messages]
    twice = [(safety.check(m), safety.check(m)) for m in messages]
    assert first == again
    assert all(a == b == f for (a, b), f in zip(twice, first, strict=True))
