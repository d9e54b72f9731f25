"""Logging: one named logger per area, a rotating file, and no secret in it.

Every record that reaches the log file (or stderr) passes `RedactingFilter`,
which scrubs AWS access key ids and secret keys, Jupyter tokens, private-key
blocks and any value registered at run time with `register_secret` — in the
message, its arguments and the formatted traceback.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from types import TracebackType

from .paths import AppPaths, make_private_folder

ROOT = "fastai_launcher"
AREAS = ("app", "ui", "qt", "tasks", "aws", "ssh", "core")
REDACTED = "[REDACTED]"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_ACCESS_KEY_ID = re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b")
# A secret key right after its key id, as in "AKIA…/secret" or "AKIA…,secret".
_KEY_PAIR = re.compile(
    r"\b((?:AKIA|ASIA)[A-Z0-9]{16}[\s/:,;=|\"']+)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"
)
_SECRET_KEY = re.compile(
    r"(?i)(secret[\w ]{0,20}?[\"']?\s*[:=]\s*[\"']?|secret[\w ]{0,20}?\s+)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"
)
_TOKEN = re.compile(
    r"(?i)(\btoken=|[\"']token[\"']\s*:\s*[\"']|authorization:\s*token\s+)([^\s&\"'#]+)"
)
# Names whose value is a credential: STS session tokens, SSO and browser sign-in
# (`aws login`) tokens, OAuth client secrets, DPoP proofs, presigned URL parts.
_TOKEN_NAMES = (
    r"(?:aws_)?(?:session|security|access|refresh|id)[-_]?token"
    r"|x-amz-security-token|client[-_]?secret|secret[-_]?access[-_]?key"
    r"|dpop|(?:x-amz-)?signature"
)
# `name = value`, `"name": "value"`, `'name': b'value'`, `name=value&`; not a nested object.
_NAMED_TOKEN = re.compile(
    rf"(?i)(\b(?:{_TOKEN_NAMES})[\"']?\s*[:=]\s*b?[\"']?)([^\s\"'&,;{{}}<>]+)"
)
_XML_TOKEN = re.compile(
    r"(?i)(<(?:SessionToken|SecretAccessKey|AccessToken|RefreshToken|IdToken|Token)>)([^<]+)"
)
_BEARER = re.compile(r"(?i)(\bauthorization[\"']?\s*[:=]\s*b?[\"']?(?:bearer|dpop)\s+)([^\s\"',]+)")
_PRIVATE_KEY = re.compile(
    r"-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END \1PRIVATE KEY-----|\Z)", re.DOTALL
)
_MIN_SECRET_LENGTH = 6  # shorter values would scrub ordinary words

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def logger(area: str) -> logging.Logger:
    """The logger of one area of the app, e.g. `logger("aws")`."""
    return logging.getLogger(f"{ROOT}.{area}")


def register_secret(value: str) -> None:
    """Never log `value` (e.g. a secret key the user typed, a Jupyter token)."""
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _secrets_lock:
            _secrets.add(value)


def forget_secret(value: str) -> None:
    with _secrets_lock:
        _secrets.discard(value)


def redact(message: str) -> str:
    """`message` with every secret the app knows how to spot replaced by [REDACTED]."""
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        message = message.replace(secret, REDACTED)
    message = _PRIVATE_KEY.sub(
        lambda m: f"-----BEGIN {m.group(1)}PRIVATE KEY----- {REDACTED}", message
    )
    message = _KEY_PAIR.sub(lambda m: m.group(1) + REDACTED, message)
    message = _ACCESS_KEY_ID.sub(lambda m: m.group(1) + REDACTED, message)
    message = _SECRET_KEY.sub(lambda m: m.group(1) + REDACTED, message)
    for pattern in (_BEARER, _NAMED_TOKEN, _XML_TOKEN, _TOKEN):
        message = pattern.sub(lambda m: m.group(1) + REDACTED, message)
    return message


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def format_exception(exc_info: ExcInfo | tuple[None, None, None]) -> str:
    """A traceback as text, redacted: safe to show, copy or log."""
    if exc_info[0] is None:
        return ""
    return redact("".join(traceback.format_exception(*exc_info)).rstrip())


class RedactingFilter(logging.Filter):
    """Scrubs secrets from a record before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = format_exception(record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


LOG_FILE_MODE = 0o600


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only this user can read (0600), whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOINHERIT", 0)
        fd = os.open(self.baseFilename, flags, LOG_FILE_MODE)
        try:
            if hasattr(os, "fchmod"):  # a file left 0644 by an older version
                os.fchmod(fd, LOG_FILE_MODE)
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def setup_logging(
    paths: AppPaths,
    level: int = logging.INFO,
    max_bytes: int = 1_000_000,
    backups: int = 3,
    stderr: bool = True,
) -> list[logging.Handler]:
    """Log to a rotating file in `paths.logs` (and warnings to stderr); returns the handlers.

    A log folder the app cannot write (a read-only or full disk) leaves only stderr,
    with a warning saying why: the app still starts.
    """
    redacting = RedactingFilter()
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = []
    unwritable: OSError | None = None
    try:
        make_private_folder(paths.logs)
        file_handler = PrivateRotatingFileHandler(
            paths.log_file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError as error:
        unwritable = error
    else:
        file_handler.setLevel(level)
        handlers.append(file_handler)
    if stderr and sys.stderr is not None:  # pythonw and frozen GUI apps have no stderr
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        handlers.append(console)
    root = logging.getLogger()
    for handler in handlers:
        handler.addFilter(redacting)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, level))
    logging.getLogger(ROOT).setLevel(level)
    for noisy in ("botocore", "boto3", "urllib3", "paramiko", "s3transfer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if unwritable is not None:
        logger("core").warning("no log file, %s cannot be written: %s", paths.logs, unwritable)
    return handlers


def close_logging(handlers: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
