#!/bin/sh
# Debian packages the app and its tests need beyond Python wheels.
# Installs only what is missing, so a machine that has them does no network work.
set -eu
PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0"
if [ "${1:-}" = "--extra" ]; then
    # For looking at the app and its PDFs, the packaged-app smoke test, the kiosk's
    # clipboard test (xclip), and the screen-reader test that reads the app's AT-SPI
    # tree as Orca would.
    PACKAGES="$PACKAGES xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 poppler-utils xclip"
    PACKAGES="$PACKAGES dbus at-spi2-core python3-pyatspi"
    # Read aloud: Qt's speech plugin talks to speech-dispatcher, which speaks with
    # espeak-ng; QtTextToSpeech loads QtMultimedia, which needs the PulseAudio client.
    PACKAGES="$PACKAGES speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
    # A test runs its own speech-dispatcher with no sound card: libao's null driver.
    PACKAGES="$PACKAGES speech-dispatcher-audio-plugins libao4 libpulse0"
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ]; then
    echo "Please install these Debian packages:$missing" >&2
    exit 1
fi
echo "Installing Debian packages:$missing"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
