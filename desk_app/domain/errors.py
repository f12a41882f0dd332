"""Domain errors. Messages are for the clerk, in Simplified Chinese."""
from __future__ import annotations

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt


class DomainError(Exception):
    """A rule of the policy was broken; ``str(err)`` is the message for the user."""


class CatalogError(DomainError):
    """A catalog file or item is invalid. Names the item and the field."""

    def __init__(self, message: str, *, item: str | None = None, field: str | None = None):
        self.item = item
        self.field = field
        text: str = message
        if item and field:
            text = fmt(QT_TRANSLATE_NOOP("domain", "事项 {item}（字段 {field}）：{message}"), item=item, field=field, message=fmt(message))
        elif item:
            text = fmt(QT_TRANSLATE_NOOP("domain", "事项 {item}：{message}"), item=item, message=fmt(message))
        elif field:
            text = fmt(QT_TRANSLATE_NOOP("domain", "（字段 {field}）：{message}"), field=field, message=fmt(message))
        super().__init__(text)


class IllegalTransition(DomainError):
    """A case was asked to move to a state its lifecycle does not allow."""


class SignatureRejected(DomainError):
    """The signature is empty or too trivial to be a handwritten signature."""


class PermissionDenied(DomainError):
    """The current user's role may not do this."""
