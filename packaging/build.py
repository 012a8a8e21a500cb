"""Build the desktop bundle from a clean state and prove that it runs.

    python packaging/build.py [--no-archive] [--build-dir DIR] [--dist-dir DIR]

1. removes build/ and dist/ (or the folders given; the tests use temporary ones);
2. renders the icons (packaging/make_icons.py -> build/icons/);
3. runs PyInstaller with packaging/cartapp.spec -> dist/cartapp/
   (and dist/CAR T Family Guide.app on macOS);
4. runs the bundled app's ``--self-test`` offscreen with a throw-away home and
   user folders, in kiosk mode too, and its headless commands (a PDF, a
   calendar file); then the self-test again on the desktop's own Qt platform
   (xcb through xvfb-run when there is no display); fails if any exits
   non-zero or writes anything unexpected on stderr;
5. on Linux, packs dist/cartapp-<version>-linux-<machine>.tar.gz (one cartapp/
   folder: the bundle, the .desktop file and a 256 px icon), unpacks it into a
   temporary folder and runs the same checks there; then builds
   dist/cartapp_<version>_<arch>.deb (packaging/deb.py) when dpkg-deb is there,
   installs it into a throw-away root and runs the installed app's checks.

Prints the bundle's size and the self-test's line. Exit status 0 means all passed.
"""

# ruff: noqa: T201  (a script whose output is its report)

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"  # git-ignored, like DIST
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "cartapp.spec"
NAME = "cartapp"

# Lines Qt may print on stderr that say nothing about the app's health.
# Each is matched against one whole stripped line.
HARMLESS_STDERR = [
    # The offscreen platform has no window manager to pass size hints to.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
]


@dataclass
class Check:
    """One run of the bundled executable."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def unexpected_stderr(self) -> list[str]:
        return [
            line
            for line in self.stderr.splitlines()
            if line.strip() and not any(p.fullmatch(line.strip()) for p in HARMLESS_STDERR)
        ]

    def problem(self) -> str | None:
        if self.returncode != 0:
            return f"exit status {self.returncode}"
        if self.unexpected_stderr:
            return "unexpected output on stderr"
        return None

    def report(self) -> str:
        return (
            f"$ cartapp {' '.join(self.args)}\n  exit status {self.returncode} "
            f"in {self.seconds:.1f} s\n  stdout: {self.stdout.strip()!r}\n"
            f"  stderr: {self.stderr.strip()!r}"
        )


def _package_constant(name: str) -> str:
    """A constant of cartapp/__init__.py, read without importing the app (no Qt needed)."""
    module = ast.parse((ROOT / "cartapp" / "__init__.py").read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"build: no {name} in cartapp/__init__.py")


def app_version() -> str:
    return _package_constant("__version__")


def display_name() -> str:
    return _package_constant("APP_NAME")


def executable(folder: Path, name: str = NAME) -> Path:
    """The executable inside a one-folder bundle (or a macOS .app)."""
    if folder.suffix == ".app":
        return folder / "Contents" / "MacOS" / name
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def shipped_folder(dist: Path = DIST) -> Path:
    """What users get: the .app on macOS, the one-folder bundle elsewhere."""
    if sys.platform == "darwin":
        return dist / f"{display_name()}.app"
    return dist / NAME


def linux_archive_path(dist: Path = DIST) -> Path:
    return dist / f"{NAME}-{app_version()}-linux-{platform.machine()}.tar.gz"


def bundle_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of regular files (links are not counted twice)."""
    total = files = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath, name)
            if path.is_symlink():
                continue
            total += path.stat().st_size
            files += 1
    return total, files


