"""A message whose every sign the rules read as denied, read again without its denials (safety124,
issue #12): "no numbness in the legs, no trouble passing urine, only back pain".

The learned check weighs the signs' words and barely their denials: on such a message it was sure
of an emergency (P 0.89) where the rules had judged every sign it names. denied.py holds that back
only beside a calm word ("settling", "better") and signs of three kinds; "only back pain", "just
sore" and "back's stiff" are no calm words, and two signs denied are as plain a denial as three.

So where every sign of the emergency tier and every body region the rules read (the back aside,
and the concepts no sign alone: 'denied_throughout.rest_untold', an age, a tightness, whose words
stay in the rest; safety142; not a time span, which tells "no urine since last night" a sign) is denied by a plain "no" ("no numbness", "no trouble", "nothing numb") or told normal ("legs
fine", "bladder normal"), the message is read again without its denials: each denied sign's
words, from the nearest negation before it in its scope (at most the negation's reach away) to
the sign's last word. The rest is what the check may still find in words the rules do not know
("no numbness in my legs and my bum feels like cardboard when I sit": "and my bum feels like
cardboard when i sit"); the learned emergency stands only if that rest, read alone, is one
(topic_frame._learned_held).

Not read so, and judged whole as before ('denied_throughout.rest_kept' and 'yes_words' in
data/safety_vocabulary.json):
- a sign of the emergency tier or a region told live, over, asked about or of someone else
  ("Power 5/5 in both legs": the legs named outside a denial);
- a negated verb or an inability anywhere ("can't", "haven't", "not", "never"): the rules read
  "haven't been for a poo and can't tell if I need to" as denied, yet its negations are the sign,
  which is what the learned check is there to catch; so too "are you able to pee? - not since
  last night" and "Can feel my bum: never since the fall";
- a yes ("No. Actually yes");
- a word between a negation and its sign other than another sign's words or a little word
  ('denied_throughout.rest_between': "any", "the", "having"): "my mother no consegue pee since
  yesterday", a Portuguese "não consegue" (cannot) whose verb the word-for-word reading left
  unread, is the sign, not its denial.
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def denied_rest(
    tokens: list[Token],
    mentions: list[Mention],
    signs: Collection[str],
    negations: Collection[str],
    reach: int,
    kept: Collection[str],
    between: Collection[str],
    subjects_read: tuple[Collection[str], Collection[str], Collection[str]] = ((), (), ()),
    verb_denied: Collection[str] = (),
) -> str | None:
    """The message's words without its denials of signs, or None when it is not such a message
    (module doc): `signs` are the concepts that must all be denied (the emergency tier's signs
    and the body regions), `negations` the words that deny within `reach` words, and `kept` the
    words (a yes, a negated verb) that have the message read whole; `between` the little words
    that may stand between a negation and its sign ("no *real* trouble", "not *having any*"),
    `subjects_read` the body parts' concepts, the words that may join one to the denial of its
    own sign ("legs *are* not numb") and the negations such a denial opens with ("not",
    "isn't": _denied_subjects); `verb_denied` the signs a negated verb of `kept` plainly denies
    ("I haven't fallen": _verb_denials)."""
    told = [m for m in mentions if m.concept in signs]
    if not told or any(m.asked for m in told):
        return None
    # a body part whose own sign is denied right after it, in its clause ("legs not numb",
    # "bum isn't numb"): the part is the subject of that denial, denied with it
    subjects = _denied_subjects(tokens, told, *subjects_read)
    if not all(m.negated or (m.first, m.last) in subjects for m in told):
        return None
    # the negation of such a predicate denial is no negated verb ("legs *not* numb"), nor one
    # opening an event's or a sensation's denial ("I *haven't* fallen", safety140)
    spoken = {k for first, last in subjects.values() for k in range(first, last + 1)}
    spoken |= _verb_denials(tokens, told, kept, between, reach, verb_denied)
    if any(t.surface in kept for k, t in enumerate(tokens) if k not in spoken):
        return None  # a negated verb may be the sign itself ("can't tell if I need to")
    signed = {k for m in told for k in range(m.first, m.last + 1)}
    aside: set[int] = set(spoken)
    for m in told:
        if not m.negated:
            continue  # a subject of a denial: set aside with it
        first = m.first
        scope = tokens[m.first].scope
        for k in range(m.first - 1, max(-1, m.first - reach - 1), -1):
            if tokens[k].scope != scope:
                break
            if tokens[k].surface in negations:
                first = k  # the nearest: words between two denials stay in the rest
                break
        # between the negation and its sign only little words or other signs' words: a word
        # of another kind there may turn the denial into the sign ("no consegue pee", a
        # foreign "cannot" left unread by foreign_reading.py)
        if any(
            k not in signed and tokens[k].surface not in between for k in range(first + 1, m.first)
        ):
            return None
        aside.update(range(first, m.last + 1))
    return " ".join(t.surface for k, t in enumerate(tokens) if k not in aside)


def _denied_subjects(
    tokens: list[Token],
    told: list[Mention],
    parts: Collection[str],
    links: Collection[str],
    negations: Collection[str],
) -> dict[tuple[int, int], tuple[int, int]]:
    """The body parts told live whose next words, in their clause, are a negation and then
    (right after it) the first word of a denied sign: each part's (first, last) to the span from
    the part to the negation ("legs not numb", "my legs are not numb"). The sign keeps its own
    denial; nothing else may stand between ("legs do not feel numb" is read whole)."""
    starts = {m.first for m in told if m.negated}
    subjects: dict[tuple[int, int], tuple[int, int]] = {}
    for m in told:
        if m.negated or m.concept not in parts:
            continue
        k = m.last + 1
        while k < len(tokens) and tokens[k].surface in links:
            k += 1
        if (
            k + 1 < len(tokens)
            and tokens[k].surface in negations
            and k + 1 in starts
            and all(tokens[j].scope == tokens[m.first].scope for j in range(m.first, k + 2))
        ):
            subjects[(m.first, m.last)] = (m.first, k)
    return subjects


def _verb_denials(
    tokens: list[Token],
    told: list[Mention],
    kept: Collection[str],
    between: Collection[str],
    reach: int,
    verb_denied: Collection[str],
) -> set[int]:
    """The negated verbs of `kept` that open the denial of a sign of `verb_denied` within
    `reach` words in its clause, with only `between` words or other told signs' words between
    ("I haven't fallen or had any accident", "hasn't had a fever"). A bladder's, a bowel's, feeling's
    or walking's negated verb is the sign itself ("haven't been for a poo"): none of those is in
    `verb_denied`, so theirs still have the message read whole."""
    signed = {k for m in told for k in range(m.first, m.last + 1)}
    verbs: set[int] = set()
    for m in told:
        if not m.negated or m.concept not in verb_denied:
            continue
        scope = tokens[m.first].scope
        for k in range(m.first - 1, max(-1, m.first - reach - 1), -1):
            if tokens[k].scope != scope:
                break
            if tokens[k].surface in kept:
                verbs.add(k)
                break
            if k not in signed and tokens[k].surface not in between:
                break
    return verbs
