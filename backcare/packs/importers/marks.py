"""Inline marks whose meaning is lost when a page's text is flattened, for the HTML and Markdown
importers (harden22, hostile14 F8 and F9).

- **Struck-through text** (`<del>`, `<s>`, `<strike>`, an inline `text-decoration: line-through`
  style, Markdown `~~...~~`) is advice the page retracts and shows crossed out: flattened, it read
  as live advice ("Yes, rest in bed for two weeks. No: keep moving gently."). It is dropped, with a
  content note quoting it (`struck_note`). `<ins>` (inserted text) is kept.
- **Superscripts and subscripts** changed numbers: "10<sup>-3</sup>" read "10-3" and
  "10<sup>3</sup>" read "103". Their text is written with Unicode superscript or subscript
  characters when every character has one ("10⁻³", "H₂O"), else as `^(...)` / `_(...)`
  (`scripted`), with one routine note (`ScriptNotes`). A mark that reads the same flattened stays
  as written: an ordinal's ending after a digit ("1<sup>st</sup>"), a footnote mark in brackets or
  of symbols alone ("[1]", "*", "†").
  An inline `vertical-align: super|sub` style is read as `<sup>` / `<sub>`.
- **Inline quotations** (`<q>`): a browser draws quotation marks around them; they are written.
- **Soft hyphens** (U+00AD, `&shy;`) inside words: invisible on the page, they split a word in two
  for matching ("physio&shy;therapy" was not found by "physiotherapy"); removed, with a routine
  note (`without_soft_hyphens`).
"""

from __future__ import annotations

import re

from backcare.packs.importers.result import clip
from backcare.packs.notes import Note, routine

STRUCK_TAGS = frozenset(("del", "s", "strike"))
_STRUCK_STYLE = re.compile(r"(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b", re.I)

_SUPERSCRIPT = dict(
    zip(
        "0123456789+-\u2212=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
        strict=True,
    )
)
_SUBSCRIPT = dict(
    zip("0123456789+-\u2212=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True)
)
# the superscripts Unicode has a sign of its own for
_SUPERSCRIPT_WORDS = {"TM": "™", "SM": "℠"}
# an ordinal's ending after a digit reads the same flattened: 1st, 2nd, 3rd, 4th; 1er, 2e, 3ème
_ORDINAL = frozenset("st nd rd th e er re ème eme".split())


_RAISED_STYLE = re.compile(r"(?:^|;)\s*vertical-align\s*:\s*(super|sub)\b", re.I)


def script_kind(tag: str, style: str) -> str:
    """'sup' or 'sub' for an element that raises or lowers its text (by its tag, or an inline
    `vertical-align: super|sub` style, as some editors write a superscript), else ''."""
    if tag in ("sup", "sub"):
        return tag
    raised = _RAISED_STYLE.search(style) if "vertical-align" in style else None
    return "sup" if raised and raised.group(1).lower() == "super" else "sub" if raised else ""


def is_struck(tag: str, style: str) -> bool:
    """Whether an element draws its text struck through (by its tag or its inline style)."""
    return tag in STRUCK_TAGS or bool(_STRUCK_STYLE.search(style))


def struck_note(text: str) -> Note:
    """The content note for struck-through text left out (a note kind `validate` counts)."""
    return Note(
        f"dropped struck-through text (the page shows it crossed out, as advice withdrawn): "
        f"{clip(text)!r}"
    )


def withdrawn(heading: str) -> str:
    """A heading struck through whole, kept marked (`~~...~~`): no question, so its entry's answer
    is skipped with a note, and no topic (flow.py; review14 F9)."""
    return f"~~{' '.join(heading.strip('~').split())}~~"


def is_withdrawn(heading: str) -> bool:
    return len(heading) > 4 and heading.startswith("~~") and heading.endswith("~~")


def quoted(text: str, depth: int = 0) -> str:
    """An inline quotation as a browser draws it: in double quotes, single inside another."""
    return f"‘{text}’" if depth % 2 else f"“{text}”"


def scripted(text: str, before: str, *, sup: bool) -> str:
    """A superscript's (`sup`) or subscript's text as it reads flattened after `before` (the text
    before it): unchanged when flattening keeps its meaning, else in Unicode super- or subscript
    characters when each has one, else `^(...)` / `_(...)`."""
    core = text.strip()
    if not core or not any(c.isalnum() for c in core):
        return text  # a symbol ('*', '†', '®') reads the same on the line
    if core.startswith("[") and core.endswith("]"):
        return text  # a footnote mark in brackets
    if sup and core.lower() in _ORDINAL and before[-1:].isdigit():
        return text  # 1st, 2nd, 1er
    table = _SUPERSCRIPT if sup else _SUBSCRIPT
    if sup and core in _SUPERSCRIPT_WORDS:
        written = _SUPERSCRIPT_WORDS[core]
    elif all(c in table for c in core):
        written = "".join(table[c] for c in core)
    else:
        written = f"{'^' if sup else '_'}({' '.join(core.split())})"
    # spaces around the mark stay where they were ("x <sup>2</sup>" is rare, but it is written)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{written}{trail}"


class ScriptNotes:
    """Counts the superscripts and subscripts written with their marks, for one routine note."""

    def __init__(self) -> None:
        self.count = 0
        self.example = ""

    def wrote(self, original: str, written: str, *, sup: bool) -> None:
        if original == written:
            return
        self.count += 1
        if not self.example:
            tag = "sup" if sup else "sub"
            self.example = f"<{tag}>{clip(original.strip(), 20)}</{tag}> as {written.strip()!r}"

    def note(self) -> Note | None:
        if not self.count:
            return None
        plural = "s" if self.count != 1 else ""
        return routine(
            f"wrote {self.count} superscript{plural} or subscript{plural} with their marks, so "
            f"that numbers keep their meaning ('10<sup>3</sup>' is 10³, not 103): {self.example}"
        )


def without_soft_hyphens(entries: list[dict[str, object]], notes: list[str]) -> None:
    """Soft hyphens removed from the entries' questions, answers and aliases, with one routine
    note: a page shows none (only a hyphen where a line wraps there), and each split its word
    for matching."""
    removed = 0
    for entry in entries:
        for key in ("question", "answer"):
            value = entry.get(key)
            if isinstance(value, str) and "\xad" in value:
                removed += value.count("\xad")
                entry[key] = value.replace("\xad", "")
        aliases = entry.get("aliases")
        if isinstance(aliases, list) and any("\xad" in str(a) for a in aliases):
            removed += sum(str(a).count("\xad") for a in aliases)
            entry["aliases"] = [str(a).replace("\xad", "") for a in aliases]
    if removed:
        notes.append(
            routine(
                f"removed {removed:,} soft hyphen{'s' * (removed != 1)} (U+00AD, '&shy;': "
                "invisible on the page; inside a word they split it for matching)"
            )
        )
