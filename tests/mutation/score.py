"""The mutation score of the last ``make mutants`` run, and where the survivors are.

``score.py names PATH...`` turns files or folders under cartapp/ into mutmut's mutant
name patterns (for ``mutmut run``); ``score.py sample N SEED [PATH...]`` draws N mutants
at random (the same N for the same seed and code) from every mutant of those paths and
lists them in mutants/sample.txt, one name a line, for ``mutmut run``;
``score.py [PATH...]`` reads mutmut's results in ``mutants/`` and prints killed / total,
the percentage with its 95 % confidence interval (Wilson; it matters for a sample), the
same per folder, and one line per surviving mutant: file:line, mutant name and the
changed line. Only the given paths are counted (all of model/ and pdf/ when none are
given); after a sample, only the sampled mutants.

Equivalent mutants (no input can tell them from the code) are listed in EQUIVALENT
(equivalents.py) with the reason, or found by rule (a mutant that only renames a text style or
widens a spacer); they are printed apart and still counted in the total.
"""

from __future__ import annotations

import ast
import copy
import json
import math
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import chdir
from fnmatch import fnmatch
from pathlib import Path

# Run as a script, so this folder is on the path: the equivalent mutants, listed by name.
from equivalents import _STYLE_NAME, EQUIVALENT

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = ROOT / "mutants"
SAMPLE = MUTANTS / "sample.txt"
DEFAULT_PATHS = ("cartapp/model", "cartapp/pdf")
TARGET = 90.0

# mutmut's exit codes (mutmut/stats.py): a failing test, pytest's internal error, a
# timeout or the type checker all catch the mutant.
CAUGHT = {1, 3, 36, 24, -24, 152, 255, 37}
NOT_RUN = {None, 2, 34}  # not checked, interrupted, skipped


def name_patterns(paths: list[str]) -> list[str]:
    """mutmut's name patterns for the mutants of these files or folders."""
    patterns = []
    for raw in paths:
        path = Path(raw)
        if path.suffix == ".py":
            module = ".".join(path.with_suffix("").parts)
            if path.name == "__init__.py":
                module = ".".join(path.parent.parts)
            patterns += [f"{module}.x_*", f"{module}.x\u01c1*"]
        else:
            patterns.append(".".join(path.parts) + ".*")
    return patterns


def _files(paths: list[str]) -> list[Path]:
    """The Python files of these files or folders, relative to the project root."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found |= {path} if path.suffix == ".py" else set((ROOT / path).rglob("*.py"))
    return sorted(p.relative_to(ROOT) if p.is_absolute() else p for p in found)


def _mutant_names(path: Path) -> list[str]:
    """Every mutant mutmut makes of one file, by the names `mutmut run` takes."""
    from mutmut.mutation.file_mutation import mutate_file_contents
    from mutmut.utils.format_utils import get_mutant_name

    source = (ROOT / path).read_text(encoding="utf-8")
    return [get_mutant_name(path, n) for n in mutate_file_contents(str(path), source).mutant_names]


def draw_sample(size: int, seed: int, paths: list[str]) -> list[str]:
    """`size` mutants drawn without replacement from all of those paths, by seed."""
    with ProcessPoolExecutor() as pool:
        everyone = sorted(
            name for names in pool.map(_mutant_names, _files(paths)) for name in names
        )
    chosen = sorted(random.Random(seed).sample(everyone, min(size, len(everyone))))
    MUTANTS.mkdir(exist_ok=True)
    header = f"# seed {seed}: {len(chosen)} of {len(everyone)} mutants of {' '.join(paths)}"
    SAMPLE.write_text("\n".join([header, *chosen]) + "\n", encoding="utf-8")
    return chosen


def wilson(killed: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of killed / total, in per cent."""
    if not total:
        return 0.0, 100.0
    p = killed / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return 100 * max(0.0, centre - half), 100 * min(1.0, centre + half)


def _figure(killed: int, total: int) -> str:
    low, high = wilson(killed, total)
    return (
        f"{killed} killed / {total} = {100 * killed / total:.1f} % (95 % CI {low:.1f}-{high:.1f} %)"
    )


FOLDERS = ("cartapp/model", "cartapp/pdf", "cartapp/pdf/kit")  # pdf counts kit in too
# Two changes that cannot show, found by rule rather than listed one by one:
# - a ReportLab style's name is only its label: nothing in cartapp looks a style up by
#   name or prints it. ``style`` is the local helper of sheet_styles() and kit_styles(),
#   whose first argument is passed on as that name and used for nothing else;
# - a Spacer's width is never drawn, and one or two points fit any frame or cell.
_RULES = {
    "ParagraphStyle": _STYLE_NAME,
    "style": _STYLE_NAME,
    "Spacer": "a spacer's width is never drawn; one or two points fit anywhere",
}


def _first_argument_is_free(name: str, node: ast.Call) -> bool:
    if name != "Spacer":
        return True
    width = node.args[0]
    return isinstance(width, ast.Constant) and width.value in (0.5, 1, 2)