def isolated_env(home: Path, platform_name: str = "offscreen") -> dict[str, str]:
    """The environment of a first run on a fresh machine (drawn offscreen by default)."""
    env = dict(os.environ)
    for key in list(env):
        if key.startswith(("CARTAPP_", "QT_")) or key in ("PYTHONPATH", "PYTHONHOME"):
            del env[key]
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        CARTAPP_USER_DATA_DIR=str(home / "data"),
        CARTAPP_USER_CONFIG_DIR=str(home / "config"),
        CARTAPP_MACHINE_CONFIG_DIR=str(home / "machine-config"),
        QT_QPA_PLATFORM=platform_name,
    )
    if sys.platform.startswith("linux"):
        # A desktop session has a UTF-8 locale; without one Qt says so on stderr.
        env.pop("LC_ALL", None)
        env.pop("LC_CTYPE", None)
        env["LANG"] = "C.UTF-8"
    return env


def native_platform() -> tuple[str, list[str]] | None:
    """The Qt platform families' desktops use, and a command prefix that gives it a screen.

    The offscreen runs prove the app; this one proves the bundle carries the
    platform plugin and the libraries it needs (on Linux, the xcb libraries
    that desktops lack most often). None where no screen can be had.
    """
    if sys.platform == "win32":
        return "windows", []
    if sys.platform == "darwin":
        return "cocoa", []
    if os.environ.get("DISPLAY"):
        return "xcb", []
    if shutil.which("xvfb-run"):
        return "xcb", ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -nolisten tcp"]
    return None


def run_bundled(
    exe: Path,
    args: list[str],
    home: Path,
    timeout: float = 180,
    platform_name: str = "offscreen",
    prefix: list[str] | None = None,
) -> Check:
    start = time.perf_counter()
    proc = subprocess.run(
        [*(prefix or []), str(exe), *args],
        env=isolated_env(home, platform_name),
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return Check(args, proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start)


def smoke_test(folder: Path) -> Check:
    """Self-test and headless commands of the bundle in ``folder``; raises on failure.

    The headless commands are imported by name at run time, which PyInstaller
    cannot see; running them proves the spec collected them, and that ReportLab
    and icalendar work frozen. The self-test runs in kiosk mode too, and once
    more on the desktop's own Qt platform where there is one. Returns the first
    (offscreen) self-test's run.
    """
    exe = executable(folder.resolve())
    if not exe.is_file():
        raise SystemExit(f"build: no executable at {exe}")
    with tempfile.TemporaryDirectory(prefix="cartapp-smoke-") as tmp:
        home = Path(tmp)
        sheet = ROOT / "tests" / "fixtures" / "sheet-good.json"
        offscreen = ("offscreen", [])
        checks = [
            (["--self-test"], None, offscreen),
            (["--kiosk", "--self-test"], None, offscreen),
            (["sheet", str(sheet), "-o", str(home / "sheet.pdf")], home / "sheet.pdf", offscreen),
            (
                ["calendar", "--infusion-date", "2026-03-02", "-o", str(home / "plan.ics")],
                home / "plan.ics",
                offscreen,
            ),
        ]
        native = native_platform()
        if native is not None:
            checks.append((["--self-test"], None, native))
        self_test = None
        for args, output, (platform_name, prefix) in checks:
            check = run_bundled(exe, args, home, platform_name=platform_name, prefix=prefix)
            problem = check.problem()
            if (
                problem is None
                and output is not None
                and not (output.is_file() and output.stat().st_size > 0)
            ):
                problem = f"{output.name} was not written"
            if problem is None and "--self-test" in args and not _reports_pass(check):
                problem = "no 'self-test passed' line"
            if problem:
                print(f"[QT_QPA_PLATFORM={platform_name}] {check.report()}", file=sys.stderr)
                raise SystemExit(
                    f"build: the bundle in {folder} failed on the "
                    f"{platform_name} platform: {problem}"
                )
            self_test = self_test or (check if args == ["--self-test"] else None)
        return self_test


def _reports_pass(check: Check) -> bool:
    if "self-test passed" in check.stdout:
        return True
    # A windowed Windows build may have no stdout to print to; its exit
    # status still carries the result.
    return sys.platform == "win32" and not check.stdout.strip()


def render_icons(icons: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--out", str(icons)],
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def run_pyinstaller(build: Path, dist: Path) -> None:
    log = build / "pyinstaller.log"
    with log.open("w", encoding="utf-8") as handle:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--workpath",
                str(build / "pyinstaller"),
                "--distpath",
                str(dist),
                str(SPEC),
            ],
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, CARTAPP_ICONS_DIR=str(build / "icons")),
        )
    if proc.returncode != 0:
        print("".join(log.read_text(encoding="utf-8").splitlines(True)[-40:]), file=sys.stderr)
        raise SystemExit(f"build: PyInstaller failed (full log: {log})")


