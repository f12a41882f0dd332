"""Marking texts made outside ui/ for translation, without Qt in the domain.

The source language is Simplified Chinese and every text stays usable as a plain ``str``.
Qt's ``lupdate`` extracts the string literal passed to ``QT_TRANSLATE_NOOP("domain", "...")``
(it recognises the name), and ui/i18n.py's ``tr_domain`` translates at display time.

A text with variables is a :class:`Text`: a ``str`` holding the formatted Chinese, which also
carries its stable pattern and named fields, so ui/ can translate the pattern first and
format it afterwards (``tr_domain`` does this; field values that are Texts are translated too).
"""

from __future__ import annotations

from typing import Any

#: The translation context of every text marked outside ui/.
CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for extraction under ``context``; returns it unchanged."""
    return text


class Text(str):
    """A formatted text that remembers its pattern and fields (for translation at display)."""

    pattern: str
    fields: dict[str, Any]

    def __new__(cls, pattern: str, **fields: Any) -> Text:
        self = super().__new__(cls, pattern.format(**fields) if fields else pattern)
        self.pattern = pattern
        self.fields = fields
        return self


def fmt(pattern: str, **fields: Any) -> Text:
    """``pattern.format(**fields)`` that can still be translated: pass a marked pattern."""
    if not fields and isinstance(pattern, Text):
        return pattern  # already a translatable text: keep its pattern and fields
    return Text(pattern, **fields)


def fmt_join(parts: list[str]) -> str:
    """Texts joined with the Chinese list separator "；", translatable part by part."""
    if not parts:
        return ""
    joined = parts[0]
    for part in parts[1:]:
        joined = fmt(QT_TRANSLATE_NOOP("domain", "{first}；{then}"), first=fmt(joined), then=fmt(part))
    return joined


def message_of(err: BaseException) -> str:
    """An exception's message, still a translatable :class:`Text` if it was made with ``fmt``."""
    return err.args[0] if len(err.args) == 1 and isinstance(err.args[0], str) else str(err)
