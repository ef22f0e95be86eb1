"""Reading a large JSON document piece by piece, without holding it in memory.

:class:`JsonStream` walks a document's objects and arrays with
:meth:`~JsonStream.keys` and :meth:`~JsonStream.items`, and decodes one value
at a time with :meth:`json.JSONDecoder.raw_decode` over a buffer that is
refilled from the file. A Telegram Desktop export of 1 GB is read message by
message: memory holds one buffer (about 1 MiB) and the message being read.

Broken JSON is an :class:`~geo.errors.InputError` naming the file and line.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any, TextIO

from geo.errors import InputError

_CHUNK = 1 << 20
#: one value (a message) larger than this is refused rather than read into memory
MAX_VALUE_CHARS = 64 << 20
_WHITESPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


class JsonStream:
    """A JSON document read from a text file as a stream.

    Parameters
    ----------
    handle : text file
        Open for reading (UTF-8).
    label : str
        The file name used in error messages.
    chunk : int
        Characters read at a time.
    """

    def __init__(self, handle: TextIO, label: str, *, chunk: int = _CHUNK) -> None:
        self.handle = handle
        self.label = label
        self.chunk = chunk
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0          # line breaks in the text already dropped from the buffer
        self.dropped = 0               # characters already dropped from the buffer

    # --- buffer ---------------------------------------------------------------------------

    def _fill(self, at_least: int = 0) -> bool:
        """Read more text; False at the end of the file."""
        if self.eof:
            return False
        dropped = self.buffer[:self.pos]
        self.lines_before += dropped.count("\n")
        self.dropped += len(dropped)
        self.buffer = self.buffer[self.pos:]
        self.pos = 0
        try:
            more = self.handle.read(max(self.chunk, at_least))
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text (binary, or another encoding)", file=self.label,
                             line=self.line()) from None
        except OSError as error:
            raise InputError(f"cannot read ({error.strerror or error})", file=self.label) from None
        if not more:
            self.eof = True
            return False
        if not self.buffer and self.dropped == 0:
            more = more.removeprefix("\ufeff")
        self.buffer += more
        return True

    def offset(self) -> int:
        """Characters of the file consumed so far."""
        return self.dropped + self.pos

    def line(self, pos: int | None = None) -> int:
        """The file line of buffer position ``pos`` (default: the current one)."""
        at = self.pos if pos is None else pos
        return self.lines_before + self.buffer.count("\n", 0, at) + 1

    def fail(self, message: str, pos: int | None = None) -> InputError:
        """An InputError naming the file and the line of ``pos``."""
        return InputError(f"broken JSON: {message}", file=self.label, line=self.line(pos))

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        """Consume ``char`` (after white space) or raise."""
        found = self.peek()
        if found != char:
            shown = repr(found) if found else "the end of the file"
            raise self.fail(f"expected {char!r}, found {shown}")
        self.pos += 1

    # --- values ---------------------------------------------------------------------------

    def value(self) -> Any:
        """Decode the next value (after white space)."""
        if not self.peek():
            raise self.fail("the file ends where a value should be")
        while True:
            try:
                result, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                if self._grow():
                    continue
                raise self.fail(error.msg, error.pos) from None
            except RecursionError:
                raise self.fail("nested too deeply") from None
            if end == len(self.buffer) and self._grow():
                continue                    # a number cut by the buffer's end: read it whole
            self.pos = end
            return result

    def _grow(self) -> bool:
        if len(self.buffer) - self.pos > MAX_VALUE_CHARS:
            raise self.fail(f"one value longer than {MAX_VALUE_CHARS >> 20} MiB")
        return self._fill(at_least=len(self.buffer) - self.pos)

    def keys(self) -> Iterator[str]:
        """The keys of the object that starts here; read each key's value before the next.

        The caller reads the value with :meth:`value`, :meth:`keys` or :meth:`items`,
        or leaves it to be skipped.
        """
        self.expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.fail("expected a key in double quotes")
            key = self.value()
            self.expect(":")
            start = self.offset()
            yield key
            if self.offset() == start:
                self.value()                # the caller did not read the value: skip it
            follow = self.peek()
            if follow == ",":
                self.pos += 1
                continue
            if follow == "}":
                self.pos += 1
                return
            raise self.fail("expected ',' or '}' after a value")

    def items(self) -> Iterator[Any]:
        """The values of the array that starts here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            follow = self.peek()
            if follow == ",":
                self.pos += 1
                continue
            if follow == "]":
                self.pos += 1
                return
            raise self.fail("expected ',' or ']' after a value")

    def end(self) -> None:
        """Check that nothing but white space follows the document."""
        if self.peek():
            raise self.fail("text after the end of the document")


def open_stream(path: str | os.PathLike, *, chunk: int = _CHUNK) -> tuple[TextIO, JsonStream]:
    """Open ``path`` as UTF-8 and wrap it in a :class:`JsonStream` (close the handle after).

    Raises
    ------
    InputError
        The file cannot be opened.
    """
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"cannot read ({error.strerror or error})", file=str(path)) from None
    return handle, JsonStream(handle, str(path), chunk=chunk)
