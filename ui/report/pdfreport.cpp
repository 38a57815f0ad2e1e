#include "ui/report/pdfreport.hpp"

#include "ui/format.hpp"
#include "ui/text/language.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace staffplan::report {
namespace {

// A4 in points, and the margins
constexpr double kWidth = 595.28, kHeight = 841.89, kMargin = 42;
constexpr double kTableRow = 11.5;

QString tr(const char* text)
{
    return QCoreApplication::translate("staffplan::report", text);
}

/// A font `size` points tall on the page.  The writer resolves point sizes at its 300 dpi and the painter is
/// scaled by 300/72 on top (so that coordinates are points), hence the 72/300.
QFont font(double size, bool bold = false)
{
    // Noto Sans has Latin and Cyrillic; WenQuanYi Micro Hei the Chinese, and leads in Chinese so that a line's
    // Latin and Chinese share one design.  Not Noto Sans CJK for the PDF: it draws the CJK radicals (U+2E80..)
    // with the same glyphs as the ideographs, and Qt's text map gives each glyph its lowest code point, so
    // text copied or searched in the PDF would read "⼈⼒" for 人力.  Noto Sans CJK SC stays the last resort.
    QFont f;
    const QString latin = QStringLiteral("Noto Sans"), chinese = QStringLiteral("WenQuanYi Micro Hei"),
                  fallback = QStringLiteral("Noto Sans CJK SC");
    f.setFamilies(text::currentLanguage() == QLatin1String("zh_CN") ? QStringList{chinese, latin, fallback}
                                                                      : QStringList{latin, chinese, fallback});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(size * 72.0 / 300.0);
    f.setBold(bold);
    return f;
}

double niceStep(double range, int ticks)
{
    if (!(range > 0))
        return 1;
    const double raw = range / ticks, magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

/// One page being painted: footers and page numbers are added when it is finished.
class Pages
{
  public:
    Pages(QPdfWriter& writer, QPainter& painter, const ReportData& report, int total)
        : writer_(writer), painter_(painter), report_(report), total_(total)
    {
    }
    void next()
    {
        footer();
        writer_.newPage();
        ++page_;
    }
    void footer()
    {
        painter_.setFont(font(7));
        painter_.setPen(Qt::darkGray);
        const QRectF line(kMargin, kHeight - kMargin + 8, kWidth - 2 * kMargin, 12);
        painter_.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, report_.footer);
        painter_.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                          QCoreApplication::translate("staffplan::report", "Page %1 of %2").arg(page_).arg(total_));
        painter_.setPen(Qt::black);
    }
    int page() const { return page_; }

  private:
    QPdfWriter& writer_;
    QPainter& painter_;
    const ReportData& report_;
    int total_;
    int page_ = 1;
};

double drawPairs(QPainter& p, double y, const QString& heading, const std::vector<std::pair<QString, QString>>& pairs)
{
    p.setFont(font(12, true));
    p.drawText(QRectF(kMargin, y, kWidth - 2 * kMargin, 18), Qt::AlignLeft | Qt::AlignVCenter, heading);
    y += 22;
    for (const auto& [label, value] : pairs) {
        p.setFont(font(9, true));
        const QRectF labelRect(kMargin, y, 170, 1000);
        const QRectF valueRect(kMargin + 175, y, kWidth - 2 * kMargin - 175, 1000);
        const QRectF usedLabel = p.boundingRect(labelRect, Qt::TextWordWrap, label);
        p.drawText(labelRect, Qt::TextWordWrap, label);
        p.setFont(font(9));
        const QRectF usedValue = p.boundingRect(valueRect, Qt::TextWordWrap, value);
        p.drawText(valueRect, Qt::TextWordWrap, value);
        y += std::max(usedLabel.height(), usedValue.height()) + 4;
    }
    return y + 10;
}

