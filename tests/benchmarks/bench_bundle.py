"""The frozen app against a frozen bare PySide6 window: size on disk, and startup.

    python tests/benchmarks/bench_bundle.py [--runs 9] [--reuse]

Both are one-folder, windowed PyInstaller bundles built in this run: the bare
window (bench_startup.py's BARE script) with PyInstaller's defaults, the app
with packaging/build.py, both in a temporary folder (``--reuse`` takes the
existing dist/cartapp instead of building the app).
Startup is the time from spawning the executable to its first paint, under
Xvfb with the xcb platform, as on a Linux desktop; an Xvfb is started if there
is no DISPLAY. Launches alternate, and the medians are compared.

Targets: the app's bundle no larger than the bare one (leaving out what the app
does not use pays for its content and fonts); startup within 1.3x of the bare
bundle's.
"""

# ruff: noqa: T201  (a script whose output is its report)

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from bench_startup import BARE, launch  # noqa: E402

SIZE_TARGET = 1.0
STARTUP_TARGET = 1.3


def _load_build_module():
    spec = importlib.util.spec_from_file_location(
        "cartapp_packaging_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build_module()


def build_bare(workdir: Path) -> Path:
    script = workdir / "bare.py"
    script.write_text(BARE, encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--windowed",
            "--name",
            "bare",
            "--distpath",
            str(workdir / "dist"),
            "--workpath",
            str(workdir / "build"),
            "--specpath",
            str(workdir),
            str(script),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return workdir / "dist" / "bare"


def build_app(workdir: Path, reuse: bool) -> Path:
    if reuse:
        folder = build.DIST / "cartapp"
        if not build.executable(folder).is_file():
            raise SystemExit("bench_bundle: no dist/cartapp to reuse (make bundle)")
        return folder
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--no-archive",
            "--build-dir",
            str(workdir / "app-build"),
            "--dist-dir",
            str(workdir / "app-dist"),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return workdir / "app-dist" / "cartapp"


@contextmanager
def display():
    """The DISPLAY to draw on: the session's, or an Xvfb of our own."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("bench_bundle: no DISPLAY and no Xvfb (sh scripts/system-deps.sh --extra)")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("bench_bundle: Xvfb did not start")
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--reuse", action="store_true", help="use the existing dist/cartapp instead of building it"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cartapp-bench-bundle-") as tmp:
        work = Path(tmp)
        bare = build_bare(work)
        app = build_app(work, args.reuse)
        (bare_size, bare_files), (app_size, app_files) = map(build.bundle_size, (bare, app))
        home = work / "home"
        with display() as name:
            env = dict(
                build.isolated_env(home),
                QT_QPA_PLATFORM="xcb",
                DISPLAY=name,
                CARTAPP_EXIT_WHEN_SHOWN="1",
            )
            commands = {
                "bare": [str(build.executable(bare, "bare"))],
                "app": [str(build.executable(app))],
            }
            for command in commands.values():
                launch(command, env)  # warm the file cache before timing
            shown = {"bare": [], "app": []}
            ready = []
            for _ in range(args.runs):
                for key, command in commands.items():
                    first, laid_out = launch(command, env)
                    shown[key].append(first)
                    if key == "app":
                        ready.append(laid_out)
    b, a, r = (statistics.median(x) for x in (shown["bare"], shown["app"], ready))
    size_ratio, time_ratio = app_size / bare_size, a / b
    print(f"platform: xcb on {name}, runs: {args.runs} each, alternating")
    print(f"bare bundle:    {bare_size / 1e6:6.1f} MB in {bare_files} files")
    print(f"cartapp bundle: {app_size / 1e6:6.1f} MB in {app_files} files")
    print(
        f"size ratio cartapp/bare: {size_ratio:.2f} (target {SIZE_TARGET} or less: "
        f"{'met' if size_ratio <= SIZE_TARGET else 'MISSED'})"
    )
    for label, key, median in (("bare", "bare", b), ("cartapp", "app", a)):
        print(
            f"{label + ' window visible:':28s} median {median * 1000:.0f} ms "
            f"(min {min(shown[key]) * 1000:.0f})"
        )
    print(f"cartapp first page laid out: median {r * 1000:.0f} ms")
    print(
        f"startup ratio cartapp/bare: {time_ratio:.2f} (target {STARTUP_TARGET} or less: "
        f"{'met' if time_ratio <= STARTUP_TARGET else 'MISSED'}); page/bare: {r / b:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
