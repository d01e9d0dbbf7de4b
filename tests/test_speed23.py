"""Work a single ask no longer pays (speed23, issue 17): the run-on sentence pattern built only for
a text that may hold a run-on sentence, and a typo's vocabulary words of one prefix searched for
instead of the table of every prefix. Both give what they gave before, tested against the forms
they replaced."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import stem
from backcare.engine.safety import load_safety, typos
from backcare.engine.safety.reading import Token
from backcare.engine.safety.run_on import _ended, _pattern, read_run_on
from backcare.resources import read_json

EVAL = Path(__file__).parent / "eval"


def _eval_questions() -> Iterator[str]:
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                question = json.loads(line).get("q")
                if isinstance(question, str):
                    yield question


def _as_before(text: str) -> str:
    """read_run_on as it was: the pattern tried on every text."""
    return _pattern().sub(_ended, text)


# -- the run-on pattern ----------------------------------------------------------------------


def test_every_run_on_word_is_written_so_the_quick_exit_sees_it() -> None:
    """The quick exit looks for a capital letter after a space and before a letter a-z, or a
    comma: exact while every word is two or more letters a-z (so "Also", "Is" capitalised). A
    word such as "I", "é" or "3d" added to the list needs the exit widened first."""
    run_on = read_json("safety_vocabulary.json")["run_on"]
    assert run_on["words"]
    for word in run_on["words"]:
        assert re.fullmatch(r"[a-z]{2,}", word), word


def test_a_question_with_no_comma_or_capital_after_a_space_builds_no_pattern() -> None:
    """Reading safety_vocabulary.json and compiling the pattern cost ~2.5 ms of a cold ask."""
    _pattern.cache_clear()
    for text in (
        "stiff back after sitting",
        "Stiff back after sitting?",
        "How do I lift a box",
        "my back\nThe pain is bad",
        "ALSO IS IT BAD",
    ):
        assert read_run_on(text) == text
    assert _pattern.cache_info().misses == 0


@pytest.mark.parametrize(
    "text",
    [
        "i will finish myself Also, is heat better?",
        "took them all The weather was mild",
        "i dont want to live also, is heat better",
        "better if i am gone\tThanks for reading",
        "better if i am gone\u00a0Should I use ice",
        "I watched The Fall last night",
        "i took them also",
        "it hurts ALSO, is heat ok",
    ],
)
def test_texts_that_may_run_on_read_as_before(text: str) -> None:
    assert read_run_on(text) == _as_before(text)


def test_every_eval_question_reads_as_before() -> None:
    questions = list(_eval_questions())
    assert len(questions) > 10_000
    for question in questions:
        assert read_run_on(question) == _as_before(question), question


_RUN_ON_WORDS = ["Also", "also", "The", "Is", "IS", "Thanks", "thanks", "I", "Tell", "ok", "Ok"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_RUN_ON_WORDS),
            st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", ",", ", ", ".", "?", "'"]),
            st.text(alphabet="abcXYZéÉ'", min_size=1, max_size=6),
        ),
        max_size=12,
    )
)
def test_any_text_reads_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert read_run_on(text) == _as_before(text)


# -- a typo's vocabulary words by prefix ------------------------------------------------------


def _table(targets: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The table of every prefix, as _prefixed makes it."""
    table: dict[str, list[str]] = {}
    for w in sorted(targets):
        if len(w) >= typos.TYPO_MIN_LENGTH - 1:
            table.setdefault(w[: typos.TYPO_PREFIX], []).append(w)
    return {p: tuple(words) for p, words in table.items()}


def test_a_prefix_searched_for_gives_the_tables_words(monkeypatch: pytest.MonkeyPatch) -> None:
    safety = load_safety()
    table = _table(safety._typo_targets)
    monkeypatch.setattr(typos, "PREFIX_SEARCHES", 10**6)
    for prefix in [*sorted(table), "zq", "é", "ab"]:
        assert safety._prefixed(prefix) == table.get(prefix, ()), prefix
    assert not safety._by_prefix  # searched for, no table made


