"""`desk-app catalog import FILE.xlsx | export FILE.xlsx | publish`: catalog administration headless.

Exit codes: 0 done; 1 done but some rows were refused (listed); 2 the file was refused and
nothing changed (the message says why).
"""

from __future__ import annotations

import argparse

from desk_app.domain.catalog_sheet import ChangeKind, ImportPlan
from desk_app.domain.errors import CatalogError
from desk_app.services import catalog_admin
from desk_app.services.context import AppContext

EXIT_ROWS_REFUSED = 1
DEFAULT_REASON = "按司法行政部门公布的目录清单调整"


def print_plan(plan: ImportPlan) -> None:
    print(f"生效日期 {plan.effective_from.isoformat()}：新增 {plan.count(ChangeKind.NEW)} 项，"
          f"调整 {plan.count(ChangeKind.CHANGED)} 项，停用 {plan.count(ChangeKind.RETIRED)} 项，"
          f"未变 {len(plan.unchanged)} 项，拒绝 {len(plan.problems)} 行。")
    for c in plan.changes:
        where = f"（第 {c.row} 行）" if c.row else ""
        print(f"  {c.kind.label} {c.after.code} v{c.after.version} {c.after.matter} — {c.after.proof_item}{where}")
        for d in c.diffs:
            print(f"      {d.column}：{_short(d.old)} → {_short(d.new)}")
    if plan.problems:
        print("被拒绝的行：")
        for p in plan.problems:
            print(f"  {p}")


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " / ")
    return text if len(text) <= limit else text[:limit] + "…"


def catalog_admin_command(ctx: AppContext, args: argparse.Namespace) -> int:
    today = ctx.clock().date()
    if args.action == "export":
        n = catalog_admin.export_catalog(ctx, args.file, args.day or today)
        print(f"已导出 {n} 个现行事项到 {args.file}。")
        return 0
    if args.action == "publish":
        labels = catalog_admin.publish_catalog(ctx)
        if not labels:
            print("没有需要发布的目录版本。")
            return 0
        print(f"已排入发送队列 {len(labels)} 个目录版本（运行 desk-app sync 或等待自动同步发送到中心）：")
        for label in labels:
            print(f"  {label}")
        return 0
    if len(args.files) != 1:
        raise CatalogError("一次只能导入一个 Excel 清单")
    path = args.files[0]
    plan = catalog_admin.preview_import(ctx, path, args.effective_from or today, retire_missing=not args.keep_missing)
    print_plan(plan)
    code = EXIT_ROWS_REFUSED if plan.problems else 0
    if args.dry_run:
        print("（试运行：未导入任何内容）")
        return code
    labels = catalog_admin.apply_import(ctx, plan, reason=args.reason or DEFAULT_REASON,
                                        filed_on=args.filed_on, source=path.name)
    print(f"已导入 {len(labels)} 个事项版本。")
    return code
