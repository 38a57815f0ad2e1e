#include "ui/charts/charts.hpp"

#include "ui/charts/chartview.hpp"
#include "ui/format.hpp"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace staffplan::ui {
namespace {

using Formatter = std::function<QString(const QPointF&)>;

double timeX(double wallSec)
{
    return static_cast<double>(wallClock(wallSec).toMSecsSinceEpoch());
}

QList<QPointF> seriesPoints(const std::vector<QPointF>& points, bool stepped, bool time)
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(points.size() * (stepped ? 2 : 1)));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = time ? timeX(points[i].x()) : points[i].x();
        out.append({x, points[i].y()});
        if (stepped) {
            const double next = i + 1 < points.size() ? points[i + 1].x()
                                : i > 0               ? 2 * points[i].x() - points[i - 1].x()
                                                      : points[i].x();
            out.append({time ? timeX(next) : next, points[i].y()});
        }
    }
    return out;
}

/// Shows the value of the point nearest the mouse while it is over the series.
void addTooltips(QXYSeries* series, Formatter format)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, format](const QPointF& at, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = series->points();
        if (points.isEmpty())
            return;
        const auto nearest = std::min_element(points.begin(), points.end(), [&](const QPointF& a, const QPointF& b) {
            return std::abs(a.x() - at.x()) < std::abs(b.x() - at.x());
        });
        QToolTip::showText(QCursor::pos(), series->name() + QStringLiteral(": ") + format(*nearest));
    });
}

QString yText(double y, const ChartAxes& axes)
{
    return std::isfinite(y) ? QLocale().toString(y, 'f', axes.yDecimals) + axes.ySuffix : dashText();
}

QChart* freshChart(ChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

struct Range
{
    double lo = std::numeric_limits<double>::infinity(), hi = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    bool empty() const { return lo > hi; }
};

QValueAxis* valueAxis(const QString& title, Range r, std::optional<double> min, std::optional<double> max)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    if (r.empty())
        r = {0, 1};
    double lo = min.value_or(r.lo >= 0 ? 0.0 : r.lo), hi = max.value_or(r.hi);
    if (hi <= lo)
        hi = lo + 1;
    axis->setRange(lo, hi);
    if (!min || !max)
        axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() - axis->min() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    return axis;
}

void style(QLineSeries* s, const ChartLine& line)
{
    s->setName(line.name);
    QPen pen = s->pen();
    if (line.color.isValid())
        pen.setColor(line.color);
    pen.setWidthF(2);
    if (line.dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    if (line.markers) {
        s->setPointsVisible(true);
        s->setMarkerSize(5);
    }
}

} // namespace

void plotTimeLines(ChartView* view, const ChartAxes& axes, const std::vector<ChartLine>& lines,
                   const std::vector<ChartBand>& bands)
{
    QChart* chart = freshChart(view, axes.title);
    auto* x = new QDateTimeAxis;
    x->setTitleText(axes.xTitle);
    // the points as drawn (milliseconds of the wall clock; steps held to the next point) and their ranges
    Range xr, yr;
    std::vector<QList<QPointF>> linePoints, bandLow, bandHigh;
    for (const auto& l : lines) {
        linePoints.push_back(seriesPoints(l.points, l.stepped, true));
        for (const auto& p : linePoints.back()) {
            xr.add(p.x());
            yr.add(p.y());
        }
    }
    for (const auto& b : bands) {
        bandLow.push_back(seriesPoints(b.low, true, true));
        bandHigh.push_back(seriesPoints(b.high, true, true));
        for (const auto* list : {&bandLow.back(), &bandHigh.back()})
            for (const auto& p : *list) {
                xr.add(p.x());
                yr.add(p.y());
            }
    }
    if (!xr.empty()) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xr.lo)),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xr.hi)));
    }
    const double spanDays = xr.empty() ? 0 : (xr.hi - xr.lo) / 86'400'000.0;
    // days as month-day (ISO order, read the same in every language); a day or two as weekday and time.  A
    // week or two gets a tick a day, longer spans about eight.
    x->setFormat(spanDays > 2.5 ? QStringLiteral("MM-dd") : QStringLiteral("ddd HH:mm"));
    const double rounded = std::round(spanDays);
    x->setTickCount(spanDays > 2.5 && spanDays <= 15 && std::abs(spanDays - rounded) < 0.01
                        ? static_cast<int>(rounded) + 1
                        : 7);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = valueAxis(axes.yTitle, yr, axes.yMin, axes.yMax);
    chart->addAxis(y, Qt::AlignLeft);
    auto timeFormat = [axes](const QPointF& p) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x()));
        return QLocale().toString(t, QLocale::ShortFormat) + QStringLiteral(" \u2014 ") + yText(p.y(), axes);
    };
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const ChartBand& b = bands[i];
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->replace(bandHigh[i]);
        lower->replace(bandLow[i]);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(b.name);
        QColor c = b.color.isValid() ? b.color : QColor(70, 130, 180);
        c.setAlphaF(0.25);
        area->setBrush(c);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ChartLine& l = lines[i];
        auto* s = new QLineSeries;
        s->replace(linePoints[i]);
        style(s, l);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        addTooltips(s, timeFormat);
    }
}

void plotLines(ChartView* view, const ChartAxes& axes, const std::vector<ChartLine>& lines)
{
    QChart* chart = freshChart(view, axes.title);
    Range xr, yr;
    for (const auto& l : lines)
        for (const auto& p : l.points) {
            xr.add(p.x());
            yr.add(p.y());
        }
    QValueAxis* x = valueAxis(axes.xTitle, xr, axes.xMin.value_or(xr.empty() ? 0 : xr.lo), axes.xMax.value_or(xr.empty() ? 1 : xr.hi));
    x->setLabelFormat(QStringLiteral("%.0f"));
    QValueAxis* y = valueAxis(axes.yTitle, yr, axes.yMin, axes.yMax);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto format = [axes, xTitle = axes.xTitle](const QPointF& p) {
        return xTitle + QLatin1Char(' ') + QLocale().toString(p.x(), 'f', 0) + QStringLiteral(" \u2014 ") +
               yText(p.y(), axes);
    };
    for (const auto& l : lines) {
        auto* s = new QLineSeries;
        s->replace(seriesPoints(l.points, l.stepped, false));
        style(s, l);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        addTooltips(s, format);
    }
    if (axes.marker) {
        auto* m = new QLineSeries;
        m->setName(axes.markerName);
        m->append(*axes.marker, y->min());
        m->append(*axes.marker, y->max());
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        m->setPen(pen);
        chart->addSeries(m);
        m->attachAxis(x);
        m->attachAxis(y);
    }
}

void plotMessage(ChartView* view, const QString& title, const QString& message)
{
    QChart* chart = freshChart(view, QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    chart->legend()->hide();
}

} // namespace staffplan::ui
