"""A question partly in another language is told that only its English words were read
(newcomer29 F7).

"mein Rücken tut so weh after gardening, is heat or ice besser?" reads as English (most of its
words are), so it was answered or refused as if all of it had been read: its writer was never told
that the German half, which could have described an emergency, was not checked. A message that
reads as English but whose foreign marks are at least two and a sixth of its words
(engine/language.py's partly_foreign) is now told so first, in every output, and JSON marks it
`partly_english`; with no notice and no answer it gets the emergency pointer, as a message wholly
in another language does. A word or two of another language in a long English message is not
marked."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.answer import Engine
from backcare.engine.language import partly_foreign, reads_as_english

PARTLY = [
    "mein Rücken tut so weh after gardening, is heat or ice besser?",
    "mi espalda is super tight after trabajo, what helps?",
    "kya heat lagana thik hai for tite back musles ya ice better",
    "plecy bolą bardzo, my back is stiff after the gym, what stretch?",
    "j'ai mal au dos depuis hier, any stretches for it?",
    "kamar dard after lifting the cooler, koi exercise batao",
]

ENGLISH = [
    "stiff back after sitting",
    "heat or ice for a stiff back?",
    "my back hurts after playing tra la la on the piano for hours",
    "I run a small café and I am on my feet all day, lifting crates of milk and trays of cups, and "
    "by the evening my lower back is stiff and sore. What stretches would help after a long shift?",
    "my back hurts since the caída last week, what helps?",
]


@pytest.mark.parametrize("text", PARTLY)
def test_partly_foreign_messages_read_as_english_and_are_marked(text: str, engine: Engine) -> None:
    assert reads_as_english(text)
    assert partly_foreign(text)
    answer = engine.ask(text)
    assert answer.partly_english and not answer.not_english and answer.language_note
    assert answer.to_dict()["partly_english"] is True


@pytest.mark.parametrize("text", ENGLISH)
def test_english_with_a_foreign_word_or_two_is_not_marked(text: str, engine: Engine) -> None:
    assert not partly_foreign(text)
    answer = engine.ask(text)
    assert not answer.partly_english and not answer.language_note
    assert "partly_english" not in answer.to_dict()


def test_a_message_wholly_in_another_language_is_not_english_not_partly(engine: Engine) -> None:
    answer = engine.ask("mein Vater kann nicht laufen und nicht pinkeln seit heute Morgen")
    assert answer.not_english and not answer.partly_english


def test_a_raised_notice_is_not_followed_by_the_partly_line(engine: Engine) -> None:
    # the English words were read and raised a notice: the notice stands alone
    answer = engine.ask("mi espalda duele mucho and I can't feel my legs or control my bladder")
    assert answer.red_flags and not answer.partly_english


def test_unanswered_and_unflagged_gets_the_emergency_pointer(engine: Engine) -> None:
    answer = engine.ask("mein Rücken tut so weh after gardening, is heat or ice besser?")
    if answer.match is None:
        assert answer.pointer == "emergency"
    answered = engine.ask("mi espalda is super tight after trabajo, what helps?")
    assert answered.match is not None and answered.pointer is None


def test_every_output_says_it_first() -> None:
    runner = CliRunner()
    text = "mi espalda is super tight after trabajo, what helps?"
    plain = runner.invoke(app, ["ask", "--plain", text])
    assert plain.exit_code == 0, plain.output
    first = plain.stdout.splitlines()[0]
    assert first.startswith("Part of this is not in English")
    assert "only its English words were checked for an emergency" in first
    as_json = runner.invoke(app, ["ask", "--json", text])
    data = json.loads(as_json.stdout)
    assert data["partly_english"] is True and "not_english" not in data
    german = "mein Rücken tut so weh after gardening, is heat or ice besser?"
    unanswered = runner.invoke(app, ["ask", "--plain", german])
    assert unanswered.exit_code == 1
    # why the pointer is there comes first, on stdout (newcomer30 F6), and not again on stderr
    assert unanswered.stdout.startswith("Part of this is not in English")
    assert "If this is happening to you now: Call" in unanswered.stdout
    assert unanswered.stderr.startswith("backcare: no confident match")
