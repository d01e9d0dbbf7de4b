"""The learned check beside the rules: which of its readings a lower tier's rule explains away.

A learned emergency beside a lower tier's rule (issue #12, long16: "My bladder has been strange.
I can't tell when it's full since Monday ... I am fifty-one", the rules reading only age-onset)
was dropped unless the check was surer of it than the soon threshold: the rule's own sign could
have been what the check reacted to ("I fell over in the garden" beside the fall rule). Now the
message is read again without the sentences the rule fired on, a passage at a time (passages.py):
the emergency stands when that rest still reads as one as surely as any notice must be read (the
bladder sentence does), and is explained away when it does not (the fall told, nothing is left).
Set aside whole, a sentence could hold the emergency's sign beside the rule's ("I'm down half a
stone and my bottom feels cold and strange"): the message is also read with only the rule's own
words masked, as had no rule fired (masked38).
"""

from __future__ import annotations

from backcare.engine.safety.flags import URGENCIES, RedFlag, most_urgent
from backcare.engine.safety.passages import Passages
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

# denied signs beside a rule's lower sign that make a form of answers, not a chance denial
DENIED_FORM = 3
# kinds of a lower rule's own signs told live, and no other, that make the picture the rule's
OWN_KINDS = 2
PICTURE_TIER = "urgent"  # the tier of the rules whose picture, told whole, stands alone


def _sentence(m: Mention) -> int:
    return m.sentence


def _concept(m: Mention) -> str:
    return m.concept


# the most words of a message read again with a lower rule's own words masked (_masked_emergency):
# every emergency it earned in its probe and red team is told in 45 words or fewer, and longer soon
# stories (an 81-year-old's weight lost, "won't want a fuss"; a bus driver's two months) read as
# emergencies once their signs were masked (test_safety128, test_safety47)
MASKED_WORDS = 50


