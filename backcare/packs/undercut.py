"""Answers that name an emergency sign and give no emergency help (validate's and import's
`emergency-answer` warning; harden14, after hostile10's finding 4).

An entry's question that describes an emergency is caught by `emergency-question`; its answer was
read by no one: "Dark thoughts and wanting to end your life are common with back pain; ignore
them" or "numbness in the groin and trouble peeing ... pass in a week or two, no need to see
anyone" were served with exit 0. An answer is read by the red-flag check as its reader would say
it of themselves ("your life" as "my life": answers speak to "you", the check reads a person's own
words); when it raises an emergency notice, or names an emergency sign in general (the pointer's
tier), and holds no emergency help - no number from data/emergency_numbers.json's emergency and
crisis texts (999, 911, 112, 988, 116 123 ...) and none of HELP_WORDS - the author is warned.
A warning, not an error: the answer may be right for a reason the check cannot read. Only the
rules read an answer, never the learned check: it learned from people describing themselves, and
an author's prose about something else reads to it as a sign (a clinic's cancellation policy did,
"we can't offer the slot to someone else at short notice"); the rules also cost half as much.

Help named only to be denied is no help (safety26): "this is not an emergency", "there is no need
to call 999", "you don't need A&E", "rather than going to A&E", "the non-emergency line". A mention
counts as denied when, going back from it through its sentence, only words that carry a call or a
visit to it (BRIDGE_WORDS: "need to call", "go to the", "an") stand between it and a negation
(NEGATIONS, any "n't", "instead of", "rather than"). "If you cannot pee call 999" still gives help:
"pee" is no bridge, so the negation is the sign's, not the help's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from backcare.engine.safety import Safety
    from backcare.packs.schema import Pack

# words that send a reader to emergency help whatever the region
HELP_WORDS = ("emergency", "A&E", "ambulance", "Samaritans", "crisis line", "lifeline")
# words that deny what follows them; any word ending in "n't" does too
NEGATIONS = frozenset(("not", "no", "never", "nor", "without", "cannot", "non", "hardly", "rarely"))
# words that may stand between a negation and the help it denies: needing, calling or going to it
BRIDGE_WORDS = frozenset(
    (
        "a an the any this that it it's its is be usually normally generally necessarily "
        "really always at all straight immediately right away need needs needed to for "
        "have has call calling ring ringing phone phoning dial dialling dialing contact "
        "contacting go going goes head heading rush rushing visit visiting attend attending "
        "get getting into down an as like treat treated considered count counts worry about "
        "you i we they your my"
    ).split()
)
_UNAPOSTROPHED = frozenset(("dont", "doesnt", "isnt", "wont", "neednt", "shouldnt", "arent"))
_PAIRED_NEGATIONS = {"of": "instead", "than": "rather"}  # "instead of A&E", "rather than 999"
_WORD = re.compile(r"[\w'’]+")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_SECOND_PERSON = re.compile(
    r"\b(?:you(?:'re|'ve|'ll|'d|’re|’ve|’ll|’d)?|yours|yourself|your)\b", re.I
)
_FIRST_PERSON = {
    "you": "I",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "you'll": "I'll",
    "you'd": "I'd",
}


# words of the help an urgent or soon notice gives, and of an emergency's: denied by a contact
# line or an answer, they undercut the notice printed above it (harden23)
CARE_WORDS = (
    "A&E",
    "accident and emergency",
    "emergency department",
    "ambulance",
    "Samaritans",
    "crisis line",
    "GP",
    "GPs",
    "doctor",
    "doctors",
    "medical help",
    "urgent care",
    "walk-in centre",
    "out-of-hours",
)
# a denial of seeing anyone at all ("no need to see anyone", "go anywhere"), never itself help
_ANYONE = re.compile(r"\b(?:any(?:one|body|where)|a professional|a specialist)\b", re.I)
# a denial carried along a list of help ("no need to see a GP, call 111 or go to A&E"): the
# places themselves, "or", "and", and seeing, speaking to or bothering someone
LIST_BRIDGES = BRIDGE_WORDS | frozenset(
    (
        "or and nor see seeing speak speaking talk talking bother bothering book booking "
        "make appointment appointments with today tonight now urgently someone anyone "
        "gp gps doctor doctors medical help advice e accident emergency department ambulance "
        "urgent care walk in centre out of hours nhs"
    ).split()
)
# a contact's deferral: the help after these words comes second ("ring us before calling 999")
_DEFERRALS = NEGATIONS | frozenset(("before", "until", "instead"))
# a contact line's clause ends at a comma too: "in an emergency don't ring us, call 999" gives help
_CLAUSE_END = re.compile(r"[.,!?;:\n]")
# a contact that puts itself first: "ring us first", "wait for us to call you back"
_PUTS_ITSELF_FIRST = re.compile(
    r"\b(?:call|ring|phone|contact|text|message|email|see)\s+us\s+first\b"
    r"|\bwait\s+(?:for|until)\s+(?:us|our|a\s+call|we|the\s+clinic)\b"
    r"|\b(?:always|only)\s+(?:call|ring|phone|contact)\s+us\b",
    re.I,
)
# "emergency" naming the situation, not the help: "in an emergency", "for any emergency", "in
# case of emergency", "out of hours emergencies", "if it's an emergency" (hostile16 F7: "In an
# emergency call us first" passed, its "emergency" read as the help beside "call us first")
_EMERGENCY_CONDITION = re.compile(
    r"\b(?:in|for|during|with)\s+(?:an?\s+|any\s+|all\s+|case\s+of\s+(?:an?\s+)?)?"
    r"(?:[\w-]+\s+)?emergenc(?:y|ies)\b"
    r"|\bemergencies\b"
    r"|\bif\s+(?:it\s+is|it['’]s|this\s+is|there\s+is|you\s+have)\s+an?\s+(?:[\w-]+\s+)?emergency\b",
    re.I,
)
# a contact's deferral in words of avoiding the help: "please avoid A&E; book with us"
_AVOIDING = frozenset(("avoid", "avoiding", "skip", "skipping", "bypass"))
# an answer's own "ignore it": no help, whatever sign it names
_IGNORE = re.compile(r"\bignore\s+(?:it|them|this|these|the\s+\w+)\b", re.I)


def undercutting_contact(contact: str) -> str:
    """Why a pack's contact line, printed under every red-flag notice, undercuts the notice
    above it: it denies or defers emergency help ("never call 999 or go to A&E for back pain,
    ring us first"; "do not call 999 or 111; wait for us to call you back"), or puts itself
    first, or offers itself for emergencies ("in an emergency text us"), with no emergency help
    beside it ("emergency" naming the situation is none); '' when it does not (hostile15 F1,
    hostile16 F7). `validate` warns
    `emergency-contact`; `ask` never prints such a line under a notice (output/messages.py)."""
    help_given = _care_help()
    for found in help_given.finditer(contact):
        if _denied(contact[: found.start()], LIST_BRIDGES, _DEFERRALS | _AVOIDING, _CLAUSE_END):
            return f"it tells people not to use, or to put off, {found.group()!r}"
    conditions = [found.span() for found in _EMERGENCY_CONDITION.finditer(contact)]
    first = _PUTS_ITSELF_FIRST.search(contact) is not None
    if not first and not conditions:
        return ""
    if any(
        not _denied(contact[: f.start()])
        and not any(start <= f.start() < end for start, end in conditions)
        for f in _emergency_help().finditer(contact)
    ):
        return ""  # "in an emergency call 999; otherwise ring us first"
    if first:
        return "it asks people to contact the pack's own service first, and gives no emergency help"
    # "In an emergency text 07700 900123", "Out of hours emergencies: we reply next morning"
    return "it offers the pack's own service for emergencies, and gives no emergency help"


def denies_care(answer: str) -> bool:
    """Whether `answer` denies every medical help it names, or tells its reader to ignore what
    they have: "there is no need to see a GP, call 111 or go anywhere today", "ignore it"
    (hostile15 F4). An answer that also sends its reader somewhere ("no need to call 999, but
    see your GP today") does not."""
    denied = False
    for found in _care_help().finditer(answer):
        if _denied(answer[: found.start()], LIST_BRIDGES):
            denied = True
        else:
            return False
    if denied:
        return True
    said = (*_ANYONE.finditer(answer), *_IGNORE.finditer(answer))
    return any(_denied(answer[: f.start()], LIST_BRIDGES) != (f.re is _IGNORE) for f in said)


def notice_tiers(text: str, safety: Safety | None = None) -> tuple[str, ...]:
    """The tiers of the notices the rules raise on `text` (and the pointer's), as written."""
    from backcare.engine.answer import rule_warnings

    flags, tier = rule_warnings(text, safety, typos=False)
    return tuple(sorted({f.urgency for f in flags} | ({tier} if tier else set())))


def denying_answers(
    pack: Pack,
    safety: Safety | None = None,
    read: Callable[[str], tuple[str, ...]] | None = None,
) -> list[tuple[str, str]]:
    """(entry id, message) of each entry whose answer denies the help an urgent, soon or
    emergency notice gives, while its question (or an alias), or the answer itself, names such a
    sign: the notice a person asking it gets is followed by "no need to see a GP or call 111"
    (hostile15 F4). Only answers that deny care are read by the rules: few do. `read`: what
    notice_tiers gives for a text (validate's: the same, kept across runs)."""
    found = []
    for entry in pack.entries:
        if not denies_care(entry.answer):
            continue
        tiers: set[str] = set()
        for text in (entry.question, *entry.aliases, as_said_by_the_reader(entry.answer)):
            tiers.update(read(text) if read is not None else notice_tiers(text, safety))
        named = [t for t in ("emergency", "urgent", "soon") if t in tiers]
        if named:
            found.append(
                (
                    entry.id,
                    f"its question or answer names a sign that gets {_a(named[0])} notice, and "
                    "the answer denies the help that notice gives (no need to see a doctor, call "
                    "a number or go anywhere; ignore it): say when to get that help, or take "
                    "the denial out",
                )
            )
    return found


def _a(urgency: str) -> str:
    return {"emergency": "an emergency", "urgent": "an urgent"}.get(urgency, "a see-a-doctor-soon")


# an answer's emergency flag and the pointer's tier, as `emergency_reading` gives them
Reading = tuple[str | None, str | None]


def emergency_reading(answer: str, safety: Safety | None = None) -> Reading:
    """The id of the first emergency flag the rules raise on an answer, read as its reader would
    say it and as written (Safety.as_written: no typo correction, the author's words), and the
    pointer's tier when they raise none."""
    from backcare.engine.answer import rule_warnings

    flags, tier = rule_warnings(as_said_by_the_reader(answer), safety, typos=False)
    first_help = _first_help()
    unhelped = (
        f.id
        for f in flags
        if f.urgency == "emergency"
        # a sign whose sources send a person elsewhere first (labour: the midwife or maternity
        # unit now), sent there by the answer, is helped as the guidance says (newcomer12 F2)
        and not (f.id in first_help and _sends_now(answer, *first_help[f.id]))
    )
    return next(unhelped, None), tier


def undercutting_answers(
    pack: Pack, safety: Safety | None = None, read: Callable[[str], Reading] | None = None
) -> list[tuple[str, str]]:
    """(entry id, message) of each entry whose answer undercuts an emergency (see the module):
    validate.emergency_answers makes them `emergency-answer` warnings. `read`: what
    `emergency_reading` gives for an answer (validate's: the same, kept across runs)."""
    help_given = _help()
    found = []
    for entry in pack.entries:
        if gives_help(entry.answer, help_given):
            continue  # cheaper than reading it, and such an answer is fine whatever it names
        if read is None:
            emergency, tier = emergency_reading(entry.answer, safety)
        else:
            emergency, tier = read(entry.answer)
        if emergency is None and tier != "emergency":
            continue
        named = f" ({emergency})" if emergency else ""
        found.append(
            (
                entry.id,
                f"its answer names an emergency sign{named} and gives no emergency help (no "
                "emergency number, A&E or crisis line): a reader with that sign may wait; "
                "say to call the emergency number, or take the sign out",
            )
        )
    return found


def gives_help(answer: str, help_given: re.Pattern[str] | None = None) -> bool:
    """Whether `answer` names emergency help that it does not deny (see the module)."""
    pattern = help_given or _help()
    return any(not _denied(answer[: found.start()]) for found in pattern.finditer(answer))


def _denied(
    before: str,
    bridges: frozenset[str] = BRIDGE_WORDS,
    negations: frozenset[str] = NEGATIONS,
    ends: re.Pattern[str] = _SENTENCE_END,
) -> bool:
    """Whether the help mentioned right after `before` is denied by a negation before it in its
    sentence (its clause: `ends`), with only `bridges` between."""
    if before.lower().endswith(("non-", "non ")):
        return True  # "the non-emergency line"
    sentence = ends.split(before)[-1]
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sentence)]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word in negations or word.endswith("n't") or word in _UNAPOSTROPHED:
            return True
        if at and _PAIRED_NEGATIONS.get(word) == words[at - 1]:
            return True
        if word not in bridges:
            return False
    return False


