"""The red-flag vocabulary's word sets that tell whose a sign is and in what frame it is told
(data/safety_vocabulary.json): the asker and other people, a health job's patients, an echo, a
sign told back by a pronoun, a thing's owner, a course's syllabus, an instruction, who holds a sign
when, someone dead, denials throughout, a contrast, a topic's frame. The first base of
`Vocabulary` (vocabulary.py), which compiles the phrases and rules after them."""

from __future__ import annotations

from collections.abc import Mapping

from backcare.engine.safety.live import LiveReadings
from backcare.engine.safety.reading import (
    normal,
)
from backcare.engine.safety.word_sets import _phrases, _stems, _words, _work_roles
from backcare.hints import Any
from backcare.resources import DataError


class WhoseWords(LiveReadings):
    """The word sets of whose a sign is and its frame (read by `Vocabulary.__init__`)."""

    def __init__(self, vocabulary: Mapping[str, Any]) -> None:
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
        # "a story about a woman who ...": someone known by a common noun (others.py _is_stranger)
        strangers = vocabulary["strangers"]
        self._stranger_nouns = _words(strangers["nouns"])
        self._stranger_articles = _words(strangers["articles"])
        self._stranger_copulas = _words(strangers["self_copulas"])
        self._stranger_stories = _words(strangers["stories"])
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
        # words that have a message of denials read whole (denied_rest.py, safety124)
        self._denied_rest_kept = _words(throughout["rest_kept"]) | self._denied_yes
        self._denied_rest_between = _words(throughout["rest_between"])
        # the signs a negated verb plainly denies in a message of denials (safety140)
        self._denied_rest_verb_denied = frozenset(throughout["rest_verb_denied"])
        # concepts no sign alone, which a message of denials may tell undenied (safety142)
        self._denied_rest_untold = frozenset(throughout["rest_untold"])
        # a body part denied by its own sign's denial after it ("legs not numb", safety128)
        self._denied_rest_links = _words(throughout["rest_subject_links"])
        self._denied_rest_denials = _words(throughout["rest_subject_denials"])
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
        self._hypothetical = {
            # 'plain_pains' and 'plain_courses' are concept names, read as written (safety142)
            k: frozenset(v) if k.startswith("plain_") else _phrases(v)
            for k, v in hypothetical.items()
            if not k.endswith("about")
        }
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
