"""Which reading of a question's words holds: the phrases selected (a longer everyday sense wins
over an alarm word, unless a live consequence vetoes it), the reach of a negation ("no numbness
or tingling"), "fine"/"normal" after a body part, a symptom bound to the body part it names, and
the live words ("please", "still") that keep a sign from being explained away.
"""

from __future__ import annotations

from bisect import bisect_right

from backcare.engine.safety.reading import (
    Found,
    Token,
)
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, PAIN, SENSE, Vocabulary

NORMAL_REACH = 4  # "fine"/"normal" negates a body part this many words before it
# a sign this near before a body part describes it ("numb bum", "numbness down there", "numbness
# in my groin": BIND_GAP words between, as _bind reads it)
DESCRIBED_REACH = 3
BIND_GAP = 2  # a body part at most this many words after a symptom is the one it names
SENSE_VEHICLE_GAP = 3
PAIN_SUBJECT_GAP = 3  # "back | has been | sore": words from the back to its pain word  # words after a sense where a vehicle makes it a crash ("with a big lorry")
LIST_ITEM_WORDS = 7  # a clause of a negated list ("loss of bladder control or leg weakness")


class Reader(Vocabulary):
    """The word-level readings of `detect.Safety` (mixed in)."""

    def _live_senses(self, tokens: list[Token], candidates: list[Found]) -> list[Found]:
        """Drop a sense that hides an emergency sign ("both legs gave way on the last rep", "wet
        myself during the film") when its sentence tells a live consequence outside it
        ('sense_vetoes': "can't get up", "can't stand", "twice", "no warning"): the everyday
        reading explains no present inability or repeat (a red-team finding; a missed emergency
        costs more than a false alarm). A sense holding a 'bound_signs' sign ("on the sofa with
        a lump") gives way when a back word follows it in its clause ("... with a lump on my
        lower back"): the body part binds the lump to the person. Linear in the question: the
        signs' words are gathered once and a veto is looked for in the sense's sentence only."""
        senses = [f for f in candidates if f.label == SENSE]
        if not senses:
            return candidates
        # a sign, not an event ("my wallet fell ... can't stand up straight" is no fall)
        alarm = {
            p
            for g in candidates
            if g.label in self._emergency_concepts and g.label not in self._events
            for p in g.positions
        }
        bound = {p for g in candidates if g.label in self._bound_signs for p in g.positions}
        # the back's own pain word first in an everyday sense ("my back's been sore | for 10
        # days after a heavy shift"), with no leg named in the sentence (safety53)
        pains = {g.positions[0] for g in candidates if g.label == PAIN}
        events = {p for g in candidates if g.label in self._events for p in g.positions}
        legs = {p for g in candidates if g.label in self._leg_regions for p in g.positions}
        # an event word a sense holds ("accident with a ...") and the vehicles named after it
        crashes = {p for g in candidates if g.label in self._sense_events for p in g.positions}
        vehicles = {g.positions[0] for g in candidates if g.label in self._sense_vehicles}
        regions = {p for g in candidates if g.label in self._region_concepts for p in g.positions}
        postures = {p for g in candidates if g.label in self._posture_regions for p in g.positions}
        said = {  # the words of the signs read (not a region, not back pain)
            p
            for g in candidates
            if g.label in self._emergency_concepts
            and g.label not in self._region_concepts
            and g.label not in self._background
            for p in g.positions
        }
        surfaces = [t.surface for t in tokens]
        spans: dict[int, list[int]] = {}  # sentence -> [first, last]
        for k, t in enumerate(tokens):
            spans.setdefault(t.sentence, [k, k])[1] = k
        vetoed: dict[int, set[int]] = {}  # sentence -> starts of a veto phrase, with its end
        ends: dict[int, int] = {}
        gone = set()
        lasting: int | None = None  # persisted.py: where a sign told lasting starts, once read
        outlasting: set[int] = set()  # and the words of the signs whose lasting counts
        for n, f in enumerate(senses):
            held = set(f.positions)
            last = f.positions[-1]
            if held & bound and any(
                tokens[k].clause == tokens[last].clause and tokens[k].stem in self._back_stems
                for k in range(last + 1, min(len(tokens), last + BIND_GAP + 3))
            ):
                gone.add(n)
                continue
            if held & crashes and any(
                k in vehicles and tokens[k].clause == tokens[last].clause
                for k in range(last + 1, min(len(tokens), last + SENSE_VEHICLE_GAP + 1))
            ):
                # "accident with a lorry", "accident involving a bus": a road crash, not a
                # household mishap (red-team 8's A3)
                gone.add(n)
                continue
            # not imported by a calm ask (issue 17)
            from backcare.engine.safety.verb_senses import said_as_verb

            if said_as_verb(tokens, f.positions):
                gone.add(n)  # "Dad jokes that he's ...": a person says something
                continue
            # not imported by a calm ask (issue 17)
            from backcare.engine.safety.outgrown import outgrown

            if outgrown(tokens, candidates, f):
                gone.add(n)  # "temp was 37 this morning, 39.6 now": the reading rose
                continue
            if not held & (alarm | events) and self._backs_pain(
                tokens, f.positions[0], pains, legs
            ):
                gone.add(n)  # exertion explains no back pain: it is the pain told
                continue
            if not held & alarm:
                continue
            if lasting is None:
                # not imported by a calm ask (issue 17)
                from backcare.engine.safety.persisted import lasting_from, lasting_signs, outlasted

                kinds = lasting_signs()
                lasting = lasting_from(tokens)
                outlasting = {p for g in candidates if g.label in kinds for p in g.positions}
            if held & outlasting and outlasted(last, lasting):
                gone.add(n)  # "still saying it 4 hours later": the sign outlasted its cause
                continue
            if any(
                k not in held
                and tokens[k].surface in self._joiners
                and tokens[k + 1].surface in self._self
                and tokens[k + 2].stem not in self._others_stems  # "and my boyfriend"
                for k in range(f.positions[0], last - 1)
            ):
                # its gap holds a new statement of the asker's ("legs have gone weak and my own
                # back aches from lifting him": the lifting explains the back, not the legs)
                gone.add(n)
                continue
            sentence = tokens[f.positions[0]].sentence
            if sentence not in vetoed:
                first, end = spans[sentence]
                vetoed[sentence] = set()
                for k in range(first, end + 1):
                    for size in (1, 2, 3, 4):
                        if k + size - 1 <= end and (
                            " ".join(surfaces[k : k + size]) in self._sense_vetoes
                        ):
                            vetoed[sentence].add(k)
                            ends[k] = max(ends.get(k, k), k + size - 1)
            start, stop = f.positions[0], last
            if any(ends[k] < start or k > stop for k in vetoed[sentence]):
                gone.add(n)  # a veto wholly outside the sense
            elif (
                held & postures
                and not held & said
                and any(surfaces[p] in self._posture_words for p in held)
                and self._sign_outside(candidates, held, spans[sentence])
            ):
                # a posture that only names the legs ("with both legs crossed") gives way to a
                # sign of theirs told beside it ("can't sit with both legs crossed, they feel
                # weak and numb")
                gone.add(n)
            elif held & regions or {start - 1, start - 2} & regions:  # "legs | fell asleep"
                # a limb's brief numbness ('lasting.signs'); the sign said again outside the
                # sense ("still asleep") tells it lasts
                signs = {g.label for g in candidates if held & alarm & set(g.positions)}
                signs &= self._lasting_signs
                again = {p for g in candidates if g.label in signs for p in g.positions}
                first, end = spans[sentence]
                if signs and self._lasting(tokens, again, start, stop, first, end):
                    gone.add(n)  # numbness that did not pass
        if not gone:
            return candidates
        dropped = [senses[n] for n in gone]
        return [f for f in candidates if not any(f is g for g in dropped)]

    def _backs_pain(self, tokens: list[Token], start: int, pains: set[int], legs: set[int]) -> bool:
        """Whether the sense starting at `start` opens on a pain word whose subject is the back,
        a back word at most PAIN_SUBJECT_GAP words before it in its clause ("my back's been
        sore after a heavy shift", "back is achy after the gym"), and no leg is named in its
        sentence (where the sense keeps "both legs sore after the gym" from reading as the legs'
        pain): an everyday cause of an ache explains a leg's tiredness, not that the back hurts,
        which the rules that need back pain (a risk factor's) must see."""
        if start not in pains:
            return False
        sentence = tokens[start].sentence
        if any(tokens[p].sentence == sentence for p in legs):
            return False
        return any(
            tokens[k].clause == tokens[start].clause and tokens[k].stem in self._back_stems
            for k in range(max(0, start - PAIN_SUBJECT_GAP), start)
        )

    def _sign_outside(self, candidates: list[Found], held: set[int], span: list[int]) -> bool:
        """Whether a sign that a rule's combination joins to a posture region the sense holds
        ("weak", "numb" for the legs; not back pain) is read in the sentence `span` outside the sense's
        words `held`."""
        first, end = span
        joined = {
            c
            for g in candidates
            if g.label in self._posture_regions and held & set(g.positions)
            for combo in self._combos_by.get(g.label, ())
            for c in combo
        }
        joined -= self._region_concepts | self._background
        return any(
            g.label in joined and not held & set(g.positions) and first <= g.positions[0] <= end
            for g in candidates
        )

    def _lasting(
        self,
        tokens: list[Token],
        signs: set[int],
        start: int,
        stop: int,
        first: int,
        end: int,
        spans: bool = True,
        skip: frozenset[int] | set[int] = frozenset(),
    ) -> bool:
        """Whether the sentence from `first` to `end` tells, outside a sense's words (`start` to
        `stop`), that what the sense calls brief ("legs went to sleep", a sense naming a body
        part and its sign) lasts: a recovery denied ("hasn't worn off", "haven't woken up",
        "hasn't come back"), "still" before the sense's sign (at `signs`) or a denial ("still asleep", "still
        hasn't gone"), or (with `spans`) a span of hours or days ("all day", "for hours", "since
        lunch"). Words at `skip` are no recovery ("no back pain"). A
        sense of a moment cannot explain numbness that outlasts it (a red-team finding); "wore
        off after a minute" and "came back once I stood up" tell no such thing."""
        for k in range(first, end + 1):
            if start <= k <= stop:
                continue
            word = tokens[k].surface
            after = range(k + 1, min(end, k + 3) + 1)
            if word in self._negations and any(
                tokens[j].surface in self._lasting_recovery and j not in skip for j in after
            ):
                return True
            if word in self._lasting_persisting and any(
                j in signs or tokens[j].surface in self._negations for j in after
            ):
                return True
            if word in self._lasting_persisting and self._still_so(tokens, signs, k, end):
                return True
            if (
                spans
                and word in self._lasting_spans
                and any(tokens[j].surface in self._lasting_units for j in after)
            ):
                return True
        return False

    def _still_so(self, tokens: list[Token], signs: set[int], k: int, end: int) -> bool:
        """Whether "still" at k, after the sign, says it goes on by a copula ("both legs were
        numb and they still are 10 hours later", safety95): not "they still are fine", nor a
        recovery ("it still is back to normal")."""
        copulas = self._lasting_copulas
        if not signs or min(signs) > k or k + 1 > end or tokens[k + 1].surface not in copulas:
            return False
        after = tokens[k + 2].surface if k + 2 <= end else ""
        return after not in self._lasting_fine and after not in self._lasting_recovery

    def _live_word(self, tokens: list[Token], timing: bool = True) -> bool:
        """Whether a 'kept_live' word (a plea, "still", "now") is in the question outside its
        'idioms' ("now and then" is no "now"); its 'timing' words only when `timing`."""
        surfaces = [t.surface for t in tokens]
        for i, word in enumerate(surfaces):
            if not timing and word in self._kept_live_timing:
                continue
            if word in self._kept_live_words and not any(
                " ".join(surfaces[start : start + size]) in self._kept_live_idioms
                for start in range(max(0, i - 2), i + 1)
                for size in (2, 3, 4)
            ):
                return True
        return False

    def _bind(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """A symptom with a body part as its object ("cannot feel my bum": at most two words on,
        no joiner between) goes with the body parts of its own scope and those named after it
        in its clause, not with one named before in another scope: "my legs are not weak but I
        cannot feel my bum" pairs "cannot feel" with the bum, not the legs."""
        regions = [m for m in mentions if m.concept in self._region_concepts]
        # per clause, its regions in order with the concepts named from each on; per scope, its
        # regions' concepts: each symptom then costs a search, not a pass over every region (a
        # 76k-character question spent 7 s here)
        by_clause: dict[int, list[Mention]] = {}
        in_scope: dict[int, set[str]] = {}
        for r in sorted(regions, key=lambda r: r.first):
            by_clause.setdefault(tokens[r.first].clause, []).append(r)
            in_scope.setdefault(tokens[r.first].scope, set()).add(r.concept)
        starts = {clause: [r.first for r in rs] for clause, rs in by_clause.items()}
        from_here: dict[int, list[frozenset[str]]] = {}
        for clause, rs in by_clause.items():
            suffix = [frozenset[str]()] * (len(rs) + 1)
            for k in range(len(rs) - 1, -1, -1):
                suffix[k] = suffix[k + 1] | {rs[k].concept}
            from_here[clause] = suffix
        # a pain word right before the back ("a sore back", "aching back"): that pain is the
        # back's, not the legs' named elsewhere in the sentence; it may still go with the chest
        # or the upper back, so it is bound to every part but the legs. A pain word AFTER the
        # back ("back pain", "my back hurts") is not bound so: "back pain that has now spread
        # into both of my legs" is the both-legs sign however far the legs are (review10: in a
        # message over NET_MAX_WORDS words the rules are its only reader), at the cost of
        # redteam9 B11's "my back hurts when I sit with both legs crossed" flagging again
        backs = {m.first for m in mentions if m.concept == BACK} | {
            m.last for m in mentions if m.concept == BACK
        }
        bound = []
        for m in mentions:
            if m.concept in self._binding:
                clause, scope = tokens[m.last].clause, tokens[m.last].scope
                firsts = starts.get(clause, [])
                k = bisect_right(firsts, m.last)  # the regions after it in its clause
                nearest = firsts[k] if k < len(firsts) else len(tokens)
                if m.concept == PAIN and m.last + 1 in backs:
                    m = m._replace(bound=self._region_concepts - self._leg_regions)
                elif nearest - m.last <= BIND_GAP + 1 and not any(
                    t.surface in self._joiners for t in tokens[m.last + 1 : nearest]
                ):
                    around = in_scope.get(scope, set())
                    after = from_here[clause][k] if clause in from_here else frozenset()
                    m = m._replace(bound=frozenset(around | after))
            bound.append(m)
        return bound

    def _denials_before_symptoms(
        self, tokens: list[Token], found: list[Found], candidates: list[Found]
    ) -> list[Found]:
        """ "I don't feel weak or numb" denies weakness and numbness; it is not "don't feel". A
        'yielding' phrase (a negated verb of feeling) followed by a symptom, with only filler
        words between, gives way, so its negation reaches the symptoms."""
        symptoms = {p for f in candidates if f.label in self._denied_symptoms for p in f.positions}
        kept = []
        for f in found:
            # also a symptom phrase holding its own negation ("no feeling of pins and
            # needles"): the negation is the following symptom's
            negative = f.label in self._denied_symptoms and any(
                tokens[p].surface in self._negations for p in f.positions
            )
            if f.label in self._yielding or negative:
                j = f.positions[-1] + 1
                while j < len(tokens) and tokens[j].surface in self._fillers and j not in symptoms:
                    j += 1
                if j in symptoms and (not negative or self._other_symptom_at(j, f, candidates)):
                    continue
            kept.append(f)
        return kept

    def _other_symptom_at(self, j: int, f: Found, candidates: list[Found]) -> bool:
        """Whether a symptom phrase sharing no word with f starts at j ("no feeling | of pins
        and needles"; not "like it's not my | skin", one symptom read two ways)."""
        return any(
            c.label in self._denied_symptoms
            and c.positions[0] == j
            and set(c.positions).isdisjoint(f.positions)
            for c in candidates
        )

    @staticmethod
    def _select(candidates: list[Found], ambiguous: set[int]) -> list[Found]:
        """Non-overlapping phrases, longest first: "fell asleep" wins over "fell", "can't feel"
        over "can't". Two concepts read in exactly the same words ("out of the blue": sudden and
        new; "no injuries": a minor collision and no injury) are both kept, unless one is a sense.
        A typo read several ways may serve two phrases that share nothing else ("i fel off a
        ladder": "feel off" and "fell ... ladder")."""
        ranked = sorted(
            candidates,
            key=lambda f: (
                -len(f.positions),
                f.positions[-1] - f.positions[0],
                f.label != SENSE,  # on a tie the everyday sense wins ("temperature check")
                f.positions[0],
            ),
        )
        taken: set[int] = set()
        chosen = []
        spans: dict[tuple[int, ...], str] = {}
        by_senses: set[int] = set()  # senses may share words ("weak and shaky after a hike")
        for f in ranked:
            # (a word at a time: a set difference per phrase made long questions quadratic)
            if taken.isdisjoint(f.positions) or (
                f.label == SENSE and all(p not in taken or p in by_senses for p in f.positions)
            ):
                taken.update(f.positions)
                chosen.append(f)
                spans[f.positions] = f.label
                if f.label == SENSE:
                    by_senses.update(f.positions)
            elif (spans.get(f.positions, SENSE) != SENSE and f.label != SENSE) or (
                f.label != SENSE
                and not ambiguous.issuperset(f.positions)
                and all(p not in taken or p in ambiguous for p in f.positions)
            ):
                taken.update(f.positions)
                chosen.append(f)
        return sorted(chosen, key=lambda f: f.positions[0])

    def _negated_positions(
        self, tokens: list[Token], used: set[int], reach: int | None = None
    ) -> set[int]:
        """Words in the scope of a negation: from "no", "not", "never"... to the end of its scope
        (see reading.tokenize), at most a few words on. A negation that is part of a symptom's own
        phrase ("can't feel", "no feeling") is no cue. With a `reach` (for back pain itself) the
        negation is short and also stops at a joiner ("not trying and back aches")."""
        negated: set[int] = set()
        for i, token in enumerate(tokens):
            if token.surface in self._negations and i not in used:
                if self._not_a_denial(tokens, i) or token.surface in self._approximators:
                    continue  # "nearly" denies events only: see _near_misses
                if token.surface in self._double_negations and self._after_negation(tokens, i):
                    continue  # "can't laugh without wetting myself": the sign is affirmed
                if self._in_concord(tokens, i, used):
                    continue  # "I can't feel nothing down below": the sign's own negation
                j = i + 1
                end = min(len(tokens), i + 1 + (reach or self._negation_reach))
                end = min(end, self._judged_end(tokens, i))
                while j < end and tokens[j].scope == token.scope:
                    if reach is not None and tokens[j].surface in self._joiners:
                        break
                    if tokens[j].surface in self._double_negations:
                        break  # "can't stand up without my legs buckling" (red-team 8's A7)
                    negated.add(j)
                    j += 1
                if reach is None and j < len(tokens) and tokens[j].sentence == token.sentence:
                    negated |= self._listed_on(tokens, j)
        return negated

    def _denied_outside(
        self, tokens: list[Token], used: set[int], positions: tuple[int, ...], negated: set[int]
    ) -> bool:
        """Whether a background phrase (read beside the signs, so its words are not in `used`) is
        denied by a negation outside its own words (safety67): "so i dont wake up" (OD_PURPOSE)
        and "not dry at night" (CHILD_CONTINENCE) hold their negation, which tells what they
        mean and denies nothing of them; "I didn't say it was on purpose" still denies."""
        if not any(p in negated for p in positions):
            return False
        own = {p for p in positions if tokens[p].surface in self._negations}
        if not own:
            return True
        again = self._negated_positions(tokens, used | own, self._pain_negation_reach)
        return any(p in again for p in positions)

    def _judged_end(self, tokens: list[Token], i: int) -> int:
        """Where the negation at i stops when it judges what a complement tells ("surely it's not
        normal to have a numb bum", "it can't be right that ...", "isn't normal for my legs to
        ..."): just after the judgement ('judged'), at most `gap` words after the negation and
        followed by its complement in the same scope. A negated judgement says the thing told is
        wrong, not that it is not there. len(tokens) when it judges nothing."""
        for k in range(i + 1, min(len(tokens) - 1, i + 2 + self._judged_gap)):
            if tokens[k].scope != tokens[i].scope:
                break
            if (
                tokens[k].surface in self._judgements
                and tokens[k + 1].surface in self._judged_complements
            ):
                return k + 1
        return len(tokens)

    def _in_concord(self, tokens: list[Token], i: int, used: set[int]) -> bool:
        """Whether the negation at i repeats the negation of a sign phrase just before it
        (negative concord: "I can't feel nothing when I wipe", "don't feel nothing in my
        privates"): a 'concord' word right after a phrase's word, with a negation among the
        three words before it in its scope that a phrase holds."""
        if tokens[i].surface not in self._concord or i == 0 or i - 1 not in used:
            return False
        return any(
            k in used
            and (tokens[k].surface in self._negations or tokens[k].surface in self._double_leads)
            and tokens[k].scope == tokens[i].scope
            for k in range(max(0, i - 3), i)
        )

    def _after_negation(self, tokens: list[Token], i: int) -> bool:
        """Whether a negation or a negated ability ('double_negations.leads': "can't", "unable",
        "don't") comes before the word at i in its scope ("can't cough WITHOUT ..."): two
        negations affirm what follows the second."""
        # twice a negation's reach: "can't climb the stairs without ..." puts a verb phrase
        # between them
        for k in range(i - 1, max(-1, i - 1 - 2 * self._negation_reach), -1):
            if tokens[k].scope != tokens[i].scope:
                return False
            if tokens[k].surface in self._double_leads:
                return True
        return False

    def _listed_on(self, tokens: list[Token], j: int) -> set[int]:
        """ "I don't have any tingling, weakness or bladder trouble": the short clauses from j on
        that continue a negated list, up to and with the one holding its last item ('list_ends':
        "or", "nor"), each of at most LIST_ITEM_WORDS words, none naming the asker (I, my) nor
        opening a new scope's breaker ("but", "just"). Nothing when no such end comes: "I don't
        have a fever, my bum is numb" tells a sign."""
        taken: list[int] = []
        sentence = tokens[j].sentence
        while j < len(tokens) and tokens[j].sentence == sentence:
            clause = tokens[j].clause
            words = []
            while j < len(tokens) and tokens[j].clause == clause:
                words.append(j)
                j += 1
            surfaces = [tokens[k].surface for k in words]
            if (
                len(words) > LIST_ITEM_WORDS
                or surfaces[0] in self._breakers
                or any(w in self._self for w in surfaces)
                # a time anchor tells the item as one's own sign ("no fever, numb groin or
                # saddle since this morning": red-team 8's A4)
                or any(
                    w in self._list_breaks and not self._bare_break(surfaces, k)
                    for k, w in enumerate(surfaces)
                )
            ):
                return set()
            taken += words
            if any(w in self._list_ends for w in surfaces):
                return set(taken)
        return set()

    def _bare_break(self, surfaces: list[str], k: int) -> bool:
        """Whether the list-break word at `k` ends its clause bare ("or anything else since",
        "since then"): it dates the denial, not a sign (safety141)."""
        return surfaces[k] in self._list_breaks_bare and all(
            w in self._list_breaks_bare_after for w in surfaces[k + 1 :]
        )

    def _excluded_positions(self, tokens: list[Token]) -> set[int]:
        """Words a clinician's exclusion governs: after "ruled out", "excluded" ('exclusions.
        verbs'), or after "checked for", "tested for" ('checks') when its sentence then says
        nothing was found ('found_nothing': "and found nothing", "all clear"), to the end of
        the scope (a comma, "but", "and I"), at most 'reach' words on. "My GP ruled out
        numbness or bladder trouble" denies both; "ruled out a fracture but now I can't pee"
        denies the fracture only."""
        surfaces = [t.surface for t in tokens]
        excluded: set[int] = set()
        for i in range(len(tokens)):
            for size in (1, 2, 3):
                said = " ".join(surfaces[i : i + size])
                checks = said in self._exclusion_checks
                if said not in self._exclusion_verbs and not checks:
                    continue
                start = i + size
                end = min(len(tokens), start + self._exclusion_reach)
                span = [j for j in range(start, end) if tokens[j].scope == tokens[i].scope]
                if checks:
                    here = tokens[i].sentence
                    found = [
                        j
                        for j in range(start, len(tokens))
                        if tokens[j].sentence == here
                        and any(
                            " ".join(surfaces[j : j + n]) in self._found_nothing for n in (1, 2, 3)
                        )
                    ]
                    if not found:
                        continue
                    span = [j for j in span if j < found[0]]
                excluded.update(span)
        return excluded

    def _near_misses(self, tokens: list[Token], used: set[int]) -> set[int]:
        """Words after "nearly", "almost": an event that nearly happened did not ("nearly fell"),
        but a symptom nearly there is one to check ("almost wet myself", "legs nearly gave way":
        can't hold it, legs giving way), so these deny only the 'events' concepts."""
        near: set[int] = set()
        for i, token in enumerate(tokens):
            if token.surface in self._approximators and i not in used:
                if self._not_a_denial(tokens, i):
                    continue
                end = min(len(tokens), i + 1 + self._negation_reach)
                near.update(j for j in range(i + 1, end) if tokens[j].scope == token.scope)
        return near

    def _not_a_denial(self, tokens: list[Token], i: int) -> bool:
        """A negation word that denies nothing: "lost nearly a stone", "almost 10 kilos" (an
        amount follows), "went from nothing to 9/10" (the start of a range) and "or not" before
        the asker's own statement ("social suicide or not I've got the pills lined up")."""
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if tokens[i].surface in self._approximators and following is not None:
            if following.number is not None or following.surface in self._number_words:
                return True
            if following.surface in self._amount_words:  # "nearly a stone", "almost half"
                return True
        if (  # "ready or not I've got the pills lined up"
            i > 0
            and following is not None
            and tokens[i - 1].surface in self._alternatives
            and following.surface in self._self
        ):
            return True
        return i > 0 and tokens[i - 1].surface in self._range_starts

    def _after_normal(
        self, tokens: list[Token], used: set[int], mentions: list[Mention]
    ) -> list[Mention]:
        """A body part or function followed closely by "fine", "ok", "normal" is denied, and so
        are the signs a clinical shorthand negative closes ("saddle numbness -ve")."""
        mentions = self._fronted_denied(tokens, self._shorthand_denied(tokens, used, mentions))
        cues = [i for i, t in enumerate(tokens) if t.surface in self._normal and i not in used]
        if not cues:
            return mentions
        # "back ache strong": after a pain word an 'intensity' word says how much it hurts
        pains = sorted(m.first for m in mentions if m.concept == PAIN)
        # a body part a sign describes just before it ("is a numb bum ok?", "numbness down there
        # is normal"): "ok" or "normal" judges the sign, which stays (redteam9's A4)
        described = {
            m.last
            for m in mentions
            if m.concept in self._binding
            and not m.negated
            and m.concept not in self._region_concepts
        }
        # a sign just after a body part, before the cue ("my legs buckling is normal", "the nurse
        # told me my legs buckling is normal"): the cue judges the sign, as above; a reassurance,
        # the asker's or one reported, about a live sign is no denial of it
        after_part = sorted(
            m.first
            for m in mentions
            if m.concept in self._binding
            and not m.negated
            and m.concept not in self._region_concepts
            and m.concept not in self._background  # "back pain is my normal": no sign judged
        )
        judged = []
        for m in mentions:
            if m.concept in self._region_concepts and self._sign_judged(
                tokens, m, after_part, cues
            ):
                judged.append(m)
                continue
            if any(
                m.first - k in described
                and all(
                    tokens[j].scope == tokens[m.first].scope
                    and tokens[j].surface not in self._joiners
                    and tokens[j].surface not in self._breakers
                    for j in range(m.first - k + 1, m.first)
                )
                and tokens[m.first - k].scope == tokens[m.first].scope
                for k in range(1, DESCRIBED_REACH + 1)
            ):
                judged.append(m)
                continue
            # the cues 1 to NORMAL_REACH words after it (cues are in order): a search, not a pass
            close = cues[bisect_right(cues, m.last) : bisect_right(cues, m.last + NORMAL_REACH)]
            denied = m.concept in self._region_concepts and any(
                0 < i - m.last <= NORMAL_REACH
                and tokens[i].scope == tokens[m.last].scope
                and not (tokens[i].surface in self._intensity and _any_between(pains, m.last, i))
                for i in close
            )
            judged.append(m._replace(negated=True) if denied else m)
        return judged

    def _sign_judged(
        self, tokens: list[Token], part: Mention, signs: list[int], cues: list[int]
    ) -> bool:
        """Whether a sign follows the body part within BIND_GAP words and a "normal" cue follows
        the sign within NORMAL_REACH, all in one scope with no joiner or breaker between: the
        cue judges the sign ("my legs buckling is normal"), not the part."""
        scope = tokens[part.last].scope
        for p in signs[bisect_right(signs, part.last) : bisect_right(signs, part.last + BIND_GAP)]:
            for i in cues[bisect_right(cues, p) : bisect_right(cues, p + NORMAL_REACH)]:
                if all(
                    tokens[j].scope == scope
                    and tokens[j].surface not in self._joiners
                    and tokens[j].surface not in self._breakers
                    for j in range(part.last + 1, i)
                ):
                    return True
        return False

    def _shorthand_denied(
        self, tokens: list[Token], used: set[int], mentions: list[Mention]
    ) -> list[Mention]:
        """A shorthand negative ending its clause ("retention nil", "saddle numbness -ve") denies
        the signs of that clause before it; alone in its clause ("saddle anaesthesia: neg"), the
        signs of the clause just before it in its sentence (redteam10's B8: a pasted letter's
        findings). Only at a clause's end: "negative" inside a clause ("feeling negative about
        it") is a mood, and the signs after it are not its findings."""
        closes: list[int] = []  # where a shorthand closes the signs just before it
        before: set[int] = set()  # the clauses a shorthand alone in its clause closes
        for i, t in enumerate(tokens):
            if t.surface not in self._shorthand or i in used:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].clause == t.clause:
                continue
            if i > 0 and tokens[i - 1].clause == t.clause:
                closes.append(i)
            elif i > 0 and tokens[i - 1].sentence == t.sentence:
                before.add(tokens[i - 1].clause)
        if not closes and not before:
            return mentions

        def closed(m: Mention) -> bool:
            if m.concept in self._background or tokens[m.last].surface in self._shorthand:
                return False
            if tokens[m.first].clause in before:
                return True
            # in its scope, within a few words ("my legs are numb and I feel negative" is a mood)
            return any(
                0 < i - m.last <= NORMAL_REACH and tokens[i].scope == tokens[m.last].scope
                for i in closes
            )

        return [m._replace(negated=True) if closed(m) else m for m in mentions]

    def _fronted_denied(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """A sign denied after it, in learners' word order ("fever I don't have and numb I am
        not", "numbness I have not", "fever also not", "fever not having"): right after the
        sign's last word, optional 'skip' words ("also", "I"), then at most two 'auxiliaries'
        or negations holding a negation, then the end of the clause, a joiner or a breaker.
        "my legs are numb, I don't know why", "numb bum not going away" deny nothing."""
        negations = self._fronted_negations

        def denied(m: Mention) -> bool:
            if m.concept in self._background:
                return False
            k = m.last + 1
            clause = tokens[m.last].clause
            while k < len(tokens) and tokens[k].clause == clause:
                if tokens[k].surface not in self._fronted_skip:
                    break
                k += 1
            start = k
            while (
                k < len(tokens)
                and k < start + 2
                and tokens[k].clause == clause
                and (
                    tokens[k].surface in self._fronted_auxiliaries or tokens[k].surface in negations
                )
            ):
                k += 1
            if not any(tokens[j].surface in negations for j in range(start, k)):
                return False
            if all(
                tokens[j].surface in self._fronted_copula_negations
                for j in range(start, k)
                if tokens[j].surface in negations
            ) and not any(tokens[j].surface in self._fronted_copulas for j in range(start, k)):
                return False  # "kamzori nahi,": a Hindi negation denies with its copula only
            return (
                k == len(tokens)
                or tokens[k].clause != clause
                or tokens[k].surface in self._joiners
                or tokens[k].surface in self._breakers
            )

        return [m._replace(negated=True) if denied(m) else m for m in mentions]


def _any_between(ordered: list[int], low: int, high: int) -> bool:
    """Whether a position of an ordered list is strictly between `low` and `high`."""
    k = bisect_right(ordered, low)
    return k < len(ordered) and ordered[k] < high
