"""validate's `competing-entries` warning: pairs of a pack's entries the matcher cannot tell
apart, found from the rankings of the entries' own questions (packs/validate.py ranks them)."""

from __future__ import annotations

from collections import Counter

from backcare.engine.analyze import stem, words
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.answer import Engine
    from backcare.engine.match import Ranking, Signals


# (first entry, message, other entry): a `competing-entries` warning, also as validate keeps it
Rival = tuple[str, str, str]


def competing_entries(engine: Engine, own: dict[str, Ranking], top: int) -> list[Rival]:
    """Pairs of entries the matcher cannot tell apart: each one's question finds the other among
    its best answers (ranked within the confident share of the best, as before), and would find it
    as a confident answer on its own (`confidence` of its own signals: it names the entry's subject
    and asks a question of its type), and the other entry's question and aliases name everything
    the question is about (its subject words: "How long does a stiff back last?" and "How long
    does it take to rebuild muscle after atrophy?" share a question type, not a subject). Such a
    pair is one an author can act on: merge the two, or make their questions say what sets them
    apart. `own`: the ranking of each entry's question, at least `top` deep.

    A question that ranks its own entry first finds the other as a rival only when they share a
    subject few of the pack's entries have, or when the other's question and aliases name every
    word it says but its framing: "Can I come to work with back pain?" and "What should I do if I hurt my back at
    work?" share only "back", the subject of 8 of an occupational-health pack's 20 entries, and
    the first says "come", which the second never does (newcomer12 F3).

    A subject word common in the pack is no difference: "How do I book an appointment?" and "How
    can I make a booking?" are one entry written twice though the second never says
    "appointment", the subject of 5 of the clinic's 20 entries (newcomer21 F3); what each asks
    besides the pack's common words, the other names, and they share a word of their own. Such a
    pair is read through the whole of `own` (each ranking may be deeper than `top`): the entries
    sharing the common word rank ahead of it. Both directions must hold, so "Why are my spinal
    erectors so tight?" (the bundled pack) does not compete with "What causes paraspinal muscle
    atrophy?" though "atrophy" is common there: it says "tight", which the other lacks."""
    from backcare.engine.match import CONFIDENT, confidence

    subjects = {e.id: _subject_stems(engine, e.question) for e in engine.pack.entries}
    common = _common_stems(list(subjects.values()))
    framing = engine.matcher.analyzer.framing
    strong: dict[str, set[str]] = {e.id: set() for e in engine.pack.entries}
    close: dict[str, set[str]] = {e.id: set() for e in engine.pack.entries}
    for entry in engine.pack.entries:
        if entry.id not in own:
            continue
        about = subjects[entry.id]
        ranking = own[entry.id].matches
        itself = next((m.score for m in ranking if m.entry.id == entry.id), None)
        for at, m in enumerate(ranking):
            if m.entry.id == entry.id or m.score < CONFIDENT or confidence(m.signals) < CONFIDENT:
                continue
            named = _named_in_question_or_aliases(m.signals)
            if not (
                itself is None
                or m.score >= itself  # the question cannot find its own entry ahead of it
                or bool((about - common) & named)  # a subject of few entries, shared
                or _says_all(m.signals, framing)  # it asks all this question asks
            ):
                continue
            if at < top and about <= named:
                strong[entry.id].add(m.entry.id)
            if _differs_in_common_only(m.signals, about, named, common, framing):
                close[entry.id].add(m.entry.id)
    position = {e.id: i for i, e in enumerate(engine.pack.entries)}
    warnings = []
    by_id = engine.pack.by_id
    tied = tied_pairs(own)
    for entry in engine.pack.entries:  # each pair once, under its first entry in file order,
        pairs = {o for o in strong[entry.id] if entry.id in strong[o]}
        pairs |= {o for o in close[entry.id] if entry.id in close[o]}
        pairs |= {o for o in engine.pack.by_id if frozenset((entry.id, o)) in tied}
        for other in sorted(pairs, key=position.__getitem__):
            if position[entry.id] < position[other]:
                # or, across packs searched together, under the later file's entry: the file
                # added to the others (a clinic's beside the bundled one) is the one to change
                first, second = (entry.id, other)
                if by_id[other].pack != entry.pack:
                    first, second = second, first
                said = tied.get(frozenset((first, second)))
                message = said or _both_found(engine, own, first, second)
                warnings.append((first, f"competes with {second!r}: {message}", second))
    return warnings


