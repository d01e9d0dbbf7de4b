"""Settings for a clinic's shared machine (newcomer17: Lee): what a refused value is replaced by, said
truly."""

from __future__ import annotations

from backcare.config import ConfigFile, resolve


def test_a_refused_variable_says_the_file_s_value_is_used_when_it_is() -> None:
    warned: list[str] = []
    file = ConfigFile("/etc/c.toml", 'top = 5\nregion = "UK"\n')
    settings = resolve(
        {},
        {"BACKCARE_TOP": "+3", "BACKCARE_REGION": "XY"},
        file,
        warn=warned.append,
        regions=("UK", "US"),
    )
    assert (settings.top, settings.region) == (5, "UK")
    assert len(warned) == 2
    assert all(line.endswith("; using the value from /etc/c.toml instead") for line in warned)
    assert not any("default" in line for line in warned)


def test_a_refused_value_with_nothing_below_it_says_the_default() -> None:
    warned: list[str] = []
    settings = resolve({}, {"BACKCARE_TOP": "+3"}, None, warn=warned.append)
    assert settings.top == 3
    assert warned == [
        "BACKCARE_TOP: must be a whole number from 1 to 1000, not '+3'; using the default instead"
    ]


def test_a_refused_colour_says_no_color_decides_when_it_does() -> None:
    warned: list[str] = []
    settings = resolve(
        {}, {"BACKCARE_COLOR": "sometimes", "NO_COLOR": "1"}, None, warn=warned.append
    )
    assert settings.color == "never"
    assert warned[0].endswith("; using the value from NO_COLOR instead")
