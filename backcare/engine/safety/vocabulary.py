"""The red-flag vocabulary and rules compiled (data/safety_vocabulary.json, data/red_flags.json):
the word sets, phrases and rules every step of the reading consults (`Vocabulary`, the base of
`detect.Safety`), the concept labels the code itself names, and the types of a reading.
"""

from __future__ import annotations

from collections.abc import Mapping

from backcare.engine.safety.course_words import CourseWords
from backcare.engine.safety.flags import URGENCIES
from backcare.engine.safety.net import Net
from backcare.engine.safety.reading import (
    PhraseIndex,
    Requirements,
    Token,
    normal,
    number_class,
)
from backcare.engine.safety.rules import Mention, _learned, _rule
from backcare.engine.safety.word_sets import _WORD, _phrases, _stems, _words
from backcare.engine.sorted_rows import WordRows
from backcare.hints import Any
from backcare.resources import DataError

PAIN = "PAIN"  # the concept of back pain, which some rules need alongside their own
# back trouble in other words than pain ("stiff back", "back's gone tight"): no pain for a rule's
# combination (a tight upper back is no thoracic pain), but back trouble wherever a rule needs some
# (a fever with a stiff back is the fever with back pain of the guidance)
BACK_TROUBLE = "BACK_TROUBLE"
# a back guarded: "won't bend", "walking bent over" (safety48): back trouble, told by how one moves
GUARDING = "BACK_GUARDING"
TROUBLES = (PAIN, BACK_TROUBLE, GUARDING)
FULL_RECOVERY = "FULL_RECOVERY"  # the asker's full recovery after a long-ago sign (past.py)
RETURNED = "RETURNED"  # a sign come back ("again"): no recovered story reaches past it
# a sign told as back now by a pronoun ("it's back", "here we go again"): returned.py
RECURRED = "RECURRED"
PAST = "PAST"  # the concept of "this is long over" ("years ago", "when I was a kid")
# "ages ago", "a long time ago": long over in lay words, unless the sentence names a recent time
# ('abstract.recent': "wet myself ages ago in the night") that says what was meant
PAST_LAY = "PAST_LAY"
# "she's fine", "he's right as rain": someone else's recovery, over for them only
RECOVERED = "RECOVERED"
LONG_STANDING = "LONG_STANDING"  # "for years", "always", "since having kids" (past._long_standing)
RESOLVED = "RESOLVED"  # "this has just passed" ("all better now"): no emergency symptom lapses
BACK = "BACK"  # the back itself: "my back is fine" says the person asking is not the patient
SENSE = ""  # the label of a phrase that is an everyday sense of an alarm word
# "..., I don't have any" (ending its clause): denies what the clause before it names
DENIES_BEFORE = "DENIES_BEFORE"


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


