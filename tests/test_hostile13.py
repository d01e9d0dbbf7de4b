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
    # one last error naming the lines it stopped (newcomer31 F8)
    assert objects[4] == {
        "error": "lines 2, 3 of the input: bundled data file x.json: cannot read (gone)"
    }
    done = CliRunner().invoke(app, ["ask", "-"], input="fail here\nstiff back\n")
    assert done.exit_code == 2
    assert "When you sit" in done.stdout
    assert done.stderr.count("x.json") == 1


TOPIC_PACK = {
    "contact": "Call reception on 01234 567890",
    "entries": [
        {
            "id": "stiff",
            "question": "Why is my back stiff?",
            "answer": "Because you sat.",
            "topic": "I want to kill myself",
        },
        {"id": "park", "question": "Can I park?", "answer": "Yes.", "topic": "parking and access"},
    ],
}


@pytest.fixture
def topic_pack(tmp_path: Any) -> str:
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(TOPIC_PACK))
    return str(path)


def test_a_topic_value_that_names_a_topic_is_still_read_for_red_flags(topic_pack: str) -> None:
    """F3: `--topic` and `topics` words that resolved to a topic were never checked."""
    words = "I want to kill myself"
    done = CliRunner().invoke(app, ["--faq", topic_pack, "ask", "--topic", words, "back stiff"])
    assert done.exit_code == 3, done.stdout + done.stderr
    assert done.stdout.startswith("EMERGENCY")
    assert "Because you sat." not in done.stdout  # the emergency's notice stands alone
    done = CliRunner().invoke(app, ["--faq", topic_pack, "ask", "--json", "--topic", words, "back"])
    assert done.exit_code == 3
    assert json.loads(done.stdout)["red_flags"][0]["id"] == "crisis"
    done = CliRunner().invoke(app, ["--faq", topic_pack, "topics", words])
    assert done.exit_code == 3
    assert done.stdout.startswith("EMERGENCY") and "Why is my back stiff?" not in done.stdout
    done = CliRunner().invoke(app, ["--faq", topic_pack, "topics", "parking"])
    assert (done.exit_code, done.stdout) == (0, "parking and access\tpark\tCan I park?\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't pee and my groin is numb",
        "I want to kill myself and end it",
        "severe pain after a fall",
        "and",
    ],
)
def test_a_sentence_names_no_topic_by_one_of_its_words(sentence: str) -> None:
    from backcare.packs.load import load_pack
    from backcare.packs.lookup import find_topics

    assert find_topics(load_pack(), sentence) == []


@pytest.mark.parametrize(
    ("wanted", "topic"),
    [
        ("strech", "stretches and release"),
        ("relief", "pain relief"),
        ("relif", "pain relief"),
        ("relief of pain", "pain relief"),
        ("stretch release", "stretches and release"),
        ("stiff", "stiffness and tightness"),
    ],
)
def test_a_topic_is_still_found_by_a_word_or_a_close_spelling(wanted: str, topic: str) -> None:
    from backcare.packs.load import load_pack
    from backcare.packs.lookup import find_topics

    assert find_topics(load_pack(), wanted) == [topic]


@pytest.mark.parametrize("command", [[], ["topics"], ["ask", "stiff back"], ["show", "x"]])
def test_a_faq_value_that_names_no_file_is_read_for_red_flags(command: list[str]) -> None:
    """F11: `backcare --faq "$msg"`: the message was only "no such file", exit 2."""
    done = CliRunner().invoke(app, ["--faq", "I want to kill myself", *command], input="")
    assert done.exit_code == 3, done.stdout + done.stderr
    assert "EMERGENCY" in done.stdout
    assert "no such file" in done.stderr


@pytest.mark.parametrize(
    "stdin",
    [
        "I want to kill\nmyself\n",
        "I want to kill\nmyself.\n",
        "my legs are\nnumb\n",
        "stiff back\nI want to kill\nmyself\n",
    ],
)
def test_an_emergency_wrapped_after_its_verb_is_read_joined(stdin: str) -> None:
    """F4: a lower-case fragment of one word after a line with no sentence end."""
    done = CliRunner().invoke(app, ["ask", "--json", "-"], input=stdin)
    assert done.exit_code == 3, done.stdout
    last = _json_lines(done.stdout)[-1]
    assert last["red_flags"] and last["red_flags"][0]["urgency"] == "emergency"


@pytest.mark.parametrize(
    ("before", "line"),
    [("tb", "ms"), ("I want to kill.", "myself"), ("sciatica in my left leg", "right leg")],
)
def test_short_lines_and_ended_sentences_are_not_joined(before: str, line: str) -> None:
    from backcare.cli.wrapped import continues, joins

    assert not (continues(before, line) and joins([before], line))