def linux_archive(build: Path, dist: Path) -> Path:
    """The bundle, its .desktop file and icon in one folder, as a .tar.gz.

    The folder has no version in its name, so that paths set up on a clinic's
    machines (/opt/cartapp/cartapp in a kiosk session) survive an upgrade.
    """
    top = NAME
    archive = linux_archive_path(dist)
    extras = {
        f"{top}/{NAME}.desktop": ROOT / "packaging" / "linux" / f"{NAME}.desktop",
        f"{top}/{NAME}.png": build / "icons" / f"{NAME}-256.png",
    }
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(dist / NAME, arcname=top)
        for arcname, source in extras.items():
            tar.add(source, arcname=arcname)
    return archive


def unpack_archive(archive: Path, into: Path) -> Path:
    """The folder the tarball unpacks to, checked for its desktop file and icon."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    folder = into / NAME
    for extra in (f"{NAME}.desktop", f"{NAME}.png"):
        if not (folder / extra).is_file():
            raise SystemExit(f"build: {archive.name} lacks {extra}")
    return folder


def check_archive(archive: Path) -> Check:
    with tempfile.TemporaryDirectory(prefix="cartapp-unpacked-") as tmp:
        return smoke_test(unpack_archive(archive, Path(tmp)))


def check_deb(build: Path, dist: Path) -> None:
    """The .deb, installed into a throw-away root, passes the bundle's checks."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import deb  # packaging/deb.py, beside this script

    package = deb.build_deb(dist / NAME, build / "icons" / f"{NAME}-256.png", dist, app_version())
    with tempfile.TemporaryDirectory(prefix="cartapp-deb-root-") as tmp:
        installed = smoke_test(deb.unpack_deb(package, Path(tmp)))
    print(
        f"deb: {package}  {package.stat().st_size / 1e6:.1f} MB; "
        f"installed self-test: {installed.stdout.strip()}"
    )


def build_and_check(build: Path, dist: Path, *, archive: bool) -> None:
    started = time.perf_counter()
    for folder in (build, dist):
        shutil.rmtree(folder, ignore_errors=True)
    build.mkdir(parents=True)
    render_icons(build / "icons")
    run_pyinstaller(build, dist)
    built = time.perf_counter() - started
    folder = shipped_folder(dist)
    size, files = bundle_size(folder)
    print(f"bundle: {folder}  {size / 1e6:.1f} MB in {files} files (built in {built:.0f} s)")
    check = smoke_test(folder)
    print(
        f"self-test: {check.stdout.strip() or f'exit status {check.returncode}'} "
        f"({check.seconds:.1f} s)"
    )
    if archive and sys.platform.startswith("linux"):
        tarball = linux_archive(build, dist)
        unpacked = check_archive(tarball)
        print(
            f"archive: {tarball}  {tarball.stat().st_size / 1e6:.1f} MB; "
            f"unpacked self-test: {unpacked.stdout.strip()}"
        )
        if shutil.which("dpkg-deb"):
            check_deb(build, dist)
    print(f"build: done in {time.perf_counter() - started:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-archive",
        action="store_true",
        help="stop after checking the bundle (no Linux .tar.gz)",
    )
    parser.add_argument(
        "--build-dir", type=Path, default=BUILD, help="work folder, emptied first (default: build/)"
    )
    parser.add_argument(
        "--dist-dir", type=Path, default=DIST, help="output folder, emptied first (default: dist/)"
    )
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            "build: PyInstaller is not installed; run "
            "'pip install -c requirements.lock -e \".[packaging]\"' first"
        )
    build_and_check(args.build_dir.resolve(), args.dist_dir.resolve(), archive=not args.no_archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
