#!/bin/sh
# Pack the built app into a compressed disk image that opens on the app and an
# Applications shortcut, so a family installs it by dragging one onto the other.
#
#   python packaging/build.py            # dist/CAR T Family Guide.app
#   sh packaging/macos/make_dmg.sh       # dist/cartapp-<version>-macos-<arch>.dmg
#
# Optional, for a download that opens without Gatekeeper's warning (see
# packaging/README.md, "Code signing"):
#   CARTAPP_CODESIGN_IDENTITY="Developer ID Application: ..."  signs the image
#     (build the app with the same variable set, so the app is signed too);
#   CARTAPP_NOTARY_PROFILE=<keychain profile of 'xcrun notarytool store-credentials'>
#     sends the image to Apple's notary service and staples the ticket to it.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
app_name="CAR T Family Guide"
app="$root/dist/$app_name.app"
[ -d "$app" ] || { echo "make_dmg: no $app; run python packaging/build.py first" >&2; exit 1; }

version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="$root/dist/cartapp-$version-macos-$(uname -m).dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symbolic links, extended attributes and signatures.
ditto "$app" "$staging/$app_name.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
# hdiutil sometimes fails with "Resource busy" while Spotlight or an antivirus
# looks at the fresh folder; a short wait and another try is the usual cure.
tries=0
until hdiutil create -volname "$app_name" -srcfolder "$staging" -fs HFS+ \
        -format UDZO -imagekey zlib-level=9 -ov "$dmg"; do
    tries=$((tries + 1))
    [ "$tries" -lt 3 ] || exit 1
    sleep 5
done

if [ -n "${CARTAPP_CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CARTAPP_CODESIGN_IDENTITY" --timestamp "$dmg"
fi
if [ -n "${CARTAPP_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$CARTAPP_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "make_dmg: $dmg"
