#!/usr/bin/env bash
# Checks the packaging files that cannot be exercised on Linux by building the
# MSI or the disk image:
#   - the desktop entry and the AppStream data validate;
#   - the WiX preset fragment, the Info.plist template and the entitlements are
#     well-formed XML;
#   - the MSI writes the registry key and value names that app/settings/Preset.cpp
#     reads, and packaging/README.md and the example preset name the same keys;
#   - the Windows and macOS icons exist in the expected formats.
#
# Usage: check-metadata.sh SOURCE_DIR
# Exits 0 when every check passes and 1 on the first failure. A check whose tool
# is not installed is reported as skipped.
set -euo pipefail

source_dir="${1:?usage: check-metadata.sh SOURCE_DIR}"
resources="$source_dir/resources"
packaging="$source_dir/packaging"
wix_patch="$packaging/windows/preset.wxs.patch.xml"
reader="$source_dir/app/settings/Preset.cpp"
readme="$packaging/README.md"

fail() {
    printf 'FAILED: %s\n' "$*" >&2
    exit 1
}

pass() {
    printf 'ok: %s\n' "$*"
}

skip() {
    printf 'skipped: %s\n' "$*"
}

# Fails unless file $1 contains the fixed string $2 on some line.
require_text() {
    grep -qF -- "$2" "$1" || fail "$1 does not contain: $2"
}

echo "== Desktop entry and AppStream data"
desktop="$resources/linux/activo-desk.desktop"
for line in "Name=Activo Desk" "GenericName=Fixed-asset register" "Categories=Office;Finance;" \
    "Icon=activo-desk" "Exec=activo-desk" "Type=Application"; do
    grep -qFx -- "$line" "$desktop" || fail "$desktop lacks the line '$line'"
done
grep -qE '^Comment=.+' "$desktop" || fail "$desktop has no Comment"
pass "desktop entry has Name, GenericName, Comment, Categories, Icon and Exec"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    pass "desktop-file-validate"
else
    skip "desktop-file-validate not found (Debian package desktop-file-utils)"
fi

metainfo="$resources/linux/cloud.activohq.desk.metainfo.xml"
require_text "$metainfo" '<id>cloud.activohq.desk</id>'
require_text "$metainfo" '<launchable type="desktop-id">activo-desk.desktop</launchable>'
pass "AppStream id and launchable match the desktop entry"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
    pass "appstreamcli validate"
else
    skip "appstreamcli not found (Debian package appstream)"
fi

echo "== Well-formed XML"
if command -v xmllint >/dev/null 2>&1; then
    for file in "$wix_patch" "$packaging/macos/Info.plist.in" "$packaging/macos/activo-desk.entitlements" "$metainfo"; do
        xmllint --noout --nonet "$file" || fail "$file is not well-formed XML"
        pass "well-formed: ${file#"$source_dir"/}"
    done
else
    skip "xmllint not found (Debian package libxml2-utils)"
fi

echo "== macOS bundle metadata"
plist="$packaging/macos/Info.plist.in"
for key in CFBundleIdentifier CFBundleExecutable CFBundleIconFile NSHighResolutionCapable LSMinimumSystemVersion; do
    require_text "$plist" "<key>$key</key>"
done
pass "Info.plist template has the identifier, executable, icon, high-resolution flag and minimum macOS"
require_text "$source_dir/app/CMakeLists.txt" 'MACOSX_BUNDLE_GUI_IDENTIFIER "cloud.activohq.desk"'
pass "bundle identifier cloud.activohq.desk"
require_text "$packaging/macos/activo-desk.entitlements" '<key>com.apple.security.network.client</key>'
pass "entitlements allow outgoing network connections"

