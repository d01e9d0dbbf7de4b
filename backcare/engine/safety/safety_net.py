"""Safety-netting advice quoted: "111 told me to call 999 if I lose control of my bladder", "the GP
said to go to A&E if my bum goes numb or I can't pee", "the leaflet says seek help for numbness
around the back passage" (redteam12 B5). The signs are the advice's condition, in the future, not
something the asker tells; the "I" and "my" inside the condition are the advice's hearer. The
`reported` reading gives way at the first "I" or "my", so this one reads the condition itself."""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.safety.asker_denials import Denials

# The advice's words (care verbs, the time words telling a condition came true, the subjects and
# verbs of a statement that it did) are data: safety_vocabulary.json 'safety_net', read by
# vocabulary.Vocabulary.


# "already" this near before a word of feeling better ("already much better") tells no condition
TOLD_BETTER_REACH = 2

# a denying partitive this near before a told word, in its clause, denies it ("none of that has
# happened")
TOLD_DENIED_REACH = 4

# a verb of being this near after a joiner ("and there's", "and both are", "but his legs are")
# starts a statement told as happening, which ends the advice's condition (safety90)
STATEMENT_REACH = 3


class SafetyNetAdvice(Vocabulary):
    """The reading of quoted safety-netting advice (mixed into `detect.Safety`)."""

    if TYPE_CHECKING:  # framing.py's, mixed into the same class

        def _asker_denials(
            self, tokens: list[Token], mentions: list[Mention]
        ) -> Denials | None: ...

    def _safety_net_conditions(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """Deny the signs inside the condition of advice someone gave: a sentence with a
        reporting word ('reported': said, told, says, warned, leaflet) and care it sends to
        ('abstract.reported_care' / 'advice_care': 999, A&E, hospital; or a care verb: call,
        go, seek), where a condition word after the reporting word ('advice_conditions': if,
        when, unless) opens the condition, or "seek help / call 999 for" names what it is for;
        the condition runs to its clause's end. Nothing is denied when the words outside the
        conditions raise a notice of their own, or the message tells a time course or a "now" ("... if my bum goes numb, and now it has": the
        condition has come true), so the asker's own sign always keeps its notice."""
        surfaces = [t.surface for t in tokens]
        clause_ends: dict[int, int] = {}
        by_sentence: dict[int, list[int]] = {}
        for k, t in enumerate(tokens):
            clause_ends[t.clause] = k + 1
            by_sentence.setdefault(t.sentence, []).append(k)
        # a care verb that is a sign's own verb, right before the sign or inside it after its
        # first word ("my legs go numb", "nothing comes out"), sends no one to care: "No
        # symptoms. If I walk 50m both my legs go numb" is no advice (review26). A sign read from
        # the verb itself ("go to A&E" read as pain that goes somewhere) leaves it care.
        sign_words = {
            p
            for m in mentions
            if m.concept in self._symptoms
            for p in (m.first - 1, *range(m.first + 1, m.last + 1))
        }
        inside: set[int] = set()
        # what advice says to watch for is not there yet: back pain itself too ("watch for back
        # pain and legs going weak"), where "call 999 if my back pain gets worse" has it
        watched: set[int] = set()
        for positions in by_sentence.values():
            # advice, not a question reported ("asked me if I had ...": answered.py's)
            reported = [
                p
                for p in positions
                if surfaces[p] in self._reported and surfaces[p] not in self._inquiry_verbs
            ]
            care = self._advice_care | self._care_verbs | self._watch_leads
            if not reported or not any(
                surfaces[p] in care and p not in sign_words for p in positions
            ):
                continue
            for p in positions:
                if p <= reported[0]:
                    continue
                # "seek help for", "call 999 for", "watch for", "look out for" name what for
                leads = self._advice_care | self._watch_leads | {"help"}
                opens = surfaces[p] in self._advice_conditions or (
                    surfaces[p] == "for" and surfaces[p - 1] in leads
                )
                if opens:
                    scope = self._condition_scope(tokens, p, clause_ends[tokens[p].clause])
                    inside.update(scope)
                    if surfaces[p - 1] in self._watch_leads:
                        watched.update(scope)
        if not inside:
            return mentions
        # someone else's signs in a condition are a condition too ("the consultant said to
        # watch for back pain and legs going weak" in dad's care: safety87)
        signs = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not m.negated
            and not m.past
            and (not m.other or m.first in watched)
        ]
        if not any(m.first in inside for m in signs):
            return mentions
        if fired([m for m in mentions if m.first not in inside]):
            return mentions  # a sign told outside the advice: the asker's own
        named = {m.concept for m in signs if m.first in inside}
        if any(m.concept in named for m in signs if m.first not in inside):
            return mentions  # the condition's sign told again outside it ("Mine is numb")
        if any(
            t.surface in self._happening
            or (
                t.surface in self._told_words
                and not self._told_better(tokens, k)
                and not self._told_denied(tokens, k, mentions)
            )
            for k, t in enumerate(tokens)
        ):
            return mentions
        # "if I can't pee - I can": the ability claimed tells the condition false (safety86)
        opposite = (
            self._ability_claims
            if any(tokens[p].surface in self._ability_denials for p in inside)
            else frozenset()
        )
        if affirmed(self, tokens, inside, opposite):
            return mentions  # "... if my legs go weak. They have gone weak."
        if any(
            m.concept in self._story
            and not m.negated
            and m.first not in inside
            and not all(surfaces[p] in self._ahead_words for p in range(m.first, m.last + 1))
            for m in mentions
        ) and not self._condition_answered_no(tokens, mentions, inside):
            return mentions
        return [
            m._replace(negated=True)
            if m.first in inside and (m.concept in self._symptoms or m.first in watched)
            else m
            for m in mentions
        ]

    def _condition_answered_no(
        self, tokens: list[Token], mentions: list[Mention], inside: set[int]
    ) -> bool:
        """Whether the asker answers the advice's condition no after it ("My physio said to tell
        her if I ever get numbness between the legs. I haven't"; framing.py's bare or pro-form
        denials): a time course told elsewhere then dates the asker's own trouble ("My strain
        is mild and 5 days old"), not the condition come true (safety121, red flags 40). A sign
        told again outside the condition, or a "now", still keeps the notice (checked before)."""
        denials = self._asker_denials(tokens, mentions)
        if denials is None:
            return False
        last = max(tokens[p].clause for p in inside)
        return any(clause > last for clause in denials.cover)

    def _told_better(self, tokens: list[Token], k: int) -> bool:
        """Whether the told word at k says the asker is better, not that the condition came
        true: a 'told_better' word follows within TOLD_BETTER_REACH words of its clause ("see a GP
        if the pain hasn't improved after a few weeks. mine's only been 3 days and it's already
        better": red flags 27)."""
        return any(
            u.surface in self._told_better_words and u.clause == tokens[k].clause
            for u in tokens[k + 1 : k + 1 + TOLD_BETTER_REACH]
        )

    def _told_denied(self, tokens: list[Token], k: int, mentions: list[Mention]) -> bool:
        """Whether the told word at k is denied, no condition come true: a denying partitive
        stands before it in its clause ("none of that has happened", "nothing like that has
        happened yet"), which names no sign ("I haven't been able to pee since yesterday" tells
        one, and its 'since' still tells the condition true: safety139). A negated verb alone
        ("That hasn't happened.") leaves the condition a supposition, as before: read as a
        denial, its signs' words had the learned check raise an emergency (test_safety106)."""
        clause = tokens[k].clause
        if not any(
            tokens[j].surface in self._negations
            and tokens[j + 1].surface in self._partitive_links
            and tokens[j].clause == clause
            for j in range(max(0, k - TOLD_DENIED_REACH), k - 1)
        ):
            return False
        return not any(
            m.concept in self._symptoms and tokens[m.first].clause == clause for m in mentions
        )

    def _condition_scope(self, tokens: list[Token], start: int, end: int) -> range:
        """A condition's words: from its opening word to its clause's end, or to a joiner with a
        subject after it ("if I can't pee AND I can't") or a verb of being within
        STATEMENT_REACH words after it ("watch for his bladder AND there's a wet patch", "ring
        if her legs get weaker AND both are weaker": a statement, safety90), whichever comes
        first."""
        for p in range(start + 1, end - 1):
            if tokens[p].surface in self._condition_ends and (
                tokens[p + 1].surface in self._self
                or tokens[p + 1].surface in self._net_subjects
                or any(
                    t.surface in self._net_statements
                    for t in tokens[p + 1 : min(end, p + 1 + STATEMENT_REACH)]
                )
            ):
                return range(start, p)
        return range(start, end)


