"""speed36 (issue 17): what a validate computes, counted, so that it cannot grow unseen; and the
common-word lookup of runs typed without spaces (escapes.known_words) without a 40,000-word set.

validate of the bundled pack measured 1.47G instructions on 2026-12-06 against 389M two days
before: the first figure was a first validate (nothing kept), the second a repeated one (every
verdict and ranking kept, store/verdicts.py). Counting what each computes tells a real
regression (a text read twice, a ranking per pair of entries) from such a change of method."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.cli import entry
from backcare.engine import answer, escapes, prebuilt
from backcare.packs import validate
from backcare.resources import data_file, read_shared_json, read_text
from backcare.store import snapshot, verdicts


def _known_words_as_before() -> frozenset[str]:
    """escapes.known_words as it was built before speed36 (a set of every word of the list)."""
    words = set(read_text("english_words.txt").split())
    vocabulary = read_shared_json("safety_vocabulary.json")
    for concept in vocabulary["concepts"].values():
        for phrase in concept.get("phrases", ()):
            for word in re.split(r"[ |]", phrase):
                if word.isalpha():
                    words.add(word.lower())
    return frozenset(w for w in words if len(w) >= 2)


BEFORE = _known_words_as_before()


def test_every_word_known_before_is_known() -> None:
    known = escapes.known_words()
    assert [w for w in sorted(BEFORE) if w not in known] == []


def test_the_word_list_is_one_word_a_line_after_its_comments() -> None:
    """What the lookup relies on: the comment lines first, then one word a line (no spaces, no
    blank line), so a line is a word of the old whitespace split and the other way round."""
    lines = read_text("english_words.txt").split("\n")
    comments = 0
    while lines[comments].startswith("#"):
        comments += 1
    body = [line for line in lines[comments:] if line]
    assert comments and all(line.split() == [line] for line in body)
    assert not any(line.startswith("#") for line in body)


@pytest.mark.parametrize(
    "word",
    ["", "a", "I", "#", "to", "back", "pain", "numbbum", "ſ", "café", "x\ny", "common", "Kevin"],
)
def test_odd_and_short_words_are_known_as_before(word: str) -> None:
    assert (word in escapes.known_words()) == (word in BEFORE)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.sampled_from(sorted(BEFORE)).flatmap(
            lambda w: st.tuples(st.integers(0, len(w)), st.integers(0, len(w))).map(
                lambda cut: w[min(cut) : max(cut)]
            )
        ),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzé#-' ", max_size=8),
    )
)
def test_any_word_or_piece_of_one_is_known_as_before(word: str) -> None:
    assert (word in escapes.known_words()) == (word in BEFORE)


# ---- what a validate computes ----------------------------------------------------------------


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr(sys, "argv", ["backcare", *argv])
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with pytest.raises(SystemExit) as done:
        entry.main()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out.getvalue()


def _fresh() -> None:
    snapshot.forget()
    verdicts._OPEN.clear()
    answer._default_safety.cache_clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BACKCARE_NO_SNAPSHOT", raising=False)
    _fresh()
    yield tmp_path / "cache"
    _fresh()
    prebuilt.use(None)


class Work:
    """Each text the red-flag check reads (questions and aliases by red_flags, answers and notice
    tiers by rule_warnings) and each text ranked, in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.flags: list[str] = []
        self.rules: list[str] = []
        self.ranked: list[str] = []
        flags, rules, ranking = answer.red_flags, answer.rule_warnings, validate._ranking

        def read_flags(text: str, *args: Any, **kwargs: Any) -> Any:
            self.flags.append(text)
            return flags(text, *args, **kwargs)

        def read_rules(text: str, *args: Any, **kwargs: Any) -> Any:
            self.rules.append(text)
            return rules(text, *args, **kwargs)

        def rank(engine: Any, text: str, top: int) -> Any:
            self.ranked.append(text)
            return ranking(engine, text, top)

        monkeypatch.setattr(answer, "red_flags", read_flags)
        monkeypatch.setattr(answer, "rule_warnings", read_rules)
        monkeypatch.setattr(validate, "_ranking", rank)


def _pack(entries: int) -> dict[str, Any]:
    """A pack of `entries` entries on a few shared subjects (so that rankings find rivals), each
    with an alias, and one question repeated."""
    subjects = ("stiff back", "sore neck", "tight hamstrings", "aching shoulders")
    made = []
    for n in range(entries):
        subject = subjects[n % len(subjects)]
        made.append(
            {
                "id": f"entry-{n}",
                "question": f"Why do I get a {subject} after exercise number {n}?",
                "answer": f"A {subject} after exercise {n} is common; rest and move gently.",
                "topic": subject,
                "aliases": [f"{subject} after workout {n}"],
            }
        )
    made[-1]["question"] = made[0]["question"]
    return {"title": "Counted", "entries": made}


@pytest.mark.parametrize("entries", [6, 24])
def test_a_first_validate_reads_each_text_once_and_ranks_each_own_text_once(
    entries: int, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linear work in the pack's size: each distinct question and alias read by the red-flag
    check once, each answer once (no per-pair reading), and each question and alias ranked once
    (a pair of entries is judged from those rankings: rivals.py ranks nothing)."""
    pack = _pack(entries)
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    work = Work(monkeypatch)
    code, out = run(["validate", "--json", str(path)], monkeypatch)
    assert code in (0, 1), out
    own = [t for e in pack["entries"] for t in (e["question"], *e["aliases"])]
    assert sorted(work.flags) == sorted(set(own))
    answers = [e["answer"] for e in pack["entries"]]
    # an answer's emergency reading reads it as its reader would say it: the same count
    assert len(work.rules) == len(answers)
    assert sorted(work.ranked) == sorted(own)


def test_a_repeated_validate_of_the_bundled_pack_computes_nothing(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faq = str(data_file("faq.json"))
    run(["validate", faq], monkeypatch)
    _fresh()
    work = Work(monkeypatch)
    run(["validate", faq], monkeypatch)
    assert (work.flags, work.rules, work.ranked) == ([], [], [])