def as_said_by_the_reader(answer: str) -> str:
    """An answer's "you" as "I" ("wanting to end your life" -> "wanting to end my life")."""
    return _SECOND_PERSON.sub(lambda m: _FIRST_PERSON[m.group().lower().replace("’", "'")], answer)


@lru_cache(maxsize=1)
def _first_help() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each rule's 'first_help' (data/red_flags.json's 'first_helps'): where its sources send a
    person with that sign first, when that is not the emergency number, and the words that say to
    go at once, as patterns."""
    from backcare.resources import read_json

    data = read_json("red_flags.json")

    def pattern(phrases: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(rf"\b{re.escape(p)}(?!\w)" for p in phrases), re.I)

    helps = {
        name: (pattern(help_["places"]), pattern(help_["now"]))
        for name, help_ in data.get("first_helps", {}).items()
    }
    return {
        rule["id"]: helps[rule["first_help"]] for rule in data["rules"] if rule.get("first_help")
    }


def _sends_now(answer: str, places: re.Pattern[str], now: re.Pattern[str]) -> bool:
    """Whether `answer` sends its reader to one of `places` at once: a place named, not denied,
    in a sentence with a word of `now` ("call your midwife straight away"; not "mention it to your
    midwife at your next appointment", nor "there is no need to call your midwife now")."""
    for found in places.finditer(answer):
        before, after = answer[: found.start()], answer[found.start() :]
        if _denied(before):
            continue
        sentence = _SENTENCE_END.split(before)[-1] + _SENTENCE_END.split(after)[0]
        if now.search(sentence):
            return True
    return False


@lru_cache(maxsize=1)
def _care_help() -> re.Pattern[str]:
    """The help of every tier: the emergency and crisis numbers and CARE_WORDS ("emergency"
    alone is not one: "this is not an emergency line" denies nothing)."""
    words = [re.escape(w) for w in CARE_WORDS]
    return re.compile("|".join([*_numbers(), *(rf"\b{w}(?!\w)" for w in words)]), re.I)


@lru_cache(maxsize=1)
def _emergency_help() -> re.Pattern[str]:
    """_help's numbers as whole numbers ("0000" in a phone number holds no "000") and words."""
    words = [re.escape(w) for w in HELP_WORDS]
    return re.compile("|".join([*_numbers(), *(rf"\b{w}(?!\w)" for w in words)]), re.I)


def _numbers() -> list[str]:
    """Patterns of the emergency and crisis numbers, each a whole number."""
    from backcare.resources import read_json

    numbers = read_json("emergency_numbers.json")
    texts = [str(numbers["default"]["emergency"])]
    texts += [str(call["default"]) for call in numbers.get("calls", {}).values()]
    digits = {n for text in texts for n in re.findall(r"\d+(?:[ -]\d+)*", text)}
    return [
        rf"(?<![\d.,])(?<!\d )(?<!\d-){re.escape(n)}(?![\d]|[.,]\d| \d|-\d)"
        for n in sorted(digits, key=len)[::-1]
    ]


@lru_cache(maxsize=1)
def _help() -> re.Pattern[str]:
    from backcare.resources import read_json

    numbers = read_json("emergency_numbers.json")
    texts = [str(numbers["default"]["emergency"])]
    texts += [str(call["default"]) for call in numbers.get("calls", {}).values()]
    digits = {n for text in texts for n in re.findall(r"\d+(?:[ -]\d+)*", text)}
    words = [re.escape(w) for w in HELP_WORDS]
    alternatives = [
        rf"(?<![\d.,]){re.escape(n)}(?![\d.,]\d)" for n in sorted(digits, key=len)[::-1]
    ]
    return re.compile("|".join([*alternatives, *(rf"\b{w}(?!\w)" for w in words)]), re.I)
