"""AST scan of desk_app/ui for user-visible Chinese/Tibetan literals outside tr()/translate()."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[2] / "desk_app" / "ui"
CJK = re.compile(r"[\u3400-\u9fff\u0f00-\u0fff]")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "tr_domain"}


def _func_name(call: ast.Call) -> str:
    f = call.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def bare_literals(root: Path = UI_DIR) -> list[tuple[str, int, str]]:
    """(file relative to ui/, line, text) of every CJK string literal not passed to a translating call."""
    found: list[tuple[str, int, str]] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents: dict[ast.AST, ast.AST] = {}
        docstrings: set[ast.AST] = set()
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                body = node.body
                if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                    docstrings.add(body[0].value)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
                continue
            if node in docstrings:
                continue
            parent = parents.get(node)
            if isinstance(parent, ast.JoinedStr):  # a piece of an f-string: judge the f-string
                parent = parents.get(parent)
            if isinstance(parent, ast.Call) and _func_name(parent) in TRANSLATING:
                continue
            found.append((str(path.relative_to(root)), node.lineno, node.value))
    return found


if __name__ == "__main__":
    for f, line, text in bare_literals():
        print(f"{f}:{line}: {text!r}")



def translated_literals(root: Path = UI_DIR) -> set[tuple[str, str]]:
    """(context, source) of every literal passed to ``self.tr()`` in a class or to ``translate()``."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            name, args = _func_name(node), node.args
            if name == "tr" and cls and args and isinstance(args[0], ast.Constant):
                found.add((cls, args[0].value))
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(
                    isinstance(a, ast.Constant) for a in args[:2]):
                found.add((args[0].value, args[1].value))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    for path in sorted(root.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found
