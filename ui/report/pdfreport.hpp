#pragma once
// Paints a ReportData on A4 pages of a PDF: vector text and charts (no screenshots), fonts embedded, sizes in
// points whatever the writer's resolution.

#include "ui/report/reportdata.hpp"

#include <QString>

class QPainter;
class QRectF;

namespace staffplan::report {

/// Writes the report to `path`; false with the reason in `error`.  Returns the number of pages in `pages`.
bool writePdf(const ReportData& report, const QString& path, QString& error, int* pages = nullptr);

/// Draws one chart into `area` (points).  Exposed for the tests and the app's previews.
void paintChart(QPainter& painter, const QRectF& area, const Chart& chart);

} // namespace staffplan::report
