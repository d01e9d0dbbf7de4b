"""Pack and user text made safe for a terminal: escape sequences dropped, controls neutralised."""

from __future__ import annotations

from backcare.packs.fields import LazyPattern
from backcare.packs.schema import CONTROL

# CSI and OSC sequences whole (so no payload survives), then any other C0/C1 control or bidi control.
_ESCAPE_SEQUENCE = LazyPattern(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
)


def sanitize(text: str) -> str:
    """Text safe to show on a terminal: escape sequences dropped, other controls shown as U+FFFD."""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # no escape or control character: both start with one str.isprintable refuses
    text = _ESCAPE_SEQUENCE.sub("", text)
    return CONTROL.sub(lambda m: "" if m.group() >= "\u202a" else "\ufffd", text)


def one_line(text: str) -> str:
    return " ".join(sanitize(text).split())
