"""The data key that encrypts the database (SQLCipher) and every backup of it.

The data key is 256 random bits, made once per data directory. It is kept

* in the OS keyring (service ``desk_app``, user ``data-key:<data directory>``) where a usable
  keyring backend exists — the app then starts without asking anything; and always
* wrapped under the **data encryption secret** (数据加密口令) an administrator sets at first
  start: ``key.json`` in the data directory holds a random salt, the argon2id parameters, the
  data key XOR argon2id(secret, salt) and an HMAC of the data key (``check``) that tells a
  wrong secret apart from a damaged database. Nothing in ``key.json`` is secret on its own.

Without a keyring (or with ``DESK_APP_NO_KEYRING=1``) the secret is needed at every start: from
``DESK_APP_DB_SECRET`` (scripts, CI, the CLI) or typed into the GUI's start-up dialog. A lost secret with no keyring entry
means the data cannot be read — by design. Every backup carries a copy of ``key.json``
(``<backup>.key.json``), so a backup on a USB stick plus the secret restores on a new PC.

argon2id parameters (:data:`KDF_PARAMS`): 128 MiB, 3 passes, 2 lanes — 0.16–0.37 s on the
2-core reference machine (measured in a fresh process, as at start-up, depending on what else
runs; 0.4–0.7 s under a load average of 8). The derivation runs at most once per
process and data directory; the key stays in memory for the life of the process.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt

log = logging.getLogger(__name__)

KEY_FILE = "key.json"
ENV_SECRET = "DESK_APP_DB_SECRET"
KEYRING_SERVICE = "desk_app"
FORMAT = "desk_app-key/1"
MIN_SECRET_LENGTH = 8

#: argon2id cost, stored in key.json with the salt, so it can be raised later without
#: breaking existing data directories.
KDF_PARAMS: dict[str, int] = {"time_cost": 3, "memory_cost_kib": 131072, "parallelism": 2}

_CHECK_LABEL = b"desk_app data key check v1"


class KeyProblem(DomainError):
    """Base of the key errors (a DomainError: ``str(err)`` is for the user)."""


class SecretRequired(KeyProblem):
    """The data encryption secret is needed (``first_run``: none has been set yet)."""

    def __init__(self, message: str, *, first_run: bool):
        super().__init__(message)
        self.first_run = first_run


class WrongKey(KeyProblem):
    """The secret (or the key found in the keyring) does not open this data directory."""


class KeyFileDamaged(KeyProblem):
    """key.json is unreadable; restore it from a backup's ``.key.json``."""


class WeakSecret(KeyProblem):
    """A new secret is too short."""


@dataclass(frozen=True)
class DataKey:
    raw: bytes

    @property
    def check(self) -> str:
        return hmac.new(self.raw, _CHECK_LABEL, hashlib.sha256).hexdigest()

    @property
    def pragma(self) -> str:
        """The value for ``PRAGMA key`` / ``ATTACH … KEY``: a raw key, so SQLCipher skips its own KDF."""
        return f"x'{self.raw.hex()}'"

    def __repr__(self) -> str:  # never print the key
        return f"DataKey(check={self.check[:12]}…)"


@dataclass(frozen=True)
class KeyFile:
    salt: bytes
    params: dict[str, int]
    wrapped: bytes
    check: str
    keyring_user: str | None
    raw_json: dict[str, Any]

    @classmethod
    def parse(cls, text: str) -> KeyFile:
        data = json.loads(text)
        if data.get("format") != FORMAT or data.get("kdf") != "argon2id":
            raise ValueError("unknown key file format")
        params = {k: int(data["params"][k]) for k in KDF_PARAMS}
        wrapped = base64.b64decode(data["wrapped_key"])
        if len(wrapped) != 32 or len(data["check"]) != 64:
            raise ValueError("bad key file")
        keyring = data.get("keyring") or None
        return cls(
            salt=base64.b64decode(data["salt"]), params=params, wrapped=wrapped, check=data["check"],
            keyring_user=keyring.get("user") if keyring else None, raw_json=data,
        )

    def unwrap(self, secret: str) -> DataKey:
        key = DataKey(_xor(self.wrapped, _kek(secret, self.salt, self.params)))
        if not hmac.compare_digest(key.check, self.check):
            raise WrongKey(QT_TRANSLATE_NOOP("domain", "数据加密口令不正确，无法打开本机数据。请核对口令（注意大小写和输入法）后重试。"))
        return key


# -- process-wide state: one derivation per data directory and process -----------------

_unlocked: dict[Path, DataKey] = {}
_kek_memo: dict[tuple[bytes, bytes, tuple[int, ...]], bytes] = {}


