#!/usr/bin/env bash
# Runs every test of the portal on a fresh Debian machine that has the .NET 10 SDK:
#   1. installs what the tests need and the SDK lacks: curl, and Debian's chromium for the browser tests;
#   2. checks formatting, builds with warnings as errors, runs the xunit suite, and runs its store-dependent tests
#      (pages and workflow through HTTP, races, the authorization matrix, search, hostile input) a second time on
#      PostgreSQL: a throwaway server on loopback, its own data directory and free port (scripts/services.sh, which
#      installs Debian's postgresql when it is missing), stopped at the end;
#   3. publishes the app as the Dockerfile does and starts the published output once,
#      on a temporary store, to check that it imports content/ and serves /;
#   4. runs the Nu HTML checker over every public page of that published app (scripts/html-check.sh);
#   5. runs the published app as a cluster behind nginx, on PostgreSQL and Redis (scripts/cluster-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
# The browser tests drive Debian's Chromium at this path; Playwright never downloads a browser.
# fonts-liberation is only a recommendation of chromium's, which some apt setups skip: pages need a font.
[ -x /usr/bin/chromium ] || need_apt+=(chromium fonts-liberation)
# The Nu HTML checker is a Java program.
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    # Slim images drop the manual pages' folders, and the JRE's installer fails without this one.
    mkdir -p /usr/share/man/man1
    apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing: ${need_apt[*]}. Install them (sudo apt-get install ${need_apt[*]}) and run again." >&2
    exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore AesSummit.sln
dotnet format AesSummit.sln --verify-no-changes --no-restore
dotnet build AesSummit.sln -c Release --no-restore

results=$(mktemp -d)
set +e
# The two test projects one after the other, not at once: the browser tests wait on Chromium and
# Kestrel, and two cores shared with the HTTP-level suite make their waits flaky.
dotnet test tests/AesSummit.Web.Tests -c Release --no-build --logger trx --results-directory "$results"
status=$?
# shellcheck source=scripts/services.sh
source scripts/services.sh
trap stop_services EXIT
start_postgres
# Again on PostgreSQL, the tests whose outcome depends on the store: pages and workflow through HTTP, races, the
# authorization matrix, search, the importer, backup, hostile forms and searches. Left out (they test parsing and files,
# the same on either store, and would take the run past its 20 minutes): hostile URLs and uploads, broken imports.
AES_TEST_STORE=PostgreSql dotnet test tests/AesSummit.Web.Tests -c Release --no-build \
  --filter "(FullyQualifiedName~AesSummit.Web.Tests.Pages|FullyQualifiedName~AesSummit.Web.Tests.Features.Search|FullyQualifiedName~AesSummit.Web.Tests.Security|FullyQualifiedName~AesSummit.Web.Tests.Infrastructure.Backup|FullyQualifiedName~AesSummit.Web.Tests.Features.Content)&Store!=SqliteOnly&FullyQualifiedName!~UploadHostileInputTests&FullyQualifiedName!~ImportHostileInputTests&(FullyQualifiedName!~PublicHostileInputTests|FullyQualifiedName~Search_WithFts5OrSqlSyntax|FullyQualifiedName~QueryParameters_WithHostileValues)" \
  --logger "trx;LogFileName=postgresql.trx" --results-directory "$results"
