#!/usr/bin/env bash
# Sets up a hall-kiosk terminal on Debian 12 (or Kylin / UOS of the Debian family) from the offline
# wheelhouse that scripts/build-wheelhouse makes. Run as root; safe to run again (each step checks
# first and says what it did). docs/deploy.md walks a technician through it.
#
#   install-terminal.sh --wheelhouse DIR [--site FILE] [--update-key FILE] [--terminal-key FILE]
#                       [--root DIR] [--no-apt] [--no-start] [--python PATH]
#
#   --wheelhouse DIR     the folder from scripts/build-wheelhouse (wheels for x86_64 and aarch64)
#   --site FILE          the site file of this terminal → /etc/hall-kiosk/site.toml (first install)
#   --update-key FILE    the release public key (PEM) that update bundles must be signed with
#   --terminal-key FILE  the key the platform issued for this terminal → /var/lib/hall-kiosk/terminal.key
#   --root DIR           install into DIR as if it were / (a chroot or image being prepared, tests)
#   --no-apt             do not install Debian packages (they are installed already)
#   --no-start           do not (re)start the services at the end
#   --python PATH        the Python 3.11 the slots' venvs are made from (default: python3, Debian 12's)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
wheelhouse="" site="" update_key="" terminal_key="" R="" apt=1 start=1 python=python3
while (($#)); do
  case "$1" in
    --wheelhouse) wheelhouse=$(cd "$2" && pwd); shift 2 ;;
    --site) site=$2; shift 2 ;;
    --update-key) update_key=$2; shift 2 ;;
    --terminal-key) terminal_key=$2; shift 2 ;;
    --root) R=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --no-apt) apt=0; shift ;;
    --no-start) start=0; shift ;;
    --python) python=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "install-terminal: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
say() { printf '[install] %s\n' "$*"; }
die() { printf '[install] error: %s\n' "$*" >&2; exit 1; }
[[ -n $wheelhouse ]] || die "--wheelhouse DIR is required (made by scripts/build-wheelhouse)"
[[ $(id -u) -eq 0 ]] || die "run as root"
if [[ -n $R ]]; then apt=0; start=0; fi  # a tree being prepared: no package manager, nothing to start