@pytest.mark.parametrize(
    "environ", [{"XDG_CONFIG_HOME": "relcfg", "HOME": "/home/u"}, {"HOME": "."}, {"HOME": "rel"}]
)
def test_a_relative_config_home_is_ignored(environ: dict[str, str]) -> None:
    """F7: a relative XDG_CONFIG_HOME or HOME read the settings (the pack, the pager command)
    from the current directory."""
    import sys

    from backcare.config import _config_file, default_path

    if not sys.platform.startswith("linux"):
        pytest.skip("the XDG layout is Linux's")
    for found in (str(default_path(environ)), _config_file(environ)[0]):
        assert found.startswith("/"), found
        assert found.endswith("/.config/backcare/config.toml")
    assert _config_file({"XDG_CONFIG_HOME": "/x"})[0] == "/x/backcare/config.toml"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_digits_of_any_script_and_compatibility_forms_survive_a_narrow_stream(
    encoding: str,
) -> None:
    """F10: a contact number in Arabic-Indic or full-width digits became '????'."""
    from backcare.output.ascii import to_ascii

    text = "Ring \u0660\u0662\u0660 \u0667\u0669\u0664\u0666 or \uff10\uff12\uff10, \ufb01ne"
    assert to_ascii(text, encoding) == "Ring 020 7946 or 020, fine"
    # a letter loses its accents (newcomer22 F9); Greek has no ASCII form
    assert to_ascii("caf\u00e9 \u03bc", "ascii") == "cafe ?"


def test_color_never_on_a_terminal_writes_no_escape_code() -> None:
    """newcomer13: `--color never` on a pty still wrote bold and dim (ESC[1m, ESC[2m)."""
    import io

    from rich.text import Text

    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("never", file=out, width=40)
    console._force_terminal = True  # as on a pty
    console.print(Text("bold", style="bold"), Text("dim", style="dim"))
    assert out.getvalue() == "bold dim\n"


LABELLED = "\n".join(
    [
        '{"q": "stiff back after sitting", "expect": ["back-get-stiff-sit"]}',
        '{"q": "heat or ice for a stiff back?", "expect": ["Why does my back get stiff when I sit?"]}',
        '{"q": "how do I make pancakes", "expect": []}',
        '{"q": "how do I make pancakes", "expect": ["back-get-stiff-sit"]}',
        "how long does a stiff back last",
        '{"q": "i cant pee and my groin is numb", "expect": []}',
    ]
)


def test_validate_questions_reads_labelled_lines_and_fails_on_a_wrong_answer(
    tmp_path: Any,
) -> None:
    """Goal 3 (newcomer13 6): a labelled file's questions are right, confidently wrong or an
    honest don't-know, in plain and JSON; a wrong one exits 4, as CI needs."""
    path = tmp_path / "labelled.jsonl"
    path.write_text(LABELLED + "\n")
    done = CliRunner().invoke(app, ["validate", "bundled", "--questions", str(path), "--json"])
    assert done.exit_code == 4, done.stdout + done.stderr
    report = json.loads(done.stdout)
    verdicts = [q.get("verdict") for q in report["questions"]]
    assert verdicts == ["right", "wrong", "right", "dont_know", None, "right"]
    assert "verdict" not in report["questions"][4]  # a plain line's object as it was
    summary = report["summary"]
    assert (summary["labelled"], summary["right"], summary["wrong"], summary["dont_know"]) == (
        5,
        3,
        1,
        1,
    )
    done = CliRunner().invoke(app, ["validate", "bundled", "--questions", str(path)])
    assert done.exit_code == 4
    assert "\tWRONG" in done.stdout and "1 confidently wrong, 1 honest don't-know" in done.stdout
    path.write_text("\n".join(LABELLED.splitlines()[:1] + LABELLED.splitlines()[2:3]) + "\n")
    done = CliRunner().invoke(app, ["validate", "bundled", "--questions", str(path)])
    assert done.exit_code == 0, done.stdout  # all right: 0, as for an unlabelled file


def test_a_brace_line_that_is_no_labelled_question_is_an_error(tmp_path: Any) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"question": "stiff back"}\n')
    done = CliRunner().invoke(app, ["validate", "bundled", "--questions", str(path)])
    assert done.exit_code == 2
    assert "line 1" in done.stderr and "labelled question" in done.stderr


def test_backcare_color_allows_spaces_around_as_backcare_top_does() -> None:
    """F14: BACKCARE_COLOR=" always " was refused, BACKCARE_TOP=" 5 " accepted."""
    from backcare.config import _from_env

    assert _from_env("color", " always ", "BACKCARE_COLOR") == "always"


def test_show_json_of_an_unknown_id_prints_an_object() -> None:
    """F13: `show --json nope` printed nothing on stdout."""
    done = CliRunner().invoke(app, ["show", "--json", "back-get-stif-sit"])
    assert done.exit_code == 1
    shown = json.loads(done.stdout)
    assert shown["id"] == "back-get-stif-sit" and shown["found"] is False
    assert "back-get-stiff-sit" in shown["suggestions"]
