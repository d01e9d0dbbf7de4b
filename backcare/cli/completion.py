"""Shell completion candidates: entry ids and topic words of the pack the command line names.

Candidates are handed to a shell that evaluates them (zsh `eval`s Typer's output; bash splits and
globs it), so only words of a safe character set are ever offered: an id or topic with anything else
is simply not completed. Nothing here may print or fail: completion errors complete nothing.
"""

from __future__ import annotations

import os
import re
import shutil
from typing import Any

SAFE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*\Z")


def entry_ids(ctx: Any, incomplete: str) -> list[str]:
    pack = _pack(ctx)
    if pack is None:
        return []
    return [i for i in pack.by_id if i.startswith(incomplete) and SAFE_WORD.match(i)]


def topic_words(ctx: Any, incomplete: str) -> list[str]:
    """Each topic's first word, up to a character no shell may read safely (a prefix is enough
    for `topics` and `--topic`)."""
    pack = _pack(ctx)
    if pack is None:
        return []
    # topics match in any case: a word is offered as the pack writes it, its typed part in the
    # case typed (the shell keeps only candidates that start with what was typed): `B<Tab>` and
    # `b<Tab>` both complete `Booking`, where only lower case was offered and `B` got nothing
    words: dict[str, str] = {}
    for topic in pack.topics():
        word = safe_prefix(topic)
        if word:  # ASCII: cases of equal length
            words.setdefault(word.casefold(), word)
    folded = incomplete.casefold()
    return [
        incomplete + word[len(incomplete) :]
        for key, word in words.items()
        if key.startswith(folded)
    ]


_SAFE_START = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")


def safe_prefix(topic: str) -> str:
    """The safe start of a topic's first word, which names it as a prefix does ("Fees" of "Fees,
    insurance and opening hours": a topic with a comma or a quote in its first word was never
    offered, newcomer26 F12); '' when it starts with no safe character."""
    found = _SAFE_START.match(topic.strip())
    return found.group().rstrip("._+-") if found else ""


def _pack(ctx: Any) -> Any:
    from backcare.cli.context import open_pack
    from backcare.errors import BackcareError

    try:
        return open_pack(_faq(ctx))
    except (BackcareError, OSError, ValueError):
        return None


def _faq(ctx: Any) -> tuple[str, ...]:
    """The --faq on the command line being completed (command's, then root's); none: the packs
    the settings name (BACKCARE_FAQ, the settings file), as the command itself will search. It
    offered the bundled pack's ids, which `show` then did not find."""
    while ctx is not None:
        value = ctx.params.get("faq")
        if value:
            return tuple(value)
        ctx = ctx.parent
    from backcare.cli.context import OutputOptions, load_settings

    return tuple(load_settings((), OutputOptions(), problems=[]).faq)  # quietly: no warnings


PROG = "backcare"
COMPLETE_VAR = "_BACKCARE_COMPLETE"
# per shell: the start-up file Typer's installer reads and rewrites, the line it adds there, and
# where it puts the script
_RC_FILES = {
    "bash": (".bashrc", "source '{script}'", ".bash_completions/backcare.sh"),
    "zsh": (".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit", ".zfunc/_backcare"),
}


def install_completion(shell: str | None) -> tuple[str, str]:
    """Install completion for `shell` (None: the shell this runs in) as Typer does, and return
    (shell, where). BackcareError, one line naming the file and what to do, when a file Typer
    would edit cannot be: a start-up file that is not UTF-8 text, a directory or a link to a
    missing file, or PowerShell not installed (hostile10 12: "unexpected error ... please report
    it", or "input/output error (Is a directory)" naming no file)."""
    from typer._completion_shared import _get_shell_name, install

    from backcare.errors import BackcareError, os_reason, shown_path

    if shell is None and not os.getenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION"):
        shell = _get_shell_name()
    _check_start_up_file(shell)
    if shell in ("powershell", "pwsh") and shutil.which(shell) is None:
        raise BackcareError(
            f"cannot install {shell} completion: {shell} is not installed here (`backcare "
            f"--show-completion {shell}` prints the script to add to your PowerShell profile)"
        )
    try:
        found, path = install(shell=shell, prog_name=PROG, complete_var=COMPLETE_VAR)
    except OSError as exc:
        where = f"{shown_path(str(exc.filename))}: " if exc.filename else ""
        raise BackcareError(
            f"{where}cannot install {shell} completion ({os_reason(exc)})"
        ) from None
    return found, str(path)


def _check_start_up_file(shell: str | None) -> None:
    """BackcareError when the shell's start-up file is there but is no UTF-8 text file that can be
    read: Typer reads it whole and writes it back."""
    if shell not in _RC_FILES:
        return
    from backcare.errors import BackcareError, os_reason, shown_path

    name, line, script = _RC_FILES[shell]
    home = os.path.expanduser("~")  # noqa: PTH111
    rc = os.path.join(home, name)  # noqa: PTH118
    problem = None
    if os.path.islink(rc) and not os.path.exists(rc):  # noqa: PTH114, PTH110
        problem = f"is a link to a missing file ({shown_path(os.readlink(rc))})"  # noqa: PTH115
    elif os.path.isdir(rc):  # noqa: PTH112
        problem = "is a directory"
    elif os.path.lexists(rc) and not os.path.isfile(rc):  # noqa: PTH113
        problem = "is not a regular file"
    elif os.path.isfile(rc):  # noqa: PTH113
        try:
            with open(rc, "rb") as file:  # noqa: PTH123
                file.read().decode("utf-8")
        except UnicodeDecodeError:
            problem = "is not UTF-8 text"
        except OSError as exc:
            problem = f"cannot be read ({os_reason(exc)})"
    if problem is None:
        return
    target = os.path.join(home, script)  # noqa: PTH118
    raise BackcareError(
        f"{shown_path(rc)} {problem}, so backcare does not edit it: write the script with `backcare "
        f"--show-completion {shell} > {target}` and add this line to your start-up file "
        f"yourself: {line.format(script=target)}"
    )
