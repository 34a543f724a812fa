"""Processes that end cleanly: SIGTERM and SIGHUP as Ctrl-C, workers that die with their parent.

`timeout`, systemd and a closed terminal stop a command with SIGTERM or SIGHUP, not
Ctrl-C. `signals_as_interrupts` turns both into `Terminated`, a KeyboardInterrupt, so the
same `finally` blocks run (partial files removed, transactions rolled back, workers
stopped) and the command exits 128 + the signal's number (143, 129).

A worker process (a tagging worker of a poll or retag, an export part's writer) must
not outlive its parent whatever kills the parent, SIGKILL included: `die_with_parent`
asks Linux to signal the worker when its parent dies (prctl PR_SET_PDEATHSIG) and,
where that is not available, watches the parent's pid from a thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType

PR_SET_PDEATHSIG = 1
WATCH_EVERY_S = 0.5
_STOP_SIGNALS = tuple(
    sig for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig
)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, then exit 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


@contextlib.contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP raise `Terminated` in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_terminated(signum: int, _frame: FrameType | None) -> None:
        # a second signal while unwinding is ignored: the cleanup must finish
        for sig in _STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        raise Terminated(signum)

    previous = {sig: signal.signal(sig, raise_terminated) for sig in _STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGTERM, SIGHUP and SIGINT back while inside (starting a worker): a signal then
    arrives after the worker is recorded, so the cleanup that follows knows every worker.

    A forked worker inherits the held mask; `die_with_parent` releases it.
    """
    held = {*_STOP_SIGNALS, signal.SIGINT}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def die_with_parent(
    parent_pid: int,
    *,
    sig: int = signal.SIGKILL,
    on_parent_death: Callable[[], None] | None = None,
) -> None:
    """In a worker: end when `parent_pid` ends, however it ends (call first thing).

    The parent's Ctrl-C, SIGTERM and SIGHUP are its own to handle (it stops the workers),
    so the worker ignores SIGINT and takes the default action for SIGTERM and SIGHUP
    unless `sig` says otherwise. On Linux the kernel sends `sig` when the parent dies;
    elsewhere a daemon thread checks the parent's pid every WATCH_EVERY_S seconds and
    calls `on_parent_death` (default: exit at once).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for stop in _STOP_SIGNALS:
        signal.signal(stop, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held by `signals_deferred` in the parent
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {*_STOP_SIGNALS, signal.SIGINT})
    if _set_pdeathsig(sig):
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            _parent_gone(on_parent_death)
        return
    thread = threading.Thread(
        target=_watch_parent, args=(parent_pid, on_parent_death), daemon=True, name="parent"
    )
    thread.start()


def _set_pdeathsig(sig: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int, on_parent_death: Callable[[], None] | None) -> None:
    while os.getppid() == parent_pid:
        time.sleep(WATCH_EVERY_S)
    _parent_gone(on_parent_death)


def _parent_gone(on_parent_death: Callable[[], None] | None) -> None:
    if on_parent_death is not None:
        on_parent_death()
    os._exit(128 + signal.SIGKILL)
