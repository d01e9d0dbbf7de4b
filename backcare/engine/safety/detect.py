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

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import product
from typing import Any

from backcare.engine.analyze import common_words, stem
from backcare.engine.safety.flags import URGENCIES, RedFlag, action_text
from backcare.engine.safety.net import Concept, Net, features, load_net
from backcare.engine.safety.reading import (
    Found,
    PhraseIndex,
    Requirements,
    Token,
    normal,
    tokenize,
)
from backcare.engine.spelling import closest_by_ratio
from backcare.engine.tuning import NET_MAX_WORDS, SAFETY_WORD_MEMO
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError, expect_dict, read_bytes, read_json

SENSE_WORD = "~sense~"  # what the learned check reads for a word a sense took (no word has "~")
PAIN = "PAIN"  # the concept of back pain, which some rules need alongside their own
# back trouble in other words than pain ("stiff back", "back's gone tight"): no pain for a rule's
# combination (a tight upper back is no thoracic pain), but back trouble wherever a rule needs some
# (a fever with a stiff back is the fever with back pain of the guidance)
BACK_TROUBLE = "BACK_TROUBLE"
TROUBLES = (PAIN, BACK_TROUBLE)
PAST = "PAST"  # the concept of "this is long over" ("years ago", "when I was a kid")
# "ages ago", "a long time ago": long over in lay words, unless the sentence names a recent time
# ('abstract.recent': "wet myself ages ago in the night") that says what was meant
PAST_LAY = "PAST_LAY"
RESOLVED = "RESOLVED"  # "this has just passed" ("all better now"): no emergency symptom lapses
BACK = "BACK"  # the back itself: "my back is fine" says the person asking is not the patient
SENSE = ""  # the label of a phrase that is an everyday sense of an alarm word
# "..., I don't have any" (ending its clause): denies what the clause before it names
DENIES_BEFORE = "DENIES_BEFORE"
NORMAL_REACH = 4  # "fine"/"normal" negates a body part this many words before it
TYPO_MIN_LENGTH = 5
# Longer words are no typo of the vocabulary's (its longest has 16 letters; letters typed too often
# are undone first): trying each swap of a 100,000-letter word held 10 GB.
TYPO_MAX_LENGTH = 40
TYPO_CUTOFF = 85
TYPO_PREFIX = 2  # a typo keeps the first letters of its word ("feaver" for "fever")
OTHERS_BACK_REACH = 12  # someone else's pain counts as back trouble with the back this near
# report sentences ("My aunt said so.") that may stand between a question and its denial
REPORTS_BETWEEN = 2
COMPARISON_REACH = 4  # a person this soon after "like" is a likeness ("like someone else's")
BIND_GAP = 2  # a body part at most this many words after a symptom is the one it names
MAX_READINGS = 3  # a short typo read as at most this many words ("fel": feel, fell, felt)
SHORT_TYPO_MIN = 3  # shorter words ("pe", "r") are left to the spellings table
_WORD = re.compile(r"[a-z]+")  # data words are ASCII lower case without apostrophes
_REPEATS = re.compile(r"(.)\1+")  # letters typed more than once ("peee", "bumm")
# words whose concepts, corrections and such check() remembers, each memo then starting afresh
WORD_MEMO_SIZE = SAFETY_WORD_MEMO
# check() reads the first questions in full and only then builds its quick exit (~15 ms, which
# a single `ask` would not win back; a batch wins it back within a few hundred questions)
QUICK_AFTER = 20
FRAMING_LEAD = 2  # words before study framing that are its subject ("I'm writing a quiz")


class Rule(NamedTuple):
    flag: RedFlag
    when: tuple[tuple[str, ...], ...]  # combinations of concepts, any of which fires the rule
    sets: tuple[frozenset[str], ...]  # the same combinations as sets
    within: int  # the most words a combination may span
    needs_pain: bool  # risk factors (cancer, steroids) count only with back pain described
    history: bool  # mentions in the past count ("had breast cancer five years ago")
    # concepts that may be named in any sentence, past or present: a history said once ("Had
    # myeloma treatment last year. Now my right leg has gone numb."); the others meet as usual
    anywhere: frozenset[str] = frozenset()
    # per combination, causes that explain it when all their concepts are named in its sentence
    # ("Leg day yesterday and both my legs are sore": EXERCISE + SORE, muscle soreness)
    explained: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...] = ()
    # combinations that count as someone else's told as happening now without their back named,
    # when the asker tells no back pain of their own ("my husband can't pee", "he can't feel his
    # legs"): the losses of function, not leaking or numbness that may be long-standing or talk
    others_now: frozenset[frozenset[str]] = frozenset()
    # with needs_pain: only back pain itself counts, not other back trouble ("stiff", "tight")
    pain_only: bool = False


class Mention(NamedTuple):
    concept: str
    first: int
    last: int
    sentence: int
    negated: bool
    other: bool  # said of someone other than the person asking
    past: bool
    # the body parts a symptom names right after it ("cannot feel my bum"): it goes with those only
    bound: frozenset[str] = frozenset()
    # said to have passed lately ("fine now"): counts still for emergency rules, where a symptom
    # that came and went ("both legs went numb for a few minutes") still needs checking
    resolved: bool = False
    near_back: bool = False  # the back, a disc or sciatica is named within OTHERS_BACK_REACH
    # named as a topic, by no one ("does osteoporosis cause back pain?"): counts for emergency
    # rules only, which a person may ask about in general terms when it is their own
    general: bool = False
    # named in a general question about what a warning sign is, with no report of anyone's
    # current state ("is numbness in the saddle area serious? just curious"): no rule raises a
    # notice on it; check() instead names the tier it would have, for a calm pointer (pointer())
    asked: bool = False


# A word as the quick exits read it (Safety._read_word): what typo correction changed (surface,
# stem, number, alternatives), its stems, and the phrases indexed by it with their concepts
WordReading = tuple[
    tuple[str, str, float | None, tuple[str, ...]] | None,
    tuple[str, ...],
    frozenset[str],
    tuple[int, ...],
]

# A question's reading: its tokens (as the learned check reads them), the judged concept mentions,
# and the mentions set aside as an animal's (the rules drop them; the learned check reads them as
# someone else's)
Reading = tuple[list[Token], list[Mention], list[Mention]]


