"""A normal reading outgrown (safety102, review26, issue #12). safety101 read "a temperature of
37.2" as no fever (a sense holding the temperature word and a 'normal_temp' number), which also
hid the word when the reading rose later: "temp was 37 this morning, 39.6 now, back pain" read
no fever, since the fever's phrase ("temp ... 39.6") shares the word the sense holds. A reading
is normal only while nothing after it tells what it measures is high: a sense holding a number of
a 'normal_readings' class (data/safety_vocabulary.json) gives way when a concept of its
'outgrown_by' (the fever) is read with a number of its own after the sense's last, or a number
of a 'higher' class (a fever's, 37.8 to 42.5) follows in its sentence, or a sign of 'signs_after'
is told after it ("temp 36, shaking, back pain and mum is confused": shaking and confusion with
a reading at the edge of the range are the infection's signs, which the reading does not answer;
when in doubt, flag). What came before it ("I
felt shivery ... but my temperature was 36.8") is what the reading answers and stays explained.
A low reading with shaking or confusion is no normal one: the class starts at 36 (NICE NG51
counts below 36 as a sepsis sign). Pure: tokens and phrase finds in, a verdict out."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.reading import Found, NumberClass, Token, in_class, number_class
from backcare.resources import DataError


@functools.cache
def _normal_readings() -> tuple[
    tuple[NumberClass, ...], frozenset[str], tuple[NumberClass, ...], frozenset[str]
]:
    """The number classes of normal readings, the concepts that outgrow them and the numbers
    that outgrow them in their sentence, and the signs that a normal reading never explains."""
    from backcare.resources import read_shared_json

    vocabulary = read_shared_json("safety_vocabulary.json")
    try:
        words = vocabulary["normal_readings"]
        this_year = int(vocabulary["calendar"]["this_year"])
        classes = tuple(
            number_class(vocabulary["numbers"][str(n)], this_year) for n in words["numbers"]
        )
        outgrown_by = frozenset(str(c) for c in words["outgrown_by"])
        signs_after = frozenset(str(c) for c in words["signs_after"])
        higher = tuple(
            number_class(vocabulary["numbers"][str(n)], this_year) for n in words["higher"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise DataError(f"safety_vocabulary.json 'normal_readings': {error!r}") from None
    return classes, outgrown_by, higher, signs_after


def outgrown(tokens: Sequence[Token], candidates: Sequence[Found], sense: Found) -> bool:
    """Whether `sense` holds a normal reading and a concept that outgrows it is read after it."""
    classes, outgrown_by, higher, signs_after = _normal_readings()
    if not any(
        (number := tokens[p].number) is not None and any(in_class(number, c) for c in classes)
        for p in sense.positions
    ):
        return False
    last = sense.positions[-1]
    sentence = tokens[last].sentence
    # "temp was 37 this morning, 39.6 now": a higher number later in its sentence, read by no
    # phrase of the fever (its clause is another) but by the learned check beside the word
    if any(
        t.sentence == sentence
        and t.number is not None
        and any(in_class(t.number, c) for c in higher)
        for t in tokens[last + 1 :]
    ):
        return True
    # the fever with a reading of its own after the sense ("and 39.1 by tea time"): a fever
    # word alone is read anyway, and a denied one ("temp 36.8 so no fever") must not undo the
    # normal reading; the infection's other signs told after it
    return any(
        (f.label in signs_after and f.positions[0] > last)
        or (
            f.label in outgrown_by
            and any(p > last and tokens[p].number is not None for p in f.positions)
        )
        for f in candidates
    )