def equivalent_by_rule(key: str) -> str:
    """The reason when the mutant's function, as mutmut wrote it in mutants/, differs
    from the original only in the first argument of calls named in _RULES ("" if not):
    the syntax trees are compared with those arguments made the same."""
    mangled, _, number = key.rpartition(".")[2].rpartition("__mutmut_")
    module = key.partition(".x_")[0].partition(".x\u01c1")[0]
    path = MUTANTS / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = MUTANTS / module.replace(".", "/") / "__init__.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return ""
    found = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    original = found.get(f"{mangled}__mutmut_orig")
    mutant = found.get(f"{mangled}__mutmut_{number}")
    if original is None or mutant is None:
        return ""

    def normalised(function: ast.FunctionDef, names: set[str]) -> str:
        function = copy.deepcopy(function)
        function.name = "f"
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in names
                and node.args
                and _first_argument_is_free(node.func.id, node)
            ):
                node.args[0] = ast.Constant("free")
        return ast.dump(function)

    for reason in dict.fromkeys(_RULES.values()):
        names = {name for name, why in _RULES.items() if why == reason}
        if normalised(original, names) == normalised(mutant, names):
            return reason
    return ""


def _source_line(path: Path, mutant: str, diff: str) -> int:
    """The line in the original file that the mutant changes (0 if not found)."""
    mangled = mutant.rpartition(".")[2].rpartition("__mutmut_")[0]
    function = mangled.split("\u01c1")[-1] if "\u01c1" in mangled else mangled[2:]
    old = [line[1:].strip() for line in diff.splitlines() if line.startswith("-")]
    old = [line for line in old if line and not line.startswith("--")]
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == function:
            for number in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                if old and lines[number - 1].strip() == old[0]:
                    return number
            return node.lineno
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["names"]:
        print(" ".join(f"'{p}'" for p in name_patterns(argv[1:])))
        return 0
    if argv[:1] == ["sample"]:
        draw_sample(int(argv[1]), int(argv[2]), argv[3:] or list(DEFAULT_PATHS))
        print(SAMPLE.read_text(encoding="utf-8").partition("\n")[0][2:], "in", SAMPLE)
        return 0
    patterns = name_patterns(argv or list(DEFAULT_PATHS))
    sampled: set[str] | None = None
    header = ""
    if SAMPLE.exists():
        header, *names = SAMPLE.read_text(encoding="utf-8").splitlines()
        sampled = set(names)
    results: dict[str, tuple[Path, int | None]] = {}
    for meta in sorted(MUTANTS.glob("cartapp/**/*.py.meta")):
        source = ROOT / meta.relative_to(MUTANTS).with_suffix("")
        for key, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            if any(fnmatch(key, p) for p in patterns) and (sampled is None or key in sampled):
                results[key] = (source, code)
    checked = {k: v for k, v in results.items() if v[1] not in NOT_RUN}
    if not checked:
        print("No mutation results: run `make mutants` first.")
        return 1
    caught = sorted(k for k, (_, code) in checked.items() if code in CAUGHT)
    left = sorted(k for k in checked if k not in caught)

    from mutmut.mutation.diff_apply import get_diff_for_mutant

    print(f"{'Survivor':<44} {'mutant':<60} changed line")
    equivalent = []
    with chdir(ROOT):  # mutmut reads its files relative to the project root
        for key in left:
            path, code = checked[key]
            rel = path.relative_to(ROOT)
            diff = get_diff_for_mutant(key, path=rel)
            new = [x[1:].strip() for x in diff.splitlines() if x.startswith("+") and x[1:2] != "+"]
            where = f"{rel}:{_source_line(path, key, diff)}"
            what = "no test runs it" if code in (5, 33) else (new[0] if new else "")
            reason = EQUIVALENT.get(key) or equivalent_by_rule(key)
            if reason:
                equivalent.append(f"  {where}  {key.rpartition('.')[2]}: {reason}")
                continue
            print(f"{where:<44} {key.rpartition('.')[2]:<60} {what}")
    if equivalent:
        print("\nEquivalent (no input tells them apart; tests/mutation/equivalents.py):")
        print("\n".join(equivalent))
    not_run = len(results) - len(checked)
    print("\nBy folder:")
    for folder in FOLDERS:
        mine = [k for k in checked if k.startswith(folder.replace("/", ".") + ".")]
        if mine:
            print(f"  {folder:<16} {_figure(sum(k in caught for k in mine), len(mine))}")
    if sampled is not None:
        print(f"\n{header[2:]} (mutants/sample.txt); a sample's score estimates the whole:")
    print(
        f"\nMutation score: {_figure(len(caught), len(checked))}"
        f" ({len(left)} survived, {len(equivalent)} of them equivalent:"
        f" {100 * (len(caught) + len(equivalent)) / len(checked):.1f} % counting those as caught"
        + (f"; {not_run} not run" if not_run else "")
        + f"). Target: {TARGET:g} %."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
