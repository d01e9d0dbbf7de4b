"""A form's field quoted by its label and answered with an empty value (safety115, issue #12, red
flags 38): "Insurance form for my back claim says 'Bladder or bowel problems' and I put N/A,
'Numbness' none, 'Time off work' 3 days". The label names a sign as a field of the form, and the
value after it says the asker has none of it; read as prose, the label was the asker's sign.

A label in quotes, or a run of them joined by "and", "or" or a comma (one to LABEL_WORDS words, no quotation mark inside) answered right after its
closing quote by an empty value ('empties' in data/quoted_fields.json: "N/A", "none", "nil",
"-"), after a colon or a dash or after the asker's verb of filling in (form_answers.json's
'subjects' and 'verbs', "and I put"), is read as denied: "no" is put before the label inside its
quotes. The value must end its clause (a comma, a full stop, a new line, another quote or the
end): "'Bowel control' N/A but I've soiled myself twice today" goes on to a claim and "'Numbness'
yes, both legs" names no empty value, so both are left as written. Pure text in, text out."""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.alternation import either
from backcare.engine.safety.checklist import function_words
from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.text_gates import QUOTE_OPENINGS, may_quote_a_field
from backcare.resources import DataError

# a field's label: longer quoted runs are sentences quoted, not a form's fields
LABEL_WORDS = 8
_OPENING = QUOTE_OPENINGS
_CLOSING = "'\"\u2019\u201d"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of quoted labels with its empty value ending its clause; one quoted label."""
    from backcare.resources import read_json

    try:
        words = read_json("quoted_fields.json")
        form = read_json("form_answers.json")
        empties = sorted((str(w) for w in words["empties"]), key=len, reverse=True)
        joiners = [str(w) for w in words["joiners"]]
        between = [str(w) for w in words["between"]]
        spans = sorted((str(w) for w in words["spans"]), key=len, reverse=True)
        subjects = sorted((str(w) for w in form["subjects"]), key=len, reverse=True)
        verbs = sorted((str(w) for w in form["verbs"]), key=len, reverse=True)
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"quoted_fields.json: {error!r}") from None
    quoted = rf"[{_OPENING}][^\W\d_][^{_OPENING}{_CLOSING}\n]{{0,80}}?[{_CLOSING}]"
    labels = rf"{quoted}(?:[^\S\n]*(?:,|{either(between)})[^\S\n]*{quoted})*"
    filled = rf"(?:(?:{either(joiners)})[^\S\n]+)?(?:{either(subjects)})[^\S\n]+(?:{either(verbs)})"
    empty = "|".join(re.escape(e) for e in empties)
    field = re.compile(
        rf"(?i)(?:^|(?<=[\s:(,]))(?P<labels>{labels})"
        rf"(?P<gap>[^\S\n]*(?:[:=\-\u2013\u2014][^\S\n]*)?(?:{filled}[^\S\n]+)?)"
        rf"(?P<value>[{_OPENING}]?(?:{empty})[{_CLOSING}]?(?:[^\S\n]+(?:{either(spans)}))?)"
        rf"(?=[^\S\n]*(?:[,.;!?\n{_OPENING}]|$))"
    )
    one = re.compile(rf"[{_OPENING}](?P<label>[^{_OPENING}{_CLOSING}\n]+)[{_CLOSING}]")
    return field, one


@functools.cache
def _label_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The losses, the negations and the function words a label is read by."""
    words = listed_words("quoted_fields.json")
    return words["losses"], words["negations"], function_words()


def _a_symptom(label: str) -> bool:
    """Whether a quoted label names a sign an empty value denies: short, no question, no
    negation, and a function or an ability named only as its loss ("Loss of bladder control";
    "Bladder control" - no is the control lost)."""
    said = re.findall(r"[a-z]+", label.lower().replace("'", "").replace("\u2019", ""))
    losses, negations, functions = _label_words()
    if not said or len(said) > LABEL_WORDS or "?" in label or negations.intersection(said):
        return False
    return not functions.intersection(said) or bool(losses.intersection(said))


def quoted_fields(text: str) -> str:
    """The text with each quoted label answered empty read as denied (see the module)."""
    if not may_quote_a_field(text):
        return text
    field, one = _patterns()

    def label_denied(found: re.Match[str]) -> str:
        label = found.group("label")
        if not _a_symptom(label):
            return found.group()
        return found.group().replace(label, f"no {label}", 1)

    def denied(found: re.Match[str]) -> str:
        labels = one.sub(label_denied, found.group("labels"))
        return f"{labels}{found.group('gap')}{found.group('value')}"

    return field.sub(denied, text)