echo "== Preset names shared by the MSI, the reader and the documentation"
registry_key='Software\ActivoHQ\Activo Desk\Preset'
# The reader opens HKEY_LOCAL_MACHINE\Software\ActivoHQ\Activo Desk and reads its Preset group.
require_text "$reader" 'HKEY_LOCAL_MACHINE\\Software\\ActivoHQ\\Activo Desk"'
require_text "$reader" 'beginGroup(QStringLiteral("Preset"))'
key_count="$(grep -c 'Key="Software\\ActivoHQ\\Activo Desk\\Preset"' "$wix_patch")"
[ "$key_count" -eq 12 ] || fail "expected 6 registry searches and 6 registry values under $registry_key in $wix_patch, found $key_count"
if grep -n 'Key="' "$wix_patch" | grep -vF "Key=\"$registry_key\""; then
    fail "$wix_patch writes or reads a registry key other than $registry_key (lines above)"
fi
pass "the MSI reads and writes HKLM\\$registry_key, the key the application reads"

declare -A property_of=(
    [BaseUrl]=ACTIVO_BASE_URL
    [Tenant]=ACTIVO_TENANT
    [Company]=ACTIVO_COMPANY
    [PageSize]=ACTIVO_PAGE_SIZE
    [Language]=ACTIVO_LANGUAGE
    [LockConnection]=ACTIVO_LOCK
)
for name in BaseUrl Tenant Company PageSize Language LockConnection; do
    property="${property_of[$name]}"
    grep -qE "<RegistryValue .*Name=\"$name\"" "$wix_patch" || fail "$wix_patch has no registry value named $name"
    require_text "$wix_patch" "Value=\"[$property]\""
    require_text "$wix_patch" "<Property Id=\"$property\" Secure=\"yes\"/>"
    require_text "$reader" "QStringLiteral(\"$name\")"
    require_text "$packaging/linux/preset.ini.example" ";$name="
    require_text "$readme" "\`$name\`"
    require_text "$readme" "\`$property\`"
    pass "$property -> $name: written by the MSI, read by Preset.cpp, documented"
done

value_count="$(grep -c '<RegistryValue ' "$wix_patch")"
[ "$value_count" -eq 6 ] || fail "expected 6 registry values in $wix_patch, found $value_count"
if grep -E '<RegistryValue ' -A1 "$wix_patch" | grep -iE 'Name="[^"]*(key|secret|token|password)'; then
    fail "$wix_patch writes a value whose name suggests a secret (line above)"
fi
require_text "$wix_patch" 'Condition="Installed OR NOT ACTIVO_API_KEY"'
pass "the MSI writes no secret and rejects ACTIVO_API_KEY"

echo "== Windows installer identity"
upgrade_guid="$(sed -n 's/^set(CPACK_WIX_UPGRADE_GUID "\([0-9A-F-]*\)")$/\1/p' "$packaging/windows/Wix.cmake")"
[[ "$upgrade_guid" =~ ^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$ ]] \
    || fail "CPACK_WIX_UPGRADE_GUID in packaging/windows/Wix.cmake is missing or not an upper-case GUID: '$upgrade_guid'"
require_text "$readme" "$upgrade_guid"
pass "UpgradeCode $upgrade_guid, as documented"

echo "== Icons"
ico="$resources/windows/activo-desk.ico"
icns="$resources/macos/activo-desk.icns"
[ "$(head -c 4 "$ico" | od -An -tx1 | tr -d ' \n')" = "00000100" ] || fail "$ico does not start with the ICO header"
[ "$(head -c 4 "$icns")" = "icns" ] || fail "$icns does not start with the icns magic"
if command -v icotool >/dev/null 2>&1; then
    icotool -l "$ico" | grep -q -- '--width=256 --height=256' || fail "$ico has no 256 x 256 image"
    pass "$(icotool -l "$ico" | wc -l) images in activo-desk.ico, 256 x 256 included"
else
    pass "activo-desk.ico header"
    skip "icotool not found (Debian package icoutils), image sizes not checked"
fi
pass "activo-desk.icns header"

echo
echo "package_metadata: every check passed"