class BesideRules(Passages):
    """The learned check's emergency beside a lower tier's rule (mixed into `Safety`)."""

    if TYPE_CHECKING:  # the steps of the check, defined by `Safety` (detect.py)

        def _reading(self, question: str) -> tuple[list[Token], list[Mention], list[Mention]]: ...
        def _fired(self, mentions: list[Mention]) -> list[RedFlag]: ...

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
        kept = [m for m in mentions if m.concept not in self._parts]
        carrying = self._carrying(mentions, fired, _sentence)
        rest = [p for p, t in enumerate(tokens) if t.sentence not in carrying]
        if carrying and rest:
            notices = self._passages_notices(question, tokens, kept, animals, set(rest))
            best = most_urgent(notices)  # the most urgent, the surest of its tier
            if best and self._learned_net().sure_emergency(best[0].verdict()):
                return True
        return bool(self._masked_emergency(question, fired))

    def _masked_emergency(
        self, question: str, fired: list[RedFlag], *, sure: bool = False
    ) -> list[RedFlag]:
        """The learned check's emergency notice for the message read with only the lower rules'
        own words masked (the mentions of each concept without which one of the rules `fired`
        no longer fires), at the check's own emergency threshold, as had no rule fired, or past
        the soon threshold when `sure` (where the whole message did not read as one); else [].
        Beside a lower rule an emergency only the check reads was lost when the rule's sign
        shared its sentence, set aside whole (redteam37: "I'm down half a stone and my bottom
        feels cold and strange"), or when the rule's words lowered the check's reading of the
        whole ("I fell last week and sciatica was only in my right leg, now it's in both and the
        left one is weak": soon). The rule's sign masked cannot be what the check reacts to
        ("I fell over in the garden": nothing is left). Messages of MASKED_WORDS words or fewer
        only: a longer story's ordinary words read more often as an emergency once its signs
        are masked. `sure` where the whole did not read as an emergency: at its own threshold
        such a reading of what is left raised 127 labelled urgent and soon lines to emergency
        over every labelled set, past the soon threshold 42 (docs/safety.md, "masked38")."""
        tokens, mentions, animals = self._reading(question)
        if len(tokens) > MASKED_WORDS:
            return []
        ids = {f.id for f in fired}
        own = {c for r in self._rules if r.flag.id in ids for combo in r.when for c in combo}
        if sure and fired[0].urgency == PICTURE_TIER and self._only_own_signs(mentions, own):
            # an urgent rule's picture told whole is its tier (_stands_beside), where the whole
            # did not read as an emergency ("since last night I've been shivering and burning
            # up, my back really hurts": masked, what is left read as one)
            return []
        kept = [m for m in mentions if m.concept not in self._parts]
        carriers = self._carrying(mentions, fired, _concept)
        # and the signs the rules read as denied, which the check alone may read as told
        # (rt38: "I'm on steroids. My back aches. I can feel the toilet paper fine, I can pee
        # fine": masked, the steroids left the denials to read as an emergency)
        masked = {
            p
            for m in mentions
            if m.concept in carriers or m.negated
            for p in range(m.first, m.last + 1)
        }
        rest = {p for p in range(len(tokens)) if p not in masked}
        if not carriers or not rest:
            return []
        best = most_urgent(self._passages_notices(question, tokens, kept, animals, rest))
        if not best or best[0].urgency != "emergency":
            return []
        return best[:1] if not sure or self._learned_net().sure_emergency(best[0].verdict()) else []

    def _carrying(
        self, mentions: list[Mention], fired: list[RedFlag], part: Callable[[Mention], object]
    ) -> set[object]:
        """The parts of the message (each mention's `part`: its sentence, or its concept, all of
        whose mentions go together, a sign told twice) without which one of the rules `fired`
        no longer fires."""
        ids = {f.id for f in fired}
        return {
            k
            for k in {part(m) for m in mentions}
            if ids - {f.id for f in self._fired([m for m in mentions if part(m) != k])}
        }

    def _stands_beside(self, question: str, fired: list[RedFlag], learned: RedFlag) -> bool:
        """Whether the learned emergency `learned` comes first beside the rules' lower notices
        (`fired`): when the check is sure of it (P(emergency) past the soon threshold), or when
        the rest of the message still reads as one (_unexplained_emergency). Sure is not enough
        where every other sign the message names is denied, as a form's answers are ("Numbness:
        no / Bladder/bowel: normal / Fever: no / Weight loss: YES"; safety88, red flags 32): the
        denied signs' words are what the check reacts to, and only the rest read again, without
        the rule's sentences, can say an emergency is left."""
        if self._learned_net().sure_emergency(learned.verdict()):
            # the signs of the more urgent rules (the rules that fired read their own)
            ids = {f.id for f in fired}
            own = {c for r in self._rules if r.flag.id in ids for combo in r.when for c in combo}
            above = URGENCIES[: URGENCIES.index(fired[0].urgency)]
            told = {
                c
                for r in self._rules
                if r.flag.urgency in above
                for combo in r.when
                for c in combo
                if c not in self._background
            }
            _, mentions, _ = self._reading(question)
            signs = (told - own) & self._symptoms  # not the helpers ("want", "every")
            others = [m for m in mentions if m.concept in signs]
            denied_form = len(others) >= DENIED_FORM and all(m.negated for m in others)
            # an urgent rule's picture told whole (an infection's fever, shivers and sweats) is
            # the guidance's urgent, not an emergency the check adds: a soon rule's (a fall, an
            # age) is a risk beside which the check may read what no rule does
            picture = fired[0].urgency == PICTURE_TIER and self._only_own_signs(mentions, own)
            if not denied_form and not picture:
                return True
        return self._unexplained_emergency(question, fired)

    def _only_own_signs(self, mentions: list[Mention], own: set[str]) -> bool:
        """Whether every sign the message tells as happening now is one of the fired rules' own,
        of OWN_KINDS kinds or more (safety101, red flags 35: "fever, 39.1 today morning, and he
        is shaking and sweating in the night": the fever rule's signs, urgent by the guidance,
        raised the learned check's emergency beside it). Then those signs are what the check was sure of, and the
        emergency stands only when the message read without the rules' sentences still reads
        as one (_unexplained_emergency), as it must when the check is less sure; a sign beyond
        the rules' ("and now he's confused", "can't feel his legs") keeps it standing."""
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.plain import plain_concepts

        plain = plain_concepts()  # a time, a spread: parts of others' signs (plain.py)
        live = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and m.concept not in self._background
            and m.concept not in plain
            and not (m.negated or m.past or m.resolved or m.general or m.asked)
        ]
        # two kinds of the rules' signs at least: one alone may be read otherwise by the check
        # ("soaked the bed": a night sweat to the fever rule, a leak to the check; bank A)
        kinds = {m.concept for m in live}
        return len(kinds) >= OWN_KINDS and kinds <= own
