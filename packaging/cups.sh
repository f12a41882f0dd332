#!/usr/bin/env bash
# Make a local CUPS with a virtual PDF printer ("CUPS_PDF", backed by cups-pdf) available
# for the real-printing tests. Idempotent; installs nothing (bootstrap.sh installs the
# packages cups and printer-driver-cups-pdf in test mode).
#
#   bash packaging/cups.sh
#
# Always exits 0: when CUPS cannot be started or the queue cannot be added, the last line
# says why ("cups: unavailable: <reason>") and the printing tests skip with that reason.
# On success the last two lines are machine-readable:
#   cups: queue CUPS_PDF ready
#   cups: output DIR          (where cups-pdf writes the jobs of the user running this)
set -uo pipefail

QUEUE="${DESK_APP_CUPS_QUEUE:-CUPS_PDF}"
CONF=/etc/cups/cups-pdf.conf

say() { printf 'cups: %s\n' "$*"; }
give_up() { say "unavailable: $*"; exit 0; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 126
  fi
}

scheduler_running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }

command -v lpstat >/dev/null || give_up "lpstat not found (apt-get install cups)"
[ -x /usr/sbin/cupsd ] || command -v cupsd >/dev/null || give_up "cupsd not found (apt-get install cups)"
[ -e /usr/lib/cups/backend/cups-pdf ] || give_up "cups-pdf backend not found (apt-get install printer-driver-cups-pdf)"

# --- the scheduler ---------------------------------------------------------------------
if ! scheduler_running; then
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    say "starting cups with systemctl"
    as_root systemctl start cups.service 2>&1 | sed 's/^/cups:   /'
  fi
  if ! scheduler_running; then
    cupsd_bin="$(command -v cupsd || echo /usr/sbin/cupsd)"
    say "starting $cupsd_bin"
    as_root "$cupsd_bin" 2>&1 | sed 's/^/cups:   /'
    status=${PIPESTATUS[0]}
    [ "$status" -eq 126 ] && give_up "cupsd is not running and starting it needs root (no password-less sudo)"
  fi
  for _ in $(seq 1 100); do  # up to 10 s
    scheduler_running && break
    sleep 0.1
  done
  scheduler_running || give_up "cupsd did not answer within 10 s (see /var/log/cups/error_log)"
fi
say "scheduler is running"

# --- the queue -------------------------------------------------------------------------
if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  model="$(lpinfo -m 2>/dev/null | awk '{print $1}' | grep -i 'cups-pdf.*CUPS-PDF_opt\.ppd$' | head -n1)"
  [ -n "$model" ] || model="$(lpinfo -m 2>/dev/null | awk '{print $1}' | grep -i 'CUPS-PDF.*\.ppd$' | head -n1)"
  [ -n "$model" ] || give_up "no cups-pdf PPD among the CUPS models (lpinfo -m | grep -i pdf)"
  say "adding queue $QUEUE (model $model)"
  # lpadmin warns that PPD drivers are deprecated; harmless for a local virtual printer.
  as_root lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m "$model" -o printer-error-policy=abort-job 2>&1 \
    | grep -v -i deprecat | sed 's/^/cups:   /'
  lpstat -p "$QUEUE" >/dev/null 2>&1 || give_up "lpadmin could not add the queue $QUEUE"
fi
# A queue left disabled or rejecting by an earlier failed job would hold new jobs.
if lpstat -p "$QUEUE" 2>/dev/null | grep -q -i "disabled"; then
  as_root cupsenable "$QUEUE" >/dev/null 2>&1 || true
fi
if lpstat -a "$QUEUE" 2>/dev/null | grep -q -i "not accepting"; then
  as_root cupsaccept "$QUEUE" >/dev/null 2>&1 || true
fi

# --- where cups-pdf writes -------------------------------------------------------------
# "Out" may use ${HOME} and ${USER} of the job's user; jobs of unknown users go to
# AnonDirName. Here: the user running this script (the tests submit as that user).
out='${HOME}/PDF'
anon=/var/spool/cups-pdf/ANONYMOUS
if [ -r "$CONF" ]; then
  v="$(awk '$1 == "Out" {print $2}' "$CONF" | tail -n1)"; [ -n "$v" ] && out="$v"
  v="$(awk '$1 == "AnonDirName" {print $2}' "$CONF" | tail -n1)"; [ -n "$v" ] && anon="$v"
fi
user="$(id -un)"
home="$(getent passwd "$user" | cut -d: -f6)"
[ -n "$home" ] || home="$HOME"
out="${out//\$\{HOME\}/$home}"
out="${out//\$\{USER\}/$user}"
# Letters carry ID numbers: do not keep copies of finished jobs in the spool.
as_root cupsctl PreserveJobFiles=No >/dev/null 2>&1 || say "could not set PreserveJobFiles=No"
say "queue $QUEUE ready"
say "anonymous output $anon"
say "output $out"
exit 0
