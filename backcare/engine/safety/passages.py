"""A long message read by the learned check a passage at a time (net.windows), each passage gated
as a short question would be by the mentions in it, as the rules judged them reading the whole
message.

A window of a long message is a sentence or a few, read as the check's short lines were; a
message of 400 words has dozens of them, and words of an ordinary story alone ("the weather has
been mild this month and the garden centre has started selling bulbs") scored an emergency. A
window raises a notice only when it names a sign the rules' vocabulary knows, in any state
('learned.window_not_signs' in data/red_flags.json: the concepts that only say when). Someone
else's signs with no back trouble of theirs told read as over, and a sentence's trailing ordinary
questions about the back are numbered as a sentence of their own (follow_up.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.back_trouble import back_trouble
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.follow_up import FollowUp, follow_up_starts, mentions_at
from backcare.engine.safety.net import features, windows
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.hints import TYPE_CHECKING
from backcare.resources import DataError

if TYPE_CHECKING:
    from backcare.engine.safety.net import Concept


class Passages(FollowUp):
    """The learned check's notices for a long message's passages (mixed into `Safety`, through
    BesideRules, which reads the passages of a message without the sentences a rule fired on)."""

    if TYPE_CHECKING:  # defined by `Safety` (detect.py)

        def _reading(self, question: str) -> tuple[list[Token], list[Mention], list[Mention]]: ...

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

    def passages(self, question: str) -> list[tuple[range, list[str], bool]]:
        """Every passage (net.windows) of a long message as `_passages_notices` reads it for
        `Safety.check` (detect.py: the crisis's parts dropped): its token positions, the learned
        check's features of it, and whether it names a sign (one that names none raises nothing).
        For training on passages (tools/train_redflag_net.py, safety51), so training and runtime
        read the same windows and features by construction."""
        tokens, mentions, animals = self._reading(question)
        kept = self._others_judged([m for m in mentions if m.concept not in self._parts])
        concepts = self._learned_concepts(question)
        out: list[tuple[range, list[str], bool]] = []
        for start, end in windows(self._questions_apart(tokens, [*kept, *animals])):
            names = features(
                tokens[start:end],
                [c for at, c in concepts if start <= at < end],
                self._negations,
                self._negation_reach,
            )
            here, pets = mentions_at(set(range(start, end)), kept, animals)
            out.append((range(start, end), names, self._names_a_sign([*here, *pets])))
        return out

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

    def _window_notice(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        animals: list[Mention],
        concepts: list[tuple[int, Concept]],
        span: Sequence[int],
    ) -> list[RedFlag]:
        """The learned check's notice for the tokens at these positions of a long question, gated
        by the mentions there. Where every sign the rules recognised there is judged (someone
        else's that is over, an animal's, denied) and the check's certainty of an emergency
        raises it even so (the short path's `sure`: the sign it reacts to may be one the rules
        did not know), the sentences there that hold none of those signs must raise it on their
        own: the asker always speaks of themselves somewhere in a long story ("... I have ever
        eaten. My dog can't pee")."""
        inside = set(span)
        shown = [tokens[p] for p in span]
        names = features(
            shown,
            [c for at, c in concepts if at in inside],
            self._negations,
            self._negation_reach,
        )
        here, pets = mentions_at(inside, mentions, animals)
        if not self._names_a_sign([*here, *pets]):  # words of a story alone
            return []
        verdict = self._learned_net().judge(names)
        notice = self._learned_notice(question, shown, here, pets, verdict)
        judged = self._judged(here, pets)
        if not notice or not self._settled(here, judged):
            return notice
        beside = {m.sentence for m in judged}
        rest = [p for p in span if tokens[p].sentence not in beside]
        if not rest:
            return notice
        return self._window_notice(question, tokens, mentions, animals, concepts, rest)

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
