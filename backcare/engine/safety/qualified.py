"""A function item's qualified no on a form (safety67, safety74): "Bowel control: never sure any
more", "Bladder control: not reliable since the fall", "Sensation down below: never the same".

The answer opens with a lead ("never", "not", "no", ...) and the lead negates a quality of the
function: the word right after it, past an intensifier or "the" ("not very good", "never quite
right", "not the same"). Such an answer tells the function lost, as "Bowel control: no" does.

Read as a denial instead (codereview20 finding 1, review20 F6):
- a problem denied ("never a problem", "no change", "not sure what you mean");
- a comparison that denies change: the lead before "worse", past "any", "much" ("no worse than
  normal", "not any worse than usual", "not much worse than before");
- a doubt about the question, not the function: the quality followed by "why", "what", "how" ...
  ("never sure why they ask that", "never sure what counts as normal");
- a reassurance in the answer ("not great but fine") or, of two words or more, in the rest of
  its sentence ("..., it's fine", "..., but no accidents"; a lone "fine" there may be another
  item's: "not right, bladder fine"). None counts where a lead negates it ("not fine").

Told fine instead (tells_fine, safety76): a problem denied or better than ever ("never had a
problem", "not an issue", "never been better"), or change denied ("no worse than before"), with
nothing taken back: read as "ITEM: fine", since the learned check read "never" after "control"
as the control lost.

Pure: words in (data/checklist_words.json 'qualified'), a verdict out.
"""

from __future__ import annotations

import functools

from backcare.namedtuple import NamedTuple
from backcare.resources import DataError


class Qualified(NamedTuple):
    leads: frozenset[str]
    between: frozenset[str]  # what may stand between the lead and its quality ("very", "the")
    qualities: frozenset[str]
    denials: frozenset[str]
    comparatives: frozenset[str]  # a negated one denies change ("no worse")
    comparative_between: frozenset[str]  # "not any worse", "not much worse"
    asked_about: frozenset[str]  # "never sure why ...": a doubt about the question
    reassurances: tuple[tuple[str, ...], ...]  # word runs ("it's fine", "no accidents")
    fine_between: frozenset[str]  # "never [had a] problem", "never [been] better"
    fine_problems: frozenset[str]
    fine_comparatives: frozenset[str]
    fine_takebacks: frozenset[str]  # "never a problem until yesterday": no denial


@functools.cache
def qualified_words() -> Qualified:
    """data/checklist_words.json 'qualified', read when a form answer first needs it."""
    from backcare.resources import read_json

    data = read_json("checklist_words.json")["qualified"]
    try:
        words = Qualified(
            frozenset(data["leads"]),
            frozenset(data["between"]),
            frozenset(data["qualities"]),
            frozenset(data["denials"]),
            frozenset(data["comparatives"]),
            frozenset(data["comparative_between"]),
            frozenset(data["asked_about"]),
            tuple(tuple(phrase.split()) for phrase in data["reassurances"]),
            frozenset(data["fine_between"]),
            frozenset(data["fine_problems"]),
            frozenset(data["fine_comparatives"]),
            frozenset(data["fine_takebacks"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"checklist_words.json 'qualified': {error!r}") from None
    if words.leads & words.between or words.qualities & words.between:
        raise DataError(
            "checklist_words.json 'qualified': a word both 'between' and a lead or quality"
        )
    return words


def tells_loss(answer: list[str], rest: list[str]) -> bool:
    """Whether a function item's answer (its words, lowercased) tells the function not as it
    should be; 'rest' is the rest of the answer's sentence, read for reassurances only."""
    words = qualified_words()
    if not answer or answer[0] not in words.leads:
        return False
    at = 1
    while at < len(answer) and answer[at] in words.between:
        at += 1
    if at >= len(answer) or answer[at] not in words.qualities:
        return False
    if at + 1 < len(answer) and answer[at + 1] in words.asked_about:
        return False
    if words.denials.intersection(answer) or _denies_change(answer, words):
        return False
    return not _reassured(answer, words, 1) and not _reassured(rest, words, 2)


def tells_fine(answer: list[str], rest: list[str]) -> bool:
    """Whether a function item's answer denies any problem with it, as "fine" does (safety76):
    a lead, then past 'fine_between' words a problem ("never had a problem", "not an issue",
    "no longer an issue since my op") or a comparative ("never been better"), or a lead before
    "worse" ("not really any worse than before my back went"); not when the answer or the rest of
    its sentence takes it back ("never a problem until yesterday", "..., but now I leak")."""
    words = qualified_words()
    if not answer or answer[0] not in words.leads:
        return False
    if words.fine_takebacks.intersection(answer) or words.fine_takebacks.intersection(rest):
        return False
    if _denies_change(answer, words):
        return True
    at = 1
    while at < len(answer) and answer[at] in words.fine_between:
        at += 1
    if at >= len(answer):
        return False
    return answer[at] in words.fine_problems or answer[at] in words.fine_comparatives


def _denies_change(answer: list[str], words: Qualified) -> bool:
    """ "no worse", "not any worse", "not much worse": a lead before a comparative."""
    for at, word in enumerate(answer):
        if word not in words.comparatives:
            continue
        before = at - 1
        while before >= 0 and answer[before] in words.comparative_between:
            before -= 1
        if before >= 0 and answer[before] in words.leads:
            return True
    return False


def _reassured(said: list[str], words: Qualified, shortest: int) -> bool:
    """A reassurance of 'shortest' words or more among the words, not negated ("fine", but not
    "not fine")."""
    for phrase in words.reassurances:
        size = len(phrase)
        if size < shortest:
            continue
        for at in range(len(said) - size + 1):
            if tuple(said[at : at + size]) != phrase:
                continue
            if at == 0 or said[at - 1] not in words.leads:
                return True
    return False
