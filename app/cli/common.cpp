#include "app/cli/common.hpp"

#include "ui/text/messages.hpp"
#include "core/project_db.hpp"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace staffplan::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffplan::cli", text);
}
QString trn(const char* text, int n)
{
    return QCoreApplication::translate("staffplan::cli", text, nullptr, n);
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QCommandLineOption option(const QString& name, const QString& help, const QString& valueName,
                          const QString& defaultValue)
{
    QCommandLineOption o(name, help, valueName);
    if (!defaultValue.isEmpty())
        o.setDefaultValue(defaultValue);
    return o;
}

std::optional<double> number(const QCommandLineParser& p, const QString& name, bool allowPercent)
{
    if (!p.isSet(name) && p.value(name).isEmpty())
        return std::nullopt;
    QString text = p.value(name).trimmed();
    double scale = 1.0;
    if (allowPercent && text.endsWith(QLatin1Char('%'))) {
        text.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw ArgumentError{tr("--%1 expects a number, got '%2'.").arg(name, p.value(name))};
    return v * scale;
}

double requiredNumber(const QCommandLineParser& p, const QString& name)
{
    if (auto v = number(p, name))
        return *v;
    throw ArgumentError{tr("--%1 is required.").arg(name)};
}

/// Parses; --help prints and returns false (exit 0); a bad command line throws ArgumentError.
bool parse(QCommandLineParser& p, const QStringList& args, const QString& description)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    if (!p.parse(args))
        throw ArgumentError{p.errorText()};
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return false;
    }
    if (!p.positionalArguments().isEmpty())
        throw ArgumentError{tr("unexpected argument '%1'.").arg(p.positionalArguments().first())};
    return true;
}

int intervalMinutes(const QCommandLineParser& p)
{
    const double v = requiredNumber(p, "interval-min");
    if (v != 15 && v != 30 && v != 60)
        throw ArgumentError{
            tr("--interval-min expects 15, 30 or 60, got '%1'.").arg(p.value("interval-min"))};
    return static_cast<int>(v);
}

std::unique_ptr<ProjectDb> openProject(const QString& path)
{
    DbError error;
    auto db = ProjectDb::open(QFile::encodeName(path).toStdString(), error);
    if (!db)
        throw std::runtime_error(describe(path, error).toStdString());
    return db;
}

} // namespace staffplan::cli
