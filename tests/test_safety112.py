"""safety112 (issue #12, red flags 37's false alarms): ordinary messages read as classes, with
the real signs in the same frames each reading must still raise.

- A denial placed before its clause: "it's not that I can't pee, I pee fine" (not_that.py).
- Another sense: a normal reading asked ("is 37.2 a temperature?"), poor sleep as what makes
  back pain worse, a cancer feared of every ache (data/safety_vocabulary.json senses).
- A cause told with the sign: broken footwear and a dragging foot (FOOTWEAR_CAUSE), the limb sat
  on ("sitting on it funny"), a long drive's numb bum that came back after a walk (POSTURE_CAUSE,
  EASED_ON_STOPPING).
- Signs a clinician examined and cleared: the learned check reads what is told after
  (cleared.py).
- A pasted warning list denied, the asker's own plain case dated ("it's just a stiff back since
  yesterday": plain_case.py, framing._covered).
- A heated thing's number ("the bath at 40 degrees", "Mine's about 39C": thing_heat.py)."""

from __future__ import annotations

from tests.safety_cases import frame_tests

QUIET = [
    # a denial placed before its clause
    "It's not that I can't wee, I wee perfectly well, my lower back is just stiff from the gym",
    "not that I can't feel my feet, I can feel them fine, they're just sore after the 10k. back a"
    " bit tight",
    # a normal reading asked; poor sleep as a cause; a cancer feared
    "Is 37.4 a high temperature? I feel fine, my back is just stiff from gardening",
    "The baby wakes me so I sleep badly. Does bad sleep make back pain worse?",
    "My aunt had bowel cancer so I'm worried every twinge is cancer. I'm 35 and my back is sore"
    " from the gym, already easing.",
    # broken footwear; the limb sat on; a drive's numbness gone after a walk
    "my flip flop strap snapped so my foot kept dragging all the way home haha. best shoes for a"
    " bad back?",
    # a clinician's examination and verdict
    "Went to the walk-in centre on Friday because I was scared about a numb foot. The nurse"
    " examined me, said it's a trapped nerve, saddle fine, bladder fine. Since then it's less numb."
    " Can I go swimming?",
    "Pregnant, 34 weeks, lots of pressure down below and my lower back aches. The midwife checked"
    " me and says it's pelvic girdle pain. Any exercises?",
    # a pasted list denied, the asker's plain case dated
    "Gemini told me: 'Get help urgently if you have numbness in the groin, loss of bladder control"
    " or weakness in both legs.' I don't have any of those, it's just a sore back after hoovering"
    " yesterday.",
    # a heated thing's number
    "How hot should a bath be for a stiff back? Mine's around 40C, is that too much?",
    "What's the best bath temperature for a sore back? I keep mine at 40C, is that ok?",
    "My back is stiff so I soak in the bath at 40C every night, is that too hot?",
]

# the rule each reading quietens; another reader's notice is not judged here: the pee line's
# "keep thinking about it since I read about cauda equina" still reads a suspected cauda equina
RULES_QUIET = {
    # the bowel's "it won't come" is no bladder's stop (returned.py, data/pronoun_rivals.json);
    # the learned check still reads this line's words as an emergency (left)
    "on co-codamol for my back and haven't done a number two in 4 days. I can feel that I need to"
    " go, it just won't come. Is a laxative ok?": ("cauda-equina-bladder",),
    # the limb sat on at the toilet: the learned check reads "numb ... on the toilet" (its words)
    "my foot went numb cos i was sitting on it funny on the toilet, fine now, is my back to blame": (
        "cauda-equina-saddle",
    ),
    # the learned check reads this drive's numb bum as it reads any (its words; the rules read the
    # seat and the easing): left, as red flags 37's horse trek
    "drove 6 hours to Devon on Saturday, bum went numb in the car but came back after a walk round"
    " the services. Back a bit stiff. Any stretches?": ("cauda-equina-saddle",),
    "It's not that I can't pee, I pee fine, I just keep thinking about it since I read about"
    " cauda equina": ("cauda-equina-bladder",),
}

