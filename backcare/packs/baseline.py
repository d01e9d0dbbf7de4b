"""`validate --baseline FILE`: what is worse than an accepted state of the pack, for CI.

Plain `validate` exits 1 for one warning an author has accepted and for ten new ones alike, and
`--questions` exits 1 while any question goes unanswered; a CI job that treats 1 as a pass lets a
new duplicate or a lost answer through, and one that treats it as a failure never passes
(newcomer26 F6: a clinic counted `.warnings` with jq against a file of its own). The baseline is
a saved `validate --json` output of the same kind, committed beside the pack: what it lists is
accepted, and only what it lacks counts.

- Warnings are matched by (kind, entry id), as many times as the baseline has each: a message
  holds scores and lengths that move with any edit, and a warning's kind on an entry is what an
  author accepted.
- Questions are matched by their text: a question the baseline answered (or answered right, when
  labelled) that is now unanswered (or not right) is worse; so is a question the baseline does
  not hold that is not answered (or not right). A question answered now that was not is better.

Pure: the baseline's parsed JSON and the report's items in, the items that are new out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from backcare.errors import QueryError
from backcare.namedtuple import NamedTuple
from backcare.packs.packwarning import PackWarning
from backcare.packs.questions import QuestionResult


class Baseline(NamedTuple):
    """An accepted state read from a saved `validate --json`: the (kind, id) of each warning, or
    whether each question was good (answered; right, when labelled)."""

    name: str
    warnings: Counter[tuple[str, str]] | None  # None: a --questions report
    questions: dict[str, bool] | None  # None: a plain validate report


def read_baseline(data: Any, name: str) -> Baseline:
    """The baseline a saved `validate --json` output holds, or a QueryError (exit 2) saying what
    the file is instead."""
    kind = "a saved 'backcare validate --json' output"
    if not isinstance(data, Mapping):
        raise QueryError(f"--baseline {name}: not {kind} (a JSON object)")
    if isinstance(data.get("warnings"), list):
        found: Counter[tuple[str, str]] = Counter()
        for item in data["warnings"]:
            if isinstance(item, Mapping) and isinstance(item.get("kind"), str):
                found[(item["kind"], str(item.get("id", "")))] += 1
        return Baseline(name, found, None)
    if isinstance(data.get("questions"), list):
        good: dict[str, bool] = {}
        for item in data["questions"]:
            if isinstance(item, Mapping) and isinstance(item.get("question"), str):
                good[item["question"]] = _good_in_json(item)
        return Baseline(name, None, good)
    raise QueryError(f"--baseline {name}: not {kind} (it has no 'warnings' or 'questions' list)")


def new_warnings(warnings: Iterable[PackWarning], baseline: Baseline) -> list[PackWarning]:
    """The warnings beyond the baseline's: of each (kind, id), those past the count it holds."""
    if baseline.warnings is None:
        raise QueryError(
            f"--baseline {baseline.name}: a 'validate --questions' report; plain validate needs "
            "a baseline saved by plain 'validate --json'"
        )
    left = Counter(baseline.warnings)
    new = []
    for warning in warnings:
        key = (warning.kind, warning.entry_id)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(warning)
    return new


def worse_questions(results: Sequence[QuestionResult], baseline: Baseline) -> list[QuestionResult]:
    """The questions not good now (unanswered; not right, when labelled) that the baseline does
    not accept: it had them good, or does not hold them."""
    if baseline.questions is None:
        raise QueryError(
            f"--baseline {baseline.name}: a plain 'validate' report; --questions needs a baseline "
            "saved by 'validate --questions FILE --json'"
        )
    accepted = baseline.questions
    return [
        result for result in results if not _good(result) and accepted.get(result.question, True)
    ]


def _good(result: QuestionResult) -> bool:
    verdict = result.verdict
    return result.answered if verdict is None else verdict == "right"


def _good_in_json(item: Mapping[str, Any]) -> bool:
    verdict = item.get("verdict")
    return bool(item.get("answered")) if verdict is None else verdict == "right"
