"""An ordinary question about the back asked after a report (redteam14 A1): where it starts.

The learned check reads a short message whole, and its features are summed: a person who tells a
sign and then asks the ordinary question they came with ("... Also, is a heat pad or an ice pack
better for a stiff back?") adds that question's benign words to the sum, which pulled 42 of
redteam14's caught lines below the threshold (the rules, which read mentions, were not affected;
a long message's windows already read the report apart from it). So the check also reads the
message without its trailing ordinary question: the last clauses, each naming nothing but what an
ordinary back-care question names ('follow_up' in data/safety_vocabulary.json: the back, pain,
stiffness, a remedy, a modal) or what the report before it already named (an echo: "Also, ..."
repeats the sentence before), one of them naming the back. FollowUp._before_follow_up (mixed
into detect.Safety) scores that part as the message is scored, at the same thresholds, and never over signs the
rules judged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence

from backcare.engine.safety.flags import RedFlag, most_urgent
from backcare.engine.safety.lead_in import lead_in_end
from backcare.engine.safety.net import features
from backcare.engine.safety.reading import Token, normalize_text
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.safety.learned_steps import LearnedSteps
else:  # a Protocol for mypy only: at run time it gives Safety typing's __init__ wrapper
    LearnedSteps = object


class FollowUp(Vocabulary, LearnedSteps):
    """The learned check's reading of a short message without its trailing ordinary questions
    (mixed into `Safety`, whose learned check it serves)."""

    def _judged(self, mentions: list[Mention], animals: list[Mention]) -> list[Mention]:
        """The signs the rules' reading judged: the people's and the animals' mentions (here
        beside their one other reader, passages.Passages._window_notice)."""
        background = self._background
        return [*(m for m in (*mentions, *animals) if m.concept not in background)]

    def _settled(self, mentions: list[Mention], judged: list[Mention]) -> bool:
        """Whether the rules judged every sign they recognised: denied, over or a topic, or an
        animal's (`judged` holds them all)."""
        people = [m for m in mentions if m.concept not in self._background]
        return bool(judged) and all(m.negated or m.past or m.resolved or m.general for m in people)

    def _before_follow_up(
        self, question: str, tokens: list[Token], mentions: list[Mention], animals: list[Mention]
    ) -> list[RedFlag]:
        """The learned check's notice for a short message read without its trailing ordinary
        questions about the back (follow_up.py: their benign words silenced a report before
        them), gated as the message is, but never raised over signs the rules judged (a past
        story then "Is there a sensible way to build my back up?" stays calm)."""
        notices: list[RedFlag] = []
        for end in follow_up_starts(
            tokens,
            [*mentions, *animals],
            self._follow_up,
            self._follow_up_needs,
            self._self,
            self._follow_up_openers,
        ):
            here, pets = mentions_at(range(end), mentions, animals)
            if self._settled(here, self._judged(here, pets)):
                continue
            concepts = [c for at, c in self._learned_concepts(question) if at < end]
            names = features(tokens[:end], concepts, self._negations, self._negation_reach)
            verdict = self._learned_net().judge(names)
            notices += self._learned_notice(question, tokens[:end], here, pets, verdict)
        return most_urgent(notices)

    def _after_lead_in(
        self, question: str, tokens: list[Token], mentions: list[Mention], animals: list[Mention]
    ) -> list[RedFlag]:
        """The learned check's notice for a short message read without its leading ordinary
        questions (lead_in.py), gated as `_before_follow_up` gates its part."""
        start = lead_in_end(
            tokens, [*mentions, *animals], self._follow_up, self._self, normalize_text(question)
        )
        if start is None:
            return []
        here, pets = mentions_at(range(start, len(tokens)), mentions, animals)
        if self._settled(here, self._judged(here, pets)):
            return []
        concepts = [c for at, c in self._learned_concepts(question) if at >= start]
        names = features(tokens[start:], concepts, self._negations, self._negation_reach)
        verdict = self._learned_net().judge(names)
        return self._learned_notice(question, tokens[start:], here, pets, verdict)


def mentions_at(
    positions: Container[int], mentions: Sequence[Mention], animals: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The people's and the animals' mentions that start at these positions (a window's, or a
    message's part before its trailing ordinary questions: follow_up.py)."""
    return [m for m in mentions if m.first in positions], [
        m for m in animals if m.first in positions
    ]


def follow_up_starts(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    ordinary: frozenset[str],
    needs: frozenset[str],
    selves: frozenset[str],
    openers: frozenset[str],
) -> list[int]:
    """Where the message's trailing ordinary questions about the back start, the last first ([]
    when it ends with none, or is nothing but them): each a clause that names the back, it and
    every clause after it naming nothing but ordinary concepts or concepts named before (two
    questions asked in turn: each is a place to cut). Only that much is set aside, with the clause
    just before it when that is made of `openers` only ("Also,", "Oh and,"). The report's own
    last clause ("..., back is just tight.", "... Would a wider saddle help?") stays; so does a
    clause with the asker in it ("I", "my": `selves`), which is theirs to tell ("... my back aches
    from helping him", "Should I do stretches on long flights?" after "... but it went"), and
    nothing before it is set aside. Read by clauses: a sentence of a few words joins the next one
    ("Couldn't go. Still can't. Also, which stretches ..." is one sentence to the reader), and a
    clause ends at every sentence's end."""
    named: dict[int, set[str]] = {}
    for m in mentions:  # a mention across clauses belongs to each of them
        for clause in {tokens[m.first].clause, tokens[m.last].clause}:
            named.setdefault(clause, set()).add(m.concept)
    starts: dict[int, int] = {}  # clause -> its first token's position, in order
    told: set[int] = set()  # clauses with the asker in them
    for i, token in enumerate(tokens):
        starts.setdefault(token.clause, i)
        if token.surface in selves:
            told.add(token.clause)
    order = list(starts)
    kept = len(order)
    found: list[int] = []
    # how many clauses name each concept, the walked ones taken off as the walk goes back: what
    # the clauses before the current one name, in linear time over a long message (safety55)
    before: Counter[str] = Counter(c for clause in order for c in named.get(clause, ()))
    while kept > 1:
        here = named.get(order[kept - 1], set())
        before.subtract(here)
        if order[kept - 1] in told or not all(c in ordinary or before[c] > 0 for c in here):
            break
        kept -= 1
        if not here.isdisjoint(needs):
            start = starts[order[kept]]
            if kept > 1 and all(
                t.surface in openers for t in tokens[starts[order[kept - 1]] : start]
            ):
                start = starts[order[kept - 1]]  # "Also," goes with the question it opens
            found.append(start)
    return found
