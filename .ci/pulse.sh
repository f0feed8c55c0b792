#!/usr/bin/env bash
# Gives a headless box a real capture device: a PulseAudio daemon with a null sink
# "veldwerk_test" whose monitor is the default source. Idempotent; safe to run as root.
#
# Needs (Debian/Ubuntu): pulseaudio pulseaudio-utils libasound2-plugins libportaudio2
#   - pulseaudio-utils: pactl, paplay
#   - libasound2-plugins: ALSA's "pulse" PCM, through which PortAudio (sounddevice) reaches the daemon
#
# Afterwards: record from sounddevice device "pulse" (or "default"), play into the sink with
#   paplay --device=veldwerk_test clip.wav
# `pulse.sh NAME` also makes a private sink NAME without touching the defaults; a client reaches
# it with PULSE_SOURCE=NAME.monitor and PULSE_SINK=NAME (tests/pulse.py does this per test run,
# so test runs sharing one daemon do not hear each other).
set -euo pipefail

SINK="${1:-veldwerk_test}"
SILENCE="${SINK}_silence"

for tool in pulseaudio pactl paplay; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "pulse.sh: '$tool' not found; install: apt-get install -y pulseaudio pulseaudio-utils libasound2-plugins" >&2
    exit 1
  fi
done
if ! compgen -G "/usr/lib/*/alsa-lib/libasound_module_pcm_pulse.so" >/dev/null \
   && ! compgen -G "/usr/lib/alsa-lib/libasound_module_pcm_pulse.so" >/dev/null; then
  echo "pulse.sh: the ALSA pulse plugin is missing; install: apt-get install -y libasound2-plugins" >&2
  exit 1
fi

# A runtime dir that is set but missing (common in containers) makes the daemon fail.
if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ ! -d "$XDG_RUNTIME_DIR" ]; then
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi

# One caller at a time (parallel test processes).
exec 9>"${TMPDIR:-/tmp}/veldwerk-pulse-$(id -u).lock"
flock -w 30 9 || true

if ! pactl info >/dev/null 2>&1; then
  # As root PulseAudio only warns ("not intended to be run as root") and runs per-user.
  pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit --log-target=stderr --log-level=error \
    || true
  for _ in $(seq 1 100); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! pactl info >/dev/null 2>&1; then
    echo "pulse.sh: PulseAudio did not start; try 'pulseaudio -vvv --daemonize=no' to see why" >&2
    exit 1
  fi
fi

if ! pactl list short sinks | awk '{print $2}' | grep -qx "$SINK"; then
  pactl load-module module-null-sink sink_name="$SINK" rate=48000 channels=2 \
    sink_properties=device.description=Veldwerk-test >/dev/null
fi

# Keep the null sink busy with silence at low latency. Without a playing stream it renders in
# 2-second periods and a new recording only starts receiving audio up to 2 s late.
if ! pactl list short sources | awk '{print $2}' | grep -qx "$SILENCE"; then
  pactl load-module module-null-source source_name="$SILENCE" rate=48000 channels=2 >/dev/null
fi
if ! pactl list short modules | grep "module-loopback" | grep -q "source=$SILENCE "; then
  pactl load-module module-loopback source="$SILENCE" sink="$SINK" latency_msec=30 \
    source_dont_move=true sink_dont_move=true >/dev/null
fi

if [ $# -eq 0 ]; then
  pactl set-default-sink "$SINK"
  pactl set-default-source "$SINK.monitor"
fi
echo "pulse.sh: PulseAudio ready; capture from '$SINK.monitor', play with: paplay --device=$SINK FILE"
