"""A pasted symptom checklist read as words (safety27; redteam11 B1, B2): its empty boxes and its
crosses say "no", its ticks say nothing more than the item itself.

- A box before each item ("[ ] numb bum [x] back pain", "- [ ] can't pee", "☐ fever ☑ stiffness")
  becomes a clause mark, and an empty one "no" before its item: "no numb bum, back pain".
- A box after each item ("fever ☐ numbness ☐ stiffness ☑") becomes a clause mark, and an empty one
  the shorthand negative "nil" after its item, which senses._shorthand_denied reads.
- A cross, "N/A", a lone "0" or ": no" answering an item ("fever ✗", "fever N/A", "fever - 0") is "nil";
  so is a tick-list "x" ("numb bum x, cant pee x, back pain yes"), but only in a list where
  another item is answered "yes" or ticked at its own end: elsewhere "x" may be a tick, "times"
  or a kiss ("Yes I've tried drinking loads but I still can't pee x": review11), and a miss
  costs more than a false alarm.
- A sign asked and answered no ("Heavy legs? No.", "Fever? Nope."; red flags 21) is the item's
  ": no" (safety31).
- An item that is a function or an ability (data/checklist_functions.txt: "Able to pee: no",
  "Bladder control: no", "Sensation down below: N/A") answered so is the sign itself: read as
  "no ITEM" (review11: "nil" denied it), one led by "can" as "cannot ..." ("Can feel bum when
  wiping: no"), whatever aside in brackets follows the no ("Able to pee: no (husband rang
  111)": safety90; the aside naming someone else, _colon_no, is a history item's only).
- A form's one-word answers (safety35; redteam13 A2, B1): "Y" and "N" after ":", "?" or " - " are
  "yes" and ": no" ("Night pain: Y", "Fever - N"); a finding of normal ("Bladder: NAD", "Saddle
  sensation: intact", "Temp: normal") is the shorthand "nil", never ": no" (that would make a
  function item the sign); an item asked and answered yes ("Any fever? Yes, 38.5") is the item
  told, "ITEM: yes", and a form's question to "you" answered yes ("Does the pain wake you at
  night? Yes") is the asker's own words ("the pain wake me at night: yes"). A question with no
  "you" in it ("Is saddle numbness an emergency? Yes") is left a question.

- Words struck through in Markdown ("numb bum: ~~yes~~ no") are deleted, as their writer did.

Pure text in, text out; a text holding none of these marks is returned as it is.
"""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.colon_noes import colon_noes_read, comma_noes_as_colons
from backcare.engine.safety.text_gates import (
    may_answer_a_question,
    may_list_items,
    may_take_a_no_back,
)
from backcare.hints import TYPE_CHECKING
from backcare.lazyregex import lazy

if TYPE_CHECKING:
    from backcare.engine.safety.checklist_words import Words

# a ticked item's mark, the writer's own yes (safety119): topic_frame.py frames no ticked sign;
# the learned check's features skip it (net.py). A token of this code's, no one's word
TICK_MARK = "boxticked"
EMPTY_BOXES = "☐□◻⬜"
TICKED_BOXES = "☑☒✅"
CROSSES = "✗✘❌✕✖"
TICKS = "✓✔"

