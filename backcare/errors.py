"""The few exception types the library raises; the CLI turns each into one line and an exit code:
2 (an error), except NotFoundError, 1 (as grep's "nothing found")."""

from __future__ import annotations


class BackcareError(Exception):
    """Base class: a problem the user can fix, with a message fit to print as is."""


class PackError(BackcareError):
    """An FAQ pack that cannot be read or does not follow the schema."""


class StreamError(BackcareError):
    """Output cannot be written or input cannot be read (a closed standard stream)."""


class QueryError(BackcareError):
    """A question or option the engine cannot work with (empty question, --top 0...)."""


class NotFoundError(QueryError):
    """A topic named (`topics NAME`, `ask --topic NAME`) that the pack does not have: exit 1, as
    `show` of an unknown id, not 2 (newcomer F12: the same kind of failure had two codes). A
    QueryError still, so code that catches those catches it."""


def os_reason(exc: BaseException) -> str:
    """Why a file or stream operation failed, for a one-line message: the system's words ("No
    space left on device"), else the exception's own text, else its type's name. One wording for
    every door, so a full disk reads the same whether a pack, a cache or stdout met it."""
    return str(getattr(exc, "strerror", None) or exc) or type(exc).__name__


ECHO_CHARS = 80  # words echoed in a message: enough to recognise them, never a screenful
PATH_CHARS = 160  # a run without spaces (a word, an option): cut only past this
PATH_MAX = 4096  # a path that could exist (Linux's limits: 4096 in all, 255 a name) is echoed
NAME_MAX = 255  # whole: a deep real path (a CI checkout, a synced folder) is copied to fix it


def could_be_path(text: str) -> bool:
    """Whether `text` could name a file here: it holds a "/" and is within the system's limits."""
    return (
        "/" in text
        and len(text) <= PATH_MAX
        and all(len(name) <= NAME_MAX for name in text.split("/"))
    )


def shown_path(path: str) -> str:
    """`path` as a message echoes it: whole if it could exist, else cut to PATH_CHARS."""
    return path if could_be_path(path) else cut(path, PATH_CHARS)


def cut(text: str, limit: int = ECHO_CHARS) -> str:
    """`text` as an error message echoes it: whole up to `limit` characters, else its start and its
    end around an ellipsis (a path's file name stays in view), so a 100,000-character word or a
    5,000-character path is one readable line (hostile10 14)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return f"{text[:head]}…{text[len(text) - (limit - 1 - head) :]}"


def cut_words(message: str, words: tuple[str, ...] | list[str] = ()) -> str:
    """`message` with each of `words` it echoes that holds a space (argv words: `"--top --top
    ..."`, a question taken for an option) cut to ECHO_CHARS, and each run without spaces (a path,
    an option, a word) to PATH_CHARS unless it could be a path (`shown_path`), by `cut`: where
    every error and warning line is written (hostile10 14: a 100,000-character option echoed
    whole)."""
    for word in words:
        if len(word) > ECHO_CHARS and " " in word.strip() and word in message:
            message = message.replace(word, cut(word))
    if len(message) <= PATH_CHARS:
        return message
    import re

    return re.sub(rf"\S{{{PATH_CHARS + 1},}}", lambda m: shown_path(m.group()), message)
