"""Merge-conflict markers in a page to import: an error naming the line, never content.

A Markdown FAQ kept in git can be committed half-merged (newcomer23 F3). Its `<<<<<<< HEAD` line
became the end of an answer served to readers, its `=======` line underlined the other side's
answer into a heading that named the topic of every later entry, and its `>>>>>>> branch` line
was glued to an answer. A page with such lines is refused until the conflict is resolved: no
reading of both sides can be right, and a pre-commit hook running `backcare validate` catches it.

`=======` alone is an ordinary setext underline (`Title` over `=======`), so only the lines that
open and close a conflict (`<<<<<<<`, `>>>>>>>`, and diff3's `|||||||`) are looked for. Lines
inside a fenced code block are text (a page may show a conflict as an example).
"""

from __future__ import annotations

import re

from backcare.errors import PackError
from backcare.packs.importers.lines import one_line

# git writes seven marks at the start of the line, then a space and a name, or nothing
_MARKER = re.compile(r"^(?:<{7}|>{7}|\|{7})(?: |$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def refuse_conflict_markers(text: str) -> None:
    """PackError naming the first merge-conflict marker line outside a fenced code block."""
    fence = ""
    for number, line in enumerate(text.split("\n"), 1):
        opened = _FENCE.match(line)
        if fence:
            closing = (
                opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence)
            )
            if closing and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if opened and not (opened.group(1)[0] == "`" and "`" in line[opened.end() :]):
            fence = opened.group(1)
            continue
        if _MARKER.match(line):
            raise PackError(
                f"line {number}: a merge-conflict marker ({one_line(line)[:60]!r}): the page is "
                "half-merged; keep the text you want between the <<<<<<< and >>>>>>> lines, "
                "delete those lines and the ======= between them, then import again"
            )
