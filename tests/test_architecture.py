"""The house rules, checked so that they stay true: layers point one way, no import
cycle, the CLI is imported by nobody below it, small functions and files."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("detectors", "inventory", "reports", "scanner")
ALLOWED = {  # top-level folder -> the folders of ours it may import
    "detectors": set(),
    "inventory": {"detectors"},
    "reports": {"inventory", "detectors"},
    "scanner": {"detectors", "inventory", "reports"},
}
MAX_FUNCTION_LINES, MAX_FILE_LINES = 50, 300


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for package in PACKAGES for p in (REPO / package).rglob("*.py")}


def _imports(name: str) -> set[str]:
    """Modules of ours that a module imports, at the top or inside a function."""
    path = MODULES[name]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package of this module
                package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                base = ".".join([*package.split(".")[:len(package.split(".")) - node.level + 1], *filter(None, [base])])
            found |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names}
    return {module for module in found if module in MODULES}


GRAPH = {name: _imports(name) for name in MODULES}


def _cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), or a module importing itself."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in GRAPH[node]:
                found.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read():
    assert len(MODULES) > 100 and "scanner.cli" in GRAPH["scanner.cli.__main__"] | {"scanner.cli"}
    assert "inventory.store" in GRAPH["inventory"] and "reports.catalogue" in GRAPH["reports.terminal"]


def test_no_import_cycle():
    assert _cycles() == []


def test_layers_point_one_way():
    wrong = [(name, target) for name, targets in GRAPH.items() for target in targets
             if target.split(".")[0] != name.split(".")[0]
             and target.split(".")[0] not in ALLOWED[name.split(".")[0]]]
    assert wrong == []


def test_nothing_outside_the_cli_imports_it():
    assert [(name, target) for name, targets in GRAPH.items() for target in targets
            if target.startswith("scanner.cli") and not name.startswith("scanner.cli")] == []


def test_functions_and_files_stay_small():
    long_files, long_functions = [], []
    for name, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > MAX_FILE_LINES:
            long_files.append(name)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                    node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES:
                long_functions.append(f"{name}.{node.name}")
    assert long_files == [] and long_functions == []
