"""Cold-start work a plain question no longer pays (speed31, issue 17): the search-word patterns
compiled only for a text that may hold a site or a wake word, and a phrase word of plain ASCII
options compiled in one step. Both give what they gave before, tested against the forms they
replaced."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine import search_words
from backcare.engine.safety import load_safety
from backcare.engine.safety.reading import _alternative, options_one_by_one

EVAL = Path(__file__).parent / "eval"


def _eval_questions() -> Iterator[str]:
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                question = json.loads(line).get("q")
                if isinstance(question, str):
                    yield question


def _matched(text: str) -> bool:
    sites, wakes = search_words._patterns()
    return any(p is not None and p.search(text) is not None for p in (sites, wakes))


# -- the search-word patterns ------------------------------------------------------------------


def test_every_eval_question_a_pattern_matches_may_hold_one() -> None:
    skipped = 0
    for question in _eval_questions():
        if not search_words._may_hold(question):
            assert not _matched(question), question
            skipped += 1
    assert skipped > 1000  # most questions compile no pattern


def _forms_words() -> list[str]:
    sites, wakes = search_words._forms()
    return [w for form in sites + wakes for w in form.split()]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(_forms_words()),
                st.sampled_from(["back", "Pain", "NHS", "OK", "Siri", "x2", "7", ""]),
                st.text(alphabet="abcnhsyt_-. '?!0", max_size=4),
            ),
            st.sampled_from(["", " ", "_", "-", ". ", "__", "'", "\t"]),
        ),
        max_size=7,
    )
)
def test_a_text_either_pattern_matches_may_hold_one(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    for variant in (text, text.upper(), text.title()):
        assert search_words._may_hold(variant) or not _matched(variant), variant


def test_a_question_with_a_site_or_wake_word_is_still_read() -> None:
    known = frozenset[str]().__contains__
    assert search_words.unsearched("tight back muscles relief nhs", known) == (
        "tight back muscles relief"
    )
    assert search_words.unsearched("OK Google, what helps back pain", known).startswith("what")
    assert search_words.unsearched("what helps back pain at night", known) == (
        "what helps back pain at night"
    )


# -- a phrase word's options -------------------------------------------------------------------


def test_every_phrase_word_compilesoptions_one_by_one() -> None:
    index = load_safety()._index
    words = {w for _, text in index._texts for w in text.split() if w not in ("...", "$")}
    assert len(words) > 1000
    for word in words:
        assert _alternative(word, index._classes) == options_one_by_one(word, index._classes), word


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abcXYZ'|09 -é", min_size=1, max_size=14))
def test_any_plain_word_compilesoptions_one_by_one(word: str) -> None:
    assert _alternative(word, {}) == options_one_by_one(word, {})


# -- patterns compiled only for a text that may hold what they match ---------------------------


def test_the_checklist_marks_need_a_needle_in_the_lower_case() -> None:
    """Every character that one of _MARKS' letters (in "n/a", "x", "no", "na") or symbols
    matches under IGNORECASE holds that letter or symbol in its lower case, over all of Unicode:
    so a text whose lower case holds none of _MARK_NEEDLES cannot match."""
    import re

    from backcare.engine.safety import checklist

    singles = [n for n in checklist._MARK_NEEDLES if len(n) == 1] + ["n", "a", "o"]
    patterns = [(n, re.compile("(?i)" + re.escape(n))) for n in singles]
    every = "".join(map(chr, range(0x110000)))
    for needle, pattern in patterns:
        for c in pattern.findall(every):
            assert needle in c.lower(), (hex(ord(c)), needle)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="nNaAxX0:?/[ -–☐☑✗✓\tnoyes,.İı", max_size=12))
def test_a_text_the_marks_match_may_hold_one(text: str) -> None:
    from backcare.engine.safety import checklist

    assert checklist._may_mark(text) or checklist._MARKS.search(text) is None


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="mMiIneENİı _-.'", max_size=10))
def test_read_mine_reads_what_it_read(text: str) -> None:
    from backcare.engine.safety import mine

    if mine._MINE.search(text) is not None:
        assert not (text.isascii() and "mine" not in text.lower())


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab K . _-\t1éI", max_size=14))
def test_spelled_out_letters_may_be_spelled(text: str) -> None:
    from backcare.engine import obfuscations

    if obfuscations._SPELLED.search(text) is not None:
        assert obfuscations._may_spell(text), text
