"""The few exception types the library raises; the CLI turns each into one line and exit code 2."""

from __future__ import annotations


class BackcareError(Exception):
    """Base class: a problem the user can fix, with a message fit to print as is."""


class PackError(BackcareError):
    """An FAQ pack that cannot be read or does not follow the schema."""


class StreamError(BackcareError):
    """Output cannot be written or input cannot be read (a closed standard stream)."""


class QueryError(BackcareError):
    """A question or option the engine cannot work with (empty question, --top 0...)."""


def os_reason(exc: BaseException) -> str:
    """Why a file or stream operation failed, for a one-line message: the system's words ("No
    space left on device"), else the exception's own text, else its type's name. One wording for
    every door, so a full disk reads the same whether a pack, a cache or stdout met it."""
    return str(getattr(exc, "strerror", None) or exc) or type(exc).__name__


ECHO_CHARS = 80  # a word or path echoed in a message: enough to recognise it, never a screenful


def cut(text: str, limit: int = ECHO_CHARS) -> str:
    """`text` as an error message echoes it: whole up to `limit` characters, else its start and its
    end around an ellipsis (a path's file name stays in view), so a 100,000-character word or a
    5,000-character path is one readable line (hostile10 14)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return f"{text[:head]}…{text[len(text) - (limit - 1 - head) :]}"


def cut_words(message: str, words: tuple[str, ...] | list[str] = ()) -> str:
    """`message` with each of `words` it echoes (argv words, which may hold spaces: `"--top
    --top ..."`) and each run without spaces (a path, a word) longer than ECHO_CHARS cut by `cut`:
    the one place every error, warning and note line passes (hostile10 14: a 100,000-character
    option echoed whole)."""
    for word in words:
        if len(word) > ECHO_CHARS and word in message:
            message = message.replace(word, cut(word))
    if len(message) <= ECHO_CHARS:
        return message
    import re

    return re.sub(rf"\S{{{ECHO_CHARS + 1},}}", lambda m: cut(m.group()), message)
