"""backcare on a pseudo-terminal, for the tests that need a real terminal (the prompt, a progress
bar's cursor): one scaffold instead of a fork, a select loop and a wait written again in each test
(duplicates: test_ux38's prompt sessions and test_hostile10's interrupted build were copies).

    with Terminal(home, "--faq", str(pack), "ask", "parking 7", TERM="xterm") as term:
        term.read_until(lambda shown: b"Indexing" in shown, 90)
        term.kill(signal.SIGINT)
    term.status, term.text
"""

from __future__ import annotations

import os
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from tests.conftest import PYTHON_M, REPO, isolated_env

CHUNK = 65536


class Terminal:
    """`python -m backcare ARGS` in the repository, on a pseudo-terminal, in
    isolated_env(home, **env): what it showed so far (`shown`), keys typed to it (`type`), and,
    once finished, its exit status (`status`)."""

    def __init__(self, home: Path, *args: str, **env: str) -> None:
        import pty

        environment = isolated_env(home, **env)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # pragma: no cover - the child
            # Ctrl-C as at a person's terminal, even when the tests run as a background job
            # (its shell ignores SIGINT for what it starts, and backcare then leaves it so)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.chdir(REPO)
            os.execvpe(PYTHON_M[0], [*PYTHON_M, *args], environment)
        self.shown = b""
        self.ended = False  # the terminal said end of file (the program closed it)
        self.status: int | None = None

    @property
    def text(self) -> str:
        return self.shown.decode("utf-8", "replace")

    def read(self, seconds: float) -> bool:
        """What the program writes within `seconds`, added to `shown`; False once it has ended."""
        self._take(seconds)
        return not self.ended

    def _take(self, seconds: float) -> bool:
        """Whether anything came within `seconds` (added to `shown`; end of file marks `ended`)."""
        if self.ended:
            return False
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, CHUNK)
        except OSError:  # Linux: EIO once the child has gone
            chunk = b""
        self.shown += chunk
        self.ended = not chunk
        return bool(chunk)

    def read_until(self, done: Callable[[bytes], bool], timeout: float) -> bool:
        """Read until `done(shown)`, the program ends, or `timeout` seconds pass: whether done."""
        deadline = time.monotonic() + timeout
        while not done(self.shown) and time.monotonic() < deadline and self.read(0.05):
            pass
        return done(self.shown)

    def prompts(self) -> int:
        """How many prompts (`backcare> `) it has shown."""
        return self.shown.count(b"backcare> ")

    def next_prompt(self, timeout: float) -> bool:
        """Read until one more prompt than now shows: whether one did."""
        now = self.prompts()
        return self.read_until(lambda _: self.prompts() > now, timeout)

    def prompt_after(self, said: bytes, timeout: float) -> bool:
        """Read until `said` shows and a prompt after it (the program reads the terminal again,
        so keys typed now reach that prompt, not the lines between): whether it did. A prompt
        readline redraws while a paste comes in is before `said`, and does not count."""

        def shown(text: bytes) -> bool:
            at = text.find(said)
            return at >= 0 and text.find(b"backcare> ", at + len(said)) >= 0

        return self.read_until(shown, timeout)

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def kill(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def finish(self, timeout: float = 120.0) -> int:
        """Read what it writes until the program ends (end of file on the terminal), and its exit
        status. A program still running `timeout` seconds on (a key that did not reach it, so it
        waits at its prompt) is killed, so no test waits for ever and no child outlives its test:
        its status is then -9 (SIGKILL), which no test expects."""
        if self.status is None:
            deadline = time.monotonic() + timeout
            while not self.ended and time.monotonic() < deadline:
                self._take(min(0.5, max(deadline - time.monotonic(), 0.0)))
            raw = self._reaped(deadline + 5.0)  # end of file comes as it exits: a moment more
            if raw is None:
                os.kill(self.pid, signal.SIGKILL)
                _, raw = os.waitpid(self.pid, 0)
            while self._take(0.05):  # what it wrote before it went
                pass
            self.status = os.waitstatus_to_exitcode(raw)
            os.close(self.fd)
        return self.status

    def _reaped(self, until: float) -> int | None:
        """The program's wait status once it has exited, polled until `until` (a monotonic
        time); None if it is still running then."""
        while True:
            pid, raw = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return raw
            if time.monotonic() >= until:
                return None
            time.sleep(0.02)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.status is None:
            if kind is not None:  # a failed test: do not wait out a program left at its prompt
                os.kill(self.pid, 9)
            self.finish()
