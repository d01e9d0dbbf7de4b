"""The stranger trial's open findings (ux33, /work/wt/s33/stranger_report.md): typo'd English read
as English (F5), the not-English line truthful about which signs were read (F6), and the CLI's
smaller inconsistencies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.language import mistyped_english, reads_as_english


def run(runner: CliRunner, *args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=stdin)


# F5: English whose little words are mistyped, written for this test (none from an eval set)
TYPED_ENGLISH = [
    "wat shuld i do",
    "wher shuld i go",
    "wat abut ths",
    "shuld i stil wrk",
    "hw mny tims shud i do thm",
    "thier wer no othr probs",
    "whn shuld i kepp goin",
    "wat wuld yu do",
    "wen shoud i worry",
]

# messages in other languages (also written for this test) that must stay "not English"
FOREIGN = [
    "boli mnie plecy od wczoraj",
    "tengo dolor de espalda desde ayer",
    "mi fa male la schiena quando cammino",
    "minhas costas doem muito hoje",
    "mein Rücken tut weh seit gestern",
    "j'ai mal au dos depuis hier",
    "mijn rug doet pijn na het werk",
    "mae fy nghefn yn brifo",
    "wat moet ik doen met mijn rug",
    "was soll ich machen wenn es weh tut",
    "mera kamar mein dard hai kya karun",
    "co mam robic z tym bolem",
]


@pytest.mark.parametrize("text", TYPED_ENGLISH)
def test_english_with_mistyped_little_words_reads_as_english(text: str) -> None:
    assert reads_as_english(text)


@pytest.mark.parametrize("text", FOREIGN)
def test_a_message_in_another_language_still_does_not_read_as_english(text: str) -> None:
    assert not reads_as_english(text)


@pytest.mark.parametrize("word", ["wat", "wher", "shuld", "shoudl", "abut", "becuase", "thier"])
def test_a_mistyped_little_word_is_english(word: str) -> None:
    assert mistyped_english(word)


@pytest.mark.parametrize(
    "word",
    # too short to tell; a short word with a letter changed (Polish "maz", "nog", "moze"); the
    # first letter changed; no letters
    ["hw", "cn", "maz", "nog", "moze", "xhould", "w4t", "zzzzzzzz"],
)
def test_a_word_is_not_read_as_a_typo_of_a_little_word(word: str) -> None:
    assert not mistyped_english(word)


@pytest.mark.parametrize("text", ["wat shuld i do", "wher shuld i go", "wat shuld i wear"])
def test_typo_d_english_is_not_told_it_is_not_english(runner: CliRunner, text: str) -> None:
    result = run(runner, "ask", text)
    assert result.exit_code == 1, result.output  # no match, but read
    assert "English" not in result.stdout + result.stderr
    data = json.loads(run(runner, "ask", "--json", text).stdout)
    assert "not_english" not in data and data["pointer"] is None


def test_typo_d_english_describing_an_emergency_is_still_an_emergency(runner: CliRunner) -> None:
    result = run(runner, "ask", "wat shuld i do, cant pee and both legs numm since this morning")
    assert result.exit_code == 3
    assert "EMERGENCY" in result.stdout
    assert "English" not in result.stdout


# F6: a language whose sign words are read is told only those were checked; one not read at all
# is told it could not be checked
def test_a_message_whose_signs_are_read_is_told_only_those_were_checked(
    runner: CliRunner,
) -> None:
    result = run(runner, "ask", "me duele la espalda cuando me siento")
    first = result.stdout.splitlines()[0]
    assert first.startswith("This does not look like English")
    assert "in Spanish only its words for the red-flag signs it knows" in first
    assert "could not check" not in result.stdout + result.stderr
    assert "\n" not in first  # one line
    data = json.loads(run(runner, "ask", "--json", "me duele la espalda cuando me siento").stdout)
    assert data["not_english"] is True and data["signs_read_in"] == "Spanish"


def test_a_message_in_a_language_not_read_is_told_it_could_not_be_checked(
    runner: CliRunner,
) -> None:
    said = "watashi no senaka ga totemo itai desu"
    result = run(runner, "ask", said)
    assert "could not check it for an emergency" in result.stdout.splitlines()[0]
    data = json.loads(run(runner, "ask", "--json", said).stdout)
    assert data["not_english"] is True and "signs_read_in" not in data


def test_a_read_language_s_emergency_keeps_the_notice_alone(runner: CliRunner) -> None:
    result = run(runner, "ask", "no puedo orinar y tengo las dos piernas dormidas")
    assert result.exit_code == 3
    assert "only those were checked" not in result.stdout


# F7: `topics` joins its words as `ask` does
def test_topics_joins_its_words_as_ask_does(runner: CliRunner) -> None:
    joined = run(runner, "topics", "--plain", "muscle", "atrophy")
    quoted = run(runner, "topics", "--plain", "muscle atrophy")
    assert joined.exit_code == 0, joined.output
    assert joined.stdout == quoted.stdout
    assert joined.stdout and all(
        line.startswith("muscle atrophy\t") for line in joined.stdout.splitlines()
    )


def test_topics_with_words_of_no_topic_is_not_found_naming_the_joined_words(
    runner: CliRunner,
) -> None:
    result = run(runner, "topics", "--plain", "knitting", "patterns")
    assert result.exit_code == 1
    assert "'knitting patterns'" in result.stderr
    assert "unexpected extra argument" not in result.stderr


def test_topics_words_describing_an_emergency_give_the_notice(runner: CliRunner) -> None:
    result = run(runner, "topics", "i", "cant", "pee", "and", "my", "bum", "is", "numb")
    assert result.exit_code == 3
    assert "EMERGENCY" in result.stdout


# F3 and F9: notes on text that reaches patients (or fails to) are [check], not routine
CALLING = (
    "<html><body><h1>FAQ</h1><p>Give us a ring on 020 7946 0000 if your question is not here.</p>"
    "<h3>Do I need a referral?</h3><p>No. You can <a href='/book'>book online</a>.</p>"
    "<h3>Is there parking?</h3><p>Yes, four spaces.</p></body></html>"
)


def test_a_page_s_dropped_phone_number_is_checked_not_nothing_lost(
    runner: CliRunner, tmp_path: Any
) -> None:
    page = tmp_path / "faq.html"
    page.write_text(CALLING, encoding="utf-8")
    result = run(runner, "validate", str(page))
    assert result.exit_code == 1
    assert "nothing lost" not in result.stdout
    marked = [line for line in result.stderr.splitlines() if line.endswith(" [check]")]
    assert any("020 7946 0000" in line for line in marked)
    assert any("relative address" in line for line in marked)


def test_a_call_to_action_kept_by_contact_is_routine_again(
    runner: CliRunner, tmp_path: Any
) -> None:
    page = tmp_path / "faq.html"
    page.write_text(CALLING.replace("/book", "https://clinic.example/book"), encoding="utf-8")
    out = tmp_path / "clinic.json"
    done = run(runner, "import", str(page), "-o", str(out), "--contact", "020 7946 0000")
    assert done.exit_code == 0, done.output
    assert "[check]" not in done.stderr
    checked = run(runner, "validate", str(out))
    assert checked.exit_code == 0, checked.output
    without = run(runner, "import", str(page), "-o", str(tmp_path / "bare.json"))
    assert "020 7946 0000" in without.stderr and "[check]" in without.stderr


def test_a_trailing_call_to_action_with_a_number_is_checked(tmp_path: Any) -> None:
    from backcare.packs.importers import import_text
    from backcare.packs.importers.result import is_routine_note

    asked = ["Is there parking?", "Do you open on Sundays?"]
    questions = "".join(f"## {q}\n\nYes, answer {n} here.\n\n" for n, q in enumerate(asked))
    for call, routine in (
        ("Ready to book?\n\nRing 0161 496 0123 today.", False),
        ("Ready to book?\n\nBook at [our booking page](https://clinic.example/book).", True),
    ):
        page = f"# FAQ\n\n{questions}## {call}\n"
        notes = [n for n in import_text(page, "markdown").notes if "after the last" in n]
        assert len(notes) == 1 and is_routine_note(notes[0]) is routine, notes


# F12: `ask q.txt` names a file: a one-line hint that a batch reads standard input
def test_ask_with_a_file_name_hints_at_the_batch_and_still_asks(
    runner: CliRunner, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q.txt").write_text("stiff back after sitting\n", encoding="utf-8")
    result = run(runner, "ask", "q.txt")
    assert result.exit_code == 1  # still the question 'q.txt': no confident match
    hints = [line for line in result.stderr.splitlines() if "is a file" in line]
    assert hints == [
        "note: 'q.txt' is a file, read here as the question's words; to answer each of its "
        "lines, read it from standard input: backcare ask - < q.txt"
    ]
    data = json.loads(run(runner, "ask", "--json", "q.txt").stdout)
    assert data["query"] == "q.txt"


@pytest.mark.parametrize("words", [["no-such-file.txt"], ["stiff", "back"], ["."], [""]])
def test_ask_gives_no_file_hint_for_words_that_name_no_file(
    runner: CliRunner, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stiff back").write_text("x", encoding="utf-8")  # two words: a question
    result = run(runner, "ask", *words)
    assert "is a file" not in result.stderr


def test_a_file_name_with_spaces_quoted_for_the_shell(
    runner: CliRunner, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my'qs.txt").write_text("heat or ice?\n", encoding="utf-8")
    result = run(runner, "ask", "my'qs.txt")
    assert "backcare ask - < 'my'\"'\"'qs.txt'" in result.stderr


# F10: an entry asking the answered question word for word is the pack's tie, not "related"
TWINS = {
    "title": "Clinic FAQ",
    "entries": [
        {"id": "park-yes", "question": "Can I park at the clinic?", "answer": "Yes, ten spaces."},
        {"id": "park-no", "question": "can I  park at the CLINIC?", "answer": "No, use the town."},
        {"id": "wear", "question": "What should I wear?", "answer": "Loose clothing."},
        {"id": "bus", "question": "Which bus stops at the clinic?", "answer": "The 42."},
    ],
}


def _twins_answer(tmp_path: Any, question: str) -> Any:
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    path = tmp_path / "twins.json"
    path.write_text(json.dumps(TWINS), encoding="utf-8")
    return Engine(load_pack(path)).ask(question, top=4)


def test_a_duplicate_question_is_said_as_the_pack_s_tie_not_related(tmp_path: Any) -> None:
    from backcare.output.plain import related_lines

    answer = _twins_answer(tmp_path, "can I park at the clinic")
    assert answer.match is not None
    [twin] = answer.same_question
    assert {twin.entry.id, answer.match.entry.id} == {"park-yes", "park-no"}
    assert twin not in answer.related
    shown = related_lines(answer)
    assert shown.startswith("This pack has 2 entries with this question; the other is ")
    assert f"[{twin.entry.id}]" in shown.splitlines()[0]
    assert "score 100" not in shown
    related = shown.split("Related questions:")[1] if "Related questions:" in shown else ""
    assert twin.entry.id not in related


def test_no_tie_line_without_a_duplicate(tmp_path: Any) -> None:
    from backcare.output.plain import related_lines

    answer = _twins_answer(tmp_path, "which bus goes to the clinic")
    assert answer.match is not None and answer.match.entry.id == "bus"
    assert answer.same_question == ()
    assert "entries with this question" not in related_lines(answer)


def test_the_terminal_views_say_the_tie_too(tmp_path: Any) -> None:
    import io

    from rich.console import Console

    from backcare.output.terminal import print_answer

    answer = _twins_answer(tmp_path, "can I park at the clinic")
    out = io.StringIO()
    print_answer(Console(file=out, width=100, color_system=None), answer)
    shown = " ".join(out.getvalue().split())
    assert "This pack has 2 entries with this question" in shown
    assert ", 100.0]" not in shown


# F11: a question no entry answers is told the topic its own words name, before every topic
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("sciatica stretches", "stretches and release"),
        ("stretchs for a sore neck", "stretches and release"),  # a close spelling
        ("stretches for a frozen shoulder", "stretches and release"),
        ("release for a trigger finger", "stretches and release"),
        ("reliefs for period cramps", "pain relief"),
        ("relief from sinus headaches", "pain relief"),
        ("stiffness in fingers each morning", "stiffness and tightness"),
        ("tightness in the jaw", "stiffness and tightness"),
    ],
)
def test_no_match_names_the_topic_the_question_s_words_name(
    runner: CliRunner, question: str, topic: str
) -> None:
    result = run(runner, "ask", question)
    assert result.exit_code == 1, result.output
    line = result.stderr.splitlines()[-1]
    assert f"Your words name the topic {topic!r}" in line, line
    assert f"'backcare topics {topic}' lists its questions" in line
    assert line.index("Your words name") < line.index("This FAQ covers")


@pytest.mark.parametrize("question", ["how do i make pancakes", "where is the nearest bank"])
def test_no_topic_named_by_words_that_name_none(runner: CliRunner, question: str) -> None:
    result = run(runner, "ask", question)
    assert result.exit_code == 1
    assert "Your words name" not in result.stderr
    assert "This FAQ covers" in result.stderr


def test_topics_named_in_reads_content_words_only() -> None:
    from backcare.packs.load import load_pack
    from backcare.packs.lookup import topics_named_in
    from backcare.resources import data_path

    pack = load_pack(data_path("faq.json"))
    assert topics_named_in(pack, "and the with for") == ()
    assert topics_named_in(pack, "stretches and relief") == ("stretches and release", "pain relief")
    assert topics_named_in(pack, "x" * 10_000) == ()


def test_topics_command_quotes_only_what_a_shell_would_misread() -> None:
    from backcare.output.messages import topics_command

    assert topics_command("pain relief") == "backcare topics pain relief"
    assert topics_command("Kids & teens") == "backcare topics 'Kids & teens'"
    assert topics_command("-rf") == "backcare topics -- -rf"
