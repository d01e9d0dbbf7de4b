"""What the safety rounds' tests share: the red-flag check built once (SAFETY), a line inside a
message of more than NET_MAX_WORDS words (which only the rules read), a second question appended,
the lines of a batch each asked after an ordinary question, and the calm/kept scaffold of a round
whose classes each have calm lines and urgent look-alikes (`class_tests`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.safety import load_safety
from backcare.engine.tuning import NET_MAX_WORDS

SAFETY = load_safety()

# a neutral story around the line, with no sign, no I and no back: over NET_MAX_WORDS words, so
# the learned check abstains and the rules alone decide
PADDING = (
    "The weather on the coast has been mild this month and the garden centre down the road "
    "has started selling bulbs for the spring, with tulips and daffodils in every colour. "
)
# the ordinary question a person came with, appended to a line (and a batch's line between two)
SECOND = " Also, is a heat pad or an ice pack better for a stiff back?"
ORDINARY_LINE = "is heat or ice better for a stiff back?"


def rules(question: str) -> set[str]:
    return {f.id for f in SAFETY.check_rules(question)}


def flagged(question: str) -> set[str]:
    return {f.id for f in SAFETY.check(question)}


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def long_message(line: str) -> str:
    text = PADDING * 5 + line + " " + PADDING * 4
    assert len(text.split()) > NET_MAX_WORDS
    return text


def batch_flags(lines: Sequence[str]) -> list[list[dict[str, Any]]]:
    """Each line's red flags when the lines are asked as one batch (`ask --json -`)."""
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    return [answer["red_flags"] for answer in answers]


def batch(lines: Sequence[str]) -> list[list[dict[str, Any]]]:
    """Each line's red flags when the lines are asked as one batch, each after an ordinary
    question, which must raise nothing."""
    asked = [x for line in lines for x in (ORDINARY_LINE, line)]
    flags = batch_flags(asked)
    assert not any(flags[k] for k in range(0, len(asked), 2))
    return flags[1::2]


Calm = Mapping[str, Sequence[str]]  # a class's name -> its calm lines
Kept = Mapping[str, Sequence[tuple[str, str]]]  # a class's name -> (line, the tier it keeps)


def class_tests(calm: Calm, kept: Kept, short_calm: Calm) -> tuple[Callable[..., None], ...]:
    """The tests of a round of false alarms by class: every calm line raises nothing (short, with a
    second question, and inside a long message but those of `short_calm`), every look-alike keeps
    its tier (short, inside a long message, with a second question), and all of them as lines of
    one batch. A module assigns them to its test names, which are the tests' ids:
    test_calm, test_calm_inside_a_long_message, test_calm_with_a_second_question, test_kept,
    test_kept_inside_a_long_message, test_kept_with_a_second_question, test_as_lines_of_a_batch."""
    calm_cases = [(name, q) for name, lines in calm.items() for q in lines]
    kept_cases = [(name, q, t) for name, lines in kept.items() for q, t in lines]
    any_calm = calm_cases + [(name, q) for name, lines in short_calm.items() for q in lines]

    @pytest.mark.parametrize(("name", "question"), any_calm)
    def test_calm(name: str, question: str) -> None:
        assert SAFETY.check(question) == [], name

    @pytest.mark.parametrize(("name", "question"), calm_cases)
    def test_calm_inside_a_long_message(name: str, question: str) -> None:
        # the rules: inside a long message the learned check's windows still read a settled
        # episode alone ("I had a numb bottom after a fall in 2020, all sorted.") as a sign
        assert SAFETY.check_rules(long_message(question)) == [], name

    @pytest.mark.parametrize(("name", "question"), any_calm)
    def test_calm_with_a_second_question(name: str, question: str) -> None:
        assert SAFETY.check(question + SECOND) == [], name

    @pytest.mark.parametrize(("name", "question", "urgency"), kept_cases)
    def test_kept(name: str, question: str, urgency: str) -> None:
        assert tier(question) == urgency, name

    @pytest.mark.parametrize(("name", "question", "urgency"), kept_cases)
    def test_kept_inside_a_long_message(name: str, question: str, urgency: str) -> None:
        assert tier(long_message(question)) == urgency, name

    @pytest.mark.parametrize(("name", "question", "urgency"), kept_cases)
    def test_kept_with_a_second_question(name: str, question: str, urgency: str) -> None:
        assert tier(question + SECOND) == urgency, name

    def test_as_lines_of_a_batch() -> None:
        lines = [q for _, q in any_calm] + [q for _, q, _ in kept_cases]
        flags = batch(lines)
        for (_, question), raised in zip(any_calm, flags, strict=False):
            assert raised == [], question
        for (_, question, urgency), raised in zip(kept_cases, flags[len(any_calm) :], strict=True):
            assert raised and raised[0]["urgency"] == urgency, question

    return (
        test_calm,
        test_calm_inside_a_long_message,
        test_calm_with_a_second_question,
        test_kept,
        test_kept_inside_a_long_message,
        test_kept_with_a_second_question,
        test_as_lines_of_a_batch,
    )


def raised_in_batch(lines: Sequence[str], urgency: str | None = None) -> None:
    """Every line raises a notice (its first of `urgency`, when given) as a line of a batch, each
    after an ordinary question, which raises none."""
    for line, raised in zip(lines, batch(lines), strict=True):
        assert raised, line
        assert urgency is None or raised[0]["urgency"] == urgency, line
