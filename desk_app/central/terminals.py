"""Offices and terminals: one-time enrollment codes, terminal tokens, revocation, admin token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from desk_app.domain.case import OFFICE_CODE_RE, TERMINAL_CODE_RE
from desk_app.sync.bundle import new_key

from .db import Database, utcnow
from .models import EnrollmentCode, Office, ServerSetting, Terminal

CODE_VALIDITY = timedelta(days=7)
ADMIN_TOKEN_KEY = "admin_token_sha256"


class CentralError(Exception):
    """A refusal with a Chinese message for the user; ``code`` is machine-readable."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class TerminalInfo:
    id: str
    office_code: str
    terminal_code: str
    bundle_key: str
    revoked: bool


@dataclass(frozen=True)
class Enrollment:
    terminal_id: str
    token: str
    bundle_key: str
    office_code: str
    terminal_code: str


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def check_codes(office_code: str, terminal_code: str) -> tuple[str, str]:
    office_code, terminal_code = office_code.strip().upper(), terminal_code.strip().upper()
    if not OFFICE_CODE_RE.match(office_code):
        raise CentralError("bad_office", "单位编码应为2至12位大写字母或数字（如行政区划代码 540102）。")
    if not TERMINAL_CODE_RE.match(terminal_code):
        raise CentralError("bad_terminal", "终端编码应为1至6位大写字母或数字（如 W01）。")
    return office_code, terminal_code


def _ensure_office(conn: Connection, office_code: str, now: datetime) -> None:
    if conn.scalar(select(Office.code).where(Office.code == office_code)) is None:
        conn.execute(insert(Office).values(code=office_code, name="", created_at=now))


def create_enrollment_code(db: Database, office_code: str, terminal_code: str) -> tuple[str, datetime, int]:
    """A fresh one-time code; returns (code, expires_at, active terminals with that code)."""
    office_code, terminal_code = check_codes(office_code, terminal_code)
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")  # 16 chars, 80 bits
    code = "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    now = utcnow()
    expires = now + CODE_VALIDITY
    with db.write() as conn:
        _ensure_office(conn, office_code, now)
        conn.execute(insert(EnrollmentCode).values(
            code_hash=sha256_hex(normalize_code(code)), office_code=office_code,
            terminal_code=terminal_code, created_at=now, expires_at=expires,
        ))
        active = len(conn.scalars(select(Terminal.id).where(
            Terminal.office_code == office_code, Terminal.terminal_code == terminal_code,
            Terminal.revoked_at.is_(None))).all())
    return code, expires, active


def enroll(db: Database, code: str, device: str, office_code: str = "", terminal_code: str = "") -> Enrollment:
    """Spend a one-time code; the token is returned once and only its hash is kept."""
    code_hash = sha256_hex(normalize_code(code))
    now = utcnow()
    terminal_id = uuidlib.uuid4().hex
    token = secrets.token_urlsafe(32)
    bundle_key = new_key()
    with db.write() as conn:
        row = conn.execute(select(EnrollmentCode).where(EnrollmentCode.code_hash == code_hash)).first()
        if row is None:
            raise CentralError("bad_code", "登记码无效，请核对后重新输入，或向中心管理员索取新的登记码。")
        if row.used_at is not None:
            raise CentralError("used_code", "该登记码已使用过，每个登记码只能使用一次；请向中心管理员索取新的登记码。")
        if row.expires_at <= now:
            raise CentralError("expired_code", "该登记码已过期（有效期7天），请向中心管理员索取新的登记码。")
        if office_code and (office_code, terminal_code) != (row.office_code, row.terminal_code):
            # Refused before it is spent: the rightful terminal can still use it.
            raise CentralError(
                "wrong_terminal",
                f"该登记码属于 {row.office_code} 单位的终端 {row.terminal_code}，与本终端（{office_code} 单位，"
                f"终端 {terminal_code}）不符，未登记。请向中心核对登记码。")
        spent = conn.execute(
            update(EnrollmentCode)
            .where(EnrollmentCode.code_hash == code_hash, EnrollmentCode.used_at.is_(None))
            .values(used_at=now, terminal_id=terminal_id)
        ).rowcount
        if spent != 1:  # spent by a concurrent request a moment ago
            raise CentralError("used_code", "该登记码已使用过，每个登记码只能使用一次；请向中心管理员索取新的登记码。")
        conn.execute(insert(Terminal).values(
            id=terminal_id, office_code=row.office_code, terminal_code=row.terminal_code,
            token_hash=sha256_hex(token), bundle_key=bundle_key, device=device[:200],
            enrolled_at=now, revoked_at=None, last_seen=now,
        ))
    return Enrollment(terminal_id, token, bundle_key, row.office_code, row.terminal_code)


def _info(row: Terminal) -> TerminalInfo:
    return TerminalInfo(row.id, row.office_code, row.terminal_code, row.bundle_key, row.revoked_at is not None)


def get_terminal(db: Database, terminal_id: str) -> TerminalInfo | None:
    with db.read() as conn:
        row = conn.execute(select(Terminal).where(Terminal.id == terminal_id)).first()
    return _info(row) if row else None  # type: ignore[arg-type]


def authenticate(db: Database, credentials: str) -> TerminalInfo:
    """``<terminal_id>.<token>`` → the terminal, or CentralError 401/403."""
    terminal_id, _, token = credentials.partition(".")
    bad = CentralError("unauthorized", "终端身份验证失败，请重新登记本终端。", 401)
    if not terminal_id or not token or len(terminal_id) > 32:
        raise bad
    with db.read() as conn:
        row = conn.execute(select(Terminal).where(Terminal.id == terminal_id)).first()
    if row is None or not hmac.compare_digest(row.token_hash, sha256_hex(token)):
        raise bad
    if row.revoked_at is not None:
        raise CentralError(
            "revoked", "本终端已被中心停用，不能再上传数据。请联系中心管理员。", 403)
    return _info(row)  # type: ignore[arg-type]


def revoke(db: Database, office_code: str, terminal_code: str) -> int:
    office_code, terminal_code = check_codes(office_code, terminal_code)
    with db.write() as conn:
        return conn.execute(
            update(Terminal)
            .where(Terminal.office_code == office_code, Terminal.terminal_code == terminal_code,
                   Terminal.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        ).rowcount


def set_admin_token(db: Database, token: str | None = None) -> str:
    """Store (the hash of) a new admin token and return it."""
    token = token or secrets.token_urlsafe(24)
    if len(token) < 16:
        raise CentralError("weak_token", "管理令牌至少需要16个字符。")
    digest = sha256_hex(token)
    with db.write() as conn:
        done = conn.execute(update(ServerSetting).where(ServerSetting.key == ADMIN_TOKEN_KEY)
                            .values(value=digest)).rowcount
        if not done:
            conn.execute(insert(ServerSetting).values(key=ADMIN_TOKEN_KEY, value=digest))
    return token


def admin_token_ok(db: Database, given: str, configured: str | None) -> bool:
    if not given:
        return False
    if configured and hmac.compare_digest(configured.encode(), given.encode()):
        return True
    with db.read() as conn:
        stored = conn.scalar(select(ServerSetting.value).where(ServerSetting.key == ADMIN_TOKEN_KEY))
    return stored is not None and hmac.compare_digest(stored, sha256_hex(given))
