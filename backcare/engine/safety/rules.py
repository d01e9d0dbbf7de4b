"""The rules compiled (data/red_flags.json): a rule's combinations of concepts, the causes that
explain them and whose signs count (`Rule`), and the choices of mentions that may meet in one
sentence (`_may_meet`, `_happening`: detect.Safety._fires decides with them).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from itertools import product

from backcare.engine.safety.flags import URGENCIES, RedFlag, action_text, calls
from backcare.hints import Any
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError, expect_dict


class Rule(NamedTuple):
    flag: RedFlag
    when: tuple[tuple[str, ...], ...]  # combinations of concepts, any of which fires the rule
    sets: tuple[frozenset[str], ...]  # the same combinations as sets
    within: int  # the most words a combination may span
    needs_pain: bool  # risk factors (cancer, steroids) count only with back pain described
    history: bool  # mentions in the past count ("had breast cancer five years ago")
    # concepts that may be named in any sentence, past or present: a history said once ("Had
    # myeloma treatment last year. Now my right leg has gone numb."); the others meet as usual
    anywhere: frozenset[str] = frozenset()
    # per combination, causes that explain it when all their concepts are named in its sentence
    # ("Leg day yesterday and both my legs are sore": EXERCISE + SORE, muscle soreness)
    explained: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...] = ()
    # combinations that count as someone else's told as happening now without their back named,
    # when the asker tells no back pain of their own ("my husband can't pee", "he can't feel his
    # legs"): the losses of function, not leaking or numbness that may be long-standing or talk
    others_now: frozenset[frozenset[str]] = frozenset()
    # with needs_pain: only back pain itself counts, not other back trouble ("stiff", "tight")
    pain_only: bool = False
    # someone else's mention counts as the asker's when it is not over: thoughts of suicide of
    # someone with the person asking ("my son says he wants to kill himself") need help now,
    # whoever's back is sore
    anyone: bool = False
    # a risk factor told with a course ("my 16 year old slouches all the time") counts only
    # while the back pain is not denied with no pain told: "He has no pain" makes the course the
    # posture's, not a pain's (a denial inside "never had back pain until ..." is a history)
    unless_pain_denied: bool = False
    # rules whose notice, raised by the same question, makes `explained` stand down: a saddle
    # numbness eased on getting off the bike beside wetting and weak legs (review13 F8)
    explained_unless: frozenset[str] = frozenset()
    # per 'others_now' combination, concepts that bar it for someone else when named anywhere
    # (not denied): a definition asked, a document or a clinician talked about ("someone on a
    # podcast mentioned saddle numbness, what does it mean?"), no one's numbness now (safety54)
    others_barred: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # someone else's story stays theirs (safety60): their spine told ("broke his back", "spinal
    # injuries") makes only the 'others_now' combinations theirs, so "uncle came off a ladder
    # years back and broke his back" and a paramedic's "spinal boards" are stories while "he drop
    # from scaffold, and pain is very strong" is an emergency now; and a combination is one
    # person's ("my husband was in a car crash ... and my back hurts" is no crash of mine)
    spine_apart: bool = False
    # concepts that may be named up to so many sentences before or after the others, live (not
    # past nor over): an event told, then what it left ("Mrs T (88) had a fall this morning. When I tried
    # to help her up she couldn't take any weight on her legs": safety88)
    across: tuple[tuple[str, int], ...] = ()
    # the same, for the named combinations only ('across_in'): a course told in one sentence and
    # that nothing has changed in the next ("6 weeks now. ... Nothing has changed at all"), where
    # the course's other combinations (a duration beside pain) still meet in one sentence
    across_in: tuple[tuple[frozenset[str], tuple[tuple[str, int], ...]], ...] = ()
    # with needs_pain: causes that, named live in the sentence of the asker's back pain, make it
    # no back pain this rule weighs (safety136: a urine infection on antibiotics beside a back
    # "stiff since I started a bouldering class", the risk is the infection's spread to the
    # spine, not a strain whose cause the asker names); the asker's pain told elsewhere counts
    pain_explained: frozenset[str] = frozenset()


class Mention(NamedTuple):
    concept: str
    first: int
    last: int
    sentence: int
    negated: bool
    other: bool  # said of someone other than the person asking
    past: bool
    # the body parts a symptom names right after it ("cannot feel my bum"): it goes with those only
    bound: frozenset[str] = frozenset()
    # said to have passed lately ("fine now"): counts still for emergency rules, where a symptom
    # that came and went ("both legs went numb for a few minutes") still needs checking
    resolved: bool = False
    near_back: bool = False  # the back, a disc or sciatica is named within OTHERS_BACK_REACH
    # named as a topic, by no one ("does osteoporosis cause back pain?"): counts for emergency
    # rules only, which a person may ask about in general terms when it is their own
    general: bool = False
    # named in a general question about what a warning sign is, with no report of anyone's
    # current state ("is numbness in the saddle area serious? just curious"): no rule raises a
    # notice on it; check() instead names the tier it would have, for a calm pointer (pointer())
    asked: bool = False
    # denied by the asker's own denial of a report's signs (framing._covered: "I have none of
    # them", "I haven't"): the learned check, however sure, does not overrule it
    disowned: bool = False
    # told inside a topic's frame: the positions of the message's framed words (topic_frame.py),
    # read once and kept for when the learned emergency is held back (_learned_held)
    frame: frozenset[int] = frozenset()


def _may_meet(
    combo: tuple[str, ...],
    options: list[list[Mention]],
    anywhere: frozenset[str],
    within: int,
    apart: frozenset[str] = frozenset(),
) -> Iterator[tuple[Mention, ...]]:
    """The choices of one mention per concept of a combination (from `options`, in its order)
    that may meet: those whose mentions that meet as usual (the concepts not in `anywhere`) all
    start no earlier than one of them and at most `within` words after it. Every choice spanning
    at most `within` words is among them, so _fires decides as it would over product(*options),
    but in time linear in the question's length instead of a power of it ("my husband can't
    feel his bum" 1,000 times: a million choices). Of the concepts counted anywhere only whose
    mention it is and the body part it is bound to matter, so one mention of each kind is kept;
    the concepts `apart` (a rule's 'across': named some sentences away) are counted anywhere
    here too, every mention kept, since which sentence holds it matters."""
    anywhere = anywhere | apart
    if all(c in anywhere for c in combo):
        return  # nothing meets in a sentence: no choice passes
    lists = []
    for c, ms in zip(combo, options, strict=True):
        if c in apart:
            lists.append(list(ms))
        elif c in anywhere:
            lists.append(list({(m.other, m.bound): m for m in reversed(ms)}.values()))
        else:
            lists.append(sorted(ms, key=lambda m: m.first))
    starts = [[m.first for m in ms] for ms in lists]
    for a, c in enumerate(combo):
        if c in anywhere:
            continue
        for x in lists[a]:
            window = [
                [x]
                if i == a
                else ms
                if combo[i] in anywhere
                else ms[bisect_left(starts[i], x.first) : bisect_right(starts[i], x.first + within)]
                for i, ms in enumerate(lists)
            ]
            yield from product(*window)


def _happening(
    rule: Rule, combo: Iterable[str], chosen: Iterable[Mention], self_pain: bool
) -> bool:
    """Whether someone else's emergency counts with their back unnamed ('others_now' rules: not
    peeing, no feeling in the legs or bottom, both legs weak): when it is told as happening now,
    not over even lately ("he couldn't pee last week, fine now"), and the asker tells no back pain
    of their own, so the question is about that person ("my husband can't feel his legs"). A
    carer's own sore back beside a relative's long-standing incontinence is the carer's question."""
    return (
        frozenset(combo) in rule.others_now
        and not self_pain
        and not any(m.past or m.resolved for m in chosen)
    )