_EMPTY = r"(?:\[\s*\]|[" + EMPTY_BOXES + r"])"
_TICKED = r"(?:\[\s*[xX✓✔]\s*\]|[" + TICKED_BOXES + r"])"
_BOX = lazy(r"(?:^|(?<=\s)|(?<=:))-?\s*(?:" + _EMPTY + "|" + _TICKED + r")")
_EMPTY_BOX = lazy(_EMPTY)
# a label before the list ("checklist:", "symptoms -") and the list's own bullets
_LABEL = lazy(r"^\s*(?:[\w ]{0,30}[:\-]\s*)?-?\s*$")
_CROSS = lazy(r"\s*[" + CROSSES + r"]")
_NOT_APPLICABLE = lazy(r"(?i)(?<![\w/])n/a(?![\w/])")
# words struck through in Markdown ("numb bum: ~~yes~~ no"): their writer deleted them (safety87)
_STRUCK = lazy(r"~~[^~\n]{1,80}~~")
# a sign asked and answered no ("Heavy legs? No. Heavy backpack? Yes", "Fever? Nope."): read as
# the item's ": no". The item is a few words naming a sign, not a sentence ("Can I still walk?
# No." tells the sign; "Serious? No idea" is no answer). The answer (checklist_words.json
# 'answered_no') is the whole of its sentence: "Weak legs? Not really, they just keep buckling
# under me" and "No, not weak, they won't hold me up" hedge before telling the sign in other
# words (review12), and "not really" is a hedge. What may follow the no in its line (safety49: a
# GP's list "any problems passing urine? no, normal") is a finding of normal or an ability the
# asker has, with none of 'answer_rest_qualifiers' in it (review17 F3): _answered_no.
# an item's word, or words a form parts by a slash ("bottom/groin", "bladder/bowel"; safety123):
# read as one word, so the item's length counts it once
_ITEM_WORD = r"[^\W\d_][\w'-]*(?:/[^\W\d_][\w'-]*)*"
_QUESTION_ITEM = (
    r"(?i)(?:^|(?<=[.!?\n,;:]))(?P<item>[^\S\n]*"
    + _ITEM_WORD
    + r"(?:[^\S\n]+"
    + _ITEM_WORD
    + r"){0,3})"
)
# a form's question to "you" or an "any" question, read aloud and answered a bare no in its own
# sentence ("Any numbness between your legs or around your bottom? No. Have you lost control of
# your bowels? No.": red flags 27, a 111 call's questions; after a colon too, "She asked: are you
# able to pee? No.", safety55): longer than an item, at most 12 words,
# as a question answered yes is (_QUESTION_YES); read as the item's ": no" in the asker's words
_ADDRESSED_ITEM = (
    r"(?i)(?:^|(?<=[.!?\n:,]))(?P<item>[^\S\n]*"
    + _ITEM_WORD
    + r"(?:[^\S\n]+[\w'-]+(?:/[\w'-]+)*){0,11})"
)
# the first word after such an answer's stop, for its hedges ("No. Well, they give way")
_NEXT_WORD = lazy(r"[^\S\n]*[.!]?[^\S\n]*(?P<word>[\w']*)")
# a clinician's list pasted a line an item ("- any numbness around your bottom or genitals? no",
# "- fever, weight loss, night sweats? none"; safety49): after a bullet, a question of a few
# words more than a bare item when it opens with "any", or a few items parted by commas
_LISTED_ITEM = (
    r"(?im)^(?P<bullet>[^\S\n]*[-*•][^\S\n]+)"
    r"(?P<item>(?:any[^\S\n]+)?"
    + _ITEM_WORD
    + r"(?:(?:[^\S\n]+|,[^\S\n]*)"
    + _ITEM_WORD
    + r"){0,6})"
)


@functools.cache
def _question_no() -> re.Pattern[str]:
    """An item asked and answered no ("Heavy legs? No."), compiled when a checklist first needs it."""
    return re.compile(_QUESTION_ITEM + _answered_no())


@functools.cache
def _addressed_no() -> re.Pattern[str]:
    """A form's question answered a bare no in its own sentence (_ADDRESSED_ITEM), compiled when a
    checklist first needs it: no rest after the no but one going on with a join ("No, and my
    back is killing me": 'answer_rest_joins'), and a stop that is not an ellipsis."""
    words = _words()
    return re.compile(
        _ADDRESSED_ITEM
        + r"[^\S\n]*\?[^\S\n]*(?:"
        + _either(words.answered_no)
        + r")(?P<rest>,[^\S\n]*(?:"
        + _either(words.rest_joins)
        + r")\b[^.!?\n]*)?(?=[^\S\n]*(?:\.(?!\.)|!|\n|$))"
    )


@functools.cache
def _degree_no() -> re.Pattern[str]:
    """A form's question answered with a no of degree alone in its sentence ("Can you empty your
    bladder? Hardly at all.", "... Only a dribble."; checklist_words.json 'degree_no')."""
    return re.compile(
        _ADDRESSED_ITEM
        + r"[^\S\n]*\?[^\S\n]*(?:"
        + _either(_words().degree_no)
        # a second degree after a comma ("Not really, only a trickle.")
        + r")(?:,[^\S\n]*(?:"
        + _either(_words().degree_no)
        + r"))?(?=[^\S\n]*(?:\.(?!\.)|!|\n|$))"
    )


@functools.cache
def _listed_no() -> re.Pattern[str]:
    """A bulleted item or question answered no ("- fever, weight loss? none")."""
    return re.compile(_LISTED_ITEM + _answered_no())


def _answered_no() -> str:
    """The "?" and its answer no to the end of its sentence: the answer, then at most a comma and
    a finding of normal or an ability with no qualifier (checklist_words.json)."""
    words = _words()
    ability = r"(?:[^\S\n]+(?!(?:" + _either(words.rest_qualifiers) + r")\b)[a-z]+){1,8}"
    rest = (
        _either(words.rest_normal + words.rest_repeats)
        + "|(?:"
        + _either(words.rest_abilities)
        + ")"
        + ability
    )
    return (
        r"[^\S\n]*\?[^\S\n]*(?:"
        + _either(words.answered_no)
        + r")(?P<rest>,[^\S\n]*(?:"
        + rest
        + r"))?(?=[^\S\n]*(?:[.!;\n]|$))"
    )


def _either(words: tuple[str, ...]) -> str:
    """The words as alternatives, in their order; a space in a phrase is any spaces in its line."""
    return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in words)


