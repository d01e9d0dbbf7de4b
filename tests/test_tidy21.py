"""tidy21: limits kept equal to the data by hand, now read from the data."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY


def test_an_event_bar_of_any_length_bars_the_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """topic_frame read an 'event_bars' phrase within the four words after the cue only (a LONGEST
    kept equal to the data by hand): a longer bar never matched, and the sign stayed framed."""
    question = "I cycle a lot, and by the end of the day both my legs are numb. Back aches."
    bars = SAFETY._frame_event_bars - {"of the day"}
    monkeypatch.setattr(SAFETY, "_frame_event_bars", bars)
    assert not SAFETY.check_rules(question)  # an event's sign: framed
    monkeypatch.setattr(SAFETY, "_frame_event_bars", bars | {"of the day both my legs"})
    assert [f.urgency for f in SAFETY.check_rules(question + " ")] == ["emergency"]


def test_only_a_yes_no_question_asks_by_a_verdict() -> None:
    """The yes/no reading of a verdict is verdict_place's alone (it was repeated by its callers,
    intent.cause_asked and cue_places.named_apart): "what is tea fine for" asks by no verdict."""
    from backcare.engine.cue_places import asks_yes_no, verdict_place
    from backcare.engine.cues import cues_from

    cues = cues_from({}, verdicts=["fine"], yes_no=["is"])
    assert verdict_place(cues, ("is", "tea", "fine", "for", "it"), ()) == 2
    assert verdict_place(cues, ("what", "tea", "fine", "for", "it"), ()) is None
    assert verdict_place(cues, ("is", "tea", "fine"), ()) == 2
    assert not asks_yes_no(cues, ("is", "fine")) and asks_yes_no(cues, ("is", "tea", "fine"))


def test_each_check_counts_its_own_typo_searches() -> None:
    """The typo corrector's count of prefixes searched for was the process's (a module list): a
    check made after another had searched PREFIX_SEARCHES prefixes tabled every prefix (~1.6 ms)
    for its first typo. Now the count is the check's, as its memos are."""
    from backcare.engine.analyze import stem
    from backcare.engine.safety import typos
    from backcare.engine.safety.detect import load_safety
    from backcare.engine.safety.reading import Token

    first, second = load_safety(), load_safety()
    for prefix in ("nu", "ti", "we", "bl")[: typos.PREFIX_SEARCHES + 1]:
        first._prefixed(prefix)
    assert first._by_prefix  # past PREFIX_SEARCHES: tabled
    word = "numbnessq"
    assert second._respelt(Token(word, stem(word), 0, 0, 0, None)) == ("numbness",)
    assert not second._by_prefix and second._typo_searches == {"prefix": 1}
    assert not any(isinstance(v, list) for k, v in vars(typos).items() if k.startswith("_"))
