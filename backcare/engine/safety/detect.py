"""Red-flag detection by meaning: which of the rules a question's symptoms, as described, trigger.

The question is read into concept mentions (data/safety_vocabulary.json: "loss of feeling", "saddle
area", "can't pass urine", ...), each phrase in the lay words people use. A mention is then judged:
- negated: it sits after "no", "not", "never", "without"... in the same clause ("no numbness or
  tingling, just stiff"), or a body part is followed by "fine"/"normal" ("bladder fine");
- someone else's: the words before it name another person ("my mum had cancer"), which counts only
  when the question is about that person's back pain ("my father has back pain and can't pass urine");
- in the past: its clause says it is over ("had covid with a high temperature last year");
- a different sense: a longer phrase that is no symptom wins over the alarm word ("fell asleep",
  "chest day", "Fever-Tree"), and some concepts lapse beside a harmless cause ("shivering in the cold").
A rule (data/red_flags.json) fires when all the concepts of one of its combinations are mentioned,
alive, in one sentence within a few words of each other. Pure: no I/O once the data is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from backcare.engine.analyze import stem
from backcare.engine.safety.ability_answers import AbilityAnswers
from backcare.engine.safety.answered import Answered
from backcare.engine.safety.asked_after import Asked, AskedAfter
from backcare.engine.safety.back_trouble import back_trouble
from backcare.engine.safety.bygone import Bygone
from backcare.engine.safety.carried_ages import ages_carried
from backcare.engine.safety.causes import Causes
from backcare.engine.safety.code_switch import said
from backcare.engine.safety.common_knowledge import CommonKnowledge
from backcare.engine.safety.contrasted import Contrasted
from backcare.engine.safety.corrected import corrected, reply_subjects
from backcare.engine.safety.disowned import Disowning, _denied_before
from backcare.engine.safety.dose_counts import DoseCounts
from backcare.engine.safety.eased import eased
from backcare.engine.safety.echoed import Echoed
from backcare.engine.safety.expected import expected
from backcare.engine.safety.flags import URGENCIES, RedFlag, action_text, most_urgent
from backcare.engine.safety.follow_up import FollowUp
from backcare.engine.safety.framing import Framing
from backcare.engine.safety.future import Future
from backcare.engine.safety.garbled import Garbled
from backcare.engine.safety.holder import Holders
from backcare.engine.safety.inline_answers import InlineAnswers
from backcare.engine.safety.instructions import Instructions
from backcare.engine.safety.listed import ListedSigns
from backcare.engine.safety.net import UNTRAINED, Concept, Net, features, load_net
from backcare.engine.safety.notice_replies import NoticeReplies
from backcare.engine.safety.others import Others, _own_overlaps, any_within, inherited
from backcare.engine.safety.own_answers import OwnAnswers
from backcare.engine.safety.plain import plain_pain
from backcare.engine.safety.possessed import Possessions
from backcare.engine.safety.quotations import Quotations
from backcare.engine.safety.quoted import QuotedExamples
from backcare.engine.safety.reading import Requirements, Token
from backcare.engine.safety.retracted import Retracted
from backcare.engine.safety.returned import Returned
from backcare.engine.safety.risk_only import RiskOnly
from backcare.engine.safety.rules import Mention, Rule, _happening, _may_meet, _spine_reads
from backcare.engine.safety.safety_net import SafetyNetAdvice
from backcare.engine.safety.screen_forms import screen_told
from backcare.engine.safety.senses import Reader
from backcare.engine.safety.syllabus import Syllabus
from backcare.engine.safety.terms import TermsAsked
from backcare.engine.safety.titles import Titles
from backcare.engine.safety.topic_frame import TopicFrames
from backcare.engine.safety.typos import WORD_MEMO_SIZE, Typos
from backcare.engine.safety.vocabulary import (
    BACK,
    DENIES_BEFORE,
    PAST,
    RECOVERED,
    RESOLVED,
    SENSE,
    TROUBLES,
    Reading,
    WordReading,
)
from backcare.engine.tuning import NET_MAX_WORDS
from backcare.hints import TYPE_CHECKING, Any
from backcare.resources import expect_dict, read_bytes, read_json, read_shared_json

if TYPE_CHECKING:
    from backcare.engine.safety.quiet import SenseGroups  # not imported by a single ask

SENSE_WORD = "~sense~"  # what the learned check reads for a word a sense took (no word has "~")
OTHERS_BACK_REACH = 12  # someone else's pain counts as back trouble with the back this near
# check() reads the first questions in full and only then builds its quick exit (~15 ms, which
# a single `ask` would not win back; a batch wins it back within a few hundred questions)
QUICK_AFTER = 20
# ... or after this many when the index it is built from comes ready-made with the tables (the
# snapshot: store/snapshot.py): building it is then a few ms, not ~60, which a few dozen texts
# (validate reading every entry's question and aliases) already win back
QUICK_AFTER_READY = 4


class Safety(
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
    TermsAsked,
    CommonKnowledge,
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
    """Compiled red-flag rules and vocabulary: the check and the reading of a question, each step
    in a module of its own (mixed in)."""

    # what gives the quick exits' tables ready-made (the snapshot that loaded these tables sets
    # it; None: built on first use). A function, so that a run that never screens reads nothing.
    _ready_screen: Callable[[], tuple[Requirements, SenseGroups] | None] | None = None
    # the reader of an author's text (as_written), made when first asked for
    _written: Safety | None = None

    def validate(self) -> None:
        """Check every phrase of the vocabulary (they are otherwise compiled on first use) and
        the learned check's model file."""
        self._index.validate()
        if self._learned is not None:
            self._learned_net()

    def as_written(self) -> Safety:
        """This check reading text as written, without typo correction (Typos._typos): for an
        author's text, which validate and import read whole (every entry's question, aliases and
        answer), where a misspelt alarm word is the author's to fix, not a reader's to be read
        through; the first corrections of a process cost a cold validate ~10-80 ms (the prefix
        and stem tables, rapidfuzz). The same compiled tables (shared, read only); memos of its
        own, since they hold corrected readings: the words' (screen.py), the last question's,
        the quick exits'. Made once per Safety."""
        if self._written is None:
            import copy  # validate and import only: not a cold ask's 0.5 ms (copy, weakref)

            written = copy.copy(self)
            written._typos = False
            written._written = written
            written._word_reading = {}
            written._screen = written._quiet = None
            written._last_read = None
            written._last_pointer = ("", None)
            # it reads many texts (every entry's): it screens from the first when the quick
            # exits' tables come ready-made (QUICK_AFTER_READY)
            written._checks = QUICK_AFTER_READY if self._ready_screen is not None else 0
            self._written = written
        return self._written

    def _learned_net(self) -> Net:
        if self._net is None:
            assert self._learned is not None
            name = str(self._learned["model"])
            self._net = load_net(read_bytes(name), name)
        return self._net

    @property
    def rule_ids(self) -> list[str]:
        return [r.flag.id for r in self._rules]

    @property
    def rule_tiers(self) -> dict[str, str]:
        """Each rule's id with its tier."""
        return {r.flag.id: r.flag.urgency for r in self._rules}

    def check(self, question: str) -> list[RedFlag]:
        """The red flags a question raises, most urgent first: the rules' and, only when they
        raise none, the learned check's one notice (net.py), which so never removes or lowers
        a rule's notice; beside it, first, the crisis notice when a crisis sign is live
        (_beside_learned)."""
        fired = self.check_rules(question)
        if self._learned is None or (fired and fired[0].urgency == "emergency"):
            return fired
        learned = self.check_learned(question)
        if fired:
            # a lower tier's rule must not hide an emergency only the learned check reads (redteam9
            # A5: "back pain for 2 months, now my legs won't lift properly"): it comes first when
            # P(emergency) passes the soon threshold (`sure` in check_learned; at its own threshold
            # "I fell over in the garden" read as one beside the fall rule); a lower tier adds nothing
            # or when the message without the sentences the rules fired on still reads as one
            if (
                learned
                and learned[0].urgency == "emergency"
                and self._stands_beside(question, fired, learned[0])  # beside_rules.py
            ):
                beside = self._beside_learned(question)
                return [*([] if beside is None else [beside]), *learned, *fired]
            return fired
        beside = self._beside_learned(question) if learned else None
        return learned if beside is None else [beside, *learned]

    def _beside_learned(self, question: str) -> RedFlag | None:
        """The rule's notice that comes first beside a learned notice ('learned.beside': the
        crisis, with the crisis lines) when the question says one of its concepts live ("some
        days hanging myself seems the only way out"): the learned messages speak of the spine."""
        assert self._learned is not None
        spec = self._learned.get("beside")
        if not spec:
            return None
        concepts = frozenset(spec["concepts"])
        live = any(
            m.concept in concepts and not (m.negated or m.past or m.asked or m.general)
            for m in self.mentions(question)
        )
        rule = next((r for r in self._rules if r.flag.id == spec["rule"]), None)
        return rule.flag if live and rule is not None else None

    def check_learned(self, question: str) -> list[RedFlag]:
        """The learned check's notice for a question, whatever notices the rules raise: [] or one
        flag of the most urgent tier whose probability passes its threshold. Silent where the
        rules' reading judged every symptom the question names (an animal's, denied, over, or a
        topic): the check adds what the rules did not recognise, it does not overrule what they
        did."""
        if self._learned is None:
            return []
        read = self._last_read is not None and self._last_read[0] == question
        # in a batch: skip what the check cannot flag (quiet.py), unless the rules just read it
        if self._screening() and not read:
            if self._quiet is None:
                from backcare.engine.safety.quiet import Quiet  # batches only

                self._quiet = Quiet(self, self._learned_net())
            if self._quiet.silent(question):
                return []
        reading = tokens, everyone, animals = self._reading(question)
        mentions = [m for m in everyone if m.concept not in self._parts]  # never trained on
        if len(tokens) <= NET_MAX_WORDS:
            verdict = self._learned_net().judge(self.learned_features(question))
            notices = self._learned_notice(question, tokens, mentions, animals, verdict)
            notices += self._before_follow_up(question, tokens, mentions, animals)
        else:  # a story: what one of its passages raises (passages.py)
            notices = self._passages_notices(question, tokens, mentions, animals)
        if any(n.urgency == "emergency" for n in notices):  # held: signs all denied, the case
            if self._learned_held(tokens, mentions, self._learned_emergency):  # settling, a topic's
                notices = [n for n in notices if n.urgency != "emergency"]
        else:  # a sign told after the asker's denials raises alone (denied.py, safety67)
            notices = notices + self._turned(question, tokens, mentions, animals)
        return self._risk_capped(question, most_urgent(notices), reading)  # risk_only.py

    def _learned_emergency(self, text: str) -> bool:
        """Whether the learned check alone is sure a text is an emergency, as sure as it must be
        of a sign the rules do not know (_learned_notice's `sure`; denied.py)."""
        net = self._learned_net()
        return net.sure_emergency(net.judge(self.learned_features(text)))

    def _learned_notice(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        animals: list[Mention],
        verdict: tuple[str, float] | None,
    ) -> list[RedFlag]:
        """The learned check's verdict on a question (or a window of a long one: its tokens and
        mentions), gated by the rules' judgement of the mentions there."""
        if verdict is None:
            return []
        tier, probability = verdict
        if tier == "emergency" and plain_pain(tokens, [*mentions, *animals]):
            return []  # plain pain told, no sign the guidance names (plain.py)
        people = [m for m in mentions if m.concept not in self._background]
        if any(m.asked for m in people):
            # a general question about a sign, no one's report (_asked): no notice, at any tier;
            # the pointer names the more urgent of the rules' tier and this one
            known = self._last_pointer[1] if self._last_pointer[0] == question else None
            if known is None or URGENCIES.index(tier) < URGENCIES.index(known):
                self._last_pointer = (question, tier)
            return []
        judged = self._judged(mentions, animals)
        # every symptom the rules recognised is judged (an animal's, denied, over, a topic):
        # below an emergency that judgement stands. An emergency is raised even so when the check
        # is as sure of it as it must be of any flag (P(emergency) passes the soon threshold, not
        # only the lower emergency one, which moves tiers): the symptom it reacts to may be one
        # the rules did not know ("My dog can't walk. Squeezing behind my breastbone"), and a miss
        # costs more than a false alarm
        settled = self._settled(mentions, judged)
        sure = self._learned_net().sure_emergency(verdict)
        # but not when every sign judged is an animal's or someone else's that is over ("My cat
        # can't pee", "my son couldn't pee last week, he's fine") and the asker speaks of
        # themselves only beside them: no sign of the asker's is left for the check to add
        pets = [m for m in animals if m.concept not in self._background]
        signs = [m for m in people if m.concept in self._symptoms and m.concept not in self._story]
        theirs = all(m.other and (m.past or m.resolved) for m in signs)
        beside = {m.sentence for m in judged}
        if sure and theirs and all(t.sentence in beside for t in tokens if t.surface in self._self):
            sure = not (pets or signs)
        # signs the asker denied as a report's ("The leaflet lists ... I have none of them")
        # are theirs to deny: no certainty of the check's overrules that (probe 156), whatever
        # words of no sign stand beside (an age, a cause: red flags 34's "None of these. Just a
        # stiff back from the allotment ... I'm 38" left the leaflet's list unsettled)
        disowned = any(m.disowned for m in people) and all(
            m.disowned or m.concept not in self._symptoms for m in people
        )
        settled = settled or (disowned and self._settled(signs, judged))
        if settled and (not sure or disowned):
            return []
        assert self._learned is not None  # check_learned reads only with a learned check
        message = str(self._learned["messages"][tier])
        return [RedFlag(str(self._learned["id"]), tier, message, action_text(tier), probability)]

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
        fired = self._fired(screen_told(question, mentions), self._trailing_asked(tokens, mentions))
        if not fired and any(m.asked for m in mentions):
            # what the signs asked about would raise, were they someone's now: the pointer's tier
            told = [m._replace(asked=False, general=False) for m in mentions]
            named = self._fired(told)
            self._last_pointer = (question, named[0].urgency if named else None)
        return fired

    def _fired(self, mentions: list[Mention], asked: Asked | None = None) -> list[RedFlag]:
        """The rules' flags for a question's judged mentions, most urgent first."""
        told, others_spine, pain_denied, others_denied = back_trouble(mentions)
        by_concept: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.negated and not m.asked:
                by_concept.setdefault(m.concept, []).append(m)
        present = by_concept.keys()
        candidates = {n for combo, n in self._combos if combo <= present}
        fired: list[int] = []
        for n in sorted(candidates):
            rule = self._rules[n]
            if rule.unless_pain_denied and pain_denied:
                continue
            if self._fires(
                rule, by_concept, *told[rule.pain_only], others_spine, others_denied, asked
            ):
                fired.append(n)
        # a cause explains a sign only with no sign of its family told beside it (review13 F8)
        ids = {self._rules[n].flag.id for n in fired}
        fired += [
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
        return [self._rules[n].flag for n in sorted(fired)]

    def _screening(self) -> bool:
        """Whether the quick exits are used (QUICK_AFTER, QUICK_AFTER_READY)."""
        after = QUICK_AFTER if self._ready_screen is None else QUICK_AFTER_READY
        return self._checks > after

    def _may_fire(self, question: str) -> bool:
        """Whether some rule could fire: every concept of one of its combinations has a phrase
        found in the question (screen.py). Reading a question costs ~0.1-1 ms; this costs a
        few microseconds, and most questions of a batch stop here. It considers a superset of
        what the full reading finds (senses, negations and causes only remove), so it never
        hides a flag."""
        return bool(self._built_screen().may_fire(question))

    def _built_screen(self) -> Any:  # screen.Screen, built once (never asked about an empty text)
        if self._screen is None:
            from backcare.engine.safety.screen import Screen  # batches only

            self._screen = Screen(self)
        return self._screen

    def goes_on_to_call(self, word: str) -> bool:
        """Whether a phrase of a rule with its own call (the crisis lines) may go on after `word`
        (screen.py): a batch reads a line with the one before it for the crisis (cli/wrapped.py)."""
        return bool(self._built_screen().goes_on_to_call(word))

    def check_calls(self, question: str) -> list[RedFlag]:
        """check_rules' flags when a rule with its own call may fire (screen.py may_call), else
        none: a batch reads a line with the one before it for the crisis alone (cli/wrapped.py)."""
        return self.check_rules(question) if self._built_screen().may_call(question) else []

    def _combos_within(self, concepts: set[str]) -> set[str]:
        """The concepts of the rules' combinations that these concepts hold in full."""
        within: set[str] = set()
        by = self._combos_by
        for c in concepts:
            for combo in by.get(c, ()):
                if combo <= concepts:
                    within |= combo
        return within

    def _requirements(self) -> Requirements:
        """What each phrase cannot be found without (the quick exits' index): as loaded with
        these tables (`_ready_requirements`), or built when first needed."""
        if self._required is None:
            ready = self._ready_tables()
            self._required = ready[0] if ready is not None else self.build_requirements()
        return self._required

    def _ready_tables(self) -> tuple[Requirements, SenseGroups] | None:
        """The quick exits' tables as loaded with these (_ready_screen), or None."""
        return None if self._ready_screen is None else self._ready_screen()

    def build_requirements(self) -> Requirements:
        """What each phrase cannot be found without, read from the vocabulary (30-80 ms: the
        snapshot keeps it, store/snapshot.py)."""
        weak = self._self | self._fillers | self._negations | self._joiners | self._breakers
        weak |= self._stopwords | self._background_words
        return self._index.requirements(frozenset(stem(w) for w in weak))

    def _read_word(self, token: Token) -> WordReading:
        """A token read as check() reads it (typo-corrected, a number word's value): what
        correction changed (surface, stem, number, alternatives; None when nothing), its stems,
        and the phrases indexed by it with their concepts. Kept in _word_reading by surface."""
        if len(self._word_reading) >= WORD_MEMO_SIZE:
            self._word_reading.clear()  # a bound for long-running batches of ever new words
        required = self._requirements()
        fixed = self._correct(token)
        phrases = required.phrases(fixed)
        labels = frozenset(required.needs[n][0] for n in phrases)
        changed = (fixed.surface, fixed.stem, fixed.number, fixed.alt)
        same = changed == (token.surface, token.stem, token.number, token.alt)
        reading = None if same else changed, (fixed.stem, *fixed.alt), labels, phrases
        self._word_reading[token.surface, token.number is None] = reading
        return reading

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
                if any(all(here in sentences(c) for c in cause) for cause in causes):
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

    def learned_features(self, question: str) -> list[str]:
        """The question's features for the learned check (net.py), read by the rules' reader."""
        tokens, _, _ = self._reading(question)
        concepts = [c for _, c in self._learned_concepts(question)]
        return features(tokens, concepts, self._negations, self._negation_reach)

    def _learned_concepts(self, question: str) -> list[tuple[int, Concept]]:
        """The question's mentions as the learned check's concept features read them, each with
        its first token's position."""
        _, mentions, animals = self._reading(question)
        return [
            (
                m.first,
                Concept(
                    UNTRAINED.get(m.concept, m.concept),
                    m.sentence,
                    "!"
                    if m.negated
                    else "@"
                    if m.other
                    else "^"
                    if m.past or m.resolved
                    else "?"  # named as a topic ("is it true that a fever can come with...")
                    if m.general or m.asked
                    else "",
                ),
            )
            # an animal's symptoms, which the rules set aside, are read as someone else's; the
            # crisis's parts are no features: the model was trained before them; nor are the
            # concepts net.UNTRAINED names (safety27's LONG_STANDING and ACHE_CAUSE among them:
            # a retrain with those lost a catch in held-out 17's fold)
            for m in [*mentions, *animals]
            if m.concept not in self._parts and UNTRAINED.get(m.concept, m.concept)
        ]

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

    def _read(self, question: str) -> Reading:
        raw = list(said(question, self._breakers, self._joiners, self._openers))  # the screen's
        tokens = [self._correct(t) for t in raw]
        candidates = self._live_senses(tokens, self._index.find(tokens, self._fillers))
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
            and any(tokens[q].surface in self._negations for q in f.positions)
            for p in range(f.positions[0], f.positions[-1] + 1)
        }
        written = tokens  # the words as written, for the learned check; whose signs reads owners
        tokens = self._unowned(tokens)  # of things as no one ("the baby's thermometer")
        owners, animals = self._others_positions(tokens, used)
        # the patients of the asker's health or care job: their signs, no one's emergency now
        # (the asker's back told beside them stays the asker's)
        work = self._work_positions(tokens)
        # "this is over" covers its own scope and the one before ("had a fever, all better now")
        past = self._past_positions(tokens, found, PAST, negated)
        resolved = self._past_positions(tokens, found, RESOLVED, negated)
        # "my son couldn't pee last week, he's fine": over for someone else's signs only
        recovered = self._past_positions(tokens, found, RECOVERED, negated)
        # a past episode told at length up to the asker's full recovery ("Two years ago ... numb
        # bum, couldn't pee ... made a full recovery")
        past |= self._recovered_story(tokens, found, negated)
        once, once_past = self._one_off_positions(tokens, found, negated)
        resolved |= once
        past |= once_past
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
        mentions = self._answered_no(tokens, mentions)
        mentions = self._answered_in_sentence(tokens, mentions)
        mentions = self._abilities_lost(tokens, mentions)
        mentions = _denied_before(
            tokens, found, mentions, (self._reported, self._wishes, self._self)
        )
        # an animal's symptoms are no person's ("my dog has a slipped disc and can't walk")
        pets = [m for m in mentions if m.other and m.first in animals]
        mentions = [m for m in mentions if not (m.other and m.first in animals)]
        # "... both legs go numb? Mine just did.": a "mine just" that says yes disclaims nothing
        mentions = [
            m for m in mentions if not (m.concept in self._disclaimers and self._affirms(tokens, m))
        ]
        framed = [f.positions for f in found if f.label in self._framing]
        mentions = self._said_of_self(tokens, mentions)
        hidden = self._sensed_causes(candidates, set(senses), negated)  # causes a sense holds
        mentions = self._spent_legs(self._without_harmless_causes(tokens, mentions, hidden))
        mentions = self._long_standing(tokens, expected(tokens, eased(tokens, mentions)))
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
        mentions = self._pronoun_signs(self._repeated(tokens, self._returned(tokens, mentions)))
        mentions = self._topic_framed(tokens, self._contrasted(tokens, mentions), question)
        mentions = self._retracted(tokens, mentions)  # a denial taken back, in any frame
        mentions = corrected(tokens, mentions, self._symptoms, self._negations)  # corrected.py
        mentions = reply_subjects(tokens, mentions, self._negations)
        garbled = self._garbled(question, raw, tokens, mentions)
        return shown, self._disowned(tokens, found, garbled, self._fired), pets


def load_safety() -> Safety:
    rules = expect_dict(read_json("red_flags.json"), "red_flags.json")
    vocabulary = expect_dict(read_shared_json("safety_vocabulary.json"), "safety_vocabulary.json")
    return Safety(rules, vocabulary)