# "fever - 0," "numbness: 0" (not "0/10" nor "0.5")
_ZERO = lazy(r"\s[-–:]\s*0(?=\s*(?:[,;.]|$))")
# a tick-list "x" ending an item, and the answers that make it one
_X = lazy(r"(?<=\w)\s+[xX](?=\s*(?:[,;.]|$))")
_YES = lazy(r"(?i)(?:\byes\b|[" + TICKS + TICKED_BOXES + r"])")
_MARKS = lazy(
    r"(?i)[\["
    + EMPTY_BOXES
    + TICKED_BOXES
    + CROSSES
    + TICKS
    + r"]|n/a|\s[-–:]\s*0|\s[xX]\b|:\s*no\b|\?\s*n[oa]"
)
# what a text holds when _MARKS matches it, in its lower case (no character but their own cases
# matches these letters under IGNORECASE, nor any other these symbols: tests/test_speed31.py).
# Most questions hold none, and compiling _MARKS costs ~3.4 million instructions, ~0.8% of a
# cold ask (issue 17).
_MARK_NEEDLES = ("[", *EMPTY_BOXES, *TICKED_BOXES, *CROSSES, *TICKS, "n/a", "0", "x", ":", "?")


def _may_mark(text: str) -> bool:
    lowered = text.lower()
    return any(needle in lowered for needle in _MARK_NEEDLES)


# an item and its "no" answer (a colon's no, a dash's 0, N/A, a cross), for function items: from
# the text's start or a separator, at most 80 characters (no item is longer), so a long line of
# spaces costs linear work, not a scan to its end from every position
_ANSWERED_NO = lazy(
    r"(?:^|(?<=[,;.!?\n]))(?P<item>[^,;.!?\n:\-–]{1,80}?)\s*(?::\s*no\b|\s?[-–:]\s*0\b|(?:[-–:]\s*)?(?:(?<![\w/])n/a(?![\w/])|["
    + CROSSES
    + r"]))(?=\s*(?:[,;.\n(]|$))",
    re.IGNORECASE,
)
# an item that ends with its own "yes" or tick: the text is a list answered item by item
_ITEM_YES = lazy(r"(?i)(?:\byes|[" + TICKS + TICKED_BOXES + r"])\s*$")
_ITEMS = lazy(r"[,;\n]")
_SPACES = lazy(r"[^\S\n]{2,}")
_BLANK_LINES = lazy(r"\n\s*\n\s*")


# a form item's one-word answer after ":", " - " or "?", alone in its clause ("Night pain: Y.",
# "Fever - N,", "Bladder: NAD", "Fever? N"): the separator and the word
# the answer may be a finding of normal with what it finds ("Bum: normal feeling", "Legs: good
# strength"): the second word is read only after a normal word (_one_word; safety122)
_ANSWER = lazy(
    r"(?P<sep>:|\?|[^\S\n][-–])[^\S\n]*(?P<word>[^\W\d_]+)(?:[^\S\n]+(?P<noun>[^\W\d_]+))?"
    r"(?=[^\S\n]*(?:[,;.!\n]|$))"
)
# an item or a form's question answered yes ("Any fever? Yes, 38.5", "Does the pain wake you at
# night? Yes"): a form's question is longer than a checklist item, at most 12 words
_QUESTION_YES = lazy(
    r"(?:^|(?<=[.!?\n,;:]))(?P<item>[^\S\n]*(?:[-*•][^\S\n]+)?"  # a self-check's bullet
    r"[^\W\d_][\w'-]*(?:[^\S\n]+[\w'-]+){0,11})"
    r"[^\S\n]*\?[^\S\n]*(?P<word>[^\W\d_]+)(?=[^\S\n]*(?:[,;.!\n]|$))"
)
_WORD = lazy(r"[\w']+")
# a form item of one to three words and its answer "never ..." going on in its clause ("Bladder -
# never empties properly"): a bare "Bladder: never" is a one-word answer (_ANSWER)
_NEVER_TOLD = lazy(
    r"(?:^|(?<=[,;.!?\n]))[^\S\n]*(?P<item>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2})[^\S\n]*"
    r"(?::|[^\S\n][-–])[^\S\n]*(?P<word>[^\W\d_]+)(?=[^\S\n]+[^\W\d_])"
)

# a form item of one to four words and its answer of a few words in its clause ("Bowel control:
# never sure any more"), read by _qualified_no
_ITEM_ANSWER = lazy(
    r"(?:^|(?<=[,;.!?\n]))[^\S\n]*(?P<item>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3})[^\S\n]*"
    r"(?::|[^\S\n][-–])[^\S\n]*(?P<answer>[^\W\d_][^,;.!?\n:]{0,79})"
)
# the rest of that answer's sentence, up to the next item's colon ("..., it's fine.")
_SENTENCE_REST = lazy(r"[^.!?\n:]{0,120}")


