"""Ctrl-C always stops kg with exit 130 (README "Guarantees")."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from helpers import EXAMPLES

from kg import interrupts
from kg.stores import open_store


def test_an_interrupt_the_engine_swallowed_is_raised_at_the_next_statement(tmp_path):
    with open_store("ladybug", path=tmp_path / "g.db") as st, interrupts.installed() as flag:
        assert flag is not None
        st.query("MATCH (n:Paper) RETURN count(n)")          # no interrupt: runs
        flag.pending = True                                     # as if LadybugDB had swallowed a Ctrl-C
        with pytest.raises(KeyboardInterrupt):
            st.query("MATCH (n:Paper) RETURN count(n)")


@pytest.mark.parametrize("delay", [1.5, 3.0, 4.5])
def test_ctrl_c_during_a_build_exits_130(tmp_path, delay):
    src = [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text().splitlines()]
    rows = [{**src[i % len(src)], "id": f"p{i}", "title": f"{src[i % len(src)]['title']} ({i})"} for i in range(4000)]
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli.main", "build", str(corpus), "--db", str(tmp_path / "g.db"),
                             "--workers", "1", "--batch-size", "200"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-2000:]
    assert err.strip().splitlines()[-1] == "interrupted"


def test_ctrl_c_while_the_kg_program_is_still_importing_exits_130(tmp_path):
    """The console script installs its handler before it imports anything: a Ctrl-C while Python
    imports click and kg's commands is 130 too, not a traceback and a death by SIGINT (-2, which the
    old entry point gave 0.06-0.12 s after start here). -X importtime says when kg's entry module
    is in (a signal before Python itself runs is Python's business); the Ctrl-C follows at once."""
    import shutil
    script = shutil.which("kg", path=os.path.dirname(sys.executable))
    if script is None:
        pytest.skip("the kg console script is not installed beside this Python")
    proc = subprocess.Popen([sys.executable, "-X", "importtime", script, "build", str(EXAMPLES / "papers.jsonl"),
                             "--db", str(tmp_path / "g.db"), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    imported = []
    for line in proc.stderr:
        imported.append(line.rsplit("|", 1)[-1].strip())
        if imported[-1] == "kg.cli.entry":
            break
    time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert "kg.cli.entry" in imported
    assert proc.returncode == 130, err[-1500:]
    assert "Traceback" not in err and err.strip().splitlines()[-1] == "interrupted"
    assert not any(line.rstrip().endswith("| kg.cli.main") for line in err.splitlines())    # not yet imported
