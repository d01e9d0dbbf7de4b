"""What the safety rounds' tests share: the red-flag check built once (SAFETY), a line inside a
message of more than NET_MAX_WORDS words (which only the rules read), a second question appended,
the lines of a batch each asked after an ordinary question, the calm/kept scaffold of a round
whose classes each have calm lines and urgent look-alikes (`class_tests`), and a round's own set
of real signs and calm twins (`set_rows`, `keeps_its_tier`, `row_id`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence
from pathlib import Path
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
# the ways it is appended: with no full stop (SECOND), with one, and run on in lower case
SECONDS = (SECOND, "." + SECOND, SECOND.lower())


def appended(question: str, second: str) -> str:
    """The question with a second question appended; a full stop only where none ends the line
    ("No.." is an ellipsis, a pause)."""
    if second.startswith(".") and question.rstrip().endswith((".", "!", "?")):
        second = second[1:]
    return question + second


def rules(question: str) -> set[str]:
    return {f.id for f in SAFETY.check_rules(question)}


def flagged(question: str) -> set[str]:
    return {f.id for f in SAFETY.check(question)}


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def rules_tier(question: str) -> str | None:
    """The tier of the rules' first flag (the learned check left out)."""
    flags = SAFETY.check_rules(question)
    return flags[0].urgency if flags else None


def long_message(line: str, *, before_only: bool = False) -> str:
    """The line inside a neutral story of more than NET_MAX_WORDS words; with `before_only` the
    story comes before it only (what follows a line may change its reading: an onset in the
    padding, "has started selling bulbs", is a sign come since a checklist's answer no)."""
    text = PADDING * 9 + line if before_only else PADDING * 5 + line + " " + PADDING * 4
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


def calm_cases(calm: Calm) -> list[tuple[str, str]]:
    """(class, line) for each calm line, class by class."""
    return [(name, q) for name, lines in calm.items() for q in lines]


def kept_cases(kept: Kept) -> list[tuple[str, str, str]]:
    """(class, line, tier) for each look-alike, class by class."""
    return [(name, q, t) for name, lines in kept.items() for q, t in lines]


def class_tests(
    module: MutableMapping[str, Any],
    calm: Calm,
    kept: Kept,
    short_calm: Calm,
    *,
    name: str = "",
    padded_before: Collection[str] = (),
    long_tier: Callable[[str], str | None] = tier,
    short_kept: Kept | None = None,
    ids: Mapping[str, str] | None = None,
) -> None:
    """The tests of a round of false alarms by class: every calm line raises nothing (short, with a
    second question appended each way of SECONDS, and inside a long message but those of
    `short_calm`; a class in `padded_before` with the long message's story before it only), every
    look-alike keeps its tier (short, inside a long message as `long_tier` reads it but those of
    `short_kept`, which the learned check alone catches, with a second question each way), and
    all of them as lines of one batch (but a line with a line break in it, which a batch reads as
    two). A class named in `ids` keeps that rule as its first flag too, in every frame. They are
    put in `module` (a test module's globals()) under the names that are the tests' ids:
    test_calm, test_calm_inside_a_long_message, test_calm_with_a_second_question, test_kept,
    test_kept_inside_a_long_message, test_kept_with_a_second_question, test_as_lines_of_a_batch;
    with a `name`, test_{name}_calm and so on (two rounds in one module)."""
    calm_lines = calm_cases(calm)
    long_kept = kept_cases(kept)
    kept_lines = long_kept + kept_cases(short_kept or {})
    any_calm = calm_lines + calm_cases(short_calm)
    rule_of = dict(ids or {})

    def keeps(name: str, flags: Sequence[Any], urgency: str | None) -> bool:
        """Whether the first flag (a Flag or a batch's dict) has the tier and the class's rule."""
        if not flags:
            return urgency is None
        first = flags[0]
        if isinstance(first, dict):  # a batch's JSON
            told, rule = first["urgency"], first["id"]
        else:
            told, rule = first.urgency, first.id
        return bool(told == urgency and rule == rule_of.get(name, rule))

    def long_keeps(name: str, text: str, urgency: str) -> bool:
        if name not in rule_of:
            return long_tier(text) == urgency
        read = SAFETY.check_rules if long_tier is rules_tier else SAFETY.check
        return keeps(name, read(text), urgency)

    @pytest.mark.parametrize(("name", "question"), any_calm)
    def test_calm(name: str, question: str) -> None:
        assert SAFETY.check(question) == [], name

    @pytest.mark.parametrize(("name", "question"), calm_lines)
    def test_calm_inside_a_long_message(name: str, question: str) -> None:
        # the rules: inside a long message the learned check's windows still read a settled
        # episode alone ("I had a numb bottom after a fall in 2020, all sorted.") as a sign
        text = long_message(question, before_only=name in padded_before)
        assert SAFETY.check_rules(text) == [], name

    @pytest.mark.parametrize("second", SECONDS)
    @pytest.mark.parametrize(("name", "question"), any_calm)
    def test_calm_with_a_second_question(name: str, question: str, second: str) -> None:
        assert SAFETY.check(appended(question, second)) == [], name

    @pytest.mark.parametrize(("name", "question", "urgency"), kept_lines)
    def test_kept(name: str, question: str, urgency: str) -> None:
        assert keeps(name, SAFETY.check(question), urgency), name

    @pytest.mark.parametrize(("name", "question", "urgency"), long_kept)
    def test_kept_inside_a_long_message(name: str, question: str, urgency: str) -> None:
        assert long_keeps(name, long_message(question), urgency), name

    @pytest.mark.parametrize("second", SECONDS)
    @pytest.mark.parametrize(("name", "question", "urgency"), kept_lines)
    def test_kept_with_a_second_question(
        name: str, question: str, urgency: str, second: str
    ) -> None:
        assert keeps(name, SAFETY.check(appended(question, second)), urgency), name

    def test_as_lines_of_a_batch() -> None:
        calm_one = [q for _, q in any_calm if "\n" not in q]
        kept_one = [(n, q, t) for n, q, t in kept_lines if "\n" not in q]
        flags = batch(calm_one + [q for _, q, _ in kept_one])
        for question, raised in zip(calm_one, flags, strict=False):
            assert raised == [], question
        for (name, question, urgency), raised in zip(kept_one, flags[len(calm_one) :], strict=True):
            assert raised and keeps(name, raised, urgency), question

    tests = (
        test_calm,
        test_calm_inside_a_long_message,
        test_calm_with_a_second_question,
        test_kept,
        test_kept_inside_a_long_message,
        test_kept_with_a_second_question,
        test_as_lines_of_a_batch,
    )
    named = f"test_{name}_" if name else "test_"
    module.update((named + test.__name__.removeprefix("test_"), test) for test in tests)


