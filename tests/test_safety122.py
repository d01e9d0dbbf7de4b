"""safety122 (issue #12): red flags 41's false alarms, by class, and one tier. Each class's reader
existed; each missed this set's wording for a reason of its own, mended in general:
- checklist: a form's calm answer "strong", "good", "alright" was no finding of normal (the
  checklist's own list lacked the vocabulary's "normal" words), nor a two-word finding ("normal
  feeling");
- denial: "I can walk, run and climb stairs" read "and climb" as pain "and climbing" (now only as
  a course), and a Hindi/Urdu denial after its sign ("bukhaar nahi hai") was no denial;
- story: a stranger known by a common noun ("a woman who ...") was no one else at all; one read
  or watched in a story is no one's;
- past: a stress leak told "leaked a bit of wee when I sneezed" was plain incontinence, which its
  everyday cause (pregnancy, the pelvic floor) did not explain;
- general question: a denial's own "right now" counted as a live situation; a term people use in
  quotation marks, and "what does that actually feel like", asked nothing;
- Fahrenheit: a normal reading in Fahrenheit was no reading, and the learned check read it;
- figure: legs that "give way when I laugh" were not explained by laughing (the cough reading took
  the words);
- cancer tier: a cancer treated five or more years ago, the low back told in the next sentence, is
  cancer-history-remote's "soon" (a cancer come back keeps "urgent").
Every line is of this session's own writing, not copied from an evaluation set."""

from __future__ import annotations

from backcare.engine.safety.checklist import read_checklist
from backcare.engine.safety.detect import SENSE_WORD
from backcare.resources import read_json
from tests.safety_cases import SAFETY, class_tests, tier

