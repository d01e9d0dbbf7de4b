"""hostile13's findings on the CLI (docs/hardening.md, ux20): a batch goes on past a line that
fails (F1), option values that name a topic or no file are read for red flags (F3, F11), and the
smaller doors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.cli.status import json_errors
from backcare.resources import DataError


def _missing_data_file() -> frozenset[str]:
    raise DataError("bundled data file wrap_words.txt: cannot read (gone)")


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_data_error_in_a_batch_does_not_stop_the_next_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """F1's second half: the wrapped-lines reading failing (an install without its data file)
    ended the batch at line 2, and line 2's emergency and every later line were lost."""
    import backcare.cli.wrapped as wrapped

    monkeypatch.setattr(wrapped, "wrap_words", _missing_data_file)
    stdin = "stiff back\nI want to kill myself\nheat or ice for a stiff back?\n"
    with json_errors(True):  # as entry._run sets it for --json
        done = CliRunner().invoke(app, ["ask", "--json", "-"], input=stdin)
    assert done.exit_code == 3, done.stdout + done.stderr
    objects = _json_lines(done.stdout)
    assert [o.get("line") for o in objects[:3]] == [1, 2, 3]
    assert objects[1]["red_flags"][0]["urgency"] == "emergency"
    assert objects[2]["query"] == "heat or ice for a stiff back?"
    assert objects[-1] == {"error": "bundled data file wrap_words.txt: cannot read (gone)"}
    assert done.stderr.count("wrap_words.txt") == 1


def test_a_line_that_cannot_be_answered_gets_its_line_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Any per-line failure: the line is read for red flags alone, gets `{"line", "error"}`
    under --json when it raised none, and the lines after it are answered (exit 2, or 3)."""
    from backcare.engine.answer import Engine

    real = Engine.answer

    def failing(self: Engine, query: Any) -> Any:
        if "fail" in query.text or "numb" in query.text:
            raise DataError("bundled data file x.json: cannot read (gone)")
        return real(self, query)

    monkeypatch.setattr(Engine, "answer", failing)
    stdin = "stiff back\nfail here\ni cant pee and my groin is numb\nheat or ice?\n"
    with json_errors(True):  # as entry._run sets it for --json
        done = CliRunner().invoke(app, ["ask", "--json", "-"], input=stdin)
    assert done.exit_code == 3, done.stdout + done.stderr
    objects = _json_lines(done.stdout)
    assert objects[1] == {"line": 2, "error": "bundled data file x.json: cannot read (gone)"}
    assert objects[2]["line"] == 3 and objects[2]["red_flags"][0]["urgency"] == "emergency"
    assert objects[3]["line"] == 4 and objects[3]["query"] == "heat or ice?"
    assert objects[4] == {"error": "bundled data file x.json: cannot read (gone)"}
    done = CliRunner().invoke(app, ["ask", "-"], input="fail here\nstiff back\n")
    assert done.exit_code == 2
    assert "When you sit" in done.stdout
    assert done.stderr.count("x.json") == 1