def read_checklist(text: str) -> str:
    """The text with a checklist's boxes, crosses and answers read as words (see the module)."""
    if "~~" in text:
        text = _STRUCK.sub(" ", text)
    text = comma_noes_as_colons(text)  # "numbness, no. fever, no." (colon_noes.py)
    # each step's module loaded only for a text it may change (text_gates.py, issue 17)
    if may_list_items(text):
        from backcare.engine.safety.measured_items import measures_read
        from backcare.engine.safety.slashed_forms import slashes_as_lines

        text = slashes_as_lines(text)  # "Fever: no / Bladder: normal / ..." (slashed_forms.py)
        text = measures_read(text)  # "Temperature: 38.9" (measured_items.py)
    text = _leading_marks(_without_qa_labels(text))
    if may_answer_a_question(text):
        from backcare.engine.safety.ability_questions import abilities_answered
        from backcare.engine.safety.organ_answers import organs_answered

        text = organs_answered(text)  # "Bladder ok? No, I can't go" (organ_answers.py)
        text = abilities_answered(text)  # "Can you feel your bottom? No" (ability_questions.py)
    if may_take_a_no_back(text):
        from backcare.engine.safety.taken_back_noes import noes_taken_back

        text = noes_taken_back(text)  # "Bladder: No - well actually ..." (taken_back_noes.py)
    text = _answers(text)
    if "?" in text:  # a no of degree ("Hardly at all.") is no mark _MARKS knows (safety77)
        text = _degree_no().sub(_degree_answered, text)
    if not _may_mark(text) or _MARKS.search(text) is None:
        return text
    # white space runs shortened first: the patterns below start at every space, and a run of
    # 200,000 (a pasted page, a line of NULs read as spaces) made each scan to its end
    text = _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text))
    text = _boxes(text)
    text = _listed_no().sub(_listed_answered_no, text)
    text = _question_no().sub(_item_answered_no, text)
    text = _addressed_no().sub(_addressed_answered_no, text)
    text = _ANSWERED_NO.sub(_function_answered, text)
    text = _CROSS.sub(" nil, ", text)
    text = _NOT_APPLICABLE.sub(" nil, ", text)
    text = _ZERO.sub(" nil", text)
    text = colon_noes_read(text)
    if any(_ITEM_YES.search(item.strip(" .")) for item in _ITEMS.split(text)):
        text = _X.sub(" nil", text)
    return text.replace("✓", ",").replace("✔", ",")


def _without_qa_labels(text: str) -> str:
    """The text without a Q/A form's labels ("Q: Any numbness in your legs? A: No. Q: Bladder
    normal? A: Yes."): at a line's or sentence's start, a 'qa_labels' word then ":" or ".", read
    away when the text holds both a question's and an answer's, so each answer stands after its
    "?" as the form's own (safety78)."""
    if ":" not in text and "." not in text:
        return text
    pattern, questions, answers = _qa_labels()
    labels = {f.group("label").lower() for f in pattern.finditer(text)}
    if not (labels & questions and labels & answers):
        return text
    # an answer on the line after its question ("Q: Any history of cancer?\nA: no") stands after
    # its "?" as one on the question's line does (safety96: a triage form pasted a line each)
    text = _answer_lines().sub("? ", text)
    return pattern.sub(r"\g<space>", text)


@functools.cache
def _answer_lines() -> re.Pattern[str]:
    """A question's "?" ending its line before a line opening with an answer's label."""
    from backcare.resources import read_json

    answers = tuple(read_json("checklist_words.json")["qa_labels"]["answers"])
    return re.compile(r"(?i)\?[^\S\n]*\n(?=[^\S\n]*(?:" + _either(answers) + r")[:.][^\S\n])")


@functools.cache
def _qa_labels() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The labels' pattern (checklist_words.json 'qa_labels'), compiled when first needed."""
    from backcare.resources import read_json

    data = read_json("checklist_words.json")["qa_labels"]
    questions, answers = frozenset(data["questions"]), frozenset(data["answers"])
    return (
        re.compile(
            r"(?i)(?:^|(?<=[.!?\n]))(?P<space>[^\S\n]*)(?P<label>"
            + _either(tuple(sorted(questions | answers, key=len, reverse=True)))
            + r")[:.](?=[^\S\n])"
        ),
        questions,
        answers,
    )


def _item_answered_no(found: re.Match[str]) -> str:
    """ "Heavy legs? No." as "Heavy legs: no"; a question with a subject or an auxiliary as it was."""
    item = found.group("item")
    if _words().asking.intersection(re.findall(r"[a-z]+", item.lower())):
        return found.group()
    rest = found.group("rest") or ""
    if (told_not := _normal_no(item)) is not None:
        return f"{told_not}{rest}"
    if rest[1:].strip().lower() in _words().rest_repeats:
        rest = ""  # "no, neither leg": the no said again ("neither leg" alone reads as both legs)
    return f"{item}: no{rest}"