RAISED = {
    # a sign in a clause of its own after the denial, or no clause denied
    "It's not that I can't pee, it's that I keep wetting myself without noticing, back is agony": (
        "emergency"
    ),
    "Not that it matters, but I can't feel my legs and my back is killing me": "emergency",
    "not that I can't feel my legs, they're both numb and weak since this morning, back agony": (
        "emergency"
    ),
    "it's not that bad, but I can't pee since this morning and my back hurts": "emergency",
    # the complaint restated after the denial, or the denied ability not affirmed
    "It's not that I can't wee, it's that it just leaks out on its own and I can't stop it": (
        "emergency"
    ),
    "It's not that I can't pee, I can, it just takes ages to start, back aches": "emergency",
    "It's not that I can't pee, I pee fine, it's that it dribbles out on its own, back aches": (
        "emergency"
    ),
    # a fever reading; pain waking at night; a cancer had
    "Is 38.6 a temperature? my back is killing me": "urgent",
    "Is 37.2 a temperature? I've had a temperature of 39 all night and my back aches": "urgent",
    "my back pain is worse when I sleep, it wakes me every night": "soon",
    "I'm paranoid every ache is cancer because I had breast cancer two years ago, now my back"
    " hurts": "urgent",
    # a dragging foot with no footwear to blame, or beside another sign
    "my foot keeps dragging on the floor since yesterday, even in trainers, back is killing me": (
        "emergency"
    ),
    "my foot keeps dragging even after I replaced the broken sandal, back hurts": "emergency",
    "my sandal strap broke last week. now my foot keeps dragging and both legs feel weak, back"
    " agony": "emergency",
    # a numbness that lasts after the seat, or a saddle sign beside it
    "drove 8 hours to Cornwall yesterday, bum went numb in the car and it's still numb today, back"
    " aches": "emergency",
    "four hours in the saddle on a horse trek, bum numb and I can't feel the toilet paper when I"
    " wipe, back aches": "emergency",
    "my bum went numb on the loo and I can't feel the paper when I wipe, back aches": "emergency",
    "my leg went numb cos i been sitting on it funny on the loo, still numb 2 days later and now"
    " the other leg too, back aches": "emergency",
    # a sign after the examination, or an examination ahead
    "A&E said it wasn't CES on Monday, they did a bladder scan and it was all normal. Since this"
    " morning I can't feel the toilet paper when I wipe and my legs feel heavy": "emergency",
    "Went to the out of hours doctor on Saturday about a numb foot. She examined me and said it was"
    " a trapped nerve. Now both feet are numb and my legs keep giving way": "emergency",
    "The GP will examine me tomorrow and said to rest. My legs are numb and heavy and I keep"
    " tripping over my feet, back agony": "emergency",
    "Went to the out of hours doctor on Saturday about a numb foot. She examined everything and"
    " said it was a trapped nerve. Since then the foot is less numb but my other foot has gone"
    " numb too": "emergency",
    # a sign told after the denied list
    "Copilot told me: 'Seek urgent care if you have numbness in the groin or weakness in both"
    " legs.' I don't have any of those, it's just that both my legs went numb yesterday": (
        "emergency"
    ),
    "Pasting what the chatbot said: 'Most back pain gets better within a few weeks. See a doctor if"
    " you have a fever, numbness, or problems controlling your bladder.' I've got none of that,"
    " I'm just 5 days in with a pulled muscle, but since this morning I can't pee": "emergency",
    # a bladder's stop told by a pronoun, the bladder named in its own words
    "haven't pooed in 3 days and I can't wee either, it just won't come, back agony": "emergency",
    "bowels are fine but my bladder is weird. It just won't go. back hurts": "emergency",
    "constipated from the codeine. need a wee but it won't come out, back aches": "emergency",
    # a person's temperature beside a bath
    "What temperature should a bath be for back pain? I've got a temperature of 39C and my back"
    " aches": "urgent",
    "What's a normal temperature? Mine's 39C and my back aches": "urgent",
    "I had a bath, 39C now and shivery, back aches": "urgent",
    "Had a bath earlier. It's 39C now and I'm shivery, back aches": "urgent",
    "What's a normal temperature for an adult? I think mine is about 39C, back aches": "urgent",
}


frame_tests(globals(), QUIET, RULES_QUIET, RAISED)
