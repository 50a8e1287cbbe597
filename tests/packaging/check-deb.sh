#!/usr/bin/env bash
# Builds the activo-desk .deb the way scripts/package does, with the release
# preset and cpack -G DEB, and checks what it contains and declares. Then it
# extracts the package into a scratch root, so nothing is installed into the
# machine, and runs the extracted binary on Qt's offscreen platform against
# activohq-sandbox on 127.0.0.1.
#
# Usage: check-deb.sh --source DIR --work DIR --sandbox FILE --cmake FILE --cpack FILE
#   --work     scratch folder; its release build is kept to make later runs fast
#   --sandbox  activohq-sandbox binary; empty to skip the run (exit code 77)
# Exits 0 when every check passes, 1 on the first failure, 77 when skipped.
set -euo pipefail

source_dir=""
work_dir=""
sandbox=""
cmake_command="cmake"
cpack_command="cpack"
while [ "$#" -gt 0 ]; do
    case "$1" in
        --source) source_dir="$2" ;;
        --work) work_dir="$2" ;;
        --sandbox) sandbox="$2" ;;
        --cmake) cmake_command="$2" ;;
        --cpack) cpack_command="$2" ;;
        *) echo "check-deb.sh: unknown argument '$1'" >&2; exit 1 ;;
    esac
    shift 2
done
[ -n "$source_dir" ] && [ -n "$work_dir" ] || { echo "check-deb.sh: --source and --work are required" >&2; exit 1; }

build_dir="$work_dir/release"
package_dir="$work_dir/packages"
root_dir="$work_dir/root"
run_dir="$work_dir/run"
started_pids=()

step() {
    printf '\n== %s\n' "$*"
}

fail() {
    printf 'FAILED: %s\n' "$*" >&2
    exit 1
}

pass() {
    printf 'ok: %s\n' "$*"
}

stop_process() {
    local pid="$1"
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "process $pid did not stop within 5 s of SIGTERM; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local pid
    for pid in "${started_pids[@]}"; do
        stop_process "$pid"
    done
}
trap cleanup EXIT

# Waits up to $3 seconds for a line after line $2 of file $1 that matches the
# extended regular expression $4.
wait_for_line() {
    local file="$1" after="$2" seconds="$3" pattern="$4"
    local tries=$((seconds * 10))
    for _ in $(seq "$tries"); do
        if tail -n +"$((after + 1))" "$file" 2>/dev/null | grep -Eq -- "$pattern"; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# Prints the number of the first line after line $2 of file $1 that matches the
# extended regular expression $3, or nothing.
first_line_number() {
    local file="$1" after="$2" pattern="$3"
    local relative
    relative="$(tail -n +"$((after + 1))" "$file" | grep -En -- "$pattern" | head -n 1 | cut -d: -f1)"
    if [ -n "$relative" ]; then
        echo "$((after + relative))"
    fi
}

for tool in dpkg-deb dpkg-shlibdeps readelf; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found: install dpkg-dev and binutils (scripts/test installs them)"
done

step "Configuring the release build in $build_dir"
# The sandbox is not part of the package, so it is not built here.
"$cmake_command" -S "$source_dir" --preset release -B "$build_dir" -DACTIVO_BUILD_SANDBOX=OFF >"$work_dir.configure.log" 2>&1 \
    || { cat "$work_dir.configure.log"; fail "configuring $build_dir"; }
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")"
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build_dir/CMakeCache.txt"
pass "project version $version"

step "Building activo-desk"
"$cmake_command" --build "$build_dir" --target activo-desk --parallel "$(nproc 2>/dev/null || echo 2)" \
    || fail "building activo-desk in $build_dir"

step "Running cpack -G DEB"
rm -rf "$package_dir"
"$cpack_command" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$package_dir" || fail "cpack -G DEB"
architecture="$(dpkg --print-architecture)"
deb="$package_dir/activo-desk_${version}-1_${architecture}.deb"
[ -f "$deb" ] || fail "expected $deb; cpack wrote: $(ls "$package_dir")"
pass "package $deb"
[ -f "$package_dir/activo-desk-dbgsym_${version}-1_${architecture}.ddeb" ] || fail "no debug symbol package beside $deb"
pass "debug symbols in activo-desk-dbgsym_${version}-1_${architecture}.ddeb"

step "Checking the contents (dpkg-deb -c)"
contents="$work_dir/contents.txt"
dpkg-deb -c "$deb" | awk '{print $NF}' >"$contents"
cat "$contents"
for path in \
    ./usr/bin/activo-desk \
    ./usr/share/applications/activo-desk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/activo-desk.svg \
    ./usr/share/metainfo/cloud.activohq.desk.metainfo.xml \
    ./usr/share/man/man1/activo-desk.1.gz \
    ./usr/share/doc/activo-desk/copyright \
    ./usr/share/doc/activo-desk/examples/preset.ini; do
    grep -Fxq -- "$path" "$contents" || fail "$path is missing from the package"
    pass "contains $path"
done
if grep -Ei 'sandbox' "$contents"; then fail "the package contains the sandbox (lines above)"; fi
pass "no sandbox"
if grep -E '/tst_|/tests?/|testsupport' "$contents"; then fail "the package contains test files (lines above)"; fi
pass "no test binaries"
if grep -E '\.(so(\.[0-9]+)*|a)$|/lib/' "$contents"; then fail "the package bundles libraries (lines above); it must use Debian's Qt"; fi
pass "no bundled libraries"
if grep -Ev '^\./usr(/|$)' "$contents"; then fail "files outside /usr (lines above)"; fi
pass "everything under /usr"

step "Checking the control fields (dpkg-deb -I)"
dpkg-deb -I "$deb"
field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = "activo-desk" ] || fail "Package is '$(field Package)', expected activo-desk"
[ "$(field Version)" = "${version}-1" ] || fail "Version is '$(field Version)', expected ${version}-1"
[ "$(field Architecture)" = "$architecture" ] || fail "Architecture is '$(field Architecture)', expected $architecture"
[ "$(field Section)" = "misc" ] || fail "Section is '$(field Section)', expected misc"
[[ "$(field Maintainer)" == *"<support@activohq.cloud>"* ]] || fail "Maintainer '$(field Maintainer)' lacks support@activohq.cloud"
depends="$(field Depends)"
# libqt6widgets6 and the others come from dpkg-shlibdeps; libqt6svg6 also
# carries the SVG icon engine; the rest are listed by hand in packaging/linux/Deb.cmake.
for package in libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6 libqt6charts6 libqt6printsupport6 libxlsxwriter4 \
    qt6-qpa-plugins qt6-translations-l10n ca-certificates; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package: $depends"
    pass "Depends has $package"
