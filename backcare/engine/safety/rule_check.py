"""The rules' check: the red flags a question's judged mentions fire (data/red_flags.json), when all
the concepts of one of a rule's combinations are mentioned, alive, in one sentence within a few
words of each other, and the pointer of a general question about a sign."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from backcare.engine.safety.asked_after import Asked
from backcare.engine.safety.back_trouble import back_trouble
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.quick_exits import QuickExits
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention, Rule, _happening, _may_meet, _spine_reads
from backcare.engine.safety.screen_forms import screen_told
from backcare.engine.safety.vocabulary import TROUBLES


class RuleCheck(QuickExits):
    """The rules' check (mixed into `Safety`, through the learned check's module)."""

    # the rules' combinations by their least concept (_candidates), built when first needed
    _combos_at: dict[str | None, list[tuple[frozenset[str], int]]] | None = None

    def pointer(self, question: str) -> str | None:
        """The most urgent tier of the warning signs a general question names without reporting
        anyone's current state ("is numbness in the saddle area serious? just curious"), which
        raise no notice: for a calm line such as "If this is happening to you now: <the tier's
        call to action>". None when the question names none, or raises a notice."""
        if self._last_pointer[0] != question:
            self.check_rules(question)
        return self._last_pointer[1] if self._last_pointer[0] == question else None

    def check_rules(self, question: str) -> list[RedFlag]:
        """The red flags the rules raise, most urgent first."""
        self._last_pointer = (question, None)
        self._checks += 1
        if self._screening() and not self._may_fire(question):
            return []
        tokens, mentions = self.read(question)
        if not mentions:
            return []
        # a red-flag screen's back told for the rules only (the learned check reads the words)
        fired = self._fired(
            screen_told(question, mentions, tokens), self._trailing_asked(tokens, mentions)
        )
        if not fired and any(m.asked for m in mentions):
            # what the signs asked about would raise, were they someone's now: the pointer's tier
            told = [m._replace(asked=False, general=False) for m in mentions]
            named = self._fired(told)
            self._last_pointer = (question, named[0].urgency if named else None)
        return fired

    def set_aside(self, question: str) -> list[RedFlag]:
        """The rules' flags the question's signs would raise were none of them denied, asked
        about, said of someone else, over or passed: what its reading saw and set aside (a
        denial, a quotation, a phrase to translate, someone's story long over). A sign the
        reading never saw is not among them: a word-for-word reading that lost a sign's words
        ("nie czuję nóg" with "nóg" unknown) sets nothing aside, and a negation that is the sign
        ("i cant feel my legs", "no feeling down below") is no denial to it (foreign_reading.py,
        detect.Safety.check; safety120)."""
        _, mentions = self.read(question)
        told = [
            m._replace(
                negated=False, asked=False, general=False, other=False, past=False, resolved=False
            )
            for m in mentions
        ]
        return self._fired(told) if told else []

    @property
    def region_concepts(self) -> frozenset[str]:
        """The concepts that are body parts (safety_vocabulary.json 'regions')."""
        return self._region_concepts

    def rule_concepts(self) -> dict[str, frozenset[str]]:
        """Each rule's flag id with every concept of its combinations."""
        concepts: dict[str, set[str]] = {}
        for rule in self._rules:
            concepts.setdefault(rule.flag.id, set()).update(c for combo in rule.when for c in combo)
        return {flag: frozenset(named) for flag, named in concepts.items()}

    def raised_by(self, question: str) -> dict[str, frozenset[str]]:
        """Each flag the rules raise on the question (as check_rules reads it) with the concepts
        of every combination of its rule that fires: the signs that raised it, which a second
        reading of the message may set aside one by one (foreign_kept.py; review32 B1: an id
        set aside for one sign dropped another sign's emergency)."""
        tokens, mentions = self.read(question)
        if not mentions:
            return {}
        raised: dict[str, set[str]] = {}
        told = screen_told(question, mentions, tokens)
        self._fired(told, self._trailing_asked(tokens, mentions), raised)
        return {flag: frozenset(concepts) for flag, concepts in raised.items()}

    def _candidates(self, present: AbstractSet[str]) -> set[int]:
        """The rules one of whose combinations these concepts hold in full: `{n for combo, n in
        self._combos if combo <= present}`, each combination looked up by its least concept
        (which a held combination's concepts include) rather than every one tested (speed47)."""
        by = self._combos_at if self._combos_at is not None else self._built_combos_at()
        found = {n for combo, n in by.get(None, ()) if combo <= present}  # empty combinations
        for c in present:
            for combo, n in by.get(c, ()):
                if combo <= present:
                    found.add(n)
        return found

    def _built_combos_at(self) -> dict[str | None, list[tuple[frozenset[str], int]]]:
        """self._combos by each combination's least concept (None for an empty one), built once
        (the rules are fixed; a copy of this check, as_written's, shares it)."""
        by: dict[str | None, list[tuple[frozenset[str], int]]] = {}
        for combo, n in self._combos:
            by.setdefault(min(combo) if combo else None, []).append((combo, n))
        self._combos_at = by
        return by

    def _fired(
        self,
        mentions: list[Mention],
        asked: Asked | None = None,
        raised: dict[str, set[str]] | None = None,
    ) -> list[RedFlag]:
        """The rules' flags for a question's judged mentions, most urgent first; with `raised`,
        each fired flag's id with the concepts of the combinations that fire it added there."""
        told, others_spine, pain_denied, others_denied = back_trouble(mentions)
        by_concept: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.negated and not m.asked:
                by_concept.setdefault(m.concept, []).append(m)
        present = by_concept.keys()
        candidates = self._candidates(present)
        fired: list[int] = []
        for n in sorted(candidates):
            rule = self._rules[n]
            if rule.unless_pain_denied and pain_denied:
                continue
            pain = told[rule.pain_only]
            if rule.pain_explained and pain[0]:
                # the words just read are the question's whose mentions these are
                words = self._last_read[1][0] if self._last_read is not None else []
                pain = (_pain_unexplained(mentions, rule, words, self._breakers), pain[1])
            if self._fires(rule, by_concept, *pain, others_spine, others_denied, asked):
                fired.append(n)
        # a cause explains a sign only with no sign of its family told beside it (review13 F8)
        ids = {self._rules[n].flag.id for n in fired}
        unexplained = [
            n
            for n in sorted(candidates - set(fired))
            if self._rules[n].explained_unless & ids
            and not (self._rules[n].unless_pain_denied and pain_denied)
            and self._fires(
                self._rules[n]._replace(explained=()),
                by_concept,
                *told[self._rules[n].pain_only],
                others_spine,
                others_denied,
                asked,
            )
        ]
        if raised is not None:
            for n in [*fired, *unexplained]:
                rule = self._rules[n]
                rule = rule._replace(explained=()) if n in unexplained else rule
                args = (by_concept, *told[rule.pain_only], others_spine, others_denied, asked)
                for combo in rule.when:
                    if self._fires(rule._replace(when=(combo,)), *args):
                        raised.setdefault(rule.flag.id, set()).update(combo)
        return [self._rules[n].flag for n in sorted(fired + unexplained)]

    def goes_on_to_call(self, word: str) -> bool:
        """Whether a phrase of a rule with its own call (the crisis lines) may go on after `word`
        (screen.py): a batch reads a line with the one before it for the crisis (cli/wrapped.py)."""
        return bool(self._built_screen().goes_on_to_call(word))

    def check_calls(self, question: str) -> list[RedFlag]:
        """check_rules' flags when a rule with its own call may fire (screen.py may_call), else
        none: a batch reads a line with the one before it for the crisis alone (cli/wrapped.py)."""
        return self.check_rules(question) if self._built_screen().may_call(question) else []

    def _fires(
        self,
        rule: Rule,
        by_concept: Mapping[str, list[Mention]],
        self_pain: bool,
        others_pain: bool,
        others_spine: bool = False,
        others_denied: bool = False,
        asked: Asked | None = None,
    ) -> bool:
        said_in: dict[str, set[int]] = {}
        # the asker's back trouble told in their report, not in a trailing ordinary question
        told = asked.self_told[rule.pain_only] if asked and asked.self_told else self_pain

        def sentences(concept: str) -> set[int]:
            """The sentences a concept is named in (once per concept, not per choice)."""
            if concept not in said_in:
                said_in[concept] = {m.sentence for m in by_concept.get(concept, ())}
            return said_in[concept]

        # the sentences telling someone seen to at work (a clause bar: "one of my patients")
        # already sent on to emergency care ("we've sent her in"): their signs there are no
        # emergency the asker is with, whatever their back or time (safety142)
        handed = {m.sentence for c in self._clause_handed_on for m in by_concept.get(c, ())}
        sent_on = handed & {m.sentence for c in self._clause_bars for m in by_concept.get(c, ())}

        def barred(rule: Rule, combo: tuple[str, ...], chosen: tuple[Mention, ...]) -> bool:
            bars = next((b for k, b in rule.others_barred if k == frozenset(combo)), ())
            live = [m for c in self._kept_live_story for m in by_concept.get(c, ())]
            return self._barred(
                [m for c in bars for m in by_concept.get(c, ())], chosen, asked, live
            )

        for combo in rule.when:
            if not all(c in by_concept for c in combo):
                continue
            causes = next((c for k, c in rule.explained if k == frozenset(combo)), ())
            options = [
                [
                    m
                    for m in by_concept.get(c, ())
                    if not (m.general and rule.flag.urgency != "emergency")
                    and (
                        (rule.history and not m.frame)  # a topic's history: no one's
                        or c in rule.anywhere
                        or not (m.past or (m.resolved and rule.flag.urgency != "emergency"))
                    )
                ]
                for c in combo
            ]
            across = dict(rule.across)  # named up to so many sentences away, live
            across.update(next((dict(a) for k, a in rule.across_in if k == frozenset(combo)), {}))
            apart = frozenset(across)
            for chosen in _may_meet(combo, options, rule.anywhere, rule.within, apart):
                near = [
                    m
                    for c, m in zip(combo, chosen, strict=True)
                    if c not in rule.anywhere and c not in across
                ]
                if len({m.sentence for m in near}) != 1:
                    continue
                if max(m.last for m in near) - min(m.first for m in near) > rule.within:
                    continue
                here = near[0].sentence
                if any(
                    abs(m.sentence - here) > across[c]
                    for c, m in zip(combo, chosen, strict=True)
                    if c in across
                ):
                    continue
                if any(
                    all(
                        here in sentences(c)
                        # or, for a concept the rule reads across sentences, that near
                        # ("Had a kidney cancer removed 6 years ago. Now a mild lower back
                        # ache": the low back of the next sentence; safety122)
                        or (c in across and any(abs(s - here) <= across[c] for s in sentences(c)))
                        for c in cause
                    )
                    for cause in causes
                ):
                    continue  # explained by a cause named beside it
                if (rule.anywhere or rule.spine_apart) and len(self._persons(chosen)) > 1:
                    continue  # "my mum had cancer" and my leg is numb: not one person's history
                if any(
                    m.bound and not m.bound.issuperset(self._region_concepts.intersection(combo))
                    for m in chosen
                ):
                    continue  # a symptom bound to another body part than the combination's
                # someone else's counts as the asker's for an 'anyone' rule when none of it is over
                mine = any(not m.other for m in self._whose(rule, combo, chosen)) or (
                    rule.anyone and not any(m.past or m.resolved for m in chosen)
                )
                # someone else's sign over, even lately, is no emergency of theirs now ("my son
                # couldn't pee last week, he's fine"); a history named anywhere may be past
                now = not any(
                    m.past or m.resolved
                    for c, m in zip(combo, chosen, strict=True)
                    if c not in rule.anywhere
                )
                if not mine and not now and not rule.history:
                    continue
                if not mine and sent_on and all(m.sentence in sent_on for m in near):
                    continue  # a patient already sent on to care
                if not mine and not (
                    others_pain
                    or rule.anywhere
                    or (_happening(rule, combo, chosen, told) and not barred(rule, combo, chosen))
                    or (others_spine and _spine_reads(rule, combo) and now)
                    # their pain denied, their emergency now is theirs (review13 F9)
                    or (others_denied and rule.flag.urgency == "emergency" and now)
                ):
                    # someone else's symptom, and the back pain asked about is not theirs; a rule
                    # with a history said anywhere (their cancer, with their legs failing: "Mum
                    # has myeloma and her legs won't hold her") describes what they need help for,
                    # and so does their emergency happening now ("my husband can't pee")
                    continue
                if rule.needs_pain and not (self_pain if mine else others_pain):
                    continue
                return True
        return False


