#!/usr/bin/env bash
# The portal as a cluster, all on loopback: a throwaway PostgreSQL and Redis, two published instances started together
# on the empty store, and Debian's nginx as a round-robin load balancer in front. Checks, through nginx:
#   - the two instances started together imported the content once, without error;
#   - a sign-in made on one instance holds on the other (Data Protection keys in the store), and a form shown by one
#     is accepted when posted to the other (the antiforgery token);
#   - /health/ready answers on both (each waits for it before the checks begin);
#   - a session changed through one instance shows on the next requests to both (Redis output cache, evicted by tag);
#   - two validators on two instances press "Valider" on the same article at once: one wins, the other gets the French
#     conflict message;
#   - a backup taken with the portal's command during a wrk run, restored into an empty database and folder, serves the
#     same pages and downloads, byte for byte, from a third instance;
#   - one instance killed during a wrk run: the other goes on serving (errors only on the requests in flight).
# Installs postgresql, redis-server, nginx and wrk when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/services.sh
source scripts/services.sh

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  stop_services
  rm -rf "$work"
}
trap cleanup EXIT

start_postgres
start_redis
# The app published once by scripts/test.sh when it calls us (AES_PUBLISHED_APP), else published here.
if [ -n "${AES_PUBLISHED_APP:-}" ]; then
  cp -r "$AES_PUBLISHED_APP" "$work/app"
else
  dotnet publish src/AesSummit.Web -c Release --no-restore -o "$work/app" >/dev/null
fi
[ -d "$work/app/content" ] || cp -r content "$work/app/content"

lb_port=$(free_port)
ports=("$(free_port)" "$(free_port)")
export Store__Provider=PostgreSql
export ConnectionStrings__Summit="$AES_TEST_POSTGRES;Database=aes_cluster"
export Redis__Configuration="$AES_TEST_REDIS"
export Files__Path="$work/files"
export Site__PublicUrl="http://127.0.0.1:$lb_port"
export AllowedHosts="127.0.0.1;localhost"

# Both instances at once, on the empty store.
for i in 0 1; do
  (cd "$work/app" && ASPNETCORE_URLS="http://127.0.0.1:${ports[$i]}" Serilog__WriteTo__File__Args__path="$work/logs-$i/portal-.json" \
    exec dotnet AesSummit.Web.dll >"$work/app-$i.log" 2>&1) &
  pids+=($!)
done
for i in 0 1; do
  for _ in $(seq 1 90); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}/health/ready")" = 200 ] && break
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then cat "$work/app-$i.log" >&2; echo "cluster: instance $i stopped" >&2; exit 1; fi
    sleep 1
  done
done
imports=$(cat "$work"/logs-*/portal-*.json | grep -c '"Content imported from' || true)
errors=$(cat "$work"/logs-*/portal-*.json | grep -c '"@l":"\(Error\|Fatal\)"' || true)
if [ "$imports" != 1 ] || [ "$errors" != 0 ]; then
  echo "cluster: two instances started together: $imports imports, $errors errors (expected 1 and 0)" >&2; exit 1
fi
echo "cluster: two instances started together on an empty store: one import, no error"

mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream portal { server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=5s; server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=5s; }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://portal;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
base="http://127.0.0.1:$lb_port"

# Accounts made on the command line, against the shared store: an administrator, a writer and two validators.
export CLUSTER_PASSWORD="cluster-$(date +%s%N)-pass-phrase"
password="$CLUSTER_PASSWORD"
add_account() { (cd "$work/app" && echo "$password" | dotnet AesSummit.Web.dll users add "$1" "${@:2}" >/dev/null); }
add_account cluster-admin@aes.test --role Administrateur --role SecretariatPermanent
add_account redactrice@aes.test --role Redacteur
add_account validateur-1@aes.test --role SecretariatPermanent
add_account validateur-2@aes.test --role SecretariatPermanent

# Sign in through nginx (the form from one instance, posted to the other), then the back-office four times: both serve it.
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/compte/connexion" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=cluster-admin@aes.test" --data-urlencode "Input.Password=$password" "$base/compte/connexion")
if [ "$status" != 302 ]; then echo "cluster: sign-in through nginx answered $status" >&2; exit 1; fi
for _ in 1 2 3 4; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/gestion/comptes")
  if [ "$status" != 200 ]; then echo "cluster: signed in, /gestion/comptes answered $status on one instance" >&2; exit 1; fi
done
echo "cluster: signed in through nginx; the back-office answered 200 four times in a row, across both instances"