def _norm(data_dir: Path) -> Path:
    return Path(os.path.abspath(data_dir))


def forget(data_dir: Path | None = None) -> None:
    """Drop remembered keys (one data directory, or all)."""
    if data_dir is None:
        _unlocked.clear()
        _kek_memo.clear()
    else:
        _unlocked.pop(_norm(data_dir), None)


def remember(data_dir: Path, key: DataKey) -> None:
    _unlocked[_norm(data_dir)] = key


def _kek(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    memo_key = (hashlib.sha256(secret.encode("utf-8")).digest(), salt, tuple(params[k] for k in KDF_PARAMS))
    kek = _kek_memo.get(memo_key)
    if kek is None:
        kek = hash_secret_raw(
            secret.encode("utf-8"), salt, time_cost=params["time_cost"],
            memory_cost=params["memory_cost_kib"], parallelism=params["parallelism"],
            hash_len=32, type=Type.ID,
        )
        _kek_memo[memo_key] = kek
    return kek


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


# -- the key file ----------------------------------------------------------------------


def key_file_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def read_key_file(path: Path) -> KeyFile | None:
    """The parsed key file, None when there is none; KeyFileDamaged when it is unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return KeyFile.parse(text)
    except (ValueError, KeyError, TypeError) as err:
        raise KeyFileDamaged(
            f"密钥文件 {path.name} 已损坏，无法打开本机数据。可从备份恢复（每个备份旁的 .key.json 即其密钥文件）。"
        ) from err


def write_key_file(path: Path, content: dict[str, Any], *, replace: bool = True) -> None:
    """Atomically (temp file, fsync, rename); readable by the owner only.

    With ``replace=False`` an existing key file is never replaced (FileExistsError): two
    processes starting on a fresh directory at once cannot overwrite each other's key.
    """
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(content, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if the file exists
    finally:
        with suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where directories can't be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _key_file_content(key: DataKey, secret: str, keyring_user: str | None) -> dict[str, Any]:
    salt = os.urandom(16)
    params = dict(KDF_PARAMS)
    return {
        "format": FORMAT,
        "note": "非机密文件：数据加密口令的盐值与参数。请勿删除；遗失口令且无系统钥匙串时数据无法恢复。",
        "kdf": "argon2id",
        "params": params,
        "salt": base64.b64encode(salt).decode("ascii"),
        "wrapped_key": base64.b64encode(_xor(key.raw, _kek(secret, salt, params))).decode("ascii"),
        "check": key.check,
        "keyring": {"service": KEYRING_SERVICE, "user": keyring_user} if keyring_user else None,
        "created": datetime.now().isoformat(timespec="seconds"),
    }


# -- the OS keyring ----------------------------------------------------------------------


def keyring_user(data_dir: Path) -> str:
    return f"data-key:{_norm(data_dir)}"


def _keyring() -> Any | None:
    """The keyring module when a usable backend exists (not the fail/null ones), else None."""
    if os.environ.get("DESK_APP_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith(".null"):
            return None
        if getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # noqa: BLE001 - a broken keyring install must not stop the app
        log.info("keyring unusable", exc_info=True)
        return None


def _keyring_get(user: str) -> DataKey | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(KEYRING_SERVICE, user)
    except Exception:  # noqa: BLE001 - locked or unreachable keyring: fall back to the secret
        log.info("keyring read failed", exc_info=True)
        return None
    if not value:
        return None
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        return None
    return DataKey(raw) if len(raw) == 32 else None


def _keyring_put(user: str, key: DataKey) -> bool:
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, user, key.raw.hex())
    except Exception:  # noqa: BLE001
        log.info("keyring write failed", exc_info=True)
        return False
    return True


# -- resolving, creating and unlocking ------------------------------------------------------


def env_secret() -> str | None:
    return os.environ.get(ENV_SECRET) or None


def find_key(data_dir: Path, key_file: KeyFile, secret: str | None = None) -> DataKey:
    """The data key for ``key_file``: remembered, from the keyring, or from the secret.

    ``secret`` falls back to $DESK_APP_DB_SECRET. Raises WrongKey or SecretRequired.
    """
    known = _unlocked.get(_norm(data_dir))
    if known is not None and hmac.compare_digest(known.check, key_file.check):
        return known
    if key_file.keyring_user:
        from_ring = _keyring_get(key_file.keyring_user)
        if from_ring is not None and hmac.compare_digest(from_ring.check, key_file.check):
            remember(data_dir, from_ring)
            return from_ring
    secret = secret or env_secret()
    if not secret:
        raise SecretRequired(
            "本机数据已加密，请输入数据加密口令（命令行：设置环境变量 DESK_APP_DB_SECRET）。", first_run=False
        )
    key = key_file.unwrap(secret)
    remember(data_dir, key)
    return key


def existing_key(data_dir: Path, secret: str | None = None) -> DataKey | None:
    """The key of a data directory that has a key file (None when it has none)."""
    key_file = read_key_file(key_file_path(data_dir))
    if key_file is None:
        return None
    return find_key(data_dir, key_file, secret)


def check_new_secret(secret: str) -> None:
    if len(secret) < MIN_SECRET_LENGTH:
        raise WeakSecret(fmt(QT_TRANSLATE_NOOP("domain", "数据加密口令至少需要 {n} 个字符。"), n=MIN_SECRET_LENGTH))


def create_key(data_dir: Path, secret: str | None = None) -> DataKey:
    """A new random data key for a data directory, in the keyring (if usable) and in key.json.

    Refuses to replace an existing key file: that would make the data unreadable.
    """
    path = key_file_path(data_dir)
    if path.exists():  # pragma: no cover - callers check; never overwrite a key
        raise KeyFileDamaged(QT_TRANSLATE_NOOP("domain", "密钥文件已存在，不会覆盖。"))
    secret = secret or env_secret()
    if not secret:
        raise SecretRequired(
            "首次启用数据加密：请设置数据加密口令（命令行：设置环境变量 DESK_APP_DB_SECRET）。", first_run=True
        )
    check_new_secret(secret)
    key = DataKey(os.urandom(32))
    user = keyring_user(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    content = _key_file_content(key, secret, user if _keyring() is not None else None)
    try:
        write_key_file(path, content, replace=False)
    except FileExistsError:  # another process made the key a moment ago: use that one
        return find_key(data_dir, _must_read(path), secret)
    stored = _keyring_put(user, key)
    if not stored and content["keyring"]:
        content["keyring"] = None
        write_key_file(path, content)
    remember(data_dir, key)
    log.info("new data key for %s (keyring: %s)", data_dir, "yes" if stored else "no")
    return key


def _must_read(path: Path) -> KeyFile:
    key_file = read_key_file(path)
    if key_file is None:  # pragma: no cover - it was there a moment ago
        raise KeyFileDamaged(QT_TRANSLATE_NOOP("domain", "密钥文件 key.json 不见了，请重试。"))
    return key_file


def unlock(data_dir: Path, secret: str) -> DataKey:
    """Check ``secret`` against the data directory's key file and remember the key.

    With no key file yet, sets ``secret`` as the new data encryption secret.
    """
    key_file = read_key_file(key_file_path(data_dir))
    if key_file is None:
        return create_key(data_dir, secret)
    key = key_file.unwrap(secret)
    remember(data_dir, key)
    if key_file.keyring_user and _keyring_get(key_file.keyring_user) is None:
        _keyring_put(key_file.keyring_user, key)  # keyring entry lost (new user profile): put it back
    return key


def unlock_key_file(key_file: KeyFile, secret: str | None = None) -> DataKey:
    """The key of a backup's key file: from the keyring, a key unlocked already, or the secret."""
    if key_file.keyring_user:
        from_ring = _keyring_get(key_file.keyring_user)
        if from_ring is not None and hmac.compare_digest(from_ring.check, key_file.check):
            return from_ring
    for known in _unlocked.values():
        if hmac.compare_digest(known.check, key_file.check):
            return known
    secret = secret or env_secret()
    if not secret:
        raise SecretRequired(
            "该备份需要制作它时的数据加密口令才能打开（命令行：设置环境变量 DESK_APP_DB_SECRET）。", first_run=False
        )
    return key_file.unwrap(secret)


def install_key_file(data_dir: Path, key_file: KeyFile, key: DataKey) -> None:
    """Make ``key_file`` (from a backup) the data directory's key file; an older one is kept aside."""
    path = key_file_path(data_dir)
    if path.exists():
        try:
            current = read_key_file(path)
        except KeyFileDamaged:
            current = None
        if current is not None and current.check == key_file.check:
            remember(data_dir, key)
            return
        path.rename(path.with_name(f"{KEY_FILE}.replaced-{datetime.now():%Y%m%d-%H%M%S}"))
    content = dict(key_file.raw_json)
    user = keyring_user(data_dir)
    content["keyring"] = {"service": KEYRING_SERVICE, "user": user} if _keyring_put(user, key) else None
    write_key_file(path, content)
    remember(data_dir, key)


def key_file_json(data_dir: Path) -> bytes:
    return key_file_path(data_dir).read_bytes()
