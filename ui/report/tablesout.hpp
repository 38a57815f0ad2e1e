#pragma once
// The report's tables for spreadsheets: the per-interval plan as CSV (UTF-8, optionally with a BOM for Excel, and
// with ';' for Excel in locales that write a decimal comma), and the plan and the KPIs as .xlsx with typed
// numeric cells (libxlsxwriter).  Numbers are written machine-readably (a point, full precision) in both.

#include "ui/report/reportdata.hpp"

#include <QString>

namespace staffplan::report {

struct CsvOptions
{
    bool bom = false;
    char delimiter = ',';
    bool decimalComma = false;
};

bool writePlanCsv(const ReportInput& in, const QString& path, const CsvOptions& options, QString& error);
bool writeXlsx(const ReportInput& in, const QString& path, QString& error);

} // namespace staffplan::report
