"""Questions about signs in general, by no one now: a topic ("does osteoporosis cause back
pain?"), study or fiction framing ("revising for my nursing exam"), a general question that gets
a pointer instead of a notice ("is numbness in the saddle area serious? asking for a course").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from backcare.engine.safety.asked_apart import AskedApart
from backcare.engine.safety.asker_denials import Denials
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import (
    Token,
    first_words,
)
from backcare.engine.safety.rules import Mention

FRAMING_LEAD = 2  # words before study framing that are its subject ("I'm writing a quiz")
REPORTER_REACH = 2  # "my GP said": a self word this near before a reporting word reports
IF_EVER = "IF_EVER"  # the general cue that supposes the asker's own case ("if I ever ...")
KIN_RULES = 2  # a sign in more rules than this is a feeling many share, of its own kind only


class Framing(AskedApart):
    """The general and framed readings of `detect.Safety` (mixed in)."""

    def _told_live(self, tokens: list[Token], supposed: set[int]) -> bool:
        """Whether the question is about a live situation (`_live_now`), the sentences with a
        reporting word ("said", "leaflet") read as reports, and those where a generic subject
        supposes a case (`_supposed_words`: "if someone can't pee, should you call 999?") as that
        case's: care named there is the supposed case's, not care sought."""
        sentences = self._reporting_sentences(tokens) | {tokens[k].sentence for k in supposed}
        return self._live_now(tokens, sentences)

    def _reporting_sentences(self, tokens: list[Token]) -> set[int]:
        """The sentences with a reporting word ("said", "leaflet")."""
        return {t.sentence for t in tokens if t.surface in self._reported}

    def _supposed_words(self, tokens: list[Token], mentions: list[Mention]) -> set[int]:
        """The words a generic subject supposes ("if someone suddenly couldn't pee", "if a
        person's legs suddenly went weak"): from the cue to the end of its clause, when no I, me
        or my stands there. A time course told there is the supposed person's, not a story."""
        supposed: set[int] = set()
        cues = [g for g in mentions if g.concept in self._generic and not g.negated]
        if not cues:
            return supposed
        # per clause, its words in order (one pass, not one per cue: a long question may hold
        # many cues)
        clauses: dict[int, list[int]] = {}
        for k, token in enumerate(tokens):
            clauses.setdefault(token.clause, []).append(k)
        for g in cues:
            words = clauses[tokens[g.first].clause]
            words = words[bisect_left(words, g.first) :]
            if not any(tokens[k].surface in self._self for k in words):
                supposed.update(words)
        return supposed

    def _story_outside(self, mentions: list[Mention], inside: set[int]) -> bool:
        """Whether a time course ("since Monday", "getting worse") is told outside the cue words
        at `inside`: a story, so someone's symptoms, not a question about them."""
        return any(
            m.concept in self._story
            and not m.negated
            and not inside.issuperset(range(m.first, m.last + 1))
            for m in mentions
        )

    def _asked(
        self, tokens: list[Token], asking: list[tuple[int, ...]], mentions: list[Mention]
    ) -> list[Mention]:
        """A general question about what a warning sign is, with no report of anyone's current
        state ("In House MD a guy couldn't feel his legs, is that realistic?", "is numbness in the
        saddle area serious? asking for a first aid course", "revising for my exam: does a fever
        with back pain mean something serious?"): its symptoms are `asked`, which raises no
        notice but a pointer. Every condition is needed, so any report keeps the notice:
        - a cue of a general question (curiosity, a definition, fiction, study, a generic subject
          or a topic), not denied, and among the question's cues one that sets the asker apart
          from the symptom (fiction or study: "distancing"). A definition, a generic "you", a
          topic or curiosity alone is how people ask about their own ("help me, what does it
          mean when you can't pee", "is a numb bum a sign of something serious?", "wondering
          whether to go to A&E - is it serious when you can't pee?": reviews found each
          silenced); and no plea, fear, hurry or care sought ("please help", "ambulance");
        - no "now" word and no time course ("since Monday", "getting worse");
        - no I, me or my outside the cues' words (and the two words before each: "I'm writing a
          story") and disclaimers ("I'm fine"): "out of curiosity, is it bad that I can't pee";
        - no person ("he", "my husband") outside the cues, unless a story, a class or a generic
          subject sets the scene ("in films when someone falls ... can't feel their legs");
        - each symptom asked about: after a cue in its clause ("reading a novel where the hero goes
          numb"), or in a clause that opens as a question ("is numbness ... serious?"), not
          stated before one, after one ("whats happening, cant feel legs") or after a label
          ("numb bum and can't pee, is that serious? just wondering", "trivia question: numb bum
          and can't pee" report them)."""
        cues = [m for m in mentions if m.concept in self._asking and not m.negated]
        if not cues or self._told_live(tokens, self._supposed_words(tokens, mentions)):
            return mentions
        if self._occurrence_told(tokens, asking) or self._framing_taken_back(tokens, mentions):
            return mentions  # "Physio student: ...? Happened after a shift." (a red-team finding)
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.well_apart import wellness_apart

        if (
            not any(m.concept in self._distancing and not m.negated for m in mentions)
            and not self._defines_terms(tokens, cues, mentions)
            and not wellness_apart(
                tokens, mentions, self._disclaimers, self._symptoms, self._wellness_words
            )
        ):
            return mentions  # "what does it mean when you can't pee?": maybe the asker's own
        inside = {p for positions in asking for p in positions}
        # the words before a cue are its lead ("I'm writing a story"), but not before a generic
        # subject: "I'm a person with a numb bum" is the asker (safety37); and only in the cue's
        # clause: "... as red flags. Sounds like me. Also, what mattress is best?" claims the
        # signs before a definition's cue, whose lead it is not (safety50)
        subjects = {m.first for m in mentions if m.concept in self._generic}
        inside |= {
            positions[0] - k
            for positions in asking
            if positions[0] not in subjects
            for k in range(1, FRAMING_LEAD + 1)
            if positions[0] - k >= 0
            and tokens[positions[0] - k].clause == tokens[positions[0]].clause
        }
        inside |= {
            p
            for m in mentions
            if m.concept in self._disclaimers
            for p in range(m.first, m.last + 1)
        }
        if self._story_outside(mentions, inside | self._supposed_words(tokens, mentions)):
            return mentions  # "what if my legs went numb since Monday": a story, someone's
        if any(t.surface in self._self and i not in inside for i, t in enumerate(tokens)):
            return mentions
        # a pronoun after a generic person in its clause is that person ("when people say
        # their legs gave way"), no one in particular
        generic = {t.clause for t in tokens if t.surface in self._generic_people}
        if not any(m.concept in self._settings for m in cues) and any(
            (t.stem in self._others_stems or t.surface in self._pronouns)
            and t.surface not in self._generic_people
            and not (t.surface in self._pronouns and t.clause in generic)
            and i not in inside
            for i, t in enumerate(tokens)
        ):
            return mentions  # "he can't pee, is it true that's serious?": someone now
        symptoms = [m for m in mentions if m.concept in self._symptoms and not m.negated]
        if not symptoms:
            return mentions
        for m in symptoms:
            clause_start = next(
                k
                for k in range(m.first, -1, -1)
                if k == 0 or tokens[k - 1].clause != tokens[m.first].clause
            )
            # the clause itself opens as a question: "whats happening, cant feel legs" reports
            opens = {tokens[clause_start].surface}
            clause = tokens[m.first].clause
            cued = any(
                g.concept in self._leads and tokens[g.first].clause == clause and g.first <= m.first
                for g in cues
            )
            if not cued and not opens & self._question_words:
                return mentions
        # the crisis's parts are never a general question: asking what a lethal amount of a
        # medicine is, is itself the sign ("whats a lethal amount of amitriptyline"), whatever
        # a definition's framing says of the other signs named beside it
        return [
            m._replace(asked=True)
            if m.concept not in self._background and m.concept not in self._parts
            else m
            for m in mentions
        ]

    def _defines_terms(
        self, tokens: list[Token], cues: list[Mention], mentions: list[Mention]
    ) -> bool:
        """Whether the question asks what a term means and names every sign only as that term
        ("What is saddle anaesthesia?", "what does bowel incontinence mean", "definition of foot
        drop"): a definition cue that opens a term ('term_starts': what, define, definition,
        meaning) before each sign in its clause, with no word between them that tells a case
        ('term_breaks': "what does it mean WHEN you can't pee", "what is THIS numbness", "your"
        bum). Such a question sets the asker apart from the sign as study framing does; the rest
        of `_asked` still needs no I, no one, no time course and no "now", so "What is saddle
        anaesthesia? I think I have it" keeps its notice (red-team 7's C, held-out 16)."""
        starts: dict[int, list[int]] = {}  # per clause, where its definition cues start
        for g in cues:
            if g.concept in self._defining and tokens[g.first].surface in self._term_starts:
                starts.setdefault(tokens[g.first].clause, []).append(g.first)
        symptoms = [m for m in mentions if m.concept in self._symptoms and not m.negated]
        if not starts or not symptoms:
            return False
        breaks = [0]  # breaks[k]: the break words before position k (one pass, no rescans)
        for t in tokens:
            breaks.append(breaks[-1] + (t.surface in self._term_breaks))
        for m in symptoms:
            # the nearest cue before the sign in its clause: if any cue opens a term for it, the
            # nearest does (its words are a part of the others')
            before = [p for p in starts.get(tokens[m.first].clause, ()) if p <= m.first]
            if not before or breaks[m.first] - breaks[max(before)] > 0:
                return False
        return True

    def _covered(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """Signs named in general or reported sentences ("The leaflet lists a numb bum, trouble
        peeing and weak legs.", "Apparently back pain with incontinence is an emergency.", "if
        you can't feel your bottom") are denied by a clause of the asker's that denies them
        (`_asker_denials`), when every live sign of the question is in such a sentence (one with
        a reporting word, a general cue or a generic person, no time course and no I, me or my
        that tells: `_reports`) and nothing tells a case now (`_case_told`). One's own current
        sign told anywhere keeps them all ("I have none of the others but my bum is numb now");
        someone else's signs stay theirs (held-out 16, red-team 7's B). Which signs a denial
        covers: `_held`."""
        if self._framing_taken_back(tokens, mentions):
            return mentions  # "this isn't hypothetical" denies the framing, not the signs
        denials = self._asker_denials(tokens, mentions)
        if denials is None:
            return mentions
        if self._taken_back_after(tokens, min(denials.cover | denials.signs.keys())):
            return mentions  # "That's not me at all. Sorry, yes it is.": the denial taken back
        general, telling = self._reports(
            tokens, mentions, denials, self._asked_apart(tokens, mentions, denials)
        )
        if self._case_told(tokens, general, denials.told, denials.readings):
            return mentions
        live = [
            k
            for k, m in enumerate(mentions)
            if m.concept in self._symptoms and not m.negated and not m.other
        ]
        # what the asker read or heard, in a clause that tells, is covered only by a denial of
        # its own kind ("I read fever matters. 36.7C"): "I heard a pop and can't feel my legs.
        # None of the others" tells the sign heard beside
        heard = self._heard_of(tokens)
        kin = self._kin_signs(set(denials.signs.values()))
        inside = {
            k
            for k in live
            if mentions[k].sentence in general
            and (
                tokens[mentions[k].first].clause not in telling
                or (mentions[k].first in heard and mentions[k].concept in kin)
            )
        }
        if not inside:
            return mentions
        if len(inside) < len(live) and fired(
            [m for k, m in enumerate(mentions) if k not in inside]
        ):
            # a sign told outside the reports that raises a notice on its own is the asker's own
            # case and keeps them all ("I have none of the others but my bum is numb"); one that
            # raises nothing alone ("just an ache in one buttock") does not
            return mentions
        # "since Monday": someone's now; not the asker's own case told apart after the denial
        # ("None of those. Mine started after hoovering on Sunday and is easing": red flags 34)
        opening: dict[int, str] = {}  # each clause's first word
        for t in tokens:
            opening.setdefault(t.clause, t.surface)
        denied_at = min(denials.cover | denials.signs.keys())
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.plain_case import plain_clauses

        plain = plain_clauses(tokens)  # "it's just a stiff back since yesterday" (plain_case.py)
        if any(
            m.concept in self._story
            and not m.negated
            and not (
                tokens[m.first].clause > denied_at
                and (
                    opening[tokens[m.first].clause] in self._own_case
                    or tokens[m.first].clause in plain
                )
            )
            # the report's own time ("Most back pain gets better within a few weeks", pasted)
            and not (
                tokens[m.first].clause < denied_at
                and m.sentence in general
                and tokens[m.first].clause not in telling
            )
            # a normal reading's own date ("36.6 today"): when it was taken (safety127)
            and tokens[m.first].clause not in denials.readings
            for m in mentions
        ):
            return mentions
        held = self._held(tokens, mentions, inside, denials)
        return [
            m._replace(negated=True, disowned=True) if k in held else m
            for k, m in enumerate(mentions)
        ]

    def _heard_of(self, tokens: list[Token]) -> set[int]:
        """The words the asker reports having read or heard: after "I read", "I heard", "I was
        told" to the end of the clause, up to the next I, me or my ("my back aches and I read
        fever matters": the fever is what was read, the back ache told). A clause that tells
        (_reports) may so hold a report's signs too (red flags 43)."""
        reporting = self._reported | self._reporters | self._heard_words
        heard: set[int] = set()
        for k, t in enumerate(tokens):
            if t.surface not in reporting or not any(
                u.surface in self._self and u.clause == t.clause
                for u in tokens[max(0, k - REPORTER_REACH) : k]
            ):
                continue
            for j in range(k + 1, len(tokens)):
                if tokens[j].clause != t.clause or tokens[j].surface in self._self:
                    break
                heard.add(j)
        return heard

    def _reports(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        denials: Denials,
        asked: set[int],  # the sentences asking in bare terms (_asked_apart)
    ) -> tuple[set[int], set[int]]:
        """The sentences that tell signs in general or as reported (a reporting word, a general
        cue, a generic person; not the denials' own sentences), and the clauses where the asker
        tells: a self word, but not one just before a reporting word ("I read that"), before the
        reporter ("My GP said", "my sister told me") or the hearer after one ("told me that",
        "said to me"), which report; a possessive after one owns the sign ("said my numb bum",
        "told me my legs ...": the asker's own body) and tells (review9 1b)."""
        reporting = self._reported | self._reporters
        general = {m.sentence for m in mentions if m.concept in self._asking and not m.negated}
        general |= asked
        denying: set[int] = set()  # the denials' sentences
        telling: set[int] = set()
        first_denial: dict[int, int] = {}  # per sentence, its first denying clause
        reported_at: dict[int, int] = {}  # per sentence, its first reporting clause
        for k, t in enumerate(tokens):
            if (
                t.surface in reporting
                or t.surface in self._generic_people
                or t.surface in self._general_markers
            ):
                general.add(t.sentence)
                reported_at.setdefault(t.sentence, t.clause)
            if t.clause in denials.cover or t.clause in denials.signs:
                denying.add(t.sentence)
                first_denial.setdefault(t.sentence, t.clause)
            if t.surface in self._self and not (
                any(u.surface in reporting for u in tokens[k + 1 : k + 1 + REPORTER_REACH])
                or (t.surface in self._hearers and self._after_reporting(tokens, k, reporting))
            ):
                telling.add(t.clause)
        # a report and the asker's denial of it in one sentence ("GP went through the red flag
        # list - fever, weight loss - and I had none of them"): the report's clauses before the
        # denial are a report still, when the sentence names no sign before its report ("numb
        # bum, the doctor asked about pain in both legs, I don't have that" tells the numb bum)
        # and no one else from the denial on (safety37)
        kept = {
            s
            for s in denying & general
            if reported_at.get(s, first_denial[s]) < first_denial[s]
            and not any(
                t.sentence == s
                and (
                    (t.clause < reported_at[s] and t.clause in denials.told)
                    or (
                        t.clause >= first_denial[s]
                        and (t.stem in self._others_stems or t.surface in self._their_reflexives)
                    )
                )
                for t in tokens
            )
        }
        return general - (denying - kept), telling

    def _case_told(
        self, tokens: list[Token], general: set[int], told: set[int], readings: set[int]
    ) -> bool:
        """Whether the question tells a case now outside the reports: a "now", a plea or care
        sought (`_live_now`; care named inside a report is the report's advice: "My GP said to
        go to hospital if ...", "The leaflet says call 999"), or someone else named outside
        them ("I don't have that, my husband does"); not a possessive in a clause with no sign
        ("How often should I do her exercises?": the physio's)."""
        if self._live_now(tokens, general, readings):
            return True
        reporting = self._reported | self._reporters
        return any(
            (
                t.stem in self._others_stems
                or t.surface in self._their_reflexives
                or t.surface in self._covering_people
            )
            and t.sentence not in general
            and not (t.surface in self._covering_possessives and t.clause not in told)
            # the one who reports, in a clause naming no sign ("but my flatmate said it could
            # be"): a source of the report, no case (red flags 43)
            and not (
                t.clause not in told
                and t.surface not in self._covering_people
                and any(u.surface in reporting for u in tokens[k + 1 : k + 1 + REPORTER_REACH])
            )
            for k, t in enumerate(tokens)
        )

    def _held(
        self, tokens: list[Token], mentions: list[Mention], inside: set[int], denials: Denials
    ) -> set[int]:
        """Which of the reported signs at `inside` the asker's denials cover: all of them for a
        pro-form or a "Not me" (a bare denial of the person; worry or disagreement after it in
        its sentence, "Not me, I'm worried", makes it no denial); for a bare denial of a verb,
        those not said with a negation or an ability, which it would echo ("if you can't pee
        ... I don't" says yes); for a denial of a sign, the signs of its kind (_kin_signs).
        A bare denial after a report that advises care after its signs answers the advice, not
        the signs ("... and to go to A&E. I haven't": review9 1c)."""
        bare = denials.bare
        if self._answers_advice(tokens, [mentions[k] for k in inside]):
            bare = set()
        persons = {
            c
            for c in bare
            if any(a == "not" and b in self._self for a, b in pairwise(denials.words[c]))
        }
        doubted = {
            c
            for c in persons
            if any(t.surface in self._doubts for t in self._after_clause(tokens, c))
        }
        persons -= doubted
        bare = bare - doubted
        kin = self._kin_signs(set(denials.signs.values()))
        if denials.proform or persons:
            return inside
        if bare:
            held = {
                k
                for k in inside
                if not any(
                    tokens[p].surface in self._negations
                    or tokens[p].surface in self._inquiry_abilities  # "can't pee", "unable to"
                    for p in range(mentions[k].first, mentions[k].last + 1)
                )
            }
            if denials.signs:
                held |= {k for k in inside if mentions[k].concept in kin}
            return held
        return {k for k in inside if mentions[k].concept in kin}

    def _after_reporting(self, tokens: list[Token], k: int, reporting: frozenset[str]) -> bool:
        """Whether the word at `k` comes right after a reporting word ("told me"), or after
        one and a preposition ("said to me")."""
        before = [t.surface for t in tokens[max(0, k - 2) : k]]
        return bool(before) and (
            before[-1] in reporting
            or (len(before) == 2 and before[0] in reporting and before[1] in self._hearer_joins)
        )

    def _after_clause(self, tokens: list[Token], clause: int) -> list[Token]:
        """The words after a clause in its sentence."""
        at = [k for k, t in enumerate(tokens) if t.clause == clause]
        return [t for t in tokens[at[-1] + 1 :] if t.sentence == tokens[at[-1]].sentence]

    def _answers_advice(self, tokens: list[Token], signs: list[Mention]) -> bool:
        """Whether a report tells signs as there and then advises care after them ("The GP said
        it sounds like cauda equina, numb bum and can't pee, and to go to A&E."): a bare denial
        after it ("I haven't", "Not me, I'm not going") answers the advice, not the signs
        (review9 1c). Not when the signs are a condition of the advice ("if you ever lose feeling
        in your groin, go straight to A&E. I haven't" denies the loss)."""
        for m in signs:
            sentence = [
                (k, t) for k, t in enumerate(tokens) if t.sentence == tokens[m.first].sentence
            ]
            if any(t.surface in self._advice_conditions for _, t in sentence):
                continue
            if any(
                k > m.last
                and (
                    t.surface in self._advice_care
                    or (t.surface == "e" and k > 0 and tokens[k - 1].surface == "a")  # A&E
                )
                for k, t in sentence
            ):
                return True
        return False

    def _kin_signs(self, concepts: set[str]) -> set[str]:
        """The signs of the same kind as these: each itself and, for a sign that belongs to one
        or two rules (a place or a function: RETENTION, INCONTINENCE, SADDLE), the other signs
        of those rules ("I don't have any bladder trouble" denies "losing bladder control").
        A sign that many rules share (a feeling: NUMB, NOT_FEEL) is of its own kind only: "I
        don't have any numbness" says nothing of the bladder."""
        rules: dict[str, list[frozenset[str]]] = {}
        for rule in self._rules:
            signs = frozenset(c for combo in rule.sets for c in combo) & self._symptoms
            for c in signs:
                rules.setdefault(c, []).append(signs)
        kin = set(concepts)
        for c in concepts:
            if len(rules.get(c, ())) <= KIN_RULES:
                for signs in rules.get(c, ()):
                    kin |= signs
        return kin

    def _in_general(
        self, tokens: list[Token], cued: list[tuple[int, ...]], mentions: list[Mention]
    ) -> list[Mention]:
        """Symptoms a question names in general terms, after a generic cue in their sentence
        ("can you get back pain from a kidney infection?", "hypothetically, if my legs went
        numb", "why does sneezing hurt some people's backs?"), when it tells no time course and
        no "now":
        - with a disclaimer that the asker is well ("I feel fine", "they're fine", "mine's only a
          stiff back", "I've never had it", each ending its clause: "I feel fine otherwise" and
          "never had it before" are none) they are no one's, for every rule;
        - with no disclaimer, a topic cue in their sentence ("does osteoporosis cause ...", "is
          it true that ...", "... linked to back pain?") and no I, me or my outside the cue, they
          are a topic:
          urgent and soon rules skip them, emergency rules still count them ("why do doctors ask
          about bladder problems?" may come from a person who has them).
        """
        cues = [m for m in mentions if m.concept in self._general_cues]
        # care named in a sentence that supposes the asker's own case ("If I ever lost bladder
        # control, would that be A&E or my GP?") is that case's care, not care sought now
        supposing = {m.sentence for m in cues if m.concept == IF_EVER}
        if not cues or self._live_now(tokens, self._reporting_sentences(tokens) | supposing):
            return mentions
        inside = {p for positions in cued for p in positions}
        # someone else's event told as the question's reason, in a sentence naming no sign ("Can
        # sneezing put your back out? My mate did it last week": red flags 21) is their story,
        # not the asker's
        signed = {
            m.sentence
            for m in mentions
            if m.concept in self._symptoms and m.concept not in self._story
        }
        if self._story_outside(
            [m for m in mentions if not (m.other and m.sentence not in signed)], inside
        ):
            return mentions  # "if my legs went numb last night": a story, someone's
        # "I'm curious", "I was wondering": the asker's curiosity tells no case of theirs
        inside |= {
            m.first - k
            for m in mentions
            if m.concept in self._asking and not m.negated
            for k in range(1, FRAMING_LEAD + 1)
            if m.first - k >= 0 and tokens[m.first - k].sentence == m.sentence
        }

        # per kinds of cue, where each sentence's first such cue starts; the sentences with a
        # topic cue: looked up per mention instead of a pass over the cues for each
        earliest: dict[frozenset[str], dict[int, int]] = {}
        topical = {g.sentence for g in cues if g.concept in self._topics}

        def after(m: Mention, kinds: frozenset[str]) -> bool:
            if kinds not in earliest:
                earliest[kinds] = {}
                for g in cues:
                    if g.concept in kinds:
                        first = earliest[kinds].get(g.sentence, g.first)
                        earliest[kinds][g.sentence] = min(first, g.first)
            return earliest[kinds].get(m.sentence, m.first + 1) <= m.first

        def beside(m: Mention) -> bool:  # "are steroids linked to back problems?"
            return m.sentence in topical

        disclaimed = [m.sentence for m in mentions if m.concept in self._disclaimers]
        # someone else named in a disclaimer's sentence or after it ("... I don't have it. My
        # husband does."): their case told, so the signs are someone's (a red-team finding); not
        # a person who reports ("my flatmate says it does", "my physio mentioned it")
        says = self._reporters | self._reported
        told = any(
            t.sentence >= min(disclaimed, default=len(tokens))
            and (t.stem in self._others_stems or t.surface in self._their_reflexives)
            and not (k + 1 < len(tokens) and tokens[k + 1].surface in says)
            for k, t in enumerate(tokens)
        )
        if disclaimed and not told:
            # a topic cue is not enough here: "why does my bum go numb? I feel fine" reports it
            kept = [
                m
                for m in mentions
                if m.concept in self._background or not after(m, self._general_cues - self._topics)
            ]
            # and no symptom may be told outside the general words: "Can you get numb legs from
            # sciatica? Mine are numb, I feel fine" reports its own by ellipsis
            if not any(m.concept in self._symptoms and not m.negated for m in kept):
                # the rest are disclaimed: judged (denied), so the learned check, which adds only
                # what the rules did not judge, reads them as denied too
                held = {id(m) for m in kept}
                return [m if id(m) in held else m._replace(negated=True) for m in mentions]
        # the asker's own pro-form or bare denial ("Can a fever give you back ache? I don't have
        # one", "I haven't") tells no case of theirs: its I is no story
        denials = self._asker_denials(tokens, mentions)
        denying = set() if denials is None else denials.proform | denials.bare
        # nor does "my" naming someone else ("my flatmate's got flu")
        if any(
            t.surface in self._self
            and i not in inside
            and t.clause not in denying
            and not (i + 1 < len(tokens) and tokens[i + 1].stem in self._others_stems)
            for i, t in enumerate(tokens)
        ):
            return mentions
        return [
            m._replace(general=True) if m.concept not in self._background and beside(m) else m
            for m in mentions
        ]

    def _abstract(
        self, tokens: list[Token], framed: list[tuple[int, ...]], mentions: list[Mention]
    ) -> list[Mention]:
        """A question framed as study or teaching ("revising for my nursing exam", "writing a
        first aid quiz") asks about symptoms in the abstract when it names no one in the first
        person outside the framing's words and tells no time course ("since yesterday", "for
        weeks") and no "now": then the symptoms a generic subject introduces in their sentence
        ("if someone has ...", "signs of ...", "is a numb bum a sign of ...") are no one's. Every
        cue is needed, so "is a numb bum serious?" (no framing), "revising for my exam, is a numb
        bum a sign of something? I have one" (I), "revising for exams, can't pee since last
        night" (a time course), "numb bum and can't pee, is it serious? revising for exams" (no
        generic subject) and "asking for a friend" still raise their notice."""
        framing = [m for m in mentions if m.concept in self._framing and not m.negated]
        if not framing or self._told_live(tokens, self._supposed_words(tokens, mentions)):
            return mentions  # stated as happening ("numb bum now"), or a plea ("please help")
        if self._occurrence_told(tokens, framed) or self._framing_taken_back(tokens, mentions):
            return mentions  # "Physio student: ...? Happened after a shift." (a red-team finding)
        # "I'm revising for my exam" is framing; any other I, me or my is the asker's own story.
        # The framing's matched words only, not the gaps of "studying ... for ... exam", which
        # may hold the asker's own "my legs went numb"
        inside = {p for positions in framed for p in positions}
        inside |= {positions[0] - k for positions in framed for k in range(1, FRAMING_LEAD + 1)}
        # and a clause that holds framing and no symptom is all framing ("a quiz for my class:")
        told = {tokens[m.first].clause for m in mentions if m.concept not in self._background}
        framing_clauses = {tokens[positions[0]].clause for positions in framed} - told
        inside |= {i for i, t in enumerate(tokens) if t.clause in framing_clauses}
        if any(t.surface in self._self and i not in inside for i, t in enumerate(tokens)):
            return mentions
        if self._story_outside(mentions, self._supposed_words(tokens, mentions)):
            return mentions  # symptoms with a time course are someone's
        # only symptoms a generic subject introduces ("if someone has ...", "signs of ...", "is a
        # numb bum a sign of ...") are no one's: "numb bum and can't pee, is it serious? revising
        # for exams" and "exam question: numb bum and can't pee" report them, and a person may
        # phrase their own emergency so
        cues = [m for m in mentions if m.concept in self._generic and not m.negated]
        return [
            m
            for m in mentions
            if not any(g.sentence == m.sentence and g.first <= m.first for g in cues)
        ]

    def _framing_taken_back(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Whether the asker takes a distancing cue back: a framing, generic or curiosity cue
        denied ("Not for the exam", "this isn't hypothetical", "not just curious") or a claim
        that it is real ('real_claims': "Asking for real.", "This is real"). Such a question is
        someone's now, whatever else frames it (a red-team finding)."""
        cues = self._asking | self._generic | self._distancing
        if any(m.negated and m.concept in cues for m in mentions):
            return True
        return claimed_real(tokens, self._real_claims)

    def _occurrence_told(self, tokens: list[Token], framed: list[tuple[int, ...]]) -> bool:
        """Whether a sentence outside the framing's words says something occurred or is
        occurring ('occurring': "happened", "started", "going on", "having both"), with no pronoun
        needed, and does not open as a question ("what happens if ..." asks): study framing makes
        signs no one's only while everything else is asked, so such a sentence cancels it."""
        inside = {p for positions in framed for p in positions}
        surfaces = [t.surface for t in tokens]
        opening: dict[int, str] = {}
        for t in tokens:
            opening.setdefault(t.sentence, t.surface)
        occurring = self._occurring
        firsts = first_words(occurring)  # no other word starts an occurrence (nor is one)
        for k, t in enumerate(tokens):
            if k in inside or opening[t.sentence] in self._question_words:
                continue
            if (t.surface in firsts or " " in t.surface) and any(
                " ".join(surfaces[k : k + size]) in occurring for size in (1, 2, 3)
            ):
                return True
        return False


def claimed_real(tokens: list[Token], claims: frozenset[str]) -> bool:
    """Whether the message claims to be real ('real_claims': "Asking for real.", "This is real",
    "asking about me not a patient"): its study or topic framing taken back."""
    surfaces = [t.surface for t in tokens]
    firsts = first_words(claims)  # only a claim's first word starts a claim: no join elsewhere
    return any(
        " ".join(surfaces[k : k + size]) in claims
        for k, word in enumerate(surfaces)
        if word in firsts or " " in word
        for size in (2, 3, 4)
    )
