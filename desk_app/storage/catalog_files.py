"""Reading catalog files in the forms/ format (YAML, one item version per file)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from desk_app.config import forms_dir
from desk_app.domain.catalog import Catalog, ProofItem
from desk_app.domain.errors import CatalogError


def _schema() -> dict[str, Any]:
    return json.loads((forms_dir() / "catalog.schema.json").read_text(encoding="utf-8"))


def _jsonable(value: Any) -> Any:
    # YAML turns 2021-06-01 into a date; the schema speaks JSON.
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def read_item_file(path: Path, validator: jsonschema.Validator | None = None) -> ProofItem:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise CatalogError(f"文件 {path.name} {where}不是有效的 YAML：{getattr(err, 'problem', err)}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogError(f"无法读取文件 {path.name}：{err}") from None
    if not isinstance(raw, dict):
        raise CatalogError(f"文件 {path.name} 应为一个证明事项（键值对）")
    code = str(raw.get("code") or path.stem)
    validator = validator or jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(_jsonable(raw)), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        field = ".".join(str(p) for p in first.path)
        if first.validator == "required":
            missing = first.message.split("'")[1] if "'" in first.message else first.message
            field = f"{field}.{missing}" if field else missing
            raise CatalogError("缺少必填内容", item=code, field=field)
        if first.validator == "additionalProperties":
            allowed = first.schema.get("properties", {}) if isinstance(first.schema, dict) else {}
            extra = sorted(k for k in first.instance if k not in allowed) if isinstance(first.instance, dict) else []
            if extra:
                field = f"{field}.{extra[0]}" if field else str(extra[0])
            raise CatalogError("有未定义的字段（拼写错误或格式不支持）", item=code, field=field or None)
        raise CatalogError(f"内容不符合目录格式（{first.message}）", item=code, field=field or None)
    return ProofItem.from_dict(raw)


def read_catalog(paths: Iterable[Path]) -> Catalog:
    """Read and check files; refuses the whole set on the first invalid item."""
    validator = jsonschema.Draft202012Validator(_schema())
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    if not files:
        raise CatalogError("没有找到目录文件（*.yaml）")
    return Catalog.build(read_item_file(f, validator) for f in files)
