"""Signs of several kinds all denied by the asker, the case settling (safety59, issue #12; red
flags 27): "Any numbness between your legs or around your bottom? No. Any problems passing urine?
No. ... Any weakness in your legs? No. ... She said it sounded like a simple back strain", "not
numb anywhere, bowels and bladder normal, both legs fine. sciatica in my right leg only, 4 days,
getting better".

The learned check read such messages as emergencies (P 0.86-0.99): its features weigh the signs'
words and barely their denials. The rules' reading already judged every one of them, so the check
adds nothing there; yet its certainty raises an emergency over signs judged (detect.py
_learned_notice's `sure`: a sign in words the rules do not know). Here that certainty is held back
when the message, read whole ('denied_throughout' in data/safety_vocabulary.json):
- denies, as the asker's own, signs of at least MIN_CONCEPTS (3) kinds: the concepts of the
  emergency rules' combinations and the body regions ("bowels and bladder normal");
- tells no sign of a kind it denies live as the asker's ("No. Numbness in both legs though");
  a body region told beside a sign of another kind stays ("sciatica in my right leg only");
- tells the case settling ('calm': "better", "reassuring", "phew", "simple", a checker's "self
  care"), or is a form answered no item by item, at least FORM_ANSWERS times ('form_answers':
  checklist.py's "nil" for "Fever: No", "Bladder/bowel change? No", a checker's cross; safety92);
- and answers nothing yes ('yes_words': "No. Actually yes, this morning", "Ticking every box").
Review18's calls whose no is the sign ("Do you know when your bladder is full? No. They said to
wait for a GP call back.") tell no settling and keep their notice.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.follow_up import mentions_at
from backcare.engine.safety.net import features
from backcare.engine.safety.phrase_lengths import lengths
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.safety.learned_steps import LearnedSteps
else:  # a Protocol for mypy only: at run time it gives Safety typing's __init__ wrapper
    LearnedSteps = object

# the kinds of sign the asker must deny (the emergency rules' and the body regions' concepts)
MIN_CONCEPTS = 3
# a form's answers of no ('form_answers') that settle the case without a calm word (safety92, red
# flags 33: "Numbness around genitals/bottom: No / Problems passing urine: No / ... / Fever: No")
FORM_ANSWERS = 4


class DeniedThroughout(Vocabulary, LearnedSteps):
    """The reading of a message denying signs of several kinds (mixed into `detect.Safety`)."""

    def may_turn_from_denials(self, tokens: list[Token]) -> bool:
        """Whether a 'turns' phrase opens a clause after a negation word (quiet.py: where
        _turned may read a part, the quick exit reads the message in full)."""
        denied = False
        surfaces = [t.surface for t in tokens]
        for k, t in enumerate(tokens):
            # denied only after a token, so k > 0 here
            if denied and t.clause != tokens[k - 1].clause and self._turn_at(surfaces, k):
                return True
            denied = denied or t.surface in self._negations
        return False

    def _turn_at(self, surfaces: list[str], k: int) -> bool:
        """Whether a 'turns' phrase starts at k."""
        turns = self._denied_turns
        return any(" ".join(surfaces[k : k + n]) in turns for n in lengths(turns))

    def _turned(
        self, question: str, tokens: list[Token], mentions: list[Mention], animals: list[Mention]
    ) -> list[RedFlag]:
        """The learned emergency of the part of a message from a 'turns' phrase opening a clause
        after the asker's own denial of a sign ("No fever, no numbness ... My back has improved a
        lot. The only new thing is my bum feels like rubber when I sit"; "..., simple strain says
        the GP. But ..."), read with the whole message's reading, when the check is as sure of it
        as it must be of a sign the rules do not know (P(emergency) past the soon threshold, as in
        _denied_throughout): the denials' and the calm words' features outweighed a sign told after
        them in words the rules do not know (safety67, review19)."""
        denials = [
            m.last
            for m in mentions
            if m.negated and not m.other and m.concept in self._symptoms and not m.disowned
        ]
        if not denials:
            return []
        surfaces = [t.surface for t in tokens]
        net = self._learned_net()
        concepts = self._learned_concepts(question)
        for k in range(min(denials) + 1, len(tokens)):
            if tokens[k].clause == tokens[k - 1].clause:
                continue  # a turn opens its clause
            if not self._turn_at(surfaces, k):
                continue
            names = features(
                tokens[k:],
                [c for at, c in concepts if at >= k],
                self._negations,
                self._negation_reach,
            )
            verdict = net.judge(names)
            if not net.sure_emergency(verdict):
                continue
            here, pets = mentions_at(range(k, len(tokens)), mentions, animals)
            found = self._learned_notice(question, tokens[k:], here, pets, verdict)
            if found:
                return found
        return []

    def _denied_throughout(
        self, tokens: list[Token], mentions: list[Mention], urgent: Callable[[str], bool]
    ) -> bool:
        """Whether the message denies signs of several kinds and tells its case settling (module
        doc): no learned emergency is raised over it. Not when a sentence telling a sign live, of
        a kind not denied, is an emergency alone to `urgent` (the learned check): its reason is
        then a sign the rules do not combine, told beside the denials (safety64, review19 F6:
        "... and the pain is better. My husband noticed I couldn't feel his hand at all")."""
        surfaces = {t.surface for t in tokens}
        # a calm phrase may be two words ("self care": the checker's verdict)
        pairs = {f"{a.surface} {b.surface}" for a, b in pairwise(tokens)}
        # a form answered no item by item settles it as a calm word does (safety92)
        form = sum(t.surface in self._denied_form for t in tokens) >= FORM_ANSWERS
        if not ((surfaces | pairs) & self._denied_calm or form) or surfaces & self._denied_yes:
            return False
        signs = self._emergency_concepts | self._region_concepts
        own = [m for m in mentions if m.concept in signs and not m.other]
        denied = {m.concept for m in own if m.negated}
        live = {
            m.concept
            for m in own
            if not (m.negated or m.past or m.general or m.asked)
            and m.concept not in self._region_concepts
        }
        if len(denied) < MIN_CONCEPTS or live & denied:
            return False
        # a sign told live, of a kind not denied, whose sentence alone the check finds an
        # emergency: its reason is not covered by the denials (review19 F6)
        told = {
            m.sentence
            for m in mentions
            if not m.other
            and m.concept in self._symptoms
            and m.concept not in denied
            and not (m.negated or m.past or m.general or m.asked)
        }
        return not any(
            urgent(" ".join(t.surface for t in tokens if t.sentence == sentence))
            for sentence in sorted(told)
        )