def _spine_reads(rule: Rule, combo: Iterable[str]) -> bool:
    """Whether someone else's spine told makes this combination of theirs count: any of a rule
    with 'others_now', or only those with 'spine_apart' (safety60)."""
    if rule.spine_apart:
        return frozenset(combo) in rule.others_now
    return bool(rule.others_now)


def _concepts(combo: str) -> frozenset[str]:
    return frozenset(c.strip() for c in combo.split("+"))


def _rule(raw: Mapping[str, Any], within: int) -> Rule:
    urgency = raw["urgency"]
    call = raw.get("call")
    if call is not None and call not in calls():
        raise DataError(f"red_flags.json: rule {raw['id']!r} names an unknown call {call!r}")
    flag = RedFlag(raw["id"], urgency, raw["message"], action_text(urgency, call=call), None, call)
    when = tuple(tuple(c.strip() for c in combo.split("+")) for combo in raw["when"])
    return Rule(
        flag,
        when,
        tuple(frozenset(combo) for combo in when),
        int(raw.get("within", within)),
        bool(raw.get("needs_pain", False)),
        bool(raw.get("history", False)),
        frozenset(raw.get("anywhere", ())),
        tuple(
            (_concepts(combo), tuple(_concepts(cause) for cause in causes))
            for combo, causes in raw.get("explained", {}).items()
        ),
        frozenset(_concepts(combo) for combo in raw.get("others_now", ())),
        bool(raw.get("pain_only", False)),
        bool(raw.get("anyone", False)),
        bool(raw.get("unless_pain_denied", False)),
        frozenset(raw.get("explained_unless", ())),
        tuple(
            (_concepts(combo), frozenset(bars))
            for combo, bars in raw.get("others_barred", {}).items()
        ),
        bool(raw.get("spine_apart", False)),
        tuple((str(c), int(n)) for c, n in raw.get("across", {}).items()),
        tuple(
            (_concepts(combo), tuple((str(c), int(n)) for c, n in apart.items()))
            for combo, apart in raw.get("across_in", {}).items()
        ),
        frozenset(raw.get("pain_explained", ())),
    )


