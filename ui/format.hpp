#pragma once
// Numbers, times and durations as the user's locale writes them (decimal comma in Russian ...).  Empty
// values show as an en dash, never as NaN or inf.

#include <QDateTime>
#include <QString>

#include <optional>

namespace staffplan::ui {

QString percentText(double fraction, int decimals = 1);
QString percentText(const std::optional<double>& fraction, int decimals = 1);
QString numberText(double value, int decimals = 0);
QString secondsText(const std::optional<double>& seconds, int decimals = 0);
QString dashText(); ///< what an empty value shows

/// Core times are wall-clock seconds since 1970 with no time zone.  As a QDateTime they keep the same wall
/// clock (shown as is, whatever the machine's zone).
QDateTime wallClock(double seconds);
double wallSeconds(const QDateTime& time);
/// "2026-11-02 08:30" in the locale's short date and time format.
QString wallClockText(double seconds);
QString dateText(double seconds);
/// The locale's short date format with a four-digit year (en_US "M/d/yyyy", ru "dd.MM.yyyy", zh "yyyy/M/d"),
/// for date fields.
QString dateEditFormat();
/// A KPI period as core labels it ("2026-11-02T08:30:00", "2026-11-02", "2026-11", "08:00") in the locale's
/// formats ("02.11.2026 08:30", "02.11.2026", "ноябрь 2026", "08:00"); anything else as it is.
QString periodText(const QString& label);

} // namespace staffplan::ui
