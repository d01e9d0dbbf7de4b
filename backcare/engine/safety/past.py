"""Signs that are over: long ago ("years ago", a lay "ages ago"), passed lately ("all better
now"), or a one-off ("nothing since").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from backcare.engine.safety.reading import (
    Found,
    Token,
)
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.senses import Reader
from backcare.engine.safety.vocabulary import (
    FULL_RECOVERY,
    LONG_STANDING,
    PAST,
    PAST_LAY,
    RECOVERED,
    RECURRED,
    RESOLVED,
    RETURNED,
    SENSE,
    TROUBLES,
)

# how far back a long-ago story's people are looked for (_someone_new): a story's sentence, not a
# long message's whole run-on text (tests/test_safety_scaling.py)
STORY_PEOPLE_REACH = 40

# The words that stop a long-ago story from reaching a sign (a time from today, the present
# tense, the present perfect, a past auxiliary) are data: safety_vocabulary.json 'tense', read by
# vocabulary.Vocabulary.

# concepts that say only how small a sign was: a scope naming nothing else is a remark on the sign
# told before it ("my back twinged, it was mild, and it's gone today": safety121)
REMARKS = frozenset({"MILD", "MINOR"})


class Past(Reader):
    """The readings of time over of `detect.Safety` (mixed in)."""

    def _not_over_before_back(self, found: list[Found]) -> list[Found]:
        """ "had a bad back for years back pain much worse today": a "long ago" phrase ending in
        the word that opens a longer back phrase ("years back" | "back pain", "back went", "back
        is agony") is no "long ago" in unpunctuated text, where the back phrase reads on; it would
        make the rest of the scope past (a red-team finding). "hurt it years back and it still
        niggles" keeps it: no back phrase of more than "back" starts there."""
        opens = {f.positions[0] for f in found if f.label in TROUBLES and len(f.positions) > 1}
        if not opens:
            return found
        return [f for f in found if not (f.label in (PAST, PAST_LAY) and f.positions[-1] in opens)]

    def _lay_past(self, tokens: list[Token], found: list[Found]) -> list[Found]:
        """ "Had covid ages ago": a lay "long ago" ('PAST_LAY') is PAST, unless its sentence
        names a recent time ('recent': "I wet myself ages ago in the night", "a long time ago,
        it was this morning"), where it is only a manner of speaking and says nothing is over,
        nor anywhere in a question told as live (a 'kept_live' word other than its time words: a
        plea, "still": "I fell down the stairs ages ago and still can't get up, please help"; a
        time course or "now" alone is no such word: "had covid ages ago and was fine, now ...")."""
        if self._live_word(tokens, timing=False):
            return [f for f in found if f.label != PAST_LAY]
        recent = {tokens[f.positions[0]].sentence for f in found if f.label in self._recent}
        return [
            f._replace(label=PAST) if f.label == PAST_LAY else f
            for f in found
            if f.label != PAST_LAY or tokens[f.positions[0]].sentence not in recent
        ]

    def _past_positions(
        self, tokens: list[Token], found: list[Found], label: str, negated: set[int]
    ) -> set[int]:
        """The words a "this is over" phrase covers: its own scope, except what follows it after a
        joiner ("had cancer two years ago and the ache is getting worse" is a new ache), and the
        scope before it ("had a fever last week, all better now") unless its own scope names
        what is over ("I can't feel my bum, but the pain is much better": only the pain is). A
        denied one ("nothing makes it better") says nothing is over."""
        positions: set[int] = set()
        # what a scope names starts in it: "the same since my baby years ago" names nothing
        # of the scope "since my baby years ago" (nor does a time it has lasted: "since my baby"
        # is LONG_STANDING; nor a cause read beside)
        named = [
            f.positions[0]
            for f in found
            if f.label not in (PAST, RESOLVED, RECOVERED, SENSE, LONG_STANDING)
            and f.label not in self._beside_causes
        ]
        # per scope: its words, its joiners, the first word a phrase names; then per scope what
        # its phrases cover (the scope before, and its words up to a joiner after a phrase):
        # one pass over the words, not one per phrase
        words: dict[int, list[int]] = {}
        joiners: dict[int, list[int]] = {}
        for p, token in enumerate(tokens):
            words.setdefault(token.scope, []).append(p)
            if token.surface in self._joiners:
                joiners.setdefault(token.scope, []).append(p)
        first_named: dict[int, int] = {}
        for p in named:
            scope = tokens[p].scope
            first_named[scope] = min(p, first_named.get(scope, p))
        # the scopes that name only how small a sign was ("it was mild", "minor"): a remark on
        # the sign told before them, which a scope lately over reaches past (safety121)
        remarks = {tokens[f.positions[0]].scope for f in found if f.label in REMARKS} - {
            tokens[f.positions[0]].scope
            for f in found
            if f.label not in REMARKS
            and f.label not in (PAST, RESOLVED, RECOVERED, SENSE, LONG_STANDING)
            and f.label not in self._beside_causes
        }
        # the words of the signs and troubles named (_told_on: a stretch of them alone, "and
        # back pain", is the old story's object when the story goes on after it)
        sign_words = frozenset(
            p
            for f in found
            if f.label not in (PAST, PAST_LAY, RESOLVED, RECOVERED, SENSE, LONG_STANDING)
            for p in f.positions
        )
        # a time told from today or a time course ("yesterday", "suddenly"), a sign come back
        # ("again"): no long-ago story goes on over them (_told_on)
        telling = self._recent | self._long_bars | {RETURNED, RECURRED}
        live = {p for f in found if f.label in telling for p in f.positions}
        # where a long-ago phrase's reach ends at the latest: a word that tells now or a time
        # from today ("is", "can't", "now", "this", "yesterday"; the old story's own time course,
        # "for a few hours", is no such word)
        now_at = [p for p in range(len(tokens)) if self._tells_now(tokens, p)]
        # and back over at the most to a word that says now ("now", "today", "this"): a present
        # tense word before the phrase is often its own ("my back is sore after a fall last year")
        now_words = [p for p in now_at if tokens[p].surface in self._now_words]
        before: set[int] = set()  # scopes whose scope before is covered
        until: dict[int, int] = {}  # per scope, the covered words are those before this one
        since: dict[int, int] = {}  # per scope, and those from this one on (PAST)
        for f in found:
            if f.label != label or negated.issuperset(f.positions):
                continue
            # "I've got a new ache for about a week after painting the ceiling": what lasts is
            # now; only the event after the phrase is the story's
            lasting = label == PAST and self._lasts_to_now(tokens, f.positions)
            # not imported by a calm ask (issue 17)
            from backcare.engine.safety.changed_habits import changed_habit

            scope = tokens[f.positions[0]].scope
            if (
                not lasting
                and first_named.get(scope, len(tokens)) >= f.positions[0]
                and not self._dates_its_own(tokens, f.positions[-1], words[scope])
                and not self._dates_after(tokens, f.positions, words[scope])
                # "... it used to go when I got off but now it doesn't": the sign is now
                and not changed_habit(tokens, f.positions)
            ):  # it names nothing before, and tells no event of its own after
                before.add(scope)
            spanned = {scope}
            # a phrase across a breaker ("fine | now after last week's spasm": "now" opens a
            # scope) followed by what got over ('over_after': "after", "since", "thanks") covers
            # that scope as well, up to a joiner; not a new scope run on ("better now both legs
            # numb" is no leg numbness that is over)
            after = f.positions[-1] + 1
            if after < len(tokens) and tokens[after].surface in self._over_after:
                spanned.add(tokens[f.positions[-1]].scope)
            for spanned_scope in spanned:
                stops = joiners.get(spanned_scope, [])
                k = bisect_right(stops, f.positions[-1])
                end = stops[k] if k < len(stops) else len(tokens)
                if label == PAST:
                    if end < len(tokens):
                        end = self._told_on(
                            tokens, stops, k, words[spanned_scope], live, sign_words
                        )
                    # nor past a word that tells now ("... ten years ago i slipped a disc had
                    # physio i cant feel my bum since monday": a story without stops)
                    n = bisect_right(now_at, f.positions[-1])
                    if n < len(now_at):
                        end = min(end, now_at[n])
                until[spanned_scope] = max(end, until.get(spanned_scope, end))
            if label == PAST:
                # nor back over a word that tells now in its own scope ("now i cant hold my wee
                # i keep leaking for years i played football until i hurt my knee in 2018"),
                # and not at all when it is a time clause that dates what follows it ("i cant
                # tell when my bladder is full ... when the twins were babies my back hurt")
                n = bisect_left(now_words, f.positions[0])
                start = 0
                if lasting or self._dates_after(tokens, f.positions, words[scope]):
                    start = f.positions[0]
                elif n and tokens[now_words[n - 1]].scope == scope:
                    start = self._clause_after(tokens, now_words[n - 1], f.positions[0])
                since[scope] = min(start, since.get(scope, start))
        if label == PAST:
            for scope in sorted(until):
                self._told_over(tokens, scope, words, joiners, live, until)
        for scope in before:
            # the scope before, past a scope of joiners alone ("had covid last month and now I'm
            # fine": "and" is a scope of its own)
            prev = scope - 1
            while prev > 0 and all(tokens[p].surface in self._joiners for p in words.get(prev, ())):
                prev -= 1
            told = list(words.get(prev, []))
            # "my back twinged, but honestly it was tiny and it's gone today" (safety121, red
            # flags 40): a scope lately over that names nothing ("it's gone") is over for the sign
            # its sentence told, past the remarks on it that name nothing else ("it was tiny",
            # "it was mild")
            sentence = tokens[words[scope][0]].sentence
            while (
                label == RESOLVED
                and prev in words
                and (prev not in first_named or prev in remarks)
                and prev - 1 in words
                and tokens[words[prev - 1][0]].sentence == sentence
            ):
                prev -= 1
                told.extend(words[prev])
            # "i cant pee, in 2019 i had surgery": what tells now is not dated; but a state since
            # then is over as news ("has been the same since my third baby years ago")
            if label == PAST and tokens[words[scope][0]].surface not in self._narrative_stops:
                now = [p for p in told if self._tells_now(tokens, p)]
                if now:
                    start = self._clause_after(tokens, now[-1], len(tokens))
                    told = [p for p in told if p >= start]
            positions.update(told)
        for scope, end in until.items():
            start = since.get(scope, 0)
            positions.update(p for p in words[scope] if start <= p < end)
        return positions

    def _lasts_to_now(self, tokens: list[Token], positions: tuple[int, ...]) -> bool:
        """Whether a long-ago phrase telling how long something lasted after an event ("for
        weeks after", "for about a week after") follows a perfect word in its clause: "I've got
        a new ache for about a week after painting the ceiling", "he has had pain for months
        after the op" last up to now (safety137), where "I had a fever for weeks after covid"
        is a story over: the phrase then covers only its own words and the event after it
        ("... after a match where he was tackled")."""
        first, last = positions[0], positions[-1]
        if (
            tokens[first].surface not in self._lasting_opens
            or tokens[last].surface not in self._lasting_ends
        ):
            return False
        clause = tokens[first].clause
        k = first - 1
        while k >= 0 and tokens[k].clause == clause:
            if tokens[k].surface in self._perfect_markers:
                return True
            k -= 1
        return False

    def _tells_now(self, tokens: list[Token], p: int) -> bool:
        """Whether the word at `p` tells now (_told): a present tense word just after a past
        auxiliary does not ("I couldn't feel my bum"), nor a present or perfect word after an
        infinitive's "to" ("I used to have a constant ache": the habit is the story's)."""
        surface = tokens[p].surface
        if surface not in self._telling_now:
            return False
        before = tokens[p - 1].surface if p > 0 else ""
        if before in self._infinitive and (
            surface in self._present_markers or surface in self._perfect_markers
        ):
            return False
        return not (surface in self._present_markers and before in self._past_auxiliaries)

    @staticmethod
    def _clause_after(tokens: list[Token], now: int, limit: int) -> int:
        """The first word after `now` in a later clause than its, or `limit` if none comes
        before it: a clause told in the present is not dated by a long-ago phrase."""
        clause = tokens[now].clause
        return next((p for p in range(now + 1, limit) if tokens[p].clause != clause), limit)

    def _told_on(
        self,
        tokens: list[Token],
        stops: list[int],
        k: int,
        scope_words: list[int],
        live: set[int],
        sign_words: frozenset[int] = frozenset(),
    ) -> int:
        """Where a long-ago phrase's reach ends in its scope, from the joiner `stops[k]` on: past
        each stretch up to the next joiner that goes on telling the story in the past tense ("In
        2012 I couldn't pee and both legs were numb", "years ago I had a disc that pressed on
        the nerves": safety43, long stories full of old history; _told says which). A stretch
        naming only signs (`sign_words`, fillers) is the story's object when the stretch after it
        is told ("Back in my twenties I had a fever and back pain that turned out to be a kidney
        infection": safety72); alone, unpunctuated, it may be news ("broke my back years ago
        and both legs numb")."""
        end = stops[k]
        while tokens[end].surface not in self._narrative_stops:
            after = stops[k + 1] if k + 1 < len(stops) else len(tokens)
            stretch = [p for p in scope_words if end < p < after]
            if self._someone_new(tokens, stretch):
                break
            if not self._told(tokens, stretch, live) and not self._object_of_told(
                tokens, stops, k + 1, scope_words, live, stretch, sign_words
            ):
                break
            if self._lasts_since(tokens, after if after < len(tokens) else scope_words[-1] + 1):
                break
            end, k = after, k + 1
            if end == len(tokens):
                break
        return end

    def _object_of_told(
        self,
        tokens: list[Token],
        stops: list[int],
        k: int,
        scope_words: list[int],
        live: set[int],
        stretch: list[int],
        sign_words: frozenset[int],
    ) -> bool:
        """Whether a stretch names only signs (their words and fillers: "and back pain"), tells
        nothing live, and the stretch after it, from the joiner `stops[k]`, goes on telling the
        story in the past ("that turned out to be a kidney infection")."""
        if not stretch or live.intersection(stretch) or k >= len(stops):
            return False
        if any(p not in sign_words and tokens[p].surface not in self._fillers for p in stretch):
            return False
        after = stops[k + 1] if k + 1 < len(stops) else len(tokens)
        following = [p for p in scope_words if stops[k] < p < after]
        return bool(following) and self._told(tokens, following, live)

    def _someone_new(self, tokens: list[Token], stretch: list[int]) -> bool:
        """Whether a stretch after a joiner names a person (a noun, not a pronoun, which points
        back) not named in its sentence before it, within STORY_PEOPLE_REACH words: the story
        goes on to another person, whose signs are told, not dated ("My brother passed away years
        ago and my sister's legs went numb": safety50; "In 2012 I couldn't pee and my legs were
        numb" and "years ago my dad had a fall and he couldn't walk" stay one story)."""
        if not stretch:
            return False
        first = stretch[0]
        sentence = tokens[first].sentence
        named = {
            tokens[p].stem
            for p in range(max(0, first - STORY_PEOPLE_REACH), first)
            if tokens[p].sentence == sentence and tokens[p].stem in self._others_stems
        }
        return any(
            tokens[p].stem in self._others_stems
            and tokens[p].surface not in self._pronouns
            and tokens[p].stem not in named
            for p in stretch
        )

    def _lasts_since(self, tokens: list[Token], p: int) -> bool:
        """Whether the word at `p`, just after a stretch of a long-ago story, says that what the
        stretch told has lasted to now ("my legs went numb, since then they've stayed numb"): a
        'narrative_stops' joiner ("since", "until"). Such a stretch is not dated."""
        return p < len(tokens) and tokens[p].surface in self._narrative_stops

    def _told(self, tokens: list[Token], stretch: list[int], live: set[int]) -> bool:
        """Whether a stretch of words goes on telling a long-ago story: it holds a 'narrative'
        word ("was", "had", "couldn't") and no word that tells now: the present or the perfect
        ("and the ache is getting worse", "and I've lost feeling"), a time from today or a time
        course ("and this week", "and now", "yesterday", "suddenly"), a sign come back ("again"),
        or a 'narrative_stops' word ("and since then", "until Monday")."""
        surfaces = {tokens[p].surface for p in stretch}
        if not surfaces & self._narrative or live.intersection(stretch):
            return False
        if any(self._tells_now(tokens, p) for p in stretch):
            return False
        # a sentence that asks for care now ("..., should I go to A&E?") tells no old story on
        sentence = tokens[stretch[0]].sentence
        return not any(t.sentence == sentence and t.surface in self._asks_now for t in tokens)

    def _told_over(
        self,
        tokens: list[Token],
        scope: int,
        words: dict[int, list[int]],
        joiners: dict[int, list[int]],
        live: set[int],
        until: dict[int, int],
    ) -> None:
        """A long-ago phrase's reach carried over the later scopes of its sentence while it
        covers the whole of one and the next goes on telling the story in the past (_told): "In
        2012 I had a disc that pressed on the nerves, I couldn't pee and both legs were numb, and
        I had an operation the same night" is one episode, over. Fills `until`."""
        sentence = tokens[words[scope][0]].sentence
        while until.get(scope, 0) > words[scope][-1]:
            scope += 1
            here = words.get(scope)
            if not here or tokens[here[0]].sentence != sentence:
                return
            if tokens[here[0]].surface in self._breakers:
                return  # "In 2019 I had a fall but I couldn't pee": a contrast, no story told on
            stops = joiners.get(scope, [])
            if not stops or stops[0] != here[0]:  # opened by words, not a joiner ("and I ...")
                head = [p for p in here if not stops or p < stops[0]]
                if not self._told(tokens, head, live):
                    return
                if self._lasts_since(tokens, stops[0] if stops else here[-1] + 1):
                    return
                if not stops:
                    until[scope] = len(tokens)
                    continue
            end = self._told_on(tokens, stops, 0, here, live)
            until[scope] = max(end, until.get(scope, end))

    def _managed_long(
        self, tokens: list[Token], mentions: list[Mention], barred: set[int]
    ) -> list[Mention]:
        """Someone else's long-standing signs told as lasting months while the message tells
        them managed ('long_standing.managed': "He's been weak in his legs for months ... it's
        all managed", "She's had numbness in both legs for a long time and the palliative team
        know all about it"): in a time's sentence, or the sentence before one that names no
        sign ("He wears pads ... It's been the case for months and it's managed"), not barred."""
        text = f" {' '.join(t.surface for t in tokens)} "
        if not any(cue in text for cue in self._managed_cues):
            return []
        signs = [m for m in mentions if m.concept in self._long_signs and m.other and not m.negated]
        if not signs:
            return []
        told = {m.sentence for m in signs}
        sentences: set[int] = set()
        for m in mentions:
            if m.concept in self._managed_times and not m.negated and m.sentence not in barred:
                sentences.add(m.sentence)
                if m.sentence not in told and m.sentence - 1 not in barred:
                    sentences.add(m.sentence - 1)
        return [m for m in signs if m.sentence in sentences]

    def _dates_after(
        self, tokens: list[Token], positions: tuple[int, ...], scope_words: list[int]
    ) -> bool:
        """Whether a long-ago phrase is a time clause ('time_clauses': "when the youngest was a
        baby", "when I was at school") with words of its own scope after it: it dates what it
        goes on to tell ("... my back ached for months"), not the scope before it, which in a
        story told without stops is all the text before (safety43: "back pain is worse when i
        cough ... tie shoelaces when the youngest was a baby my back ached" lost its notice)."""
        if tokens[positions[0]].surface not in self._time_clauses:
            return False
        after = [
            p for p in scope_words if p > positions[-1] and tokens[p].surface not in self._joiners
        ]
        return len(after) >= 2

    def _dates_its_own(self, tokens: list[Token], last: int, scope_words: list[int]) -> bool:
        """Whether a time phrase opening a new sentence dates the event told after it in its own
        clause ("Two years ago I changed jobs.", "Last winter I joined a gym."), not the sentence
        before (review15 F10: "since yesterday i've lost control of my bowels. Two years ago I
        changed jobs." lost its emergency). Two words or more after it, not joiners, are such an
        event, unless a word of it points back ('dated_back': "Two years ago I had surgery for it");
        "That was two years ago." and "All better now." tell none and still cover the sentence
        before."""
        first = scope_words[0]
        if first == 0 or tokens[first - 1].sentence == tokens[first].sentence:
            return False  # a clause of the same sentence: "numb bum, two years ago, all sorted"
        after = [p for p in scope_words if p > last and tokens[p].surface not in self._joiners]
        if any(tokens[p].surface in self._dated_back for p in after):
            return False  # "Two years ago I had surgery for it": the same episode, dated
        return len(after) >= 2

    def _recovered_story(
        self, tokens: list[Token], found: list[Found], negated: set[int]
    ) -> set[int]:
        """The words from a long-ago phrase to the asker's full recovery told after it ("Two
        years ago I had cauda equina: numb bum, couldn't pee, both legs weak. I had surgery and
        made a full recovery"): a past episode, told at length, whose signs are over (past), as
        a long-ago phrase's own clause is. Not where a time told from today ("this week", "last
        night", "since", "yesterday", "now", "still") or a sign come back ('RETURNED': "again")
        stands between them: "Last year my legs went numb, since Monday they're numb again, I
        made a full recovery" tells a sign now."""
        recoveries = [
            f.positions[0]
            for f in found
            if f.label == FULL_RECOVERY and not negated.intersection(f.positions)
        ]
        if not recoveries:
            return set()
        starts = [
            f.positions[0] for f in found if f.label == PAST and not negated.issuperset(f.positions)
        ]
        if not starts:
            return set()
        stops = {
            p
            for p, token in enumerate(tokens)
            if token.surface in self._list_breaks
            or token.surface in self._kept_live_timing
            or token.surface in self._lasting_persisting
        }
        # a sign come back, or a time told from today ("this week", "last night"), outside the
        # long-ago phrases themselves ("last year"); a past narrative's own times ("that night",
        # "twelve months later") stop nothing
        stops.update(f.positions[0] for f in found if f.label in (RETURNED, RECURRED))
        dated = {p for f in found if f.label == PAST for p in f.positions}
        stops.update(
            p
            for p, token in enumerate(tokens)
            if (token.surface in self._recent_deictics and p not in dated)
            or (
                token.surface in self._present_markers
                and (p == 0 or tokens[p - 1].surface not in self._past_auxiliaries)
            )
        )
        recovered = {tokens[r].sentence for r in recoveries}
        last_sign: dict[int, int] = {}  # each clause's last symptom (linear work, not pairs)
        for f in found:
            if f.label in self._symptoms:
                q = f.positions[0]
                clause = tokens[q].clause
                last_sign[clause] = max(q, last_sign.get(clause, -1))
        stops.update(
            p
            for p, token in enumerate(tokens)
            if token.surface in self._perfect_markers
            and token.sentence not in recovered
            and last_sign.get(token.clause, -1) > p
        )
        covered: set[int] = set()
        end = max(recoveries)
        ordered = sorted(stops)
        opening: dict[int, int] = {}  # each sentence's first word
        for p, token in enumerate(tokens):
            opening.setdefault(token.sentence, p)
        for start in sorted(set(starts)):
            if start >= end:
                continue
            # from the start of the long-ago phrase's sentence: "I had cauda equina two years
            # ago" names its signs before the phrase; up to the last recovery told after it
            first = opening[tokens[start].sentence]
            k = bisect_left(ordered, first)
            if k < len(ordered) and ordered[k] < end:
                continue  # a stop between: nothing from here on is covered
            covered.update(range(first, end))
            break  # the earliest start covers every later one
        return covered

    def _one_off_positions(
        self, tokens: list[Token], found: list[Found], negated: set[int]
    ) -> tuple[set[int], set[int]]:
        """The words before "nothing since", "just a one-off" in its sentence: passed lately
        (resolved: emergency rules still count them, "wet myself on Monday, nothing since"),
        and long over (past) when the sentence also says when ("Years ago I had a bug and
        didn't make it to the loo once, nothing since")."""
        resolved: set[int] = set()
        past: set[int] = set()
        # per sentence, the last such phrase's start (the words before the others are before
        # it too), and the sentences that say when: found once, not per phrase
        last: dict[int, int] = {}
        for f in found:
            if f.label not in self._one_off or negated.issuperset(f.positions):
                continue
            sentence = tokens[f.positions[0]].sentence
            last[sentence] = max(f.positions[0], last.get(sentence, f.positions[0]))
        if not last:
            return resolved, past
        dated = {
            tokens[g.positions[0]].sentence
            for g in found
            if g.label == PAST and not negated.issuperset(g.positions)
        }
        for p, token in enumerate(tokens):
            if p < last.get(token.sentence, -1):
                resolved.add(p)
                if token.sentence in dated:
                    past.add(p)
        return resolved, past

    def _long_standing(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Signs told as long-standing are over as news ('past'): a 'long_standing' sign, the
        asker's or someone else's (safety52: "my husband who's had a spinal cord injury since
        2010 and uses a catheter"), in the scope of a LONG_STANDING time ("my MS has made both my legs weak for
        years", "I've always leaked a bit when I sneeze", "a weak stream for years"), or in the
        clause just before a clause that holds only such a time ("my prostate makes my stream
        slow, has done for years"). The guidance's signs are new changes; one that has been
        there for years is not what it warns of. Never in a sentence that tells a time course,
        a recent time or a "now" ('bars', the timing words: "I've had a weak bladder for years
        but since yesterday I can't pee at all")."""
        learning = self._learning_times
        times = [m for m in mentions if (m.concept == LONG_STANDING or m.concept in learning)]
        times = [m for m in times if not m.negated]
        barred = {m.sentence for m in mentions if m.concept in self._long_bars and not m.negated}
        barred |= {t.sentence for t in tokens if t.surface in self._kept_live_timing}
        managed = self._managed_long(tokens, mentions, barred)
        if not times:
            return (
                mentions
                if not managed
                else [m._replace(past=True) if m in managed else m for m in mentions]
            )
        scopes: set[int] = set()
        clauses: set[int] = set()
        # a child's continence being learned ("he still wets the bed", "potty training"): its
        # wetting signs, anyone's, in its scope are no new change (safety40, review14 F6)
        learnt = {
            tokens[m.first].scope
            for m in times
            if m.concept in learning and m.sentence not in barred
        }
        # and in its clause: "My 3yo can't tell if she's finished weeing yet (potty training)"
        # ("yet" opens a new scope inside the clause; safety100, red flags 34)
        learnt_clauses = {
            tokens[m.first].clause
            for m in times
            if m.concept in learning and m.sentence not in barred
        }
        # a nappy kept dry while the training is told anywhere: the training going well (safety67)
        trained = any(m.concept in learning and m.sentence not in barred for m in times)
        dry = {t.sentence for t in tokens if t.surface in self._learning_told_objects} - barred
        for time in times:
            if time.sentence in barred or time.concept in learning:
                continue
            scopes.add(tokens[time.first].scope)
            clause = tokens[time.first].clause
            alone = all(
                m is time or m.concept in self._background or tokens[m.first].clause != clause
                for m in mentions
            )
            if (
                alone
                and clause > 0
                and tokens[time.first].sentence == tokens[time.first - 1].sentence
            ):
                clauses.add(tokens[time.first - 1].clause)
        return [
            m._replace(past=True)
            if (
                m.concept in self._long_signs
                and not m.negated
                and (tokens[m.first].scope in scopes or tokens[m.first].clause in clauses)
            )
            or (
                m.concept in self._learning_signs
                and not m.negated
                and (tokens[m.first].scope in learnt or tokens[m.first].clause in learnt_clauses)
            )
            or m in managed
            or (
                m.concept in self._learning_told_signs
                and not m.negated
                and trained
                and m.sentence in dry
            )
            else m
            for m in mentions
        ]
