#!/bin/sh
# A flat installer package for Jamf (or any MDM): installs the app in /Applications
# and, when given, the clinic's file and clinic/ folder in the machine-wide place
# the app reads first, /Library/Application Support/cartapp.
#
#   python packaging/build.py                                   # dist/CAR T Family Guide.app
#   sh packaging/macos/make_pkg.sh [CLINIC.toml [CLINIC_DIR]]   # dist/cartapp-<version>-macos.pkg
#
# Sign it for an MDM with CARTAPP_PKG_IDENTITY="Developer ID Installer: ...".
# Written for macOS's own pkgbuild and productbuild; see packaging/DEPLOY.md.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
app_name="CAR T Family Guide"
app="$root/dist/$app_name.app"
[ -d "$app" ] || { echo "make_pkg: no $app; run python packaging/build.py first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/root/Applications" "$staging/root/Library/Application Support/cartapp"
ditto "$app" "$staging/root/Applications/$app_name.app"
if [ $# -ge 1 ]; then
    cp "$1" "$staging/root/Library/Application Support/cartapp/clinic.toml"
fi
if [ $# -ge 2 ]; then
    ditto "$2" "$staging/root/Library/Application Support/cartapp/clinic"
fi

pkgbuild --root "$staging/root" --identifier org.cartfamilyguide.cartapp \
    --version "$version" --install-location / \
    --scripts "$root/packaging/macos/pkg-scripts" "$staging/cartapp.pkg"
out="$root/dist/cartapp-$version-macos.pkg"
if [ -n "${CARTAPP_PKG_IDENTITY:-}" ]; then
    productbuild --package "$staging/cartapp.pkg" --sign "$CARTAPP_PKG_IDENTITY" "$out"
else
    productbuild --package "$staging/cartapp.pkg" "$out"
fi
echo "make_pkg: $out"
