"""Whether a step of the red-flag reading's normalisation (reading.normalize_text,
checklist.read_checklist) may change a text at all: each step's own quick exit, kept here so that
the caller can skip importing the step's module when it cannot (issue 17). Each step's module
starts with the same test (it imports it from here), so a text a gate turns away is the very text
the step would have returned; tests/test_text_gates.py holds each gate to its step.

A calm question typed without a form's punctuation ("stiff back after sitting") then loads none of
these modules: thirteen fewer modules (~7M instructions of a cold `ask`'s ~440M) for most questions
of a line or two. Plain text tests only: no data, no regular expression, nothing imported."""

from __future__ import annotations


def may_hold_emoji(text: str) -> bool:
    """emoji.read_emoji: pictographs and a function's crosses are not ASCII."""
    return not text.isascii()


def may_answer_a_question(text: str) -> bool:
    """A form's choices and answers after a question (form_answers.py, organ_answers.py,
    ability_questions.py, asked_answers.py) follow a "?"."""
    return "?" in text


def may_list_items(text: str) -> bool:
    """A form's items answered on one line (slashed_forms.py) or by a number (measured_items.py)
    are told after a ":"."""
    return ":" in text


def may_take_a_no_back(text: str) -> bool:
    """taken_back_noes.noes_taken_back: an item's no taken back follows a ":" or a dash."""
    return ":" in text or "-" in text or "–" in text


# the quotation marks that open a quoted field ("'Numbness' none"): quoted_fields.py's too
QUOTE_OPENINGS = "'\"\u2018\u201c"


def may_quote_a_field(text: str) -> bool:
    """quoted_fields.quoted_fields: a field is quoted ("'Bladder' and I put N/A")."""
    return any(mark in text for mark in QUOTE_OPENINGS)


def may_run_on(text: str) -> bool:
    """run_on.read_run_on: a comma, or a capital letter that may start a sentence no mark ended
    ("...myself Also, is heat better?"); a text whose letters are all lower case has none."""
    return "," in text or not text.islower()


def may_say_neither(text: str) -> bool:
    """neither.neither_denied: "neither leg is weak"."""
    return "neither" in text.lower()


def may_say_mine(text: str) -> bool:
    """mine.read_mine: "mine" written, or letters that may fold to it (a text not ASCII)."""
    return not text.isascii() or "mine" in text.lower()


def may_speak_numbers(text: str) -> bool:
    """spoken.spoken_numbers: a tens word ("twenty", "sixty"), "point" or "hundred"."""
    lowered = text.lower()
    return "point" in lowered or "hundred" in lowered or "ty" in lowered
