"""Domain errors. Messages are for the clerk, in Simplified Chinese."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the policy was broken; ``str(err)`` is the message for the user."""


class CatalogError(DomainError):
    """A catalog file or item is invalid. Names the item and the field."""

    def __init__(self, message: str, *, item: str | None = None, field: str | None = None):
        self.item = item
        self.field = field
        prefix = ""
        if item:
            prefix += f"事项 {item}"
        if field:
            prefix += f"（字段 {field}）"
        super().__init__(f"{prefix}：{message}" if prefix else message)


class IllegalTransition(DomainError):
    """A case was asked to move to a state its lifecycle does not allow."""


class SignatureRejected(DomainError):
    """The signature is empty or too trivial to be a handwritten signature."""


class PermissionDenied(DomainError):
    """The current user's role may not do this."""
