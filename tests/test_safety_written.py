"""The red-flag check's reader of an author's text (detect.Safety.as_written): no typo correction,
memos of its own, the same verdicts as the check on text without typos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.answer import red_flags, rule_warnings
from backcare.engine.safety.detect import load_safety
from backcare.engine.safety.reading import tokenize

EVAL = Path(__file__).parent / "eval"
TYPO = "numbess in my groin and my legs are weak"  # "numbess": numbness, read only when corrected


def test_a_typo_is_read_through_by_the_check_and_as_written_by_the_authors_reader() -> None:
    safety = load_safety()
    corrected = {f.id for f in red_flags(TYPO, safety)}
    written = {f.id for f in red_flags(TYPO, safety, typos=False)}
    assert "cauda-equina-saddle" in corrected
    assert "cauda-equina-saddle" not in written
    assert safety.as_written() is safety.as_written()  # made once


@pytest.mark.parametrize("screening", [False, True])
def test_the_readers_memos_never_cross(screening: bool) -> None:
    """Both readers, interleaved on the same texts, in full and past their quick exits'
    thresholds: each gives what a fresh reader of its kind gives."""
    safety = load_safety()
    texts = [TYPO, "my legs are numbb and I wet myself", "stiff back after sitting"] * (
        12 if screening else 1
    )
    fresh_typos, fresh_written = load_safety(), load_safety().as_written()
    for text in texts:
        assert red_flags(text, safety) == red_flags(text, fresh_typos)
        assert red_flags(text, safety, typos=False) == red_flags(text, fresh_written)
        assert rule_warnings(text, safety, typos=False) == rule_warnings(text, fresh_written)
        assert rule_warnings(text, safety) == rule_warnings(text, fresh_typos)


def test_without_a_typo_the_readers_agree() -> None:
    """On every labelled red-flag question whose words need no correction (no word the check
    respells), the author's reader raises exactly the check's flags and pointer."""
    safety = load_safety()
    written = safety.as_written()
    compared = 0
    for path in sorted(EVAL.glob("red_flags*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line).get("q")
            if not isinstance(text, str):
                continue
            raw = tokenize(text, safety._breakers, safety._joiners, safety._openers)
            if any(safety._correct(t) != written._correct(t) for t in raw):
                continue  # a word the check respells
            assert red_flags(text, safety) == red_flags(text, written), text
            assert rule_warnings(text, safety) == rule_warnings(text, written), text
            compared += 1
    assert compared > 500


def test_a_technical_word_is_no_typo_of_a_sign_in_an_authors_answer() -> None:
    """The sed FAQ's limits answer ("sed", "ssed") was read with typo correction as "sled" (an
    accident): an emergency-answer warning about a page on a text editor. Read as written: none."""
    from backcare.packs.load import load_pack
    from backcare.packs.undercut import undercutting_answers

    pack = load_pack(str(EVAL / "sed_faq.json"))
    assert "sed-6-6" in pack.by_id  # the answer the old reading warned about
    # (the check read as the author's typo-corrected words no longer raises an emergency here
    # either since the twentieth session's red-flag changes; the answer must still not be listed)
    assert "sed-6-6" not in {entry_id for entry_id, _ in undercutting_answers(pack)}
