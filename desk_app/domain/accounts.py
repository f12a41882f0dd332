"""Roles, what each may do, and the password rule for offline accounts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied


class Role(StrEnum):
    CLERK = "clerk"
    VERIFIER = "verifier"
    ADMIN = "admin"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return {"clerk": "窗口受理员", "verifier": "核查员", "admin": "单位管理员", "auditor": "审计员"}[
            self.value
        ]


class Action(StrEnum):
    CREATE_CASE = "create_case"
    VIEW_CASES = "view_cases"
    IMPORT_CATALOG = "import_catalog"
    MANAGE_USERS = "manage_users"
    SEED_DEMO = "seed_demo"
    MANAGE_CREDIT = "manage_credit"


PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.CREATE_CASE: frozenset({Role.CLERK, Role.ADMIN}),
    Action.VIEW_CASES: frozenset(Role),
    Action.IMPORT_CATALOG: frozenset({Role.ADMIN}),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.SEED_DEMO: frozenset({Role.ADMIN}),
    Action.MANAGE_CREDIT: frozenset({Role.ADMIN}),
}


@dataclass(frozen=True)
class Actor:
    """Who does something, and where: stamped on every event and audit entry."""

    username: str
    role: Role
    office_code: str
    terminal_code: str

    def require(self, action: Action) -> None:
        if self.role not in PERMISSIONS[action]:
            raise PermissionDenied(f"当前角色“{self.role.label}”无权执行此操作。")


def password_problems(password: str, username: str = "") -> list[str]:
    """Why a password is too weak for an account that guards personal data (empty = fine)."""
    problems = []
    if len(password) < 10:
        problems.append("密码至少10位")
    classes = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    if classes < 3:
        problems.append("须包含大写字母、小写字母、数字、符号中的至少三类")
    if username and username.lower() in password.lower():
        problems.append("不得包含用户名")
    if len(set(password)) < 5:
        problems.append("重复字符过多")
    return problems