def _addressed_answered_no(found: re.Match[str]) -> str:
    """ "Have you lost control of your bowels? No." as "I lost control of my bowels, nil", "Any
    numbness around your bottom? No." as "Any numbness around my bottom, nil" (a function item
    answered so, "Is your bladder control normal? No.", as its ": no"): a form's question
    to "you" (its auxiliary one a form holds) or one opening with "any". Any other as it was:
    "Can you get numb legs from sciatica? No" asks what may happen, "Can I still walk? No." is
    the asker's own question, answered with the sign."""
    words = _words()
    after = _NEXT_WORD.match(found.string, found.end())
    if after is not None and after.group("word").lower() in words.hedges_after:
        return found.group()  # "No. Well, they give way on the stairs": the no taken back
    item = found.group("item")
    rest = found.group("rest") or ""
    told = _told_no(item, words)
    if told is not None:
        return told + rest  # "Can you feel your bottom? No." as "I cannot feel my bottom"
    tokens = _WORD.findall(item.lower())
    asking = words.asking.intersection(tokens)
    addressed = bool(words.addressed.keys() & set(tokens))
    if asking:
        if not addressed or asking - words.addressed.keys() - words.form_auxiliaries:
            return found.group()
    elif not (tokens and tokens[0] in words.any_leads):
        return found.group()
    item = _addressed(item, words)
    if _functions().intersection(tokens):
        return f"{item}: no{rest}"  # a function answered no is its loss (_function_answered)
    # the shorthand alone in its clause denies the whole item before it, however long
    return f"{item}, nil{rest}"


def _degree_answered(found: re.Match[str]) -> str:
    """A no of degree to a question whose no is the sign (_told_no: "Can you empty your bladder?
    Hardly at all." as "I cannot empty my bladder"): the ability barely there is the ability
    lost, as the guidance's "difficulty" is. To any other question as it was: "Any numbness?
    Not really." is a hedged no to a sign asked about. Taken back after its stop as a no is."""
    words = _words()
    after = _NEXT_WORD.match(found.string, found.end())
    if after is not None and after.group("word").lower() in words.hedges_after:
        return found.group()
    told = _told_no(found.group("item"), words)
    return found.group() if told is None else told


def _told_no(item: str, words: Words) -> str | None:
    """A form's question to "you" whose no is the sign, in the asker's words negated (safety55,
    checklist_words.json 'told_no'): "Can you feel your bottom when you wipe? No." as "I cannot
    feel my bottom when me wipe", "Have you been able to pee normally? No." as "I have not been
    able to pee normally", "Do you have normal feeling around your bottom? No." as "I do not
    have feeling around my bottom". None for any other question: a sign asked about ("Have you
    lost control of your bowels?", "Do you have any numbness?") is denied by its no."""
    lead_space = item[: len(item) - len(item.lstrip())]
    parts = item.split()
    told = _told_subject(parts, words)
    if told is None:
        return None
    subject, rest, addressed = told
    lead = parts[0].lower()
    functions = _functions()
    told_words = functions | words.told_no_words
    said = [w.lower() for w in _WORD.findall(item)]
    # "any" before a function asks the function ("any feeling when you wipe"), not a sign
    asked = {
        w
        for w, after in zip(said, [*said[1:], ""], strict=True)
        if not (w == "any" and after in told_words)
    }
    if lead in words.ability_no and words.ability_verbs & {w.lower() for w in rest[:2]}:
        negated = words.ability_no[lead]  # "Can I still walk? No.": "I cannot still walk"
    elif lead in words.form_auxiliaries and told_words & set(said) and not words.losses & asked:
        auxiliary = words.subject_auxiliaries.get(lead, lead) if addressed else lead
        negated = f"{auxiliary} not"
    else:
        return None
    kept = [
        w
        for w, after in zip(rest, [*rest[1:], ""], strict=True)
        if not (w.lower() in words.dropped_before_function and after.lower() in functions)
    ]
    said_kept = [w.lower() for w in kept]
    if "able" in said_kept[1:] and negated.endswith(" not"):
        # "Have you been able to walk today? No.": "I have been unable to walk today" (a "not"
        # apart from "able" would deny the walking it tells lost; "I am not able to" tells it)
        negated = negated.removesuffix(" not")
        kept = [("unable" if w.lower() == "able" else w) for w in kept]
    elif negated.endswith(" not") and any(
        w == "any" and after in told_words
        for w, after in zip(said_kept, [*said_kept[1:], ""], strict=True)
    ):
        # "Have you got any feeling in your bottom? No.": "I have got no feeling in my bottom"
        negated = negated.removesuffix(" not")
        kept = [("no" if w.lower() == "any" else w) for w in kept]
    body = " ".join(words.addressed.get(w.lower(), w) for w in kept)
    return f"{lead_space}{subject} {negated} {body}"


