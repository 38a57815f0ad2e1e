#pragma once
// staffplan-cli commands beyond erlang and staff.

#include <QStringList>

namespace staffplan::cli {

int commandKpi(const QStringList& args);
int commandPatience(const QStringList& args);
int commandImport(const QStringList& args);
int commandBatches(const QStringList& args);
int commandRemoveBatch(const QStringList& args);
int commandForecast(const QStringList& args);
int commandAccuracy(const QStringList& args);
int commandShifts(const QStringList& args);
int commandReport(const QStringList& args);

} // namespace staffplan::cli