def frame_tests(
    module: MutableMapping[str, Any],
    quiet: Sequence[str],
    rules_quiet: Mapping[str, Collection[str]],
    raised: Mapping[str, str],
) -> None:
    """The tests of a round of scope errors by class: every `quiet` line raises nothing, the rules
    raise none of the rules `rules_quiet` names for its line (the learned check may still read it),
    and every `raised` line, a real sign in the same frame, keeps its tier. Put in `module` as
    test_an_ordinary_message_of_each_class_raises_nothing, test_the_rules_no_longer_raise_the_class
    and test_the_real_sign_in_the_same_frame_is_still_raised."""

    @pytest.mark.parametrize("question", quiet)
    def test_an_ordinary_message_of_each_class_raises_nothing(question: str) -> None:
        assert SAFETY.check(question) == []

    @pytest.mark.parametrize("question", sorted(rules_quiet))
    def test_the_rules_no_longer_raise_the_class(question: str) -> None:
        ids = {f.id for f in SAFETY.check_rules(question)}
        assert ids.isdisjoint(rules_quiet[question])

    @pytest.mark.parametrize("question", sorted(raised))
    def test_the_real_sign_in_the_same_frame_is_still_raised(question: str) -> None:
        flags = SAFETY.check(question)
        assert flags and flags[0].urgency == raised[question]

    for test in (
        test_an_ordinary_message_of_each_class_raises_nothing,
        test_the_rules_no_longer_raise_the_class,
        test_the_real_sign_in_the_same_frame_is_still_raised,
    ):
        module[test.__name__] = test


def raised_in_batch(lines: Sequence[str], urgency: str | None = None) -> None:
    """Every line raises a notice (its first of `urgency`, when given) as a line of a batch, each
    after an ordinary question, which raises none."""
    for line, raised in zip(lines, batch(lines), strict=True):
        assert raised, line
        assert urgency is None or raised[0]["urgency"] == urgency, line


def set_rows(name: str, urgent: bool, known: Collection[str] = (), reason: str = "") -> list[Any]:
    """The red-flag (`urgent`) or calm rows of tests/eval/red_flags_NAME.jsonl, each row whose
    question is `known` a strict xfail for `reason` (a known miss, tier or false alarm: it must
    fail, so a fix shows)."""
    path = Path(__file__).parent / "eval" / f"red_flags_{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason))
        if row["q"] in known
        else row
        for row in rows
        if bool(row["urgent"]) == urgent
    ]


def row_id(row: Mapping[str, Any]) -> str:
    return str(row["q"])[:60]


def keeps_its_tier(row: Mapping[str, Any]) -> None:
    """A row's question raises a notice whose first tier is the row's."""
    flags = SAFETY.check(row["q"])
    assert flags and flags[0].urgency == row["tier"], (row["q"], [f.id for f in flags])
