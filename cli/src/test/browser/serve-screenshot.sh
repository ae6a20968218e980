#!/usr/bin/env bash
# Takes the picture of `launchlint serve` that the README shows: starts the page on the repository's
# corpus, audits a kit through the page's own API, opens the report in headless chromium and saves
# a screenshot.
#
#   cli/src/test/browser/serve-screenshot.sh [KIT_NAME] [PNG]
#
# KIT_NAME is a kit of corpus/kits (default: sample); PNG defaults to cli/docs/serve.png. Installs
# Debian's chromium when it is missing (via setup.sh). Fails when the page does not render.
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../../../.." && pwd)
kit=${1:-sample}
png=${2:-$root/cli/docs/serve.png}

command -v chromium >/dev/null 2>&1 || bash "$here/setup.sh"
if [ ! -f "$root/cli/target/launchlint.jar" ]; then
  (cd "$root" && mvn -B -q package -DskipTests)
fi

work=$(mktemp -d)
profile=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work" "$profile"
}
trap cleanup EXIT

(cd "$root" && exec ./launchlint serve corpus/kits) >"$work/out" 2>"$work/err" &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/[A-Za-z0-9_-]*/' "$work/out" || true)
  [ -n "$url" ] && break
  sleep 0.2
done
if [ -z "$url" ]; then
  echo "serve-screenshot: launchlint serve did not start: $(cat "$work/err")" >&2
  exit 1
fi

id=$(curl -fsS "${url}api/kits" | grep -o "\"id\":\"$kit-[0-9a-f]*\"" | head -1 | cut -d'"' -f4)
if [ -z "$id" ]; then
  echo "serve-screenshot: no kit $kit in corpus/kits" >&2
  exit 2
fi
curl -fsS -X POST -H 'Content-Type: application/json' -d '{}' "${url}api/kits/$id/audit" >/dev/null
for _ in $(seq 1 600); do
  status=$(curl -fsS "${url}api/kits/$id" | grep -o '"status":"[a-z]*"' | cut -d'"' -f4)
  [ "$status" = done ] && break
  if [ "$status" = failed ]; then echo "serve-screenshot: the audit failed" >&2; exit 1; fi
  sleep 0.5
done

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars)
dom=$(chromium "${flags[@]}" --virtual-time-budget=8000 --dump-dom "${url}#/kit/$id" 2>/dev/null)
for part in 'class="finding ' 'id="heat"' 'Divergence between teams'; do
  if ! grep -q "$part" <<<"$dom"; then
    echo "serve-screenshot: the report did not render ($part missing)" >&2
    exit 1
  fi
done
mkdir -p "$(dirname "$png")"
chromium "${flags[@]}" --virtual-time-budget=8000 --window-size=1280,1560 --screenshot="$png" "${url}#/kit/$id" 2>/dev/null
size=$(wc -c <"$png")
if [ "$size" -lt 40000 ]; then
  echo "serve-screenshot: $png is only $size bytes; the page looks blank" >&2
  exit 1
fi
echo "serve-screenshot: $kit -> $png ($size bytes)"
