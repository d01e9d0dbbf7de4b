"""The learned check beside the rules: which of its readings a lower tier's rule explains away,
and which windows of a long message carry a sign at all.

A learned emergency beside a lower tier's rule (issue #12, long16: "My bladder has been strange.
I can't tell when it's full since Monday ... I am fifty-one", the rules reading only age-onset)
was dropped unless the check was surer of it than the soon threshold: the rule's own sign could
have been what the check reacted to ("I fell over in the garden" beside the fall rule). Now the
message is read again without the sentences the rule fired on: the emergency stands when that
rest still reads as one as surely as any notice must be read (the bladder sentence does), and is
explained away when it does not (the fall told, nothing is left).

A window of a long message (net.windows) is a sentence or a few, read as the check's short lines
were; a message of 400 words has dozens of them, and words of an ordinary story alone ("the
weather has been mild this month and the garden centre has started selling bulbs") scored an
emergency. A window raises a notice only when it names a sign the rules' vocabulary knows, in any
state ('learned.window_not_signs' in data/red_flags.json: the concepts that only say when).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from backcare.engine.safety.back_trouble import back_trouble
from backcare.engine.safety.flags import RedFlag, most_urgent
from backcare.engine.safety.follow_up import follow_up_starts
from backcare.engine.safety.net import windows
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.resources import DataError

if TYPE_CHECKING:
    from backcare.engine.safety.net import Concept, Net


class BesideRules(Vocabulary):
    """The learned check's emergency beside a lower tier's rule, and its windows' signs (mixed
    into `Safety`)."""

    if TYPE_CHECKING:  # the steps of the check, defined by `Safety` (detect.py)

        def _reading(self, question: str) -> tuple[list[Token], list[Mention], list[Mention]]: ...
        def _fired(self, mentions: list[Mention]) -> list[RedFlag]: ...
        def _learned_net(self) -> Net: ...
        def _learned_concepts(self, question: str) -> list[tuple[int, Concept]]: ...
        def _window_notice(
            self,
            question: str,
            tokens: list[Token],
            mentions: list[Mention],
            animals: list[Mention],
            concepts: list[tuple[int, Concept]],
            span: Sequence[int],
        ) -> list[RedFlag]: ...

    _signs: frozenset[str] | None = None  # _window_signs, made when first needed

    def _window_signs(self) -> frozenset[str]:
        """The concepts a window must name (in any state) to raise a notice: the rules' signs,
        but the crisis's parts (never the check's features) and the concepts that only say when."""
        if self._signs is None:
            assert self._learned is not None  # read only with a learned check
            spec = self._learned.get("window_not_signs") or {}
            not_signs = frozenset(spec.get("concepts", ()))
            unknown = not_signs - self._symptoms
            if unknown:
                raise DataError(f"red_flags.json: learned.window_not_signs: {sorted(unknown)}")
            self._signs = frozenset(self._symptoms) - self._parts - not_signs
        return self._signs

    def _names_a_sign(self, mentions: Sequence[Mention]) -> bool:
        """Whether these mentions (a window's, people's and animals') name a sign at all."""
        signs = self._window_signs()
        return any(m.concept in signs for m in mentions)

    def _passages_notices(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        animals: list[Mention],
        kept: set[int] | None = None,
    ) -> list[RedFlag]:
        """The learned check's notices for a story's passages (net.windows): what one of them
        raises, read as the check was trained (a sentence or a few; summed whole, a pasted page
        added up to an emergency), each passage
        gated as a short question would be by the mentions in it, as the rules judged them
        reading the WHOLE message ("he's fine now" after it, a denial before it). Only the
        tokens at `kept` positions, when given."""
        concepts = self._learned_concepts(question)
        mentions = self._others_judged(mentions)
        notices: list[RedFlag] = []
        for start, end in windows(self._questions_apart(tokens, [*mentions, *animals])):
            span = [p for p in range(start, end) if kept is None or p in kept]
            if span:
                notices += self._window_notice(question, tokens, mentions, animals, concepts, span)
        return notices

    def _questions_apart(self, tokens: list[Token], mentions: list[Mention]) -> list[Token]:
        """The tokens with each sentence's trailing ordinary questions about the back numbered
        as a sentence of their own, for net.windows only: "Couldn't go. Still can't. Also, is a
        heat pad or an ice pack better for a stiff back?" is one sentence to the reader, too long
        to join "Then this morning, the loo." before it in one passage, and its question drowned
        the report as in a short message (follow_up.py)."""
        bounds: dict[int, list[int]] = {}
        for k, t in enumerate(tokens):
            bounds.setdefault(t.sentence, [k, k])[1] = k + 1
        # each sentence's mentions, grouped once: filtered per sentence, a long message's many
        # sentences cost quadratic time (tests/test_safety_scaling.py)
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(tokens[m.first].sentence, []).append(m)
        ids = [2 * t.sentence for t in tokens]
        for sentence, (a, b) in bounds.items():
            cuts = self._follow_up_cuts(tokens, by_sentence.get(sentence, []), a, b)
            for k in range(min(cuts), b) if cuts else ():
                ids[k] += 1
        return [t._replace(sentence=i) for t, i in zip(tokens, ids, strict=True)]

    def _follow_up_cuts(
        self, tokens: list[Token], mentions: list[Mention], start: int, end: int
    ) -> list[int]:
        """Where the passage start..end's trailing ordinary questions about the back start
        (follow_up.py: "... Couldn't go. Still can't. Also, is a heat pad or an ice pack better
        for a stiff back?" drowned the report before it in a passage as in a short message)."""
        inside = [
            m._replace(first=m.first - start, last=m.last - start)
            for m in mentions
            if start <= m.first and m.last < end
        ]
        cuts = follow_up_starts(
            tokens[start:end],
            inside,
            self._follow_up,
            self._follow_up_needs,
            self._self,
            self._follow_up_openers,
        )
        return [start + cut for cut in cuts]

    @staticmethod
    def _others_judged(mentions: list[Mention]) -> list[Mention]:
        """A story's mentions as its passages are judged: someone else's signs read as over when
        the story tells no back trouble of theirs (back_trouble.py), as the rules read them
        ("my sister had breast cancer last year", "my husband is in hospital with ..." beside the
        asker's own sore back), so that a passage about them, read without the story around it,
        raises nothing by them alone. With their back trouble told ("Nan slipped ... her back's
        been sore since") their signs stay theirs to be helped with."""
        trouble = back_trouble(mentions)
        if trouble.others_spine or trouble.others_denied or trouble.told[False][1]:
            return mentions
        return [
            m._replace(resolved=True) if m.other and not (m.negated or m.past) else m
            for m in mentions
        ]

    def _unexplained_emergency(self, question: str, fired: list[RedFlag]) -> bool:
        """Whether the message still reads as an emergency to the learned check without the
        sentences the rules fired on (`fired`, all of a lower tier): each sentence without which
        one of those rules no longer fires is set aside, and the rest is read a passage at a time
        as the check reads a long message (net.windows, each gated by the rules' judgement of the
        mentions there): the whole message already read as an emergency, and the question is
        only where. A passage must read it as surely as any notice must be read (P(emergency)
        past the soon threshold, as `check` asks of the whole message): holdout 22's "I can't sit
        in the car long" beside night pain read 0.727. When no single sentence
        carries a rule (its sign told twice), nothing can be set aside: the rule explains the
        emergency, as before."""
        tokens, mentions, animals = self._reading(question)
        ids = {f.id for f in fired}
        carrying = {
            s
            for s in sorted({m.sentence for m in mentions})
            if ids - {f.id for f in self._fired([m for m in mentions if m.sentence != s])}
        }
        if not carrying:
            return False
        rest = [p for p, t in enumerate(tokens) if t.sentence not in carrying]
        if not rest:
            return False
        kept = [m for m in mentions if m.concept not in self._parts]
        notices = self._passages_notices(question, tokens, kept, animals, set(rest))
        best = most_urgent(notices)  # the most urgent, the surest of its tier
        sure = self._learned_net().thresholds["soon"]
        return bool(best) and best[0].urgency == "emergency" and (best[0].learned or 0.0) >= sure
