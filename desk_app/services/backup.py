"""Backups, restore, and unlocking the encrypted data directory.

* :func:`backup_if_due` — at most one automatic backup per calendar day (the GUI calls it after
  login and every hour), into the folder of setting ``backup.folder`` (default
  ``<data dir>/backups``; a USB stick works), keeping the newest ``backup.keep`` (default 14)
  daily generations.
* :func:`backup_now` — a backup on demand (``desk-app backup DEST``).
* :func:`restore` — verifies a backup (key, page HMACs, integrity, a known schema revision, the
  audit chain) on a copy before anything is replaced; the replaced database is kept aside.

Every backup is an SQLCipher file encrypted with the same data key as the database, with the
data directory's ``key.json`` beside it (``<backup>.key.json``): with the data encryption
secret it restores on any PC.
"""

from __future__ import annotations

import getpass
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.domain.accounts import Action, Actor, Role
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.storage import audit, instance_lock
from desk_app.storage import db as storage_db
from desk_app.storage import keys as data_keys
from desk_app.storage import settings as keys
from desk_app.storage.db import (
    DB_NAME,
    BackupFile,
    BackupInvalid,
    Database,
    DatabaseUnreadable,
    list_backups,
)
from desk_app.storage.keys import KeyFileDamaged, SecretRequired, WeakSecret, WrongKey

from .context import AppContext, system_clock

__all__ = [
    "BackupFile", "BackupInvalid", "DatabaseUnreadable", "KeyFileDamaged", "RestoreReport", "SecretRequired",
    "WeakSecret", "WrongKey", "available_backups", "backup_folder", "backup_if_due", "backup_now",
    "is_first_run", "keep_generations", "local_operator", "restore", "set_backup_settings", "unlock",
]

log = logging.getLogger(__name__)

FOLDER = "backup.folder"
KEEP = "backup.keep"
DEFAULT_KEEP = 14
DAILY = "daily"
MANUAL = "manual"


# -- unlocking (the GUI's start-up dialog; the CLI uses $DESK_APP_DB_SECRET) -----------------


def is_first_run(data_dir: Path) -> bool:
    """True when no data encryption secret has been set for this data directory yet."""
    return not data_keys.key_file_path(data_dir).exists()


def unlock(data_dir: Path, secret: str) -> None:
    """Check the secret (or set it, on first run) and remember the key for AppContext.open.

    Raises WrongKey, WeakSecret or KeyFileDamaged. One argon2id derivation.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    data_keys.unlock(data_dir, secret)


# -- where and how many ------------------------------------------------------------------------


def backup_folder(ctx: AppContext) -> Path:
    with ctx.db.session() as s:
        value = keys.get(s, FOLDER)
    return Path(value) if value else ctx.data_dir / storage_db.BACKUPS


def keep_generations(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        value = keys.get(s, KEEP)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_KEEP


def set_backup_settings(ctx: AppContext, folder: Path | None = None, keep: int | None = None) -> None:
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    if keep is not None and not 1 <= keep <= 365:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "保留的备份份数应为 1 至 365。"))
    with ctx.db.session() as s, s.begin():
        if folder is not None:
            keys.put(s, FOLDER, str(folder))
        if keep is not None:
            keys.put(s, KEEP, str(keep))
        audit.append(s, actor, ctx.clock(), "settings.backup", "office", ctx.office.code,
                     {"folder": str(folder) if folder is not None else None, "keep": keep})


def available_backups(data_dir: Path, *folders: Path) -> list[BackupFile]:
    """Backups in the data directory's backups/ and any other folders given, newest first."""
    found: dict[Path, BackupFile] = {}
    for folder in (data_dir / storage_db.BACKUPS, *folders):
        for b in list_backups(folder):
            found[b.path.resolve()] = b
    return sorted(found.values(), key=lambda b: (b.taken, b.path.name), reverse=True)


# -- making backups ----------------------------------------------------------------------------


def _write_backup(ctx: AppContext, target: Path, actor: Actor, label: str) -> Path:
    try:
        made = storage_db.backup_database(ctx.db, target)
        storage_db.check_database_file(made, ctx.db.key)
    except OSError as err:
        raise DomainError(fmt(QT_TRANSLATE_NOOP(
            "domain", "无法写入备份 {target}（{error}）。请检查备份位置（U 盘是否已插入、是否可写、空间是否足够）。"),
            target=target, error=str(err.strerror or err))) from err
    with ctx.db.session() as s, s.begin():
        audit.append(s, actor, ctx.clock(), "backup.created", "backup", made.name,
                     {"path": str(made), "label": label, "bytes": made.stat().st_size})
    log.info("backup written to %s", made)
    return made


def backup_now(ctx: AppContext, dest: Path | None = None) -> Path:
    """A backup on demand: into ``dest`` (a folder, or a file name), or the backup folder."""
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    dest = dest or backup_folder(ctx)
    when = ctx.clock()
    if dest.is_dir() or (not dest.suffix and not dest.exists()):  # a folder (made if need be)
        target = dest / storage_db.backup_name(MANUAL, when)
    else:
        target = dest
        if target.exists():
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "{target} 已存在，不会覆盖。请换一个文件名。"), target=target))
    return _write_backup(ctx, target, actor, MANUAL)