done
[[ "$depends" != *gnome-keyring* ]] || fail "gnome-keyring must be recommended, not required: $depends"
[[ "$(field Recommends)" == *"gnome-keyring | kwalletmanager"* ]] || fail "Recommends is '$(field Recommends)', expected gnome-keyring | kwalletmanager"
pass "Recommends gnome-keyring | kwalletmanager"

step "Extracting into $root_dir (dpkg-deb -x)"
rm -rf "$root_dir"
mkdir -p "$root_dir"
dpkg-deb -x "$deb" "$root_dir"
binary="$root_dir/usr/bin/activo-desk"
[ -x "$binary" ] || fail "$binary is not executable"

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$root_dir/usr/share/applications/activo-desk.desktop" || fail "desktop-file-validate"
    pass "desktop-file-validate"
else
    echo "skipped: desktop-file-validate not found (Debian package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$root_dir/usr/share/metainfo/cloud.activohq.desk.metainfo.xml" || fail "appstreamcli validate"
    pass "appstreamcli validate"
else
    echo "skipped: appstreamcli not found (Debian package appstream)"
fi

# A RUNPATH left over from the build tree would load libraries from there.
if readelf -d "$binary" | grep -E 'RPATH|RUNPATH'; then fail "$binary has a run path (line above)"; fi
pass "no RPATH or RUNPATH"
if readelf -S "$binary" | grep -q '\.debug_info'; then fail "$binary is not stripped; its debug information belongs in the dbgsym package"; fi
pass "binary stripped"

step "Running the extracted binary: command line"
export QT_QPA_PLATFORM=offscreen
rm -rf "$run_dir"
mkdir -p "$run_dir"
version_output="$("$binary" --version 2>/dev/null)" || fail "$binary --version exited with $?"
[ "$version_output" = "Activo Desk $version" ] || fail "--version printed '$version_output', expected 'Activo Desk $version'"
pass "--version prints '$version_output'"
status=0
"$binary" --no-such-option >/dev/null 2>"$run_dir/bad-option.err" || status=$?
[ "$status" -eq 2 ] || fail "an unknown option exited with $status, expected 2"
grep -q "no-such-option" "$run_dir/bad-option.err" || fail "the error for an unknown option does not name it: $(cat "$run_dir/bad-option.err")"
pass "an unknown option exits with 2 and names the option"

if [ -z "$sandbox" ]; then
    echo "skipped: activohq-sandbox was not built (ACTIVO_BUILD_SANDBOX=OFF), so the extracted binary was not run against it"
    exit 77
fi
[ -x "$sandbox" ] || fail "the sandbox binary $sandbox is missing; build the activohq-sandbox target"

