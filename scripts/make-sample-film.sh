#!/usr/bin/env bash
# Regenerates the self-made sample film used by stories and browser tests for
# <video controls> + <track kind="captions">:
#   assets/sample-film/sample-film.webm        VP9 + Opus, 480x270, 24 fps, 6 s
#   assets/sample-film/sample-film.poster.webp poster frame taken from the film
#   assets/sample-film/sample-film.{nb,nn,en}.vtt  WebVTT captions, 3 cues each
# Everything is synthesised by ffmpeg filters (no external footage, images or
# audio). Output is deterministic: single-threaded encoders, fixed settings and
# -bitexact so no encoder/version strings or random UIDs end up in the files.
# Usage: scripts/make-sample-film.sh   (needs Debian's ffmpeg with libvpx,
# libopus, libwebp, libfreetype; fonts-dejavu-core for the font)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/assets/sample-film"
FONT="${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}"
FONT_BOLD="${FONT_BOLD:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}"
FFMPEG="${FFMPEG:-ffmpeg}"

# 480x270 is 16:9 and big enough for readable text and caption rendering while
# staying tiny once compressed; 24 fps and 6 s as required by the tests.
W=480 H=270 FPS=24 DUR=6

for f in "$FONT" "$FONT_BOLD"; do
  [[ -r "$f" ]] || { echo "missing font: $f (apt-get install fonts-dejavu-core)" >&2; exit 1; }
done
mkdir -p "$OUT"

# --- Video + audio ----------------------------------------------------------
# Video: flat colour background (compresses to almost nothing), two lines of
# drawtext, a square sliding left→right (so it is visibly moving video and a
# paused vs. playing frame differ) and a thin progress bar at the top. Text and
# shapes keep clear of the lower third where captions are rendered.
# Audio: a soft 440 Hz sine (the sine source is already 1/8 FS; -12 dB more
# gives about -30 dBFS peak) with 0.5 s fades, so an audio track is present
# without anything loud.
VF="drawtext=fontfile=${FONT_BOLD}:text='Kultur for innovasjon':fontsize=30:fontcolor=white:x=(w-text_w)/2:y=58"
VF+=",drawtext=fontfile=${FONT}:text='Eksempelfilm':fontsize=22:fontcolor=0xFFD166:x=(w-text_w)/2:y=102"
VF+=",format=yuv420p"
# The moving parts are overlays (drawbox expressions are only evaluated once in
# ffmpeg 5.x, overlay x/y are re-evaluated per frame with t).
VF+="[bg];[2:v]format=yuv420p[sq];[3:v]format=yuv420p[bar]"
VF+=";[bg][sq]overlay=x='20+(W-60)*t/${DUR}':y=146[mv]"
VF+=";[mv][bar]overlay=x='-w+W*t/${DUR}':y=0:shortest=1,format=yuv420p"

# Encoder choices:
#  - libvpx-vp9 (VP9 in WebM): plays in Chromium and Firefox without
#    proprietary codecs. Constant quality (-crf 36 -b:v 0) keeps text crisp on
#    a static background; -deadline good -cpu-used 1 for compact output.
#  - -g 24: a keyframe every second so seeking in tests lands quickly/exactly.
#  - -threads 1 -row-mt 0 -tile-columns 0: single-threaded for determinism.
#  - libopus mono 16 kb/s: smallest sensible Opus track for a sine tone.
#  - -fflags/-flags +bitexact: no version strings, deterministic Matroska UIDs.
"$FFMPEG" -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0x1D3557:s=${W}x${H}:r=${FPS}:d=${DUR}" \
  -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=${DUR}" \
  -f lavfi -i "color=c=0xEF476F:s=20x20:r=${FPS}:d=${DUR}" \
  -f lavfi -i "color=c=0x06D6A0:s=${W}x4:r=${FPS}:d=${DUR}" \
  -filter_complex "[0:v]${VF}[v];[1:a]volume=-12dB,afade=t=in:d=0.5,afade=t=out:st=$((DUR - 1)).5:d=0.5,aformat=channel_layouts=mono[a]" \
  -map '[v]' -map '[a]' -t "$DUR" \
  -c:v libvpx-vp9 -crf 36 -b:v 0 -deadline good -cpu-used 1 -g "$FPS" \
  -threads 1 -row-mt 0 -tile-columns 0 -auto-alt-ref 1 -lag-in-frames 25 \
  -c:a libopus -b:a 16k -ac 1 -application audio \
  -metadata title='Eksempelfilm – Kultur for innovasjon' \
  -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -f webm "$OUT/sample-film.webm"

# --- Poster -----------------------------------------------------------------
# Frame at 2 s (square mid-way, progress bar visible) decoded from the film
# itself so the poster matches the video exactly. WebP at quality 60 keeps it
# well under 10 kB; supported by both target browsers.
"$FFMPEG" -hide_banner -loglevel error -y \
  -ss 2 -i "$OUT/sample-film.webm" -frames:v 1 -an \
  -c:v libwebp -quality 60 -compression_level 6 -preset picture \
  -fflags +bitexact -flags:v +bitexact \
  -f webp "$OUT/sample-film.poster.webp"

# --- Captions ---------------------------------------------------------------
# Three cues of 2 s each covering the whole film; UTF-8, LF line endings, no
# BOM. Same timings in all languages so tests can compare cue counts/times.
cat >"$OUT/sample-film.nb.vtt" <<'VTT'
WEBVTT

1
00:00:00.000 --> 00:00:02.000
Dette er en kort eksempelfilm.

2
00:00:02.000 --> 00:00:04.000
Den viser hvordan teksting fungerer.

3
00:00:04.000 --> 00:00:06.000
Du kan slå tekstingen av og på.
VTT

cat >"$OUT/sample-film.nn.vtt" <<'VTT'
WEBVTT

1
00:00:00.000 --> 00:00:02.000
Dette er ein kort eksempelfilm.

2
00:00:02.000 --> 00:00:04.000
Filmen viser korleis teksting fungerer.

3
00:00:04.000 --> 00:00:06.000
Du kan slå tekstinga av og på.
VTT

cat >"$OUT/sample-film.en.vtt" <<'VTT'
WEBVTT

1
00:00:00.000 --> 00:00:02.000
This is a short sample film.

2
00:00:02.000 --> 00:00:04.000
It shows how captions work.

3
00:00:04.000 --> 00:00:06.000
You can turn the captions on and off.
VTT

ls -l "$OUT"