def backup_if_due(ctx: AppContext) -> Path | None:
    """Make today's automatic backup unless the newest daily generation is from today.

    Returns the new backup, or None when one exists already. Keeps the newest ``backup.keep``
    daily generations in that folder (older daily backups and their key files are removed;
    manual and pre-migration backups are never removed).
    """
    actor = ctx.require_actor()
    folder = backup_folder(ctx)
    today = ctx.clock().date()
    daily = [b for b in list_backups(folder) if b.label == DAILY]
    if daily and daily[0].taken.date() >= today:
        return None
    made = _write_backup(ctx, folder / storage_db.backup_name(DAILY, ctx.clock()), actor, DAILY)
    _prune(folder, keep_generations(ctx))
    return made


def _prune(folder: Path, keep: int) -> None:
    daily = [b for b in list_backups(folder) if b.label == DAILY]
    for old in daily[keep:]:
        for p in (old.path, old.key_file):
            try:
                p.unlink(missing_ok=True)
            except OSError:  # pragma: no cover - a read-only stick: keep going
                log.warning("could not remove old backup %s", p, exc_info=True)


# -- restoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    revision: str | None
    kept_aside: Path | None    # the database that was replaced (renamed, never deleted)


def local_operator(ctx: AppContext) -> Actor:
    """The person at this PC's console (audited by OS user), as the CLI acts."""
    office = ctx.office
    return Actor(f"console:{_os_user()}", Role.ADMIN, office.code, office.terminal_code)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some service accounts
        return "unknown"


def _key_for_backup(data_dir: Path, src: Path, secret: str | None) -> tuple[data_keys.DataKey,
                                                                             data_keys.KeyFile | None]:
    sidecar = data_keys.read_key_file(src.with_name(src.name + storage_db.KEY_SIDECAR))
    if sidecar is not None:
        return data_keys.unlock_key_file(sidecar, secret), sidecar
    try:
        current = data_keys.existing_key(data_dir, secret)
    except KeyFileDamaged:
        current = None
    if current is None:
        raise BackupInvalid(fmt(QT_TRANSLATE_NOOP(
            "domain", "备份旁没有密钥文件（{file}），本机也没有可用的密钥文件，无法打开该备份。"),
            file=f"{src.name}{storage_db.KEY_SIDECAR}"))
    return current, None


def restore(data_dir: Path, src: Path, *, secret: str | None = None,
            clock: Callable[[], datetime] = system_clock,
            actor: Callable[[AppContext], Actor] = local_operator) -> RestoreReport:
    """Replace the data directory's database with a verified backup.

    The backup is copied in and verified first (the key, every page's HMAC, integrity check,
    a schema revision this program knows, the audit chain); on any failure nothing is
    replaced. The current database (readable or not) is renamed ``desk.sqlite3.replaced-…``
    and kept. Refused with :class:`InstanceLocked` while another program has the data
    directory open (the app's own restore dialog holds the lock itself and may go on).
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    with instance_lock.held(data_dir):
        return _restore(data_dir, src, secret=secret, clock=clock, actor=actor)


def _restore(data_dir: Path, src: Path, *, secret: str | None,
             clock: Callable[[], datetime],
             actor: Callable[[AppContext], Actor]) -> RestoreReport:
    src = Path(src)
    if not src.is_file():
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "找不到备份文件 {src}。"), src=src))
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    if src.resolve() == path.resolve():
        raise DomainError(QT_TRANSLATE_NOOP("domain", "不能用数据库文件本身作为备份来恢复，请选择备份文件。"))
    key, sidecar = _key_for_backup(data_dir, src, secret)
    staged = path.with_name(path.name + storage_db.RESTORING)
    try:
        shutil.copyfile(src, staged)
        revision = storage_db.check_database_file(staged, key)
        copy = Database(staged, key)
        try:
            with copy.session() as s:
                broken = audit.verify_chain(s)
        finally:
            copy.dispose()
        if broken is not None:
            raise BackupInvalid(fmt(QT_TRANSLATE_NOOP("domain", "备份中的审计日志自第 {broken} 条起链条断裂（记录被改动或删除），不予恢复。"), broken=broken))
    except BaseException:
        storage_db.remove_with_side_files(staged)
        raise
    kept = storage_db.set_aside(path, clock())
    storage_db.put_in_place(staged, path)
    if sidecar is not None:
        data_keys.install_key_file(data_dir, sidecar, key)
    else:
        data_keys.remember(data_dir, key)
    ctx = AppContext.open(data_dir, clock=clock)  # migrates an older backup to this version
    try:
        try:
            who = actor(ctx)
        except DomainError:  # a backup made before the first set-up: no office yet
            who = Actor(f"console:{_os_user()}", Role.ADMIN, "", "")
        with ctx.db.session() as s, s.begin():
            audit.append(s, who, ctx.clock(), "backup.restored", "backup", src.name,
                         {"source": str(src), "revision": revision,
                          "kept_aside": kept.name if kept else None})
    finally:
        ctx.close()
    log.info("restored %s into %s (previous database kept as %s)", src, data_dir, kept)
    return RestoreReport(src, revision, kept)