std::vector<double> columnWidths(const Table& t, double total)
{
    // the first column wider (dates); the rest share what is left
    std::vector<double> w(t.header.size(), 0);
    if (w.empty())
        return w;
    const double first = t.header.size() > 6 ? 70 : 110;
    w[0] = first;
    for (std::size_t c = 1; c < w.size(); ++c)
        w[c] = (total - first) / static_cast<double>(w.size() - 1);
    return w;
}

double drawTableHeader(QPainter& p, double y, const Table& t, const std::vector<double>& widths)
{
    p.setFont(font(6, true));
    double x = kMargin, height = 0;
    for (int c = 0; c < t.header.size(); ++c) {
        const QRectF cell(x + 2, y, widths[c] - 4, 100);
        const int align = (t.numeric.size() > std::size_t(c) && t.numeric[c] ? Qt::AlignRight : Qt::AlignLeft) |
                          Qt::TextWordWrap;
        height = std::max(height, p.boundingRect(cell, align, t.header[c]).height());
        p.drawText(cell, align, t.header[c]);
        x += widths[c];
    }
    y += height + 3;
    p.drawLine(QPointF(kMargin, y), QPointF(kWidth - kMargin, y));
    return y + 2;
}

/// Rows per page of a table that starts at `top`.
int rowsPerPage(double top)
{
    return static_cast<int>((kHeight - kMargin - 30 - top) / kTableRow);
}

void drawRow(QPainter& p, double y, const Table& t, const QStringList& row, const std::vector<double>& widths, bool shade)
{
    if (shade)
        p.fillRect(QRectF(kMargin, y, kWidth - 2 * kMargin, kTableRow), QColor(242, 245, 250));
    p.setFont(font(7));
    double x = kMargin;
    for (int c = 0; c < row.size() && c < static_cast<int>(widths.size()); ++c) {
        const int align = (t.numeric.size() > std::size_t(c) && t.numeric[c] ? Qt::AlignRight : Qt::AlignLeft) |
                          Qt::AlignVCenter;
        p.drawText(QRectF(x + 2, y, widths[c] - 4, kTableRow), align, row[c]);
        x += widths[c];
    }
}

constexpr double kTableTop = kMargin + 24; ///< below a page's heading
constexpr int kChartsPerPage = 2;

int tablePages(const Table& t)
{
    if (t.rows.empty())
        return 1;
    const int per = rowsPerPage(kTableTop + 30);
    return static_cast<int>((t.rows.size() + per - 1) / per);
}

void drawTable(QPainter& p, Pages& pages, const QString& heading, const Table& t)
{
    const auto widths = columnWidths(t, kWidth - 2 * kMargin);
    const int per = rowsPerPage(kTableTop + 30);
    std::size_t next = 0;
    bool first = true;
    do {
        if (!first)
            pages.next();
        first = false;
        p.setFont(font(12, true));
        p.drawText(QRectF(kMargin, kMargin, kWidth - 2 * kMargin, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   next == 0 ? heading : tr("%1 (continued)").arg(heading));
        double y = drawTableHeader(p, kTableTop, t, widths);
        for (int k = 0; k < per && next < t.rows.size(); ++k, ++next) {
            drawRow(p, y, t, t.rows[next], widths, k % 2 == 1);
            y += kTableRow;
        }
        if (t.rows.empty()) {
            p.setFont(font(9));
            p.drawText(QRectF(kMargin, y + 4, kWidth - 2 * kMargin, 14), Qt::AlignLeft, tr("No rows."));
        }
    } while (next < t.rows.size());
}

} // namespace

