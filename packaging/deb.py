"""The Linux bundle as a Debian package, for hospital IT to roll out with apt.

    /opt/cartapp/                      the bundle (its executable: /opt/cartapp/cartapp)
    /usr/bin/cartapp                   a link to it, so 'cartapp' runs from any shell
    /usr/share/applications/           the launcher (with a "Start in kiosk mode" action)
    /usr/share/icons/hicolor/256x256/  the icon
    /etc/cartapp/                      the machine-wide clinic folder: IT puts clinic.toml
                                       (and a clinic/ folder) here; an example is beside it
    /lib/systemd/system/cartapp-kiosk.service
                                       an optional kiosk unit (cage), never enabled by the
                                       package itself

Built with dpkg-deb only: no network, no root (file owners are set to root in the
archive). ``check_deb`` unpacks it into a throw-away root and runs the installed
app's self-test from there.
"""

# ruff: noqa: T201  (part of a script whose output is its report)

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

NAME = "cartapp"
ROOT = Path(__file__).resolve().parent.parent

# The libraries Qt's xcb platform needs that a minimal desktop may lack; the rest
# (libc, libstdc++, fontconfig, X11) every Debian desktop has.
DEPENDS = (
    "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-xinerama0, "
    "libxkbcommon-x11-0, libegl1, libfontconfig1, libdbus-1-3"
)

KIOSK_UNIT = """\
# A kiosk session on its own: the guide fullscreen under the cage compositor, on
# tty1, as the unprivileged user 'kiosk'. Not enabled by the package. To use it:
#   sudo apt install cage && sudo useradd -m kiosk
#   put the clinic file in /etc/cartapp/clinic.toml ([kiosk] enabled = true)
#   sudo cartapp check-config /etc/cartapp/clinic.toml
#   sudo systemctl enable --now cartapp-kiosk.service
[Unit]
Description=CAR T Family Guide kiosk
After=systemd-user-sessions.service plymouth-quit-wait.service
Conflicts=getty@tty1.service

[Service]
User=kiosk
PAMName=login
TTYPath=/dev/tty1
StandardInput=tty
Environment=XDG_SESSION_TYPE=wayland
# No D-Bus session: nothing is started or written for one.
Environment=DBUS_SESSION_BUS_ADDRESS=disabled:
ExecStart=/usr/bin/cage -s -- /opt/cartapp/cartapp --kiosk
Restart=always
RestartSec=2

[Install]
WantedBy=graphical.target
"""


def architecture() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return out.stdout.strip() or "amd64"


def deb_path(dist: Path, version: str) -> Path:
    return dist / f"{NAME}_{version}_{architecture()}.deb"


def _control(version: str, installed_kb: int) -> str:
    return (
        f"Package: {NAME}\nVersion: {version}\nSection: education\nPriority: optional\n"
        f"Architecture: {architecture()}\nInstalled-Size: {installed_kb}\n"
        f"Depends: {DEPENDS}\n"
        "Maintainer: CAR T Family Guide team <noreply@invalid>\n"
        "Description: offline, plain-language guide to CAR T-cell therapy for families\n"
        " For children, teens and young adults with leukemia and their families: how\n"
        " CAR T-cell therapy works, its risks, the treatment steps, and a printable\n"
        " list of questions for the care team. Never uses the network. Runs at home\n"
        " or as a waiting-room kiosk; a clinic file in /etc/cartapp sets it up.\n"
    )


def build_deb(bundle: Path, icon_png: Path, dist: Path, version: str) -> Path:
    """The .deb for the bundle in ``bundle`` (dist/cartapp)."""
    out = deb_path(dist, version)
    with tempfile.TemporaryDirectory(prefix="cartapp-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / "opt" / NAME, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy2(ROOT / "packaging" / "linux" / f"{NAME}.desktop", apps)
        icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copy2(icon_png, icons / f"{NAME}.png")
        etc = root / "etc" / NAME
        etc.mkdir(parents=True)
        shutil.copy2(ROOT / "packaging" / "clinic.example.toml", etc / "clinic.example.toml")
        (etc / "README").write_text(
            "Put the clinic file here as clinic.toml (and a clinic/ folder beside it for\n"
            "the center's own page and questions). Every user of this computer gets it;\n"
            "its [lock] settings list keeps a user's own file from changing them.\n"
            "Check it with: cartapp check-config /etc/cartapp/clinic.toml\n",
            encoding="utf-8",
        )
        unit = root / "lib" / "systemd" / "system"
        unit.mkdir(parents=True)
        (unit / f"{NAME}-kiosk.service").write_text(KIOSK_UNIT, encoding="utf-8")
        size_kb = (
            sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
            // 1024
        )
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(_control(version, size_kb), encoding="utf-8")
        # Only the example is a file IT may edit; the real clinic.toml is IT's own.
        (debian / "conffiles").write_text(f"/etc/{NAME}/clinic.example.toml\n", encoding="utf-8")
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
            check=True,
            capture_output=True,
        )
    return out


def unpack_deb(deb: Path, into: Path) -> Path:
    """Install ``deb`` into a throw-away root (no dpkg database touched); its bundle."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    contents = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], check=True, capture_output=True, text=True
    ).stdout
    for needed in (
        f"./opt/{NAME}/{NAME}",
        f"./usr/bin/{NAME}",
        f"./etc/{NAME}/README",
        f"./usr/share/applications/{NAME}.desktop",
        f"./lib/systemd/system/{NAME}-kiosk.service",
    ):
        if needed not in contents:
            raise SystemExit(f"build: {deb.name} lacks {needed}")
    return into / "opt" / NAME
