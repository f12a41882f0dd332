"""`desk-central`: run the central server and administer it.

Every command takes --database-url URL (or DESK_CENTRAL_DATABASE_URL) or --data-dir DIR
(or DESK_CENTRAL_DATA_DIR; default: the platform's data directory) and migrates the
database to the newest schema first.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError

from desk_app.domain.errors import DomainError

from .db import Database, sqlite_url
from .terminals import CentralError

DEFAULT_PORT = 8470
LISTENING = "desk-central listening on {url}"  # the one stdout line of `serve`, for scripts


def default_data_dir() -> Path:
    env = os.environ.get("DESK_CENTRAL_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("desk_central", appauthor=False))


def database_url(args: argparse.Namespace) -> str:
    url = args.database_url or os.environ.get("DESK_CENTRAL_DATABASE_URL")
    if url:
        return url
    return sqlite_url(Path(args.data_dir) if args.data_dir else default_data_dir())


_opened: list[Database] = []


def open_db(args: argparse.Namespace) -> Database:
    db = Database(database_url(args))
    _opened.append(db)
    db.migrate()
    return db


def say(text: str) -> None:
    print(text, flush=True)


# -- serve -------------------------------------------------------------------------------

def _is_loopback(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def _listen(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, addr = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        sock.listen(2048)
    except OSError as err:
        raise CentralError("bind", f"无法在 {host}:{port} 上监听：{err.strerror or err}") from None
    sock.set_inheritable(True)
    return sock


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        raise CentralError("tls", "启用 HTTPS 须同时指定 --certfile 和 --keyfile。")
    tls = bool(args.certfile)
    if not tls and not args.allow_insecure and not _is_loopback(args.host):
        raise CentralError("insecure", f"拒绝在非本机地址 {args.host} 上提供明文 HTTP：请用 --certfile/--keyfile "
                                       "启用 HTTPS（或仅在受控内网测试时加 --allow-insecure）。")
    app = create_app(database_url(args), admin_token=os.environ.get("DESK_CENTRAL_ADMIN_TOKEN") or None,
                     allow_insecure=args.allow_insecure)
    sock = _listen(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    url = f"{'https' if tls else 'http'}://{shown}:{port}"
    config = uvicorn.Config(app, ssl_certfile=args.certfile, ssl_keyfile=args.keyfile,
                            log_level=args.log_level, access_log=args.log_level == "debug",
                            timeout_keep_alive=30)

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if not self.should_exit:
                say(LISTENING.format(url=url))
                print(f"中心服务器已启动：{url}（按 Ctrl+C 停止）", file=sys.stderr, flush=True)

    try:
        Server(config).run(sockets=[sock])
    finally:
        sock.close()
    return 0


# -- terminals ---------------------------------------------------------------------------

def cmd_enroll_code(args: argparse.Namespace) -> int:
    from .terminals import create_enrollment_code

    code, expires, active = create_enrollment_code(open_db(args), args.office, args.terminal)
    say(f"登记码：{code}")
    say(f"单位 {args.office.upper()} 终端 {args.terminal.upper()}，只能使用一次，"
        f"有效期至 {expires:%Y-%m-%d %H:%M} UTC。")
    if active:
        say(f"注意：该终端编码已有 {active} 台在用终端；如是更换设备，请用 revoke 停用旧终端。")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from .terminals import revoke

    n = revoke(open_db(args), args.office, args.terminal)
    if not n:
        raise CentralError("not_found", f"没有找到在用的终端（单位 {args.office}，终端 {args.terminal}）。")
    say(f"已停用 {n} 台终端（单位 {args.office.upper()}，终端 {args.terminal.upper()}）；其上传将被拒绝。")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from .bundle import import_bundle_file

    done = import_bundle_file(open_db(args), Path(args.file), Path(args.ack_out) if args.ack_out else None)
    c, audit = done.counts, done.response.audit
    line = (f"已导入数据包（单位 {done.terminal.office_code} 终端 {done.terminal.terminal_code}）："
            f"新接收 {c.acked} 条，重复 {c.duplicate} 条，冲突 {c.conflict} 条；"
            f"审计日志已接收至第 {audit.accepted_through} 条")
    if audit.broken_at is not None:
        line += f"；第 {audit.broken_at} 条审计记录校验失败，已标记待核查"
    say(line + "。")
    if done.changes:
        say(f"回执中附带中心下发的更新 {done.changes} 条（目录、信用记录、节假日、账号等）。")
    say(f"回执文件：{done.ack_path}（请带回终端导入）")
    return 0


def cmd_admin_token(args: argparse.Namespace) -> int:
    from .terminals import set_admin_token

    given = None
    if args.set_env:
        given = os.environ.get(args.set_env)
        if not given:
            raise CentralError("no_token", f"环境变量 {args.set_env} 未设置或为空。")
    token = set_admin_token(open_db(args), given)
    say(f"管理令牌：{token}")
    say("请妥善保存（中心只保存其摘要，无法再次显示）；旧令牌已失效。")
    return 0


# -- the changes feed --------------------------------------------------------------------

def cmd_publish_catalog(args: argparse.Namespace) -> int:
    from .publish import publish_catalog

    new, same = publish_catalog(open_db(args), [Path(f) for f in args.files])
    say(f"已发布 {len(new)} 个事项版本" + (f"：{'、'.join(new)}" if new else "")
        + (f"；{len(same)} 个已发布且未变化" if same else "") + "。")
    return 0


def _report(appended: int, unchanged: int, what: str) -> int:
    say(f"已发布 {appended} 条{what}" + (f"，{unchanged} 条与已发布内容相同未重复发布" if unchanged else "") + "。")
    return 0


def cmd_add_credit(args: argparse.Namespace) -> int:
    from .publish import publish_credit

    record = {k: getattr(args, k) for k in ("uuid", "subject_id", "subject_name", "kind", "recorded_on",
                                            "repaired_on", "source", "note")}
    return _report(*publish_credit(open_db(args), [record]), "信用记录")


def cmd_import_credit(args: argparse.Namespace) -> int:
    from .publish import import_credit_file

    return _report(*import_credit_file(open_db(args), Path(args.file)), "信用记录")


def cmd_import_calendar(args: argparse.Namespace) -> int:
    from .publish import import_calendar_file

    return _report(*import_calendar_file(open_db(args), Path(args.file)), "年度日历")


def cmd_add_user(args: argparse.Namespace) -> int:
    from .publish import add_user

    n = add_user(open_db(args), username=args.username, role=args.role, password_env=args.password_env,
                 display_name=args.display_name or "", office=args.office)
    scope = f"单位 {args.office.upper()} 的终端" if args.office else "所有终端"
    say(f"已发布账号 {args.username}（{args.role}），{scope}同步后即可登录。" if n
        else f"账号 {args.username} 与已发布内容相同，未重复发布。")
    return 0


def cmd_catalog_publications(args: argparse.Namespace) -> int:
    from .catalog_intake import list_publications

    rows = list_publications(open_db(args), office=args.office, refused_only=args.refused)
    labels = {"published": "已发布", "unchanged": "未变", "refused": "已拒绝"}
    for r in rows:
        reason = f"  {r.reason}" if r.reason else ""
        say(f"{r.received_at:%Y-%m-%d %H:%M}  {r.office_code}  {r.key}  {labels.get(r.status, r.status)}"
            f"  {r.username}{reason}")
    if not rows:
        say("没有终端发布的目录版本。")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db")
    common.add_argument("--data-dir", help="folder of the SQLite database (default: platform data dir)")
    parser = argparse.ArgumentParser(prog="desk-central", description="告知承诺制数据中心")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, fn: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=fn)
        return p

    p = command("serve", cmd_serve, "运行中心服务器")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="0: any free port (printed on stdout)")
    p.add_argument("--certfile")
    p.add_argument("--keyfile")
    p.add_argument("--allow-insecure", action="store_true", help="plain HTTP on a non-loopback address")
    p.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    for name, fn, text in (("enroll-code", cmd_enroll_code, "生成一次性终端登记码（7天有效）"),
                           ("revoke", cmd_revoke, "停用终端")):
        p = command(name, fn, text)
        p.add_argument("--office", required=True)
        p.add_argument("--terminal", required=True)
    p = command("import-bundle", cmd_import_bundle, "导入终端的U盘数据包并生成回执")
    p.add_argument("file")
    p.add_argument("--ack-out", help="where to write the return bundle (default FILE.ack)")
    p = command("publish-catalog", cmd_publish_catalog, "发布目录事项（YAML 文件或文件夹）")
    p.add_argument("files", nargs="+")
    p = command("catalog-publications", cmd_catalog_publications, "列出终端管理员发布的目录版本及处理结果（供核查）")
    p.add_argument("--office")
    p.add_argument("--refused", action="store_true", help="只列出被拒绝的")
    p = command("add-credit-record", cmd_add_credit, "发布一条信用记录")
    p.add_argument("--subject-id", required=True)
    p.add_argument("--subject-name", required=True)
    p.add_argument("--kind", required=True, help="false_promise | serious_bad_credit | general_bad_credit")
    p.add_argument("--recorded-on", required=True)
    p.add_argument("--repaired-on")
    p.add_argument("--source", required=True)
    p.add_argument("--note", default="")
    p.add_argument("--uuid", help="to publish a new state (e.g. repaired) of an existing record")
    p = command("import-credit", cmd_import_credit, "从 JSON 文件发布信用记录")
    p.add_argument("file")
    p = command("import-calendar", cmd_import_calendar, "从 JSON 文件发布年度工作日历")
    p.add_argument("file")
    p = command("add-user", cmd_add_user, "发布终端账号")
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, help="clerk | verifier | admin | auditor")
    p.add_argument("--password-env", required=True, help="name of the environment variable holding the password")
    p.add_argument("--display-name")
    p.add_argument("--office", help="only for this office's terminals (default: all)")
    p = command("admin-token", cmd_admin_token, "生成（或设置）审计/管理令牌")
    p.add_argument("--set-env", help="take the token from this environment variable instead of generating one")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CentralError, DomainError) as err:
        print(f"错误：{getattr(err, 'message', None) or err}", file=sys.stderr)
    except OperationalError as err:
        print(f"错误：无法访问数据库（{str(err.orig).splitlines()[0] if err.orig else err}）", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    finally:
        while _opened:
            _opened.pop().dispose()
    return 1
