"""safety108 (issue #12, red flags 35/36's false alarms): ordinary messages read as classes, with
the real signs in the same frames each reading must still raise.

- "retention" in another sense (staff, water, customer retention; a retention rate): a sense.
- A numb bottom on a hard plastic or wooden chair that goes as soon as the asker stands up: a
  seat's pressure (POSTURE_CAUSE, EASED_ON_STOPPING); told lasting after standing ("stays numb
  for hours after I stand up") it outlasts its seat (causes.outlasts reads the sign told again).
- Frequent weeing ("weeing constantly") is no constant pain; leaning back in a chair is no
  leaning spine; "every six months", "three times a week" are frequencies, not durations.
- Back trouble asked about after the asker told it over (asked_over.py).
- A story dated after it by an anaphor: "That was four months ago and I've been fine since"
  (dated_back.py).
- "What would happen if I couldn't pee? ... everything works": a supposition (hypothetical.py's
  words).
- A numbness worn off after a spinal anaesthetic, "since" ending the easing's sentence
  (expected.py's _since_then).
- A known cause opening the clause after a sign ("numb for ages - peripheral neuropathy"):
  causes.governs.
- A worsening named only in a question looking ahead (worse_ahead.py)."""

from __future__ import annotations

from tests.safety_cases import frame_tests

QUIET = [
    # another sense of retention
    "Talent retention is my remit and our office team sits all day. Which back exercises help?",
    "Water retention in my ankles in this heat, and my lower back is a bit stiff. Normal?",
    "Our employee retention rate is awful since the warehouse moved; does back care training help?",
    # a seat's pressure, gone on standing
    "My bottom goes numb on the hard wooden benches at church, goes as soon as I stand up. Bad for"
    " my back?",
    # frequent weeing; leaning back in a chair
    "28 weeks pregnant, my back aches and I'm peeing constantly. Any tips for sleeping?",
    "My lower back is a bit sore when I lean back in my office chair. Better chair?",
    # a story dated after it
    "I had a kidney infection with a fever and pain in my back. That was six months ago and I've"
    " been fine since. Can I start lifting weights again?",
    # a supposition, everything working
    "what would happen if i couldnt control my bladder because of a disc? mine's just a sore back,"
    " everything works",
    # a known cause named after a dash
    "Both feet have been numb for ages - diabetic neuropathy, nothing new. My lower back is stiff"
    " from gardening. Heat or ice?",
    # a worsening asked about ahead
    "I've had back ache on and off for years. Does arthritis mean it's going to keep getting worse?",
]

# the rule each reading quietens; another reader may still raise its own notice, which these do
# not judge: the learned check reads a fever and a back ache told over (left: it was not trained
# on the question after a recovery), and an operation last week is still a recent one
# (recent-infection, soon: a spinal infection's risk)
RULES_QUIET = {
    "Had flu last week with a fever and my back ached, all gone now and I feel fine. Is it normal"
    " for flu to make your back ache?": ("recent-infection", "infection-fever"),
    "Had a spinal for my hip op on Tuesday. My legs were numb for a few hours afterwards, back to"
    " normal by the evening and I've been up with the physio since. The injection spot on my back"
    " is tender. Normal?": ("both-legs", "lump-shape"),
}

RAISED = {
    # retention in the urinary sense, or a sign beside another sense
    "I work in HR on staff retention. Since this morning I can't pee and my back is agony.": (
        "emergency"
    ),
    "back pain and urinary retention since yesterday": "emergency",
    "lower back pain, water retention in my ankles, and now I can't pee at all": "emergency",
    # a seat's numbness that lasts, or beside another sign
    "My bum goes numb on the hard plastic chairs at school concerts and stays numb for hours after"
    " I stand up": "emergency",
    "My bum went numb on a hard plastic chair yesterday and it's still numb now, back aches": (
        "emergency"
    ),
    "My bum goes numb on hard plastic chairs, goes as soon as I stand up, but now I can't pee": (
        "emergency"
    ),
    # weeing with a real sign
    "lower back aches and I'm leaking wee constantly": "emergency",
    "back aches and I'm weeing constantly, and now I can't feel the toilet paper": "emergency",
    # back trouble live after an infection
    "Had flu last week - fever and aches everywhere including my back. Everything's gone now. Is"
    " it normal for flu to make your back ache this much? It's killing me today.": "soon",
    "Had flu last week. Is it normal for flu to make your back ache?": "soon",
    # a dated story with a sign now, or dated days ago
    "I had a kidney infection with fever and back pain. That was four months ago and I've been"
    " fine since. But since yesterday I've got a fever again and my back is killing me.": "urgent",
    "I had a kidney infection with fever and back pain. That was two days ago and I've been fine"
    " since.": "urgent",
    "Yesterday both legs went numb. I had a kidney infection. That was a year ago, fine since.": (
        "emergency"
    ),
    "My back hurts and I have a fever. I had a kidney infection. That was a year ago, fine since.": (
        "urgent"
    ),
    # a supposition beside a sign told
    "what would happen if i couldnt pee because of a slipped disc? everything works but since this"
    " morning nothing comes out": "emergency",
    "what would happen if i couldnt pee? everything works, but my bum is numb": "emergency",
    # a fall from a horse is a serious accident as the trauma rule reads it (red flags safety34's
    # relabelled line): at a walk too, kept (safety108 tried and dropped "at a walk" as minor)
    "I'm 24 and fell off my horse at a walk onto soft ground yesterday. Bit stiff in the lower"
    " back today.": "emergency",
    # a numbness after a spinal that came back, or a sign since
    "I had my knee replaced on Monday under a spinal anaesthetic. My legs were completely numb for"
    " a few hours afterwards, but everything was back to normal by the evening and they've been"
    " numb again since.": "emergency",
    "I had a spinal anaesthetic on Monday. My legs were numb for a few hours, back to normal by the"
    " evening, but I can't feel my bum since.": "emergency",
    # a known cause beside a new sign
    "Numb feet from diabetes for years but now my bottom is numb too and my back aches": (
        "emergency"
    ),
    "Both legs went numb this morning - diabetic neuropathy? my back aches": "emergency",
    # a worsening told
    "My back pain is getting worse. Will it keep getting worse?": "soon",
    "Will it keep getting worse? It's been getting worse for 3 weeks": "soon",
    "Will my back pain keep getting worse? it is agony now, help": "soon",
}


frame_tests(globals(), QUIET, RULES_QUIET, RAISED)