def _learned(raw: object, sources: set[str], concepts: set[str]) -> Mapping[str, Any] | None:
    """red_flags.json's 'learned' section, checked: the notice's id, model file, sources, a
    message per tier and its 'risk_only' (risk_only.py), whose concepts must be the vocabulary's
    (`concepts`)."""
    if raw is None:
        return None
    spec = expect_dict(raw, "red_flags.json: learned")
    messages = spec.get("messages")
    if not isinstance(spec.get("id"), str) or not isinstance(spec.get("model"), str):
        raise DataError("red_flags.json: learned needs an 'id' and a 'model' file name")
    if not isinstance(messages, dict) or any(
        not isinstance(messages.get(tier), str) for tier in URGENCIES
    ):
        raise DataError(f"red_flags.json: learned needs a message for each of {URGENCIES}")
    unknown = set(spec.get("sources", ())) - sources
    if unknown:
        raise DataError(f"red_flags.json: learned cites unknown sources {sorted(unknown)}")
    if spec.get("risk_only") is not None:
        _risk_only(spec["risk_only"], concepts)
    return spec


def _risk_only(raw: object, concepts: set[str]) -> None:
    """'learned.risk_only', checked once at load: lists of known concepts, a tier as its floor."""
    spec = expect_dict(raw, "red_flags.json: learned.risk_only")
    named = [spec.get("concepts"), spec.get("major")]
    lists = [group for group in named if isinstance(group, list)]
    if (
        spec.get("floor") not in URGENCIES
        or len(lists) < len(named)
        or not all(isinstance(c, str) for group in lists for c in group)
    ):
        raise DataError(
            "red_flags.json: learned.risk_only needs 'concepts' and 'major' lists and a 'floor'"
            f" of {URGENCIES}"
        )
    unknown = {c for group in lists for c in group} - concepts
    if unknown:
        raise DataError(f"red_flags.json: learned.risk_only: {sorted(unknown)}")
