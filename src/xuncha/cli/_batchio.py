"""Inputs and outputs of the command line: files, folders and ``-``, processed in parallel, written in order.

A command supplies a worker: a module-level function (the process pool pickles it) from a :class:`Job` to a
:class:`FileResult` holding the text for the output, the messages for stderr and an exit status. A worker never
raises for a bad file; it says so in its result and the batch goes on. The run's exit status is the worst of its
files'.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import IO, Final

import attrs

from xuncha._batch import run_in_order
from xuncha.errors import TextError, ValidationError, XunchaError
from xuncha.sources import Document, SourceError, find_files, read_document

__all__ = [
    "BROKEN_PIPE",
    "INVALID",
    "OK",
    "UNREADABLE",
    "FileResult",
    "Job",
    "describe",
    "read_job",
    "run_files",
    "shown",
    "silence",
]

OK, INVALID, UNREADABLE = 0, 1, 2
#: The status of a command whose reader went away (``xuncha extract … | head``): 128 + SIGPIPE, as a shell
#: reports a command that a closed pipe stopped.
BROKEN_PIPE: Final = 128 + getattr(signal, "SIGPIPE", 13)


@attrs.frozen
class Job:
    """One input: its name as given, its bytes when it came from stdin, how to decode it, and the command's
    options (a tuple of pairs, so that jobs pickle and hash)."""

    source: str
    data: bytes | None = None
    encoding: str | None = None
    options: tuple[tuple[str, object], ...] = ()

    def option(self, name: str) -> object:
        return dict(self.options).get(name)


@attrs.frozen
class FileResult:
    """What one input gave: output text (written in input order), messages for stderr, and its exit status."""

    source: str
    output: str = ""
    messages: tuple[str, ...] = ()
    status: int = OK
    data: object = None  # anything the command gathers across files (counts for a summary)


def shown(source: str) -> str:
    """An input's name in messages: ``<stdin>`` for ``-``."""
    return "<stdin>" if source == "-" else source


def describe(source: str, error: XunchaError) -> tuple[str, ...]:
    """An error about an input as ``FILE:LINE:COL: message`` lines, with the offending line and a caret."""
    name = shown(source)
    if isinstance(error, SourceError):
        return (str(error),)
    if isinstance(error, TextError):
        caret = "\n".join(f"    {line}" for line in error.caret().splitlines())
        return (f"{name}:{error.line}:{error.column}: {error.message}: {error.excerpt!r}", caret)
    if isinstance(error, ValidationError):
        return tuple(f"{name}: {problem.path}: {problem.message}" for problem in error.errors)
    return (f"{name}: {error}",)


def read_job(job: Job) -> Document:
    """The document of a job; raises :class:`~xuncha.sources.SourceError` naming the input when unreadable."""
    if job.data is not None:
        return read_document(job.data, encoding=job.encoding, name=shown(job.source))
    return read_document(job.source, encoding=job.encoding)


def _stdin_bytes() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


def expand(inputs: Sequence[str], patterns: Sequence[str]) -> list[str]:
    """The files named by ``inputs``: files as given, folders walked recursively for ``patterns`` (by default
    every readable suffix), ``-`` for stdin."""
    return list(find_files(inputs, patterns=patterns))


def run_files(
    work: Callable[[Job], FileResult],
    sources: Sequence[str],
    *,
    encoding: str | None,
    jobs: int | None,
    options: dict[str, object],
    out: IO[str],
    header: str = "",
    footer: Callable[[Sequence[FileResult]], str] | None = None,
    summary: Callable[[Sequence[FileResult]], str] | None = None,
) -> int:
    """Run ``work`` over every source in parallel; outputs to ``out`` in input order, messages to stderr.

    Returns the worst status; a closed ``out`` stops the run quietly with :data:`BROKEN_PIPE`.
    """
    if list(sources).count("-") > 1:
        print("xuncha: - (stdin) may be given only once", file=sys.stderr)
        return UNREADABLE
    frozen = tuple(sorted(options.items()))
    batch = [Job(source, _stdin_bytes() if source == "-" else None, encoding, frozen) for source in sources]
    status = OK
    results: list[FileResult] = []
    try:
        if header:
            out.write(header)
        # (closed when the loop stops, however it stops: a closed pipe shuts the worker pool down here, not at
        # the interpreter's exit, where its threads would still be running)
        with contextlib.closing(
            run_in_order(work, batch, jobs=jobs, progress=True, stream=sys.stderr)
        ) as done:
            for result in done:
                for message in result.messages:
                    print(message, file=sys.stderr)
                if result.output:
                    out.write(result.output)
                status = max(status, result.status)
                results.append(result)
        if footer is not None:
            out.write(footer(results))
        out.flush()
    except BrokenPipeError:
        silence(out)
        return BROKEN_PIPE
    if summary is not None:
        line = summary(results)
        if line:
            print(line, file=sys.stderr)
    return status


def silence(stream: IO[str]) -> None:
    """Point a closed stream at /dev/null, so that Python's flush at exit raises nothing, and keep whatever the
    interpreter reports as unraisable while it shuts down off the terminal: the reader went away, and the command
    ends quietly with :data:`BROKEN_PIPE`. (On Python 3.11 a worker pool's wake-up pipe may be written at exit just
    as the pool's own thread closes it, a race of concurrent.futures that prints a traceback once in many runs.)"""
    sys.unraisablehook = _ignore_unraisable
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _ignore_unraisable(unraisable: object) -> None:
    """An unraisable hook that reports nothing (see :func:`silence`)."""
