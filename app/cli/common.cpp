#include "app/cli/common.hpp"

#include "ui/text/messages.hpp"
#include "core/project_db.hpp"
#include "core/staffing.hpp"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace staffplan::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("staffplan::cli", text, disambiguation, n);
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

std::vector<CallRecord> allCalls(const ProjectDb& db, const QString& path)
{
    std::vector<CallRecord> calls;
    DbError error;
    if (!db.forEachCall([&](const CallRecord& c) { calls.push_back(c); }, error))
        throw std::runtime_error(describe(path, error).toStdString());
    return calls;
}

std::optional<int> queueId(const ProjectDb& db, const QString& name)
{
    if (name.isEmpty())
        return std::nullopt;
    const auto names = db.queueNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (QString::fromStdString(names[i]) == name)
            return static_cast<int>(i);
    QStringList known;
    for (const auto& n : names)
        known << QString::fromStdString(n);
    throw std::runtime_error(tr("the project has no queue '%1'; its queues are: %2.")
                                 .arg(name, known.join(QStringLiteral(", ")))
                                 .toStdString());
}

StaffingTargets targetsFrom(const QCommandLineParser& p)
{
    StaffingTargets t;
    t.serviceLevel = number(p, "sl", true);
    t.maxAsaSec = number(p, "asa-sec");
    t.maxAbandon = number(p, "abandon", true);
    t.maxOccupancy = number(p, "max-occupancy", true);
    t.shrinkage = number(p, "shrinkage", true).value_or(0.0);
    const QString def = p.value("sl-definition").trimmed().toLower();
    if (def == QLatin1String("offered"))
        t.slDefinition = SlDefinition::Offered;
    else if (def == QLatin1String("answered"))
        t.slDefinition = SlDefinition::Answered;
    else if (def == QLatin1String("virtual"))
        t.slDefinition = SlDefinition::Virtual;
    else
        throw ArgumentError{tr("--sl-definition expects offered, answered or virtual, got '%1'.").arg(def)};
    if (auto e = validateTargets(t, "staff"))
        throw ArgumentError{describe(*e)};
    return t;
}

} // namespace staffplan::cli