def tied_pairs(own: dict[str, Ranking]) -> dict[frozenset[str], str]:
    """{pair: what ask does} for each entry whose own question `ask` answers with a tie: the
    ranking's best names the other as tied (`tied_with` in `ask --json --explain`), so which of
    the two a person gets depends on the wording (newcomer26 F2: "Is there parking?" 50 against
    "Is there parking at the clinic?" 49, and validate said nothing). The same computation as
    ask's, read from the same ranking, so validate and ask cannot disagree."""
    found: dict[frozenset[str], str] = {}
    for entry_id, ranking in own.items():
        if not ranking.matches:
            continue
        best = ranking.matches[0]
        scores = {m.entry.id: m.score for m in ranking.matches}
        for other in best.signals.tied:
            if other == entry_id or other not in scores:
                continue
            text = ranking.question
            asked = text if len(text) <= 60 else text[:59] + "…"
            found.setdefault(
                frozenset((entry_id, other)),
                f"ask ties them for {asked!r} ({best.entry.id!r} {best.score:.0f}, "
                f"{other!r} {scores[other]:.0f}): which answer a person gets depends on the "
                "wording (merge them, or make one question an alias of the other)",
            )
    return found


def _both_found(engine: Engine, own: dict[str, Ranking], first: str, second: str) -> str:
    """What ask does with each one's question: its own entry first, and the other as a confident
    answer too (the scores, as `ask --json` gives them)."""
    from backcare.engine.match import CONFIDENT

    def score(asked: str, found: str) -> str:
        ranking = own.get(asked)
        got = (
            next((m.score for m in ranking.matches if m.entry.id == found), None)
            if ranking
            else None
        )
        return "?" if got is None else f"{got:.0f}"

    return (
        f"asked each one's question, ask answers with its own entry ({score(first, first)} and "
        f"{score(second, second)}) and finds the other confident too ({score(first, second)} "
        f"and {score(second, first)}, {CONFIDENT:.0f} or more): asked in other words, a "
        "person may get either (merge them, or make the questions differ)"
    )


# A subject stem of at least this share of a pack's entries (and of COMMON_LEAST or more) is what
# the pack is about, not what sets two entries apart: "back" is the subject of 8 of newcomer12's 20
# occupational-health entries, 8 of clinic's 28 and group's 23; "sed" of 22 of the sed FAQ's 54.
# Two entries alone sharing a stem are a pair, whatever the pack's size
COMMON_SHARE = 0.25
COMMON_LEAST = 3


def _common_stems(subjects: list[frozenset[str]]) -> frozenset[str]:
    """The subject stems shared by so many of a pack's entries that two of them sharing one are
    not thereby on one subject."""
    counts = Counter(s for stems in subjects for s in stems)
    least = max(COMMON_LEAST, COMMON_SHARE * len(subjects))
    return frozenset(s for s, n in counts.items() if n >= least)


def _differs_in_common_only(
    signals: Signals,
    about: frozenset[str],
    named: frozenset[str],
    common: frozenset[str],
    framing: frozenset[str],
) -> bool:
    """Whether an entry whose question and aliases name `named` differs from the asked question
    (subject `about`) only in words common in the pack: it names a subject word of the question's
    own, and every word the question says that its question and aliases do not name, missing or
    found only in its answer or tags, is framing or a common subject ("appointment", of 5 of a
    clinic's 20 entries). "Why are my spinal erectors so tight?" says "tight", which "What causes
    paraspinal muscle atrophy?" lacks: two questions, however common "spinal" is."""
    if not (about - common) & named:
        return False
    said_elsewhere = list(signals.missing) + [
        typed for typed, _, found_in in signals.matched if found_in not in ("question", "aliases")
    ]
    return all(
        word in framing or all(stem(w) in common for w in words(word)) for word in said_elsewhere
    )


def _says_all(signals: Signals, framing: frozenset[str]) -> bool:
    """Whether every word of the asked question but its framing ("causes", "long": the question's
    type, which the match's confidence weighs) is named by the entry's question or aliases (itself
    or a synonym): nothing else it says is missing or found only in the answer or tags."""
    return all(word in framing for word in signals.missing) and all(
        found_in in ("question", "aliases") or typed in framing
        for typed, _, found_in in signals.matched
    )


def _subject_stems(engine: Engine, question: str) -> frozenset[str]:
    """The stems of what a question is about: its words less stop words, framing, question-type
    cues and generic words ("stiff", "fix"), as the matcher reads an entry's subject."""
    return engine.matcher.sense.subject((question,)).stems


def _named_in_question_or_aliases(signals: Signals) -> frozenset[str]:
    """The stems of the asked question's words (or their synonyms) that an entry's question or
    aliases contain: the fields its subject comes from (tags and answers do not name it)."""
    return frozenset(
        stem(word)
        for typed, _, found_in in signals.matched
        if found_in in ("question", "aliases")
        for word in words(typed)
    )