opt=$R/opt/hall-kiosk etc=$R/etc/hall-kiosk state=$R/var/lib/hall-kiosk units=$R/etc/systemd/system
arch=$(uname -m); [[ $arch == arm64 ]] && arch=aarch64
[[ -d $wheelhouse/$arch ]] || die "$wheelhouse has no wheels for $arch (it has: $(ls "$wheelhouse" | tr '\n' ' '))"
wheel=$(ls "$wheelhouse/$arch"/hall_kiosk-[0-9]*.whl 2>/dev/null | sort -V | tail -n1 || true)
[[ -n $wheel ]] || die "no hall_kiosk wheel in $wheelhouse/$arch"
version=$(basename "$wheel" | cut -d- -f2)
# What the folder's wheels need (written by build-wheelhouse): checked before anything changes, so a
# system that cannot run them is told so in one line instead of failing half-way through pip.
requires=$wheelhouse/$arch/REQUIRES
need_glibc=$(sed -n 's/^glibc=//p' "$requires" 2>/dev/null || true)
need_python=$(sed -n 's/^python=//p' "$requires" 2>/dev/null || true)
if [[ -n $need_glibc && -z $R ]]; then
  have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
  if [[ -n $have ]] && (( ${have#2.} < ${need_glibc#2.} )); then
    die "this system has glibc $have; the wheels in $wheelhouse/$arch need glibc $need_glibc or later (docs/deploy.md: supported systems). Nothing was changed"
  fi
fi
check_python() {
  [[ -n $need_python ]] || return 0
  local have
  have=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) \
    || die "no $python here; the wheels need Python $need_python (give one with --python PATH)"
  [[ $have == "$need_python" ]] \
    || die "$python is Python $have; the wheels in $wheelhouse/$arch are for Python $need_python (give one with --python PATH)"
}
if [[ -n $R ]] || command -v "$python" >/dev/null; then check_python; fi
# Units and the other deploy files travel in the wheelhouse; from a checkout they are next door.
deploy=$wheelhouse/deploy; [[ -d $deploy ]] || deploy=$here/../deploy

# --- 1. Debian packages -------------------------------------------------------------------------
debs=(cage xwayland libwayland-cursor0 libwayland-egl1 python3 python3-venv
      libpulse0 libgl1 libegl1 libopengl0 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
      fonts-wqy-microhei fonts-wqy-zenhei fonts-hanazono fontconfig libzbar0 cups cups-client
      espeak-ng)  # spoken guidance (ui/speech): without it the terminal is silent
if ((apt)); then
  missing=()
  for p in "${debs[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  if ((${#missing[@]})); then
    say "installing Debian packages (from the configured sources; offline: a local mirror or USB repository): ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    say "Debian packages: all present"
  fi
fi

# --- 2. the kiosk user --------------------------------------------------------------------------
rootopt=(); [[ -n $R ]] && rootopt=(--root "$R")
if [[ ! -f $R/etc/passwd ]]; then
  say "no $R/etc/passwd: user kiosk not created (prepare the tree with debootstrap first)"
elif grep -q '^kiosk:' "$R/etc/passwd"; then
  say "user kiosk: present"
else
  useradd "${rootopt[@]}" --system --user-group --home-dir /var/lib/hall-kiosk --no-create-home \
    --shell /usr/sbin/nologin --comment "hall-kiosk terminal" kiosk
  say "user kiosk: created"
fi
if [[ -f $R/etc/group ]] && grep -q '^kiosk:' "$R/etc/passwd" 2>/dev/null; then
  for g in dialout video lp render input; do
    if grep -q "^$g:" "$R/etc/group" && ! grep -qE "^$g:.*[:,]kiosk(,|$)" "$R/etc/group"; then
      usermod "${rootopt[@]}" -aG "$g" kiosk
      say "user kiosk: added to group $g"
    fi
  done
fi

# --- 3. the code: slot a, and the links the service and the update agent start through -------
check_python  # installed by step 1 if it was missing
# Only the wheelhouse: no index, no find-links or config from the machine's own pip set-up.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_CONSTRAINT
mkdir -p "$opt/slots"
current=$(readlink "$opt/current" 2>/dev/null || true)
if [[ -n $current ]] && compgen -G "$opt/$current/lib/python3*/site-packages/hall_kiosk-$version.dist-info" >/dev/null; then
  say "hall-kiosk $version: installed in $current"
elif [[ -n $current ]]; then
  say "hall-kiosk is installed ($current); a new version goes in as a signed update: kiosk update apply BUNDLE"
else
  slot=$opt/slots/a
  rm -rf "$slot"
  if [[ -n ${HALL_KIOSK_BORROW_SITE_PACKAGES:-} ]]; then
    # Tests only: dependencies come from an existing environment instead of the wheelhouse.
    "$python" -m venv --without-pip "$slot"
    echo "$HALL_KIOSK_BORROW_SITE_PACKAGES" > "$(echo "$slot"/lib/python3*/site-packages)/borrowed-dependencies.pth"
  else
    "$python" -m venv "$slot"
    "$slot/bin/python" -m pip install -q --no-index --disable-pip-version-check --find-links "$wheelhouse/$arch" \
      --no-deps --require-hashes -r "$wheelhouse/requirements-runtime.lock"
  fi
  "$slot/bin/python" -m pip install -q --no-index --disable-pip-version-check --no-deps --ignore-installed "$wheel"
  ln -sfn slots/a "$opt/current"
  ln -sfn slots/a "$opt/known-good"
  say "hall-kiosk $version: installed in slots/a (current, known-good)"
fi

# --- 4. configuration, keys, state --------------------------------------------------------------
install -d -m 0755 "$etc"
if [[ -f $etc/site.toml ]]; then
  say "site file: $etc/site.toml kept"
elif [[ -n $site ]]; then
  install -m 0640 "$site" "$etc/site.toml"
  say "site file: installed from $site"
else
  cat > "$etc/site.toml" <<'EOF'
# This terminal's site file. Set terminal.id and platform.url, then: kiosk config check /etc/hall-kiosk/site.toml
[terminal]
id = "SET-ME"
site_profile = "service_hall"
data_dir = "/var/lib/hall-kiosk"

[platform]
url = "https://platform.invalid"
key_file = "/var/lib/hall-kiosk/terminal.key"

[outbox]
path = "/var/lib/hall-kiosk/outbox.sqlite3"
key_file = "/var/lib/hall-kiosk/outbox.key"

[printer]
spool_dir = "/var/lib/hall-kiosk/spool"

[logging]
dir = "/var/lib/hall-kiosk/log"
EOF
  chmod 0640 "$etc/site.toml"
  say "site file: template written to $etc/site.toml: set terminal.id and platform.url before starting"
fi
if [[ -n $update_key ]]; then
  if cmp -s "$update_key" "$etc/update-key.pub"; then say "update key: present"
  else install -m 0644 "$update_key" "$etc/update-key.pub"; say "update key: installed"; fi
elif [[ ! -f $etc/update-key.pub ]]; then
  say "update key: none (updates will be refused until --update-key is given)"
fi
install -d -m 0700 "$state"
if [[ -n $terminal_key ]]; then install -m 0600 "$terminal_key" "$state/terminal.key"; say "terminal key: installed"; fi
if grep -q '^kiosk:' "$R/etc/passwd" 2>/dev/null; then
  owner=$(grep '^kiosk:' "$R/etc/passwd" | cut -d: -f3,4)
  chown -R "$owner" "$state"
  chgrp "${owner#*:}" "$etc/site.toml"
fi

# --- 5. services and lockdown -------------------------------------------------------------------
install -d -m 0755 "$units" "$R/etc/systemd/logind.conf.d" "$R/etc/systemd/journald.conf.d"
changed=0
put() {  # put SOURCE TARGET: copy if different
  if ! cmp -s "$1" "$2"; then install -m 0644 "$1" "$2"; changed=1; say "wrote ${2#"$R"}"; fi
}
put "$deploy/systemd/hall-kiosk.service" "$units/hall-kiosk.service"
put "$deploy/systemd/hall-kiosk-update.service" "$units/hall-kiosk-update.service"
# No power-key shutdown, no suspend, no idle action: the terminal is always on and always awake.
put "$deploy/systemd/logind-hall-kiosk.conf" "$R/etc/systemd/logind.conf.d/hall-kiosk.conf"
put "$deploy/systemd/journald-hall-kiosk.conf" "$R/etc/systemd/journald.conf.d/hall-kiosk.conf"
systemctl "${rootopt[@]}" enable hall-kiosk.service hall-kiosk-update.service 2>&1 | sed 's/^/[install] /'
# Ctrl+Alt+Del must not reboot a terminal in a public hall; nor may it suspend.
systemctl "${rootopt[@]}" mask ctrl-alt-del.target sleep.target suspend.target hibernate.target hybrid-sleep.target \
  2>&1 | sed 's/^/[install] /'
if [[ -e $R/lib/systemd/system/graphical.target || -e $R/usr/lib/systemd/system/graphical.target ]]; then
  systemctl "${rootopt[@]}" set-default graphical.target 2>&1 | sed 's/^/[install] /'
fi
# The text console must not blank before cage takes the screen (cage itself never blanks).
if [[ -d $R/etc/default ]]; then
  install -d -m 0755 "$R/etc/default/grub.d"
  put "$deploy/grub-hall-kiosk.cfg" "$R/etc/default/grub.d/hall-kiosk.cfg"
  if ((changed)) && [[ -z $R ]] && command -v update-grub >/dev/null; then update-grub; fi
fi

if ((start)); then
  systemctl daemon-reload
  systemctl restart hall-kiosk.service hall-kiosk-update.service
  say "services (re)started; journalctl -u hall-kiosk -f shows the terminal's log"
fi
say "done: hall-kiosk $version${R:+ under $R}"