def affirmed(
    words: Vocabulary, tokens: list[Token], skip: set[int], opposite: frozenset[str] = frozenset()
) -> bool:
    """Whether the words not in `skip` state something of a subject's ("It has gone numb",
    "which I have", "and I can't"), other than wellness or a limit ("I'm fine", "mine is just a
    stiff back", "I have neither"): then a condition or a question answered no may have come
    true since. `words` is the reading's vocabulary (a subject's words, its verbs, negations);
    a verb in `opposite` with no negation or hedge after it tells the condition false ("if I
    can't pee - I can": safety86; "I can, just about" tells it in part)."""
    surfaces = [t.surface for t in tokens]
    for k, word in enumerate(surfaces):
        if k in skip:
            continue
        if word in words._self_verbs:
            verb = k  # "ive", "its": the subject and its verb in one word
        elif (word in words._self or word in words._net_subjects) and k + 1 < len(tokens):
            if _partitive_denied(words, tokens, k):
                continue  # "none of that has happened": the subject denied whole
            verb = k + 1
            if surfaces[verb] not in words._net_affirming or verb in skip:
                continue
        else:
            continue
        after = surfaces[verb + 1 : verb + 3]
        if surfaces[verb] in opposite and not any(w in words._negations for w in after):
            if _claim_hedged(words, tokens, verb):
                return True  # "I can, just about", "I can after a lot of pushing": in part
            continue  # "I can, totally normally"
        if not any(w in words._not_affirming or w in words._negations for w in after):
            return True
        if len(after) == 2 and after[0] in words._change_leads and after[1] in words._changes:
            return True  # "they've just gone numb": a change told, no limit (safety139)
    return False


