"""Every `kg` command the README shows runs (as sqlite-utils checks its docs), and every command
and option is documented in --help."""
from __future__ import annotations

import re
import shlex
import shutil

import click
import pytest
from click.testing import CliRunner
from helpers import NEEDS_NEO4J, ROOT, readme_commands

from kg.cli.main import cli

PLACEHOLDER = re.compile(r"snapshot-[AB]\b")          # 'kg diff exports/snapshot-A exports/snapshot-B'
# a live service (tests/cli/test_fetch.py runs kg fetch against a local server) or a file the user downloads
EXTERNAL = re.compile(r"^kg fetch |arxiv-metadata-oai-snapshot")


def test_the_readme_shows_the_main_commands():
    shown = {shlex.split(c, comments=True)[1] for c in readme_commands()}
    assert {"build", "query", "stats", "extract", "eval", "queries", "viz", "export", "snapshot", "diff"} <= shown


def test_every_readme_command_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shared = ROOT.parent / "shared"          # the eval kit beside the checkout, as the README assumes
    ran = 0
    for line in readme_commands():
        if PLACEHOLDER.search(line) or EXTERNAL.search(line) or NEEDS_NEO4J.search(line):
            continue        # (the Neo4j ones: tests/integration/test_neo4j.py, against the real server)
        if "../shared" in line or line.startswith("kg eval"):
            if not shared.is_dir():
                continue
            line = line.replace("../shared", str(shared))
            line = line if "--eval-dir" in line or not line.startswith("kg eval") else \
                line.split("#")[0] + f" --eval-dir {shared / 'eval'}"
        args = shlex.split(line.replace("\\$", "$"), comments=True)[1:]
        res = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert res.exit_code == 0, f"{line}\n{res.output}"
        ran += 1
    assert ran >= 15


def _commands(group: click.Group, prefix: str = ""):
    for name, cmd in group.commands.items():
        yield f"{prefix}{name}", cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix}{name} ")


@pytest.mark.parametrize("path,cmd", list(_commands(cli)), ids=[p for p, _ in _commands(cli)])
def test_every_command_and_option_has_help(path, cmd):
    assert (cmd.help or "").strip(), f"kg {path} has no help text"
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"kg {path} {param.opts[0]} has no help"
