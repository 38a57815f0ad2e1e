#pragma once
// Helpers shared by the staffplan-cli commands.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

#include "core/call_log.hpp"
#include "core/staffing.hpp"

#include <vector>

namespace staffplan {
class ProjectDb;
}

namespace staffplan::cli {

/// A text in the user's language; with `n`, a text with %n in the plural form for n (Russian has three).
/// The shape of QObject::tr, so that lupdate reads the call sites as it reads tr().
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);
QTextStream& out();
QTextStream& err();

/// A bad command line: the message goes to stderr with the program name, exit code 2.
struct ArgumentError
{
    QString message;
};

QCommandLineOption option(const QString& name, const QString& help, const QString& valueName = {},
                          const QString& defaultValue = {});
/// The option's number; empty when not given.  allowPercent: "80%" reads as 0.8.
std::optional<double> number(const QCommandLineParser& p, const QString& name, bool allowPercent = false);
double requiredNumber(const QCommandLineParser& p, const QString& name);
/// --interval-min: 15, 30 or 60 (ArgumentError otherwise).
int intervalMinutes(const QCommandLineParser& p);

/// Opens (or creates) a project; a project that cannot be used throws std::runtime_error with the message.
std::unique_ptr<ProjectDb> openProject(const QString& path);

/// Every call of a project (std::runtime_error with the message when it cannot be read).
std::vector<CallRecord> allCalls(const ProjectDb& db, const QString& path);
/// The id of a queue by name; empty name: all queues (nullopt); an unknown one throws std::runtime_error.
std::optional<int> queueId(const ProjectDb& db, const QString& name);
/// The targets of --sl, --asa-sec, --abandon, --max-occupancy, --shrinkage and --sl-definition (ArgumentError when
/// they do not make sense).
StaffingTargets targetsFrom(const QCommandLineParser& p);

/// Parses; --help prints and returns false (exit 0); a bad command line throws ArgumentError.
bool parse(QCommandLineParser& p, const QStringList& args, const QString& description);

} // namespace staffplan::cli
