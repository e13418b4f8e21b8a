"""One call run in a fresh process of its own, for work whose memory must not stack on this process's.

A bulk load's COPY statements take the engine up to ~500 MB for a moment; in the building process
that came on top of its own heap (the pipeline, the merged entities: ~600 MB at 200,000 papers), so
the load set the build's peak. A fresh interpreter starts at ~100 MB. It is started as
``python -c`` (not multiprocessing's spawn, which imports the caller's ``__main__`` again and fails
in a script without a main guard); the call and its answer travel pickled. What the call raises
comes back and is raised here; a process that dies without a word is a StoreError.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from kg.errors import StoreError

# how long a Ctrl-C'd call may take to stop by itself (the engine rolls its statement back) before it
# is killed
STOP_SECONDS = 30.0
T = TypeVar("T")
_CHILD = "import sys; from kg.stores.apart import serve; serve(int(sys.argv[1]))"


def run(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` (``fn`` importable by name) in a fresh process: what it returns, or its
    exception (KeyboardInterrupt too) raised here."""
    read, write = os.pipe()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}     # kg as imported here
    try:
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(write)], stdin=subprocess.PIPE,
                                pass_fds=(write,), env=env)
    finally:
        os.close(write)
    try:
        with os.fdopen(read, "rb") as answer:
            assert proc.stdin is not None
            try:
                proc.stdin.write(pickle.dumps((fn, args)))
                proc.stdin.close()
            except BrokenPipeError:
                pass                    # it died before reading: said below with its exit code
            reply = answer.read()
        proc.wait()
    except BaseException:
        _stop(proc)
        raise
    if not reply:
        raise StoreError(f"the process running {fn.__name__} died (exit code {proc.returncode})")
    result, error = pickle.loads(reply)
    if error is not None:
        raise error
    return result   # type: ignore[no-any-return]


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """It had the same Ctrl-C: let it roll back and close, then make sure."""
    try:
        proc.wait(STOP_SECONDS)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):
        proc.kill()
        proc.wait()


def serve(fd: int) -> None:
    """The fresh process: the pickled call from stdin, its (result, exception) to ``fd``."""
    from kg import interrupts
    fn, args = pickle.loads(sys.stdin.buffer.read())
    result, error = None, None
    try:
        with interrupts.installed():        # the terminal's Ctrl-C reaches this process too: stop as kg does
            result = fn(*args)
    except BaseException as exc:        # noqa: BLE001 - everything goes back to the caller
        error = exc
    try:
        reply = pickle.dumps((result, error))
    except Exception:                   # noqa: BLE001 - an exception that does not pickle
        reply = pickle.dumps((None, StoreError(str(error).splitlines()[0] if str(error) else type(error).__name__)))
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(reply)
    except BrokenPipeError:
        pass                            # the caller stopped waiting (its own Ctrl-C): nobody to tell
