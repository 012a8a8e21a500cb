"""Reading the interface translations (.ts) and the code's translatable strings."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
LANGUAGES = ("en", "es")

# What a translator must carry over unchanged: {name} fields, %n / %1 / %s, tags, entities.
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}|%[n0-9s]|</?[a-z]+[^>]*>|&[a-z]+;")
_MNEMONIC = re.compile(r"&(?![a-z]+;)(?=\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    translations: tuple[str, ...]
    unfinished: bool
    obsolete: bool


def ts_path(lang: str) -> Path:
    return TS_DIR / f"cartapp_{lang}.ts"


@lru_cache(maxsize=8)
def read_ts(path: Path) -> list[Message]:
    found = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            plural = msg.get("numerus") == "yes"
            texts = (
                tuple(f.text or "" for f in tr.findall("numerusform"))
                if plural
                else (tr.text or "",)
            )
            kind = tr.get("type", "")
            found.append(
                Message(
                    name,
                    msg.findtext("source") or "",
                    plural,
                    texts,
                    unfinished=kind == "unfinished",
                    obsolete=kind in ("obsolete", "vanished"),
                )
            )
    return found


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(text))


@dataclass(frozen=True)
class Call:
    context: str
    source: str
    where: str


class _Finder(ast.NodeVisitor):
    """Every translatable literal in the code, with the context Qt will look it up in;
    and every call whose context Qt could not know (another object's tr(), a bare tr())."""

    def __init__(self, path: Path) -> None:
        self.path, self.classes = path, []
        self.params: list[set[str]] = []
        self.calls: list[Call] = []
        self.wrong: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.params.append({a.arg for a in node.args.args + node.args.kwonlyargs})
        self.generic_visit(node)
        self.params.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    @staticmethod
    def _is_translate(func: ast.expr) -> bool:
        """translate(...), QCoreApplication.translate(...) or QT_TRANSLATE_NOOP(...); a
        painter's or a path's translate() moves things and is not ours."""
        if isinstance(func, ast.Name):
            return func.id in ("translate", "QT_TRANSLATE_NOOP")
        return (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        )

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        literal = [
            a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
            for a in args
        ]
        name = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        if name == "tr" and args:
            owner = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                if literal[0] is not None:
                    self.calls.append(Call(self.classes[-1], literal[0], self._where(node)))
            elif literal[0] is not None:
                self.wrong.append(f"{self._where(node)}: tr() not on self: {literal[0]!r}")
        elif self._is_translate(func) and len(args) >= 2:
            if literal[0] is None:
                self.wrong.append(
                    f"{self._where(node)}: {name}() with a context that is not a literal"
                )
            elif literal[1] is not None:
                self.calls.append(Call(literal[0], literal[1], self._where(node)))
            elif isinstance(args[1], ast.Name) and self.params and args[1].id in self.params[-1]:
                # A helper that translates whatever it is given hides its words from
                # lupdate: they are never extracted, so never translated.
                self.wrong.append(f"{self._where(node)}: a translating helper hides its words")
        self.generic_visit(node)


@lru_cache(maxsize=1)
def code_strings() -> tuple[list[Call], list[str]]:
    calls, wrong = [], []
    for path in sorted((ROOT / "cartapp").rglob("*.py")):
        finder = _Finder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        calls += finder.calls
        wrong += finder.wrong
    return calls, wrong
