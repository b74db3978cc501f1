"""Vector charts for reports (reportlab.graphics): sharp at any zoom, tiny in the file.

Each function returns a ``Drawing``, which is a platypus flowable of fixed size. Labels are
plain strings drawn in the embedded font (no markup), so any name prints as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from .badges import ellipsize
from .pdf import ACCENT, FONT, MUTED, register_fonts

PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1F4E79",
        "#E07B39",
        "#5B9BD5",
        "#70AD47",
        "#B3541E",
        "#8E6BB0",
        "#2E9C9C",
        "#C9A227",
        "#7F7F7F",
    )
]
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def nice_maximum(value: float) -> tuple[float, float]:
    """An axis maximum a little above ``value`` and a step giving about five gridlines."""
    if value <= 0:
        return 1, 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value / step <= 6:
            break
    top = step * (int(value // step) + 1)
    return top, step


def horizontal_bars(
    labels: Sequence[str],
    values: Sequence[float],
    width: float,
    bar_pitch: float = 5.2 * mm,
    label_width: float = 62 * mm,
    colour: colors.Color = ACCENT,
) -> Drawing:
    """One bar per label, top to bottom in the given order, with the value at the bar's end."""
    register_fonts()
    count = max(len(labels), 1)
    height = count * bar_pitch + 12 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8 * mm
    chart.width = width - label_width - 12 * mm
    chart.height = count * bar_pitch
    # HorizontalBarChart draws the first category at the bottom: reverse to read top-down.
    chart.data = [list(reversed([float(v) for v in values])) or [0]]
    chart.categoryAxis.categoryNames = list(
        reversed([ellipsize(str(label), FONT, 7.5, label_width - 4 * mm) for label in labels])
    ) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    top, step = nice_maximum(max([float(v) for v in values] or [0]))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", ".")
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_pitch * 0.7
    chart.groupSpacing = bar_pitch * 0.3
    chart.barLabelFormat = lambda v: f"{int(v):,}".replace(",", ".")
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barLabels.fillColor = MUTED
    drawing.add(chart)
    return drawing


def stacked_months(series: Mapping[str, Sequence[int]], width: float, height: float = 70 * mm) -> Drawing:
    """Events per month as stacked columns, one colour per kind, with a legend at the right."""
    register_fonts()
    drawing = Drawing(width, height)
    names = list(series) or [""]
    legend_width = 48 * mm
    chart = VerticalBarChart()
    chart.x = 10 * mm
    chart.y = 8 * mm
    chart.width = width - chart.x - legend_width - 4 * mm
    chart.height = height - 14 * mm
    chart.data = [[int(v) for v in series[name]] for name in series] or [[0] * 12]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = list(MONTH_ABBREVIATIONS)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = MUTED
    totals = [sum(column) for column in zip(*chart.data, strict=True)] if chart.data else [0]
    top, step = nice_maximum(max(totals or [0]))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.groupSpacing = 4
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = colors.white
        chart.bars[index].strokeWidth = 0.3
    drawing.add(chart)
    if series:
        legend = Legend()
        legend.x = width - legend_width
        legend.y = height - 6 * mm
        legend.alignment = "right"
        legend.fontName = FONT
        legend.fontSize = 7.5
        legend.columnMaximum = 10
        legend.dx = legend.dy = 6
        legend.deltay = 11
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], f"{name} ({sum(series[name])})") for i, name in enumerate(names)
        ]
        drawing.add(legend)
    return drawing
