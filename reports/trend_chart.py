"""The trend of the last scans as an inline SVG's geometry: per scan a bar of the
findings open, stacked by type, with what was new and resolved since the scan
before; the template draws it (no script, no network)."""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors.entities import ALL_ENTITIES
from reports.times import local_time

COLORS = ("#0969da", "#cf222e", "#8250df", "#bf8700", "#1a7f37", "#e16f24", "#57606a", "#a0a8b0")
OTHER = "_other"
PLOT_HEIGHT, TOP, LEFT, STEP, BAR = 150, 24, 36, 34, 22
MAX_SERIES = len(COLORS) - 1  # and one colour for all the others


@dataclass
class Segment:
    series: str
    y: float
    height: float
    count: int
    new: int
    resolved: int


@dataclass
class Bar:
    x: float
    label: str  # the scan's day, local
    scan_id: int
    total: int
    new: int
    resolved: int
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Chart:
    width: int
    height: int
    baseline: float
    series: list[tuple[str, str]]  # (entity type or _other, colour), drawn bottom up
    bars: list[Bar]
    peak: int


def _series(points: list[dict]) -> list[str]:
    latest = points[-1]["open"] if points else {}
    seen = {t for p in points for t in p["open"]}
    ordered = sorted(seen, key=lambda t: (-latest.get(t, 0), ALL_ENTITIES.index(t) if t in ALL_ENTITIES else 99))
    return ordered[:MAX_SERIES] + ([OTHER] if len(ordered) > MAX_SERIES else [])


def _grouped(counts: dict[str, int], series: list[str]) -> dict[str, int]:
    shown = {s: counts.get(s, 0) for s in series if s != OTHER}
    if OTHER in series:
        shown[OTHER] = sum(n for t, n in counts.items() if t not in shown)
    return shown


def _bar(index: int, point: dict, series: list[str], scale: float, tz) -> Bar:
    opened, new, resolved = (_grouped(point[k], series) for k in ("open", "new", "resolved"))
    bar = Bar(LEFT + STEP * index, local_time(point["scan"]["started"], tz)[5:10], point["scan"]["id"],
              sum(opened.values()), sum(new.values()), sum(resolved.values()))
    y = TOP + PLOT_HEIGHT
    for name in series:
        height = opened[name] * scale
        y -= height
        bar.segments.append(Segment(name, round(y, 1), round(height, 1), opened[name], new[name], resolved[name]))
    return bar


def trend_chart(points: list[dict], tz) -> Chart:
    series = _series(points)
    peak = max((sum(p["open"].values()) for p in points), default=0)
    scale = PLOT_HEIGHT / peak if peak else 0
    bars = [_bar(i, p, series, scale, tz) for i, p in enumerate(points)]
    width = max(360, LEFT + STEP * len(points) + 8)
    return Chart(width, TOP + PLOT_HEIGHT + 52, TOP + PLOT_HEIGHT,
                 [(s, COLORS[i] if s != OTHER else COLORS[-1]) for i, s in enumerate(series)], bars, peak)
