#include "ui/format.hpp"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace staffplan::ui {

QString dashText()
{
    return QStringLiteral("\u2013");
}

QString percentText(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return dashText();
    return QLocale().toString(fraction * 100, 'f', decimals) + QLocale().percent();
}

QString percentText(const std::optional<double>& fraction, int decimals)
{
    return fraction ? percentText(*fraction, decimals) : dashText();
}

QString numberText(double value, int decimals)
{
    if (!std::isfinite(value))
        return dashText();
    return QLocale().toString(value, 'f', decimals);
}

QString secondsText(const std::optional<double>& seconds, int decimals)
{
    return seconds ? numberText(*seconds, decimals) : dashText();
}

QDateTime wallClock(double seconds)
{
    // the wall clock is read as UTC, then the same date and time are placed in the local zone, so that
    // charts (which show local time) show the wall clock unchanged
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000)),
                                                         QTimeZone::utc());
    return QDateTime(utc.date(), utc.time());
}

double wallSeconds(const QDateTime& time)
{
    return QDateTime(time.date(), time.time(), QTimeZone::utc()).toMSecsSinceEpoch() / 1000.0;
}

QString wallClockText(double seconds)
{
    const QDateTime t = wallClock(seconds);
    return QLocale().toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(t.time(), QStringLiteral("HH:mm"));
}

QString dateText(double seconds)
{
    return QLocale().toString(wallClock(seconds).date(), QLocale::ShortFormat);
}

QString dateEditFormat()
{
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

QString periodText(const QString& label)
{
    const QLocale locale;
    if (label.size() == 19) {
        const QDateTime t = QDateTime::fromString(label, Qt::ISODate);
        if (t.isValid())
            return locale.toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   locale.toString(t.time(), QStringLiteral("HH:mm"));
    } else if (label.size() == 10) {
        const QDate d = QDate::fromString(label, Qt::ISODate);
        if (d.isValid())
            return locale.toString(d, QLocale::ShortFormat);
    } else if (label.size() == 7) {
        const QDate d = QDate::fromString(label + QStringLiteral("-01"), Qt::ISODate);
        if (d.isValid()) // the month as a name stands alone ("ноябрь", not the genitive "ноября")
            return locale.language() == QLocale::Chinese
                       ? locale.toString(d, QStringLiteral("yyyy年M月"))
                       : locale.standaloneMonthName(d.month()) + QLatin1Char(' ') + QString::number(d.year());
    }
    return label;
}

} // namespace staffplan::ui
