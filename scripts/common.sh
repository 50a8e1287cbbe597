# Shared by scripts/demo, scripts/test and scripts/fuzz: installs the Debian packages the
# project needs and builds it with the "dev" CMake preset.
# Source it; it defines functions only.

ACTIVO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ACTIVO_BUILD_DIR="$ACTIVO_ROOT/build/dev"

# Packages for building the application, the sandbox and the tests.
ACTIVO_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    libgl-dev libqt6opengl6-dev qt6-qpa-plugins
    libxlsxwriter-dev
)
# Packages for running the tests without a desktop session: a private
# session bus and a keyring for the real keychain tests; openpyxl reads
# exported workbooks back and poppler-utils (pdftotext, pdfinfo) printouts;
# tinyproxy is a real proxy that requires a user name and password.
ACTIVO_TEST_PACKAGES=(dbus dbus-bin gnome-keyring libsecret-tools xauth xvfb python3-openpyxl poppler-utils tinyproxy)
# Packages for the demo: curl for the sandbox check, fonts for readable text.
ACTIVO_DEMO_PACKAGES=(curl fonts-dejavu-core)
# Packages for the package tests (tests/packaging): dpkg-shlibdeps for the .deb
# and the validators of the desktop entry, the AppStream data and the XML files.
ACTIVO_PACKAGE_TEST_PACKAGES=(dpkg-dev desktop-file-utils appstream libxml2-utils)
# Packages for scripts/fuzz: Clang 14 and its runtime libraries, which
# contain libFuzzer and the sanitizer runtimes (Debian 12 names).
ACTIVO_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

activo_log() {
    printf '==> %s\n' "$*"
}

activo_fail() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Installs the given Debian packages unless they are all installed already.
activo_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        activo_log "All ${#@} required packages are installed"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || activo_fail "installing ${missing[*]} needs root; run this script as root or install sudo"
        sudo=(sudo)
    fi
    activo_log "Installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds the given targets, or everything without arguments.
activo_build() {
    cd "$ACTIVO_ROOT"
    if [ ! -f "$ACTIVO_BUILD_DIR/build.ninja" ]; then
        activo_log "Configuring in $ACTIVO_BUILD_DIR"
        cmake --preset dev
    fi
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    if [ "$#" -eq 0 ]; then
        activo_log "Building with $jobs jobs"
        cmake --build --preset dev --parallel "$jobs"
    else
        activo_log "Building $*"
        cmake --build --preset dev --parallel "$jobs" --target "$@"
    fi
}
