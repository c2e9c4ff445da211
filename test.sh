#!/usr/bin/env bash
# The project's test command: makes sure the browser the browser tests drive is there (Debian's chromium and
# chromium-driver, installed with apt-get when missing), then runs the whole build with its tests.
# Extra arguments go to Maven, e.g. ./test.sh -o -Dtest=WorkbenchBrowserTest
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  echo "test.sh: installing Debian's chromium and chromium-driver for the browser tests" >&2
  if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q chromium chromium-driver
fi

exec mvn -B verify "$@"
