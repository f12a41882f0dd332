"""The admin command line (same entry point as the GUI).

Every error is one line in Chinese on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desk_app.config import default_data_dir
from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import DomainError

EXIT_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desk-app", description="证明事项告知承诺制 窗口受理终端")
    p.add_argument("--data-dir", type=Path, default=None, help="数据目录（默认：用户数据目录）")
    sub = p.add_subparsers(dest="command")

    cat = sub.add_parser("catalog", help="目录清单").add_subparsers(dest="action", required=True)
    ls = cat.add_parser("list", help="列出当前有效的证明事项")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--all-versions", action="store_true")
    imp = cat.add_parser("import", help="导入目录：司法行政部门公布的 Excel 清单（.xlsx），或 forms/ 格式的 YAML 文件")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="只显示将发生的变化和被拒绝的行，不导入")
    imp.add_argument("--effective-from", type=date.fromisoformat, default=None,
                     help="Excel 清单的生效日期 YYYY-MM-DD（默认今天）")
    imp.add_argument("--reason", default=None, help="调整原因（默认：按公布的目录清单调整）")
    imp.add_argument("--filed-on", type=date.fromisoformat, default=None, help="向司法行政部门备案的日期 YYYY-MM-DD")
    imp.add_argument("--keep-missing", action="store_true", help="清单只是部分事项：不停用清单中没有的事项")
    cex = cat.add_parser("export", help="把现行目录导出为 Excel 清单（与公布的清单同一格式）")
    cex.add_argument("file", type=Path)
    cex.add_argument("--day", type=date.fromisoformat, default=None, help="导出该日有效的事项（默认今天）")
    cat.add_parser("publish", help="把本终端调整的目录版本发布到中心（下次同步时发送，各终端随后拉取）")

    case = sub.add_parser("case", help="案件").add_subparsers(dest="action", required=True)
    cl = case.add_parser("list", help="列出案件（姓名、证件号码已脱敏）")
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--limit", type=int, default=None)

    tasks = sub.add_parser("tasks", help="核查任务").add_subparsers(dest="action", required=True)
    tl = tasks.add_parser("list", help="列出待核查任务（逾期在前；申请人已脱敏）")
    tl.add_argument("--overdue", action="store_true", help="只列出已逾期的任务")
    tl.add_argument("--json", action="store_true")

    let = sub.add_parser("letter", help="告知承诺书").add_subparsers(dest="action", required=True)
    ex = let.add_parser("export", help="导出案件存档的告知承诺书 PDF（一式两份）")
    ex.add_argument("case_no")
    ex.add_argument("--out", type=Path, required=True)
    bl = let.add_parser("blank", help="导出事项的空白格式文本 PDF")
    bl.add_argument("item_code")
    bl.add_argument("--out", type=Path, required=True)
    vf = let.add_parser("verify", help="核对告知承诺书 PDF 或二维码内容是否与存档一致")
    vf.add_argument("file_or_code", help="PDF 文件，或扫描二维码得到的文本")
    rp = let.add_parser("reprint", help="补打：生成标注“补打”的文书（须写明原因）")
    rp.add_argument("case_no")
    rp.add_argument("--reason", required=True)
    rp.add_argument("--out", type=Path, required=True)

    dev = sub.add_parser("device", help="窗口设备").add_subparsers(dest="action", required=True)
    idr = dev.add_parser("id-reader", help="查看或设置身份证阅读器插件（simulated、入口点名称或 module:Class；空字符串为不用）")
    idr.add_argument("choice", nargs="?", help="省略则列出可用的读卡器插件")

    ver = sub.add_parser("verify", help="核验审计链、全部存档文书与案件；或核验一个告知承诺书 PDF")
    ver.add_argument("file", nargs="?", type=Path, help="要核验的 PDF（省略则核验整个数据目录）")

    demo = sub.add_parser("demo", help="培训演示数据").add_subparsers(dest="action", required=True)
    seed = demo.add_parser("seed", help="生成演示案件（数据目录将标记为培训数据，永不同步）")
    seed.add_argument("--cases", type=int, required=True)
    seed.add_argument("--seed", type=int, default=2021)

    enr = sub.add_parser("enroll", help="用中心给出的一次性登记码把本终端登记到中心")
    enr.add_argument("url", help="中心地址，如 https://central.example.cn")
    enr.add_argument("code", help="一次性登记码")
    enr.add_argument("--ca-file", default=None, help="中心 HTTPS 证书的 CA 文件（PEM，可选）")
    enr.add_argument("--allow-http", action="store_true", help="允许使用未加密的 http:// 地址（仅限可信内网）")
    syn = sub.add_parser("sync", help="与中心同步一次：发送待同步记录，接收中心更新")
    syn.add_argument("--once", action="store_true", help="同步一次后退出（默认即如此）")
    exb = sub.add_parser("export-bundle", help="导出 U 盘数据包（全部未确认的记录，已加密）")
    exb.add_argument("dir", type=Path)
    ack = sub.add_parser("import-ack", help="导入中心的回执数据包，标记已被中心确认的记录")
    ack.add_argument("file", type=Path)

    bak = sub.add_parser("backup", help="立即备份数据库（已加密；旁附密钥文件 .key.json，恢复时需同一数据加密口令）")
    bak.add_argument("dest", nargs="?", type=Path, default=None,
                     help="备份到的文件夹（如 U 盘）或文件名（默认：设置中的备份位置）")
    res = sub.add_parser("restore", help="从备份恢复数据库：先核验备份，被替换的数据库改名保留（请先关闭本程序）")
    res.add_argument("src", type=Path, help="备份文件（同一文件夹中应有它的 .key.json）")

    st = sub.add_parser("selftest")  # hidden: the installer's smoke test (packaging/README)
    st.add_argument("--data", type=Path, required=True, help="演示数据目录（空目录则先生成演示数据）")
    st.add_argument("--out", type=Path, required=True, help="导出的告知承诺书 PDF")
    st.add_argument("--cases", type=int, default=3)
    st.add_argument("--no-gui", action="store_true", help="不检查 Qt 界面部分")
    setup = sub.add_parser("setup", help="无界面完成首次设置（供运维脚本使用）")
    setup.add_argument("--office-name", required=True)
    setup.add_argument("--office-code", required=True)
    setup.add_argument("--window-phone", required=True)
    setup.add_argument("--terminal-code", required=True)
    setup.add_argument("--admin-user", required=True)
    setup.add_argument("--admin-name", required=True)
    setup.add_argument("--seal", type=Path, default=None, help="电子印章图片（PNG，可选；不设置则留空盖实体章）")
    setup.add_argument(
        "--admin-password-env", default="DESK_APP_ADMIN_PASSWORD",
        help="从该环境变量读取管理员密码（未设置时交互输入）",
    )
    return p


def _console_actor(ctx) -> Actor:  # type: ignore[no-untyped-def]
    """The operator at the console of this PC acts as an administrator; audited by OS user."""
    office = ctx.office
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some service accounts
        user = "unknown"
    return Actor(f"console:{user}", Role.ADMIN, office.code, office.terminal_code)


def run(argv: list[str], gui: Callable[[Path], int] | None = None,
        selftest_gui: Callable[[object, Path], list[str]] | None = None) -> int:
    """Run a sub-command; with none, hand the data directory to ``gui`` (the Qt launcher).

    ``selftest_gui`` (context, PDF) checks the Qt side for ``selftest`` and returns problems.
    """
    args = _parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if args.command is None:
        if gui is None:
            _parser().print_help()
            return EXIT_ERROR
        return gui(data_dir)
    try:
        if args.command == "selftest":
            return _selftest(args, None if args.no_gui else selftest_gui)
        return _dispatch(args, data_dir)
    except DomainError as err:
        print(f"错误：{err}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as err:
        print(f"错误：无法访问文件或目录（{err.strerror or err}：{err.filename or ''}）", file=sys.stderr)
        return EXIT_ERROR


def _dispatch(args: argparse.Namespace, data_dir: Path) -> int:
    from desk_app.services.context import AppContext

    if args.command == "restore":  # the current database may be unreadable: no context first
        return _restore(data_dir, args)
    ctx = AppContext.open(data_dir)
    try:
        if args.command == "setup":
            return _setup(ctx, args)
        if args.command == "demo":
            from desk_app.services.demo import ensure_demo_office

            ensure_demo_office(ctx)
        ctx.actor = _console_actor(ctx)
        if args.command == "backup":
            return _backup(ctx, args)
        if args.command == "catalog":
            return _catalog(ctx, args)
        if args.command == "case":
            return _case(ctx, args)
        if args.command == "tasks":
            return _tasks(ctx, args)
        if args.command == "letter":
            return _letter(ctx, args)
        if args.command == "verify":
            return _verify(ctx, args)
        if args.command == "device":
            return _device(ctx, args)
        if args.command in ("enroll", "sync", "export-bundle", "import-ack"):
            return _sync(ctx, args)
        if args.command == "demo":
            from desk_app.services.demo import seed_demo

            report = seed_demo(ctx, args.cases, seed=args.seed)
            print(f"已生成 {report.cases} 件演示案件（其中转为提交证明 {report.certificate} 件，"
                  f"信用记录 {report.credit_records} 条）。本数据目录为培训数据，不会同步。")
            return 0
    finally:
        ctx.close()
    return 0


def _selftest(args: argparse.Namespace, gui_check) -> int:  # type: ignore[no-untyped-def]
    """Smoke test of an installed build: demo data, a letter exported to PDF and verified,
    the integrity check, then (with ``gui_check``) the Qt side. Exit 0 when all passed."""
    from desk_app.services import integrity, letters
    from desk_app.services.cases import list_cases
    from desk_app.services.context import AppContext
    from desk_app.services.demo import ensure_demo_office, seed_demo

    problems: list[str] = []
    ctx = AppContext.open(args.data)
    try:
        ensure_demo_office(ctx)
        if not ctx.office.training:
            raise DomainError("自检只能使用空目录或演示（培训）数据目录，不能在真实数据上运行。")
        ctx.actor = _console_actor(ctx)
        if not list_cases(ctx, limit=1):
            seed_demo(ctx, args.cases)
        with_letter = [c for c in list_cases(ctx) if c.path == "promise"]
        if not with_letter:
            problems.append("演示数据中没有带告知承诺书的案件")
        else:
            case_no = with_letter[0].case_no
            letters.export_letter(ctx, case_no, args.out.write_bytes)
            check = letters.verify_pdf(ctx, args.out.read_bytes())
            print(f"告知承诺书 {case_no} 已导出到 {args.out}（{args.out.stat().st_size} 字节）：{check.message}")
            if not check.ok:
                problems.append(f"导出的文书核对不一致：{check.message}")
        report = integrity.verify_store(ctx)
        print(f"核验：审计记录 {report.audit_entries} 条，案件 {report.cases} 件，文书 {report.letters} 份。")
        problems += [f.message for f in report.findings]
        if gui_check is not None and not problems:
            problems += gui_check(ctx, args.out)
    finally:
        ctx.close()
    for p in problems:
        print(f"自检失败：{p}", file=sys.stderr)
    if not problems:
        print("自检通过。")
    return 1 if problems else 0


def _tasks(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.domain.verification import Bucket
    from desk_app.services.verification import task_queue

    found = [t for t in task_queue(ctx) if not args.overdue or t.bucket is Bucket.OVERDUE]
    if args.json:
        print(json.dumps([t.to_json() for t in found], ensure_ascii=False, indent=1))
        return 0
    for t in found:
        due = t.due_on.isoformat() if t.due_on else "—"
        print(f"{t.bucket.label}\t{due}\t{t.case_no}\t{t.item_code} {t.proof_item}\t{t.method.label}\t{t.name_masked}")
        if t.calendar_warning:
            print(f"\t注意：{t.calendar_warning}")
    print(f"共 {len(found)} 件。")
    return 0


def _backup(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services.backup import backup_now

    made = backup_now(ctx, args.dest)
    print(f"已备份到 {made}（已加密；密钥文件 {made.name}.key.json 在同一文件夹，恢复时需要数据加密口令）。")
    return 0


def _restore(data_dir: Path, args: argparse.Namespace) -> int:
    from desk_app.services.backup import restore

    report = restore(data_dir, args.src, actor=_console_actor)
    kept = f"原数据库已改名保留为 {report.kept_aside.name}。" if report.kept_aside else ""
    print(f"已从 {report.source} 恢复（备份已核验：加密校验、完整性、审计链）。{kept}")
    return 0


def _setup(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services.accounts import first_run_setup

    password = os.environ.get(args.admin_password_env) or getpass.getpass("管理员密码：")
    first_run_setup(
        ctx, office_name=args.office_name, office_code=args.office_code, window_phone=args.window_phone,
        terminal_code=args.terminal_code, admin_username=args.admin_user,
        admin_display_name=args.admin_name, admin_password=password,
        seal_png=args.seal.read_bytes() if args.seal else None,
    )
    print("初始设置已完成。")
    return 0


def _catalog(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services.catalog import import_catalog_files, load_catalog

    if args.action in ("export", "publish") or (
            args.action == "import" and any(f.suffix.lower() in (".xlsx", ".xlsm", ".xls") for f in args.files)):
        from desk_app.cli_catalog import catalog_admin_command

        return catalog_admin_command(ctx, args)
    if args.action == "import":
        result = import_catalog_files(ctx, args.files)
        print(f"新增 {len(result.added)} 个事项版本，{len(result.unchanged)} 个未变。")
        for label in result.added:
            print(f"  + {label}")
        return 0
    catalog = load_catalog(ctx)
    items = (
        sorted(catalog.items.values(), key=lambda i: i.key) if args.all_versions
        else catalog.current(ctx.clock().date())
    )
    if args.json:
        rows = [
            {"code": i.code, "version": i.version, "matter": i.matter, "proof_item": i.proof_item,
             "domain": i.domain, "effective_from": i.effective_from.isoformat(),
             "effective_to": i.effective_to.isoformat() if i.effective_to else None}
            for i in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for i in items:
            print(f"{i.code}  v{i.version}  {i.domain}  {i.matter} — {i.proof_item}")
    return 0


def _case(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services.cases import list_cases

    cases = list_cases(ctx, limit=args.limit)
    if args.json:
        print(json.dumps([c.to_json() for c in cases], ensure_ascii=False, indent=2))
    else:
        for c in cases:
            print(f"{c.case_no}  {c.item_code}  {c.state.label}  {c.created_at:%Y-%m-%d %H:%M}  {c.name_masked}")
    return 0


def _letter(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services import letters

    if args.action == "verify":
        target = Path(args.file_or_code)
        if target.suffix.lower() == ".pdf" or target.exists():
            result = letters.verify_pdf(ctx, target.read_bytes())
        else:
            result = letters.verify_code(ctx, args.file_or_code)
        print(("一致：" if result.ok else "不一致：") + result.message, file=sys.stdout if result.ok else sys.stderr)
        return 0 if result.ok else 1
    if args.action == "export":
        letters.export_letter(ctx, args.case_no, args.out.write_bytes)
        print(f"已写入 {args.out}")
        return 0
    if args.action == "reprint":
        pdf = letters.reprint(ctx, args.case_no, args.reason)
    else:
        pdf = letters.blank_letter(ctx, args.item_code)
    args.out.write_bytes(pdf)
    print(f"已写入 {args.out}")
    return 0


def _device(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services import id_card

    if args.choice is None:
        for name in id_card.available_readers():
            print(name)
        return 0
    id_card.set_reader(ctx, args.choice)
    reader = id_card.configured_reader(ctx)  # refuses a plugin that cannot be found or loaded
    print(f"身份证阅读器：{reader.label if reader else '不使用'}")
    return 0


def _sync(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """Exit codes of ``sync``: 0 everything acknowledged, 1 something still waiting or in
    conflict, 2 the run failed (network, credentials, a change central sent)."""
    from desk_app.services import sync

    if args.command == "enroll":
        done = sync.enroll(ctx, args.url, args.code, ca_file=args.ca_file, allow_insecure_http=args.allow_http)
        print(f"已登记到中心：{done.url}（终端标识 {done.terminal_id}，{done.office_code} 单位终端 {done.terminal_code}）。")
        return 0
    if args.command == "export-bundle":
        path = sync.export_bundle(ctx, args.dir)
        print(f"已导出数据包：{path}\n请交中心导入，再用 desk-app import-ack 导入中心的回执。")
        return 0
    if args.command == "import-ack":
        got = sync.import_ack(ctx, args.file)
        print(f"回执已导入：确认 {got.acked + got.duplicates} 条，冲突 {got.conflicts} 条，"
              f"已标记过或不属于本终端 {got.unmatched} 条。")
        if got.changes:
            print(f"已应用中心下发的更新 {got.changes} 条（目录、信用记录、节假日、账号等）。")
        if got.more_changes:
            print("中心还有更多更新，将随下一次数据包的回执带回。")
        return 0
    result = sync.sync_once(ctx)
    print(result.summary(), file=sys.stdout if result.ok else sys.stderr)
    for line in result.conflict_details:
        print(f"  冲突：{line}", file=sys.stderr)
    if not result.ok:
        return EXIT_ERROR
    return 0 if result.all_acknowledged else 1


def _verify(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desk_app.services import integrity

    if args.file is not None:
        result = integrity.verify_file(ctx, args.file.read_bytes())
        print(("一致：" if result.ok else "不一致：") + result.message, file=sys.stdout if result.ok else sys.stderr)
        return 0 if result.ok else 1
    report = integrity.verify_store(ctx)
    print(f"审计记录 {report.audit_entries} 条，案件 {report.cases} 件，存档文书 {report.letters} 份。")
    if report.ok:
        print("核验通过：审计链完整，文书与案件均未被改动。")
        return 0
    first = report.findings[0]
    print(f"核验失败：{first.message}", file=sys.stderr)
    for finding in report.findings[1:]:
        print(f"  另：{finding.message}", file=sys.stderr)
    return 1
