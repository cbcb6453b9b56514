"""What people type into the ideas board, made safe to store and to show anywhere.

Ideas and comments are stored as **plain text**: nh3 (the Rust ammonia sanitiser)
removes every tag, and the contents of script and style elements, until nothing
changes (so markup hidden in entities, like ``&lt;script&gt;``, is removed too). Pages
escape on output as always; the API returns the same plain text, so a client that puts
it into HTML unescaped still finds no markup. Scheme prefixes that browsers execute
(``javascript:``, ``vbscript:``) are taken out as well: plain text is never a link
here, but another client might turn it into one."""

from __future__ import annotations

import html
import re

import nh3

# Text a browser would run when it becomes a link, also split by spaces or control chars.
EXECUTABLE_SCHEME = re.compile(r"(?i)\b(?:java|vb)[\s\x00-\x1f]*script[\s\x00-\x1f]*:")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_ROUNDS = 5


def _strip_markup(text: str) -> str:
    return html.unescape(nh3.clean(text, tags=set(), attributes={}, strip_comments=True))


def plain_text(value: str | None) -> str:
    """``value`` as plain text without markup, control characters or executable URL
    schemes; line breaks are kept and outer white space removed."""
    text = CONTROL.sub("", value or "").replace("\r\n", "\n").replace("\r", "\n")
    for _round in range(MAX_ROUNDS):
        cleaned = EXECUTABLE_SCHEME.sub("", _strip_markup(text))
        if cleaned == text:
            break
        text = cleaned
    else:
        # Still changing after several rounds: someone nests on purpose; drop the brackets.
        text = text.replace("<", "").replace(">", "")
    return text.strip()


def one_line(value: str | None) -> str:
    """``plain_text`` on one line (titles, names)."""
    return " ".join(plain_text(value).split())
