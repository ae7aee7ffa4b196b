#!/usr/bin/env bash
# Installs everything GuideDesk needs to build, run and test on Debian 12 (bookworm), as root.
# Works on a minimal root (debootstrap minbase): the toolchain comes from here too.
# SQLCipher 4 (with FTS5) comes from bookworm-backports; the backports source reuses the
# mirror this machine already uses for bookworm, so no host is hard-coded here.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
    echo "install-deps.sh: run as root (or via sudo)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive

stamp=/var/lib/guidedesk-deps.stamp
want_version=3
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_version" ] && [ "${GUIDEDESK_FORCE_DEPS:-0}" != 1 ]; then
    exit 0 # already installed by this version of the script
fi

# --- bookworm-backports, from the mirror already configured for bookworm ------------------
enable_backports() {
    if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return
    fi
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        # deb822: take the URIs of the stanza that lists the plain 'bookworm' suite
        uri=$(awk '/^URIs:/{u=$2} /^Suites:/{for(i=2;i<=NF;i++) if($i=="bookworm"){print u; exit}}' \
            /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
    fi
    if [ -z "$uri" ]; then
        echo "install-deps.sh: no bookworm source found in /etc/apt; add bookworm-backports by hand" >&2
        exit 1
    fi
    echo "deb $uri bookworm-backports main" >/etc/apt/sources.list.d/guidedesk-backports.list
}
enable_backports
apt-get update -q

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ca-certificates
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libgl-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtquick-dialogs qml6-module-qtqml-models qml6-module-qtcharts qml6-module-qttest
    qml6-module-qtquick-shapes qml6-module-qtqml
    qt6-qpa-plugins libqt6svg6
    # platform libraries
    libicu-dev libssl-dev qtkeychain-qt6-dev
    # keychain service for headless runs, X for the GUI, fonts for Chinese
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth x11-utils fonts-wqy-microhei fonts-noto-cjk
    # used by tests and docs
    openssl procps clang-format
)
apt-get install -y -q --no-install-recommends "${packages[@]}"
apt-get install -y -q --no-install-recommends -t bookworm-backports libsqlcipher-dev sqlcipher

echo "$want_version" >"$stamp"