def _pain_unexplained(
    mentions: list[Mention], rule: Rule, tokens: list[Token], breakers: AbstractSet[str]
) -> bool:
    """Whether the asker's back trouble is told, for a rule with 'pain_explained', where none of
    its causes is named live (not denied, not someone else's, not over) in its sentence with no
    breaker between them ("My back hurt after football, and now the pain wakes me every night":
    the night's pain is told after "now"): back_trouble's reading with the asker's back trouble
    so explained left out. A mention whose words are not `tokens`' (the reading's) is explained
    by a cause in its sentence."""
    causes = [
        m
        for m in mentions
        if m.concept in rule.pain_explained
        and not (m.negated or m.other or m.past or m.resolved or m.asked)
    ]
    if not causes:
        return True

    def apart(a: Mention, b: Mention) -> bool:
        if max(a.last, b.last) >= len(tokens):
            return False
        first, last = (a, b) if a.first < b.first else (b, a)
        return any(t.surface in breakers for t in tokens[first.last + 1 : last.first])

    def explained(m: Mention) -> bool:
        return any(c.sentence == m.sentence and not apart(c, m) for c in causes)

    kept = [m for m in mentions if not (m.concept in TROUBLES and not m.other and explained(m))]
    return back_trouble(kept).told[rule.pain_only][0]
