"""The package's layout: imports follow the flow load -> nlp -> analyse -> resolve -> render,
form no cycle (imports inside functions included), and only the command line speaks of
options or exits."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import eventline

PACKAGE = Path(eventline.__file__).parent

MAY_IMPORT = {
    "models": set(),
    "errors": set(),
    "load": {"models", "errors"},
    "nlp": {"models", "errors"},
    "lexicon": {"models"},
    "analyse": {"models", "errors", "load", "nlp", "lexicon"},
    "resolve": {"models", "errors", "lexicon"},
    "diff": {"models", "errors"},
    "render": {"models", "errors", "lexicon", "diff"},
    "run": {"models", "errors", "load", "nlp", "lexicon", "analyse"},
    "api": {"models", "errors", "load", "nlp", "lexicon", "analyse", "resolve", "render", "run"},
    "cli": {"models", "errors", "load", "resolve", "render", "run", "api", "diff"},
}
"""Top-level part -> the other parts it may import (`eventline` itself, for the version,
is open to all)."""

NO_SPACY = {"models", "errors", "load", "lexicon", "resolve", "diff", "render"}
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def runtime_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: inside functions too, not under TYPE_CHECKING."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in skipped
    ]


def imported_names(tree: ast.Module) -> set[str]:
    """Every module a file imports (`from a import b` counts `a.b` when that is a module)."""
    found = set()
    for node in runtime_imports(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if is_module(full) else node.module)
    return found


def imported_modules(tree: ast.Module) -> set[str]:
    """The eventline modules a file imports."""
    return {name for name in imported_names(tree) if name.startswith("eventline.")}


def sources() -> dict[str, ast.Module]:
    return {
        module_name(path): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def part(module: str) -> str:
    return module.split(".")[1]


def test_every_module_belongs_to_a_part_of_the_flow():
    strays = [m for m in sources() if m != "eventline" and part(m) not in {*MAY_IMPORT, "__main__"}]
    assert not strays, f"modules outside the layout: {strays}"


def test_imports_follow_the_flow():
    upward = [
        f"{module} imports {target}"
        for module, tree in sources().items()
        if module != "eventline" and part(module) in MAY_IMPORT
        for target in imported_modules(tree)
        if part(target) != part(module) and part(target) not in MAY_IMPORT[part(module)]
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles():
    graph = {module: imported_modules(tree) for module, tree in sources().items()}
    cycles, state = [], {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)


def test_only_the_command_line_knows_options_and_exits():
    offences = []
    for module, tree in sources().items():
        if module in {"eventline", "eventline.__main__"} or part(module) == "cli":
            continue
        docstrings = {  # and attribute docstrings: any bare string statement
            id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                if any(n.split(".")[0] == "click" for n in names):
                    offences.append(f"{module} imports click")
            elif isinstance(node, ast.Attribute) and ast.unparse(node) == "sys.exit":
                offences.append(f"{module} exits")
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and OPTION.search(node.value)
            ):
                offences.append(f"{module} says {OPTION.search(node.value).group(0)}")
    assert not offences, "\n".join(offences)


def test_loading_resolving_and_rendering_need_no_spacy():
    users = [
        module
        for module, tree in sources().items()
        if module != "eventline"
        and part(module) in NO_SPACY
        and any(name.split(".")[0] == "spacy" for name in imported_names(tree))
    ]
    assert not users, users