CALM = {
    "checklist": [
        "Checked the warning signs list from the pharmacy:\nbladder - normal\nbowels - fine\nboth legs - strong\ntemperature - 36.9\nLow back ache since I dug the garden. Keep moving?",
        "My checklist from 111:\nboth legs - good\nbottom sensation - normal\nwaterworks - fine\nBack ache after moving house. Anything else to watch?",
        "Symptom list:\nweight loss - none\nnight pain - none\nboth legs - alright\nback pain after lifting a suitcase.",
        "Red flag screen I did: legs - strong, saddle - normal, bladder - fine, bowels - ok. Sore lower back from gardening.",
        "Physio's sheet:\nLegs - both strong\nFeeling down below - normal\nPeeing - normal\nJust a stiff back from decorating, ok to carry on?",
        "Looked at the NHS list:\nboth legs: strong\nbladder: fine\nbum: normal feeling\nBack twinged lifting the dog bed.",
        "warning signs check - both legs good, waterworks normal, no fever. back aches from the new office chair",
        "GP's list, my answers:\nstrength in both legs - good\nbladder control - normal\nbowel control - normal\nback sore after a long drive",
    ],
    "denial": [
        "My back is stiff but my legs are fine, I can run and climb hills no problem. Just want a stretch routine.",
        "Low back ache, but I can walk, jog and climb ladders at work all day.",
        "My legs are fine, I can climb stairs and walk the dog. Just an ache across my lower back from the sofa.",
        "Back is sore after the bouldering session, legs fine, I can still climb and walk normally.",
        "Kamar mein dard hai lifting ke baad, bukhaar nahin hai, pair theek hain. Kya stretching karun?",
        "Back pain since Sunday, bukhaar nahi hai, numbness nahi hai. Exercise kar sakta hoon?",
        "Office ki chair se kamar dard hai, bukhar nahi hai, pair mein jhunjhuni nahi hai.",
        "Lower back ache from the allotment. Walking is fine, I can climb the stairs two at a time.",
    ],
    "story": [
        "Saw a story on Facebook about a woman who lost bladder control after her disc went. Terrifying. My own back only aches after mopping.",
        "Saw an article about a footballer who lost feeling in both legs. My own back is just tight after training.",
        "Watched a documentary about a man who couldn't feel his legs after a disc burst. My back's only stiff from sitting.",
        "There was a news story about a lady who couldn't pee after a back op. My back is just sore from the gym.",
        "Heard a podcast about a guy whose legs went numb from a slipped disc. My back just aches after the move.",
        "My feed showed a video of a runner who wet herself in a marathon. My lower back is only tight.",
        "Read a blog post about a teacher who lost bladder control from cauda equina. My back is only stiff from marking.",
        "Read a news story about a nurse who lost feeling in her legs from a spinal abscess. My back is only stiff from the sofa.",
    ],
    "past": [
        "Leaked a bit of pee when I coughed during my first pregnancy, pelvic floor work stopped it. She's two now. Back just a bit stiff.",
        "I leaked a little wee whenever I coughed after my second baby, pelvic floor physio sorted it. Back stiff from gardening.",
        "Dribbled a bit of pee when I laughed while I was pregnant, all sorted with kegels. Now just a tight back.",
        "Used to leak a bit of wee when I jumped on the trampoline after having the twins, pelvic floor class fixed it. Back sore from lifting them.",
        "I wet myself a little when coughing after my second baby, that cleared up with physio years ago. Now just a stiff back from gardening.",
        "After my prostate op I had some leaking for a few weeks but that settled two years ago. Back sore from golf.",
        "Leaked a little wee when I sneezed while pregnant, pelvic floor exercises stopped it. Lower back aches from carrying her.",
        "Leaking a bit of urine when I sneeze since the menopause, pelvic floor exercises help. Back twinge from the hoover.",
    ],
    "fahrenheit": [
        "temp 98.1F, feel fine in myself, lower back sore since I shifted the wardrobe on Saturday",
        "temp 98.6 F, feel fine, lower back sore since I carried the new fridge in",
        "Temperature 97.9F this morning, lower back achy after a weekend of painting, feel ok otherwise",
        "temp 99.1F, feel fine in myself, back twinged when I lifted the kayak on Saturday",
        "my temp is 98.2 and I feel fine, lower back sore after moving my son into uni",
        "thermometer reads 97.9, lower back aches after a day of decorating, feel fine in myself",
        "took my temp: 99.1 F. Back twinged lifting the kids, feel fine otherwise",
        "98.6F, feel well, lower back stiff since helping my brother move flat",
    ],
    "figure": [
        "My legs give way when I laugh at my dad's awful puns 😂 anyway, lower back is sore after carrying the canoe to the lake.",
        "I laugh so hard my legs give way whenever my brother does his impressions, anyway my lower back aches from the new mattress.",
        "Ha, my knees go weak when I laugh at his jokes. Back is a bit tight from the office chair though.",
        "my legs turn to jelly when I laugh too much lol. unrelated: low back stiff after a long car journey",
        "My legs go when I laugh at the dog chasing its tail 😂 Lower back sore from the allotment.",
        "Legs buckle when I laugh at my husband's dancing, honestly. My back just aches after decorating.",
        "Both legs gave way when I was laughing at my mate falling in the pond lol. Back's a bit stiff from fishing.",
        "my legs went weak when I laughed at the wedding speech 😂 now just a sore back from dancing",
    ],
}

