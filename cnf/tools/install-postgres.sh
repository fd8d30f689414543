#!/usr/bin/env bash
# Installs Debian's PostgreSQL, starts its cluster on loopback only, and creates the
# registry's test database, so that occi.registry.jdbc's PostgreSQL tests run:
#   role occi (password occi), database occi_test owned by it, on 127.0.0.1:5432.
# Idempotent: what is already there is kept. Needs root (CI and the dev machines are).
# Exits 0 without a server when it cannot install one (no root, no apt): the tests
# that need PostgreSQL are then skipped and say why.
#
#   cnf/tools/install-postgres.sh            # install, start, create role and database
#   PGPORT=5433 cnf/tools/install-postgres.sh  # another port (then pass
#       -Docci.registry.test.postgres.url=jdbc:postgresql://127.0.0.1:5433/occi_test to Maven)
set -euo pipefail

port="${PGPORT:-5432}"
role=occi
password=occi
database=occi_test

say() { echo "install-postgres: $*"; }

if [ "$(id -u)" != 0 ]; then
  say "not root: PostgreSQL is not installed; its tests will be skipped"
  exit 0
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  say "installing Debian's postgresql package"
  if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }; }; then
    say "apt-get could not install postgresql; its tests will be skipped"
    exit 0
  fi
fi

# The newest installed major version and its first cluster (Debian creates "main").
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster="$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v { print $2; exit }')"
if [ -z "$cluster" ]; then
  cluster=main
  say "creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster" -p "$port" >/dev/null
fi

# Loopback only, on the chosen port: a drop-in file read after postgresql.conf.
conf="/etc/postgresql/$version/$cluster/conf.d/occi-test.conf"
mkdir -p "$(dirname "$conf")"
printf "# written by occi's cnf/tools/install-postgres.sh\nlisten_addresses = '127.0.0.1'\nport = %s\n" "$port" > "$conf.new"
if ! cmp -s "$conf.new" "$conf"; then
  mv "$conf.new" "$conf"
  changed=yes
else
  rm "$conf.new"
  changed=no
fi

status="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')"
if [ "$status" != online ]; then
  say "starting cluster $version/$cluster on 127.0.0.1:$port"
  pg_ctlcluster "$version" "$cluster" start
else
  if [ "$changed" = yes ]; then
    say "restarting cluster $version/$cluster on 127.0.0.1:$port"
    pg_ctlcluster "$version" "$cluster" restart
  fi
fi

psql_admin() { su postgres -c "psql -X -q -p $port -v ON_ERROR_STOP=1 $*"; }

# Wait for the server to accept connections (pg_ctlcluster start normally waits already).
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -h 127.0.0.1 -p $port"; then break; fi
  sleep 1
done

if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"")" != 1 ]; then
  say "creating role $role"
  psql_admin "-c \"CREATE ROLE $role LOGIN PASSWORD '$password'\""
fi
if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"")" != 1 ]; then
  say "creating database $database"
  psql_admin "-c \"CREATE DATABASE $database OWNER $role\""
fi
say "ready: jdbc:postgresql://127.0.0.1:$port/$database (user $role, password $password); config $conf"
