"""The import rules of ARCHITECTURE.md, read from the source with `ast` (nothing is run).

Imports go one way: records <- parse, tagger, timeline <- store <- pipeline <- cli and app.
No Textual outside the UI, no SQL outside `tui/store/`, no I/O in `tui/tagger/` and
`tui/timeline/`, and no circle of imports, lazy ones included (a circle hidden inside a
function is still a circle).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "tui"

# Each unit of the package (a top-level module or sub-package) and its layer. A module may
# import its own unit and units of a lower layer only.
LAYERS: dict[str, int] = {
    "records": 0,
    "errors": 0,
    "lifecycle": 1,
    "sanitize": 1,
    "tomllines": 1,
    "zones": 1,
    "profile": 2,
    "parse": 3,
    "tagger": 3,
    "timeline": 3,
    "rebuild_in_two": 4,  # a big rebuild in two processes (forks; above the pure timeline)
    "config": 3,
    "search_terms": 3,
    "store": 4,
    "pipeline": 5,
    "writer": 5,
    "download": 5,  # a response body read with a size cap (feeds and article pages)
    "fulltext": 6,
    "poller": 6,  # fetching only
    "polling": 7,  # the poll's loop: fetch (poller) -> parse -> tag -> store -> rebuild
    "export": 7,
    "evaluate": 8,
    "opml": 8,
    "messages": 9,
    "bindings": 9,
    "keys": 10,
    "context": 10,
    "widgets": 11,
    "dialogs": 12,
    "screens": 13,
    "app": 14,
    "cli_args": 14,
    "cli": 15,
    "__main__": 16,
}
UI_UNITS = {"app", "keys", "bindings", "context", "messages", "screens", "widgets", "dialogs"}
PURE_UNITS = {"tagger", "timeline"}
# Their command-line faces print and time things; the rules about I/O are for the core.
PURE_EXEMPT = {"tui/tagger/__main__.py", "tui/tagger/bench.py"}
IO_MODULES = {"os", "io", "pathlib", "sqlite3", "sqlite_utils", "httpx", "socket", "subprocess"}
SQL = re.compile(
    r"\b(?:SELECT\s.+\sFROM|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(?:TABLE|INDEX|VIEW|TRIGGER)|PRAGMA\s+\w+)\b",
    re.S,
)


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


@cache
def _imports(path: Path) -> tuple[tuple[str, int], ...]:
    """(module imported, line) for every import of a module of the package."""
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    return imports_of(path.read_text(encoding="utf-8"), package)


def imports_of(source: str, package: str) -> tuple[tuple[str, int], ...]:
    """(module imported, line) for every import outside `if TYPE_CHECKING:` blocks,
    lazy ones inside functions included."""
    tree = ast.parse(source)
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    target = ".".join([*base, child.module] if child.module else base)
                else:
                    target = child.module or ""
                found.append((target, child.lineno))
                # "from tui.store import feeds" imports a submodule
                found.extend((f"{target}.{alias.name}", child.lineno) for alias in child.names)
            visit(child)

    visit(tree)
    return tuple(found)


def _internal_imports(path: Path) -> list[tuple[str, int]]:
    known = {_module_name(p) for p in _sources()}
    return [(name, line) for name, line in _imports(path) if name in known]


def _rel(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_every_unit_has_a_layer() -> None:
    units = {_unit(_module_name(p)) for p in _sources()} - {"__init__"}
    assert units <= set(LAYERS), f"add these to LAYERS and ARCHITECTURE.md: {units - set(LAYERS)}"


def test_imports_go_one_way() -> None:
    broken = []
    for path in _sources():
        unit = _unit(_module_name(path))
        if unit == "__init__":
            continue
        for name, line in _internal_imports(path):
            other = _unit(name)
            if other in (unit, "__init__"):
                continue
            if LAYERS[other] >= LAYERS[unit]:
                broken.append(f"{_rel(path)}:{line} {unit} imports {other}")
    assert not broken, "imports against the layers:\n" + "\n".join(broken)


def test_no_import_circle() -> None:
    graph = {_module_name(p): {n for n, _ in _internal_imports(p)} for p in _sources()}
    # a package's __init__ re-exporting its modules is not a circle with them
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not name.startswith(t + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (circle := walk(nxt)):
                return circle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (circle := walk(node)):
            pytest.fail("import circle: " + " -> ".join(circle))


def test_textual_only_in_the_ui() -> None:
    found = [
        f"{_rel(p)}:{line}"
        for p in _sources()
        if _unit(_module_name(p)) not in UI_UNITS
        for name, line in _imports(p)
        if name.split(".")[0] == "textual"
    ]
    assert not found, "Textual outside the UI: " + ", ".join(found)


def test_sql_only_in_the_store() -> None:
    found = []
    for path in _sources():
        if _unit(_module_name(path)) == "store":
            continue
        found += [
            f"{_rel(path)}:{line} imports {name}"
            for name, line in _imports(path)
            if name.split(".")[0] in {"sqlite3", "sqlite_utils"}
        ]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL.search(node.value)
            ):
                found.append(f"{_rel(path)}:{node.lineno} SQL text")
    assert not found, "SQL outside tui/store/: " + ", ".join(found)


def test_no_io_in_the_pure_core() -> None:
    found = []
    for path in _sources():
        if _unit(_module_name(path)) not in PURE_UNITS or _rel(path) in PURE_EXEMPT:
            continue
        found += [
            f"{_rel(path)}:{line} imports {name}"
            for name, line in _imports(path)
            if name.split(".")[0] in IO_MODULES
        ]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"open", "print"}:
                found.append(f"{_rel(path)}:{node.lineno} calls {node.func.id}")  # type: ignore[attr-defined]
    assert not found, "I/O in the pure core: " + ", ".join(found)


def test_the_reader_sees_lazy_and_relative_imports_but_not_type_checking_ones() -> None:
    """The checker itself: what the rules above rely on is found (so they can fail)."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import grammar\n"
        "if TYPE_CHECKING:\n"
        "    from tui.store import Store\n"
        "def f():\n"
        "    from tui.profile import load_profile\n"
    )
    names = {name for name, _ in imports_of(source, "tui.tagger")}
    assert "tui.tagger.grammar" in names
    assert "tui.profile" in names
    assert "tui.store" not in names
