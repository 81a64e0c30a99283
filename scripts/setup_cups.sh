#!/usr/bin/env bash
# Configures the local CUPS for the kiosk and its tests, without systemd:
#   - cupsd runs as a plain daemon (apt does not start it on machines without an init system);
#   - queue kiosk-pdf prints through cups-pdf into /var/spool/cups-pdf/kiosk-pdf/job_<id>-<title>.pdf;
#   - the kioskfault backend (scripts/kioskfault) is installed for fault-injection queues.
# Idempotent: when everything is in place it only checks, in well under a second.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
queue=kiosk-pdf
out=/var/spool/cups-pdf/$queue
backend=/usr/lib/cups/backend/kioskfault
queue_conf=/etc/cups/cups-pdf-$queue.conf

log() { printf '[setup_cups] %s\n' "$*" >&2; }
# lpstat -r exits 0 even when the scheduler is down, so its text is what counts.
running() { [[ "$(LC_ALL=C lpstat -r 2>/dev/null)" == *"scheduler is running"* ]]; }

if ! command -v cupsd >/dev/null; then
  log "cupsd is not installed (./dev installs the Debian packages cups and printer-driver-cups-pdf)"; exit 1
fi
if [[ $(id -u) -ne 0 ]]; then
  if running && lpstat -p "$queue" >/dev/null 2>&1; then exit 0; fi
  log "CUPS is not set up and only root can set it up: run ./dev setup as root"; exit 1
fi

restart=0
# Browsing needs avahi/D-Bus, which this machine does not run; set before the start because any
# later configuration change restarts cupsd and leaves it unreachable for a second or two.
if grep -q '^Browsing Yes' /etc/cups/cupsd.conf; then
  sed -i 's/^Browsing Yes/Browsing No/' /etc/cups/cupsd.conf; restart=1
fi

if ! cmp -s "$here/kioskfault" "$backend"; then
  # mode 0755: CUPS runs it as user lp, like the real network and USB backends
  install -m 0755 "$here/kioskfault" "$backend"; restart=1
fi

want_conf=$'Out '"$out"$'\nAnonDirName '"$out"$'\nUserUMask 0022\nGrp lpadmin\n'
if [[ ! -f $queue_conf || "$(cat "$queue_conf")"$'\n' != "$want_conf" ]]; then
  printf '%s' "$want_conf" > "$queue_conf"
fi
# Ghostscript runs as the job's user: with a root-only directory a job "completes" and writes nothing.
mkdir -p "$out"
[[ "$(stat -c %a "$out")" == 1777 ]] || chmod 1777 "$out"

if running && ((restart)); then
  log "restarting cupsd for the new configuration"
  pid=$(cat /run/cups/cupsd.pid 2>/dev/null || true)
  [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do running || break; sleep 0.1; done
fi
if ! running; then
  cupsd -t >/dev/null || { log "cupsd.conf does not pass cupsd -t"; exit 1; }
  rm -f /run/cups/cupsd.pid  # a stale pid file after kill -9 would fool a later check
  cupsd
  for _ in $(seq 50); do running && break; sleep 0.1; done
  running || { log "cupsd did not start: see /var/log/cups/error_log"; exit 1; }
  log "cupsd started"
fi

if ! lpstat -p "$queue" >/dev/null 2>&1; then
  lpadmin -p "$queue" -E -v "cups-pdf:/$queue" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
    -o PageSize=A4 -o Label=1 -o TitlePref=1 -o printer-error-policy=abort-job 2>/tmp/setup_cups.lpadmin \
    || { log "lpadmin failed: $(grep -v deprecated /tmp/setup_cups.lpadmin)"; exit 1; }
  log "created queue $queue (output in $out)"
fi
# A test or a technician may have left it paused or rejecting.
state=$(LC_ALL=C lpstat -p "$queue" 2>/dev/null || true)
[[ $state == *disabled* ]] && cupsenable "$queue"
LC_ALL=C lpstat -a "$queue" 2>/dev/null | grep -q "not accepting" && cupsaccept "$queue"
exit 0