# A change made on one instance is on the public page served by the other at the next request: the programme, cached
# (in Redis) by both, then a session's venue changed through nginx as a browser would post it, then read four times.
for _ in 1 2; do curl -s -o /dev/null "$base/programme"; done
venue="Salle du cluster $(date +%s)"
python3 scripts/cluster_client.py change-venue "$base" cluster-admin@aes.test "$venue"
for i in 1 2 3 4; do
  # The page whole first: grep -q stops reading at the first match, and pipefail would count curl's broken pipe.
  page=$(curl -s "$base/programme")
  if ! grep -q "$venue" <<<"$page"; then echo "cluster: request $i after the change still shows the old programme" >&2; exit 1; fi
done
echo "cluster: a session changed through one instance showed on the next four requests, across both (the shared cache evicted by tag)"

# Two validators on two instances, the same article, the same instant; then the winner's validation is public on both.
title="Article du cluster $(date +%s)"
python3 scripts/cluster_client.py race "$base" redactrice@aes.test validateur-1@aes.test validateur-2@aes.test "$title"
for i in 1 2; do
  page=$(curl -s "$base/journal")
  if ! grep -q "$title" <<<"$page"; then echo "cluster: request $i after the validation does not show the article" >&2; exit 1; fi
done

# A backup with the portal's own command while wrk reads, restored into an empty database and folder, then served by a
# third instance (no shared cache: it renders from the restored store) and compared, byte for byte, with the cluster.
wrk -t1 -c8 -d4s "$base/programme" >"$work/wrk-backup.txt" 2>&1 &
wrk_pid=$!
backup=$(cd "$work/app" && dotnet AesSummit.Web.dll backup "$work/backup/summit.zip")
wait "$wrk_pid"
sha=$(sed -n 's/^SHA-256: //p' <<<"$backup")
(cd "$work/backup" && sha256sum -c --quiet summit.zip.sha256)
restored_port=$(free_port)
(cd "$work/app" && env -u Redis__Configuration ConnectionStrings__Summit="$AES_TEST_POSTGRES;Database=aes_restored" Files__Path="$work/restored-files" \
  dotnet AesSummit.Web.dll restore "$work/backup/summit.zip" --sha256 "$sha" >/dev/null)
(cd "$work/app" && exec env -u Redis__Configuration ConnectionStrings__Summit="$AES_TEST_POSTGRES;Database=aes_restored" Files__Path="$work/restored-files" \
  Content__ImportOnStartup=false ASPNETCORE_URLS="http://127.0.0.1:$restored_port" Serilog__WriteTo__File__Args__path="$work/logs-restored/portal-.json" \
  dotnet AesSummit.Web.dll >"$work/app-restored.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$restored_port/health/ready")" = 200 ] && break
  sleep 1
done
texts=$(curl -s "$base/textes")
download=$(grep -o 'href="/textes/[a-z0-9-]*/telecharger"' <<<"$texts" | head -n1 | sed 's/href="//; s/"$//')
library=$(curl -s "$base/mediatheque")
image=$(grep -o '/medias/[0-9a-f]\{64\}\.jpg' <<<"$library" | head -n1)
compared=0
for path in / /programme /journal /textes /mediatheque /journal/rss.xml /programme.ics /sitemap.xml "$download" "$image"; do
  [ -n "$path" ] || { echo "cluster: no text download or image found to compare" >&2; exit 1; }
  a=$(curl -sf "http://127.0.0.1:${ports[1]}$path" | sha256sum)
  b=$(curl -sf "http://127.0.0.1:$restored_port$path" | sha256sum)
  if [ "$a" != "$b" ]; then echo "cluster: $path differs between the cluster and the restored store" >&2; exit 1; fi
  compared=$((compared + 1))
done
echo "cluster: backup during wrk ($(grep -o '[0-9]* requests in' "$work/wrk-backup.txt" | grep -o '^[0-9]*') requests, $(sed -n 's/^Backup written: .*(\(.*\))$/\1/p' <<<"$backup")); restored into an empty store: $compared pages and downloads identical, byte for byte"

# One instance killed during a wrk run on the home page: the other goes on serving.
wrk -t2 -c16 -d6s "$base/" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
sleep 2
kill -9 "${pids[0]}"
wait "$wrk_pid" || true
after=$(curl -s -o /dev/null -w '%{http_code}' "$base/")
requests=$(grep -o '[0-9]* requests in' "$work/wrk.txt" | grep -o '^[0-9]*' || echo 0)
failures=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.txt" | grep -o '[0-9]*$' || echo 0)
socket=$(grep -o 'Socket errors: .*' "$work/wrk.txt" || echo 'Socket errors: none')
if [ "$after" != 200 ]; then echo "cluster: after one instance was killed, / answered $after" >&2; cat "$work/wrk.txt" >&2; exit 1; fi
echo "cluster: one instance killed during wrk: $requests requests, $failures non-2xx, $socket; / still answers 200"
