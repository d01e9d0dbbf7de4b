"""One entry for each question that a page's FAQPage data (JSON-LD) and its visible text both give.

The two drift apart: a question reworded on the page but not in the data, an answer whose price
list, numbered steps or links the data flattens or lacks. The visible page is what patients read,
so where both give a question the entry takes the visible question and answer (its lists, steps
and links as the importer keeps them), and a note says each way the data disagreed; the data's
other wording of a question is kept as an alias. One exception, noted too: a visible answer whose
words are all in the data's, which says more (a teaser, an accordion saved collapsed), gives way
to the data's fuller answer. A question is the same in both when its words
are (case and punctuation aside), or, asked in other words, when its answer is the same
(newcomer19 F2: "Do I need a referral from my GP?" in the data and "Do I need a GP referral to
see a physiotherapist?" on the page, one answer, became two entries).
"""

from __future__ import annotations

import re
from typing import Any

from backcare.packs.importers.result import clip, is_variant

# an answer worded a little differently (a sentence added on the page) is still the same answer
# for a question asked in other words: this share of the shorter answer's words in the other's
SAME_ANSWER_SHARE = 0.6

# an answer this long, word for word the same, names its question however it is asked; a shorter
# one ("Yes.") may answer any question, so then the questions must share most content words too
DISTINCT_ANSWER_WORDS = 6

Entry = dict[str, Any]


def paired(data: list[Entry], visible: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(data entry, visible entry) for each question both give: by the question's words first,
    then, among those left, by the answer (only where that pairs one with one, never a guess
    between two)."""
    pairs: list[tuple[Entry, Entry]] = []
    left = list(data)
    unpaired: list[Entry] = []
    for entry in visible:
        found = next((d for d in left if _key(d["question"]) == _key(entry["question"])), None)
        if found is None:
            unpaired.append(entry)
            continue
        left.remove(found)
        pairs.append((found, entry))
    candidates = {id(v): [d for d in left if _same_answer(d, v)] for v in unpaired}
    for entry in unpaired:
        found_in = candidates[id(entry)]
        if len(found_in) != 1:
            continue
        only = found_in[0]
        if sum(only in c for c in candidates.values()) == 1:
            pairs.append((only, entry))
    return pairs


def take_visible(data: Entry, visible: Entry, notes: list[str]) -> None:
    """`data` (the entry kept, in the data's place) given the visible question and answer, with a
    note for each way the two disagreed."""
    shown = visible["question"]
    if _key(data["question"]) != _key(shown):
        notes.append(
            f"question {shown!r} is asked {data['question']!r} in the page's FAQPage data "
            "(JSON-LD), with the same answer: one entry, the visible question kept (the data's "
            "wording as an alias)"
        )
        aliases = [*visible.get("aliases", ()), *data.get("aliases", ()), data["question"]]
        data["aliases"] = list(dict.fromkeys(aliases))
    elif visible.get("aliases"):
        data["aliases"] = list(dict.fromkeys([*visible["aliases"], *data.get("aliases", ())]))
    data["question"] = shown
    theirs, mine = _words(data["answer"]), _words(visible["answer"])
    if theirs == mine:
        data["answer"] = visible["answer"]  # the same words: the page's layout, as patients see it
    elif set(mine) < set(theirs):
        # the page shows part of the data's answer (a teaser, an accordion saved collapsed): the
        # fuller answer holds all the page says, and more
        notes.append(
            f"question {clip(shown)!r}: the page shows part of the answer its FAQPage data "
            "(JSON-LD) gives: kept the data's fuller answer"
        )
    else:
        notes.append(
            f"question {clip(shown)!r}: the page's FAQPage data (JSON-LD) answers it "
            f"{clip(data['answer'], 80)!r}; kept the visible answer, which patients read"
        )
        data["answer"] = visible["answer"]


def _same_answer(data: Entry, visible: Entry) -> bool:
    mine, theirs = _words(data["answer"]), _words(visible["answer"])
    if not mine or not theirs:
        return False
    if mine == theirs and len(mine) >= DISTINCT_ANSWER_WORDS:
        return True
    if not is_variant(data["question"], visible["question"]):
        return False
    shared = len(set(mine) & set(theirs))
    return shared >= SAME_ANSWER_SHARE * min(len(set(mine)), len(set(theirs)))


def _key(question: str) -> str:
    return " ".join(re.findall(r"\w+", question.casefold()))


def _words(text: str) -> list[str]:
    """An answer's words, in order: what it says, whatever its layout (list marks, paragraphs,
    typographic or straight apostrophes)."""
    return re.findall(r"\w+", text.casefold())
