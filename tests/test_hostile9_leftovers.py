"""hostile9's small items left by the ninth session (arch10; docs/hardening.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, isolated_env, run_backcare


def test_import_onto_a_dangling_link_needs_force(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text("# Clinic\n## Is there parking?\nYes, behind the clinic.\n", encoding="utf-8")
    link = tmp_path / "pack.json"
    link.symlink_to(tmp_path / "missing" / "real.json")
    refused = run_backcare("import", str(page), "-o", str(link), home=tmp_path, cwd=tmp_path)
    assert refused.returncode == 2 and link.is_symlink()
    assert b"symbolic link to a file that does not exist" in refused.stderr
    forced = run_backcare(
        "import", str(page), "-o", str(link), "--force", home=tmp_path, cwd=tmp_path
    )
    assert forced.returncode == 0 and not link.is_symlink()
    assert json.loads(link.read_text(encoding="utf-8"))["entries"]


@pytest.mark.parametrize(
    "args", [["ask", "--json=1", "stiff", "back"], ["ask", "--plain=yes", "x"]]
)
def test_a_flag_given_a_value_points_at_the_command_s_help(tmp_path: Path, args: list[str]) -> None:
    done = run_backcare(*args, home=tmp_path, cwd=tmp_path)
    assert done.returncode == 2
    assert b"see 'backcare ask --help'" in done.stderr


def test_plain_with_no_question_on_a_terminal_names_the_prompt_s_way_in(tmp_path: Path) -> None:
    """`backcare --plain` alone is the plain prompt (newcomer25 F5); `ask --plain` with no
    question is still a usage error, which says how to get that prompt."""
    pexpect = pytest.importorskip("pexpect")
    env = {**isolated_env(tmp_path), "TERM": "xterm", "NO_COLOR": "1"}

    def spawn(*args: str) -> Any:
        return pexpect.spawn(
            sys.executable,
            ["-m", "backcare", *args],
            env=env,
            encoding="utf-8",
            timeout=60,
            cwd=str(REPO),
            dimensions=(40, 200),
        )

    child = spawn("--plain")
    child.expect("backcare> ")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    child = spawn("ask", "--plain")
    child.expect(pexpect.EOF)
    child.close()
    said = " ".join(str(child.before).split())
    assert child.exitstatus == 2
    assert "Or type backcare alone to ask one question after another" in said
    assert "'backcare --plain' is the plain prompt" in said and "BACKCARE_PLAIN=1" in said


def test_plain_with_no_question_off_a_terminal_is_the_usual_error(tmp_path: Path) -> None:
    done = run_backcare("ask", "--plain", home=tmp_path, cwd=tmp_path)
    assert done.returncode == 2 and b"interactive prompt" not in done.stderr


def test_validate_questions_lists_an_emergency_line_without_exit_3(tmp_path: Path) -> None:
    pack = tmp_path / "clinic.json"
    entries = [{"id": "parking", "question": "Is there parking?", "answer": "Yes."}]
    pack.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    questions = b"is there parking\ni cant pee and my bum is numb\n"
    done = run_backcare(
        "validate",
        str(pack),
        "--questions",
        "-",
        "--json",
        stdin=questions,
        home=tmp_path,
        cwd=tmp_path,
    )
    report = json.loads(done.stdout)
    assert done.returncode == 1  # the second line has no answer; its emergency is listed
    assert report["questions"][1]["red_flags"][0]["urgency"] == "emergency"


def test_html_escape_leftovers_are_repaired_with_routine_notes() -> None:
    from backcare.packs.importers import import_text
    from backcare.packs.importers.result import is_routine_note

    page = (
        "<html><head><title>T</title></head><body>"
        "<h2>Is there &#27;[31mparking&#x1b;[0m?</h2>"
        "<p>Yes, fish &amp;amp; chips&amp;nbsp;too, 9&nbsp;to&nbsp;5 &amp;#8217;til late.</p>"
        "<h2>Do you write &amp;amp;c?</h2><p>&amp;amp;c is no reference; we write etc.</p>"
        "</body></html>"
    )
    result = import_text(page, "html", "faq.html")
    first, second = result.entries
    assert first["question"] == "Is there parking?" and first["id"] == "there-parking"
    # no-break spaces kept between words (newcomer26 F7)
    assert first["answer"] == "Yes, fish & chips\u00a0too, 9\u00a0to\u00a05 \u2019til late."
    assert second["question"] == "Do you write &c?"  # &c; is no reference: read once only
    assert [n for n in result.notes if not is_routine_note(n)] == []
    assert any("escape sequences" in n for n in result.notes)
    assert any("escaped twice" in n for n in result.notes)


def test_a_page_without_leftovers_gets_no_repair_note() -> None:
    from backcare.packs.importers import import_text

    page = "<h2>Fish &amp; chips?</h2><p>Yes &nbsp;always &#8217;til late.</p>"
    result = import_text(page, "html", "faq.html")
    assert result.entries[0]["question"] == "Fish & chips?" and result.notes == []
