"""Ctrl-C that always stops kg.

LadybugDB checks Python's SIGINT handler before each query and, now and then, swallows the
KeyboardInterrupt it raises there ("Exception ignored in: 'checking the SIGINT handler before a
query'"), so a build ran on to exit 0. The CLI installs :class:`InterruptFlag`: it raises as
Python's own handler does and also remembers the interrupt, and the places that loop over work
(each store statement, each extracted paper) call :func:`check` to raise it again.
"""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class InterruptFlag:
    """A SIGINT handler that raises KeyboardInterrupt and remembers that it did."""

    def __init__(self) -> None:
        self.pending = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.pending = True
        raise KeyboardInterrupt


@contextmanager
def installed() -> Iterator[InterruptFlag | None]:
    """The handler for the block, the previous one restored after (outside the main thread, where
    no signal handler can be set, nothing changes)."""
    flag = InterruptFlag()
    try:
        previous = signal.signal(signal.SIGINT, flag)
    except ValueError:
        yield None
        return
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


def check() -> None:
    """Raise KeyboardInterrupt if an interrupt arrived that something swallowed."""
    handler = signal.getsignal(signal.SIGINT)
    if isinstance(handler, InterruptFlag) and handler.pending:
        raise KeyboardInterrupt


def exit_interrupted() -> None:
    """Leave now with 130. By the time this runs every ``with`` block has closed what it opened (the
    store, output files, worker pools); exiting without the interpreter's own shutdown means nothing
    an engine does then (a re-delivered SIGINT, a KeyboardInterrupt from a destructor) can turn the
    exit into a death by SIGINT (-2), which CI saw once in a few runs even with further SIGINTs ignored."""
    import os
    import sys
    ignore_more()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(130)


def ignore_more() -> None:
    """Once kg is stopping with 130, a second Ctrl-C (or one an engine re-delivers during shutdown)
    must not turn the exit into a death by SIGINT (-2): CI saw that once at 1.5 s into a build."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:        # not the main thread
        pass