def _told_subject(parts: list[str], words: Words) -> tuple[str, list[str], bool] | None:
    """A question's subject told in the asker's words, what follows it, and whether it is the
    asker addressed as "you" (whose auxiliary changes: "are you" -> "I am"): "you" -> "I",
    "your legs" -> "my legs", "he", "sex" as they are (safety60: 'told_no_owners',
    'told_no_subjects'). None for any other question."""
    if len(parts) < 3:
        return None
    second = parts[1].lower()
    if second in words.addressed_subject:
        return words.addressed_subject[second], parts[2:], True
    if second in words.told_no_owners and len(parts) >= 4:
        if parts[3].lower() in words.told_no_compounds:
            return None  # "Is your bladder control normal? No.": a function item, as it was
        return f"{words.addressed.get(second, second)} {parts[2]}", parts[3:], False
    if second in words.told_no_subjects:
        return parts[1], parts[2:], False
    return None


def _listed_answered_no(found: re.Match[str]) -> str:
    """ "- fever, weight loss, night sweats? none" as "- fever: no, weight loss: no, night sweats:
    no"; a question with a subject or an auxiliary as it was."""
    item = found.group("item")
    if _words().asking.intersection(re.findall(r"[a-z]+", item.lower())):
        return found.group()
    items = ", ".join(_normal_no(part.strip()) or f"{part.strip()}: no" for part in item.split(","))
    return f"{found.group('bullet')}{items}{found.group('rest') or ''}"


def _normal_no(item: str) -> str | None:
    """An item worded as normal answered no, told not so ("Both legs ok? No" as "Both legs not
    ok": the no is the sign, never the shorthand "nil"; safety123); None for any other item."""
    head, _, last = item.rstrip().rpartition(" ")
    if _functions().intersection(re.findall(r"[a-z]+", item.lower())):
        return None  # "Feeling down below normal? No": its function's loss (_function_answered)
    return f"{head} not {last}" if head and last.lower() in _words().normal_endings else None


def _function_answered(found: re.Match[str]) -> str:
    """A function or ability item answered "no" as "no ITEM" (the sign); any other as it was."""
    item = found.group("item")
    named = re.findall(r"[a-z]+", item.lower())
    gerunds = _gerund_abilities()
    if named and named[0] in gerunds["gerunds"] and set(named[1:]) <= gerunds["manners"].keys():
        # "Walking: no", "Standing unaided: no": the ability named by its verb is lost
        return f" cannot {gerunds['gerunds'][named[0]]}"
    if not _functions().intersection(named):
        return found.group()
    item = item.strip()
    # a verb-led item takes "not"; a noun takes "no" ("no bladder control", "no feeling in bum")
    words = item.split()
    first = words[0].lower() if words else ""
    if first in _words().ability_no:  # "Can feel bum when wiping: no" as "cannot feel bum ..."
        return f" {_words().ability_no[first]} {' '.join(words[1:])}"
    return f" {'not' if first in _words().verb_leads else 'no'} {item}"


def _answer_after_mark(text: str) -> bool:
    if not may_answer_a_question(text):
        return False
    from backcare.engine.safety.asked_answers import answer_after_mark

    return answer_after_mark(text, _words().wry_no)


def _answers(text: str) -> str:
    """A form's one-word answers read (see the module): an item asked and answered yes told,
    then "Y"/"N" made "yes"/": no" and a normal finding "nil"."""
    if not (may_take_a_no_back(text) or _answer_after_mark(text)):
        return text
    text = _NEVER_TOLD.sub(_never_told, text)
    text = _ITEM_ANSWER.sub(_qualified_no, text)
    text = _QUESTION_YES.sub(_asked_yes, text)
    # not imported by a calm ask (issue 17)
    from backcare.engine.safety.form_jokes import jokes_read

    text = jokes_read(text, _functions())  # "Fever: only for the football" (form_jokes.py)
    text = _wry_no().sub(r"\g<sep> no", text)
    return _ANSWER.sub(_one_word, text)


@functools.cache
def _wry_no() -> re.Pattern[str]:
    """A form item's wry answer that the item is not there, alone in its clause, as its "no"
    ("Unexplained weight loss: I wish!", "Weight loss - if only"); a function item so answered
    is its loss, as "no" is ("Bladder control: I wish")."""
    phrases = "|".join(
        r"[^\S\n]+".join(map(re.escape, phrase.split())) for phrase in _words().wry_no
    )
    return re.compile(
        r"(?P<sep>:|\?|[^\S\n][-–])[^\S\n]*(?:" + phrases + r")(?=[^\S\n]*(?:[,;.!\n]|$))",
        re.IGNORECASE,
    )


def _never_told(found: re.Match[str]) -> str:
    """ "Bladder - never empties properly" as "Bladder never empties properly": an organ item
    ('never_items') whose answer goes on after "never" tells how it works, not a no; any other
    item as it was (a symptom item's "Numbness - never had it" denies it)."""
    item, word = found.group("item"), found.group("word")
    words = _words()
    if item.split()[-1].lower() not in words.never_items or word.lower() not in words.never_words:
        return found.group()
    return f"{item} {word}"