void paintChart(QPainter& p, const QRectF& area, const Chart& chart)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font(9.5, true));
    const QRectF titleRect(area.left(), area.top(), area.width(), 28);
    p.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    // the legend's height, by laying it out
    p.setFont(font(7.5));
    const QFontMetricsF fm(p.font(), p.device());
    double lx = 0;
    int legendRows = 1;
    for (const Line& l : chart.lines) {
        const double w = 16 + fm.horizontalAdvance(l.name) + 14;
        if (lx + w > area.width() - 40 && lx > 0) {
            ++legendRows;
            lx = 0;
        }
        lx += w;
    }
    const double legendHeight = legendRows * 12 + 4;
    const QRectF plot(area.left() + 44, area.top() + 32, area.width() - 52, area.height() - 32 - 34 - legendHeight);

    double xmin = std::numeric_limits<double>::infinity(), xmax = -xmin, ymin = xmin, ymax = -xmin;
    for (const Line& l : chart.lines)
        for (const QPointF& pt : l.points) {
            xmin = std::min(xmin, pt.x());
            xmax = std::max(xmax, pt.x());
            ymin = std::min(ymin, pt.y());
            ymax = std::max(ymax, pt.y());
        }
    if (!(xmax > xmin)) {
        xmin = 0;
        xmax = 1;
    }
    if (chart.timeAxis) { // the last interval's step runs to its end
        double length = 0;
        for (const Line& l : chart.lines)
            if (l.points.size() > 1)
                length = l.points[1].x() - l.points[0].x();
        xmax += length;
    }
    ymin = chart.yMin.value_or(std::isfinite(ymin) ? std::min(0.0, ymin) : 0.0);
    ymax = chart.yMax.value_or(std::isfinite(ymax) ? ymax : 1.0);
    if (!(ymax > ymin))
        ymax = ymin + 1;
    const double yStep = niceStep(ymax - ymin, 5);
    if (!chart.yMax)
        ymax = std::ceil(ymax / yStep) * yStep;
    auto X = [&](double x) { return plot.left() + (x - xmin) / (xmax - xmin) * plot.width(); };
    auto Y = [&](double y) { return plot.bottom() - (y - ymin) / (ymax - ymin) * plot.height(); };

    // grid and axes
    p.setFont(font(7));
    p.setPen(QPen(QColor(225, 225, 225), 0.5));
    for (double y = ymin; y <= ymax + 1e-9; y += yStep) {
        p.drawLine(QPointF(plot.left(), Y(y)), QPointF(plot.right(), Y(y)));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), Y(y) - 6, 40, 12), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(y, 'f', yStep < 1 ? 1 : 0));
        p.setPen(QPen(QColor(225, 225, 225), 0.5));
    }
    std::vector<std::pair<double, QString>> xticks;
    if (chart.timeAxis) {
        const double days = (xmax - xmin) / 86400;
        const double every = days <= 16 ? 86400 : std::ceil(days / 8) * 86400;
        for (double d = std::ceil(xmin / 86400) * 86400; d <= xmax + 1; d += every)
            xticks.emplace_back(d, ui::wallClock(d).toString(QCoreApplication::translate(
                                       "Charts", "MM-dd", "date format of a chart axis: month and day")));
    } else {
        const double step = niceStep(xmax - xmin, 8);
        for (double x = std::ceil(xmin / step) * step; x <= xmax + 1e-9; x += step)
            xticks.emplace_back(x, QLocale().toString(x, 'f', 0));
    }
    for (const auto& [x, label] : xticks) {
        p.setPen(QPen(QColor(225, 225, 225), 0.5));
        p.drawLine(QPointF(X(x), plot.top()), QPointF(X(x), plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(X(x) - 25, plot.bottom() + 2, 50, 10), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(QPen(Qt::black, 0.7));
    p.drawRect(plot);
    p.setFont(font(7.5, true));
    p.drawText(QRectF(plot.left(), plot.bottom() + 13, plot.width(), 11), Qt::AlignHCenter, chart.xTitle);
    p.save();
    p.translate(area.left() + 6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -6, plot.height(), 12), Qt::AlignHCenter | Qt::AlignVCenter, chart.yTitle);
    p.restore();

    // the lines
    p.setClipRect(plot.adjusted(-1, -1, 1, 1));
    for (const Line& l : chart.lines) {
        if (l.points.empty())
            continue;
        QPainterPath path;
        for (std::size_t i = 0; i < l.points.size(); ++i) {
            const QPointF pt(X(l.points[i].x()), Y(l.points[i].y()));
            if (i == 0)
                path.moveTo(pt);
            else if (l.stepped)
                path.lineTo(QPointF(pt.x(), path.currentPosition().y())), path.lineTo(pt);
            else
                path.lineTo(pt);
        }
        if (l.stepped && l.points.size() > 1)
            path.lineTo(QPointF(X(2 * l.points.back().x() - l.points[l.points.size() - 2].x()),
                                path.currentPosition().y()));
        QPen pen(l.color.isValid() ? l.color : QColor(31, 119, 180), 1.1);
        if (l.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.setClipping(false);

    // the legend
    p.setFont(font(7.5));
    double x = area.left() + 20, y = plot.bottom() + 28;
    for (const Line& l : chart.lines) {
        const double w = 16 + fm.horizontalAdvance(l.name) + 14;
        if (x + w > area.right() - 20 && x > area.left() + 20) {
            x = area.left() + 20;
            y += 12;
        }
        QPen pen(l.color.isValid() ? l.color : QColor(31, 119, 180), 2);
        if (l.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, y + 6), QPointF(x + 12, y + 6));
        p.setPen(Qt::black);
        p.drawText(QRectF(x + 16, y, w, 12), Qt::AlignLeft | Qt::AlignVCenter, l.name);
        x += w;
    }
    p.restore();
}

bool writePdf(const ReportData& report, const QString& path, QString& error, int* pagesOut)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("StaffPlan"));
    QPainter p;
    if (!p.begin(&writer)) {
        error = tr("cannot write %1.").arg(path);
        return false;
    }
    // the writer counts in dots of 1/300 inch: the painter is scaled so that 1 unit is 1 point
    p.scale(300.0 / 72.0, 300.0 / 72.0);
    const int chartPages = static_cast<int>((report.charts.size() + kChartsPerPage - 1) / kChartsPerPage);
    const bool withShifts = !report.shiftSummary.empty();
    const int total = 1 + chartPages + tablePages(report.intervals) + tablePages(report.history) +
                      (withShifts ? 1 + tablePages(report.shifts) : 0);
    Pages pages(writer, p, report, total);

    // 1: title, assumptions, summary
    p.setFont(font(22, true));
    p.drawText(QRectF(kMargin, kMargin, kWidth - 2 * kMargin, 30), Qt::AlignLeft | Qt::AlignVCenter, report.title);
    p.setFont(font(10));
    double y = kMargin + 36;
    for (const QString& line : {report.projectLine, report.periodLine, report.generatedLine}) {
        const QRectF r(kMargin, y, kWidth - 2 * kMargin, 100);
        const QRectF used = p.boundingRect(r, Qt::TextWordWrap, line);
        p.drawText(r, Qt::TextWordWrap, line);
        y += used.height() + 3;
    }
    y += 14;
    y = drawPairs(p, y, tr("Model and assumptions"), report.assumptions);
    drawPairs(p, y, tr("Summary of the plan"), report.summary);

    // the charts, two a page
    for (std::size_t c = 0; c < report.charts.size(); ++c) {
        if (c % kChartsPerPage == 0)
            pages.next();
        const double h = (kHeight - 2 * kMargin - 20) / kChartsPerPage;
        paintChart(p, QRectF(kMargin, kMargin + (c % kChartsPerPage) * (h + 10), kWidth - 2 * kMargin, h),
                   report.charts[c]);
    }
    pages.next();
    drawTable(p, pages, tr("Per interval"), report.intervals);
    if (withShifts) {
        pages.next();
        drawPairs(p, kMargin, tr("The shift plan"), report.shiftSummary);
        pages.next();
        drawTable(p, pages, tr("Shifts to start"), report.shifts);
    }
    pages.next();
    drawTable(p, pages, tr("History: KPIs of the imported calls by week"), report.history);
    pages.footer();
    const int painted = pages.page();
    if (!p.end()) {
        error = tr("cannot write %1.").arg(path);
        return false;
    }
    if (pagesOut)
        *pagesOut = painted;
    return true;
}

} // namespace staffplan::report
