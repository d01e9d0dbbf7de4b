"""harden24: a newcomer's findings on `--input jsonl` and on imports (newcomer16).

- F1, F2: `--input jsonl` counted its 200,000-character limit on the raw line, so a long message
  sent by `json.dumps` (ASCII escapes) or any valid message over the limit was "not JSON",
  unanswered and unread for red flags;
- F4: a Notion callout (`<aside>` in Markdown) holding the page's call to action or its emergency
  advice was dropped as a sidebar; `import` and `validate` disagreed on how serious that was;
- F5: `import --format csv` (a spreadsheet's FAQ);
- F6: an emoji opening a heading; F10: questions quoted on stderr without Python escaping.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app

DATA = Path(__file__).parent / "data" / "harden24"
EMERGENCY = " Since this morning I can't pee at all. "


def _worker(stdin: str, *args: str) -> tuple[list[dict[str, Any]], str, int]:
    done = CliRunner().invoke(app, [*args, "ask", "--json", "--input", "jsonl", "-"], input=stdin)
    return [json.loads(line) for line in done.stdout.splitlines()], done.stderr, done.exit_code


def _flags(reply: dict[str, Any]) -> list[str]:
    return [flag["id"] for flag in reply.get("red_flags", [])]


# F1, F2: the limit is the decoded message's ---------------------------------------------------


def test_escaped_non_english_message_is_read_whole() -> None:
    # 36,040 characters as a message, 216,049 as json.dumps writes it (ensure_ascii=True)
    message = "我的背很痛。" * 3000 + EMERGENCY + "我的背很痛。" * 3000
    line = json.dumps({"q": message})
    assert len(line) > 200_000 > len(message)
    replies, stderr, code = _worker(line + "\n")
    assert len(replies) == 1
    assert "error" not in replies[0]
    assert _flags(replies[0]) == ["cauda-equina-bladder"]
    assert replies[0]["query"].startswith("我的背很痛")
    assert "not JSON" not in stderr
    assert code == 3


@pytest.mark.parametrize("ascii_only", [True, False])
def test_message_over_the_limit_is_answered_from_its_ends(ascii_only: bool) -> None:
    padding = "I have been doing my exercises every day and walking a little more. " * 4000
    lines = [
        json.dumps(
            {"q": padding + "Should I use heat or ice for a stiff back?"}, ensure_ascii=ascii_only
        ),
        json.dumps({"q": padding + "😣" * 10 + EMERGENCY}, ensure_ascii=ascii_only),
    ]
    replies, stderr, code = _worker("\n".join(lines) + "\n")
    assert [reply.get("line") for reply in replies] == [1, 2]  # no trailing {"error"}
    assert all("error" not in reply for reply in replies)
    assert _flags(replies[1]) == ["cauda-equina-bladder"]
    assert not replies[1]["query"].startswith('{"q"')  # the message, not the JSON text
    assert "not JSON" not in stderr
    assert "the message on standard input line 1 is longer than 200,000 characters" in stderr
    assert "middle was NOT checked" in stderr
    assert code == 3


def test_a_line_too_long_to_decode_is_never_called_not_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import backcare.cli.framed as framed

    monkeypatch.setattr(framed, "MAX_LINE_BYTES", 300_000)
    line = json.dumps({"q": "a" * 400_000 + EMERGENCY})
    replies, stderr, code = _worker(line + "\n" + json.dumps({"q": "heat or ice?"}) + "\n")
    assert _flags(replies[0]) == ["cauda-equina-bladder"]  # its ends still read
    assert replies[1]["line"] == 2
    assert "backcare: the line is longer than 0.286102 MB" in stderr
    assert "not JSON" not in stderr
    assert code == 3


def test_an_undecodable_line_is_read_as_its_escapes_say() -> None:
    broken = json.dumps({"q": "my back hurts and I can\u2019t pee since this morning"})[:-2]
    assert "\\u2019" in broken
    replies, stderr, code = _worker(broken + "\n")
    assert _flags(replies[0]) == ["cauda-equina-bladder"]
    assert "can\u2019t pee" in replies[0]["query"]
    assert "the line is not JSON" in stderr
    assert code == 3
