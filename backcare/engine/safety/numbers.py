"""A number's digits as the red-flag check reads them (reading.py, dose_counts.py)."""

from __future__ import annotations

_LARGEST = 1.7976931348623157e308  # sys.float_info.max


def read_number(text: str) -> float:
    """A number's digits as a float; past a float's range (310 digits or more: inf) the largest
    float, still a huge count or span. inf reached int() in readings of ages and ended the run,
    red-flag check and all: "Bob 111...1 cant pee" was "unexpected error" (stranger41)."""
    return min(float(text), _LARGEST)
