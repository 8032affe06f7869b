"""The project's own error types: every failure a user can meet is one of these.

Each error carries a short machine-readable ``kind`` (recorded in batch reports) and a
message that names what is wrong and, where there is one, what to do about it.
The CLI prints ``str(error)`` as one line and exits with ``exit_code``.
"""
from __future__ import annotations


class KhparseError(Exception):
    """Base class: a file khparse cannot turn into a Plan, with a plain reason."""

    kind = "error"
    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{tail}"


class InputNotFound(KhparseError):
    kind = "not_found"


class EmptyInput(KhparseError):
    kind = "empty"


class UnsupportedFormat(KhparseError):
    kind = "unsupported"


class CorruptFile(KhparseError):
    kind = "corrupt"


class EncryptedFile(KhparseError):
    kind = "encrypted"


class NoTextLayer(KhparseError):
    kind = "no_text"


class TooLarge(KhparseError):
    kind = "too_large"


class Timeout(KhparseError):
    kind = "timeout"