class Vocabulary(CourseWords):
    """Compiled red-flag rules and vocabulary: the word sets (read by its bases, whose_words.py and
    course_words.py), then the phrase index and the rules, checked against the concepts."""

    def __init__(self, rules: Mapping[str, Any], vocabulary: Mapping[str, Any]) -> None:
        super().__init__(vocabulary)
        this_year = int(vocabulary["calendar"]["this_year"])
        classes = {k: number_class(v, this_year) for k, v in vocabulary["numbers"].items()}
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
        # an ordinary question about the back after a report (follow_up.py): what it may name
        follow_up = vocabulary["follow_up"]
        self._follow_up = frozenset(follow_up["concepts"])
        self._follow_up_needs = frozenset(follow_up["needs"])
        self._follow_up_openers = _words(follow_up["openers"])  # "Also," before it
        # the asker in such a question ("which stretches are good for my back?": asked_after.py)
        self._asking_owned = _words(follow_up["asking"]["owned"])
        self._asking_reach = int(follow_up["asking"]["reach"])
        # what such a question names to be set apart from someone else's report: the back or
        # an unowned pain ("What do I do about the pain?" after dad's numb legs; safety131)
        self._asked_needs = frozenset(follow_up["asking"]["needs"])
        # bars on someone else's emergency read in the sign's clause only (asked_after._barred)
        self._clause_bars = frozenset(vocabulary["clause_bars"]["concepts"])
        # the times that tell someone else's sign live only in the sign's own clause (safety60)
        self._clause_times = frozenset(vocabulary["clause_bars"].get("times", ()))
        # a patient already sent on to care: a live time lifts no bar beside it (safety142)
        self._clause_handed_on = frozenset(vocabulary["clause_bars"].get("handed_on", ()))
        self._asked_of_bars = frozenset(vocabulary["clause_bars"]["asked_of"])
        # a definition's bar said after the sign asks about it (asked_after._barred)
        self._after_report_bars = frozenset(vocabulary["clause_bars"]["after_report"])
        # the crisis read as parts ('a method' with 'a wish', 'a dose' with 'how many' and 'not
        # wake up'): they compete for words only among themselves and with senses, so a part
        # ("feel like", "would") never takes a word from another concept, and the learned check,
        # trained before them, never reads them; a modifier alone is no sign of anything
        parts = vocabulary.get("parts", {})
        self._part_modifiers = frozenset(parts.get("modifiers", ()))
        self._parts = frozenset(parts.get("signs", ())) | self._part_modifiers
        # a song's, film's or book's title ("watched The Virgin Suicides"): its crisis words are
        # a name (titles.py)
        # lay phrases quoted as examples ("patients often say things like ...": quoted.py)
        quoted = vocabulary.get("quoted", {})
        self._quote_verbs = _words(quoted.get("verbs", ()))
        self._quote_subjects = _words(quoted.get("subjects", ()))
        self._quote_heads = _words(quoted.get("heads", ()))
        self._quote_openers = _words(quoted.get("openers", ()))
        self._quote_claims_after = _words(quoted.get("claims_after", ()))
        self._quote_claims_in_sentence = _words(quoted.get("claims_in_sentence", ()))
        self._quote_claims_relative = _words(quoted.get("claims_relative", ()))
        # words of others in quotation marks: a review's, a song's, a phrase to translate
        # (quotations.py)
        quotations = vocabulary.get("quotations", {})
        self._quotation_cues = _words(quotations.get("cues", ()))
        self._quotation_exercises = _words(quotations.get("exercise_cues", ()))
        self._quotation_purposes = _words(quotations.get("purposes", ()))
        self._quotation_games = _words(quotations.get("game_cues", ()))  # "a 'numb legs' debuff"
        self._quotation_claims = _words(quotations.get("claims", ()))
        # a quotation a person says of themselves defines nothing (safety89: "he keeps saying ...")
        self._quotation_definitions = _words(quotations.get("definitions", ()))
        self._quotation_speaking = _words(quotations.get("speaking", ()))
        self._quotation_speech_verbs = _words(quotations.get("speech_verbs", ()))
        self._quotation_speaking_now = _words(quotations.get("speaking_now", ()))
        self._quotation_unreal = _stems(quotations.get("unreal_speakers", ()))
        # "me" claims a quotation's words unless another person acts on it ("my mate does half
        # marathons with me": safety87)
        self._quotation_object_claims = _words(quotations.get("object_claims", ()))
        titles = vocabulary.get("titles", {})
        self._title_cues = _words(titles.get("cues", ()))
        self._title_joining = _words(titles.get("joining", ()))
        self._title_after = _words(titles.get("after", ()))
        self._title_gap = _words(titles.get("gap", ()))  # "set has Comfortably Numb"
        self._titled = frozenset(titles.get("concepts", ()))
        self._required: Requirements | None = None  # built when check() first needs it
        self._checks = 0
        self._negation_reach = int(vocabulary["negation_reach"])
        self._pain_negation_reach = int(vocabulary["pain_negation_reach"])
        self._unless = {n: tuple(c.get("unless", ())) for n, c in vocabulary["concepts"].items()}
        # the causes counted anywhere in the question ("*NAME" in an 'unless')
        self._anywhere_causes = frozenset(
            c[1:] for u in self._unless.values() for c in u if c.startswith("*")
        )
        # a cause that explains a sign's weak words in the whole sentence, and the signs that
        # a number measured makes no cause's ('cause_reach': causes.py, safety48)
        reach = vocabulary["cause_reach"]
        self._sentence_causes = {
            n: (frozenset(v["causes"]), _words(v["words"])) for n, v in reach["sentence"].items()
        }
        self._measured = frozenset(reach["measured"])
        # causes barred from a sign told in its own words ('told': a fever, safety98)
        self._told_causes = {
            n: (frozenset(v["causes"]), _words(v["words"])) for n, v in reach["told"].items()
        }
        # causes that explain those weak words from anywhere in the question (safety63)
        self._anywhere_weak_causes = {
            n: frozenset(v.get("anywhere", ())) for n, v in reach["sentence"].items()
        }
        texts = [(n, t) for n, c in vocabulary["concepts"].items() for t in c["phrases"]]
        texts += [(SENSE, text) for text in vocabulary["senses"]]
        self._index = PhraseIndex(texts, classes)
        # every word of the phrases (and, harmlessly, prefix stems like "tingl" and number class
        # names): what a typo may be corrected to. One regex over the joined text is cheapest.
        self._joined = " ".join(text for _, text in texts)
        surfaces = frozenset(_WORD.findall(self._joined))
        # kept as one sorted text (engine/sorted_rows.py): a question looks a few words up
        self._surfaces = WordRows(surfaces)
        # what a typo may be read as: not initials ("tra" is no "rta", a road accident: an edit of
        # two or three letters is as likely any other set of letters as these)
        self._typo_targets = surfaces - frozenset(vocabulary.get("initials", ()))
        # initials read as a sign ("rtc", "ed"): alone on a line of random letters, no sign
        self._initials = _words(vocabulary.get("initials", ()))
        # a typo's first letters as phones and dyslexia change them (typos.Typos._prefixes)
        letters = vocabulary["typo_letters"]
        self._typo_second_vowels = _words(letters["second_vowels"])
        self._typo_first_alike = _phrases(letters["first_alike"])
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
        kept |= self._goes_on
        kept |= {c for causes in self._kept_live.values() for c in causes}
        if kept - known:
            raise ValueError(
                f"'kept_live', 'context' or 'goes_on' names unknown concepts {sorted(kept - known)}"
            )
        if (self._parts | self._titled) - known:
            unknown = sorted((self._parts | self._titled) - known)
            raise ValueError(f"'parts' or 'titles' names unknown concepts {unknown}")
        if self._set_against_times - known:
            unknown = sorted(self._set_against_times - known)
            raise ValueError(f"'set_against' names unknown concepts {unknown}")
        if self._events - known:
            raise ValueError(f"'events' names unknown concepts {sorted(self._events - known)}")
        for rule in compiled:
            missing = (
                {c for combo in rule.when for c in combo} | rule.anywhere | dict(rule.across).keys()
            ) - known
            missing |= {
                c for _, causes in rule.explained for cause in causes for c in cause
            } - known
            missing |= rule.pain_explained - known
            if missing:
                raise ValueError(f"rule {rule.flag.id} names unknown concepts {sorted(missing)}")
            if any(combo not in rule.sets for combo, _ in rule.explained):
                raise DataError(
                    f"red_flags.json: rule {rule.flag.id} explains a combination it lacks"
                )
            for combo in rule.sets:
                if not combo - self._background:
                    # the quick exit indexes a combination by a concept of its own (not back
                    # pain or framing), and such a rule would fire on most questions
                    raise DataError(
                        f"red_flags.json: rule {rule.flag.id} has a combination of background"
                        f" concepts only ({' + '.join(sorted(combo))})"
                    )
        self._rules = sorted(compiled, key=lambda r: order[r.flag.urgency])  # stable: file order
        self._learned = _learned(rules.get("learned"), set(rules["sources"]), set(self._unless))
        self._net: Net | None = None  # the learned check's model, read when first needed
        self._quiet: Any = None  # its quick exit (quiet.Quiet), made when a batch needs it
        self._last_read: tuple[str, Reading] | None = None
        # the positions of the signs a named cause explained in the last question read
        self._last_explained: tuple[str, frozenset[int]] = ("", frozenset())
        # the last question the rules checked, with the tier of the signs it names in general
        self._last_pointer: tuple[str, str | None] = ("", None)
        self._combos = [(combo, n) for n, rule in enumerate(self._rules) for combo in rule.sets]
        # what the rules are made of, back pain aside: what a question can tell of a person
        self._symptoms = {c for combo, _ in self._combos for c in combo} - self._background
        # causes read beside the others that no rule uses ('since my third baby' for a stress
        # leak): they tell why, not what, so they name nothing a "long ago" must leave alone
        self._beside_causes = (
            frozenset(vocabulary["background"])
            & {
                c.lstrip("*~!")
                for spec in vocabulary["concepts"].values()
                for c in spec.get("unless", ())
            }
        ) - {c for combo, _ in self._combos for c in combo}
        # and the background concepts that tell who or what, not a sign (safety116: "since my
        # baby years ago" read as a young child, a person's age, a normal temperature)
        self._beside_causes |= frozenset(vocabulary["beside_unnamed"]["concepts"])
        self._symptoms -= self._part_modifiers
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
        # concepts the learned check reads as senses (a leaflet's overdose section: OD_WARNED)
        self._as_senses = frozenset(vocabulary["as_senses"])
        self._sense_vetoes = frozenset(
            " ".join(normal(w) for w in p.split()) for p in vocabulary["sense_vetoes"]
        )
        # the combinations by one concept of theirs that is not back pain, for _any_combo
        self._combos_by: dict[str, list[frozenset[str]]] = {}
        # a sign told by a pronoun (returned.py) or by an ability asked about and answered no
        # (ability_answers.py) is read as its sign: the quick exits see the combinations it
        # completes told in those words as well
        told = [
            combo - {sign} | {pronoun}
            for pronoun, sign in self._signs_told_by.items()
            for combo, _ in self._combos
            if sign in combo
        ]
        for combo in [combo for combo, _ in self._combos] + told:
            key = min(combo - self._background)
            self._combos_by.setdefault(key, []).append(combo)
