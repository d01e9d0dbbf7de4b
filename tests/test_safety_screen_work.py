"""The work a batch's red-flag reading does per question (speed26): the phrase index tests a
phrase's later words by one mask of stem groups, and the rules' screen tries a phrase only where
its first word stands. Both give what the plain definitions give (compared here on labelled
lines), and the counts show the work saved; no timing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety.reading import Alternative, Token, match_at

EVAL = Path(__file__).resolve().parent / "eval"


def _questions(limit: int) -> list[str]:
    found = []
    for name in ("red_flags_dev.jsonl", "backcare_queries.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines()[:limit]:
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                found.append(question)
    return found


QUESTIONS = _questions(250)
SAFETY = load_safety()
SCREEN = SAFETY._built_screen()


def _tokens(question: str) -> list[Token]:
    tokens: list[Token] = SCREEN.read(question).tokens
    return tokens


def test_a_phrases_needs_mask_is_met_exactly_when_every_later_word_can_be_there() -> None:
    index, checked = SAFETY._index, 0
    for question in QUESTIONS:
        tokens = _tokens(question)
        reached = [pair for token in tokens for pair in index.starting_with(token)]
        stems = {t.stem for t in tokens} | {a for t in tokens for a in t.alt}
        met = 0
        for token in tokens:
            for s in (token.stem, *token.alt):
                met |= index._stem_bits.get(s, 0)
        for n, mask in reached:
            phrase = index.phrase(n)
            assert mask == index._needs_mask(phrase.needs)
            wanted = not any(stems.isdisjoint(group) for group in phrase.needs)
            assert (mask & met == mask) == wanted, (question, phrase.label)
            checked += 1
    assert checked > 10_000


def test_the_index_finds_what_trying_every_reached_phrase_finds() -> None:
    index, fillers = SAFETY._index, SAFETY._fillers
    for question in QUESTIONS:
        tokens = _tokens(question)
        stems = {t.stem for t in tokens} | {a for t in tokens for a in t.alt}
        expected = []
        for i, token in enumerate(tokens):
            for n, _ in index.starting_with(token):
                phrase = index.phrase(n)
                if any(stems.isdisjoint(group) for group in phrase.needs):
                    continue
                positions = match_at(phrase, tokens, i, fillers)
                if positions is not None:
                    expected.append((phrase.label, positions))
        assert [tuple(f) for f in index.find(tokens, fillers)] == expected, question


def _matched_by_every_token(question: str, wanted: set[str]) -> set[str]:
    """Screen.matched as first written: each phrase tried at every token its first word takes."""
    read = SCREEN.read(question)
    SCREEN.named(question)
    met, masks = SCREEN._named[2], SCREEN._masks
    found: set[str] = set()
    for n in sorted(set(read.phrases)):
        label, mask = masks[n]
        if label not in wanted or label in found or mask & met != mask:
            continue
        phrase = SAFETY._index.phrase(SCREEN._in_index[n])
        if any(
            phrase.first.accepts(t) and match_at(phrase, read.tokens, i, SAFETY._fillers)
            for i, t in enumerate(read.tokens)
        ):
            found.add(label)
    return found


def test_the_screen_matches_what_trying_every_token_matches() -> None:
    every = set(SCREEN._labels)
    for question in QUESTIONS:
        assert SCREEN.matched(question, every) == _matched_by_every_token(question, every)


def test_the_screen_tries_a_phrase_only_where_its_first_word_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long message with one sign at its end: the phrases its words reach are tried at the
    tokens that hold their first word (or a number, for a number class), not at each of the ~160
    tokens (the phrases whose first word is a prefix still are)."""
    question = "the weather was nice and we walked by the sea all day long " * 12
    question += "and now my groin is numb and I cannot pee"
    every = set(SCREEN._labels)
    calls = [0]
    accepts = Alternative.accepts

    def counted(self: Alternative, token: Token) -> bool:
        calls[0] += 1
        return accepts(self, token)

    monkeypatch.setattr(Alternative, "accepts", counted)
    expected = _matched_by_every_token(question, every)
    assert expected  # the sign is there to be found
    every_token, calls[0] = calls[0], 0
    SCREEN._last = SCREEN._named = None  # read afresh
    assert SCREEN.matched(question, every) == expected
    assert calls[0] * 4 < every_token, (calls[0], every_token)
