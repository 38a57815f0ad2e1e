#include "ui/charts/charts.hpp"

#include "ui/charts/chartview.hpp"
#include "ui/format.hpp"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
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
#include <unordered_map>

namespace staffplan::ui {
namespace {

using Formatter = std::function<QString(const QPointF&)>;

/// The chart position of a wall-clock time: the milliseconds of the local time showing that wall clock (the
/// date-time axis shows local time).  The zone's offset is looked up once per day and kept: asking the C
/// library for each point stats /etc/localtime every time, which cost most of a redraw.
double timeX(double wallSec)
{
    static std::unordered_map<long long, qint64> offsetMsOfDay;
    const long long day = static_cast<long long>(std::floor(wallSec / 86400));
    auto it = offsetMsOfDay.find(day);
    if (it == offsetMsOfDay.end())
        it = offsetMsOfDay.emplace(day, wallClock(day * 86400.0 + 43200).offsetFromUtc() * qint64(1000)).first;
    return wallSec * 1000 - static_cast<double>(it->second);
}

/// More points than a chart has pixels across: each run of points becomes its lowest and highest, in order
/// (every peak and trough stays; Qt Charts takes ~30 ms per thousand points to redraw).
constexpr std::size_t kMostPointsShown = 1000;

QList<QPointF> seriesPoints(const std::vector<QPointF>& points, bool stepped, bool time)
{
    QList<QPointF> out;
    if (points.size() > kMostPointsShown) {
        const std::size_t buckets = kMostPointsShown / 2;
        const std::size_t per = (points.size() + buckets - 1) / buckets;
        out.reserve(static_cast<qsizetype>(2 * buckets + 2));
        for (std::size_t begin = 0; begin < points.size(); begin += per) {
            const std::size_t end = std::min(points.size(), begin + per);
            std::size_t lo = begin, hi = begin;
            for (std::size_t i = begin; i < end; ++i) { // a NaN (no value) is neither
                if (points[i].y() < points[lo].y() || std::isnan(points[lo].y()))
                    lo = i;
                if (points[i].y() > points[hi].y() || std::isnan(points[hi].y()))
                    hi = i;
            }
            for (const std::size_t i : {std::min(lo, hi), std::max(lo, hi)}) {
                out.append({time ? timeX(points[i].x()) : points[i].x(), points[i].y()});
                if (lo == hi)
                    break;
            }
        }
        return out;
    }
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

void setValueRange(QValueAxis* axis, Range r, std::optional<double> min, std::optional<double> max)
{
    if (r.empty())
        r = {0, 1};
    double lo = min.value_or(r.lo >= 0 ? 0.0 : r.lo), hi = max.value_or(r.hi);
    if (hi <= lo)
        hi = lo + 1;
    axis->setRange(lo, hi);
    if (!min || !max)
        axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() - axis->min() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

QValueAxis* valueAxis(const QString& title, Range r, std::optional<double> min, std::optional<double> max)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    setValueRange(axis, r, min, max);
    return axis;
}

void setTimeRange(QDateTimeAxis* x, const Range& xr, const QString& title)
{
    if (!xr.empty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xr.lo)),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xr.hi)));
    const double spanDays = xr.empty() ? 0 : (xr.hi - xr.lo) / 86'400'000.0;
    // days as month-day in the language's order (the title says which); a day or two as weekday and time.  A
    // week or two gets a tick a day, longer spans about eight.
    x->setFormat(spanDays > 2.5 ? QCoreApplication::translate("Charts", "MM-dd", "date format of a chart axis: month and day")
                                : QCoreApplication::translate("Charts", "ddd HH:mm", "date format of a chart axis: weekday and time"));
    x->setTitleText(!title.isEmpty() ? title
                    : spanDays > 2.5 ? QCoreApplication::translate("Charts", "Date (month-day)")
                                     : QCoreApplication::translate("Charts", "Day and time"));
    const double rounded = std::round(spanDays);
    x->setTickCount(spanDays > 2.5 && spanDays <= 15 && std::abs(spanDays - rounded) < 0.01
                        ? static_cast<int>(rounded) + 1
                        : 7);
}

/// The chart already in the view when it shows the same series (by name, in order): redrawing that one with
/// new points is several times faster than building a chart.
QChart* reusable(ChartView* view, const std::vector<QString>& names)
{
    QChart* chart = view->chart();
    if (!chart || !chart->property("staffplan-time").toBool())
        return nullptr;
    const auto series = chart->series();
    if (series.size() != static_cast<qsizetype>(names.size()))
        return nullptr;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (series[static_cast<qsizetype>(i)]->name() != names[i])
            return nullptr;
    return chart;
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
    // the points as drawn (milliseconds of the wall clock; steps held to the next point) and their ranges
    Range xr, yr;
    std::vector<QList<QPointF>> linePoints, bandLow, bandHigh;
    std::vector<QString> names;
    for (const auto& b : bands) {
        names.push_back(b.name);
        bandLow.push_back(seriesPoints(b.low, true, true));
        bandHigh.push_back(seriesPoints(b.high, true, true));
        for (const auto* list : {&bandLow.back(), &bandHigh.back()})
            for (const auto& p : *list) {
                xr.add(p.x());
                yr.add(p.y());
            }
    }
    for (const auto& l : lines) {
        names.push_back(l.name);
        linePoints.push_back(seriesPoints(l.points, l.stepped, true));
        for (const auto& p : linePoints.back()) {
            xr.add(p.x());
            yr.add(p.y());
        }
    }

    if (QChart* chart = reusable(view, names)) {
        chart->setTitle(axes.title);
        const auto series = chart->series();
        for (std::size_t i = 0; i < bands.size(); ++i) {
            auto* area = static_cast<QAreaSeries*>(series[static_cast<qsizetype>(i)]);
            area->upperSeries()->replace(bandHigh[i]);
            area->lowerSeries()->replace(bandLow[i]);
        }
        for (std::size_t i = 0; i < lines.size(); ++i)
            static_cast<QLineSeries*>(series[static_cast<qsizetype>(bands.size() + i)])->replace(linePoints[i]);
        setTimeRange(static_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).first()), xr, axes.xTitle);
        auto* y = static_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
        y->setTitleText(axes.yTitle);
        setValueRange(y, yr, axes.yMin, axes.yMax);
        return;
    }

    QChart* chart = freshChart(view, axes.title);
    chart->setProperty("staffplan-time", true);
    auto* x = new QDateTimeAxis;
    setTimeRange(x, xr, axes.xTitle);
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
        auto* s = new QLineSeries;
        s->replace(linePoints[i]);
        style(s, lines[i]);
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
