#!/usr/bin/env bash
# sql-tool-service on flights-3m.parquet (3 M rows): (a) a group-by through POST /v1/query against the same SQL
# through plain DuckDB JDBC in one process — over HTTP both with the JDK's HttpClient and with wrk (one connection),
# whose lean client adds less of its own (the JDK's HTTP/1.1 adds ~3 ms here) — (b) upload + Data DNA against
# DuckDB reading the file and running SUMMARIZE, (c) latency of a tiny query over HTTP, (d) the fixed cost of an
# upload (its worker JVM), (e) 2,000 rows of a megabyte each against the result byte cap. Prints the figures;
# asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built sql-tool-service
flights=$(flights_parquet)
storage=$(mktemp -d)
start_service sql-tool-service INSIGHTX_STORAGE_DIR="$storage" INSIGHTX_INTERNAL_TOKEN=bench
duckdb_jar=$(ls "$bench_root"/sql-tool-service/target/quarkus-app/lib/main/org.duckdb.duckdb_jdbc-*.jar)
out=$(java -cp "$duckdb_jar" "$bench_root/deploy/bench/SqlToolBench.java" "$flights" http://localhost:8081 bench)
grep -v '^wrk-target' <<<"$out"
read -r _ id table jdbc_p50 < <(grep '^wrk-target' <<<"$out")
ensure_wrk
script=$(mktemp --suffix=.lua)
cat >"$script" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench"
wrk.body = '{"datasetIds":["$id"],"sql":"SELECT origin, count(*) AS flights, avg(delay) AS avg_delay, max(distance) AS longest FROM $table GROUP BY origin ORDER BY flights DESC"}'
LUA
wrk -t1 -c1 -d3s -s "$script" http://localhost:8081/v1/query >/dev/null # warm-up
latency=$(wrk -t1 -c1 -d10s --latency -s "$script" http://localhost:8081/v1/query)
p50=$(awk '$1 == "50%" {print $2}' <<<"$latency")
p99=$(awk '$1 == "99%" {print $2}' <<<"$latency")
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; print n }'; }
printf '(a) group-by via POST /v1/query, wrk    p50 %8.2f ms  p99 %8.2f ms\n' "$(to_ms "$p50")" "$(to_ms "$p99")"
awk -v a="$(to_ms "$p50")" -v j="$jdbc_p50" 'BEGIN { printf "(a) ratio API (wrk) / JDBC (p50): %.2f  (target <= 1.15)\n", a / j }'
rm -f "$script"
rm -rf "$storage"
