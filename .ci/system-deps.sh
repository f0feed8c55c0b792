#!/usr/bin/env bash
# Installs the system libraries Veldwerk and its tests need (Debian/Ubuntu), only those missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail
PACKAGES=(
  libportaudio2 libsndfile1                      # sounddevice / soundfile
  pulseaudio pulseaudio-utils libasound2-plugins # a real capture device on a headless box (null sink)
  espeak-ng sox                                  # spoken Dutch test clips
  strace                                         # the system-call audit (no network, no stray files)
  xvfb xauth                                     # a screen for the app on a headless box
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libxi6 libnss3 libxcomposite1
  libxdamage1 libxrandr2 libxtst6 libasound2
  fonts-dejavu-core                              # readable screenshots
)
command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install the equivalents of: ${PACKAGES[*]}"; exit 0; }
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Package names differ slightly between releases (libasound2 vs libasound2t64): install one by one.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || for pkg in "${missing[@]}"; do
    apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 || echo "system-deps: could not install $pkg" >&2
  done
else
  echo "Missing system packages. Run:"
  echo "  sudo apt-get install -y ${missing[*]}"
fi
