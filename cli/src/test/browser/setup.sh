#!/usr/bin/env bash
# Makes what the browser tests need, non-interactively:
#   - Debian's chromium and chromium-driver (apt-get; needs root or sudo), when missing;
#   - axe-core's axe.min.js from the npm registry, at a pinned version checked against its pinned
#     sha512 integrity, in cli/target/axe/ (never committed; no node_modules: `npm pack` fetches the
#     one tarball and one file is taken out of it).
# The browser tests (cli/src/test/java/.../serve/ServeBrowserTest) skip with a reason when either is
# missing, unless LAUNCHLINT_BROWSER_TESTS=required, as .ci/run sets it.
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../../../.." && pwd)

axe_version=4.14.1
axe_integrity="sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "browser setup: installing chromium and chromium-driver" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

axe="$root/cli/target/axe/axe.min.js"
stamp="$root/cli/target/axe/version"
if [ ! -s "$axe" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$axe_version" ]; then
  command -v npm >/dev/null 2>&1 || { echo "browser setup: npm is needed to fetch axe-core" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack "axe-core@$axe_version" --silent >/dev/null)
  tgz="$work/axe-core-$axe_version.tgz"
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$got" != "$axe_integrity" ]; then
    echo "browser setup: axe-core $axe_version does not match its pinned integrity" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$axe")"
  tar -xzf "$tgz" -C "$work" package/axe.min.js
  mv "$work/package/axe.min.js" "$axe"
  echo "$axe_version" >"$stamp"
fi
echo "browser setup: $(chromium --version 2>/dev/null | head -1), chromedriver $(chromedriver --version | cut -d' ' -f2), axe-core $axe_version"
