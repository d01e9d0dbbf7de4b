"""The words of a pasted checklist's items and a form's answers (data/checklist_words.json), read
for checklist.py, which keeps them once read (its `_words`): moved here when the reading grew
past the size of a module read in one sitting (safety122)."""

from __future__ import annotations

from backcare.namedtuple import NamedTuple


class Words(NamedTuple):
    """data/checklist_words.json: the words that make the part before "?" a sentence, not an
    item, those that lead a verb-led item ("not able to pee"), and a form's answers and its
    second person (safety35)."""

    asking: frozenset[str]
    verb_leads: frozenset[str]
    yes: frozenset[str]
    no: frozenset[str]
    normal: frozenset[str]
    addressed: dict[str, str]
    addressed_subject: dict[str, str]
    form_auxiliaries: frozenset[str]
    lost: frozenset[str]  # an answer that the item is not there ("none", "absent", "lost")
    answered_no: tuple[str, ...]  # in their order: they are a pattern's alternatives
    rest_normal: tuple[str, ...]
    rest_abilities: tuple[str, ...]
    rest_qualifiers: tuple[str, ...]
    any_leads: frozenset[str]  # what opens a form's question with no verb ("Any fever ...?")
    hedges_after: frozenset[str]  # what takes back a no after its stop ("No. Well, ...")
    # a form's question whose no is the sign (safety55, _told_no)
    ability_no: dict[str, str]  # "can" -> "cannot"
    ability_verbs: frozenset[str]
    losses: frozenset[str]  # a sign asked about, which the no denies ("any loss of feeling")
    subject_auxiliaries: dict[str, str]  # "are" -> "am"
    dropped_before_function: frozenset[str]  # "normal feeling" -> "feeling"
    rest_joins: tuple[str, ...]  # "No, and my back is killing me"
    wry_no: tuple[str, ...]  # a wry answer that the item is not there ("I wish", "if only")
    # more forms of it (safety60): "Do your legs feel strong? No.", "Can he walk? No."
    told_no_owners: frozenset[str] = frozenset()
    told_no_subjects: frozenset[str] = frozenset()
    told_no_words: frozenset[str] = frozenset()
    told_no_compounds: frozenset[str] = frozenset()  # "your bladder control": no subject
    taken_back: frozenset[str] = frozenset()  # "Incontinence: never, until yesterday" (safety64)
    # "Bladder - never empties properly": an organ item's "never ..." tells how it works (safety66)
    never_items: frozenset[str] = frozenset()
    never_words: frozenset[str] = frozenset()
    # "Can you empty your bladder? Hardly at all.": a no of degree (safety77, _degree_answered)
    degree_no: tuple[str, ...] = ()
    # "Pain in both legs? No, neither leg.": the no said again (safety96, _item_answered_no)
    rest_repeats: tuple[str, ...] = ()
    # what a finding of normal finds ("Bum: normal feeling", "Legs: good strength"; safety122)
    normal_nouns: frozenset[str] = frozenset()
    # "Peeing normally? Yes", "Both legs ok? Yes": an item worded as normal, its yes a finding
    # of normal (safety123, _asked_yes)
    normal_endings: frozenset[str] = frozenset()


def read_words() -> Words:
    """data/checklist_words.json read (checklist._words keeps it, read when a checklist item
    first needs it: a rare text)."""
    from backcare.resources import read_json

    data = read_json("checklist_words.json")
    return Words(
        frozenset(data["asking"]),
        frozenset(data["verb_leads"]),
        frozenset(data["yes"]),
        frozenset(data["no"]),
        frozenset(data["normal"]),
        dict(data["addressed"]),
        dict(data["addressed_subject"]),
        frozenset(data["form_auxiliaries"]),
        frozenset(data["lost"]),
        tuple(data["answered_no"]),
        tuple(data["answer_rest_normal"]),
        tuple(data["answer_rest_abilities"]),
        tuple(data["answer_rest_qualifiers"]),
        frozenset(data["any_leads"]),
        frozenset(data["hedges_after"]),
        dict(data["ability_no"]),
        frozenset(data["ability_verbs"]),
        frozenset(data["losses"]),
        dict(data["subject_auxiliaries"]),
        frozenset(data["dropped_before_function"]),
        tuple(data["answer_rest_joins"]),
        tuple(data["wry_no"]),
        frozenset(data["told_no_owners"]),
        frozenset(data["told_no_subjects"]),
        frozenset(data["told_no_words"]),
        frozenset(data["told_no_compounds"]),
        frozenset(data["taken_back"]),
        frozenset(data["never_items"]),
        frozenset(data["never_words"]),
        tuple(data["degree_no"]),
        tuple(data["answer_rest_repeats"]),
        frozenset(data["normal_nouns"]),
        frozenset(data["normal_endings"]),
    )
