"""A question read into judged concept mentions (detect.py's module docstring tells how): the
reading the rules and the learned check share, step by step through the mixins below (each step
in a module of its own), with the last question's reading kept."""

from __future__ import annotations

from backcare.engine.safety.ability_answers import AbilityAnswers
from backcare.engine.safety.answered import Answered
from backcare.engine.safety.asked_after import Asked, AskedAfter
from backcare.engine.safety.asked_figure import asked_figures
from backcare.engine.safety.asked_over import asked_over
from backcare.engine.safety.bygone import Bygone
from backcare.engine.safety.cancer_dates import history_dates, undated_after, without
from backcare.engine.safety.carried_ages import ages_carried
from backcare.engine.safety.cause_times import sign_times
from backcare.engine.safety.causes import Causes
from backcare.engine.safety.claimed import claimed
from backcare.engine.safety.cleared_over import cleared_over
from backcare.engine.safety.code_switch import said
from backcare.engine.safety.common_knowledge import CommonKnowledge
from backcare.engine.safety.contrasted import Contrasted
from backcare.engine.safety.corrected import corrected, reply_subjects
from backcare.engine.safety.dated_back import dated_back
from backcare.engine.safety.dated_over import dated_over
from backcare.engine.safety.denied_alike import denied_alike
from backcare.engine.safety.disowned import Disowning, _denied_before
from backcare.engine.safety.dose_counts import DoseCounts
from backcare.engine.safety.eased import durations, eased
from backcare.engine.safety.echoed import Echoed
from backcare.engine.safety.expected import expected
from backcare.engine.safety.explained import dropped_signs
from backcare.engine.safety.fall_heights import fall_heights
from backcare.engine.safety.falling_scores import falling_scores
from backcare.engine.safety.feared import held_fears
from backcare.engine.safety.felt_heat import felt_heat
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.follow_up import FollowUp
from backcare.engine.safety.framing import Framing
from backcare.engine.safety.future import Future
from backcare.engine.safety.garbled import Garbled
from backcare.engine.safety.hearsay import Hearsay
from backcare.engine.safety.high_fever import high_fevers
from backcare.engine.safety.holder import Holders
from backcare.engine.safety.inline_answers import InlineAnswers
from backcare.engine.safety.instructions import Instructions
from backcare.engine.safety.joked import Joked
from backcare.engine.safety.listed import ListedSigns
from backcare.engine.safety.minimised import Minimised
from backcare.engine.safety.not_that import not_that
from backcare.engine.safety.notice_replies import NoticeReplies
from backcare.engine.safety.others import Others, _own_overlaps, any_within, inherited
from backcare.engine.safety.own_answers import OwnAnswers
from backcare.engine.safety.position_limits import position_limits
from backcare.engine.safety.position_lists import position_lists
from backcare.engine.safety.possessed import Possessions
from backcare.engine.safety.quotations import Quotations
from backcare.engine.safety.quoted import QuotedExamples
from backcare.engine.safety.reading import Token
from backcare.engine.safety.retracted import Retracted
from backcare.engine.safety.returned import Returned
from backcare.engine.safety.rising_scores import rising_scores
from backcare.engine.safety.risk_only import RiskOnly
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.safety_net import SafetyNetAdvice
from backcare.engine.safety.senses import Reader
from backcare.engine.safety.syllabus import Syllabus
from backcare.engine.safety.terms import TermsAsked
from backcare.engine.safety.their_events import their_events
from backcare.engine.safety.their_past import their_past
from backcare.engine.safety.thing_heat import thing_heat
from backcare.engine.safety.titles import Titles
from backcare.engine.safety.topic_frame import TopicFrames
from backcare.engine.safety.typos import Typos
from backcare.engine.safety.vocabulary import (
    BACK,
    DENIES_BEFORE,
    PAST,
    RECOVERED,
    RESOLVED,
    SENSE,
    TROUBLES,
    Reading,
)
from backcare.engine.safety.watch_lists import WatchLists
from backcare.engine.safety.woken_by import woken_by
from backcare.engine.safety.worse_ahead import worse_ahead
from backcare.hints import TYPE_CHECKING

