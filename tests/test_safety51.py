"""safety51 (issue #12): the learned check trains on passages of long messages read as the
product reads them (Safety.passages, tools/redflag_passages.py)."""

from __future__ import annotations

from backcare.engine.safety import load_safety
from backcare.engine.safety.net import windows
from tools.redflag_long import HISTORY
from tools.redflag_passages import flatten

STORY = " ".join(HISTORY[:3])
SIGN = "Since Tuesday I can't feel my bum when I wipe and my legs are weak."


def test_passages_are_the_windows_the_check_reads() -> None:
    safety = load_safety()
    text = f"{STORY} {SIGN}"
    tokens = safety.read(text)[0]
    assert len(tokens) > 200
    passages = safety.passages(text)
    assert [(p.start, p.stop) for p, _, _ in passages] == windows(tokens)


def test_only_the_passages_with_the_sign_name_one() -> None:
    safety = load_safety()
    text = f"{STORY} {SIGN}"
    tokens = safety.read(text)[0]
    start = len(safety.read(STORY)[0])
    assert len(tokens) > 200
    holding = [sign for span, _, sign in safety.passages(text) if span.start >= start]
    assert holding and all(holding)


def test_flatten_drops_punctuation_keeps_apostrophes() -> None:
    assert flatten("I can't pee. Help!") == "i can't pee help"
