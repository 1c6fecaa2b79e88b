#!/usr/bin/env bash
# Installs what werkpad needs to build, test and run on Debian 12, and nothing else:
# Debian packages with apt-get (through sudo when not root) and the web UI's npm packages with
# `npm ci`. Safe to run again: it only installs what is missing. See docs/dependencies.md for why
# each package is here.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # build tools
  cmake ninja-build g++ ccache pkg-config make
  # C++ libraries (Boost 1.81 explicitly: the unversioned -dev packages are 1.74 and conflict)
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev sqlite3
  libsodium-dev liboath-dev libqrencode-dev
  libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev libcsv-dev
  libgoogle-perftools-dev
  # PDF documents: cairo (PDF surface) and pango (text layout), with a known font
  libcairo2-dev libpango1.0-dev fonts-dejavu-core
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev libvalijson-dev postgresql-15 chromium
  nginx-light wrk oathtool jq curl poppler-utils
  # web UI
  nodejs npm
)

missing=()
for p in "${PACKAGES[@]}"; do
  # nodejs may come from another apt source that already provides npm.
  if [[ $p == npm ]] && command -v npm >/dev/null; then continue; fi
  if [[ $p == nodejs ]] && command -v node >/dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then SUDO=(sudo); fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    "${missing[@]}"
  # Debian starts nginx when it is installed; the benchmark runs its own instance.
  if [[ " ${missing[*]} " == *" nginx-light "* ]] && command -v systemctl >/dev/null; then
    "${SUDO[@]}" systemctl disable --now nginx >/dev/null 2>&1 || true
  fi
fi

# npm ci only when package-lock.json changed since the last install (stamp inside node_modules).
stamp=web/node_modules/.werkpad-lock.sha256
want=$(sha256sum web/package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "install-deps: npm ci in web/"
  (cd web && npm ci --no-audit --no-fund)
  echo "$want" >"$stamp"
fi
