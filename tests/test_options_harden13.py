"""review9 code 7 (harden13): import's options that take a value are declared once, in the
options table; the argv readers (end_of_options) and Typer both read that declaration."""

from __future__ import annotations

import typer.main

from backcare.cli import options
from backcare.cli.app import app


def test_import_options_are_declared_once() -> None:
    command = typer.main.get_command(app).commands["import"]  # type: ignore[attr-defined]
    valued = {
        name
        for param in command.params
        if param.param_type_name == "option" and not getattr(param, "is_flag", False)
        for name in param.opts
        if name != "--help"
    }
    declared = {n for option in options.IMPORT for n in option.names}
    assert valued == declared
    assert declared <= options.takes_value_options()


def test_a_contact_value_is_no_end_of_options() -> None:
    args = ["import", "page.md", "--contact", "--", "-o", "p.json"]
    assert options.end_of_options(args) == len(args)


def test_json_errors_do_not_outlive_their_run(capsys: object) -> None:
    """review9 code 6: --json's errors were module-global state, set by one run (or test) and
    inherited by the next; now they hold for the run they were set for only."""
    import pytest

    from backcare.cli import status

    assert isinstance(capsys, pytest.CaptureFixture)
    with status.json_errors(True):
        status.error("inside")
    status.error("after")
    out = capsys.readouterr().out
    assert out.count('"error"') == 1 and "inside" in out and "after" not in out