SENSE_WORD = "~sense~"  # what the learned check reads for a word a sense took (no word has "~")
OTHERS_BACK_REACH = 12  # someone else's pain counts as back trouble with the back this near


class QuestionReading(
    AskedAfter,
    RiskOnly,
    FollowUp,
    AbilityAnswers,
    Instructions,
    Syllabus,
    Returned,
    Echoed,
    DoseCounts,
    Retracted,
    Answered,
    OwnAnswers,
    InlineAnswers,
    SafetyNetAdvice,
    ListedSigns,
    QuotedExamples,
    Quotations,
    NoticeReplies,
    Disowning,
    Contrasted,
    TopicFrames,
    WatchLists,
    Joked,
    Minimised,
    TermsAsked,
    CommonKnowledge,
    Hearsay,
    Titles,
    Framing,
    Future,
    Causes,
    Bygone,
    Holders,
    Possessions,
    Others,
    Garbled,
    Reader,
    Typos,
):
    """The reading of a question into judged mentions (mixed into `Safety`, through the rules'
    and the learned check's modules)."""

    if TYPE_CHECKING:  # the rules' flags, which some steps ask of a part of the question

        def _fired(self, mentions: list[Mention], asked: Asked | None = None) -> list[RedFlag]: ...

    def mentions(self, question: str) -> list[Mention]:
        """Every concept mentioned in a question, judged (negated, someone else's, in the past)."""
        return self.read(question)[1]

    def read(self, question: str) -> tuple[list[Token], list[Mention]]:
        """The question's tokens (normalised, typo-corrected) and its judged concept mentions.
        The last question's reading is kept: the learned check reads what the rules just read."""
        tokens, mentions, _ = self._reading(question)
        return list(tokens), list(mentions)

    def _reading(self, question: str) -> Reading:
        if self._last_read is None or self._last_read[0] != question:
            self._last_read = (question, self._read(question))
        return self._last_read[1]

    def _explained_signs(
        self, tokens: list[Token], before: list[Mention], after: list[Mention]
    ) -> frozenset[int]:
        """The positions of the signs a named cause explained (explained.py): neither a risk
        factor nor told in a sentence with a live word or a time course."""
        spec = self._risk_spec() if self._learned is not None else None
        signs = self._symptoms - (spec[0] if spec else frozenset())
        told: dict[int, list[Token]] = {}
        for t in tokens:
            told.setdefault(t.sentence, []).append(t)
        kept = {n for n, words in told.items() if self._live_word(words)}
        # a cause's own length ("the 11 hour flight") or a sign's end ("till I walked about")
        # is no course of the sign (cause_times.py)
        times = [m for m in after if m.concept in self._long_bars and not m.negated]
        kept |= {m.sentence for m in sign_times(tokens, times, after)}
        # and the sign's own duration, though no time concept reads it ("it's been like that for
        # 3 days", safety111)
        kept |= durations(tokens, after)
        return dropped_signs(before, after, signs, kept)

    def _read(self, question: str) -> Reading:
        raw = list(said(question, self._breakers, self._joiners, self._openers))  # the screen's
        tokens = [self._correct(t) for t in raw]
        # a fear sense that tells the disease held ("scared any pain means my cancer is back")
        candidates = held_fears(tokens, self._index.find(tokens, self._fillers))
        candidates = self._live_senses(tokens, candidates)
        if any(f.label in self._titled for f in candidates):
            candidates = self._untitled(question, candidates)
        ambiguous = {i for i, t in enumerate(tokens) if t.alt}  # typos with several readings
        parts = self._parts
        found = self._select(
            [f for f in candidates if f.label not in self._background and f.label not in parts],
            ambiguous,
        )
        # the crisis's parts compete among themselves and with senses only ("feel like" takes no
        # word of "like death warmed up"; "cut myself shaving" hides "cut myself")
        found += [
            f
            for f in self._select(
                [f for f in candidates if f.label in parts or not f.label], ambiguous
            )
            if f.label
        ]
        found.sort(key=lambda f: f.positions[0])
        found = self._denials_before_symptoms(tokens, found, candidates)
        used = {p for f in found for p in f.positions}
        senses: dict[int, list[frozenset[int]]] = {}  # by word: the senses holding it
        for f in found:
            if f.label == SENSE:
                for p in f.positions:
                    senses.setdefault(p, []).append(frozenset(f.positions))
        found += [  # back pain is read beside everything else ("hurts more when lying still");
            # a sense hides it ("pain in the neck") unless it is the whole sense ("slipped disc")
            f
            for f in candidates
            if f.label in self._background
            and all(sense <= set(f.positions) for p in f.positions for sense in senses.get(p, ()))
        ]
        found = self._lay_past(tokens, self._not_over_before_back(found))
        negated = self._negated_positions(tokens, used) | self._excluded_positions(tokens)
        near_misses = self._near_misses(tokens, used)
        # back pain is denied only by a negation close to it ("no pain", "doesn't hurt"), not by
        # one a few words back that belongs to something else ("not trying and back aches")
        negated_pain = self._negated_positions(tokens, used, self._pain_negation_reach)
        # back pain inside a phrase that denies it ("never had back problems", a new onset) is no
        # back pain described
        denied_inside = {
            p
            for f in found
            if f.label not in self._background
            and f.label not in self._told_inside  # "haven't slept because of my back"
            and any(tokens[q].surface in self._negations for q in f.positions)
            for p in range(f.positions[0], f.positions[-1] + 1)
        }
        written = tokens  # the words as written, for the learned check; whose signs reads owners
        tokens = self._unowned(tokens)  # of things as no one ("the baby's thermometer")
        owners, animals = self._others_positions(tokens, used)
        # the patients of the asker's health or care job: their signs, no one's emergency now
        # (the asker's back told beside them stays the asker's)
        work = self._work_positions(tokens)
        # "this is over" covers its own scope and the one before ("had a fever, all better now");
        # a date told of a cancer dates that history, not the signs after it (cancer_dates.py)
        past = self._past_positions(tokens, found, PAST, negated)
        histories = history_dates(tokens, found, PAST)
        past = undated_after(
            tokens,
            found,
            past,
            histories,
            lambda rest: self._past_positions(tokens, rest, PAST, negated),
        )
        resolved = self._past_positions(tokens, found, RESOLVED, negated)
        # "my son couldn't pee last week, he's fine": over for someone else's signs only
        recovered = self._past_positions(tokens, found, RECOVERED, negated)
        # a past episode told at length up to the asker's full recovery ("Two years ago ... numb
        # bum, couldn't pee ... made a full recovery")
        past |= self._recovered_story(tokens, found, negated)
        once, once_past = self._one_off_positions(tokens, found, negated)
        resolved |= once
        past |= once_past
        # passed in a sentence dated long ago: a history, not lately (dated_over.py)
        resolved, past = dated_over(
            tokens,
            without(found, histories),
            resolved,
            past,
            PAST,
            self._long_bars,
            self._kept_live_timing,
        )
        mentions = []
        for f in found:
            if f.label in (SENSE, PAST, RESOLVED, RECOVERED, DENIES_BEFORE):
                continue
            if f.label in self._one_off:
                continue
            first, last = f.positions[0], f.positions[-1]
            said_of_self = any(tokens[p].surface in self._self for p in f.positions)
            if said_of_self and first in owners and f.label in self._caused_by_others:
                continue  # "my baby keeps me up at night": the baby does it, no pain does
            # "laid up with his back": a phrase naming the other person is theirs
            in_work = first in work and f.label not in TROUBLES and f.label != BACK
            other = (
                first in owners
                or in_work
                or any(
                    tokens[p].stem in self._others_stems and not self._simile(tokens, p)
                    for p in range(first, last)
                )
                or any(tokens[p].surface in self._their_reflexives for p in f.positions)
            ) and not said_of_self
            mentions.append(
                Mention(
                    f.label,
                    first,
                    last,
                    tokens[first].sentence,
                    (
                        denied_inside.issuperset(f.positions)
                        or self._denied_outside(tokens, used, f.positions, negated_pain)
                        if f.label in self._background
                        else any(p in negated for p in f.positions)
                        or (f.label in self._events and any(p in near_misses for p in f.positions))
                    ),
                    other,
                    first in past,
                    resolved=first in resolved or (other and (first in recovered or in_work)),
                )
            )
        mentions = [m for m in mentions if not self._accident_explained(tokens, m)]
        backs = sorted(  # where the back is named, not denied ("nothing to do with backs")
            p
            for p in [i for i, t in enumerate(tokens) if t.stem in self._back_stems]
            + [m.first for m in mentions if m.concept in (BACK, "HIGH_BACK")]
            if p not in negated
        )
        mentions = [
            m._replace(near_back=any_within(backs, m.first, OTHERS_BACK_REACH))
            if m.concept in TROUBLES
            else m
            for m in mentions
        ]
        mentions = self._after_normal(tokens, used, _own_overlaps(mentions, tokens, self._self))
        mentions = inherited(tokens, mentions, self._others_stems | self._pronouns)
        mentions = self._doses_read(tokens, mentions)
        mentions = ages_carried(tokens, mentions, self._others_stems, self._pronouns)
        # a question's "without weeing" answered by the next sentence's "it's been 14 hours"
        mentions = asked_figures(tokens, mentions)  # asked_figure.py
        mentions = fall_heights(tokens, mentions)  # "fell off ... from about 2 metres up"
        mentions = position_lists(tokens, mentions)  # "the same sitting, lying or standing"
        mentions = felt_heat(tokens, mentions)  # "she's off her food, hot to touch"
        mentions = self._answered_no(tokens, mentions)
        mentions = self._answered_in_sentence(tokens, mentions)
        mentions = self._abilities_lost(tokens, mentions)
        mentions = _denied_before(
            tokens, found, mentions, (self._reported, self._wishes, self._self)
        )
        # an animal's symptoms are no person's ("my dog has a slipped disc and can't walk")
        pets = [m for m in mentions if m.other and m.first in animals]
        mentions = [m for m in mentions if not (m.other and m.first in animals)]
        # "... both legs go numb? Mine just did.": a "mine just" that says yes disclaims nothing;
        # nor does "I'm fine, just asking" beside a case told (minimised.py)
        if any(m.concept in self._disclaimers for m in mentions):
            case_beside = self._case_beside(tokens, mentions)
            mentions = [
                m
                for m in mentions
                if not (
                    m.concept in self._disclaimers
                    and (self._affirms(tokens, m) or self._minimising(tokens, m, case_beside))
                )
            ]
        framed = [f.positions for f in found if f.label in self._framing]
        mentions = self._said_of_self(tokens, mentions)
        hidden = self._sensed_causes(candidates, set(senses), negated)  # causes a sense holds
        unexplained = mentions
        mentions = self._spent_legs(self._without_harmless_causes(tokens, mentions, hidden))
        against = self._set_against_contrasts, self._set_against_times  # set_against.py
        mentions = expected(tokens, eased(tokens, mentions), against)
        # the signs a named cause explained, for the learned check to read without (explained.py)
        explained = self._explained_signs(tokens, unexplained, mentions)
        mentions = self._long_standing(tokens, mentions)
        mentions = self._bind(tokens, mentions)
        mentions = self._abstract(tokens, framed, mentions)
        cued = [f.positions for f in found if f.label in self._general_cues]
        asking = [f.positions for f in found if f.label in self._asking]
        # the learned check reads the words as the rules understood them: a word a sense took
        # ("I'm a Cancer" the star sign, "Fever-Tree") is that sense, not the symptom's word
        sensed = set(senses) | {p for f in found if f.label in self._as_senses for p in f.positions}
        shown = [
            t._replace(surface=SENSE_WORD, stem=SENSE_WORD) if i in sensed else t
            for i, t in enumerate(written)
        ]
        mentions = self._in_general(tokens, cued, mentions)
        mentions = self._terms_asked(tokens, self._asked(tokens, asking, mentions), self._fired)
        mentions = self._common_knowledge(tokens, mentions, self._fired)  # common_knowledge.py
        mentions = self._hearsay(tokens, mentions, self._fired)  # someone else's claim
        mentions = self._bygone(tokens, self._holders(tokens, mentions))
        mentions = self._listed_or_compared(tokens, mentions)
        mentions = self._quotations(question, tokens, self._quoted_examples(tokens, mentions))
        mentions = self._notice_replies(question, tokens, mentions, self._fired)
        mentions = self._narrowed(tokens, mentions)
        mentions = self._covered(tokens, mentions, self._fired)
        mentions = self._own_answers(tokens, mentions, self._fired)
        mentions = self._safety_net_conditions(tokens, mentions, self._fired)
        mentions = self._instructed(tokens, mentions)
        taken_back = self._framing_taken_back(tokens, mentions)
        mentions = self._studied(tokens, found, mentions, taken_back)
        mentions = self._supposed(tokens, self._ahead(tokens, mentions))
        mentions = self._echoed(tokens, mentions)
        mentions = self._pronoun_signs(
            tokens, self._repeated(tokens, self._returned(tokens, mentions))
        )
        mentions = self._topic_framed(tokens, self._contrasted(tokens, mentions), question)
        mentions = self._watch_listed(question, tokens, mentions, self._fired)  # watch_lists.py
        mentions = self._joked(question, tokens, mentions, self._fired)  # joked.py
        mentions = self._retracted(tokens, mentions)  # a denial taken back, in any frame
        mentions = corrected(tokens, mentions, self._symptoms, self._negations)  # corrected.py
        mentions = reply_subjects(tokens, mentions, self._negations)
        mentions = dated_back(
            tokens,
            mentions,
            self._tells_now,
            self._negations,
            self._long_bars,
            self._kept_live_timing,
        )
        # a sign examined, cleared and told ended since (cleared_over.py)
        # (its own clause told in the present; a recent time, "last month", tells no present)
        mentions = cleared_over(
            tokens,
            mentions,
            self._symptoms,
            self._region_concepts,
            lambda told, p: (
                self._tells_now(told, p) and told[p].surface not in self._recent_deictics
            ),
        )
        mentions = asked_over(tokens, mentions, self._live_word)  # an episode over, asked about
        mentions = worse_ahead(tokens, mentions, self._live_word)  # a worsening asked ahead
        # "it's not that I can't pee" (not_that.py); a bath's "39C" (thing_heat.py)
        mentions = not_that(tokens, mentions, self._symptoms, self._region_concepts)
        mentions = thing_heat(tokens, mentions)
        mentions = falling_scores(tokens, mentions)  # "gone from 6 to 3" (falling_scores.py)
        mentions = rising_scores(tokens, mentions)  # "a 3 on monday, ... today a 9"
        mentions = claimed(tokens, mentions)  # "hypothetically ... asking for me, since 6"
        mentions = their_events(tokens, mentions, self._others_stems)  # "my dad's fall"
        # "A friend had to go to A&E with numb legs. Mine is just sore" (their_past.py)
        mentions = their_past(tokens, mentions, self._self, self._symptoms)
        # "hot flushes are waking me" (woken_by.py)
        mentions = woken_by(tokens, mentions, self._negations, self._symptoms, self._breakers)
        mentions = position_limits(tokens, mentions)  # "can't sleep on my front anymore"
        # "back hurts when I breathe in, no chest pain": the back's pain (denied_alike.py), a
        # sense to the learned check's words too
        mentions, alike = denied_alike(tokens, mentions)
        if alike:
            shown = [
                t._replace(surface=SENSE_WORD, stem=SENSE_WORD) if i in alike else t
                for i, t in enumerate(shown)
            ]
        garbled = self._garbled(question, raw, tokens, mentions)
        judged = self._disowned(tokens, found, garbled, self._fired)
        judged = high_fevers(tokens, judged)  # "a fever of 39", "the shakes" (high_fever.py)
        # set last: the steps above may read parts of the question on their own
        self._last_explained = (question, explained)
        return shown, judged, pets
