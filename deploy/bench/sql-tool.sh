#!/usr/bin/env bash
# sql-tool-service on flights-3m.parquet (3 M rows): (a) a group-by through POST /v1/query against the same SQL
# through plain DuckDB JDBC in one process, (b) upload + Data DNA against DuckDB reading the file and running
# SUMMARIZE, (c) latency of a tiny query over HTTP. Prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built sql-tool-service
flights=$(flights_parquet)
storage=$(mktemp -d)
start_service sql-tool-service INSIGHTX_STORAGE_DIR="$storage" INSIGHTX_INTERNAL_TOKEN=bench
duckdb_jar=$(ls "$bench_root"/sql-tool-service/target/quarkus-app/lib/main/org.duckdb.duckdb_jdbc-*.jar)
java -cp "$duckdb_jar" "$bench_root/deploy/bench/SqlToolBench.java" "$flights" http://localhost:8081 bench
rm -rf "$storage"
