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
    CREATE_CASE = "create_case"            # the counter flow
    PRINT_LETTER = "print_letter"          # print, reprint, confirm paper
    VIEW_CASES = "view_cases"              # lists and details (masked where shown in lists)
    VERIFY_CASES = "verify_cases"          # follow-up verification (核查)
    EXPORT_PERSONAL_DATA = "export_personal_data"  # letters and lists with full ID numbers
    IMPORT_CATALOG = "import_catalog"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"    # office settings, e-seal, backups
    SEED_DEMO = "seed_demo"
    MANAGE_CREDIT = "manage_credit"        # credit repair, objections
    AUDIT = "audit"                        # check the audit chain and letters
    RECORD_FALSE_PROMISE = "record_false_promise"  # findings of a false promise and measures
    FOLLOW_UP_CASE = "follow_up_case"      # withdrawal, conclusion, correction records
    FILE_OBJECTION = "file_objection"      # receive an applicant's objection to a credit record


_COUNTER = frozenset({Role.CLERK, Role.ADMIN})
_ADMIN = frozenset({Role.ADMIN})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.CREATE_CASE: _COUNTER,
    Action.PRINT_LETTER: _COUNTER,
    Action.VIEW_CASES: frozenset(Role),
    Action.VERIFY_CASES: frozenset({Role.VERIFIER, Role.ADMIN}),
    Action.EXPORT_PERSONAL_DATA: _ADMIN,
    Action.IMPORT_CATALOG: _ADMIN,
    Action.MANAGE_USERS: _ADMIN,
    Action.CHANGE_SETTINGS: _ADMIN,
    Action.SEED_DEMO: _ADMIN,
    Action.MANAGE_CREDIT: _ADMIN,
    Action.AUDIT: frozenset({Role.AUDITOR, Role.ADMIN}),
    Action.RECORD_FALSE_PROMISE: frozenset({Role.VERIFIER, Role.ADMIN}),
    Action.FOLLOW_UP_CASE: _COUNTER,
    Action.FILE_OBJECTION: _COUNTER,
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
