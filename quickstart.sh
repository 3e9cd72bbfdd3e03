#!/usr/bin/env bash
# Builds Migrate and walks the Options Deep example through the seed tutorial's first story against
# the local PostgreSQL: revision -> upgrade -> current -> history -> add a column -> revision ->
# upgrade +1 -> downgrade -1 -> upgrade. Works in a fresh copy of the example under target/, so the
# repository stays as it is; run it as often as you like.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
# Runs one goal in the example; prints what Migrate says (without Maven's own chatter), or the whole
# log and stops when the goal fails.
migrate() {
  step "mvn $*"
  local log
  log=$(mktemp)
  if ! (cd "$work" && mvn -B -ntp "$@") >"$log" 2>&1; then
    cat "$log"
    echo "Quick start stopped: mvn $* failed." >&2
    exit 1
  fi
  sed -n 's/^\[\(INFO\|WARNING\)\] //p' "$log" \
    | grep -v -E '^(-{3,}.*|BUILD SUCCESS|Total time.*|Finished at.*|Scanning for projects.*|Building .*|--- .*|>>> .*|<<< .*|Nothing to compile.*|Changes detected.*|Compiling [0-9]+ source.*|Recompiling the module.*|Using .UTF-8.*|Copying [0-9]+ resource.*|skip non existing.*|\s*)$' || true
  rm -f "$log"
}

step "Making sure PostgreSQL runs on 127.0.0.1:5432"
bash .ci/ensure-postgres

step "Building Migrate (mvn install -DskipTests)"
mvn -B -ntp -q install -DskipTests

work="$root/target/quickstart/options-deep"
step "Copying the Options Deep example to ${work#$root/}"
rm -rf "$work"
mkdir -p "$(dirname "$work")"
cp -r examples/options-deep "$work"
export OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD="${OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD:-postgres}"
export PGPASSWORD="$OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD"
unset ENVIRONMENT

# The seed's prerequisite: the databases must exist. This script made them if they carry its mark;
# a database of the same name that it did not make is left alone.
mark='created by the Migrate quick start'
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -qAt "$@"; }
for db in equities-local algorithms-local; do
  if [ -n "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    if [ "$(psql_admin -c "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = '$db'")" != "$mark" ]; then
      echo "A database \"$db\" exists that the quick start did not create; it is left alone." >&2
      echo "Rename or drop it, or run the quick start on another server, then try again." >&2
      exit 1
    fi
    psql_admin -c "DROP DATABASE \"$db\" WITH (FORCE)"
  fi
  step "CREATE DATABASE \"$db\""
  psql_admin -c "CREATE DATABASE \"$db\""
  psql_admin -c "COMMENT ON DATABASE \"$db\" IS '$mark'"
done

migrate migrate:revision -Dmessage="Create companies table" -Ddatabase=equities
migrate migrate:revision -Dmessage="Create strategies table" -Ddatabase=algorithms
step "The generated revision of equities"
cat "$work"/src/main/java/db/migration/equities/V*.java
migrate migrate:upgrade
migrate migrate:current
migrate migrate:history -Dverbose

step "Adding stock_symbol_type to Company.java"
sed -i 's|^    private Instant updatedAt;|    private Instant updatedAt;\n\n    @Column(name = "stock_symbol_type", length = 20)\n    private String stockSymbolType;|' \
  "$work/src/main/java/com/optionsdeep/equities/Company.java"
grep -n -B1 'stockSymbolType;' "$work/src/main/java/com/optionsdeep/equities/Company.java"

migrate migrate:revision -Dmessage="Add stock_symbol_type to companies" -Ddatabase=equities
migrate migrate:upgrade -Dtarget=+1 -Ddatabase=equities
migrate migrate:current
migrate migrate:downgrade -Dtarget=-1 -Ddatabase=equities
migrate migrate:upgrade
migrate migrate:history

step 'The companies table in "equities-local"'
psql -h 127.0.0.1 -U postgres -d equities-local -c '\d companies'

step "Back to base, then up again from plain Java, as the application does at start-up"
migrate migrate:downgrade -Dtarget=base
(cd "$work" && mvn -B -ntp -q package -DskipTests && mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
java -cp "$work/target/options-deep-1.0-SNAPSHOT.jar:$(cat "$work/target/classpath.txt")" com.optionsdeep.app.MigrateOnStartup
migrate migrate:current
step "Done. The example project, with its revisions, is in ${work#$root/}."