def _qualified_no(found: re.Match[str]) -> str:
    """ "Bowel control: never sure any more" as "no Bowel control, never sure any more": a
    function item (checklist_functions.txt) whose answer's lead negates a quality of it tells its
    loss, as "Bowel control: no" does (safety67; qualified.py reads the answer, and its denials:
    "never a problem", "no worse than normal", "never sure why they ask"). Any other item is left
    as it was ("Numbness: not sure", "Fever: never below 38.5")."""
    item, answer = found.group("item"), found.group("answer")
    if not _functions().intersection(re.findall(r"[a-z]+", item.lower())):
        return found.group()
    rest = _SENTENCE_REST.match(found.string, found.end())
    told, after = _said(answer), _said(rest.group() if rest else "")
    # not imported by a calm ask (issue 17)
    from backcare.engine.safety.qualified import tells_fine, tells_loss

    if tells_fine(told, after):  # "Bladder control: never had a problem" (safety76)
        return f"{found.group()[: found.start('answer') - found.start()]}fine"
    if not tells_loss(told, after):
        return found.group()
    lead = "not" if item.split()[0].lower() in _words().verb_leads else "no"
    start = found.start("item") - found.start()
    return f"{found.group()[:start]}{lead} {item}, {answer}"


def _said(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _one_word(found: re.Match[str]) -> str:
    word = found.group("word").lower()
    words = _words()
    noun = found.group("noun")
    if noun is not None:
        # two words: only a finding of normal and what it finds ("normal feeling"); "no
        # feeling" is the sign, as written
        if word in words.normal and noun.lower() in words.normal_nouns:
            return " nil"
        return found.group()
    if word in words.normal:
        return " nil"
    if _taken_back(found):
        return found.group()  # "Incontinence: never, until yesterday": no no
    if word in words.no:
        return "? no" if found.group("sep") == "?" else ": no"
    if word in words.lost and found.group("sep") != "?":
        # "Fever: none" denies; "Saddle sensation: absent" is the loss (a function item's ": no")
        return ": no"
    if word in words.yes and found.group("sep") != "?":
        return ": yes"
    return found.group()


def _taken_back(found: re.Match[str]) -> bool:
    """Whether the word after a one-word answer's stop, on its line, takes the answer back
    ("Incontinence: never, until yesterday", "never... till today"; checklist_words.json)."""
    after = re.match(r"[^\S\n]*[,;.!]+[^\S\n]*([^\W\d_]+)", found.string[found.end() :])
    return after is not None and after.group(1).lower() in _words().taken_back


def _asked_yes(found: re.Match[str]) -> str:
    """ "Any fever? Yes" as "Any fever: yes"; a question to "you" as the asker's words; any
    other question as it was."""
    words = _words()
    if found.group("word").lower() not in words.yes:
        return found.group()
    item = found.group("item")
    tokens = _WORD.findall(item.lower())
    asking = words.asking.intersection(tokens)
    if asking:
        # a form asks "do/does/have/are you ...?"; "Can you get numb legs from sciatica? Yes"
        # asks what may happen, and "Can I still walk?" is the asker's own question
        if not words.addressed.keys() & set(tokens) or asking - words.addressed.keys() - (
            words.form_auxiliaries
        ):
            return found.group()
        item = _addressed(item, words)
    elif tokens and tokens[-1] in words.normal_endings:
        return f"{item} nil"  # "Peeing normally? Yes": a finding of normal (safety123)
    return f"{item}: yes"


def _addressed(item: str, words: Words) -> str:
    """A form's question to "you" in the asker's words: its leading auxiliary dropped, "you"
    after it the subject "I", any other "you"/"your" the asker's ("me", "my")."""
    parts = item.split()
    lead = item[: len(item) - len(item.lstrip())]
    if (
        len(parts) > 1
        and parts[0].lower() in words.asking
        and parts[0].lower() not in words.addressed
    ):
        parts = parts[1:]
        if parts[0].lower() in words.addressed_subject:
            parts[0] = words.addressed_subject[parts[0].lower()]
    return lead + " ".join(words.addressed.get(p.lower(), p) for p in parts)


@functools.cache
def _words() -> Words:
    """Read when a checklist item first needs them (a rare text), like _functions."""
    from backcare.engine.safety.checklist_words import read_words

    return read_words()


@functools.cache
def _answer_item() -> re.Pattern[str]:
    """An item that is wholly an answer ("[x] No", "[x] none of the above."): a tick takes no
    mark (checklist_words.json). Matched whole (fullmatch): an item that starts with a no is
    a sign told in a negation's words ("☑ No sensation when wiping"), which the tick says is
    the writer's (review32 B4)."""
    from backcare.resources import read_json

    words = sorted(read_json("checklist_words.json")["answer_items"], key=len, reverse=True)
    return re.compile(r"(?i)\s*(?:" + "|".join(map(re.escape, words)) + r")[\s.!]*")


@functools.cache
def _gerund_abilities() -> dict[str, dict[str, str]]:
    """An ability item named by its verb alone (checklist_words.json 'gerund_abilities':
    "walking" -> "walk"), and the words of manner that may follow it ("unaided", "normally")."""
    from backcare.resources import read_json

    found = read_json("checklist_words.json").get("gerund_abilities", {})
    return {
        "gerunds": {str(k): str(v) for k, v in found.get("gerunds", {}).items()},
        "manners": {str(w): str(w) for w in found.get("manners", ())},
    }


def function_words() -> frozenset[str]:
    """The words that make a form's item a function or an ability (checklist_functions.txt)."""
    return _functions()


@functools.cache
def _functions() -> frozenset[str]:
    from backcare.resources import read_text

    lines = (line.strip() for line in read_text("checklist_functions.txt").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


# a tick or a cross leading its line's item, after a bullet at most ("✔ Pain in lower back",
# "- ✘ Fever"), and the item to the line's end
# (the item taken greedily and its trailing spaces dropped after: no backtracking over a run)
_LEADING_MARK = lazy(
    r"(?m)^[^\S\n]*-?[^\S\n]*(?P<mark>[" + CROSSES + TICKS + r"])[^\S\n]*(?P<item>\S[^\n]*)"
)


def _leading_marks(text: str) -> str:
    """A list whose lines each lead with a tick or a cross (an online checker's summary: "✔ Pain
    wakes you at night", "✘ Fever"; safety92, red flags 33) read as a list answered item by
    item: a crossed item as its shorthand "nil" after it, each item a clause ("✘ Fever" is ",
    Fever nil,"; a "no" before it read as the last line's answer: "Bladder/bowel change no").
    Only where both a tick and a cross lead lines: a cross alone at a line's start may be a
    bullet, and is left to _CROSS (a miss costs more than a false alarm)."""
    # a text without both a cross and a tick has no such list: most questions, which then never
    # compile _LEADING_MARK (start-up time: tests/test_lazyregex.py)
    if not (any(cross in text for cross in CROSSES) and any(tick in text for tick in TICKS)):
        return text
    marks = {m.group("mark") for m in _LEADING_MARK.finditer(text)}
    if not (marks & set(CROSSES) and marks & set(TICKS)):
        return text

    def read(found: re.Match[str]) -> str:
        # a crossed note of the asker's live sign is told ("✘ Leaking wee since last night")
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.crossed_told import tells_live

        crossed = found.group("mark") in CROSSES and not tells_live(found.group("item"))
        item = found.group("item").rstrip()  # a ticked line is the writer's yes, as a box's
        yes = not crossed and found.group("mark") in TICKS and not _answer_item().fullmatch(item)
        return ", " + item + (" nil," if crossed else f" {TICK_MARK}," if yes else ",")

    return _LEADING_MARK.sub(read, text)


def _boxes(text: str) -> str:
    """Boxes before or after their items made clause marks, an empty one "no" before its item
    or "nil" after it. Before, when nothing but a label or a bullet comes before the first box in
    its sentence or line, or a title line ending on a colon."""
    first = _BOX.search(text)
    if first is None:
        return text
    # what comes before the first box in its sentence or line
    lead = re.split(r"[.!?\n]", text[: first.start()])[-1]
    # a title line ending on a colon ("Pre-op questionnaire (knee op next week):") introduces
    # the list whatever it holds (safety115, red flags 38)
    before = _LABEL.match(lead) is not None or lead.rstrip().endswith(":")
    out = []
    last = 0
    for box in _BOX.finditer(text):
        out.append(text[last : box.start()])
        empty = _EMPTY_BOX.search(box.group()) is not None
        # a ticked box is the writer's yes to its item (TICK_MARK), an answer item's no more
        item = (
            _item_after(text, box.end())
            if before
            else re.split(r"[,;:\n]", text[: box.start()])[-1]
        )
        yes = not empty and not _answer_item().fullmatch(item)
        if before:
            # the line break a box took after a title's colon is kept: the title is no item
            lined = "\n" if yes and "\n" in box.group() else ""
            out.append(", no " if empty else f"{lined}, {TICK_MARK}, " if yes else ", ")
        else:
            out.append(" nil, " if empty else f" {TICK_MARK}, " if yes else ", ")
        last = box.end()
    out.append(text[last:])
    return "".join(out)


def _item_after(text: str, start: int) -> str:
    """The item a box before it names: from `start` to the end of its clause or line, or to the
    next box."""
    rest = text[start:]
    following = _BOX.search(rest)
    return re.split(r"[,;\n]", rest if following is None else rest[: following.start()])[0]
