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

    def __init_subclass__(cls, kind: str | None = None, exit_code: int | None = None, **kwargs):
        """``class EmptyInput(KhparseError, kind="empty")``: each kind named with its class."""
        super().__init_subclass__(**kwargs)
        if kind is not None:
            cls.kind = kind
        if exit_code is not None:
            cls.exit_code = exit_code

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{tail}"


class BadSetting(KhparseError, kind="usage", exit_code=2):
    """A setting from the environment that cannot work (KHPARSE_MAX_BYTES=abc): a usage error."""


class InputNotFound(KhparseError, kind="not_found"):
    """Missing path, a directory, or a file the OS will not let us read."""


class EmptyInput(KhparseError, kind="empty"):
    """Zero bytes, only whitespace, or a valid container with no text in it."""


class UnsupportedFormat(KhparseError, kind="unsupported"):
    """A readable file of a kind khparse does not parse (.doc, .odt, images, binary data)."""


class CorruptFile(KhparseError, kind="corrupt"):
    """A .docx/.pdf that is truncated or malformed, or a file whose content contradicts its name."""


class EncryptedFile(KhparseError, kind="encrypted"):
    """A password-protected PDF: it must be decrypted first."""


class NoTextLayer(KhparseError, kind="no_text"):
    """A PDF with pages but no extractable text: a scan that needs OCR."""


class OcrUnavailable(KhparseError, kind="ocr_unavailable"):
    """OCR was asked for (--ocr always, or an image) but Tesseract or its vie model is missing."""


class TooLarge(KhparseError, kind="too_large"):
    """Over a documented limit (input size, XML size or compression ratio)."""


class Timeout(KhparseError, kind="timeout"):
    """A document took longer than the batch time limit."""
