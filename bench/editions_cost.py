"""What charts and editions cost, measured side by side in one process.

    .venv/bin/python bench/editions_cost.py [--rounds 5]

- the sample built with its four charts and without them (a copy of the folder whose
  figures.yaml has no `chart:`), alternating, medians and their ratio;
- the sample built as the Chinese original, the English edition (--locale en) and the
  Traditional edition (--locale zh_Hant_TW: OpenCC conversion, TC fonts), alternating;
- drawing one chart (ReportLab → SVG), and reading the caption face's advance widths
  from the font file (first build on a machine) against the disk cache.

Every build is forced (the build cache would otherwise skip unchanged ones).
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "lvliang-2021"
sys.path.insert(0, str(ROOT))


def without_charts(folder: Path) -> Path:
    copy = folder / SAMPLE.name
    shutil.copytree(SAMPLE, copy)
    figures = copy / "figures.yaml"
    text = re.sub(r"    chart:\n(?:      .*\n)+", "", figures.read_text("utf-8"))
    figures.write_text(text, "utf-8")
    return copy


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms"


def main() -> None:
    from briefing import charts, fonts
    from briefing.build import build
    from briefing.loader import load_briefing
    from briefing.render import FONTS_DIR

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        plain = without_charts(folder)
        out = folder / "bench.pdf"
        build(SAMPLE, out, force=True)  # warm-up: fonts, caches, imports

        runs: dict[str, list[float]] = {"charts": [], "no charts": []}
        for _ in range(args.rounds):
            runs["charts"].append(timed(lambda: build(SAMPLE, out, force=True)))
            runs["no charts"].append(timed(lambda: build(plain, out, force=True)))
        with_charts, without = (statistics.median(runs[k]) for k in ("charts", "no charts"))
        print(f"sample with 4 charts {with_charts:.3f} s, without {without:.3f} s, "
              f"ratio {with_charts / without:.3f}")

        editions = {"zh_Hans_CN": [], "en": [], "zh_Hant_TW": []}
        for _ in range(args.rounds):
            for locale, times in editions.items():
                times.append(timed(lambda locale=locale: build(SAMPLE, out, force=True,
                                                               locale=locale)))
        source = statistics.median(editions["zh_Hans_CN"])
        for locale, times in editions.items():
            print(f"edition {locale:>10}: {statistics.median(times):.3f} s, "
                  f"ratio to the original {statistics.median(times) / source:.3f}")

        resolved = fonts.resolve_fonts(fonts.load_font_config(FONTS_DIR))
        context = charts.ChartContext(fonts=charts.ChartFonts.for_role(resolved),
                                      locale="zh_Hans_CN")
        groups = [g for g in load_briefing(SAMPLE).figures if g.chart]
        draw = [timed(lambda: [charts.draw_chart(g, context) for g in groups])
                for _ in range(args.rounds * 4)]
        print(f"drawing the {len(groups)} charts (ReportLab → SVG): {median_ms(draw)}")

        face = context.fonts
        cache = charts._metrics_cache(face.path.resolve(), face.index)
        from_font, from_cache = [], []
        for _ in range(args.rounds):
            cache.unlink(missing_ok=True)
            from_font.append(timed(lambda: charts._read_metrics(face.path.resolve(),
                                                                face.index)))
            from_cache.append(timed(lambda: charts._read_metrics(face.path.resolve(),
                                                                 face.index)))
        print(f"caption face widths: from the font {median_ms(from_font)}, from the disk "
              f"cache {median_ms(from_cache)}, ratio "
              f"{statistics.median(from_font) / statistics.median(from_cache):.1f}")


if __name__ == "__main__":
    main()
