#!/usr/bin/env bash
# Installs, from Debian's packages, the programs the tests drive for real: Chromium and
# ChromeDriver (the dashboard's browser tests) and poppler-utils (pdftoppm renders the report's
# PDF pages). Maven runs this before the tests of caseflow-web and caseflow-report, so the README's
# test command works on a fresh machine; it does nothing when they are already there.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "caseflow tests: installing ${missing[*]} from Debian's packages" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "caseflow tests need ${missing[*]}: run 'apt-get install -y ${missing[*]}' as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >&2
$SUDO apt-get install -y -q "${missing[@]}" >&2