postgres_status=$?
stop_services
trap - EXIT
[ "$status" -ne 0 ] || status=$postgres_status
# Screenshots of the browser tests' failures go to $results/screenshots.
BROWSER_ARTEFACTS="$results/screenshots" dotnet test tests/AesSummit.Web.BrowserTests -c Release --no-build --logger trx --results-directory "$results"
browser_status=$?
[ "$status" -ne 0 ] || status=$browser_status
set -e
# One plain closing line, whatever the runner printed above: the counters of every project's trx file, added up.
count() { grep -o '<Counters [^>]*' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
passed=0; failed=0; broken=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  passed=$((passed + $(count "$trx" passed)))
  failed=$((failed + $(count "$trx" failed)))
  broken=$((broken + $(count "$trx" error) + $(count "$trx" timeout) + $(count "$trx" aborted)))
done
echo "xunit: $passed passed, $failed failed$([ "$broken" -eq 0 ] || echo ", $broken errored or aborted")"
if [ "$status" -ne 0 ] && [ -d "$results/screenshots" ]; then
  echo "browser screenshots of the failures: $results/screenshots" >&2
fi
[ "$status" -eq 0 ] || exit "$status"

# Publish smoke test: the same output the Dockerfile ships, started once.
publish=$(mktemp -d)
dotnet publish src/AesSummit.Web -c Release --no-restore -o "$publish/app" >/dev/null
cp -r content "$publish/app/content"
port=$((20000 + RANDOM % 20000))
(
  cd "$publish/app"
  ConnectionStrings__Summit="Data Source=$publish/data/summit.db" \
  Files__Path="$publish/data/files" \
  Site__PublicUrl="http://127.0.0.1:$port" \
  Serilog__WriteTo__File__Args__path="$publish/logs/portal-.json" \
  ASPNETCORE_URLS="http://127.0.0.1:$port" \
  exec dotnet AesSummit.Web.dll >"$publish/app.log" 2>&1
) &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$publish" "$results"' EXIT
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/" -o "$publish/home.html" 2>/dev/null; then break; fi
  if ! kill -0 $app 2>/dev/null; then cat "$publish/app.log" >&2; echo "publish smoke: the app stopped" >&2; exit 1; fi
  sleep 1
done
if grep -q "Bamako" "$publish/home.html" 2>/dev/null; then
  echo "publish smoke: the published app served / ($(wc -c <"$publish/home.html") bytes)"
else
  cat "$publish/app.log" >&2
  echo "publish smoke: the published app did not serve the home page" >&2
  exit 1
fi
# The stylesheet: a fingerprinted URL, precompressed with Brotli, cached for a year.
css=$(grep -o '/css/site\.[a-z0-9]*\.css' "$publish/home.html" | head -n1)
headers=$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$css" | tr -d '\r')
if [ -n "$css" ] && grep -qi '^content-encoding: br' <<<"$headers" && grep -qi '^cache-control: max-age=31536000, immutable' <<<"$headers"; then
  echo "publish smoke: $css is served Brotli-compressed with a one-year immutable cache"
else
  echo "publish smoke: the stylesheet is not versioned, compressed and long-cached:" >&2
  echo "$css" >&2; echo "$headers" >&2
  exit 1
fi
# Figures, not a check (the browser tests enforce the 60 KB budget): what a first visit downloads, Brotli-compressed.
css_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br' "http://127.0.0.1:$port$css" || echo '?')
for page in / /programme /journal /textes; do
  html_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br' "http://127.0.0.1:$port$page" || echo '?')
  echo "publish smoke: $page is $html_bytes bytes of HTML + $css_bytes of stylesheet, Brotli-compressed"
done

# Every public page of the published app through the W3C's Nu HTML checker: zero errors.
bash scripts/html-check.sh "http://127.0.0.1:$port"

# The same store, read-only, as it is on a read-only mount: an unprivileged user, a folder and a file it cannot write.
# (The xunit suite runs as root, to whom permissions mean nothing; this is where a real read-only folder is tried.)
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  ro_port=$((port + 1))
  mkdir -p "$publish/ro-logs" "$publish/ro-home"
  chmod 777 "$publish/ro-logs" "$publish/ro-home"
  chmod -R a+rX "$publish"
  chmod 444 "$publish/data/summit.db"
  chmod 555 "$publish/data"
  (
    cd "$publish/app"
    exec runuser -u nobody -- env HOME="$publish/ro-home" DOTNET_CLI_TELEMETRY_OPTOUT=1 \
      ConnectionStrings__Summit="Data Source=$publish/data/summit.db" \
      Files__Path="$publish/data/files" \
      Site__PublicUrl="http://127.0.0.1:$ro_port" \
      Serilog__WriteTo__File__Args__path="$publish/ro-logs/portal-.json" \
      ASPNETCORE_URLS="http://127.0.0.1:$ro_port" \
      dotnet AesSummit.Web.dll >"$publish/ro.log" 2>&1
  ) &
  app=$!
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$ro_port/" -o "$publish/ro-home.html" 2>/dev/null; then break; fi
    if ! kill -0 $app 2>/dev/null; then cat "$publish/ro.log" >&2; echo "read-only smoke: the app stopped" >&2; exit 1; fi
    sleep 1
  done
  home=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ro_port/")
  pdf=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ro_port/textes/protocole-additionnel-defense-securite/telecharger")
  signin=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ro_port/compte/connexion")
  health=$(curl -s "http://127.0.0.1:$ro_port/health")
  if [ "$home" = 200 ] && [ "$pdf" = 200 ] && [ "$signin" = 503 ] && [ "$health" = Degraded ]; then
    echo "read-only smoke: on a read-only folder the home page and a PDF answer 200, sign-in 503, /health Degraded"
  else
    cat "$publish/ro.log" >&2
    echo "read-only smoke: home $home, PDF $pdf, sign-in $signin, health '$health'" >&2
    exit 1
  fi
  chmod 755 "$publish/data"
fi

# The portal as a cluster: PostgreSQL, Redis, two published instances started together and nginx in front (all on
# loopback, stopped at the end): one import, a sign-in that holds on both, an instance killed under load.
AES_PUBLISHED_APP="$publish/app" bash scripts/cluster-test.sh