KEPT = {
    "checklist": [
        (
            "Checked the red flag list:\nbladder - fine\nbowels - fine\nsensation down below - can't feel it when I wipe\nboth legs - strong\nBack pain since Sunday.",
            "emergency",
        ),
        (
            "Red flag list from the GP:\nboth legs - weak and numb since last night\nbladder - fine\nBack pain after lifting.",
            "emergency",
        ),
        (
            "Warning signs checklist:\nlegs - strong\nbladder - can't pee since this morning\nback pain for 3 days.",
            "emergency",
        ),
        (
            "symptom list: both legs - numb, bladder - fine, bowels - fine. back pain since yesterday",
            "emergency",
        ),
        (
            "Physio's sheet:\nLegs - strong\nTemperature - 38.9 and shivery\nBack pain since Tuesday",
            "urgent",
        ),
    ],
    "denial": [
        ("Back pain started this morning at 3/10 and now it's 9/10 and climbing.", "urgent"),
        ("back pain went from a niggle to agony in two hours and climbing fast", "urgent"),
        (
            "I can walk but both my legs are numb and getting weaker, back pain since Monday",
            "emergency",
        ),
        ("Kamar mein bahut dard hai aur tez bukhaar hai, kal se.", "urgent"),
        ("Kamar dard hai aur peshab nahi aa raha kal se", "emergency"),
        ("back pain, pair sunn ho gaye dono, bukhaar nahi hai", "emergency"),
    ],
    "story": [
        # a stranger met, not read of: someone with the asker may need help now
        (
            "We saw a woman who collapsed at the bus stop and couldn't feel her legs, I'm a first aider, I have back pain from lifting her, what should I do for her?",
            "emergency",
        ),
        (
            "I'm looking after a man who can't pee since yesterday and has a bad back, I'm his carer.",
            "emergency",
        ),
        # the asker takes the story up: the stranger's signs are someone's, the echo the asker's
        (
            "I read an article about a woman who lost bladder control from a slipped disc, and that's exactly what's happening to me since yesterday.",
            "emergency",
        ),
        (
            "Watched a documentary about a woman who lost feeling in her bum. That's me, since Monday, with back pain.",
            "emergency",
        ),
        (
            "Read a story about a guy who couldn't pee after his back went. Me too since this morning.",
            "emergency",
        ),
        (
            "Read a story about a woman who lost bladder control from a slipped disc. Sounds like me. My back is agony.",
            "emergency",
        ),
        (
            "Read a story about a woman who lost bladder control from a slipped disc, and now I can't feel my bum either. My back is agony.",
            "emergency",
        ),
        (
            "Saw an article about a man who lost feeling in both legs. Since last night I can't feel my legs properly and my back is killing me.",
            "emergency",
        ),
        ("I look after a lady who can't pee since yesterday, she has bad back pain.", "emergency"),
        (
            "I'm a woman who can't feel her bum since this morning, back pain for a week.",
            "emergency",
        ),
        (
            "My friend had cauda equina last year. Now I can't pee since this morning and my back is killing me.",
            "emergency",
        ),
    ],
    "past": [
        (
            "Leaked a bit of pee when I coughed in my pregnancy, that stopped, but since yesterday I keep wetting myself and my back is agony.",
            "emergency",
        ),
        (
            "After my pregnancy my bladder was fine, but this morning I couldn't pee at all and my back hurts.",
            "emergency",
        ),
        (
            "I leak a bit of wee when I cough and since this morning I can't feel my bum, back pain after a fall.",
            "emergency",
        ),
        (
            "Leaked a bit of wee when I sneezed today, never had that before, and my back went yesterday lifting a wardrobe.",
            "emergency",
        ),
    ],
    "general_question": [
        # a bare "right now" may be a sign that came and went: no study or story sets it apart
        (
            "Does numbness in both legs mean a slipped disc? I don't have it right now, just curious.",
            "emergency",
        ),
        ("What does numbness in the saddle area mean? I don't have it right now.", "emergency"),
        ("Does a fever with back pain mean infection? I've got both right now, 38.7.", "urgent"),
        (
            "What does saddle anaesthesia feel like? Because my bum has gone numb since this morning and my back is agony.",
            "emergency",
        ),
        (
            "Does numbness in both legs mean a slipped disc? I don't have it right now but I did an hour ago, just curious.",
            "emergency",
        ),
        (
            "What does numbness in the saddle area mean? I don't have it right now but since this morning my bum feels odd, just curious.",
            "emergency",
        ),
        (
            "When people say 'saddle anaesthesia' is that what I've got? My bum has been numb since last night.",
            "emergency",
        ),
    ],
    "fahrenheit": [
        ("temp 101.3F and shivery, back pain since yesterday", "urgent"),
        ("temp was 98.6 this morning but 102.5 now, back aching and shivering", "urgent"),
        ("My temperature's 100.9 F and my lower back is really sore", "urgent"),
        (
            "temp 98.6F but both my legs have gone numb since lunch and my back is killing me",
            "emergency",
        ),
    ],
    "figure": [
        (
            "My legs keep giving way when I walk and I can't feel my bum, back pain since Tuesday",
            "emergency",
        ),
        (
            "Both my legs gave way on the stairs this morning, my back is killing me. Not laughing now.",
            "emergency",
        ),
        (
            "Since last night both legs are weak and numb and my back hurts when I laugh.",
            "emergency",
        ),
        (
            "My legs give way when I laugh, and since this morning they give way when I walk too, back pain for a week.",
            "emergency",
        ),
    ],
    "cancer_tier": [
        (
            "I had a bladder tumour removed 7 years ago. Now a mild lower back ache after mowing the lawn. Just the mowing?",
            "soon",
        ),
        (
            "Breast cancer treated 9 years ago. Lower back a bit sore since I moved the sofa.",
            "soon",
        ),
        (
            "Had a melanoma removed over 10 years ago. My low back aches after gardening, any stretches?",
            "soon",
        ),
        (
            "My bowel cancer op was 7 years ago. Got a lower back twinge after lifting the shopping.",
            "soon",
        ),
        (
            "I had a kidney cancer removed 2 years ago. Now I've got a lower back ache after weeding.",
            "urgent",
        ),
        (
            "I had breast cancer 6 years ago. Now the pain is between my shoulder blades and keeps me awake at night.",
            "urgent",
        ),
        (
            "I have bowel cancer diagnosed 5 years ago and still on treatment. Lower back is aching.",
            "urgent",
        ),
        (
            "Breast cancer treated 9 years ago but it came back last year. Lower back aching now.",
            "urgent",
        ),
        (
            "Breast cancer 9 years ago, all clear, but it came back last year. Lower back aching now.",
            "urgent",
        ),
        (
            "I had prostate cancer treated 8 years ago. Now my lower back aches and both legs have gone weak since yesterday.",
            "emergency",
        ),
        (
            "My prostate went 5 years ago for cancer, PSA creeping up again, lower back ache now",
            "urgent",
        ),
        ("Ovarian cancer op 9 years ago, on tamoxifen still, lower back ache for a week", "urgent"),
        (
            "Bowel cancer op 8 years ago, my CEA marker is going up, lower back aching this week",
            "urgent",
        ),
        (
            "Kidney tumour removed 6 years ago, relapse found at my last scan, lower back sore",
            "urgent",
        ),
    ],
}

