"""A sign that is back (safety36, issue #12): an episode told as over ("had numbness down there last
year, checked, fine"), then its return told by a pronoun or "the same again" and no sign's name
("since yesterday it's back", "It returned last night", "Here we go again"). The readings of time
over (past.py) leave the episode's signs over; the return (RECURRED) tells them again, as now, at
its own words, so the time course said there ("since yesterday") and the rules read them there.
The over episode itself is left as it was read."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import PAIN, RECURRED, Vocabulary

# how many sentences back a pronoun may point: "had numbness down there last year. Checked, all
# fine. Since yesterday it's back" reaches over one sentence that names no sign
RETURN_REACH = 2


def _told_again(m: Mention, at: Mention) -> Mention:
    """An over episode's mention told again now, at the words of `at` (a return or a repeat)."""
    return m._replace(
        first=at.first, last=at.last, sentence=at.sentence, past=False, resolved=False
    )


def _judged(m: Mention) -> bool:
    """Whether the rules judged a mention as no current sign of the asker's."""
    return m.negated or m.other or m.asked or m.general


# how many words after an accident's words "again" may stand: "I fell off it again"
REPEAT_REACH = 4


class Returned(Vocabulary):
    """The reading of a sign come back ('returned' in data/safety_vocabulary.json; mixed into
    `Safety`)."""

    def _returned(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, and for each return told now, the over signs of the episode it points
        back to told again as the asker's, now, at the return's words. A return is told now when
        it is the asker's, not denied, asked, over ("it came back in 2019") or supposed, dated
        from today when told in the simple past (_simple_past), and its
        words are no result or place ("the scan came back clear", "came back from holiday") and
        no doing of the asker's ("I'm doing it again")."""
        # a recent time told after a return is its time, whatever "years ago" before it made
        # of its clause ("the numb bum I had years ago is back as of this morning")
        times = self._recent | self._long_bars
        dated = [m for m in mentions if m.concept in times and not m.negated]
        returns = [
            m
            for m in mentions
            if m.concept == RECURRED
            and not (m.negated or m.other or m.asked or m.general)
            and (
                not (m.past or m.resolved)
                or any(t.sentence == m.sentence and t.first > m.first for t in dated)
            )
            and (
                not self._simple_past(tokens, m)
                or any(t.sentence == m.sentence and not (t.past or t.resolved) for t in dated)
            )
            and self._a_return(tokens, m)
            and not self._looked_ahead(tokens, mentions, m)
        ]
        if not returns:
            return mentions
        told: list[Mention] = []
        for back in returns:
            for m in self._episode(tokens, mentions, back):
                if m.past or m.resolved:
                    told.append(_told_again(m, back))
        return mentions + told

    def _repeated(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, and for each accident told now as a repeat of an over one ("I fell off
        the ladder two years ago. I fell off it again this morning", "a year on from my car
        crash, I was in another crash an hour ago"), the old episode's mechanism (the ladder, the
        car) told again as the asker's, now, at the repeat's words: "it again" and "another crash"
        name none of their own, and the trauma rule needs one. The old episode stays over; "the
        pain from my fall two years ago is back again" names no live event and tells nothing."""

        over = [
            m
            for m in mentions
            if m.concept in self._repeated_carried and (m.past or m.resolved) and not _judged(m)
        ]
        if not over:
            return mentions
        # a recent time told after a repeat in its clause is its time, whatever "two years on
        # from" before it made of the clause ("two years on from my fall off the ladder I fell again today")
        times = self._recent | self._long_bars
        dated = [m for m in mentions if m.concept in times and not m.negated]
        told: list[Mention] = []
        for event in mentions:
            if (
                event.concept not in self._repeated_events
                or (
                    (event.past or event.resolved)
                    and not any(
                        t.first > event.first
                        and tokens[t.first].clause == tokens[event.first].clause
                        for t in dated
                    )
                )
                or _judged(event)
                or not self._a_repeat(tokens, event)
            ):
                continue
            episode = [
                m
                for m in over
                if m.last < event.first and event.sentence - RETURN_REACH <= m.sentence
            ]
            told += [
                _told_again(m, event)
                for m in episode
                if m.sentence == max(e.sentence for e in episode)
            ]
        return mentions + told

    def _pronoun_signs(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, and each sign told by a pronoun ("Something's wrong with my bladder. It
        just won't go.": 'returned.pronoun_signs') read as its sign, in its words, when the
        asker's bladder or water, not denied, is named before it in its sentence or the one
        before; with nothing named there, "It won't start" is a car's. A claim of a condition
        ("my consultant thinks I have it") takes the condition's name there in any frame, asked,
        denied or someone else's ('named': "how do you pronounce cauda equina?", safety91). The
        bowel named there too leaves the pronoun the bowel's, unless the bladder is named in its
        own words (data/pronoun_rivals.json: "haven't done a number two in 3 days. I need to go,
        it just won't come", safety112); not when its sentence tells a full bladder ('full':
        "lower tummy swollen and hard, but it won't come and I can't feel when it's full",
        safety114, review29)."""

        named = [m for m in mentions if m.concept in self._pronoun_antecedents and not _judged(m)]
        rivals = listed_words("pronoun_rivals.json")
        bowels = [m for m in mentions if m.concept in rivals["rivals"]]

        def bowel_told(m: Mention) -> bool:
            """Whether the bowel, in any state, is named where m's bladder would be, and no
            bladder word ("wee", "bladder") is."""
            window = [a for a in bowels if a.first < m.first and m.sentence - 1 <= a.sentence]
            if not window:
                return False
            if any(t.surface in rivals["full"] for t in tokens if t.sentence == m.sentence):
                return False  # "lower tummy swollen and hard", "can't feel when it's full"
            return not any(
                tokens[p].surface in rivals["explicit"]
                for a in named
                if a.first < m.first and m.sentence - 1 <= a.sentence <= m.sentence
                for p in range(a.first, a.last + 1)
            )

        told = [
            m._replace(concept=self._pronoun_sign_of[m.concept])
            for m in mentions
            if m.concept in self._pronoun_sign_of
            and not _judged(m)
            and (
                any(
                    a.first < m.first
                    and m.sentence - self._pronoun_named_reach <= a.sentence <= m.sentence
                    for a in mentions
                    if a.concept in self._pronoun_named[m.concept]
                )
                if m.concept in self._pronoun_named
                else any(
                    a.first < m.first and m.sentence - 1 <= a.sentence <= m.sentence for a in named
                )
                and not bowel_told(m)
            )
        ]
        return mentions + told

    def _a_repeat(self, tokens: list[Token], event: Mention) -> bool:
        """Whether an event's words are told as a repeat: a 'before' word just before them
        ("another crash") or an 'after' word a few words after them in their clause ("fell off it
        again"), and no word before them in their clause that fears or supposes it ("I'm nervous
        I'll have another crash", "how do I stop falling again")."""
        clause = tokens[event.first].clause
        if any(
            t.clause == clause and t.surface in self._repeated_not_before
            for t in tokens[max(0, event.first - 8) : event.first]
        ):
            return False
        before = event.first - 1
        if before >= 0 and tokens[before].surface in self._repeated_before:
            return True
        return any(
            t.clause == tokens[event.last].clause and t.surface in self._repeated_after
            for t in tokens[event.last + 1 : event.last + 1 + REPEAT_REACH]
        )

    def _simple_past(self, tokens: list[Token], back: Mention) -> bool:
        """Whether a return is told in the simple past ("it came back", "It returned"): then it
        is now only beside a time told from today ("It returned last night"); "but it came back
        on its own" may be the function come back."""
        words = {tokens[p].surface for p in range(back.first, back.last + 1)}
        return bool(words & self._returned_past_forms) and not words & self._returned_perfect

    def _a_return(self, tokens: list[Token], back: Mention) -> bool:
        """Whether a return's words tell a sign come back: not followed in their clause by a
        result or a place ('not_after'), not said by the asker or "we" ('not_subjects'), not
        supposed or guarded against ('not_before' in its clause, a few words back)."""
        after = back.last + 1
        if (
            after < len(tokens)
            and tokens[after].clause == tokens[back.last].clause
            and tokens[after].surface in self._returned_not_after
        ):
            return False  # "came back clear"; "It's back and shoulders that hurt": the part
        if any(  # "the reason I'm writing is my back": the part, a filler "my" skipped (safety83)
            tokens[p].surface in self._determiners and tokens[p + 1].stem == "back"
            for p in range(back.first, back.last)
        ):
            return False
        before = back.first - 1
        clause = tokens[back.first].clause
        if before >= 0 and tokens[before].clause == clause:
            word = tokens[before].surface
            if word in self._self or word in self._returned_not_subjects:
                return False
        # supposed or guarded against, not told: "how do I stop it happening again?"
        return not any(
            t.clause == clause and t.surface in self._returned_not_before
            for t in tokens[max(0, back.first - 8) : back.first]
        )

    def _looked_ahead(self, tokens: list[Token], mentions: list[Mention], back: Mention) -> bool:
        """Whether a return's sentence names a time to come after it ("Here we go again, another
        long drive tomorrow"; 'future' 'times', or "next week") and no time course or recent
        time: what is "again" is the coming event, not a sign now (safety40). "Here we go again
        since this morning, and I drive tomorrow" tells the return."""
        sentence = [k for k, t in enumerate(tokens) if t.sentence == back.sentence]
        ahead = any(
            tokens[k].surface in self._future_times
            or (
                tokens[k].surface in self._future_next
                and k + 1 < len(tokens)
                and tokens[k + 1].surface in self._future_units
            )
            for k in sentence
            if k > back.last
        )
        if not ahead:
            return False
        told = self._story | self._recent
        return not any(
            m.sentence == back.sentence and m.concept in told and not m.negated
            for m in mentions
            if m.concept != RECURRED and not (back.first <= m.first <= back.last)
        )

    def _episode(
        self, tokens: list[Token], mentions: list[Mention], back: Mention
    ) -> list[Mention]:
        """The asker's mentions (signs and back pain, not denied, not events) of the episode a
        return points back to: those of its own sentence before it when one is a sign or back
        pain ("the numb bum I had years ago is back"; "... The back pain is back" brings back
        no sign of the sentence before), else those of the nearest sentence before it that
        names a sign, at most RETURN_REACH sentences back."""
        kinds = self._symptoms | self._background
        # a time course ("since yesterday") or a recent time tells when, not what came back
        times = self._story | self._long_bars | self._recent
        signs = self._symptoms - times
        named = signs | (self._background - times)
        candidates = [
            m
            for m in mentions
            if m.concept in kinds
            and m.concept not in self._events
            # before the return's words, none of them: a concept read in the return's own words
            # ("it has come back" is CANCER_SPREAD's too, safety122) names nothing come back
            and m.last < back.first
            and not (m.negated or m.other or m.asked or m.general)
        ]
        if self._named_after(tokens, mentions, back, signs):
            return []  # "It's back today but only the ache in my lower back"
        own = [m for m in candidates if m.sentence == back.sentence]
        # its clause names what is back: "..., but my back is back with a vengeance" brings back
        # no numbness told gone earlier in the sentence (safety40)
        clause = [m for m in own if tokens[m.first].clause == tokens[back.first].clause]
        if any(m.concept in named for m in clause):
            return clause
        if any(m.concept in named for m in own):
            return own  # it names what is back: "the back pain is back" is no numbness back
        for sentence in range(back.sentence - 1, back.sentence - 1 - RETURN_REACH, -1):
            here = [m for m in candidates if m.sentence == sentence]
            if any(m.concept in signs for m in here):
                return here
        return []

    def _named_after(
        self, tokens: list[Token], mentions: list[Mention], back: Mention, signs: AbstractSet[str]
    ) -> bool:
        """Whether the words after a return name what is back as back trouble and no sign: a
        'naming' word ("the", "only", "just") opens, before any new subject, a phrase of back
        trouble (PAIN, or a 'what' word: "stiffness") with no sign in the rest of the sentence
        ("It's back today but only the usual ache", "Its back, the stiffness, since this
        morning"). A new subject ends the search ("it's back and my back is bad", "it's back and
        I can hardly walk": a clause of its own), and so does a sign ("It's back, the numbness")."""
        opened = False
        trouble = False
        starts: dict[int, list[str]] = {}
        for m in mentions:
            if m.sentence == back.sentence and m.first > back.last and not m.negated:
                starts.setdefault(m.first, []).append(m.concept)
        for k in range(back.last + 1, len(tokens)):
            token = tokens[k]
            if token.sentence != back.sentence:
                break
            concepts = starts.get(k, [])
            if opened and (PAIN in concepts or token.surface in self._returned_what):
                trouble = True  # "the tightness" is back trouble here, whatever else it reads
                continue
            if any(c in signs for c in concepts):
                return False
            if not opened:
                if token.surface in self._self or token.surface in self._pronouns:
                    return False
                opened = token.surface in self._returned_naming
        return trouble
