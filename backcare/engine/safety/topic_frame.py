"""Signs named as a topic, not as the asker's present state (safety68, issue #12): the frame of
the sentences that speak of a text, a list, a course, a form, a story or a past case rather than
the asker's body now. "Textbook question for my physio exam: ... I've got saddle anaesthesia,
bilateral sciatica ... - am I missing any?", "a novel where the main character ... can't feel his
legs", "Did a first aid course at work today and they covered spinal injuries after falls from
height", "they went through a load of questions - any numbness, any trouble weeing ... - and it
was no to all of them", a care-home handover of a catheter "from 1998", "By the end my legs were
like jelly" after a half marathon.

One reading, its words in data ('topic_frame' in data/safety_vocabulary.json):
- A sentence holding a 'cues' phrase of a kind opens that kind's frame; the sentences after it
  continue it while they name no self word ("I", "my") outside the frame's own words (within
  'owner_reach' of a cue: "my handover", "the thriller I'm reading"), or while a 'continuers'
  phrase ("am I missing any", "so far") stands in that sentence or a later one and the sentence
  lists at least 'list_signs' signs: a list's "I've got" is the list's. A kind whose 'reach' is 0
  (an 'event': "by the end", "foil blanket", counted only with an 'exertions' word in the message
  and not before an 'event_bars' phrase such as "of the day") frames its own sentence only.
- Never framed, and closing the frame: a clause telling a 'live' time ("since yesterday",
  "today", "actually"; not "since 1998", a number after it; not the cue's own time, within
  'live_reach' after it: "a course at work today"), whoever's it is ("tonight she suddenly can't
  move her legs", "... at the end, but it's Thursday and they're still giving way"); a clause
  with a self word outside the frame's words in a sentence that lists nothing; a framed sentence
  holding a 'takeback' word ("yes", "except", "apart from").
- A 'keeps' phrase anywhere (a plea, a fear: "what do I do", "scared") frames nothing, nor a
  framing the asker takes back ("asking about me not a patient": framing._framing_taken_back).
- In a 'form' frame a self word after an 'items' phrase is the form's ("any problems with my
  bladder"), and a clause naming an 'abilities' word (not right after a 'losses' phrase: "loss
  of sensation") is never framed unless its sign is denied: a function asked and answered no is
  the sign ("Can you feel your bottom? No.", checklist.py).

- Claimed, nothing is framed: an 'echoes' phrase or a claim of the topic's signs after the
  frame begins ("neither can I since Tuesday", "I've got a couple of those", "which is exactly
  what happened to me"); a sentence opening with a 'dropped_subjects' word is the asker's own
  ("Got numbness down below."). A cue's sentence is framed from the cue's clause on ("fever and
  back pain, i have exams next week"); an event frames only its 'event_signs' (jelly, shaking,
  shivering legs, not a dragged leg).

A framed sign is no one's now: other, past and disowned, so the learned check, however sure,
does not overrule the reading (as framing._covered's denials); and where every sign is so judged,
the learned emergency is held back unless the sentences outside the frames are one alone
(`_learned_held`, beside denied.py's).
"""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.checklist import TICK_MARK
from backcare.engine.safety.corrected import corrected_rest
from backcare.engine.safety.defined_denied import defined_after_denial
from backcare.engine.safety.denied import DeniedThroughout
from backcare.engine.safety.expected import worn_off_rest
from backcare.engine.safety.framing import claimed_real
from backcare.engine.safety.hypothetical import Hypotheticals, alone_claim
from backcare.engine.safety.hypothetical import phrases_at as _phrases_at
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

EVENT = "event"
FORM = "form"
STUDY = "study"
# how far after a self word its claim of the topic's signs may reach ("I have an awful lot of these")
CLAIM_REACH = 6


