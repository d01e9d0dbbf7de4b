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
"""

from __future__ import annotations

from backcare.engine.safety import load_safety
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
