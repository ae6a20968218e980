#!/usr/bin/env bash
# Renders the HTML report of a kit in a real headless browser and saves a screenshot.
#
#   cli/src/test/browser/screenshot.sh [KIT_DIR] [PNG]
#
# KIT_DIR defaults to corpus/kits/sample; PNG defaults to cli/docs/report.png, the picture the
# README shows. Installs Debian's chromium when it is missing (needs root or sudo). Fails when the
# page does not render.
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../../../.." && pwd)
kit=${1:-$root/corpus/kits/sample}
if [ ! -d "$kit" ]; then
  echo "screenshot: no kit folder $kit" >&2
  exit 2
fi
png=${2:-$root/cli/docs/report.png}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshot: installing chromium" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

if [ ! -f "$root/cli/target/launchlint.jar" ]; then
  (cd "$root" && mvn -B -q package -DskipTests)
fi

work=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$work" "$profile"' EXIT
report=$work/report.html
# Audit with a relative kit path, so the report shows no machine-specific path: from the
# repository root for a kit inside it, else from the kit's parent folder.
kit=$(realpath "$kit")
case "$kit" in
  "$root"/*) (cd "$root" && ./launchlint audit "${kit#"$root"/}" -o "$report" --fail-on never) ;;
  *) (cd "$(dirname "$kit")" && "$root/launchlint" audit "$(basename "$kit")" -o "$report" --fail-on never) ;;
esac

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile")

# The page must render as a document with the report's parts, not as an error page.
dom=$("$browser" "${flags[@]}" --dump-dom "file://$report" 2>/dev/null)
for part in 'class="masthead"' 'id="overview"' 'id="findings"' 'id="terms"' 'id="documents"'; do
  if ! grep -q "$part" <<<"$dom"; then
    echo "screenshot: the rendered page lacks $part" >&2
    exit 1
  fi
done
if grep -qi '<script' <<<"$dom"; then
  echo "screenshot: the rendered page holds a script element" >&2
  exit 1
fi

mkdir -p "$(dirname "$png")"
"$browser" "${flags[@]}" --hide-scrollbars --screenshot="$png" --window-size=1280,2000 "file://$report" 2>/dev/null
size=$(wc -c <"$png")
if [ "$size" -lt 20000 ]; then
  echo "screenshot: $png is only $size bytes; the page looks blank" >&2
  exit 1
fi
echo "screenshot: $kit -> $png ($size bytes)"
