"""safety129 (issue #12): red flags 44's misses, by the reading that failed, each class with calm
twins and real signs of this session's own writing (never copied from an evaluation set).
- no_better_than_early: a course told as no better than its start ("basically the same as week
  two", "as bad as the first week", "no better than when it started"), a duration told as a count
  ("week 7 of back pain") and a pasted form's own answer ("Improving? No"): NO_IMPROVE read only
  "same as day one"; LONG_DURATION read "7 weeks of", not "week 7 of"; a form frame (a "referral
  form") framed an improvement asked and answered no, which is the sign, as it never frames an
  ability asked ('abilities'). Not a lone "the same as week one" (a rota, a job): only told of the
  course ("it's / still / basically the same as"). "Barely coping / managing" is not coping only
  with the back or the pain named in it; "barely managing my shifts" is no trouble peeing (a sense).
- back_bothering: "my back has been bothering / troubling me" is back pain, so a risk factor told
  beside it (weight lost without trying at 55, a fever, a cancer) raises its rule, as beside "my
  back hurts".
- night_is_worst: "night is the worst", "I wake in the night with it / with the pain" are night
  pain; the night of a baby, a shift or anxiety is not.
- arabizi_fever: Arabic written in Latin letters and digits: "s5ana / skhana / sukhuna" (fever),
  "yerjef" (shivering), "wja3 fi dahri" (pain in my back); "mafi / ma 3andi / bala / bidun s5ana"
  (no fever) is read as afebrile, as safety126 read the Romance languages' "without fever".
The false alarms of red flags 44 outside safety127's and safety128's classes, a second round:
- comic_pause: an ellipsis ended the clause, so "I've lost all feeling in my... sense of humour"
  read "lost all feeling" alone and "Fell down the stairs... of the bouncy castle" a fall down
  the stairs. A pause before "of" holds the phrase open (data/pause_held.json); everyday objects
  of a lost feeling and a soft play's or an inflatable's stairs are senses. A pause after a word
  that needs what follows ("my", "the", "in") held it open too until the cold review of the
  merge found it joined denials to the sign after the pause ("no fever or anything in the...
  legs are weak and numb now"): it ends the clause again (tests/test_s35_review.py).
- same_for_comparison: "are the warning signs the same for me?" asks a comparison, not a course:
  NO_IMPROVE's "the same for" read it; a sense holds "the same for me / women / kids" ending its
  clause ("the same for me for 6 weeks" is still the course).
- clinician_signed_off: "my physio signed me off last month" is a discharge, told by a clinician
  (a GP's "signed me off work" is sick leave, NOT_COPING, as before): FULL_RECOVERY reads it.
"""

from __future__ import annotations

from backcare.engine.safety import load_safety
from backcare.engine.safety.reading import tokenize
from tests.safety_cases import class_tests

