"""The session's errors, apart from the modules raising them: the command line catches them without their imports."""

from __future__ import annotations


class SessionFailed(Exception):
    """The session stopped because its own work failed; the message says what, in one line.

    The original error is the ``__cause__``.
    """


class StoreError(Exception):
    """The recording cannot be opened or is not a castguard session."""


class StoreWriteError(StoreError):
    """Messages could not be written to the recording; they are still queued (nothing was dropped)."""
