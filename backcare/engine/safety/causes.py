"""Harmless causes that explain a sign ("shivering at the bus stop in this cold", "had a little
accident - spilled coffee"), barred where the question is live or a loss stays unexplained.
"""

from __future__ import annotations

from backcare.engine.safety.eased import durations
from backcare.engine.safety.own_time import own_time_wins
from backcare.engine.safety.reading import (
    Found,
    Token,
)
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.senses import Reader
from backcare.engine.safety.set_against import set_against
from backcare.engine.safety.vocabulary import BACK

# how far after "since" the day gone by may be named: "since the weekend", and "since my 10 hour
# shift on Saturday" (safety95, review24 67: the shift named first, its day after it)
SINCE_REACH = 6
# a cause this many words into the clause after a sign's, at most, opens it: it names the sign's
# cause as an apposition ("numb for ages - peripheral neuropathy", "legs numb, diabetic
# neuropathy"), not a sentence's next event ("numb since Monday, then I got diabetes checked")
APPOSITION_REACH = 1
# a span's unit stands at most this many words after its span word ("for | 2 | days", "all | week")
SPAN_UNIT_REACH = 3


class Causes(Reader):
    """The explanations by a cause of `detect.Safety` (mixed in)."""

    def _sensed_causes(
        self, candidates: list[Found], sensed: set[int], negated: set[int]
    ) -> frozenset[str]:
        """The causes counted anywhere ("*NAME") whose words a sense holds, not denied (safety63,
        red flags 27): "after squats my lower back is sore and both legs are shaky" reads "after
        squats ... sore" as a workout's soreness, a sense that takes "squats" from EXERCISE, yet
        the workout told still explains the shaky legs."""
        return frozenset(
            f.label
            for f in candidates
            if f.label in self._anywhere_causes
            and any(p in sensed for p in f.positions)
            and not any(p in negated for p in f.positions)
        )

    def _without_harmless_causes(
        self, tokens: list[Token], mentions: list[Mention], sensed: frozenset[str] = frozenset()
    ) -> list[Mention]:
        """Drop a concept's mentions beside a harmless cause it lists under "unless" ("shivering
        at the bus stop in this cold"), unless that cause is itself denied or a bladder or bowel
        loss ('unexplained') stays in the sentence. The cause explains
        only a symptom in its own clause ("I work nights, the pain in my back wakes me every
        night" keeps its night pain); one written "~NAME" (what an event was: "hit by a car...
        in GTA") its whole sentence, and one written "*NAME" anywhere in the question ("I'm 28.
        Slipped on ice": a young person's slip; "spin class for the first time. My legs are
        jelly"), and so does one whose words a sense holds ('sensed', _sensed_causes). One
        written "!NAME" is no cause but a bar: the asker's own NAME anywhere leaves
        the concept unexplained ("had my spinal op last week, aching all over after my walk")."""
        causes: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.negated:
                causes.setdefault(m.concept, []).append(m)

        # "a shy bladder at work but today nothing comes out": no cause of the sign (set_against.py)
        against = self._set_against_contrasts, self._set_against_times

        # each clause's first word: a cause opening the clause right after a sign's names its
        # cause ("Both my feet have been numb for ages - peripheral neuropathy": safety108)
        # (never a sign told with a recent time or a time course in its clause: "Both legs went
        # numb this morning - I'm diabetic" is a new sign, whatever its cause)
        clause_starts: dict[int, int] = {}
        for k, t in enumerate(tokens):
            clause_starts.setdefault(t.clause, k)
        timed = {
            tokens[m.first].clause
            for m in mentions
            if m.concept in self._long_bars and not m.negated
        }

        def governs(cause: Mention, m: Mention, sentence: bool) -> bool:
            if sentence:
                return cause.sentence == m.sentence
            clause = tokens[cause.first].clause
            return clause == tokens[m.first].clause or (
                cause.sentence == m.sentence
                and clause == tokens[m.last].clause + 1
                and tokens[m.first].clause not in timed
                and cause.first - clause_starts[clause] <= APPOSITION_REACH
            )

        # a plea, fear, care sought, "now" or a time course: 'kept_live' causes explain nothing
        live = self._live_word(tokens) or any(
            m.concept in self._kept_live_story and not m.negated for m in mentions
        )
        # the asker's own concepts: a "!NAME" bar counts only these
        own = {m.concept for m in mentions if not m.negated and not m.other}

        # scopes telling a 'goes_on' sign as going on ("but I keep losing weight", "still losing")
        going_on = {t.scope for t in tokens if t.surface in self._goes_on_words}

        def reaches(m: Mention, named: list[Mention]) -> bool:
            """Whether a cause counted anywhere ("*NAME") explains m: always, except a 'goes_on'
            sign told as going on in its scope, which only a cause in that scope explains ("went
            on a diet, lost a stone, but I'm still losing weight": the diet explains the stone
            it took, not a loss that goes on; "kept losing weight on my diet" is the diet's)."""
            scope = tokens[m.first].scope
            if m.concept not in self._goes_on or scope not in going_on:
                return True
            return any(tokens[cause.first].scope == scope for cause in named)

        lasting_days = durations(tokens, mentions)

        def outlasts(m: Mention, cause: Mention) -> bool:
            """Whether m's sentence tells, outside the cause's words, that a brief sign lasts
            ("my bum went numb on a long drive yesterday and it still hasn't come back"): a
            recovery denied or "still" before the sign or a denial (senses._lasting; not a span,
            which long sitting itself names: "numb after sitting for hours"), or a sign going on
            since a day gone by (since_a_day), or lasting days ("my bum has been numb for 2 days
            now" after a flight: eased.durations, safety111)."""
            # not imported by a calm ask (issue 17)
            from backcare.engine.safety.days_after import lasts_into_a_day

            if m.concept not in self._lasting_signs:
                return False
            if m.sentence in lasting_days:
                return True
            here = [k for k, t in enumerate(tokens) if t.sentence == m.sentence]
            # the sign told again in its sentence is the same sign ("my bum goes numb on the hard
            # chairs and stays numb for hours after I stand up": 'stays' comes before the second
            # "numb", not the first; safety108)
            signs = {
                p
                for s in mentions
                if s.sentence == m.sentence
                and s.concept in self._lasting_signs
                and not s.negated
                and s.first >= m.first
                for p in range(s.first, s.last + 1)
            }
            # "back" is a recovery word ("hasn't come back") but not in "no back pain"
            backs = {
                p
                for b in mentions
                if b.concept in (BACK, "HIGH_BACK")
                for p in range(b.first, b.last + 1)
            }
            return (
                self._lasting(
                    tokens,
                    signs,
                    cause.first,
                    cause.last,
                    here[0],
                    here[-1],
                    spans=False,
                    skip=backs,
                )
                or since_a_day(here)
                or told_past(signs, cause, here[-1])
                or since_left(here)
                # "... for the whole drive home and today as well" (days_after.py)
                or lasts_into_a_day(tokens, cause.last, here[-1])
            )

        def told_past(signs: set[int], cause: Mention, end: int) -> bool:
            """Whether the sign told after the cause is set against it by a contrast ("I thought
            the hard wooden chairs were making my bum numb but it's been numb all weekend", "...
            but it's numb even lying down in bed") or told over days there ("on the hard plastic
            chairs at work and it's been numb all week": a span word, then one of
            'outlast_units' within SPAN_UNIT_REACH words): it outlasts the seat (safety110,
            review28 D). A span of hours or an evening is the sitting's own ("my bum was numb
            for the evening" after a festival's hard benches), as is one before the sign ("numb
            after sitting on the hard chairs for hours")."""
            later = [p for p in signs if p > cause.last]
            if not later:
                return False
            again = min(later)
            if any(
                tokens[k].surface in self._set_against_contrasts
                for k in range(cause.last + 1, again)
            ):
                return True
            return any(
                tokens[k].surface in self._lasting_spans
                and any(
                    tokens[j].surface in self._outlast_units
                    for j in range(k + 1, min(end, k + SPAN_UNIT_REACH) + 1)
                )
                for k in range(again + 1, end + 1)
            )

        def since_left(here: list[int]) -> bool:
            """Whether a sentence counts a time from leaving the seat ("its been 6 hours since I
            left", "since getting off": lasting 'since_left'): numbness that outlasts it
            (safety110, review28)."""
            words = [tokens[k].surface for k in here]
            return any(
                " ".join(words[k : k + size]) in self._since_left
                for k in range(len(words))
                for size in (2, 3, 4)
            )

        def since_a_day(here: list[int]) -> bool:
            """Whether a sentence tells its sign going on since a day gone by ("since the
            weekend I've had this odd muffled feeling around my bum when I sit on the hard
            chairs": safety92, red flags 33): a new sign, which no one sitting explains."""
            return any(
                tokens[k].surface in self._lasting_since
                and any(
                    tokens[j].surface in self._lasting_since_units
                    for j in range(k + 1, min(here[-1], k + SINCE_REACH) + 1)
                )
                for k in here
            )

        def explained(m: Mention, anywhere_only: bool) -> bool:
            unless = self._unless.get(m.concept, ())
            if any(c[1:] in own for c in unless if c.startswith("!")):
                return False
            # "went wild swimming, now 39 and shivering": cold water measures no 39
            if m.concept in self._measured and any(
                tokens[p].number is not None for p in range(m.first, m.last + 1)
            ):
                return False
            if not anywhere_only and weakly_caused(m):
                return True
            kept = self._kept_live.get(m.concept, frozenset()) if live else frozenset()
            # "the air con is on but I'm burning up with a fever": a cold place explains a
            # shiver, not a fever told in its own words ('cause_reach.told', safety98)
            told = self._told_causes.get(m.concept)
            if told is not None and any(
                tokens[p].surface in told[1] for p in range(m.first, m.last + 1)
            ):
                kept |= told[0]
            return any(
                (c[1:] in causes and reaches(m, causes[c[1:]]))
                or (c[1:] in sensed and m.concept not in self._goes_on)
                if c.startswith("*")
                else not anywhere_only
                and any(
                    governs(cause, m, c.startswith("~"))
                    and not outlasts(m, cause)
                    and not own_time_wins(tokens, m, cause, causes)
                    and not set_against(tokens, mentions, cause.last, m, *against)
                    for cause in causes.get(c.lstrip("~"), ())
                )
                for c in unless
                if not c.startswith("!") and c.lstrip("*~") not in kept
            )

        def weakly_caused(m: Mention) -> bool:
            """Whether m is told by weak words only ("I shiver for half an hour") and a cause of
            its 'cause_reach.sentence' stands anywhere in its sentence ("..., which is called the
            afterdrop"), or one of its 'anywhere' causes anywhere in the question (a race just
            run: "shivering in the foil blanket afterwards"), with no live word or time course ('kept_live') in that sentence ("We
            swim in the river. Since yesterday I've been shivering" stays)."""
            reach = self._sentence_causes.get(m.concept)
            if reach is None:
                return False
            names, words = reach
            if any(tokens[p].surface not in words for p in range(m.first, m.last + 1)):
                return False
            if self._live_word([t for t in tokens if t.sentence == m.sentence]) or any(
                s.concept in self._kept_live_story and s.sentence == m.sentence
                for s in mentions
                if not s.negated
            ):
                return False
            anywhere = self._anywhere_weak_causes.get(m.concept, frozenset())
            return any(c in causes for c in anywhere) or any(
                cause.sentence == m.sentence for c in names for cause in causes.get(c, ())
            )

        # a cause explains one symptom, not a cluster: beside a bladder or bowel loss that stays
        # ('unexplained'), "legs like jelly before my presentation, can't pee" keeps its legs
        losses = {
            m.sentence
            for m in mentions
            if m.concept in self._unexplained and not m.negated and not explained(m, False)
        }
        # a sign that bars a cause is no bar where a cause explains it too (safety63): "after
        # deadlifts my back was sore and both my legs were shaky" (the workout explains the shaky
        # legs, so the sore legs' workout soreness stands)
        dropped = [m for m in mentions if explained(m, m.sentence in losses)]
        spent = {m.concept for m in dropped if not m.other} - {
            m.concept for m in mentions if not (m.negated or m.other) and m not in dropped
        }
        if spent & own:
            own -= spent
            dropped = [m for m in mentions if explained(m, m.sentence in losses)]
        return self._eased_outlasted(tokens, [m for m in mentions if m not in dropped])

    def _eased_outlasted(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Drop a habit of easing ('lasting.eased': "normally back the second I stand up") whose
        sentence goes on to tell a sign lasting after it ("but this time it's stayed numb all
        evening": safety95, review24 58): the habit broken explains this time's sign no more."""
        eased = [m for m in mentions if m.concept in self._lasting_eased and not m.negated]
        if not eased:
            return mentions
        ends: dict[int, int] = {}
        for k, t in enumerate(tokens):
            ends[t.sentence] = k
        broken = set()
        for habit in eased:
            signs = {
                p
                for m in mentions
                if m.concept in self._lasting_signs
                and m.sentence == habit.sentence
                and m.first > habit.last
                and not m.negated
                for p in range(m.first, m.last + 1)
            }
            end = ends[habit.sentence]
            if signs and self._lasting(
                tokens, signs, habit.first, habit.last, habit.last + 1, end, spans=False
            ):
                broken.add(habit)
        return [m for m in mentions if m not in broken]

    def _said_of_self(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Drop a lessening said of something else ('minor_of': "no damage TO THE BIKE", "no
        injuries to the horse", "no injuries to the other driver"): it says nothing of the
        asker's accident, so it explains nothing ("Hit by a car on my bike, no damage to the
        bike but my back is agony" is a road crash; red-team 8's A2). "no damage to me", "no
        injuries, back a bit stiff" and "at 5 mph" still lessen."""
        out = []
        for m in mentions:
            after = m.last + 1
            if (
                m.concept in self._minor_concepts
                and after + 1 < len(tokens)
                and tokens[after].clause == tokens[m.last].clause
                and tokens[after].surface in self._minor_prepositions
                and tokens[after + 1].surface not in self._self
            ):
                continue
            out.append(m)
        return out

    def _accident_explained(self, tokens: list[Token], m: Mention) -> bool:
        """An "accident" the next clause says was something else ("had a little accident -
        spilled coffee on my keyboard", "little accident in the kitchen, dropped a pan"): a
        bladder or bowel phrase with no bladder or bowel word, the clause after it in its sentence
        starting with what happened. "had a little accident, didn't make it to the loo" and "had
        a little accident" alone keep their notice."""
        if m.concept not in self._accident_concepts or m.negated:
            return False
        if any(t.surface not in self._accident_words for t in tokens[m.first : m.last + 1]):
            return False
        clause = tokens[m.last].clause
        nxt = next((k for k in range(m.last + 1, len(tokens)) if tokens[k].clause != clause), None)
        if nxt is None or tokens[nxt].sentence != m.sentence:
            return False
        told = tokens[nxt : nxt + self._accident_reach + 1]
        if any(t.stem in self._toilet_words for t in tokens if t.sentence == m.sentence):
            return False  # "cut it too fine getting to the toilet", "ran but too late"
        for k, t in enumerate(told):
            if t.stem in self._accident_told and t.clause == tokens[nxt].clause:
                pair = tuple(x.surface for x in told[k : k + 2])
                return pair not in self._accident_not_told  # "cut it too close": timing
        return False

    def _spent_legs(self, mentions: list[Mention]) -> list[Mention]:
        """ "Did a 10k, my legs are dead", "ran a half marathon yesterday, legs are dead today":
        a numbness word ('spent_legs.signs') that is the tired word of tired legs ('SPENT': "legs
        ... dead") is tiredness when the asker tells exercise anywhere ('spent_legs.causes',
        not denied, not someone else's). Only that word: "legs dead and numb", "can't feel
        them" and a saddle or bladder sign beside it keep their notice."""
        if not any(
            m.concept in self._spent_causes and not m.negated and not m.other for m in mentions
        ):
            return mentions
        # the tired word itself, which ends the phrase: "legs are numb and dead" keeps "numb"
        tired = {m.last for m in mentions if m.concept == "SPENT" and not m.negated}
        return [
            m
            for m in mentions
            if not (m.concept in self._spent_signs and m.first == m.last and m.last in tired)
        ]
