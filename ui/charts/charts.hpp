#pragma once
// Every chart StaffPlan draws goes through these functions: the pages hand over plain data (lines, bands,
// bars), and only this folder knows Qt Charts.

#include <QColor>
#include <QPointF>
#include <QString>

#include <vector>

namespace staffplan::ui {

class ChartView;

struct ChartLine
{
    QString name;
    std::vector<QPointF> points; ///< x: wall-clock seconds on a time chart, a number otherwise
    QColor color;                ///< invalid: the theme's next colour
    bool dashed = false;
    bool stepped = false; ///< held until the next point (per-interval values)
    bool markers = false; ///< dots at the points
};

/// A shaded range (a forecast's prediction band), drawn under the lines.
struct ChartBand
{
    QString name;
    std::vector<QPointF> low, high;
    QColor color;
};

struct ChartAxes
{
    QString title, xTitle, yTitle;
    QString ySuffix;          ///< after values in tooltips: "%", " s" ...
    int yDecimals = 0;
    std::optional<double> yMin, yMax, xMin, xMax;
    std::optional<double> marker; ///< a vertical line at this x (e.g. the offered load)
    QString markerName;
};

/// Lines (and bands) over time; x values are wall-clock seconds (core's times).
void plotTimeLines(ChartView* view, const ChartAxes& axes, const std::vector<ChartLine>& lines,
                   const std::vector<ChartBand>& bands = {});

/// Lines over a numeric x (agents, seconds).
void plotLines(ChartView* view, const ChartAxes& axes, const std::vector<ChartLine>& lines);

/// A chart with a message instead of data (nothing imported yet ...).
void plotMessage(ChartView* view, const QString& title, const QString& message);

} // namespace staffplan::ui
