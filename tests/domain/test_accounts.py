"""Roles, permissions and the password rule. Pure domain: no Qt, no database."""

from __future__ import annotations

import pytest

from desk_app.domain.accounts import PERMISSIONS, Action, Actor, Role, password_problems
from desk_app.domain.errors import DomainError, PermissionDenied


@pytest.mark.parametrize("password", ["Counter-Desk-2026", "Lhasa2026!x", "xueyu#gaoyuan88", "ZHAXI-2026-lasa"])
def test_strong_passwords_pass(password):
    assert password_problems(password, "admin") == []


def test_short_password():
    assert "密码至少10位" in password_problems("Ab1!xyz")


@pytest.mark.parametrize("password", ["abcdefghijkl", "abcdefgh1234", "ABCDEFGH!!!!KL"])
def test_too_few_character_classes(password):
    assert any("至少三类" in p for p in password_problems(password))


def test_password_containing_the_username():
    problems = password_problems("Zhaxi-2026-pass", "zhaxi")
    assert "不得包含用户名" in problems
    assert password_problems("Zhaxi-2026-pass", "dawa") == []


def test_repetitive_password():
    assert "重复字符过多" in password_problems("Aa1!Aa1!Aa1!")


def test_every_problem_is_reported_at_once():
    problems = password_problems("aaaa")
    assert len(problems) >= 3


def actor(role: Role) -> Actor:
    return Actor("user1", role, "540102", "W01")


def test_clerk_may_not_import_the_catalog():
    with pytest.raises(PermissionDenied) as info:
        actor(Role.CLERK).require(Action.IMPORT_CATALOG)
    assert Role.CLERK.label in str(info.value)
    assert isinstance(info.value, DomainError)


def test_admin_may_import_the_catalog():
    actor(Role.ADMIN).require(Action.IMPORT_CATALOG)


@pytest.mark.parametrize("role", [Role.CLERK, Role.ADMIN])
def test_clerk_and_admin_may_create_cases(role):
    actor(role).require(Action.CREATE_CASE)


@pytest.mark.parametrize("role", [Role.VERIFIER, Role.AUDITOR])
def test_verifier_and_auditor_may_not_create_cases(role):
    with pytest.raises(PermissionDenied):
        actor(role).require(Action.CREATE_CASE)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_view_cases(role):
    actor(role).require(Action.VIEW_CASES)


@pytest.mark.parametrize("action", [Action.MANAGE_USERS, Action.SEED_DEMO, Action.MANAGE_CREDIT])
def test_only_admin_administers(action):
    actor(Role.ADMIN).require(action)
    for role in (Role.CLERK, Role.VERIFIER, Role.AUDITOR):
        with pytest.raises(PermissionDenied):
            actor(role).require(action)


def test_every_action_has_a_rule_and_every_role_a_label():
    assert set(PERMISSIONS) == set(Action)
    for role in Role:
        assert role.label