CALM = {
    "no_better_than_early": [
        "Hurt my back lifting a sofa last week and it's already much better than day one. Any stretches?",
        "Week 2 of back pain, loads better than the first few days. Can I go back to yoga?",
        "The new rota is the same as week one. My back aches a bit after long shifts, heat or ice?",
        "Week 3 of my new job and my lower back is a bit stiff from the van seat, getting easier each day.",
        "My back's way better than the first week, I can tie my shoes again. When can I run?",
        "Pulled my back gardening on Sunday, today it's far better than yesterday. Should I keep walking?",
        "Week 5 of the couch to 5k plan, back feels great, just want a stretch for tight hamstrings.",
        "Sore back from painting the hall, nothing like as bad as the first day. Is ibuprofen ok?",
    ],
    "back_bothering": [
        "The noise from the flat upstairs has been bothering me for weeks, my back is fine. Any tips for sleep?",
        "My back isn't bothering me at all since the physio, I just want a plan to stay strong.",
        "Work stress is bothering me more than my back, which has settled. Any relaxation exercises?",
        "My knee has been bothering me after running, back's fine. Should I ice it?",
        "The cold weather bothers me, but my back is totally fine. Any tips for staying warm on the bike?",
        "Nothing's bothering me now, back is sorted after a week of stretches. How do I keep it that way?",
        "My neighbour's dog has been bugging me all week and I'm 60, but my back is fine. Good core exercises?",
        "The new desk hasn't been troubling me at all, back feels better. How often should I stand up?",
    ],
    "night_is_worst": [
        "Night shifts are the worst for my sleep, but my back is fine. Any tips for staying awake?",
        "The night is the worst time for my baby's colic, my back aches a bit from rocking her in the day.",
        "I wake in the night with the baby, and my back aches a bit from feeding in the chair. Better chair?",
        "Nights are the hardest for my anxiety, back pain is only after long drives. Any stretches for the car?",
        "Woke in the night with cramp in my calf, back is fine. Is that normal after a long run?",
        "Mornings are the worst for my back, it eases after a shower and sleeps fine. Best morning stretch?",
        "Night feeds are the worst, I'm so tired, back's ok. When does it get easier?",
        "I wake during the night to let the dog out, back's a bit sore from the walks. Which shoes?",
    ],
    "arabizi_fever": [
        "Salam, 3andi wja3 fi dahri min yomein ba3d ma shilt kanabeh, mafi s5ana. Shu a3mal?",
        "wja3 fi dahri mn el gym, ma 3andi s5ana, ba3mal stretching, tamam?",
        "My back hurts after moving house, mafi s5ana alhamdulillah, just tired. Heat or ice?",
        "3andi wja3 bsit fi dahri, bala s5ana, bas bidi a3ref eza el swimming mni7?",
        "Back pain from the car trip, bidun s5ana, nothing else. What stretches?",
        "ana mni7, bas wja3 fi dahri shway mn el sho3'l, ma fi s5ana. Ibuprofen ok?",
        "Salam doctor, ma 3andi s5ana, bas dahri bywaja3ni ba3d el football. Shu el 7al?",
        "Lower back sore from gardening, mafi skhana, eating well. Is walking good?",
    ],
}
KEPT = {
    "no_better_than_early": [
        (
            "Hurt my back lifting a sofa in October and it's still basically the same as week one. Any ideas?",
            "soon",
        ),
        (
            "Week 9 of this lower back pain and honestly it's no better than the first fortnight.",
            "soon",
        ),
        (
            "Eight weeks on and my back is as bad as the first week, despite stretching daily.",
            "soon",
        ),
        (
            "Week 6 of sciatica now. Doing all the exercises and walking every day like you said.",
            "soon",
        ),
        (
            "Lower back pain since the start of term and I'm hardly coping with work because of the pain.",
            "soon",
        ),
        (
            "Self-referral form\nProblem: low back pain\nHow long: 10 weeks\nImproving? no\nAnything else: desk job",
            "soon",
        ),
        (
            "Physio questionnaire answers: pain for 7 weeks. Getting better? No. Working? Yes.",
            "soon",
        ),
        (
            "My back is no better than when it started a month ago, and I've done the exercises every day.",
            "soon",
        ),
    ],
    "back_bothering": [
        (
            "I'm 58 and my back has been bothering me for a couple of months, and I've dropped 6 kilos without trying.",
            "soon",
        ),
        (
            "My back has been bothering me since my chemo for breast cancer finished last year.",
            "urgent",
        ),
        (
            "Lower back's been bothering me, and I've got a fever of 38.9 with shivers today.",
            "urgent",
        ),
        (
            "My back keeps bothering me and my jeans are falling off, I haven't been dieting at all.",
            "soon",
        ),
        (
            "Back has been bothering me for weeks and now I can't feel the toilet paper when I wipe.",
            "emergency",
        ),
        (
            "My back's been troubling me and I've lost a stone without trying this autumn. Just age?",
            "soon",
        ),
        (
            "My spine's been bothering me since the fall off the ladder yesterday and both legs are numb.",
            "emergency",
        ),
        ("My lower back has been bothering me and it wakes me every night, I'm 62.", "soon"),
    ],
    "night_is_worst": [
        ("My lower back pain is bad all day but night is the worst, it wakes me at 3am.", "soon"),
        ("Back ache for two months, nights are the worst and lying down doesn't ease it.", "soon"),
        ("I wake in the night with the pain in my lower back, every night this week.", "soon"),
        (
            "Back pain, and the nights are worse, I wake during the night with it and have to get up.",
            "soon",
        ),
        (
            "My back hurts most of the time, night is the worst, waking in the early hours with the ache.",
            "soon",
        ),
        (
            "I'm 30 and my lower back hurts, nights are the hardest, I wake in the night from the pain.",
            "soon",
        ),
        ("Sore back for six weeks; nighttime is the worst, it wakes me up.", "soon"),
        (
            "Back pain, 45, and I wake during the second half of the night with stiffness and pain.",
            "soon",
        ),
    ],
    "arabizi_fever": [
        (
            "Salam, 3andi wja3 fi dahri min usbu3 w alyom 3andi s5ana w jismi yerjef. Shu a3mal?",
            "urgent",
        ),
        ("wja3 fi dahri kteer w s5ana 39, ma ba3ref shu a3mal", "urgent"),
        (
            "My back hurts since Tuesday and now 3andi s5ana 38.8, yerjef kollo. Is this serious?",
            "urgent",
        ),
        ("Salam, ana 3andi wja3 fi dahri w s5ana min embare7.", "urgent"),
        ("Back pain for a week and today skhana and shivering, what should I do?", "urgent"),
        ("3andi wja3 fi dahri, mafi s5ana embare7 bas alyom s5ana 39.5.", "urgent"),
        ("wja3 fi dahri, w 3andi s5ana 38.6 min embare7, w ta3ban kteer.", "urgent"),
        (
            "Lower back pain and sukhuna since last night, body shaking under the blankets.",
            "urgent",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, {})


FIRST_RUN_MISSES = [
    (
        "Week 7 of back pain. Followed everything on your site, heat, walking, ibuprofen. Not budging at all.",
        "soon",
    ),
    (
        "Salam, ana 3andi wja3 fi dahri min usbu3, w alyawm 3andi s5ana 39 w bard kteer, jismi kollo yerjef. Shu a3mal?",
        "urgent",
    ),
]


def test_first_run_misses_of_the_classes_are_caught_at_their_tier() -> None:
    safety = load_safety()
    for question, urgency in FIRST_RUN_MISSES:
        flags = safety.check(question)
        assert flags and flags[0].urgency == urgency, question


CALM_PAUSES = {
    "comic_pause": [
        "I've lost all feeling in my... patience with this physio waiting list, back is easing though.",
        "Can't feel my... wallet after paying for the osteopath, back is loads better.",
        "Fell down the steps... of the bouncy castle at the fete, only bruised my pride, back fine.",
        "Went down the slide... of the soft play with my daughter, back a little stiff, nothing else.",
        "I lost all sensation in my... enthusiasm for running after this back strain, it's mending.",
        "Lost all feeling in my... dignity when the physio saw my odd socks, back is much better.",
        "I've lost all feeling in the... will to do my back exercises, any tips for motivation?",
        "Tumbled down the ramp... of the inflatable obstacle course at work, bit bruised, back's fine.",
    ],
    "same_for_comparison": [
        "Are the red flags the same for me? My back is just a bit sore from hockey.",
        "Is the advice the same for women? My lower back aches after netball.",
        "Are the stretches the same for kids? My son's back is stiff after football.",
        "My husband had sciatica, are the exercises the same for me? I just have a sore back from the garden.",
        "Is heat or ice the same for everyone? My back's stiff after a long drive.",
        "Would the recovery time be the same for runners? I tweaked my back yesterday.",
        "Is the warm-up the same for adults? Back aches a little after swimming.",
        "Are the warning signs the same for us? My back is only sore after moving house.",
    ],
    "clinician_signed_off": [
        "My physio signed me off last week and I'm doing the home plan. Back a bit stiff after gardening.",
        "The spinal team signed me off in the summer, back has been good, any core tips?",
        "My osteopath signed me off today, back's much better. How do I stop it coming back?",
        "Midwife signed me off after the postnatal check, back aches a bit carrying the car seat.",
        "Chiropractor signed me off as fixed, just a little stiff after long drives now.",
        "The surgeon signed me off at my one-year review and my back feels good.",
        "Physio signed me off now that my back is better, when can I return to rugby?",
        "My consultant signed me off yesterday and my back feels fine. Can I fly next week?",
    ],
}
KEPT_PAUSES = {
    "comic_pause": [
        ("I can't feel my... bum, it's numb since this morning and my back is agony.", "emergency"),
        ("Fell down the stairs... at my mum's house, back agony and I can't get up.", "emergency"),
        (
            "I've lost all feeling in my... legs, both of them, since I lifted the boxes.",
            "emergency",
        ),
        ("My legs are... numb, both of them, and my back hurts since yesterday.", "emergency"),
        (
            "Fell off the ladder... of the loft hatch, about 3 metres, back is killing me.",
            "emergency",
        ),
        ("Can't pee... since last night and my back is really bad.", "emergency"),
        ("Lost all feeling in the... saddle area, back pain, started today.", "emergency"),
        (
            "I keep wetting my... pants, not just a little, since my back went on Sunday.",
            "emergency",
        ),
    ],
    "same_for_comparison": [
        ("My back pain has been the same for me for 6 weeks, no better at all.", "soon"),
        ("It's been the same for 2 months, this lower back pain.", "soon"),
        ("Back pain, the same since Christmas, nothing helps.", "soon"),
        (
            "Is the pain the same for me? It's been like this for 8 weeks with no improvement.",
            "soon",
        ),
        (
            "Are the warning signs the same for me? I can't feel my bum since yesterday.",
            "emergency",
        ),
        (
            "Is it the same for women? I've wet myself twice today and my back is killing me.",
            "emergency",
        ),
        (
            "Are the rules the same for me? I'm 70 and I've just fallen down the stairs, back agony.",
            "emergency",
        ),
        ("Is it the same for adults? I've got a fever of 39.5 and my back is sore.", "urgent"),
    ],
    "clinician_signed_off": [
        ("GP signed me off work for three weeks with this back pain, it's no better.", "soon"),
        ("My physio signed me off work for two weeks, my back is agony and I can't cope.", "soon"),
        ("Signed off sick with my back for 6 weeks now and it's not improving.", "soon"),
        (
            "The physio signed me off last month but now I've wet myself and my back is agony.",
            "emergency",
        ),
        (
            "My surgeon signed me off in May, and since yesterday both my legs are numb.",
            "emergency",
        ),
        ("Physio signed me off last week, now a fever of 39 and my back is throbbing.", "urgent"),
        ("My GP signed me off with my back for a month, I'm not coping at all.", "soon"),
        (
            "The midwife signed me off, but I can't feel when I need to pee since the birth and my back aches.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM_PAUSES, KEPT_PAUSES, {}, name="second_round")


def _clauses(text: str) -> list[int]:
    return [t.clause for t in tokenize(text, frozenset(), frozenset(), frozenset())]


def test_a_comic_pause_holds_its_clause_open() -> None:
    assert len(set(_clauses("fell down the stairs... of the castle"))) == 1


def test_a_pause_after_a_word_that_needs_more_still_ends_its_clause() -> None:
    # "no fever or anything in the... legs are weak and numb now" must not join the denial to
    # the sign after the pause (tests/test_s35_review.py): the joke's phrase is left split
    assert len(set(_clauses("lost all feeling in my... sense of humour"))) == 2
    assert len(set(_clauses("no fever or anything in the... legs are weak"))) == 2


def test_an_ordinary_pause_still_ends_its_clause() -> None:
    # a word that needs nothing after it, a capital or a number after the pause
    assert len(set(_clauses("my back hurts... in the mornings"))) == 2
    assert len(set(_clauses("lost all feeling in my... Anyway"))) == 2
    assert len(set(_clauses("fell down the stairs... 3 of them"))) == 2
