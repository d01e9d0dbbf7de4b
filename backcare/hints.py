"""typing's names that the modules of a plain command refer to, without importing typing.

Importing typing (and warnings, which it imports) costs ~13.8 million instructions, about 3% of a
cold `ask --json` (callgrind, issue 17), and a plain command uses nothing of it at run time: under
`from __future__ import annotations` annotations stay strings. Type checkers read the
`TYPE_CHECKING` branch (mypy and ruff take any name `TYPE_CHECKING` as typing's), so to them every
name here is typing's own, re-exported. At run time each is a stand-in doing what the run time
needs of it: `TYPE_CHECKING` is False, `cast` returns its value, `overload` returns the function
(the undecorated definition after it replaces it, as with typing's), a `Protocol` is a plain base
(no protocol here is checked by isinstance or subclassed), and the names used only in annotations
and aliases are `object`. Rich and Typer import typing themselves; the plain commands need not
(tests/test_startup.py).
"""

from __future__ import annotations

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import IO as IO
    from typing import Any as Any
    from typing import BinaryIO as BinaryIO
    from typing import Protocol as Protocol
    from typing import TextIO as TextIO
    from typing import cast as cast
    from typing import overload as overload
else:
    Any = IO = BinaryIO = TextIO = object

    class Protocol:
        """A protocol's base at run time: its methods are only declared."""

        __slots__ = ()

    def cast(kind, value):
        return value

    def overload(function):
        return function
