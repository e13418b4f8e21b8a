"""The ``kg`` console script: Ctrl-C is exit 130 from the first instant.

Importing the command line (click, kg's command modules) takes a few tenths of a second; a Ctrl-C
then used to end kg with a traceback and a death by SIGINT (-2). This module imports nothing
before it installs a handler that leaves with 130; the commands install their own
(:mod:`kg.interrupts`) while they run, and restore this one after.
"""
from __future__ import annotations

import os
import signal
import sys
from types import FrameType


def _interrupted(signum: int, frame: FrameType | None) -> None:
    sys.stderr.write("interrupted\n")
    sys.stderr.flush()
    os._exit(130)


def main() -> None:
    try:
        signal.signal(signal.SIGINT, _interrupted)
    except ValueError:      # not the main thread: nothing to install
        pass
    from kg.cli.main import main as run
    run()