class TopicFrames(DeniedThroughout, Hypotheticals):
    """The reading of a message's topic frames (mixed into `detect.Safety`), and with it when
    the learned check's emergency is held back: signs all denied (denied.py) or a topic's."""

    def _learned_held(
        self, tokens: list[Token], mentions: list[Mention], urgent: Callable[[str], bool]
    ) -> bool:
        """Whether no learned emergency is raised over the message: its signs of several kinds
        all denied, the case settling (denied.py), or every sign it names judged by the rules
        and some told inside a topic's frame, and the sentences outside the frames, read alone,
        no emergency to `urgent` (the learned check): the check reads the whole message, a
        mnemonic's words and all, where the rules read only the asker's sentences. So too the
        words outside a sign told as worn off after its cause (expected.py), read alone."""
        if self._denied_throughout(tokens, mentions, urgent):
            return True
        # every emergency sign and body region the rules read denied: the words outside the
        # denials, read alone (denied_rest.py; "no numbness in the legs, no trouble passing
        # urine, only back pain")
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.denied_rest import denied_rest

        kept = denied_rest(
            tokens,
            mentions,
            (self._emergency_concepts | self._region_concepts)
            - self._background
            - self._denied_rest_untold,
            self._negations,
            self._negation_reach,
            self._denied_rest_kept,
            self._denied_rest_between,
            (self._region_concepts, self._denied_rest_links, self._denied_rest_denials),
            self._denied_rest_verb_denied,
        )
        if kept is not None and not (kept and urgent(kept)):
            return True
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.fine_items import without_fine_items

        fine = without_fine_items(tokens)  # "Bowel control: never been better" (fine_items.py)
        if fine is not None and not (fine and urgent(fine)):
            return True
        worn = worn_off_rest(tokens, mentions)  # signs told as worn off (expected.py)
        if worn is not None and not (worn and urgent(worn)):
            return True
        # signs the asker corrected in the next breath ("both legs - well, just the right one")
        mended = corrected_rest(tokens, mentions, self._symptoms, self._negations)
        if mended is not None and not (mended and urgent(mended)):
            return True
        signs = [m for m in mentions if m.concept in self._symptoms]
        # the frame as _topic_framed read it, once, with its gates (keeps, claims, taken back)
        told = [m for m in signs if m.frame]
        if not told or not all(
            m.negated or m.past or m.resolved or m.general or m.asked for m in signs
        ):
            return False
        framed = told[0].frame
        rest = " ".join(t.surface for k, t in enumerate(tokens) if k not in framed)
        return not (rest and urgent(rest))

    def _topic_framed(
        self, tokens: list[Token], mentions: list[Mention], question: str = ""
    ) -> list[Mention]:
        """The mentions, those told inside a topic's frame marked as no one's now (module doc),
        a sign only supposed as asked about (hypothetical.py); `question`, the text, gives the
        quotations (teaching.py)."""
        mentions = self._supposed_signs(tokens, mentions)
        # a letter's denied term asked about ("What does 'saddle anaesthesia' mean?")
        mentions = defined_after_denial(tokens, mentions, self._symptoms, self._self)
        if not mentions or not any(t.surface in self._frame_first_words for t in tokens):
            return mentions  # the quick exit: no cue's first word
        if self._frame_taken_back(tokens, mentions):
            return mentions
        phrases = _phrases_at(tokens)
        if any(p in self._frame_keeps for _, p in phrases):
            return mentions
        framed = self._framed_positions(tokens, phrases, mentions, question)
        if not framed or self._claimed(tokens, framed):
            return mentions
        frame = frozenset(framed)
        # a box the writer ticked is their own yes to its item (checklist.py's mark): its sign
        # is theirs, not the form's, but its time course stays the form's ("[x] Back pain - on
        # and off for 10 years"; safety119)
        tick = TICK_MARK
        ticked = {t.sentence for t in tokens if t.surface == tick}
        return [
            m._replace(other=True, past=True, disowned=True, frame=frame)
            if m.first in framed
            and not m.asked  # a general question keeps its pointer (pointer())
            and m.concept in self._symptoms
            and not (m.sentence in ticked and m.concept not in self._story)
            # an event is the asker's own moment: not a daughter's legs giving way at its end
            and (framed[m.first] != EVENT or (m.concept in self._frame_event_signs and not m.other))
            else m
            for m in mentions
        ]

    def _claimed(self, tokens: list[Token], framed: dict[int, str]) -> bool:
        """Whether the asker claims the topic's signs outside its words, after it begins: an
        'echoes' phrase ("neither can I", "that's basically me", "what happened to me"; not in a
        clause with an 'echo_bars' word: "someone always jokes 'that's me'"), or a self word, a
        syllabus 'claims' word within CLAIM_REACH and a 'claim_objects' word after it ("I've got
        a couple of those", "I've had it"; not "I have to do it", "I've got both in the
        freezer")."""
        start = min(framed)
        if alone_claim(tokens[start:], self._frame_echo_alone):
            return True
        rest = [k for k in range(start, len(tokens)) if k not in framed]
        told = [tokens[k] for k in rest]
        barred = {t.clause for t in told if t.surface in self._frame_echo_bars}
        if any(
            p in self._frame_echoes and told[k].clause not in barred for k, p in _phrases_at(told)
        ):
            return True
        if any(  # "that's literally me", "sounds a lot like me"
            t.surface == "me" and t.clause not in barred and self._resembled(told, n)
            for n, t in enumerate(told)
        ):
            return True
        for n, t in enumerate(told):
            # "Got exactly that.": a sentence's opening claim word with its subject dropped
            dropped = (
                t.surface in self._frame_dropped_subjects
                and (n == 0 or told[n - 1].sentence != t.sentence)
                and not (n + 1 < len(told) and told[n + 1].surface in self._frame_inverted)
            )  # not a question: "Have I missed one?"
            if t.surface not in self._self and not dropped:
                continue
            if (
                n
                and told[n - 1].surface in self._frame_dropped_subjects
                and (n == 1 or told[n - 2].sentence != t.sentence)
            ):
                continue  # "Have I got that right?": a question, no claim
            first = n if dropped else n + 1
            after = [u for u in told[first : n + 1 + CLAIM_REACH] if u.clause == t.clause]
            claim = next(
                (j for j, u in enumerate(after) if u.surface in self._syllabus_claims), None
            )
            if claim is None:
                continue
            object_ = [u.surface for u in after[claim + 1 :]]
            # "I have to ...", "I've got a stiff neck" claim nothing; "a few of those" does
            led = bool(object_) and object_[0] in self._syllabus_not_claims
            if (not led or object_[0] in self._syllabus_counted) and any(
                w in self._frame_claim_objects for w in object_
            ):
                return True
            if self._counted(after[claim + 1 :]):  # "I have all three"
                return True
        return False

    def _counted(self, words: list[Token]) -> bool:
        """Whether a claim's object counts the topic's signs: a 'claim_counts' word before a
        number, right after it or past its 'skip' words ("all three", "each of the four")."""
        for n, u in enumerate(words):
            if u.surface in self._frame_claim_counts:
                after = [
                    w for w in words[n + 1 : n + 4] if w.surface not in self._frame_count_skips
                ]
                if after and after[0].number is not None:
                    return True
        return False

    def _resembled(self, told: list[Token], n: int) -> bool:
        """Whether a 'me' is what a 'resemblances' word before it in its clause likens to the
        topic ("that's literally me", "sounds a lot like me")."""
        before = told[max(0, n - self._frame_resemblance_reach) : n]
        return any(
            u.surface in self._frame_resemblances and u.clause == told[n].clause for u in before
        )

    def _framed_positions(
        self,
        tokens: list[Token],
        phrases: list[tuple[int, str]],
        mentions: list[Mention],
        question: str = "",
    ) -> dict[int, str]:
        """The positions of the words inside a topic's frame, each with its kind."""
        exertion = any(p in self._frame_exertions for _, p in phrases)
        cues: dict[int, list[tuple[int, int, str]]] = {}  # per sentence: (start, end, kind)
        for k, phrase in phrases:
            cued = self._frame_cues.get(phrase)
            if cued is None:
                continue
            end = k + len(phrase.split()) - 1
            if cued == EVENT and (not exertion or self._event_barred(tokens, end)):
                continue
            if self._cue_barred(tokens, k, end):  # "of course", "a course of steroids"
                continue
            cues.setdefault(tokens[k].sentence, []).append((k, end, cued))
        if not cues:
            return {}
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.teaching import (
            authored,
            quoted_spans,
            quoted_times,
            teaching_words,
        )

        teaching = teaching_words()  # a teaching text's readings (teaching.py)
        owned: set[int] = set()  # the frame's own words: its cue and the words around it
        near: set[int] = set()  # the cue's own time ("a course at work today")
        for found in cues.values():
            for start, end, cued in found:
                owned.update(
                    range(start - self._frame_owner_before, end + self._frame_owner_after + 1)
                )
                # a dream's night is its own time ("Last night I had a vivid dream that ...")
                first = start
                while (
                    cued in self._frame_first_person
                    and first
                    and (tokens[first - 1].sentence == tokens[start].sentence)
                ):
                    first -= 1
                if cued in teaching.untimed_kinds:
                    continue  # a QI project has no time of its own ("QI project, currently on shift")
                near.update(  # inside the cue's sentence: "Handover. Tonight Ted ..." is live
                    j
                    for j in range(first, min(len(tokens), end + self._frame_live_reach + 1))
                    if tokens[j].sentence == tokens[start].sentence
                )
        live = {
            k: p for k, p in phrases if p in self._frame_live and not _dated_by_number(tokens, k, p)
        }
        # a teaching text's quoted time and its kinds of sign are its own (teaching.py)
        quoted = quoted_times(question, tokens, self._self)
        inside = quoted_spans(question, tokens)
        # a clinical report outside a quotation is someone's now ("Pt c/o saddle anaesthesia")
        reported = {
            tokens[k].clause for k, p in phrases if p in teaching.reports and k not in inside
        }
        takeback = {tokens[k].sentence for k, p in phrases if p in self._frame_takeback}
        continuers = [tokens[k].sentence for k, p in phrases if p in self._frame_continuers]
        asked = _after_in_clause(tokens, [k for k, p in phrases if p in self._frame_items])
        lost = _after_in_clause(tokens, [k for k, p in phrases if p in self._frame_losses], 2)
        functions = {  # not the asker's "I didn't know what saddle area meant"
            t.clause
            for k, t in enumerate(tokens)
            if t.surface in self._frame_abilities
            and k not in lost
            and not (k and tokens[k - 1].surface in self._negations)
        }
        denied = {tokens[m.first].clause for m in mentions if m.negated}
        theirs, new = self._signs_now(tokens, phrases, mentions)
        # "my husband's on a first aid refresher": a possessive's stem names them too (safety77)
        kin = self._frame_people
        named = {t.sentence for t in tokens if t.surface in kin or t.stem in kin}
        signs: dict[int, int] = {}
        for m in mentions:
            if m.concept in self._symptoms:
                signs[m.sentence] = signs.get(m.sentence, 0) + 1
        by_sentence: dict[int, list[int]] = {}
        for k, t in enumerate(tokens):
            by_sentence.setdefault(t.sentence, []).append(k)
        order = sorted(by_sentence)
        rank = {sentence: n for n, sentence in enumerate(order)}
        # a function asked, answered with a live time, is lost now ("Can you pass urine
        # normally? Not since Monday.")
        timed = {rank[tokens[k].sentence] for k in live if k not in near}
        answered = {t.clause for t in tokens if rank[t.sentence] + 1 in timed} & functions
        words: dict[int, str] = {}
        kind: str | None = None
        opened, cued = 0, -1
        for ordinal, sentence in enumerate(order):
            positions = by_sentence[sentence]
            here = cues.get(sentence)
            if here:
                kind, opened, cued = here[0][2], ordinal, sentence
            if kind is not None and ordinal - opened > self._frame_reach[kind]:
                kind = None  # 'reach' sentences after the cue's: the frame is over
            if kind is None:
                continue
            listed = signs.get(sentence, 0) >= self._frame_list_signs and any(
                s >= sentence for s in continuers
            )
            own = {
                tokens[k].clause
                for k in positions
                if tokens[k].surface in self._self
                and k not in owned
                and not (kind == FORM and k in asked)
                and not (kind in teaching.kinds and authored(tokens, k))
            }
            if tokens[positions[0]].surface in self._frame_dropped_subjects:
                own.add(tokens[positions[0]].clause)  # "Got numbness down below."
            # a cue's sentence is framed from the cue's clause on ("fever and back pain, i have
            # exams next week" tells the fever before the exams)
            opens = min(tokens[start].clause for start, _, _ in here) if here else -1
            if not here and own and not listed:
                kind = None  # the asker's own sentence: the frame is over
                continue
            if sentence in takeback:
                kind = None
                continue
            # a live time is someone's now, whoever's: the asker's, a resident's, a runner's
            now = {
                tokens[k].clause
                for k in positions
                if k in live
                and k not in near
                and not (kind in teaching.kinds and k in quoted)
                and live[k] not in teaching.quiet_live.get(kind, ())
            }
            if kind in teaching.kinds:
                now |= reported & {tokens[k].clause for k in positions}
            # another's sign told now, outside the cue's clause, is theirs where the sentences
            # from the cue's to this one name the asker's people ("Mum is on a course of
            # steroids. She has back pain, can't pee"; not an exam's "a woman presents with");
            # in a handover, see fresh
            clauses = {tokens[k].clause for k in positions}
            people = any(cued <= s <= sentence for s in named)
            managed = kind in self._frame_managed_kinds
            if people and not managed:
                now |= {c for c in theirs & clauses if c > opens}
            # a form's answer is told from its live time on ("Not since Monday. Back pain 8/10.")
            if kind == FORM and now and min(now) > opens:
                now |= {c for c in clauses if c > min(now)}
            # a handover's new sign is live ("Not passed urine for 12 hours"); its managed ones
            # framed ("long-term catheter since 2012")
            fresh = new & clauses if managed else set()
            # an event is the asker's own moment ("by the end I was shivering"): their words in
            # its sentence are its own
            mine = set() if listed or kind == EVENT else own
            if here and kind in self._frame_first_person:
                # a dream is told in the first person: the self words after its cue, in its
                # sentence, are the dream's ("the weirdest dream I couldn't feel my legs")
                mine = {c for c in mine if c < opens}
            if kind == FORM:  # a function asked: its no may be the sign (checklist.py)
                mine = mine | (functions - denied) | answered
            words.update(
                (k, kind)
                for k in positions
                if tokens[k].clause not in now | mine | fresh and tokens[k].clause >= opens
            )
            # a cue's own words are no sign ("went through the questions" is no spreading pain)
            words.update((k, kind) for start, end, _ in here or () for k in range(start, end + 1))
            # a text's live time, in a sentence naming no sign, closes no teaching frame ("At
            # the moment our notes say ...": teaching.py)
            if now and not (
                kind in teaching.kinds
                and not signs.get(sentence)
                and any(tokens[k].surface in teaching.texts for k in positions)
            ):
                kind = None
        # a study frame names what is studied ("list the red flags", "a 38-year-old man with"):
        # "exam question: back pain, numb bum and can't pee" may be the asker's own
        studied = {tokens[k].sentence for k, w in words.items() if w == STUDY}
        if not any(
            tokens[k].sentence in studied and p in self._frame_study_topics for k, p in phrases
        ):
            words = {k: w for k, w in words.items() if w != STUDY}
        return words

    def _signs_now(
        self, tokens: list[Token], phrases: list[tuple[int, str]], mentions: list[Mention]
    ) -> tuple[set[int], set[int]]:
        """The clauses telling a sign now (not past, denied, settled, general or asked): those
        of another's ("She has back pain, can't pee"), and those not told as managed, by a
        'managed' word or a year in the clause ("long-term catheter since 2012")."""
        low, high = self._frame_years
        managed = {tokens[k].clause for k, p in phrases if p in self._frame_managed} | {
            t.clause for t in tokens if t.number is not None and low <= t.number <= high
        }
        present = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not (m.past or m.negated or m.resolved or m.general or m.asked)
        ]
        theirs = {tokens[m.first].clause for m in present if m.other}
        return theirs, {tokens[m.first].clause for m in present} - managed

    def _cue_barred(self, tokens: list[Token], start: int, end: int) -> bool:
        """Whether a cue is an everyday word: right after a 'cue_bars' 'before' word ("of
        course") or right before an 'after' word ("a course of steroids", "revision surgery")."""
        cue = " ".join(t.surface for t in tokens[start : end + 1])
        before = start > 0 and tokens[start - 1].clause == tokens[start].clause
        after = end + 1 < len(tokens) and tokens[end + 1].clause == tokens[end].clause
        return (before and tokens[start - 1].surface in self._frame_bars_before.get(cue, ())) or (
            after and tokens[end + 1].surface in self._frame_bars_after.get(cue, ())
        )

    def _frame_taken_back(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Whether the asker takes a framing back (as framing._framing_taken_back, but for a
        generic cue denied, which an instruction's "don't move the casualty" is): a framing or
        curiosity cue denied ("not for the exam") or a claim that it is real ("this is real",
        "not hypothetical") outside a clause a 'conditionals' word opens."""
        cues = (self._asking | self._distancing) - self._generic
        if any(m.negated and m.concept in cues for m in mentions):
            return True
        # "if I ever have to do it for real" claims nothing
        phrases = _phrases_at(tokens)
        conditional = {tokens[k].clause for k, p in phrases if p in self._frame_conditionals}
        told = [t for t in tokens if t.clause not in conditional]
        return claimed_real(told, self._real_claims)

    def _event_barred(self, tokens: list[Token], end: int) -> bool:
        """Whether an event cue ends before an 'event_bars' phrase ("by the end of the day"), of
        however many words."""
        after = [t.surface for t in tokens[end + 1 :]]
        return any(after[: len(bar)] == bar for bar in map(str.split, self._frame_event_bars))


def _dated_by_number(tokens: list[Token], k: int, phrase: str) -> bool:
    """Whether a live word is followed by a number ("since 1998", "since 2015"): long-standing."""
    after = k + len(phrase.split())
    return after < len(tokens) and tokens[after].number is not None


def _after_in_clause(tokens: list[Token], starts: list[int], reach: int = 0) -> set[int]:
    """The positions after each start in its clause (up to `reach` words after it, when given)."""
    found: set[int] = set()
    for start in starts:
        k = start + 1
        while k < len(tokens) and tokens[k].clause == tokens[start].clause:
            if reach and k - start > reach + 1:
                break
            found.add(k)
            k += 1
    return found
