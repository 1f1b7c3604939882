#!/usr/bin/env bash
# Makes the images of docs/report.md from the Dutch annex of the baseline and the defence
# expansion (whole country): its first page, as headless Chromium shows it, downscaled to 800
# pixels wide, in docs/images/report_first_page_nl.png; and its difference chart
# (effect_employment_1.png), downscaled the same way, in docs/images/report_effect_nl.png.
#
# Usage: scripts/report_images.sh [LMSIM]   (LMSIM defaults to build/cli/lmsim)
# Needs chromium and python3-pil (scripts/setup.sh installs them); runs /usr/bin/python3 or the
# interpreter LMSIM_PYTHON names. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${LMSIM_PYTHON:-/usr/bin/python3}
lmsim=$(realpath "${1:-build/cli/lmsim}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$lmsim" run scenarios/baseline.toml --out "$work/base.h5" -q
"$lmsim" run scenarios/defence_expansion.toml --out "$work/defence.h5" -q
"$lmsim" report "$work/base.h5" "$work/defence.h5" --out "$work/annex" --lang nl -q

# The first page alone: the page without its other sections, beside it so its styles apply.
"$python" - "$work/annex" <<'PYTHON'
import re
import sys
from pathlib import Path

annex = Path(sys.argv[1])
page = (annex / "index.html").read_text(encoding="utf-8")
first = re.sub(r'<section id="(?!summary")[^"]*".*?</section>', "", page, flags=re.S)
first = first.replace("</head>", "<style>body { max-width: 1000px; padding: 0 32px; }</style></head>")
(annex / "first_page.html").write_text(first, encoding="utf-8")
PYTHON

chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1100,3000 --screenshot="$work/first.png" "file://$work/annex/first_page.html" \
  >/dev/null 2>&1

# Crop the white below the page, then downscale.
"$python" - "$work/first.png" docs/images/report_first_page_nl.png \
  "$work/annex/effect_employment_1.png" docs/images/report_effect_nl.png <<'PYTHON'
import sys

from PIL import Image, ImageOps


def small(image, target):
    """Downscaled to 800 pixels wide; 64 colours keep the text sharp and the file small."""
    width = 800
    image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    image = image.quantize(colors=64, method=Image.MEDIANCUT)
    image.save(target, optimize=True)
    print(f"wrote {target} ({image.width} x {image.height})")


shot = Image.open(sys.argv[1]).convert("RGB")
left, top, right, bottom = ImageOps.invert(shot).getbbox()
small(shot.crop((0, 0, shot.width, min(shot.height, bottom + 24))), sys.argv[2])
small(Image.open(sys.argv[3]).convert("RGB"), sys.argv[4])
PYTHON