def test_a_single_typo_searches_and_a_batch_makes_the_table() -> None:
    """One typo costs one search (~0.4 ms) instead of sorting ~5,600 words into the table
    (~1.6 ms); past PREFIX_SEARCHES searches the table is made, as before."""
    safety = load_safety()  # a check of its own: its own count of searches
    word = "numbnessq"  # no letters doubled or swapped reach a vocabulary word: by prefix
    assert safety._respelt(Token(word, stem(word), 0, 0, 0, None)) == ("numbness",)
    assert safety._typo_searches == {"prefix": 1}
    assert not safety._by_prefix
    for word in ("numbness", "tingling", "weakness", "bladder"):
        safety._prefixed(word[: typos.TYPO_PREFIX])
    assert safety._by_prefix == _table(safety._typo_targets)


# -- common English words by bisection ---------------------------------------------------------


def test_the_english_word_file_is_sorted_ascii_one_word_a_line() -> None:
    """What SortedWords' bisection needs: '#' comment lines first, then ASCII words (no spaces,
    no '#', no CR, none empty) in byte order, each once."""
    data = (Path(__file__).parent.parent / "data" / "english_words.txt").read_bytes()
    assert data.isascii()
    lines = data.split(b"\n")
    assert lines[-1] == b""  # ends with a line break
    words = lines[lines.index(next(w for w in lines if not w.startswith(b"#"))) : -1]
    assert len(words) > 30_000
    assert all(re.fullmatch(rb"[^\s#]+", w) for w in words)
    assert words == sorted(set(words))


def _listed(text: str) -> frozenset[str]:
    """The words a one-word-a-line text lists: its lines but comments and empty ones."""
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


def _probes(words: list[str]) -> list[str]:
    odd = ["", "#", "# Common English words", "a", "A", " a", "a ", "é", "caf\udcff", "\r"]
    odd += ["back\nstiff", "sit\r", "zzzzz", "~", "!", words[0], words[-1], words[0][:-1]]
    return [*words, *(w + "s" for w in words[::7]), *(w[:-1] for w in words[::5]), *odd]


@pytest.mark.parametrize("searches", [10**9, 1])
def test_common_words_answer_as_the_text_search_did(
    monkeypatch: pytest.MonkeyPatch, searches: int
) -> None:
    from backcare.engine.analyze import SortedWords
    from backcare.resources import read_bytes, read_text

    text = read_text("english_words.txt")
    monkeypatch.setattr(SortedWords, "SEARCHES", searches)  # bisection throughout; a set at once
    bisected, listed = SortedWords(read_bytes("english_words.txt")), _listed(text)
    for word in _probes(text.split("\n")):
        assert (word in bisected) == (word in listed), repr(word)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abcde", min_size=1, max_size=4), max_size=30), st.text("abcde#"))
def test_any_sorted_word_list_bisects_as_searched(words: list[str], word: str) -> None:
    from backcare.engine.analyze import SortedWords

    text = "# a comment\n#\n" + "".join(w + "\n" for w in sorted(set(words)))
    bisected = SortedWords(text.encode())
    assert bisected._bisect(word.encode()) == (word in _listed(text))
    for known in words:
        assert bisected._bisect(known.encode())


# -- data files read once ----------------------------------------------------------------------


def test_intents_json_is_parsed_once_for_the_matchers_readers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import backcare.resources as resources
    from backcare.engine import intent, tried

    parsed: list[str] = []
    original = resources.read_json

    def counting(name: str) -> object:
        parsed.append(name)
        return original(name)

    monkeypatch.setattr(resources, "read_json", counting)
    resources.read_shared_json.cache_clear()
    try:
        assert intent.load_problem_kinds()
        assert tried.load_tried().cues
    finally:
        resources.read_shared_json.cache_clear()
    assert parsed.count("intents.json") == 1


def test_the_package_folder_is_resolved_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import backcare.resources as resources

    resolved: list[str] = []
    original = os.path.realpath

    def counting(path: str) -> str:
        resolved.append(path)
        return original(path)

    resources._package_folder.cache_clear()
    monkeypatch.setattr(os.path, "realpath", counting)
    names = ("faq.json", "intents.json", "english_words.txt", "stopwords.txt")
    assert all(Path(resources.data_file(name)).is_file() for name in names)
    assert len(resolved) == 1
