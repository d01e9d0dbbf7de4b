"""The red-flag vocabulary and rules compiled (data/safety_vocabulary.json, data/red_flags.json):
the word sets, phrases and rules every step of the reading consults (`Vocabulary`, the base of
`detect.Safety`), the concept labels the code itself names, and the types of a reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from backcare.engine.safety.flags import URGENCIES
from backcare.engine.safety.live import LiveReadings
from backcare.engine.safety.net import Net
from backcare.engine.safety.reading import (
    PhraseIndex,
    Requirements,
    Token,
    normal,
    number_class,
)
from backcare.engine.safety.rules import Mention, _learned, _rule
from backcare.engine.safety.word_sets import _phrases, _stems, _words, _work_roles
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
_WORD = re.compile(r"[a-z]+")  # data words are ASCII lower case without apostrophes


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


class Vocabulary(LiveReadings):
    """Compiled red-flag rules and vocabulary."""

    def __init__(self, rules: Mapping[str, Any], vocabulary: Mapping[str, Any]) -> None:
        this_year = int(vocabulary["calendar"]["this_year"])
        classes = {k: number_class(v, this_year) for k, v in vocabulary["numbers"].items()}
        self._fillers = _words(vocabulary["fillers"])
        self._negations = _words(vocabulary["negations"])
        # "nearly", "almost" before an amount say how much, not that it did not happen
        self._approximators = _words(vocabulary["approximators"])
        self._amount_words = _words(vocabulary["amount_words"])  # "a", "half": an amount follows
        # "from nothing to 9": a negation after these starts a range, it denies nothing
        self._range_starts = _words(vocabulary["range_starts"])
        self._alternatives = _words(vocabulary["alternatives"])  # "or not I've ...": no denial
        self._events = frozenset(vocabulary["events"])  # what "nearly" can deny ("nearly fell")
        # "feels like someone else's bum": a person named in a comparison is no one described
        self._comparisons = _words(vocabulary["comparisons"])
        advice = vocabulary["reporting_advice"]
        self._advice_verbs = _words(advice["verbs"])
        self._advice_skip = _words(advice["skip"])
        self._advice_generic = _words(advice["generic"])
        # "as if", "even though": these comparison words make a likeness only after a lead
        leads = vocabulary["comparison_leads"]
        self._led_comparisons = _words(leads["words"])
        self._comparison_leads = _words(leads["leads"])
        self._similes = _phrases(leads["similes"])  # "sick as a dog": an animal as a likeness
        # "one of my patients wet herself": after "one of" a person is the subject, no object
        self._partitives = _words(vocabulary["partitives"])
        self._breakers = _words(vocabulary["breakers"])
        self._joiners = _words(vocabulary["joiners"])
        self._openers = _words(vocabulary["self"]) | _words(vocabulary["openers"])
        self._normal = _words(vocabulary["normal"])
        # clinical shorthand for a negative finding ("bladder retention nil", "saddle: neg")
        self._shorthand = _words(vocabulary["shorthand"]["words"])
        self._spellings = {normal(k): normal(v) for k, v in vocabulary["spellings"].items()}
        self._number_words = {normal(k): float(v) for k, v in vocabulary["number_words"].items()}
        self._self = _words(vocabulary["self"])
        self._hearers = _words(vocabulary["hearers"]["words"])  # "told me that": reports
        self._hearer_joins = _words(vocabulary["hearers"]["joins"])  # "said to me"
        # any animal noun opens a scope of its own, as a person's does ("Our rabbit can't ...")
        self._others_stems = _stems(vocabulary["others"]) | _stems(vocabulary["animals"])
        # people's words are never typos of a symptom ("madre" is no "made")
        self._others_words = _words(vocabulary["others"]) | _words(vocabulary["animals"])
        self._object_cues = _words(vocabulary["object_cues"])
        self._determiners = _words(vocabulary["determiners"])
        self._relatives = _words(vocabulary["relatives"])
        self._proxies = _words(vocabulary["proxies"])
        # "Partner noticed the sheets were wet": a person who reports, not the one described
        self._reporters = _words(vocabulary["reporters"])
        self._subject_verbs = _words(vocabulary["subject_verbs"])
        self._apposition = _words(vocabulary["apposition"])
        self._introductions = _words(vocabulary["introductions"])
        # "my 8 year old", "our 15yo": a person named by their age (others.py)
        self._age_words = _words(vocabulary["aged"]["ages"])
        self._age_units = _words(vocabulary["aged"]["units"])
        # the asker's health or care job, whose clauses name their patients' signs (safety31)
        work = vocabulary["work"]
        self._work_jobs = _words(work["jobs"])
        self._work_introducers = _words(work["introducers"])
        self._work_places = _words(work["workplaces"])
        # every work verb; those whose object is the patients'; those a list of cases may follow
        self._work_verbs, self._work_objects, self._work_seeing = _work_roles(work["verbs"])
        self._work_cases = _words(work["cases"])  # a list of cases names people or events
        self._work_routine = _words(work["routine"])
        self._work_routine_after = _words(work["routine_after"])
        self._work_routine_leads = _words(work["routine_leads"])
        self._work_live = _words(work["live"])
        # "my shifts", "my job": the asker's work, no time course of theirs (safety34)
        self._work_own = _words(work.get("own_work", ()))
        self._work_counted = _words(work.get("counted", ()))  # cases counted in a work clause
        self._work_holding = _words(work.get("holding", ()))  # "shifts of ...": the work's object
        self._work_telling = _words(work["telling"]) | self._subject_verbs
        # the asker's sign told by echoing the sentence before: "Me too." (echoed.py, safety35)
        echo = vocabulary["echo"]
        self._echo_markers = _words(echo["markers"])
        self._echo_words = _words(echo["words"])
        self._echo_then = _words(echo["then"])
        # a sign told as back by a pronoun: "it's back", "the same again" (returned.py, safety36)
        returned = vocabulary["returned"]
        self._returned_not_after = _words(returned["not_after"])
        self._returned_not_subjects = _words(returned["not_subjects"])
        self._returned_not_before = _words(returned["not_before"])
        self._returned_past_forms = _words(returned["past_forms"])
        self._returned_perfect = _words(returned["perfect"])
        self._returned_naming = _words(returned["naming"])  # "it's back, the stiffness"
        # a thing's owner, an idiom's friend: no person told of (possessed.py, safety48)
        possessed = vocabulary["possessed"]
        self._possessed_things = _words(possessed["things"])
        self._possessed_kinds = _words(possessed["kinds"])
        self._possessed_means = _words(possessed["means"])
        self._possessed_reach = int(possessed["reach"])
        self._possessed_idioms = frozenset(tuple(p.split()) for p in _phrases(possessed["idioms"]))
        self._possessed_returns = _words(possessed["returns"])
        # a course's content: "they covered falls from height" (syllabus.py, safety46)
        syllabus = vocabulary["syllabus"]
        self._syllabus_framing = frozenset(syllabus["framing"])
        self._syllabus_content = _words(syllabus["content"])
        self._syllabus_teachers = _words(syllabus["teachers"])  # "the trainer mentioned"
        self._syllabus_says = _words(syllabus["says"])
        self._syllabus_courses = _words(syllabus["courses"])
        self._syllabus_claims = _words(syllabus["claims"])  # "that is exactly what I have"
        # "I have to write", "I have a desk job": no claim (safety49)
        self._syllabus_not_claims = _words(syllabus.get("not_claims", ("to",)))
        self._syllabus_amounts = _words(syllabus.get("amounts", ()))  # "a few of those"
        self._syllabus_counted = _words(syllabus.get("amounts_after", ()))  # its "a", "an"
        self._syllabus_claims_back = _words(syllabus.get("claims_back", ()))  # "happened to me"
        self._syllabus_pointed_at = _words(syllabus.get("pointed_at", ()))  # the "me" of it
        # a case's age and sex code ("58M"), and a study phrase's topics ("revising red flags")
        self._syllabus_sexes = _words(syllabus.get("sexes", ()))
        self._syllabus_topics = _words(syllabus.get("topics", ()))
        # an instruction's aim: "hold until your legs shake" (instructions.py, safety40)
        instructions = vocabulary["instructions"]
        self._instruction_openers = _words(instructions["openers"])
        self._instruction_hearers = _words(instructions["hearers"])
        self._generic_after = _words(instructions["generic"]["after"])  # "you KNOW when you"
        self._generic_openers = _words(instructions["generic"]["openers"])
        self._returned_what = _words(returned["what"])
        # an accident told again: "I fell off it again", "another crash" (returned.py, safety39)
        repeated = returned["repeated"]
        self._repeated_events = frozenset(repeated["events"])
        self._repeated_carried = frozenset(repeated["carried"])
        self._repeated_before = _words(repeated["before"])
        self._repeated_after = _words(repeated["after"])
        self._repeated_not_before = _words(repeated["not_before"]) | self._returned_not_before
        # a sign told by a pronoun: "my bladder. It just won't go." (returned.py, safety39)
        pronoun_signs = returned["pronoun_signs"]
        self._pronoun_sign_of: dict[str, str] = dict(pronoun_signs["concepts"])
        self._pronoun_antecedents = frozenset(pronoun_signs["antecedents"])
        # a condition's name, told in any frame, before a claim of it ("I have it": safety91)
        self._pronoun_named: dict[str, frozenset[str]] = {
            concept: frozenset(names) for concept, names in pronoun_signs.get("named", {}).items()
        }
        self._pronoun_named_reach = int(pronoun_signs.get("named_reach", 1))
        self._echo_alone = _words(echo["alone"])  # "Same.": an echo in one word
        self._echo_whole = _words(echo["whole"])  # "...? That.": a sentence of one word
        # who has a sign and when, per sentence (holder.py, safety33)
        holder = vocabulary["holder"]
        # phrases as words joined by a space (the snapshot stores sets of strings)
        self._holder_in_care = frozenset(
            " ".join(normal(w) for w in p.split()) for p in holder["in_care"]
        )
        self._holder_managed = frozenset(
            " ".join(normal(w) for w in p.split()) for p in holder["managed"]
        )
        self._holder_managed_signs = frozenset(holder["managed_signs"])
        self._holder_fresh = _words(holder["fresh"])
        self._holder_told_past = _words(holder["told_past"])
        self._holder_you = _words(holder["you"])
        self._holder_viewing = _words(holder["viewing"]) | _words(holder.get("players", ()))
        self._holder_viewers = _words(holder["viewers"])
        self._holder_characters = _words(holder.get("characters", ()))  # "a character can't"
        self._holder_caused_fears = _words(holder.get("caused_fears", ()))  # "it scared me"
        self._holder_fear_causes = _words(holder.get("fear_causes", ()))
        self._holder_quiet_outside = frozenset(holder.get("quiet_outside", ()))
        # someone else dead ("my late uncle", "passed away"): their signs long over (bygone.py)
        bygone = vocabulary.get("bygone", {})
        self._bygone_late = _words(bygone.get("late", ()))
        self._bygone_death = _phrases(bygone.get("death", ()))
        # signs of several kinds all denied, the case settling (denied.py, safety59)
        throughout = vocabulary["denied_throughout"]
        self._denied_calm = _words(throughout["calm"])
        self._denied_yes = _words(throughout["yes_words"])
        self._denied_form = _words(throughout["form_answers"])  # safety92: a form answered no
        self._denied_turns = _phrases(throughout["turns"])
        # the asker's case told unlike someone else's signs told before (contrasted.py, safety59)
        contrast = vocabulary["contrast"]
        self._contrast_leads = _words(contrast["leads"])
        self._contrast_any = _words(contrast["any_leads"])
        self._contrast_links = _words(contrast["links"])
        self._contrast_any_links = _words(contrast["any_links"])
        self._contrast_have = _words(contrast["have"])
        self._contrast_referents = _words(contrast["referents"])
        self._contrast_novelty = _words(contrast["novelty"])
        self._contrast_keeps = _phrases(contrast["keeps"])
        self._contrast_dated = _phrases(contrast["dated"])
        self._contrast_self_after = _words(contrast["self_after"])
        self._contrast_opening = _words(contrast["opening"])
        self._contrast_the_nouns = _words(contrast["the_nouns"])
        self._contrast_speech = _words(contrast["speech"])
        self._contrast_family = _stems(contrast["family"])
        self._contrast_live = _words(contrast["live"])
        self._contrast_people = _words(contrast["people"])
        self._contrast_jobs = frozenset(contrast["jobs"])
        # signs named as a topic: a study list, a story, a form, a race's end (topic_frame.py)
        frame = vocabulary["topic_frame"]
        self._frame_cues = {
            " ".join(normal(w) for w in cue.split()): kind
            for kind, spec in frame["kinds"].items()
            for cue in spec["cues"]
        }
        self._frame_reach = {kind: int(spec["reach"]) for kind, spec in frame["kinds"].items()}
        self._frame_first_person = _words(frame["first_person"])  # a dream's kinds (safety71)
        hypothetical = vocabulary["hypothetical"]  # signs supposed, not told (hypothetical.py)
        self._hypothetical = {k: _phrases(v) for k, v in hypothetical.items() if k != "about"}
        self._frame_first_words = frozenset(cue.split()[0] for cue in self._frame_cues)
        self._frame_owner_before = int(frame["owner_reach"]["before"])
        self._frame_owner_after = int(frame["owner_reach"]["after"])
        self._frame_echoes = _phrases(frame["echoes"])
        self._frame_echo_alone = _phrases(frame["echo_alone"])  # "Snap." (safety77)
        self._frame_inverted = _words(frame["inverted"])
        self._frame_study_topics = _phrases(frame["study_topics"])
        self._frame_echo_bars = _words(frame["echo_bars"])
        self._frame_claim_objects = _words(frame["claim_objects"])
        self._frame_dropped_subjects = _words(frame["dropped_subjects"])
        self._frame_event_signs = frozenset(frame["event_signs"])
        self._frame_live_reach = int(frame["live_reach"])
        self._frame_list_signs = int(frame["list_signs"])
        self._frame_continuers = _phrases(frame["continuers"])
        self._frame_live = _phrases(frame["live"])
        self._frame_takeback = _phrases(frame["takeback"])
        self._frame_keeps = _phrases(frame["keeps"])
        self._frame_exertions = _phrases(frame["exertions"])
        self._frame_event_bars = _phrases(frame["event_bars"])
        self._frame_items = _phrases(frame["items"])
        self._frame_conditionals = _phrases(frame["conditionals"])
        self._frame_abilities = _words(frame["abilities"])
        self._frame_losses = _phrases(frame["losses"])
        # safety73: everyday cues barred, the asker's people, a handover's managed signs, claims
        bars = frame["cue_bars"]
        self._frame_bars_before = {c: _words(w) for c, w in bars["before"].items()}
        self._frame_bars_after = {c: _words(w) for c, w in bars["after"].items()}
        self._frame_people = _words(frame["people"]["words"])
        self._frame_managed = _phrases(frame["managed"]["words"])
        self._frame_managed_kinds = frozenset(frame["managed"]["kinds"])
        self._frame_years = (int(frame["managed"]["years"][0]), int(frame["managed"]["years"][1]))
        self._frame_resemblances = _words(frame["resemblances"]["words"])
        self._frame_resemblance_reach = int(frame["resemblances"]["reach"])
        self._frame_claim_counts = _words(frame["claim_counts"]["words"])
        self._frame_count_skips = _words(frame["claim_counts"]["skip"])
        self._compare_leads = _phrases(contrast["compare_leads"])
        self._compared_others = _words(contrast["compared_others"])
        self._holder_not_subjects = _words(holder["not_subjects"])
        self._holder_well = _words(holder["well"])
        self._holder_being = _words(holder["being"])
        self._holder_undone = _words(holder["undone"])
        self._holder_well_after = _words(holder["well_after"])
        self._intensity = _words(vocabulary["intensity"])
        self._caused_by_others = frozenset(vocabulary["caused_by_others"])
        self._pronouns = _words(vocabulary["pronouns"])
        self._dated_back = _words(vocabulary["dated_back"]["words"])  # past.py, review15 F10
        # "wet himself", "soiled herself": a symptom said with these is someone else's
        self._their_reflexives = _words(vocabulary["their_reflexives"])
        self._animal_stems = _stems(vocabulary["animals"])
        self._back_stems = _stems(vocabulary["back_words"])
        self._region_concepts = frozenset(vocabulary["regions"])
        # "mine is only in both legs": regions that, named in a disclaimer, are the asked alarm
        self._alarm_regions = frozenset(vocabulary["alarm_regions"])
        self._one_side = _words(vocabulary["one_side"])
        # the legs' body parts ("mine is only in both legs" binds a sign to no other: senses.py)
        self._leg_regions = frozenset(vocabulary["leg_regions"])
        if self._leg_regions - self._region_concepts:
            unknown = sorted(self._leg_regions - self._region_concepts)
            raise DataError(f"safety_vocabulary.json: 'leg_regions' names no region {unknown}")
        # quoted safety-netting advice and what says its condition came true (safety_net.py)
        net = vocabulary["safety_net"]
        self._care_verbs = _words(net["care_verbs"])  # "call 999", "go to A&E", "seek help"
        self._watch_leads = _words(net.get("watch_leads", ()))  # "watch for", "look out for"
        self._told_words = _words(net["told"])  # "since", "already": the condition has happened
        self._told_better_words = _words(net["told_better"])  # "already better" (safety52)
        self._ahead_words = _words(net["ahead"])  # "until then": a time course toward care
        self._net_subjects = _words(net["subjects"])  # "it", "they", "which" before a verb
        self._net_affirming = _words(net["affirming"])  # "has", "can't", "went" after a subject
        self._self_verbs = _words(net["self_verbs"])  # "ive", "its": a subject and its verb
        self._not_affirming = _words(net["not_affirming"])  # "I'm fine", "mine is just ..."
        self._condition_ends = _words(net["condition_ends"])  # "and", "but" before a subject
        self._net_statements = _words(net.get("statements", ()))  # "and there's ..." (safety90)
        # "if I can't pee - I can": a claim of the ability the condition denies (safety86)
        self._ability_denials = _words(net["ability"]["denials"])
        self._ability_claims = _words(net["ability"]["claims"])
        self._ability_hedges = _words(net["ability"]["hedges"])  # "I can, just about"
        self._ability_whole = _words(net["ability"]["whole"])  # "I can, totally normally"
        # signs named in a list, a textbook case or a comparison of terms (listed.py)
        listed = vocabulary["listed"]
        self._red_flag_heads = _words(listed["red_flags"])  # after "red"
        self._list_heads = _words(listed["heads"])  # "signs", "symptoms" after a list verb
        self._list_verbs = _words(listed["list_verbs"])  # "list", "name", "what"
        self._list_openers = _words(listed["openers"])  # "like", "e.g.", "including"
        self._case_words = _words(listed["case_words"])  # "textbook", "classic"
        self._case_nouns = _words(listed["case_nouns"])  # "case", "presentation"
        self._copulas = _words(listed["copulas"])  # "is X the same as Y": the comparison's verb
        self._same_words = _words(listed["same"])
        self._likeness = _words(listed["likeness"])  # "the same as", "the same like"
        self._different_words = _words(listed["different"])
        self._owning = _words(listed["owning"])  # "got that since Monday": a sign owned, no I
        # the words that stop a long-ago story from reaching a sign (past.py)
        tense = vocabulary["tense"]
        self._recent_deictics = _words(tense["recent_deictics"])  # "this week", "last night"
        self._present_markers = _words(tense["present"])  # "my legs are numb", "I can't pee"
        self._perfect_markers = _words(tense["perfect"])  # "has gone numb", "I've lost"
        self._past_auxiliaries = _words(tense["past_auxiliaries"])  # "I couldn't feel"
        self._infinitive = _words(tense["infinitive"])  # "I used to have": no tense of its own
        self._asks_now = _words(tense["asks_now"])  # "..., should I go to A&E?": told now
        # "In 2012 I couldn't pee and both legs were numb": the story told on past a joiner
        self._narrative = _words(tense["narrative"])
        self._narrative_stops = _words(tense["narrative_stops"])  # "... and since then"
        self._now_words = self._recent_deictics | _words(vocabulary["kept_live"]["timing"])
        self._time_clauses = _words(tense["time_clauses"])  # "when the kids were little ..."
        self._telling_now = (  # words that tell now: no long-ago story goes on over them
            self._present_markers
            | self._perfect_markers
            | self._recent_deictics
            | _words(vocabulary["kept_live"]["timing"])
            | self._narrative_stops
        )
        # "Is leg weakness an emergency? Mine is just in both legs": the asker's own (_narrowed)
        # "no tingling, weakness or bladder trouble": the word ending a negated list (senses.py)
        self._list_ends = _words(vocabulary["list_ends"])
        self._own_case = _words(vocabulary["own_case"])
        # "lost a stone dieting, but I keep losing weight": a sign told as going on, which a cause
        # named elsewhere in the question no longer explains (causes.py)
        goes_on = vocabulary["goes_on"]
        self._goes_on = frozenset(goes_on["concepts"])
        self._goes_on_words = _words(goes_on["words"])
        # "Did a 10k, my legs are dead": a numbness word in tired legs after exercise is tiredness
        spent_legs = vocabulary["spent_legs"]
        self._spent_signs = frozenset(spent_legs["signs"])
        self._spent_causes = frozenset(spent_legs["causes"])
        # "my GP ruled out numbness or bladder trouble": a clinician's exclusion denies its list
        exclusions = vocabulary["exclusions"]
        self._exclusion_verbs = _phrases(exclusions["verbs"])
        self._exclusion_checks = _phrases(exclusions["checks"])
        self._found_nothing = _phrases(exclusions["found_nothing"])
        self._exclusion_reach = int(exclusions["reach"])
        # "both legs went to sleep and it hasn't worn off all day": a limb's brief numbness told
        # as lasting (a denied recovery, "still" with a sign or a denial, a span of hours or days)
        lasting = vocabulary["lasting"]
        self._lasting_signs = frozenset(lasting["signs"])
        self._lasting_recovery = _words(lasting["recovery"])
        self._lasting_persisting = _words(lasting["persisting"])
        self._lasting_copulas = _words(lasting["copulas"])  # "they still are" (safety95)
        self._lasting_fine = _words(lasting["copulas_fine"])  # "they still are fine"
        self._lasting_eased = frozenset(lasting["eased"])  # causes.py _eased_outlasted
        self._lasting_spans = _words(lasting["spans"])
        self._lasting_units = _words(lasting["units"])
        self._lasting_since = _words(lasting["since"])  # "since the weekend": causes.py
        self._lasting_since_units = _words(lasting["since_units"])
        # "... both legs go numb? Mine just did.": "mine (is) just" with no complement after it, or
        # with an onset verb, says yes; it disclaims only before what narrows ("the left calf")
        affirming = vocabulary["affirming"]
        self._affirming_skip = _words(affirming["skip"])
        self._affirming_verbs = _words(affirming["verbs"])
        self._affirming_onsets = _words(affirming["onsets"])
        # "only a bit", "sort of": a hedge that takes a denial back (phrases of normal words)
        self._hedges = frozenset(
            " ".join(normal(w) for w in p.split()) for p in vocabulary["hedges"]
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
        # "Not hypothetical.", "Asking for real.": the asker takes a study framing back
        self._real_claims = frozenset(
            " ".join(normal(w) for w in p.split()) for p in abstract["real_claims"]
        )
        self._story = frozenset(abstract["story"])
        self._happening = _words(abstract["happening"])  # "now": a symptom stated as happening
        self._general_cues = frozenset(abstract["general"]) | frozenset(abstract["topics"])
        self._topics = frozenset(abstract["topics"])  # "does X cause back pain?"
        self._disclaimers = frozenset(abstract["disclaimers"])  # "I feel fine", "mine's only"
        self._one_off = frozenset(abstract["one_off"])  # "nothing since", "just a one-off"
        self._nobodys = frozenset(abstract["nobodys"])  # what a box says: no one's (others.py)
        # cues of a general question about a sign ("just curious", "what does ... mean", "in a
        # novel"), beside the general, generic, topic and study ones
        self._asking = frozenset(abstract["asking"]) | self._general_cues | self._framing
        # a general question about a sign becomes a pointer only with one of these: "is it
        # serious if you can't pee?" or "what does it mean when ..." is how a frightened person
        # asks about their own, and keeps the notice
        self._distancing = frozenset(abstract["distancing"])
        # "What is saddle anaesthesia?": a definition of a term distances as framing does
        # (framing._defines_terms); its cue's first word, and the words that tell a case instead
        self._defining = frozenset(abstract["defining"])
        # "I have none of them": a denial of every sign named around it (framing._covered)
        self._covering = _words(abstract["covering"])
        self._covering_breaks = _words(abstract["covering_breaks"])
        self._general_markers = _words(abstract["general_markers"])
        self._covering_people = _words(abstract["covering_people"])  # "he does": his case
        # care named inside a report ("My GP said to go to hospital if ..."): the report's advice,
        # not care the asker seeks (framing._covered)
        self._reported_care = _words(abstract["reported_care"])
        # the care a report advises ("and to go to A&E") and what makes the signs its condition
        self._advice_care = self._reported_care | _words(abstract["advice_care"])
        self._advice_conditions = _words(abstract["advice_conditions"])
        self._doubts = _words(abstract["doubts"])  # "Not me, I'm worried": no denial
        # "her exercises": someone's thing named in a clause with no sign tells no case of theirs
        self._covering_possessives = _words(abstract["covering_possessives"])
        # "accident with a lorry": a sense holding an event gives way to a vehicle after it
        self._sense_events = frozenset(vocabulary["sense_vehicles"]["events"])
        self._sense_vehicles = frozenset(vocabulary["sense_vehicles"]["vehicles"])
        # "can't cough without wetting myself": a second negation affirms (senses.py)
        self._double_negations = _words(vocabulary["double_negations"]["words"])
        self._double_leads = _words(vocabulary["double_negations"]["leads"])
        # "my MS has made both my legs weak for years": a sign told as long-standing (past.py)
        long_standing = vocabulary["long_standing"]
        self._long_signs = frozenset(long_standing["signs"])
        self._long_bars = frozenset(long_standing["bars"])
        self._managed_times = frozenset(long_standing["managed"]["times"])  # safety72
        self._managed_cues = frozenset(  # matched as " words " in a message's surfaces
            f" {' '.join(map(normal, c.split()))} " for c in long_standing["managed"]["cues"]
        )
        # a child's continence still being learned ("still wets the bed", "potty training"):
        # anyone's wetting in its scope is no new change (safety40)
        self._learning_times = frozenset(long_standing["learning"]["times"])
        self._learning_signs = frozenset(long_standing["learning"]["signs"])
        self._learning_told_signs = frozenset(long_standing["learning"]["told_signs"])
        self._learning_told_objects = _words(long_standing["learning"]["told_objects"])
        # "fever I don't have": a denial after its sign (senses._fronted_denied)
        self._fronted_skip = _words(vocabulary["fronted"]["skip"])
        self._fronted_auxiliaries = _words(vocabulary["fronted"]["auxiliaries"])
        self._fronted_negations = _words(vocabulary["fronted"]["negations"])
        # "can't sit with both legs crossed, they feel weak": a posture gives way to a sign
        self._posture_regions = frozenset(vocabulary["posture_regions"]["regions"])
        self._posture_words = _words(vocabulary["posture_regions"]["words"])
        # "I can't feel nothing": a negation repeated after a negated sign denies nothing
        self._concord = _words(vocabulary["concord"]["words"])
        # "surely it's not normal to have a numb bum": a negation of a judgement before its
        # complement denies the judgement, not what the complement tells (senses.py)
        judged = vocabulary["judged"]
        self._judgements = _words(judged["judgements"])
        self._judged_complements = _words(judged["complements"])
        self._judged_gap = int(judged["gap"])
        # "no fever, numb groin since this morning": a negated list ends before a time anchor
        self._list_breaks = _words(vocabulary["list_breaks"])
        # "no damage to the bike": a lessening said of something else (causes._said_of_self)
        self._minor_concepts = frozenset(vocabulary["minor_of"]["concepts"])
        self._minor_prepositions = _words(vocabulary["minor_of"]["prepositions"])
        # "The nurse asked whether I'd wet myself. I haven't.": a reported question, answered
        inquiries = vocabulary["inquiries"]
        self._inquiry_verbs = frozenset(
            " ".join(normal(w) for w in p.split()) for p in inquiries["verbs"]
        )
        self._inquiry_objects = _words(inquiries["objects"])
        self._inquiry_openers = _words(inquiries["openers"])
        self._inquiry_lists = _words(inquiries.get("lists", ()))  # "all the questions about"
        self._inquiry_abilities = _words(inquiries["abilities"])
        self._answers_no = _words(inquiries["no"])
        # a clinician's verdict after the answer: "She thinks it's a strain" (safety48)
        self._inquiry_verdicts = _words(inquiries["verdicts"])
        # an ability asked about ("asked if I could feel") and answered no is its loss
        # (ability_answers.py, safety44); like a pronoun's sign, a sign told in other words
        self._ability_sign_of: dict[str, str] = dict(inquiries["ability_losses"])
        self._ability_noes = _words(inquiries["ability_noes"])
        self._signs_told_by = {**self._pronoun_sign_of, **self._ability_sign_of}
        # the words a bare answer holds besides its "no" ("I said no", "I haven't at all"): an
        # answer with any other word says more ("I haven't stopped", "I said no but I lied")
        self._answer_words = _words(inquiries.get("answer_words", ()))
        # a denial or an answer taken back after it ("That's not me. Sorry, yes it is.", "I
        # haven't. Actually I lied."): the words that say so (_taken_back_after)
        self._retractions = _words(vocabulary["retractions"]["words"])
        future = vocabulary["future"]  # clauses that look ahead (future.py)
        self._future_openers = _words(future["openers"])
        # "in case I crash", "if I fall off my horse" beside a precaution: an accident supposed
        self._supposing = _words(future["supposing"])
        self._supposing_subjects = _words(future["supposing_subjects"])
        self._supposed_events = frozenset(future["supposed_events"])
        self._precautions = _words(future["precautions"])
        self._future_times = _words(future["times"])
        self._future_next = _words(future["next"])
        self._future_units = _words(future["units"])
        self._future_ongoing = _words(future["ongoing"])
        self._future_embedders = _words(future["embedders"])  # "why I can't feel": now
        self._future_subjects = _words(future["embedded_subjects"])
        self._future_keeping = _words(future["keeping"])  # "will my legs keep giving way"
        self._future_remedies = _words(future["remedies"])  # "will it fix the numbness"
        self._term_starts = _words(abstract["term_starts"])
        self._term_breaks = _words(abstract["term_breaks"])
        # a plea, fear, hurry or care being sought: the question is about a live situation
        self._live = _words(abstract["live"])
        asked_help = abstract["asked_help"]
        self._help_words = _words(asked_help["words"])
        self._helpers = _words(asked_help["helpers"])
        self._helped = _words(asked_help["helped"])
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
        # an ordinary question about the back after a report (follow_up.py): what it may name
        follow_up = vocabulary["follow_up"]
        self._follow_up = frozenset(follow_up["concepts"])
        self._follow_up_needs = frozenset(follow_up["needs"])
        self._follow_up_openers = _words(follow_up["openers"])  # "Also," before it
        # the asker in such a question ("which stretches are good for my back?": asked_after.py)
        self._asking_owned = _words(follow_up["asking"]["owned"])
        self._asking_reach = int(follow_up["asking"]["reach"])
        # bars on someone else's emergency read in the sign's clause only (asked_after._barred)
        self._clause_bars = frozenset(vocabulary["clause_bars"]["concepts"])
        # the times that tell someone else's sign live only in the sign's own clause (safety60)
        self._clause_times = frozenset(vocabulary["clause_bars"].get("times", ()))
        self._asked_of_bars = frozenset(vocabulary["clause_bars"]["asked_of"])
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
        self._surfaces = frozenset(_WORD.findall(self._joined))
        # what a typo may be read as: not initials ("tra" is no "rta", a road accident: an edit of
        # two or three letters is as likely any other set of letters as these)
        self._typo_targets = self._surfaces - frozenset(vocabulary.get("initials", ()))
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
        if self._events - known:
            raise ValueError(f"'events' names unknown concepts {sorted(self._events - known)}")
        for rule in compiled:
            missing = (
                {c for combo in rule.when for c in combo} | rule.anywhere | dict(rule.across).keys()
            ) - known
            missing |= {
                c for _, causes in rule.explained for cause in causes for c in cause
            } - known
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