step "Running the extracted binary against the sandbox"
api_key="ahq_package_test_$$"
key_fingerprint="$(printf '%s' "$api_key" | sha256sum | cut -c1-8)"
sandbox_out="$run_dir/sandbox.out"
sandbox_log="$run_dir/sandbox.err"
"$sandbox" --port 0 --api-key "$api_key" --log-requests >"$sandbox_out" 2>"$sandbox_log" &
sandbox_pid=$!
started_pids+=("$sandbox_pid")
wait_for_line "$sandbox_out" 0 10 '^listening on ' || { cat "$sandbox_log"; fail "the sandbox printed no 'listening on' line within 10 s"; }
base_url="$(head -n 1 "$sandbox_out" | sed 's/^listening on //')"
[[ "$base_url" == http://127.0.0.1:*/api/v1 ]] || fail "unexpected sandbox URL '$base_url'"
pass "sandbox (pid $sandbox_pid) at $base_url"
first_company="$(sed -n 's/.*company \([0-9a-f-]\{36\}\) "Acme Corp".*/\1/p' "$sandbox_log" | head -n 1)"
second_company="$(sed -n 's/.*company \([0-9a-f-]\{36\}\) "Istmo.*/\1/p' "$sandbox_log" | head -n 1)"
[ -n "$first_company" ] && [ -n "$second_company" ] || { cat "$sandbox_log"; fail "the sandbox log does not list the two seeded companies"; }

# Runs the extracted binary with throw-away XDG folders under $run_dir/$1 and
# the test's key in ACTIVOHQ_API_KEY; the remaining arguments are passed to it.
# Extra environment assignments come from the app_environment array. Sets app_pid.
app_environment=()
start_app() {
    local name="$1"
    shift
    local home="$run_dir/$name"
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    env XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home/runtime" ACTIVOHQ_API_KEY="$api_key" ACTIVO_PRESET_FILE="$run_dir/no-preset.ini" \
        "${app_environment[@]}" "$binary" "$@" >"$home/app.out" 2>"$home/app.err" &
    app_pid=$!
    started_pids+=("$app_pid")
}

# Checks that the sandbox logged, after line $1 of its log, GET /companies and
# then the first page of assets of company $2 with page size $3, both with
# status 200 and the test's key. $4 is the application's log, shown on failure.
expect_startup_requests() {
    local after="$1" company="$2" take="$3" app_log="$4"
    local companies="^activo\.sandbox: GET /api/v1/companies(\?[^ ]*)? 200 .* key=${key_fingerprint}\$"
    local assets="^activo\.sandbox: GET /api/v1/assets\?companyId=${company}&skip=0&take=${take} 200 .* key=${key_fingerprint}\$"
    wait_for_line "$sandbox_log" "$after" 30 "$assets" \
        || { cat "$sandbox_log" "$app_log"; fail "no 'GET /api/v1/assets?companyId=${company}&skip=0&take=${take} 200' within 30 s"; }
    local companies_line assets_line
    companies_line="$(first_line_number "$sandbox_log" "$after" "$companies")"
    assets_line="$(first_line_number "$sandbox_log" "$after" "$assets")"
    [ -n "$companies_line" ] || { cat "$sandbox_log"; fail "no 'GET /api/v1/companies 200' for the test's key"; }
    [ "$companies_line" -lt "$assets_line" ] \
        || fail "GET /api/v1/assets (log line $assets_line) came before GET /api/v1/companies (line $companies_line)"
    pass "GET /api/v1/companies (log line $companies_line), then GET /api/v1/assets?companyId=${company}&skip=0&take=${take} (line $assets_line)"
}

# With ACTIVO_PRESET_FILE naming a file that does not exist, a preset in
# /etc/activo-desk on this machine cannot change what the first run requests.
log_lines="$(wc -l <"$sandbox_log")"
start_app command-line --base-url "$base_url"
expect_startup_requests "$log_lines" "$first_company" 100 "$run_dir/command-line/app.err"
kill -0 "$app_pid" 2>/dev/null || fail "the application exited after loading the register: $(cat "$run_dir/command-line/app.err")"
pass "the application (pid $app_pid) is still running"
stop_process "$app_pid"
if grep -rqF -- "$api_key" "$run_dir/command-line/config" "$run_dir/command-line/data"; then
    fail "the API key was written to the settings or data folders"
fi
pass "the API key is in neither the settings nor the data folder"

step "Running the extracted binary with a machine-wide preset"
# The keys that packaging/README.md documents: the server, the company and the
# page size come from the file, with no --base-url. The ApiKey line must be
# ignored without spoiling the other values.
preset_file="$run_dir/preset.ini"
cat >"$preset_file" <<PRESET
[Preset]
BaseUrl=$base_url
Company=$second_company
PageSize=40
ApiKey=ahq_must_be_ignored
PRESET
log_lines="$(wc -l <"$sandbox_log")"
app_environment=(ACTIVO_PRESET_FILE="$preset_file")
start_app preset
expect_startup_requests "$log_lines" "$second_company" 40 "$run_dir/preset/app.err"
kill -0 "$app_pid" 2>/dev/null || fail "the application exited after loading the register: $(cat "$run_dir/preset/app.err")"
pass "the application (pid $app_pid) is still running"

stop_process "$app_pid"
stop_process "$sandbox_pid"
pass "stopped the application and the sandbox"
echo
echo "package_deb: every check passed for $deb"
