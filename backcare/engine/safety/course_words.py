"""The red-flag vocabulary's word sets that tell when a sign is and how it is told
(data/safety_vocabulary.json): safety-netting advice, lists and textbook cases, tense and a
long-ago story, a sign that goes on or lasts, a hedge, a live cue beside a cause, a topic's or a
definition's framing, double negations, a long-standing or learning sign, a reported question and
its answer, a denial taken back, a look ahead. Read after `WhoseWords` (whose_words.py), before
`Vocabulary` (vocabulary.py) compiles the phrases and rules."""

from __future__ import annotations

from collections.abc import Mapping

from backcare.engine.safety.reading import (
    normal,
)
from backcare.engine.safety.whose_words import WhoseWords
from backcare.engine.safety.word_sets import _WORD, _phrases, _stems, _words
from backcare.hints import Any


class CourseWords(WhoseWords):
    """The word sets of when a sign is and how it is told (read by `Vocabulary.__init__`)."""

    def __init__(self, vocabulary: Mapping[str, Any]) -> None:
        super().__init__(vocabulary)
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
        self._change_leads = _words(net["change_leads"])  # "just" in "they've just gone numb"
        self._changes = _words(net["changes"])  # "gone", "started": a change told (safety139)
        self._partitive_links = _words(net["partitive_links"])  # "none OF that has happened"
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
        # "I've had it for weeks after the op": a time lasted up to now, no story over (past.py)
        self._lasting_opens = _words(tense["lasting_opens"])
        self._lasting_ends = _words(tense["lasting_ends"])
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
        # "a shy bladder at work but today nothing comes out": a sign set against its cause
        # (set_against.py, safety99)
        set_against = vocabulary["set_against"]
        self._set_against_contrasts = _words(set_against["contrasts"])
        self._set_against_times = frozenset(set_against["times"])
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
        self._outlast_units = _words(lasting["outlast_units"])  # causes.py told_past
        self._since_left = _phrases(lasting["since_left"])  # causes.py outlasts: "since I left"
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
        # signs whose phrase holds their own negation and names the back as the cause ("haven't
        # slept because of my back"): the back inside is told, not denied (safety105)
        self._told_inside = frozenset(vocabulary["told_inside"])
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
        self._fronted_copula_negations = _words(vocabulary["fronted"]["copula_negations"])
        self._fronted_copulas = _words(vocabulary["fronted"]["copulas"])
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
        # "no numbness, bladder problems or anything else since": a bare "since" counts the
        # denial from the story before, no sign's own time (senses._listed_on)
        bare = vocabulary["list_breaks_bare"]
        self._list_breaks_bare = _words(bare["words"])
        self._list_breaks_bare_after = _words(bare["after"])
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
        # a denial with one of these covers signs asked about in a bare question no more: "Is
        # it bad if both legs go numb? I don't have any other symptoms" (framing._asked_apart)
        self._asked_cover_breaks = _words(abstract["asked_cover_breaks"])
        self._asked_cover_hedges = _words(abstract["asked_cover_hedges"])  # "Only a bit."
        affirmed = abstract["asked_affirmed"]  # "Whichever it is, I've got it" (safety127)
        self._asked_affirm_verbs = _words(affirmed["verbs"])
        self._asked_affirm_proforms = _words(affirmed["proforms"])
        self._asked_affirm_after = _words(affirmed["after_only"])
        self._asked_affirm_times = _words(affirmed["times"])  # "None of that. Only since Sunday."
        self._asked_affirm_spans = _words(affirmed["spans"])  # "for", before a count only
        self._asked_affirm_counts = _words(affirmed["span_counts"])
        # a normal reading denies the sign it measures ("36.7C": no fever), as a denial does
        self._reading_denials: dict[str, str] = dict(abstract["reading_denials"])
        self._heard_words = _words(abstract["heard_words"])  # "I heard fever is ..."
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
