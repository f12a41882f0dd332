"""Roles are enforced in the services: a clerk calling a service directly is refused."""

from __future__ import annotations

import pytest

from desk_app.config import catalog_dir
from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import PermissionDenied
from desk_app.services import accounts, letters, security
from desk_app.services.catalog import import_catalog_files
from desk_app.services.counter import finish_case
from desk_app.services.demo import seed_demo

from .support import promise_draft


def as_role(ctx, role: Role) -> None:  # type: ignore[no-untyped-def]
    ctx.actor = Actor(f"user-{role.value}", role, "540102", "W01")


@pytest.fixture
def case_no(ctx):  # type: ignore[no-untyped-def]
    return finish_case(ctx, promise_draft(ctx)).case_no


ADMIN_ONLY = {
    "import catalog": lambda ctx, no: import_catalog_files(ctx, [catalog_dir()]),
    "create user": lambda ctx, no: accounts.create_user(ctx, "newuser", "新用户", Role.CLERK, "Strong-Pass-2026"),
    "reset password": lambda ctx, no: accounts.reset_password(ctx, "admin", "Strong-Pass-2026"),
    "export letter": lambda ctx, no: letters.export_letter(ctx, no, lambda b: None),
    "set e-seal": lambda ctx, no: letters.set_seal(ctx, None),
    "idle lock setting": lambda ctx, no: security.set_idle_minutes(ctx, 5),
    "seed demo": lambda ctx, no: seed_demo(ctx, 1),
}
COUNTER = {
    "finish case": lambda ctx, no: finish_case(ctx, promise_draft(ctx)),
    "reprint": lambda ctx, no: letters.reprint(ctx, no, "打印卡纸"),
    "record print": lambda ctx, no: letters.record_print(ctx, no, b"%PDF", "P1"),
    "confirm paper": lambda ctx, no: letters.confirm_paper(ctx, no),
}


@pytest.mark.parametrize("role", [Role.CLERK, Role.VERIFIER, Role.AUDITOR])
@pytest.mark.parametrize("name", sorted(ADMIN_ONLY))
def test_admin_only_services_refuse_other_roles(ctx, case_no, role, name):  # type: ignore[no-untyped-def]
    as_role(ctx, role)
    with pytest.raises(PermissionDenied, match="无权"):
        ADMIN_ONLY[name](ctx, case_no)


@pytest.mark.parametrize("role", [Role.VERIFIER, Role.AUDITOR])
@pytest.mark.parametrize("name", sorted(COUNTER))
def test_counter_services_refuse_verifiers_and_auditors(ctx, case_no, role, name):  # type: ignore[no-untyped-def]
    as_role(ctx, role)
    with pytest.raises(PermissionDenied):
        COUNTER[name](ctx, case_no)


@pytest.mark.parametrize("name", sorted(COUNTER))
def test_clerks_do_counter_work(ctx, case_no, name):  # type: ignore[no-untyped-def]
    as_role(ctx, Role.CLERK)
    COUNTER[name](ctx, case_no)


def test_auditor_reads_but_does_not_write(ctx, case_no):  # type: ignore[no-untyped-def]
    from desk_app.services.cases import list_cases

    as_role(ctx, Role.AUDITOR)
    assert [c.case_no for c in list_cases(ctx)] == [case_no]
    assert letters.stored_letter(ctx, case_no).pdf.startswith(b"%PDF")
