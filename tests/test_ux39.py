"""ux39: the UX leftovers a demanding user would still hit.

- with no region, JSON's `action` carried every region's numbers on one line, which a bot relayed
  whole: it is now the one instruction that holds everywhere, and `by_region` gives each region's
  own call to action, by its code, for a program to pick the reader's;
- a region the locale implied (en_GB -> UK) was given as if certain to a person abroad: where its
  numbers are shown (terminal, plain, JSON `region`) a line says they are the locale's guess and
  how to set one's region;
- `--input jsonl` messages with lone surrogates get `decoded_as`, as argv's and stdin's bytes do;
- every JSON object a command prints ends with `backcare`: {"version", "json"}.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest

from backcare import __version__
from backcare.engine.safety import action_text, regions, unset_action
from tests.conftest import PYTHON_M, run_backcare

EMERGENCY = "my back hurts and I can't control my bladder"
POINTER = "Why do doctors ask about bladder problems? Asking for my first aid course"
CRISIS = "my back pain is so bad I want to end my life"
ABOUT = {"version": __version__, "json": 1}


def ask(home: Path, *args: str, stdin: bytes = b"", **env: str) -> tuple[int, str, str]:
    # the variables as keywords of run_backcare, which mypy cannot tell from its `text` flag
    run = cast("Callable[..., subprocess.CompletedProcess[bytes]]", run_backcare)
    done = run("ask", *args, home=home, stdin=stdin, command=PYTHON_M, **env)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def objects(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# ---- 1: no region: one instruction, and each region's own call to action ------------------------


def test_with_no_region_json_action_is_short_and_by_region_holds_each_regions_own(
    tmp_path: Path,
) -> None:
    code, out, _ = ask(tmp_path, "--json", EMERGENCY)
    assert code == 3
    (flag,) = json.loads(out)["red_flags"]
    assert flag["action"] == unset_action("emergency")
    assert not any(number in flag["action"] for number in ("999", "911", "112", "000", "111"))
    assert list(flag["by_region"]) == regions()
    for code_, said in flag["by_region"].items():
        assert said == action_text("emergency", code_)
    assert flag["by_region"]["UK"] == "Call 999 now or go to the nearest A&E."
    assert list(flag)[-2:] == ["action", "by_region"]  # added after the keys there before


def test_the_pointer_and_the_crisis_call_get_by_region_too(tmp_path: Path) -> None:
    _, out, _ = ask(tmp_path, "--json", POINTER)
    pointer = json.loads(out)["pointer"]
    assert pointer["action"] == unset_action(pointer["urgency"])
    assert pointer["by_region"]["NZ"] == action_text(pointer["urgency"], "NZ")
    _, out, _ = ask(tmp_path, "--json", CRISIS)
    crisis = [f for f in json.loads(out)["red_flags"] if "988" in f["by_region"]["US"]]
    assert crisis, "the crisis call's own lines, region by region"
    assert crisis[0]["action"] == unset_action("emergency", "crisis")


def test_a_region_set_gives_its_action_alone_and_no_by_region(tmp_path: Path) -> None:
    _, out, _ = ask(tmp_path, "--json", EMERGENCY, BACKCARE_REGION="NZ")
    (flag,) = json.loads(out)["red_flags"]
    assert flag["action"] == action_text("emergency", "NZ")
    assert "by_region" not in flag and "region" not in json.loads(out)


def test_the_pack_contact_still_ends_the_short_action(tmp_path: Path) -> None:
    pack = tmp_path / "clinic.json"
    pack.write_text(
        json.dumps(
            {
                "contact": "Reception: 01234 567890",
                "entries": [{"id": "park", "question": "Can I park?", "answer": "Yes."}],
            }
        ),
        encoding="utf-8",
    )
    _, out, _ = ask(tmp_path, "--json", "--faq", str(pack), EMERGENCY)
    data = json.loads(out)
    (flag,) = data["red_flags"]
    assert flag["action"] == f"{unset_action('emergency')} {data['contact']}"
    # each region's, as that region set gives it: a drop-in for `action`, contact and all
    assert flag["by_region"]["UK"] == f"Call 999 now or go to the nearest A&E. {data['contact']}"
    done = run_backcare(
        "ask",
        "--json",
        "--faq",
        str(pack),
        EMERGENCY,
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_REGION="UK",
    )
    assert json.loads(done.stdout)["red_flags"][0]["action"] == flag["by_region"]["UK"]


def test_the_terminal_keeps_its_numbers_line_with_no_region(tmp_path: Path) -> None:
    _, out, _ = ask(tmp_path, EMERGENCY)
    assert out.count("Emergency numbers: 999 in the UK") == 1


# ---- 2: a region the locale implied is said to be a guess ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "name"), [("en_GB.UTF-8", "United Kingdom"), ("de_DE.UTF-8", "European Union")]
)
def test_a_region_from_the_locale_says_so_where_its_numbers_are_shown(
    tmp_path: Path, lang: str, name: str
) -> None:
    code, out, _ = ask(tmp_path, EMERGENCY, LANG=lang)
    assert code == 3
    lines = out.splitlines()
    notice = next(i for i, line in enumerate(lines) if line.startswith("EMERGENCY"))
    said = lines[notice + 1]  # right after the notice it is about
    assert said.startswith(f"Region: {name}, from your locale (LANG). Elsewhere?")
    assert "BACKCARE_REGION=" in said and "backcare config" in said
    _, out, _ = ask(tmp_path, POINTER, LANG=lang)
    assert f"Region: {name}, from your locale (LANG)." in out


def test_json_region_says_the_locale_implied_it(tmp_path: Path) -> None:
    _, out, _ = ask(tmp_path, "--json", EMERGENCY, LC_ALL="en_GB.UTF-8")
    data = json.loads(out)
    assert data["red_flags"][0]["action"] == "Call 999 now or go to the nearest A&E."
    region = data["region"]
    assert set(region) == {"code", "source", "note"}
    assert region["code"] == "UK" and region["source"] == "the locale (LC_ALL)"
    assert region["note"].startswith("Region: United Kingdom, from your locale (LC_ALL).")
    assert list(data)[-3:] == ["region", "packs", "backcare"]
    # nothing to say where no number is shown
    _, out, _ = ask(tmp_path, "--json", "stiff back after sitting", LC_ALL="en_GB.UTF-8")
    assert "region" not in json.loads(out)


def test_a_region_a_person_set_is_not_called_a_guess(tmp_path: Path) -> None:
    _, out, _ = ask(tmp_path, EMERGENCY, LANG="en_GB.UTF-8", BACKCARE_REGION="UK")
    assert "Call 999" in out and "from your locale" not in out
    config = tmp_path / "config.toml"
    config.write_text('region = "IE"\n', encoding="utf-8")
    _, out, _ = ask(tmp_path, "--json", EMERGENCY, LANG="en_GB.UTF-8", BACKCARE_CONFIG=str(config))
    assert "region" not in json.loads(out) and "112 or 999" in out


def test_the_prompt_says_it_too(tmp_path: Path) -> None:
    """The interactive prompt's plain view (a dumb terminal) prints the notices with the same
    line, through the same renderer as piped plain output."""
    from backcare.engine.answer import Engine
    from backcare.localeregion import LocaleRegion
    from backcare.output.plain import plain_answer
    from backcare.packs.load import load_pack

    answer = Engine(load_pack()).ask(EMERGENCY)
    text = plain_answer(answer, region=LocaleRegion("AU", "LC_TELEPHONE"))
    assert "Call 000 now" in text
    assert "Region: Australia, from your locale (LC_TELEPHONE)." in text


# ---- 3: --input jsonl lone surrogates -------------------------------------------------------------


def test_jsonl_escaped_bytes_are_read_as_windows_1252_and_said(tmp_path: Path) -> None:
    lines = [
        {"q": "i can\udc92t pee and my back hurts"},  # a cp1252 apostrophe, escaped as a byte
        {"q": "stiff back after sitting"},
        {"q": "stiff back \ud83d after sitting"},  # half an emoji
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines).encode("ascii")
    code, out, err = ask(tmp_path, "--json", "--input", "jsonl", "-", stdin=stdin)
    assert code == 3
    first, second, third = objects(out)
    assert first["query"] == "i can\u2019t pee and my back hurts"
    assert first["decoded_as"] == "cp1252" and first["outcome"] == "emergency"
    assert "decoded_as" not in second
    assert third["query"] == "stiff back \ufffd after sitting"
    assert third["decoded_as"] == "replacement"
    assert "line 1 holds bytes that are not UTF-8" in err and "read as Windows-1252" in err
    assert "line 3 holds a lone surrogate" in err
    assert "\\udc" not in out  # no visible escape left in any query


def test_jsonl_lines_whose_bytes_are_not_utf8_keep_decoded_as(tmp_path: Path) -> None:
    stdin = b'{"q": "stiff back after sitting caf\xe9"}\n'
    done = run_backcare(
        "ask", "--json", "--input", "jsonl", "-", home=tmp_path, stdin=stdin, command=PYTHON_M
    )
    (data,) = objects(done.stdout.decode("utf-8"))
    assert data["query"].endswith("caf\u00e9") and data["decoded_as"] == "cp1252"


# ---- 4: the version in every JSON object --------------------------------------------------------


def test_every_ask_object_ends_with_backcare(tmp_path: Path) -> None:
    stdin = b"stiff back after sitting\n\ni cant pee and my back hurts\n"
    _, out, _ = ask(tmp_path, "--json", "-", stdin=stdin)
    answers = [o for o in objects(out) if "query" in o]
    assert len(answers) == 2
    for data in answers:
        assert list(data)[-1] == "backcare" and data["backcare"] == ABOUT


@pytest.mark.parametrize(
    "args",
    [
        ("show", "--json", "back-get-stiff-sit"),
        ("show", "--json", "no-such-entry"),
        ("config", "--json"),
        ("validate", "--json", "data/faq.json"),
        ("validate", "--json", "data/faq.json", "--against", "data/faq.json"),
    ],
)
def test_every_other_commands_object_ends_with_backcare(tmp_path: Path, args: tuple[str]) -> None:
    done = run_backcare(*args, home=tmp_path, command=PYTHON_M, text=True)
    data = json.loads(done.stdout)
    assert list(data)[-1] == "backcare" and data["backcare"] == ABOUT


def test_the_version_is_the_one_backcare_version_prints(tmp_path: Path) -> None:
    done = run_backcare("--version", home=tmp_path, command=PYTHON_M, text=True)
    assert __version__ in done.stdout


# ---- 5: validate's warnings name a Markdown page's lines ----------------------------------------


def test_question_lines_follow_the_page_in_order() -> None:
    from backcare.packs.pagelines import question_lines

    page = "\n".join(
        [
            "# FAQ",  # 1
            "## Can I park?",  # 2
            "Yes.",  # 3
            "## Can I \\*park\\*? {#again}",  # 4: the same question again, escaped and marked
            "Yes.",  # 5
            "**What are your hours?**",  # 6: a bold question on its own line
            "9 to 5.",  # 7
        ]
    )
    found = question_lines(
        page,
        [
            ("park", "Can I park?"),
            ("park-2", "Can I park?"),
            ("hours", "What are your hours?"),
            ("gone", "A question that is not there?"),
        ],
    )
    assert found == {"park": 2, "park-2": 4, "hours": 6}


def test_validate_names_the_page_line_in_plain_and_json_and_not_for_json_packs(
    tmp_path: Path,
) -> None:
    page = tmp_path / "clinic.md"
    page.write_text(
        "# Clinic\n\n## Can I park here?\n\nYes.\n\n## Can I park here?\n\nYes, out back.\n",
        encoding="utf-8",
    )
    done = run_backcare("validate", str(page), home=tmp_path, command=PYTHON_M, text=True)
    assert done.returncode == 1
    assert "\tpark-here-2\tline 7: same question as 'park-here'" in done.stdout
    done = run_backcare("validate", "--json", str(page), home=tmp_path, command=PYTHON_M, text=True)
    (warning,) = json.loads(done.stdout)["warnings"]
    assert warning["line"] == 7 and not warning["message"].startswith("line")
    # several files: each page's warnings name its own lines
    other = tmp_path / "more.md"
    other.write_text("# More\n\n\n\n## Can I park here?\n\nNo.\n", encoding="utf-8")
    done = run_backcare(
        "validate", "--json", str(page), str(other), home=tmp_path, command=PYTHON_M, text=True
    )
    lines = {(w["pack"], w["kind"], w["line"]) for w in json.loads(done.stdout)["warnings"]}
    assert (str(other), "duplicate-question", 5) in lines
    assert (str(page), "duplicate-question", 7) in lines
    # a JSON pack has no page lines: its ids are the author's own
    pack = tmp_path / "clinic.json"
    entries = [{"id": f"e{i}", "question": "Can I park here?", "answer": "Yes."} for i in (1, 2)]
    pack.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, command=PYTHON_M, text=True)
    assert all("line" not in w for w in json.loads(done.stdout)["warnings"])


def test_the_prompt_on_a_terminal_says_the_locale_guessed_the_region(tmp_path: Path) -> None:
    """At the interactive prompt (a pty; plain lines on a dumb terminal, boxes elsewhere) an
    emergency's notice gives the locale's region's number and says it is a guess."""
    from tests.ptyrun import Terminal

    for term_name in ("dumb", "xterm-256color"):
        with Terminal(
            tmp_path, TERM=term_name, NO_COLOR="1", COLUMNS="80", LANG="en_GB.UTF-8"
        ) as term:
            assert term.next_prompt(120)
            term.send(f"{EMERGENCY}\n".encode())
            assert term.next_prompt(120)
            term.send(b"\x04")
            assert term.finish(120) == 3
        said = " ".join(term.text.split())
        assert "Call 999 now" in said, term_name
        assert "Region: United Kingdom, from your locale (LANG)." in said, term_name
