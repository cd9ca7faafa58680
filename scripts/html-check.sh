#!/usr/bin/env bash
# Runs the Nu HTML checker (vnu.jar, the W3C's own validator) over every public page of a running portal:
# every URL of its sitemap, plus the pages a sitemap does not list (search, the checksum form and its answers,
# sign-in, the 404 page). Prints one line per error and a summary; exits 1 when there is any error.
#
#   scripts/html-check.sh http://127.0.0.1:PORT
#
# Needs java (Debian's default-jre-headless) and curl. The checker comes from the npm registry's vnu-jar
# package, pinned and checked against its published SHA-512, and is kept in ~/.cache/aes-summit.
set -euo pipefail

site=${1:?usage: html-check.sh http://127.0.0.1:PORT}
version=26.9.27
integrity=TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA==
cache=${XDG_CACHE_HOME:-$HOME/.cache}/aes-summit
jar="$cache/vnu-$version.jar"

if [ ! -f "$jar" ]; then
  mkdir -p "$cache"
  tarball=$(mktemp)
  curl -fsS -o "$tarball" "https://registry.npmjs.org/vnu-jar/-/vnu-jar-$version.tgz"
  expected=$(echo "$integrity" | base64 -d | od -An -v -tx1 | tr -d ' \n')
  if [ "$(sha512sum "$tarball" | cut -d' ' -f1)" != "$expected" ]; then
    echo "html check: vnu-jar $version does not match its published SHA-512" >&2
    rm -f "$tarball"
    exit 1
  fi
  tar -xzf "$tarball" -O package/build/dist/vnu.jar >"$jar.part"
  mv "$jar.part" "$jar"
  rm -f "$tarball"
fi

pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT

# Every URL the sitemap lists (an index's parts included), then the pages it does not.
urls=$(curl -fsS "$site/sitemap.xml" | grep -o '<loc>[^<]*' | sed 's/<loc>//')
if echo "$urls" | grep -q 'sitemap-[0-9]*\.xml$'; then
  urls=$(for part in $urls; do curl -fsS "$part" | grep -o '<loc>[^<]*' | sed 's/<loc>//'; done)
fi
text=$(echo "$urls" | grep '/textes/[a-z0-9-]*$' | grep -v '/textes/verifier$' | head -n1 || true)
sha256=$( [ -z "$text" ] || curl -fsS "$text" | grep -o '[0-9a-f]\{64\}' | head -n1 || true)
extra=(
  /programme /recherche "/recherche?q=protocole" "/recherche?q=protocole&page=2" "/journal?pilier=diplomatie"
  "/journal?page=2" "/textes?page=2" "/textes/verifier?sha256=$sha256" "/textes/verifier?sha256=0123" /compte/connexion
  /page-inexistante /en/recherche "/en/recherche?q=meeting" /en/page-inexistante
)

count=0
for url in $urls "${extra[@]/#/$site}"; do
  count=$((count + 1))
  # An answer's status does not matter here (the 404 page is checked too); its HTML does.
  curl -sS -o "$pages/$(printf '%03d' "$count").html" "$url"
  echo "$url" >"$pages/$(printf '%03d' "$count").url"
done

report=$(java -jar "$jar" --errors-only --format gnu "$pages"/*.html 2>&1 || true)
errors=0
if [ -n "$report" ]; then
  # Name each error by the page's URL rather than by its temporary file.
  while IFS= read -r line; do
    file=$(echo "$line" | sed -n 's|^"file:\([^"]*\)\.html".*|\1|p')
    where=$( [ -n "$file" ] && cat "$file.url" || echo '?')
    echo "html check: $where: ${line#*: }" >&2
    errors=$((errors + 1))
  done <<<"$report"
fi

echo "html check: Nu HTML checker $version, $count public pages, $errors errors"
[ "$errors" -eq 0 ]
