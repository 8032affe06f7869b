"""The input size limit: 50 MiB unless ``KHPARSE_MAX_BYTES`` says otherwise.

The variable is read when a limit is needed, not at import, so a bad value is a usage
error that states the rule (exit 2) instead of a crash at start-up or an internal error
on every file of a batch.
"""
from __future__ import annotations

import os

from .errors import BadSetting

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
ENV_MAX_BYTES = "KHPARSE_MAX_BYTES"


def max_bytes_from_env() -> int:
    """The limit in bytes: the variable if set (a positive whole number), else 50 MiB."""
    raw = os.environ.get(ENV_MAX_BYTES, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    if raw.isascii() and raw.isdigit() and int(raw) > 0:
        return int(raw)
    raise BadSetting(f"{ENV_MAX_BYTES} must be a positive whole number of bytes, not {raw!r}",
                     hint=f"e.g. {ENV_MAX_BYTES}=104857600 for 100 MB, or use --max-size MB")