def _partitive_denied(words: Vocabulary, tokens: list[Token], k: int) -> bool:
    """Whether the subject at k is the object of a denying partitive in its clause ("none of
    that has happened", "nothing like that has", "neither of those have": safety139): a
    negation, then one of 'partitive_links' ('of', 'like'), then the subject. "No it has gone
    numb" denies no subject."""
    return (
        k >= 2
        and tokens[k - 1].surface in words._partitive_links
        and tokens[k - 2].surface in words._negations
        and tokens[k - 2].clause == tokens[k].clause
    )


def _claim_hedged(words: Vocabulary, tokens: list[Token], verb: int) -> bool:
    """Whether a claim of the ability ("I can") is hedged: a hedge (a limit, a part, a difficulty)
    comes after it in its sentence before a new subject, a word of the whole ability or of
    wellness ("I can after a lot of pushing, and only a trickle", "I could, on the left side
    anyway" are in part; "I can, totally normally, just my back aches" is whole). The hedge may
    come late in the sentence: a three-word window lost "I can after a lot of pushing, and only a
    trickle" (safety89, review23)."""
    stops = words._not_affirming | words._ability_whole | words._self | words._net_subjects
    for token in tokens[verb + 1 :]:
        if token.sentence != tokens[verb].sentence:
            break
        if token.surface in words._ability_hedges:
            return True
        if token.surface in stops:
            break
    return False