# general questions read calm only short: inside a long message the padding's own course ("has
# started selling bulbs") is a time course, which keeps a question's signs (framing.py)
SHORT_CALM = {
    "general_question": [
        "Does a temperature with back pain mean an infection? (I don't have either right now, revising for my paramedic exam.)",
        "Does numbness in both legs mean a slipped disc? I don't have it right now, revising for my physio exam.",
        "Is losing bladder control a sign of cauda equina? I don't have that at the moment, just revising for exams.",
        "What does 'bilateral leg weakness' actually feel like? Heard it on a podcast.",
        "When people say 'saddle anesthesia' what does that actually feel like to them?",
        "When people say 'foot drop' what does that really feel like?",
        "What does 'saddle numbness' actually feel like? Came up in my first aid course.",
        "Does a high temperature with back pain mean a kidney infection? I don't have either currently, just studying for my nursing exam.",
    ],
}

class_tests(globals(), CALM, KEPT, SHORT_CALM)


def test_the_checklists_normal_answers_hold_the_vocabularys_normal_words() -> None:
    # the two lists were kept apart and drifted: "both legs - strong" read as both legs
    checklist = set(read_json("checklist_words.json")["normal"])
    vocabulary = set(read_json("safety_vocabulary.json")["normal"])
    assert vocabulary <= checklist


def test_a_two_word_answer_is_normal_only_as_a_finding() -> None:
    assert "nil" in read_checklist("Bum: normal feeling\nback ache")
    assert "nil" not in read_checklist("Bum: no feeling\nback ache")
    assert "nil" not in read_checklist("Bum: reduced feeling\nback ache")


def test_climbing_is_a_course_only_at_its_clauses_end_or_with_its_pace() -> None:
    assert tier("back pain 6/10 this morning, 9/10 now and climbing") == "urgent"
    assert tier("back ache, but I can walk and climb stairs fine") is None


def test_a_normal_fahrenheit_reading_outgrown_by_a_fever_is_a_fever() -> None:
    assert tier("temp 98.9F at lunch, 101.8F tonight, back aching") == "urgent"
    assert tier("temp 98.9F at lunch, back aching from the gym") is None


def test_a_normal_fahrenheit_reading_is_a_reading_not_loose_numbers() -> None:
    # on main "98.4" and "f" stood loose, and the learned check weighed them (0.65: an emergency)
    for text in ("temp 98.4F, feel fine", "my temperature is 98.6 today", "99.1 F this morning"):
        tokens, _ = SAFETY.read(text)
        number = next(k for k, t in enumerate(text.replace(",", " ").split()) if t[:2].isdigit())
        assert tokens[number].surface == SENSE_WORD, text