class Safety:
    """Compiled red-flag rules and vocabulary."""

    def __init__(self, rules: Mapping[str, Any], vocabulary: Mapping[str, Any]) -> None:
        classes = {k: (float(v[0]), float(v[1])) for k, v in vocabulary["numbers"].items()}
        self._fillers = _words(vocabulary["fillers"])
        self._negations = _words(vocabulary["negations"])
        # "nearly", "almost" before an amount say how much, not that it did not happen
        self._approximators = _words(vocabulary["approximators"])
        self._amount_words = _words(vocabulary["amount_words"])  # "a", "half": an amount follows
        # "from nothing to 9": a negation after these starts a range, it denies nothing
        self._range_starts = _words(vocabulary["range_starts"])
        self._events = frozenset(vocabulary["events"])  # what "nearly" can deny ("nearly fell")
        # "feels like someone else's bum": a person named in a comparison is no one described
        self._comparisons = _words(vocabulary["comparisons"])
        # "one of my patients wet herself": after "one of" a person is the subject, no object
        self._partitives = _words(vocabulary["partitives"])
        self._breakers = _words(vocabulary["breakers"])
        self._joiners = _words(vocabulary["joiners"])
        self._openers = _words(vocabulary["self"]) | _words(vocabulary["openers"])
        self._normal = _words(vocabulary["normal"])
        self._spellings = {normal(k): normal(v) for k, v in vocabulary["spellings"].items()}
        self._number_words = {normal(k): float(v) for k, v in vocabulary["number_words"].items()}
        self._self = _words(vocabulary["self"])
        self._others_stems = _stems(vocabulary["others"])
        # people's words are never typos of a symptom ("madre" is no "made")
        self._others_words = _words(vocabulary["others"])
        self._object_cues = _words(vocabulary["object_cues"])
        self._determiners = _words(vocabulary["determiners"])
        self._relatives = _words(vocabulary["relatives"])
        self._proxies = _words(vocabulary["proxies"])
        # "Partner noticed the sheets were wet": a person who reports, not the one described
        self._reporters = _words(vocabulary["reporters"])
        self._subject_verbs = _words(vocabulary["subject_verbs"])
        self._apposition = _words(vocabulary["apposition"])
        self._introductions = _words(vocabulary["introductions"])
        self._intensity = _words(vocabulary["intensity"])
        self._caused_by_others = frozenset(vocabulary["caused_by_others"])
        self._pronouns = _words(vocabulary["pronouns"])
        # "wet himself", "soiled herself": a symptom said with these is someone else's
        self._their_reflexives = _words(vocabulary["their_reflexives"])
        self._animal_stems = _stems(vocabulary["animals"])
        self._back_stems = _stems(vocabulary["back_words"])
        self._region_concepts = frozenset(vocabulary["regions"])
        # "mine is only in both legs": regions that, named in a disclaimer, are the asked alarm
        self._alarm_regions = frozenset(vocabulary["alarm_regions"])
        self._one_side = _words(vocabulary["one_side"])
        # "only a bit", "sort of": a hedge that takes a denial back (phrases of normal words)
        self._taken_back = frozenset(
            " ".join(normal(w) for w in p.split()) for p in vocabulary["taken_back"]
        )
        self._binding = frozenset(vocabulary["binding"])
        self._yielding = frozenset(vocabulary["yielding"])
        self._denied_symptoms = frozenset(vocabulary["yielding_before"])
        self._reported = _words(vocabulary["reported"])  # "said", "leaflet": a DENIES_BEFORE cue
        self._wishes = _words(vocabulary["wishes"])  # "hope", "pray": no denial follows them
        # "fine now after last week's spasm": what follows a "this is over" phrase is over too
        self._over_after = _words(vocabulary["over_after"])
        self._unexplained = frozenset(vocabulary["unexplained"])  # no cause beside these
        # concepts whose harmless cause holds only while the question is not live ("can't walk
        # far because my back is tight" is explained; "... so stiff, please help" is not)
        kept_live = vocabulary["kept_live"]
        self._kept_live = {n: frozenset(c) for n, c in kept_live["causes"].items()}
        self._kept_live_words = _words(kept_live["words"])
        # its time words ("now", "today"): live beside a cause, but beside a lay "ages ago" the
        # contrast they mark says the rest is over ("had covid ages ago and was fine, now ...")
        self._kept_live_timing = _words(kept_live["timing"])
        # idioms holding a live word that say nothing is live ("my back aches now and then")
        self._kept_live_idioms = frozenset(
            " ".join(normal(w) for w in i.split()) for i in kept_live["idioms"]
        )
        self._kept_live_story = frozenset(kept_live["story"])
        # safety's own stop words: the matcher's (data/stopwords.txt) change with its ranking
        self._stopwords = _words(vocabulary["stopwords"])
        abstract = vocabulary["abstract"]
        self._items = frozenset(abstract["items"])
        self._framing = frozenset(abstract["framing"]) | self._items
        self._generic = frozenset(abstract["generic"])
        # "Happened after a shift", "having both", "what's going on": an occurrence told
        self._occurring = frozenset(
            " ".join(normal(w) for w in p.split()) for p in abstract["occurring"]
        )
        self._story = frozenset(abstract["story"])
        self._happening = _words(abstract["happening"])  # "now": a symptom stated as happening
        self._general_cues = frozenset(abstract["general"]) | frozenset(abstract["topics"])
        self._topics = frozenset(abstract["topics"])  # "does X cause back pain?"
        self._disclaimers = frozenset(abstract["disclaimers"])  # "I feel fine", "mine's only"
        self._one_off = frozenset(abstract["one_off"])  # "nothing since", "just a one-off"
        # cues of a general question about a sign ("just curious", "what does ... mean", "in a
        # novel"), beside the general, generic, topic and study ones
        self._asking = frozenset(abstract["asking"]) | self._general_cues | self._framing
        # a general question about a sign becomes a pointer only with one of these: "is it
        # serious if you can't pee?" or "what does it mean when ..." is how a frightened person
        # asks about their own, and keeps the notice
        self._distancing = frozenset(abstract["distancing"])
        # a plea, fear, hurry or care being sought: the question is about a live situation
        self._live = _words(abstract["live"])
        self._asking |= self._generic
        self._settings = frozenset(abstract["settings"])  # a story's or a class's people
        # cues that introduce a symptom after them in their clause ("a novel where the hero goes
        # numb"); study framing does not ("cramming for my exam and both legs went numb")
        self._leads = frozenset(abstract["leads"])
        self._question_words = _words(abstract["question_words"])  # "is", "why", "does"
        # "What does saddle numbness mean? I don't have it": only a definition or curiosity cue
        # lets the asker disown a question's signs, only by "I" with "have" or "got" ("I don't
        # get it" is "I don't understand")
        self._disowning = frozenset(abstract["disowning"])
        self._disowning_verbs = _words(abstract["disowning_verbs"])
        self._disowning_subjects = _words(abstract["disowning_subjects"])
        # a denial naming the sign may say "get" too ("I don't get night sweats")
        self._disowning_sign_verbs = _words(abstract["disowning_sign_verbs"])
        # "I'm fine" is no denial of a sign (a red-team found curiosity words and wellness in
        # frightened questions); "mine is just the left calf", "I've got nothing like that" are
        self._wellness_words = _words(abstract["wellness_words"])
        self._recent = frozenset(abstract["recent"])  # "this morning", "for hours", "3 am"
        self._generic_people = _words(abstract["generic_people"])  # "someone", "people"
        accidents = vocabulary["accidents"]  # "had a little accident - spilled coffee"
        self._accident_concepts = frozenset(accidents["concepts"])
        self._accident_words = _words(accidents["words"])
        self._accident_told = _stems(accidents["told"])
        self._accident_not_told = frozenset(tuple(_WORD.findall(p)) for p in accidents["not_told"])
        self._toilet_words = _stems(accidents["toilet_words"])
        self._accident_reach = int(accidents["reach"])
        # back pain's own words are in most questions: a poor word to require of a phrase
        self._background_words = frozenset(
            normal(option)
            for name in vocabulary["background"]
            for text in vocabulary["concepts"][name]["phrases"]
            for option in _WORD.findall(text)
        )
        # framing words are read beside the symptoms like back pain, so they never hide one
        self._background = frozenset(vocabulary["background"]) | self._framing | self._generic
        self._background |= self._general_cues | self._disclaimers | self._asking
        self._required: Requirements | None = None  # built when check() first needs it
        self._checks = 0
        self._negation_reach = int(vocabulary["negation_reach"])
        self._pain_negation_reach = int(vocabulary["pain_negation_reach"])
        self._unless = {n: tuple(c.get("unless", ())) for n, c in vocabulary["concepts"].items()}
        texts = [(n, t) for n, c in vocabulary["concepts"].items() for t in c["phrases"]]
        texts += [(SENSE, text) for text in vocabulary["senses"]]
        self._index = PhraseIndex(texts, classes)
        # every word of the phrases (and, harmlessly, prefix stems like "tingl" and number class
        # names): what a typo may be corrected to. One regex over the joined text is cheapest.
        self._joined = " ".join(text for _, text in texts)
        self._surfaces = frozenset(_WORD.findall(self._joined))
        # what a typo may be read as: not initials ("tra" is no "rta", a road accident: an edit of
        # two or three letters is as likely any other set of letters as these)
        self._typo_targets = self._surfaces - frozenset(vocabulary.get("initials", ()))
        # vocabulary words long enough to correct, per first letters, each when a typo needs it
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        # per word as written: its stems and the phrases indexed by it (after typo correction).
        # Bounded; lets check() skip a question no rule can fire on (most of a batch)
        self._word_reading: dict[tuple[str, bool], WordReading] = {}
        self._screen: Any = None  # the rules' quick exit (screen.Screen), made for a batch
        # the surfaces' stems by first letter, each letter's when a word starting with it needs it
        self._known_stems: dict[str, frozenset[str]] = {}
        self._corrections: dict[str, tuple[str, ...]] = {}
        order = {u: i for i, u in enumerate(URGENCIES)}
        compiled = [_rule(raw, rules["within"]) for raw in rules["rules"]]
        known = set(vocabulary["concepts"])
        causes = {
            c.lstrip("*~!")
            for spec in vocabulary["concepts"].values()
            for c in spec.get("unless", ())
        }
        if causes - known:
            raise ValueError(f"'unless' names unknown concepts {sorted(causes - known)}")
        kept = set(self._kept_live) | self._kept_live_story | set(vocabulary["context"])
        kept |= {c for causes in self._kept_live.values() for c in causes}
        if kept - known:
            raise ValueError(
                f"'kept_live' or 'context' names unknown concepts {sorted(kept - known)}"
            )
        if self._events - known:
            raise ValueError(f"'events' names unknown concepts {sorted(self._events - known)}")
        for rule in compiled:
            missing = ({c for combo in rule.when for c in combo} | rule.anywhere) - known
            missing |= {
                c for _, causes in rule.explained for cause in causes for c in cause
            } - known
            if any(combo not in rule.sets for combo, _ in rule.explained):
                raise DataError(
                    f"red_flags.json: rule {rule.flag.id} explains a combination it lacks"
                )
            if missing:
                raise ValueError(f"rule {rule.flag.id} names unknown concepts {sorted(missing)}")
            for combo in rule.sets:
                if not combo - self._background:
                    # the quick exit indexes a combination by a concept of its own (not back
                    # pain or framing), and such a rule would fire on most questions
                    raise DataError(
                        f"red_flags.json: rule {rule.flag.id} has a combination of background"
                        f" concepts only ({' + '.join(sorted(combo))})"
                    )
        self._rules = sorted(compiled, key=lambda r: order[r.flag.urgency])  # stable: file order
        self._learned = _learned(rules.get("learned"), set(rules["sources"]))
        self._net: Net | None = None  # the learned check's model, read when first needed
        self._quiet: Any = None  # its quick exit (quiet.Quiet), made when a batch needs it
        self._last_read: tuple[str, Reading] | None = None
        # the last question the rules checked, with the tier of the signs it names in general
        self._last_pointer: tuple[str, str | None] = ("", None)
        self._combos = [(combo, n) for n, rule in enumerate(self._rules) for combo in rule.sets]
        # what the rules are made of, back pain aside: what a question can tell of a person
        self._symptoms = {c for combo, _ in self._combos for c in combo} - self._background
        # the emergency rules' concepts: a sense hiding one gives way to a live sign (_live_senses)
        self._emergency_concepts = (
            frozenset(
                c
                for r in self._rules
                if r.flag.urgency == "emergency"
                for combo in r.sets
                for c in combo
            )
            - self._background
        )
        self._bound_signs = frozenset(vocabulary["bound_signs"])
        self._sense_vetoes = frozenset(
            " ".join(normal(w) for w in p.split()) for p in vocabulary["sense_vetoes"]
        )
        # the combinations by one concept of theirs that is not back pain, for _any_combo
        self._combos_by: dict[str, list[frozenset[str]]] = {}
        for combo, _ in self._combos:
            key = min(combo - self._background)
            self._combos_by.setdefault(key, []).append(combo)

    def validate(self) -> None:
        """Check every phrase of the vocabulary (they are otherwise compiled on first use) and
        the learned check's model file."""
        self._index.validate()
        if self._learned is not None:
            self._learned_net()

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
        a rule's notice."""
        fired = self.check_rules(question)
        if fired or self._learned is None:
            return fired
        return self.check_learned(question)

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
        if self._checks > QUICK_AFTER and not read:
            if self._quiet is None:
                from backcare.engine.safety.quiet import Quiet  # batches only

                self._quiet = Quiet(self, self._learned_net())
            if self._quiet.silent(question):
                return []
        tokens, mentions, animals = self._reading(question)
        if len(tokens) > NET_MAX_WORDS:
            return []  # a pasted page, not a description: its sum of features means nothing
        verdict = self._learned_net().judge(self.learned_features(question))
        if verdict is None:
            return []
        tier, probability = verdict
        people = [m for m in mentions if m.concept not in self._background]
        if any(m.asked for m in people):
            # a general question about a sign, no one's report (_asked): no notice, at any tier;
            # the pointer names the more urgent of the rules' tier and this one
            known = self._last_pointer[1] if self._last_pointer[0] == question else None
            if known is None or URGENCIES.index(tier) < URGENCIES.index(known):
                self._last_pointer = (question, tier)
            return []
        judged = [*people, *(m for m in animals if m.concept not in self._background)]
        # every symptom the rules recognised is judged (an animal's, denied, over, a topic):
        # below an emergency that judgement stands. An emergency is raised even so when the check
        # is as sure of it as it must be of any flag (P(emergency) passes the soon threshold, not
        # only the lower emergency one, which moves tiers): the symptom it reacts to may be one
        # the rules did not know ("My dog can't walk. Squeezing behind my breastbone"), and a miss
        # costs more than a false alarm
        settled = judged and all(m.negated or m.past or m.resolved or m.general for m in people)
        sure = tier == "emergency" and probability >= self._learned_net().thresholds["soon"]
        if settled and not sure:
            return []
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
        if self._checks > QUICK_AFTER and not self._may_fire(question):
            return []
        mentions = self.mentions(question)
        if not mentions:
            return []
        fired = self._fired(mentions)
        if not fired and any(m.asked for m in mentions):
            # what the signs asked about would raise, were they someone's now: the pointer's tier
            told = [m._replace(asked=False, general=False) for m in mentions]
            named = self._fired(told)
            self._last_pointer = (question, named[0].urgency if named else None)
        return fired

    def _fired(self, mentions: list[Mention]) -> list[RedFlag]:
        """The rules' flags for a question's judged mentions, most urgent first."""
        trouble = [
            m
            for m in mentions
            if m.concept in TROUBLES and not m.negated and not m.past and not m.resolved
        ]
        # someone else's symptoms count when the question describes that person's back pain or
        # back trouble now: they are the one who needs help ("my husband did his back in and his
        # foot slaps the floor"), whether or not the asker's back hurts too. Their risk factors or
        # symptoms without back trouble of theirs ("my mum had cancer and I lift her") do not.
        self_fine = any(m.concept == BACK and m.negated and not m.other for m in mentions)
        # their pain must be their back's ("he hurt his elbow" is not back trouble); "my tummy
        # hurts, back is fine": no back pain. Per rule: back trouble of any kind, or pain proper
        # for a rule whose sign is the pain itself (a stiff back in the morning is no night pain)
        told: dict[bool, tuple[bool, bool]] = {}
        for pain_only in (False, True):
            pain = [m for m in trouble if m.concept == PAIN or not pain_only]
            told[pain_only] = (
                any(not m.other for m in pain) and not self_fine,
                any(m.other and m.near_back for m in pain),
            )
        by_concept: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.negated and not m.asked:
                by_concept.setdefault(m.concept, []).append(m)
        present = by_concept.keys()
        candidates = {n for combo, n in self._combos if combo <= present}
        fired = []
        for n in sorted(candidates):
            rule = self._rules[n]
            if self._fires(rule, by_concept, *told[rule.pain_only]):
                fired.append(rule.flag)
        return fired

    def _may_fire(self, question: str) -> bool:
        """Whether some rule could fire: every concept of one of its combinations has a phrase
        found in the question (screen.py). Reading a question costs ~0.1-1 ms; this costs a
        few microseconds, and most questions of a batch stop here. It considers a superset of
        what the full reading finds (senses, negations and causes only remove), so it never
        hides a flag."""
        if self._screen is None:
            from backcare.engine.safety.screen import Screen  # batches only

            self._screen = Screen(self)
        return bool(self._screen.may_fire(question))

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
        """What each phrase cannot be found without (the quick exits' index), built when first
        needed."""
        if self._required is None:
            weak = self._self | self._fillers | self._negations | self._joiners | self._breakers
            weak |= self._stopwords | self._background_words
            self._required = self._index.requirements(frozenset(stem(w) for w in weak))
        return self._required

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
    ) -> bool:
        said_in: dict[str, set[int]] = {}

        def sentences(concept: str) -> set[int]:
            """The sentences a concept is named in (once per concept, not per choice)."""
            if concept not in said_in:
                said_in[concept] = {m.sentence for m in by_concept.get(concept, ())}
            return said_in[concept]

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
                        rule.history
                        or c in rule.anywhere
                        or not (m.past or (m.resolved and rule.flag.urgency != "emergency"))
                    )
                ]
                for c in combo
            ]
            for chosen in _may_meet(combo, options, rule.anywhere, rule.within):
                near = [m for c, m in zip(combo, chosen, strict=True) if c not in rule.anywhere]
                if len({m.sentence for m in near}) != 1:
                    continue
                if max(m.last for m in near) - min(m.first for m in near) > rule.within:
                    continue
                here = near[0].sentence
                if any(all(here in sentences(c) for c in cause) for cause in causes):
                    continue  # explained by a cause named beside it
                if rule.anywhere and len({m.other for m in chosen}) != 1:
                    continue  # "my mum had cancer" and my leg is numb: not one person's history
                if any(
                    m.bound and not m.bound.issuperset(self._region_concepts.intersection(combo))
                    for m in chosen
                ):
                    continue  # a symptom bound to another body part than the combination's
                mine = any(not m.other for m in chosen)
                if not mine and not (
                    others_pain or rule.anywhere or _happening(rule, combo, chosen, self_pain)
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
        tokens, mentions, animals = self._reading(question)
        concepts = [
            Concept(
                m.concept,
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
            )
            # an animal's symptoms, which the rules set aside, are read as someone else's
            for m in [*mentions, *animals]
        ]
        return features(tokens, concepts, self._negations, self._negation_reach)

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
        tokens = [
            self._correct(t)
            for t in tokenize(question, self._breakers, self._joiners, self._openers)
        ]
        candidates = self._live_senses(tokens, self._index.find(tokens, self._fillers))
        ambiguous = {i for i, t in enumerate(tokens) if t.alt}  # typos with several readings
        found = self._select([f for f in candidates if f.label not in self._background], ambiguous)
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
        found = self._lay_past(tokens, found)
        negated = self._negated_positions(tokens, used)
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
        owners, animals = self._others_positions(tokens, used)
        # "this is over" covers its own scope and the one before ("had a fever, all better now")
        past = self._past_positions(tokens, found, PAST, negated)
        resolved = self._past_positions(tokens, found, RESOLVED, negated)
        once, once_past = self._one_off_positions(tokens, found, negated)
        resolved |= once
        past |= once_past
        mentions = []
        for f in found:
            if f.label in (SENSE, PAST, RESOLVED, DENIES_BEFORE) or f.label in self._one_off:
                continue
            first, last = f.positions[0], f.positions[-1]
            said_of_self = any(tokens[p].surface in self._self for p in f.positions)
            if said_of_self and first in owners and f.label in self._caused_by_others:
                continue  # "my baby keeps me up at night": the baby does it, no pain does
            mentions.append(
                Mention(
                    f.label,
                    first,
                    last,
                    tokens[first].sentence,
                    (
                        denied_inside.issuperset(f.positions)
                        or any(p in negated_pain for p in f.positions)
                        if f.label in self._background
                        else any(p in negated for p in f.positions)
                        or (f.label in self._events and any(p in near_misses for p in f.positions))
                    ),
                    # "laid up with his back": a phrase naming the other person is theirs
                    (
                        first in owners
                        or any(t.stem in self._others_stems for t in tokens[first:last])
                        or any(tokens[p].surface in self._their_reflexives for p in f.positions)
                    )
                    and not said_of_self,
                    first in past,
                    resolved=first in resolved,
                )
            )
        mentions = [m for m in mentions if not self._accident_explained(tokens, m)]
        backs = [  # where the back is named, not denied ("nothing to do with backs")
            p
            for p in [i for i, t in enumerate(tokens) if t.stem in self._back_stems]
            + [m.first for m in mentions if m.concept in (BACK, "HIGH_BACK")]
            if p not in negated
        ]
        backs.sort()
        mentions = [
            m._replace(near_back=_any_within(backs, m.first, OTHERS_BACK_REACH))
            if m.concept in TROUBLES
            else m
            for m in mentions
        ]
        mentions = self._after_normal(tokens, used, _own_overlaps(mentions, tokens, self._self))
        mentions = _denied_before(
            tokens, found, mentions, (self._reported, self._wishes, self._self)
        )
        # an animal's symptoms are no person's ("my dog has a slipped disc and can't walk")
        pets = [m for m in mentions if m.other and m.first in animals]
        mentions = [m for m in mentions if not (m.other and m.first in animals)]
        framed = [f.positions for f in found if f.label in self._framing]
        mentions = self._bind(tokens, self._without_harmless_causes(tokens, mentions))
        mentions = self._abstract(tokens, framed, mentions)
        cued = [f.positions for f in found if f.label in self._general_cues]
        asking = [f.positions for f in found if f.label in self._asking]
        # the learned check reads the words as the rules understood them: a word a sense took
        # ("I'm a Cancer" the star sign, "Fever-Tree") is that sense, not the symptom's word
        sensed = set(senses)  # the words senses hold
        shown = [
            t._replace(surface=SENSE_WORD, stem=SENSE_WORD) if i in sensed else t
            for i, t in enumerate(tokens)
        ]
        mentions = self._in_general(tokens, cued, mentions)
        mentions = self._asked(tokens, asking, mentions)
        return shown, self._disowned(tokens, found, mentions), pets

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
        surfaces = [t.surface for t in tokens]
        spans: dict[int, list[int]] = {}  # sentence -> [first, last]
        for k, t in enumerate(tokens):
            spans.setdefault(t.sentence, [k, k])[1] = k
        vetoed: dict[int, set[int]] = {}  # sentence -> starts of a veto phrase, with its end
        ends: dict[int, int] = {}
        gone = set()
        for n, f in enumerate(senses):
            held = set(f.positions)
            last = f.positions[-1]
            if held & bound and any(
                tokens[k].clause == tokens[last].clause and tokens[k].stem in self._back_stems
                for k in range(last + 1, min(len(tokens), last + BIND_GAP + 3))
            ):
                gone.add(n)
                continue
            if not held & alarm:
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
        if not gone:
            return candidates
        dropped = [senses[n] for n in gone]
        return [f for f in candidates if not any(f is g for g in dropped)]

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

    def _disowned(
        self, tokens: list[Token], found: list[Found], mentions: list[Mention]
    ) -> list[Mention]:
        """ "What does saddle numbness mean? I don't have it": the asker's own denial after a
        question denies that question's symptoms. Three kinds of denial:
        - a denial ending its clause ('DENIES_BEFORE': "I don't have it", "I haven't got
          either"), the asker's own with have or got ('disowning_subjects' and
          'disowning_verbs'; "I don't get it" is "I don't understand"): every sign asked;
        - the asker's denial naming the sign ("I don't have a temperature", "I haven't got a
          fever"): a denied mention in a clause of I with have or got and a negation, and no
          live sign in its sentence: that sign only ("... I don't have a fever" leaves a bladder
          loss asked about as it was);
        - the asker limiting or denying their own case in a 'disclaimers' phrase ("mine is just
          the left calf", "I've got nothing like that"): every sign asked. Wellness alone ("I'm
          fine", 'wellness_words') is none: a frightened person may write "just curious, I'm
          fine" (the red-team principle: curiosity words keep the notice).
        The question is the sentence before the denial's, or before report sentences that name
        no sign ("My aunt said so.", "Read it online."). A definition or curiosity cue
        ('disowning': "what does ... mean", "just curious") is in the question, the denial's
        sentence or between; the question says nothing of the asker (I, me, my) nor of anyone
        else (he, his, my husband: their report). A question word alone is no such cue ("Why are
        both legs numb? I haven't got it"). The denial's sentence names no live sign of its own
        and no tag follows the denial ("I don't have it, do I?"). For the second and third kind
        every sign disowned is also asked: its clause opens as a question ("is ...", "can ...")
        or follows a definition or curiosity cue, so "can't pee, is that bad? just curious, I'm
        fine" keeps its notice. A live situation anywhere keeps every notice: a plea, fear, hope
        or hurry ('live', 'wishes': "I hope I don't have it"), "now", a time course ("since this
        morning"), a recent time or a duration ('recent': "for hours", "last night") or any
        number ("since 3am", "for two days"). "I don't have it all the time" and "I don't think I
        have it" are no denial (the phrase must end its clause)."""
        live = self._live | self._happening | self._wishes
        if (
            # any number but "one" ("sciatica in one leg" counts nothing)
            any(t.surface in live or (t.number is not None and t.surface != "one") for t in tokens)
            or any(m.concept in self._story and not m.negated for m in mentions)
            or any(f.label in self._recent for f in found)
        ):
            return mentions
        # per sentence, its words: read once, not per denial (a long question may hold many)
        sentences: dict[int, list[Token]] = {}
        for token in tokens:
            sentences.setdefault(token.sentence, []).append(token)
        # denials as (first, last, the concept denied or None for every sign asked, strict):
        # a strict one needs each disowned sign asked as a question
        denials: list[tuple[int, int, str | None, bool]] = [
            (f.positions[0], f.positions[-1], None, False)
            for f in found
            if f.label == DENIES_BEFORE
        ]
        # per clause, its words (read once: a long question may hold many denials)
        clause_words: dict[int, list[tuple[int, str]]] = {}
        for k, t in enumerate(tokens):
            clause_words.setdefault(t.clause, []).append((k, t.surface))
        for m in mentions:
            if m.concept in self._disclaimers and not m.negated:
                words = {tokens[p].surface for p in range(m.first, m.last + 1)}
                # the asker's own ("mine is just ...", not "they're fine"), and more than wellness
                if words & self._self and not words & self._wellness_words:
                    denials.append((m.first, m.last, None, True))
            elif m.concept in self._symptoms and m.negated and not m.other:
                # "I don't have | a temperature"
                before = [w for k, w in clause_words[tokens[m.first].clause] if k < m.first]
                if (
                    set(before) & self._disowning_subjects
                    and set(before) & self._disowning_sign_verbs
                    and set(before) & self._negations
                ):
                    denials.append((m.first, m.last, m.concept, True))
        if not denials:
            return mentions
        # sentences telling a live sign ("I don't have a temperature, but I wet myself")
        # (a body part alone tells nothing: "mine is only in my right buttock")
        telling = {
            m.sentence
            for m in mentions
            if m.concept in self._symptoms
            and m.concept not in self._region_concepts
            and not m.negated
        }
        # a disclaimer narrows the asker's case, it does not deny it: "mine is only in both
        # legs", "mine is on both sides of my bum" tell the asked alarm's own region
        # (one side named, "mine is only in my right buttock", narrows it away from the alarm)
        one_side = {t.sentence for t in tokens if t.surface in self._one_side}
        narrowing = {
            m.sentence
            for m in mentions
            if m.concept in self._alarm_regions and not m.negated and m.sentence not in one_side
        }
        # and any sign, denied or not: the first kind's sentence names none
        naming = {m.sentence for m in mentions if m.concept in self._symptoms}
        cued = {tokens[g.positions[0]].sentence for g in found if g.label in self._disowning}
        # anyone else named, in the question or beside the denial ("I haven't got it, my
        # husband has"): someone's own signs told
        others = {
            t.sentence
            for t in tokens
            if t.stem in self._others_stems or t.surface in self._their_reflexives
        }
        told = others | {t.sentence for t in tokens if t.surface in self._self}
        surfaces = [t.surface for t in tokens]
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        disowned: dict[int, set[str] | None] = {}  # asked sentence -> concepts (None: all)
        for first, last, concept, strict in denials:
            here = tokens[first].sentence
            # back over report sentences naming no sign ("My aunt said so.") to the question
            asked_at = here - 1
            while (
                asked_at > max(0, here - 1 - REPORTS_BETWEEN)
                and asked_at not in naming
                and any(t.surface in self._reported for t in sentences.get(asked_at, []))
            ):
                asked_at -= 1
            asked = sentences.get(asked_at, [])
            after = last + 1
            words = {tokens[p].surface for p in range(first, last + 1)}
            subject = {tokens[p].surface for p in range(max(0, first - 1), after)}
            if (
                not asked
                or asked_at not in naming
                or here in telling
                or (concept is None and not strict and here in naming)
                or asked_at in told
                # anyone else named after the question: their case, told (a red-team finding:
                # "I don't have it. My husband does.")
                or any(s in others for s in range(here, tokens[-1].sentence + 1))
                or (strict and concept is None and here in narrowing)
                # a hedge after the denial takes it back ("I don't have either. Only a bit.",
                # "mine is just a bit of leaking"): the denial must be the asker's last word
                or self._hedged(surfaces, first)
                or (not strict and not words & self._disowning_verbs)
                or (not strict and not subject & self._disowning_subjects)
                or not cued & set(range(asked_at, here + 1))
                or (
                    after < len(tokens)
                    and tokens[after].sentence == here
                    and tokens[after].surface in self._question_words
                )
            ):
                continue
            if strict and not self._all_asked(tokens, by_sentence.get(asked_at, []), concept):
                continue
            if concept is None or disowned.get(asked_at, set()) is None:
                disowned[asked_at] = None
            else:
                disowned.setdefault(asked_at, set()).add(concept)  # type: ignore[union-attr]
        if not disowned:
            return mentions
        return [
            m._replace(negated=True)
            # a sign asked about in general keeps its pointer (_asked)
            if m.sentence in disowned
            and m.concept not in TROUBLES
            and not m.asked
            and (disowned[m.sentence] is None or m.concept in (disowned[m.sentence] or ()))
            else m
            for m in mentions
        ]

    def _hedged(self, surfaces: list[str], first: int) -> bool:
        """Whether a 'taken_back' hedge ("a bit", "sort of", "kind of") follows position
        `first`: a denial or disclaimer with one after it says yes, a little."""
        return any(
            " ".join(surfaces[k : k + size]) in self._taken_back
            for k in range(first, len(surfaces))
            for size in (1, 2, 3)
        )

    def _all_asked(self, tokens: list[Token], mentions: list[Mention], concept: str | None) -> bool:
        """Whether every sign of `mentions` (one sentence's; of `concept`, when given) that a
        denial would disown is asked as a question: its clause opens with a question word ("is a fever with
        back pain serious?") or a definition or curiosity cue comes before it in its clause
        ("what does it mean if ... weight loss")."""
        cues = [m for m in mentions if m.concept in self._disowning and not m.negated]
        for m in mentions:
            if m.concept not in self._symptoms or m.negated:
                continue
            if concept is not None and m.concept != concept:
                continue
            clause = tokens[m.first].clause
            start = next(
                k for k in range(m.first, -1, -1) if k == 0 or tokens[k - 1].clause != clause
            )
            if tokens[start].surface in self._question_words:
                continue
            if any(tokens[g.first].clause == clause and g.first <= m.first for g in cues):
                continue
            return False
        return True

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

    def _told_live(self, tokens: list[Token]) -> bool:
        """Whether the question is about a live situation, whatever cue frames it: a "now" word
        ("numb bum now") or a plea, fear, hurry or care being sought ("please help", "ambulance")."""
        return any(t.surface in self._happening or t.surface in self._live for t in tokens)

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
        if not cues or self._told_live(tokens):
            return mentions
        if self._occurrence_told(tokens, asking):
            return mentions  # "Physio student: ...? Happened after a shift." (a red-team finding)
        if not any(m.concept in self._distancing and not m.negated for m in mentions):
            return mentions  # "what does it mean when you can't pee?": maybe the asker's own
        inside = {p for positions in asking for p in positions}
        inside |= {positions[0] - k for positions in asking for k in range(1, FRAMING_LEAD + 1)}
        inside |= {
            p
            for m in mentions
            if m.concept in self._disclaimers
            for p in range(m.first, m.last + 1)
        }
        if self._story_outside(mentions, inside):
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
        return [
            m._replace(asked=True) if m.concept not in self._background else m for m in mentions
        ]

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
        if not cues or self._told_live(tokens):
            return mentions
        inside = {p for positions in cued for p in positions}
        if self._story_outside(mentions, inside):
            return mentions  # "if my legs went numb last night": a story, someone's

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

        if any(m.concept in self._disclaimers for m in mentions):
            # a topic cue is not enough here: "why does my bum go numb? I feel fine" reports it
            kept = [
                m
                for m in mentions
                if m.concept in self._background or not after(m, self._general_cues - self._topics)
            ]
            # and no symptom may be told outside the general words: "Can you get numb legs from
            # sciatica? Mine are numb, I feel fine" reports its own by ellipsis
            if not any(m.concept in self._symptoms and not m.negated for m in kept):
                return kept
        if any(t.surface in self._self and i not in inside for i, t in enumerate(tokens)):
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
        if not framing or self._told_live(tokens):
            return mentions  # stated as happening ("numb bum now"), or a plea ("please help")
        if self._occurrence_told(tokens, framed):
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
        if self._story_outside(mentions, set()):
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
        for k, t in enumerate(tokens):
            if k in inside or opening[t.sentence] in self._question_words:
                continue
            if any(" ".join(surfaces[k : k + size]) in self._occurring for size in (1, 2, 3)):
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
        bound = []
        for m in mentions:
            if m.concept in self._binding:
                clause, scope = tokens[m.last].clause, tokens[m.last].scope
                firsts = starts.get(clause, [])
                k = bisect_right(firsts, m.last)  # the regions after it in its clause
                nearest = firsts[k] if k < len(firsts) else len(tokens)
                if nearest - m.last <= BIND_GAP + 1 and not any(
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
                j = i + 1
                end = min(len(tokens), i + 1 + (reach or self._negation_reach))
                while j < end and tokens[j].scope == token.scope:
                    if reach is not None and tokens[j].surface in self._joiners:
                        break
                    negated.add(j)
                    j += 1
        return negated

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
        amount follows) and "went from nothing to 9/10" (the start of a range)."""
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if tokens[i].surface in self._approximators and following is not None:
            if following.number is not None or following.surface in self._number_words:
                return True
            if following.surface in self._amount_words:  # "nearly a stone", "almost half"
                return True
        return i > 0 and tokens[i - 1].surface in self._range_starts

    def _after_normal(
        self, tokens: list[Token], used: set[int], mentions: list[Mention]
    ) -> list[Mention]:
        """A body part or function followed closely by "fine", "ok", "normal" is denied."""
        cues = [i for i, t in enumerate(tokens) if t.surface in self._normal and i not in used]
        if not cues:
            return mentions
        # "back ache strong": after a pain word an 'intensity' word says how much it hurts
        pains = sorted(m.first for m in mentions if m.concept == PAIN)
        judged = []
        for m in mentions:
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

    def _others_positions(
        self, tokens: list[Token], in_phrases: set[int]
    ) -> tuple[set[int], set[int]]:
        """Positions said of another person, and those said of an animal: after "my mum", "he",
        "the dog" until "I" or "my". A person named as an object ("lifting my toddler", "caring
        for her") or inside a phrase of its own ("the cat food", "as a kid") is not the subject
        of what follows; "he", "his" go on with whoever was named before."""
        positions: set[int] = set()
        animals: set[int] = set()
        other = animal = False
        for i, token in enumerate(tokens):
            if (
                (token.stem in self._others_stems and i not in in_phrases)
                or self._is_aged_person(tokens, i)
                or self._is_named_person(tokens, i)
            ):
                if (
                    not self._is_object(tokens, i)
                    and not self._introduces_asker(tokens, i)
                    and not self._in_comparison(tokens, i)
                    and not self._denied_person(tokens, i)
                    and not (i + 1 < len(tokens) and tokens[i + 1].surface in self._reporters)
                ):
                    if not (other and token.surface in self._pronouns):
                        animal = token.stem in self._animal_stems
                    other = True
            elif token.surface in self._self:
                following = tokens[i + 1].stem if i + 1 < len(tokens) else ""
                if following not in self._others_stems:
                    other = False
            if other:
                positions.add(i)
                if animal:
                    animals.add(i)
        return positions, animals

    def _is_named_person(self, tokens: list[Token], i: int) -> bool:
        """A bare first name opening a sentence as its subject ("Sarah had cancer years ago and I
        help lift her"): a word no English word list, phrase or person list knows, not a typo
        read, followed by a 'subject_verbs' word. Names that are English words ("Bill", "Mark")
        stay unread, which keeps any notice."""
        token = tokens[i]
        if i > 0 and tokens[i - 1].sentence == token.sentence:
            return False
        if i + 1 >= len(tokens) or tokens[i + 1].surface not in self._subject_verbs:
            return False
        word = token.surface
        return (
            word.isalpha()
            and len(word) > 2
            and not token.alt
            and word not in self._self
            and word not in self._surfaces
            and word not in self._spellings
            and not _is_common(word)
        )

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
        # of the scope "since my baby years ago"
        named = [f.positions[0] for f in found if f.label not in (PAST, RESOLVED, SENSE)]
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
        before: set[int] = set()  # scopes whose scope before is covered
        until: dict[int, int] = {}  # per scope, the covered words are those before this one
        for f in found:
            if f.label != label or negated.issuperset(f.positions):
                continue
            scope = tokens[f.positions[0]].scope
            if first_named.get(scope, len(tokens)) >= f.positions[0]:  # it names nothing before
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
                until[spanned_scope] = max(end, until.get(spanned_scope, end))
        for scope in before:
            # the scope before, past a scope of joiners alone ("had covid last month and now I'm
            # fine": "and" is a scope of its own)
            prev = scope - 1
            while prev > 0 and all(tokens[p].surface in self._joiners for p in words.get(prev, ())):
                prev -= 1
            positions.update(words.get(prev, ()))
        for scope, end in until.items():
            positions.update(p for p in words[scope] if p < end)
        return positions

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

    def _denied_person(self, tokens: list[Token], i: int) -> bool:
        """ "asking about me, not a patient", "for me not my mum": a person denied just before
        (a negation at most three words back in the clause) is no one the question is about."""
        return any(
            tokens[j].surface in self._negations and tokens[j].clause == tokens[i].clause
            for j in range(max(0, i - 3), i)
        )

    def _in_comparison(self, tokens: list[Token], i: int) -> bool:
        """ "feels like I'm wiping someone else's bum", "as if it were somebody else's": a person
        named a few words after "like" / "as if" in the same clause is a likeness, not the one
        the symptom belongs to."""
        return any(
            tokens[j].surface in self._comparisons and tokens[j].clause == tokens[i].clause
            for j in range(max(0, i - COMPARISON_REACH), i)
        )

    def _introduces_asker(self, tokens: list[Token], i: int) -> bool:
        """Whether the person word at i introduces the asker ("new mum here", "dad of two
        here"): an 'introductions' word ends its clause within a few words."""
        for k in range(i + 1, min(len(tokens), i + 4)):
            if tokens[k].clause != tokens[i].clause:
                return False
            if tokens[k].surface in self._introductions:
                return k + 1 == len(tokens) or tokens[k + 1].clause != tokens[k].clause
        return False

    def _is_aged_person(self, tokens: list[Token], i: int) -> bool:
        """ "my 8 year old", "our 15yo": a person named by their age."""
        if tokens[i].surface not in ("old", "yo") or i < 2:
            return False
        j = i - 1
        if tokens[j].surface in ("year", "years", "yr", "yrs"):
            j -= 1
        return (
            j >= 1 and tokens[j].number is not None and tokens[j - 1].surface in self._determiners
        )

    def _is_object(self, tokens: list[Token], i: int) -> bool:
        """Whether the person word at i follows a verb of handling or a preposition ("lifting
        my son", "for my mum"), skipping determiners ("my", "the", "our")."""
        j = i - 1
        while (
            j >= 0
            and tokens[j].surface in self._determiners
            and tokens[j].clause == tokens[i].clause
        ):
            j -= 1
        if i + 1 < len(tokens) and tokens[i + 1].surface in self._relatives:
            return False  # "caring for my husband who has cancer": what follows is about him
        if i + 1 < len(tokens) and tokens[i + 1].surface in self._subject_verbs:
            return False  # "one of the residents is incontinent": the subject of its own verb
        if self._is_described(tokens, i):
            return False  # "I care for Mr D, 81, history of lung cancer": what follows is his
        if j >= 1 and tokens[j].surface == "of" and tokens[j - 1].surface in self._partitives:
            return False  # "one of my patients wet herself": what follows is about them
        if j >= 1 and tokens[j - 1].surface in self._proxies:
            return False  # "asking for my brother": the question is about him
        return (
            j >= 0
            and tokens[j].clause == tokens[i].clause
            and tokens[j].surface in self._object_cues
        )

    def _is_described(self, tokens: list[Token], i: int) -> bool:
        """Whether a clause describing the person at i follows their name ("Mr D, 81, history
        of lung cancer", "my dad, diagnosed with myeloma"): a clause starting with an
        'apposition' word, after at most the name and an age."""
        k = i + 1
        while k < len(tokens) and k <= i + 2 and tokens[k].clause == tokens[i].clause:
            k += 1  # the rest of the name ("Mr D")
        if (
            k < len(tokens)
            and tokens[k].clause != tokens[i].clause
            and tokens[k].number is not None
        ):
            age = tokens[k].clause
            while k < len(tokens) and tokens[k].clause == age:
                k += 1  # an age standing alone (", 81,")
        return (
            k < len(tokens)
            and tokens[k].clause != tokens[i].clause
            and tokens[k].sentence == tokens[i].sentence
            and tokens[k].surface in self._apposition
        )

    def _without_harmless_causes(
        self, tokens: list[Token], mentions: list[Mention]
    ) -> list[Mention]:
        """Drop a concept's mentions beside a harmless cause it lists under "unless" ("shivering
        at the bus stop in this cold"), unless that cause is itself denied or a bladder or bowel
        loss ('unexplained') stays in the sentence. The cause explains
        only a symptom in its own clause ("I work nights, the pain in my back wakes me every
        night" keeps its night pain); one written "~NAME" (what an event was: "hit by a car...
        in GTA") its whole sentence, and one written "*NAME" anywhere in the question ("I'm 28.
        Slipped on ice": a young person's slip; "spin class for the first time. My legs are
        jelly"). One written "!NAME" is no cause but a bar: the asker's own NAME anywhere leaves
        the concept unexplained ("had my spinal op last week, aching all over after my walk")."""
        causes: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.negated:
                causes.setdefault(m.concept, []).append(m)

        def governs(cause: Mention, m: Mention, sentence: bool) -> bool:
            if sentence:
                return cause.sentence == m.sentence
            return tokens[cause.first].clause == tokens[m.first].clause

        # a plea, fear, care sought, "now" or a time course: 'kept_live' causes explain nothing
        live = self._live_word(tokens) or any(
            m.concept in self._kept_live_story and not m.negated for m in mentions
        )
        # the asker's own concepts: a "!NAME" bar counts only these
        own = {m.concept for m in mentions if not m.negated and not m.other}

        def explained(m: Mention, anywhere_only: bool) -> bool:
            unless = self._unless.get(m.concept, ())
            if any(c[1:] in own for c in unless if c.startswith("!")):
                return False
            kept = self._kept_live.get(m.concept, frozenset()) if live else frozenset()
            return any(
                c[1:] in causes
                if c.startswith("*")
                else not anywhere_only
                and any(
                    governs(cause, m, c.startswith("~")) for cause in causes.get(c.lstrip("~"), ())
                )
                for c in unless
                if not c.startswith("!") and c.lstrip("*~") not in kept
            )

        # a cause explains one symptom, not a cluster: beside a bladder or bowel loss that stays
        # ('unexplained'), "legs like jelly before my presentation, can't pee" keeps its legs
        losses = {
            m.sentence
            for m in mentions
            if m.concept in self._unexplained and not m.negated and not explained(m, False)
        }
        return [m for m in mentions if not explained(m, m.sentence in losses)]

    def _correct(self, token: Token) -> Token:
        """A misspelt vocabulary word ('numbess') or a text-speak spelling ('cnt') becomes that
        word; anything else is left alone."""
        word = token.surface
        respelt = self._spellings.get(word)
        if respelt is not None:
            return token._replace(surface=respelt, stem=stem(respelt))
        value = self._number_words.get(word)
        if value is not None:
            return token._replace(number=value)
        if (
            token.number is not None
            or word in self._surfaces
            or word in self._others_words
            or len(word) < SHORT_TYPO_MIN
        ):
            return token
        fixed = self._corrections.get(word)
        if fixed is None:
            if len(self._corrections) >= WORD_MEMO_SIZE:
                self._corrections.clear()  # a batch of ever new words (random text) is bounded
            fixed = self._corrections[word] = self._respelt(token)
        if fixed == (word,):
            return token
        alt = tuple(stem(other) for other in fixed[1:])
        return token._replace(surface=fixed[0], stem=stem(fixed[0]), alt=alt)

    def _respelt(self, token: Token) -> tuple[str, ...]:
        """The vocabulary word a typo stands for (a few when it may be any: "fel" is "feel",
        "fell" or "felt"), or the word itself. Letters typed too often ("peee", "bumm") and two letters
        swapped ("cnat", "cancre") are tried first; a short word ("feal", "fel", "numm") may be
        one other edit from a vocabulary word; a longer one is compared with rapidfuzz. A real
        English word or another form of a vocabulary word is never corrected."""
        word = token.surface
        # a function, not the template r"\1\1": re compiles a template on first use (~2 ms)
        doubled, single = _REPEATS.sub(_twice, word), _REPEATS.sub(_once, word)
        if len(word) > TYPO_MAX_LENGTH:
            repeated = [near for near in (doubled, single) if near in self._typo_targets]
            return (repeated[0],) if repeated and not _is_common(word) else (word,)
        swaps = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
        for near in (doubled, single, *swaps):
            if near != word and near in self._typo_targets and not _is_common(word):
                return (near,)
        if len(word) < TYPO_MIN_LENGTH:
            nearest = self._one_edit(word)
            return nearest if nearest and not _is_common(word) else (word,)
        plausible = tuple(c for c in self._prefixed(word[:TYPO_PREFIX]) if _may_be_close(word, c))
        if plausible and not self._is_word_form(token) and not _is_common(word):
            return (_closest(word, plausible),)
        return (word,)

    def _one_edit(self, word: str) -> tuple[str, ...]:
        """The vocabulary words a short word is a single edit from, keeping its first letter,
        cheapest edit first: a vowel for a vowel ("feal"), a letter missing or extra ("fel"),
        then, in a word of four letters, another consonant ("numm"). When two words tie, both
        are kept (the vocabulary's more used first); more than MAX_READINGS is no correction."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        vowels = "aeiou"
        found: dict[str, int] = {}

        def consider(candidate: str, cost: int) -> None:
            if (
                len(candidate) >= SHORT_TYPO_MIN
                and candidate[0] == word[0]
                and candidate in self._typo_targets
            ):
                found[candidate] = min(cost, found.get(candidate, cost))

        for i, old in enumerate(word):
            for new in letters:
                if new != old:
                    if old in vowels and new in vowels:
                        consider(word[:i] + new + word[i + 1 :], 1)
                    elif len(word) >= 4:
                        consider(word[:i] + new + word[i + 1 :], 3)
            consider(word[:i] + word[i + 1 :], 2)
        for i in range(len(word) + 1):
            for new in letters:
                consider(word[:i] + new + word[i:], 2)
        if not found:
            return ()
        best = min(found.values())
        winners = [c for c, cost in found.items() if cost == best]
        if len(winners) > MAX_READINGS:
            return ()
        if len(winners) > 1:  # the vocabulary's more used reading first
            winners.sort(key=lambda c: -self._uses(c))
        return tuple(winners)

    def _uses(self, word: str) -> int:
        """How many times the phrases use a vocabulary word as one of a word's alternatives
        ("=word" counted too). Counted for the few words of a tie, when one needs it, instead
        of tabling all ~3,000 words (~5 ms on a cold start)."""
        return len(re.findall(rf"(?:^|(?<=[ |]))=?{re.escape(word)}(?=$|[ |])", self._joined))

    def _prefixed(self, prefix: str) -> tuple[str, ...]:
        """Vocabulary words long enough to correct starting with these letters, in order,
        listed when a typo with them first needs it."""
        found = self._by_prefix.get(prefix)
        if found is None:
            if len(self._by_prefix) >= WORD_MEMO_SIZE:
                self._by_prefix.clear()  # two letters of any script: bounded like the words
            found = self._by_prefix[prefix] = tuple(
                sorted(
                    w
                    for w in self._typo_targets
                    if w.startswith(prefix) and len(w) >= TYPO_MIN_LENGTH - 1
                )
            )
        return found

    def _is_word_form(self, token: Token) -> bool:
        """Whether a word is another form of a vocabulary word ("tingles" for "tingle")."""
        # The English Snowball stemmer only cuts and rewrites endings, so a word and its forms
        # share their first letter: stemming the vocabulary words with the token's first letter
        # is enough (a question with a typo paid ~5 ms stemming all of them).
        initial = token.stem[:1]
        known = self._known_stems.get(initial)
        if known is None:
            if len(self._known_stems) >= WORD_MEMO_SIZE:
                self._known_stems.clear()  # a first letter of any script, as _by_prefix
            known = self._known_stems[initial] = frozenset(
                stem(word) for word in self._surfaces if word[:1] == initial
            )
        return token.stem in known


def _own_overlaps(
    mentions: list[Mention], tokens: list[Token], self_words: frozenset[str]
) -> list[Mention]:
    """A mention overlapping a mention of the same concept that names the asker ("hurting" inside
    "hurting my back" after "my toddler") is the asker's too."""
    own = [
        m
        for m in mentions
        if not m.other and any(t.surface in self_words for t in tokens[m.first : m.last + 1])
    ]
    if not own:
        return mentions
    # two spans overlap when they share a word: the words each concept's own mentions cover
    covered = {(o.concept, p) for o in own for p in range(o.first, o.last + 1)}
    return [
        m._replace(other=False)
        if m.other and any((m.concept, p) in covered for p in range(m.first, m.last + 1))
        else m
        for m in mentions
    ]


def _denied_before(
    tokens: list[Token],
    found: list[Found],
    mentions: list[Mention],
    cues: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> list[Mention]:
    """ "my physio said numbness in the saddle area is a red flag, I don't have any": a denial
    standing alone at the end of its clause denies what the clause just before it names (in the
    same sentence; not further back: "numb bum, he asked about my legs, I don't have that" still
    has the numb bum), when that clause is reported speech or a list ('reported': "said",
    "leaflet", "the signs are") with no I, me or my after its cue. Never after a hope, fear or
    prayer ('wishes'): "my bum is numb and I can't pee, I hope I don't have that" is the asker's
    own emergency."""
    reported, wishes, self_words = cues
    denied = set()
    clauses: dict[int, list[int]] = {}  # each clause's words, so a denial reads only its own
    if any(f.label == DENIES_BEFORE for f in found):
        for i, t in enumerate(tokens):
            clauses.setdefault(t.clause, []).append(i)
    for f in found:
        if f.label == DENIES_BEFORE:
            here = tokens[f.positions[0]]
            if any(tokens[i].surface in wishes for i in clauses[here.clause] if i < f.positions[0]):
                continue
            before = [
                i for i in clauses.get(here.clause - 1, ()) if tokens[i].sentence == here.sentence
            ]
            cue = next((i for i in before if tokens[i].surface in reported), None)
            if cue is None or any(tokens[i].surface in self_words for i in before if i > cue):
                continue
            denied |= set(before)
    if not denied:
        return mentions
    return [
        m._replace(negated=True) if m.concept not in TROUBLES and m.first in denied else m
        for m in mentions
    ]


def _may_meet(
    combo: tuple[str, ...], options: list[list[Mention]], anywhere: frozenset[str], within: int
) -> Iterator[tuple[Mention, ...]]:
    """The choices of one mention per concept of a combination (from `options`, in its order)
    that may meet: those whose mentions that meet as usual (the concepts not in `anywhere`) all
    start no earlier than one of them and at most `within` words after it. Every choice spanning
    at most `within` words is among them, so _fires decides as it would over product(*options),
    but in time linear in the question's length instead of a power of it ("my husband can't
    feel his bum" 1,000 times: a million choices). Of the concepts counted anywhere only whose
    mention it is and the body part it is bound to matter, so one mention of each kind is kept."""
    if all(c in anywhere for c in combo):
        return  # nothing meets in a sentence: no choice passes
    lists = []
    for c, ms in zip(combo, options, strict=True):
        if c in anywhere:
            lists.append(list({(m.other, m.bound): m for m in reversed(ms)}.values()))
        else:
            lists.append(sorted(ms, key=lambda m: m.first))
    starts = [[m.first for m in ms] for ms in lists]
    for a, c in enumerate(combo):
        if c in anywhere:
            continue
        for x in lists[a]:
            window = [
                [x]
                if i == a
                else ms
                if combo[i] in anywhere
                else ms[bisect_left(starts[i], x.first) : bisect_right(starts[i], x.first + within)]
                for i, ms in enumerate(lists)
            ]
            yield from product(*window)


def _happening(
    rule: Rule, combo: Iterable[str], chosen: Iterable[Mention], self_pain: bool
) -> bool:
    """Whether someone else's emergency counts with their back unnamed ('others_now' rules: not
    peeing, no feeling in the legs or bottom, both legs weak): when it is told as happening now,
    not over even lately ("he couldn't pee last week, fine now"), and the asker tells no back pain
    of their own, so the question is about that person ("my husband can't feel his legs"). A
    carer's own sore back beside a relative's long-standing incontinence is the carer's question."""
    return (
        frozenset(combo) in rule.others_now
        and not self_pain
        and not any(m.past or m.resolved for m in chosen)
    )


def _any_within(ordered: list[int], at: int, reach: int) -> bool:
    """Whether a position of an ordered list is at most `reach` from `at`."""
    k = bisect_left(ordered, at - reach)
    return k < len(ordered) and ordered[k] <= at + reach


def _any_between(ordered: list[int], low: int, high: int) -> bool:
    """Whether a position of an ordered list is strictly between `low` and `high`."""
    k = bisect_right(ordered, low)
    return k < len(ordered) and ordered[k] < high


def _twice(found: re.Match[str]) -> str:
    return found.group(1) * 2


def _once(found: re.Match[str]) -> str:
    return found.group(1)


def _words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(normal(w) for w in items)


def _stems(items: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(normal(w)) for w in items)


def _concepts(combo: str) -> frozenset[str]:
    return frozenset(c.strip() for c in combo.split("+"))


def _rule(raw: Mapping[str, Any], within: int) -> Rule:
    urgency = raw["urgency"]
    flag = RedFlag(raw["id"], urgency, raw["message"], action_text(urgency))
    when = tuple(tuple(c.strip() for c in combo.split("+")) for combo in raw["when"])
    return Rule(
        flag,
        when,
        tuple(frozenset(combo) for combo in when),
        int(raw.get("within", within)),
        bool(raw.get("needs_pain", False)),
        bool(raw.get("history", False)),
        frozenset(raw.get("anywhere", ())),
        tuple(
            (_concepts(combo), tuple(_concepts(cause) for cause in causes))
            for combo, causes in raw.get("explained", {}).items()
        ),
        frozenset(_concepts(combo) for combo in raw.get("others_now", ())),
        bool(raw.get("pain_only", False)),
    )


def _learned(raw: object, sources: set[str]) -> Mapping[str, Any] | None:
    """red_flags.json's 'learned' section, checked: the notice's id, model file, sources and a
    message per tier."""
    if raw is None:
        return None
    spec = expect_dict(raw, "red_flags.json: learned")
    messages = spec.get("messages")
    if not isinstance(spec.get("id"), str) or not isinstance(spec.get("model"), str):
        raise DataError("red_flags.json: learned needs an 'id' and a 'model' file name")
    if not isinstance(messages, dict) or any(
        not isinstance(messages.get(tier), str) for tier in URGENCIES
    ):
        raise DataError(f"red_flags.json: learned needs a message for each of {URGENCIES}")
    unknown = set(spec.get("sources", ())) - sources
    if unknown:
        raise DataError(f"red_flags.json: learned cites unknown sources {sorted(unknown)}")
    return spec


@lru_cache(maxsize=4096)
def _closest(word: str, candidates: tuple[str, ...]) -> str:
    return closest_by_ratio(word, candidates, TYPO_CUTOFF) or word


def _is_common(word: str) -> bool:
    return word in common_words()  # loaded on first use only


def _may_be_close(a: str, b: str) -> bool:
    """A cheap lower bound on the Indel distance (letters one word has and the other lacks), so
    only words that could pass TYPO_CUTOFF are compared."""
    allowed = (100 - TYPO_CUTOFF) * (len(a) + len(b)) / 100
    if abs(len(a) - len(b)) > allowed:
        return False
    missing = sum(((Counter(a) - Counter(b)) + (Counter(b) - Counter(a))).values())
    return missing <= allowed


def load_safety() -> Safety:
    rules = expect_dict(read_json("red_flags.json"), "red_flags.json")
    vocabulary = expect_dict(read_json("safety_vocabulary.json"), "safety_vocabulary.json")
    return Safety(rules, vocabulary)
