"""``factspec parse``: what a curator sees, as text and as JSON, and the exit codes."""

from __future__ import annotations

import argparse
import json

import pytest

from factspec.commands import parse


def run(argv: list[str]) -> int:
    """The parse command on its own parser, as cli.py registers it."""
    parser = argparse.ArgumentParser(prog="factspec")
    parse.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["parse", *argv])
    return args.handler(args)


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]):
    assert run(["--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_one_reading_is_a_json_object(capsys) -> None:
    assert run_json(["rund 160.000 GPUs"], capsys) == {
        "text": "rund 160.000 GPUs",
        "value": "160000",
        "range": None,
        "low": "155000",
        "high": "165000",
        "low_open": False,
        "high_open": False,
        "interval": "[155000, 165000]",
        "unit": "gpu",
        "qualifier": "about",
    }


def test_a_range_has_no_value(capsys) -> None:
    out = run_json(["zwischen 35 und 40 Milliarden US-Dollar"], capsys)
    assert out["value"] is None
    assert out["range"] == ["35000000000", "40000000000"]
    assert (out["low"], out["high"], out["unit"]) == ("35000000000", "40000000000", "usd")


def test_several_readings_are_a_json_list(capsys) -> None:
    out = run_json(["Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar"], capsys)
    assert [(r["text"], r["low"], r["high"], r["unit"]) for r in out] == [
        ("sieben", "6500000000", "7500000000", "usd"),
        ("5,7 Milliarden Dollar", "5650000000", "5750000000", "usd"),
    ]


def test_unbounded_and_fractional_bounds(capsys) -> None:
    out = run_json(["über 340.000 GPUs"], capsys)
    assert (out["low"], out["high"], out["low_open"], out["qualifier"]) == (
        "340000",
        None,
        True,
        "more than",
    )
    assert run_json(["etwa 1, 4 %"], capsys)["low"] == "1.35"


def test_english_and_words_joined(capsys) -> None:
    out = run_json(["--lang", "en", "nearly", "ten", "times", "as", "many"], capsys)
    assert (out["text"], out["low"], out["high"], out["unit"]) == (
        "nearly ten times as many",
        "9",
        "10",
        "times",
    )


def test_plain_output_is_one_line_per_reading(capsys) -> None:
    assert run(["von 475 auf rund 510 Dollar"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "'475' → [475, 475] usd  (as stated; value 475)",
        "'rund 510 Dollar' → [505, 515] usd  (about; value 510)",
    ]


def test_nothing_readable_exits_1(capsys) -> None:
    assert run(["Llama 3.1 405B im Jahr 2025"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "no number read" in captured.err


def test_bad_language_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--lang", "fr", "5 Prozent"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_missing_text_exits_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        run([])
    assert exit_info.value.code == 2


def test_wired_into_the_factspec_command(capsys) -> None:
    from factspec.cli import main

    assert main(["parse", "--json", "knapp 160.000 GPUs"]) == 0
    assert json.loads(capsys.readouterr().out)["qualifier"] == "nearly"


@pytest.mark.parametrize(
    ("argv", "text"),
    [
        (["parse", "-3%"], "-3%"),
        (["parse", "--lang", "en", "-3%", "--json"], "-3%"),
        (["parse", "-3,4", "Prozent"], "-3,4 Prozent"),
        (["parse", "--lang=en", "-5", "%"], "-5 %"),
    ],
)
def test_a_text_starting_with_a_dash_is_read_not_taken_for_an_option(argv, text, capsys) -> None:
    from factspec import cli

    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "-3" in out or "-5" in out
    assert text.split()[0] in out


def test_an_unknown_option_before_the_text_is_still_text_not_a_crash(capsys) -> None:
    from factspec import cli

    # "-x" is no option of parse: it is read as text (no number in it: exit 1, not 2).
    assert cli.main(["parse", "-x"]) == 1
