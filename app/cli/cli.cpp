#include "app/cli/cli.hpp"

#include "app/cli/commands.hpp"
#include "app/cli/common.hpp"
#include "ui/text/messages.hpp"
#include "core/csv_reader.hpp"
#include "core/erlang.hpp"
#include "core/interval_csv.hpp"
#include "core/staffing.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <fstream>
#include <optional>

namespace staffplan::cli {
namespace {

Model parseModel(const QCommandLineParser& p, bool allowB)
{
    const QString m = p.value(QStringLiteral("model")).trimmed().toLower();
    if (m == QLatin1String("c"))
        return Model::ErlangC;
    if (m == QLatin1String("a"))
        return Model::ErlangA;
    if (m == QLatin1String("b") && allowB)
        return Model::ErlangB;
    if (m.isEmpty())
        throw ArgumentError{tr("--model is required (%1).").arg(allowB ? "b, c or a" : "c or a")};
    throw ArgumentError{tr("--model expects %1, got '%2'.").arg(allowB ? "b, c or a" : "c or a", m)};
}

QueueInput queueInput(const QCommandLineParser& p, Model model, bool needAgents)
{
    QueueInput in;
    in.calls = requiredNumber(p, QStringLiteral("calls"));
    in.intervalSec = requiredNumber(p, QStringLiteral("interval-sec"));
    in.ahtSec = requiredNumber(p, QStringLiteral("aht-sec"));
    in.thresholdSec = requiredNumber(p, QStringLiteral("threshold-sec"));
    if (model == Model::ErlangA)
        in.patienceSec =
            number(p, QStringLiteral("patience-sec")).value_or(std::numeric_limits<double>::quiet_NaN());
    if (model == Model::ErlangA && std::isnan(in.patienceSec))
        throw ArgumentError{tr("--patience-sec is required for --model a (Erlang A).")};
    if (needAgents)
        in.agents = requiredNumber(p, QStringLiteral("agents"));
    return in;
}

void addQueueOptions(QCommandLineParser& p, bool withAgents)
{
    p.addOption(option("model",
                       tr("Queueing model: b (Erlang B, lost calls), c (Erlang C, no abandonment), "
                          "a (Erlang A, exponential patience)."),
                       "b|c|a"));
    p.addOption(option("calls", tr("Calls offered in the interval."), "V"));
    p.addOption(option("interval-sec", tr("Interval length in seconds (default 1800)."), "S", "1800"));
    p.addOption(
        option("aht-sec", tr("Average handle time in seconds (talk + hold + after-call work)."), "H"));
    p.addOption(option("patience-sec", tr("Callers' mean patience in seconds (Erlang A)."), "P"));
    if (withAgents)
        p.addOption(option("agents", tr("Agents on the phones; may be fractional."), "N"));
    p.addOption(
        option("threshold-sec", tr("Answer-time threshold T of the service level (default 20)."), "T", "20"));
    p.addOption(option("json", tr("Write JSON instead of a table.")));
}

// ---- output ------------------------------------------------------------------------------------------

QJsonValue jsonNumber(double v)
{
    return QJsonValue(v);
}
QJsonValue jsonOptional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject measuresJson(const QueueMeasures& m)
{
    QJsonObject o;
    o["model"] = QString::fromLatin1(modelName(m.model).data());
    o["agents"] = jsonNumber(m.agents);
    o["offered_load"] = jsonNumber(m.offeredLoad);
    o["stable"] = m.stable;
    o["p_wait"] = jsonNumber(m.pWait);
    o["p_abandon"] = jsonNumber(m.pAbandon);
    o["p_block"] = jsonNumber(m.pBlock);
    o["sl_offered"] = jsonNumber(m.slOffered);
    o["sl_answered"] = jsonNumber(m.slAnswered);
    o["sl_virtual"] = jsonNumber(m.slVirtual);
    o["asa_sec"] = jsonOptional(m.asaSec);
    o["mean_wait_sec"] = jsonOptional(m.meanWaitSec);
    o["avg_queue"] = jsonOptional(m.avgQueue);
    o["occupancy"] = jsonNumber(m.occupancy);
    return o;
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 2) + QLatin1Char('%');
}
QString seconds(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 1) + QLatin1String(" s") : tr("none (the queue is unstable)");
}

void printMeasures(const QueueMeasures& m, double thresholdSec)
{
    const QString t = QString::number(thresholdSec);
    const QList<QPair<QString, QString>> rows = {
        {tr("Model"),
         QStringLiteral("Erlang %1").arg(QString::fromLatin1(modelName(m.model).data()).toUpper())},
        {tr("Agents"), QString::number(m.agents)},
        {tr("Offered load"), tr("%1 Erlangs").arg(QString::number(m.offeredLoad, 'f', 3))},
        {tr("Stable"), m.stable ? tr("yes") : tr("no: agents do not exceed the load")},
        {tr("Probability of waiting"), percent(m.pWait)},
        {tr("Abandonment"), percent(m.pAbandon)},
        {tr("Blocking"), percent(m.pBlock)},
        {tr("Service level (answered within %1 s / offered)").arg(t), percent(m.slOffered)},
        {tr("Service level (answered within %1 s / answered)").arg(t), percent(m.slAnswered)},
        {tr("Service level (virtual wait within %1 s)").arg(t), percent(m.slVirtual)},
        {tr("ASA (answered calls)"), seconds(m.asaSec)},
        {tr("Mean wait (all calls)"), seconds(m.meanWaitSec)},
        {tr("Mean queue length"),
         m.avgQueue ? QString::number(*m.avgQueue, 'f', 3) : tr("none (the queue is unstable)")},
        {tr("Occupancy"), percent(m.occupancy)},
    };
    int width = 0;
    for (const auto& r : rows)
        width = std::max(width, static_cast<int>(r.first.size()));
    for (const auto& r : rows)
        out() << r.first.leftJustified(width + 2) << r.second << '\n';
}

// ---- commands ----------------------------------------------------------------------------------------

int commandErlang(const QStringList& args)
{
    QCommandLineParser p;
    addQueueOptions(p, true);
    if (!parse(p, args,
               tr("Predicted service with N agents: waiting, abandonment, blocking, service level, ASA, "
                  "occupancy.\nExample: staffplan-cli erlang --model a --calls 100 --interval-sec 1800 "
                  "--aht-sec 240 --patience-sec 180 --agents 14")))
        return Ok;
    const Model model = parseModel(p, true);
    const QueueInput in = queueInput(p, model, true);
    const auto m = evaluateQueue(model, in);
    if (!m)
        throw ArgumentError{describe(m.error())};
    if (p.isSet("json")) {
        QJsonObject o = measuresJson(*m);
        o["calls"] = in.calls;
        o["interval_sec"] = in.intervalSec;
        o["aht_sec"] = in.ahtSec;
        o["threshold_sec"] = in.thresholdSec;
        if (model == Model::ErlangA)
            o["patience_sec"] = in.patienceSec;
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printMeasures(*m, in.thresholdSec);
    }
    return Ok;
}

QString statusName(StaffingStatus s)
{
    switch (s) {
    case StaffingStatus::Ok:
        return QStringLiteral("ok");
    case StaffingStatus::Impossible:
        return QStringLiteral("impossible");
    case StaffingStatus::CapReached:
        return QStringLiteral("cap_reached");
    }
    return {};
}

QJsonObject staffingJson(Model model, const QueueInput& in, const StaffingResult& r)
{
    const bool found = r.status == StaffingStatus::Ok;
    QJsonObject o;
    o["model"] = QString::fromLatin1(modelName(model).data());
    o["offered_load"] = offeredLoad(in);
    o["status"] = statusName(r.status);
    o["binding_target"] = QString::fromLatin1(bindingName(r.binding).data());
    o["agents"] = found ? QJsonValue(r.requiredAgents) : QJsonValue();
    o["stable"] = found ? QJsonValue(r.atRequired.stable) : QJsonValue();
    o["required_agents"] = found ? QJsonValue(r.requiredAgents) : QJsonValue();
    o["scheduled_agents"] = found ? QJsonValue(r.scheduledAgents) : QJsonValue();
    o["at_required"] = found ? QJsonValue(measuresJson(r.atRequired)) : QJsonValue();
    return o;
}

int commandStaffBatch(const QCommandLineParser& p, Model model, const StaffingTargets& targets);

int commandStaff(const QStringList& args)
{
    QCommandLineParser p;
    addQueueOptions(p, false);
    p.addOption(option("sl", tr("Service-level target as a fraction (0.8) or percent (80%)."), "X"));
    p.addOption(option("sl-definition",
                       tr("Service level counted as answered within T / offered (default), / answered, or "
                          "virtual wait within T."),
                       "offered|answered|virtual", "offered"));
    p.addOption(option("asa-sec", tr("Target: ASA at most this many seconds."), "A"));
    p.addOption(option("abandon", tr("Target: abandonment at most this fraction (Erlang A)."), "B"));
    p.addOption(option("max-occupancy", tr("Target: occupancy at most this fraction."), "C"));
    p.addOption(option("shrinkage",
                       tr("Share of paid time off the phones; scheduled = ceil(required / (1 - S))."), "S"));
    p.addOption(option("intervals",
                       tr("Batch: staff every row of this CSV (start,calls,aht_sec[,patience_sec])."),
                       "IN.csv"));
    p.addOption(option("output", tr("Batch: write the staffed intervals to this CSV."), "OUT.csv"));
    if (!parse(p, args,
               tr("Smallest number of agents meeting every target, and the scheduled staff after shrinkage.\n"
                  "Example: staffplan-cli staff --model a --calls 100 --interval-sec 1800 --aht-sec 240 "
                  "--patience-sec 180 --sl 0.8 --threshold-sec 20 --abandon 0.05")))
        return Ok;
    const Model model = parseModel(p, false);
    const StaffingTargets targets = targetsFrom(p);
    if (p.isSet("intervals") || p.isSet("output")) {
        if (!p.isSet("intervals") || !p.isSet("output"))
            throw ArgumentError{tr("--intervals and --output go together.")};
        if (p.isSet("calls") || p.isSet("aht-sec"))
            throw ArgumentError{tr("--calls and --aht-sec come from the --intervals file in batch mode.")};
        return commandStaffBatch(p, model, targets);
    }
    const QueueInput in = queueInput(p, model, false);
    const auto r = requiredAgents(model, in, targets);
    if (!r)
        throw ArgumentError{describe(r.error())};
    if (p.isSet("json")) {
        out() << QJsonDocument(staffingJson(model, in, *r)).toJson(QJsonDocument::Indented);
    } else if (r->status == StaffingStatus::Ok) {
        out() << tr("Required agents:  %1").arg(r->requiredAgents) << '\n'
              << tr("Scheduled agents: %1 (shrinkage %2)")
                     .arg(r->scheduledAgents)
                     .arg(percent(targets.shrinkage))
              << '\n'
              << tr("Binding target:   %1").arg(QString::fromLatin1(bindingName(r->binding).data()))
              << "\n\n";
        printMeasures(r->atRequired, in.thresholdSec);
    }
    if (r->status != StaffingStatus::Ok) {
        err() << "staffplan-cli: " << describeNoAnswer(*r) << '\n';
        return OtherError;
    }
    return Ok;
}

QString csvField(const std::optional<double>& v)
{
    return v ? machineNumber(*v) : QString();
}

int commandStaffBatch(const QCommandLineParser& p, Model model, const StaffingTargets& targets)
{
    const QString inPath = p.value("intervals"), outPath = p.value("output");
    const double intervalSec = requiredNumber(p, "interval-sec");
    const double thresholdSec = requiredNumber(p, "threshold-sec");
    const std::optional<double> defaultPatience = number(p, "patience-sec");
    std::ifstream file(QFile::encodeName(inPath).toStdString(), std::ios::binary);
    if (!file) {
        err() << "staffplan-cli: " << tr("cannot read %1.").arg(inPath) << '\n';
        return OtherError;
    }
    const IntervalFile intervals = readIntervalCsv(file);
    for (const auto& e : intervals.errors)
        err() << "staffplan-cli: " << describe(inPath, e) << '\n';
    if (intervals.dataLines == 0 && !intervals.errors.empty())
        return OtherError; // header problems: nothing to staff
    if (model == Model::ErlangA && !intervals.hasPatience && !defaultPatience)
        throw ArgumentError{
            tr("--model a needs callers' patience: a patience_sec column in %1 or --patience-sec.")
                .arg(inPath)};

    QSaveFile save(outPath);
    if (!save.open(QIODevice::WriteOnly | QIODevice::Text)) {
        err() << "staffplan-cli: " << tr("cannot write %1: %2").arg(outPath, save.errorString()) << '\n';
        return OtherError;
    }
    QTextStream csv(&save);
    csv << "start,calls,aht_sec,patience_sec,offered_load,required_agents,scheduled_agents,binding_target,"
           "status,"
           "stable,p_wait,p_abandon,p_block,sl_offered,sl_answered,sl_virtual,asa_sec,mean_wait_sec,avg_"
           "queue,"
           "occupancy";
    // a forecast's upper band (calls_p90, aht_p90): the agents needed if volume and AHT come out there
    if (intervals.hasUpperBand)
        csv << ",required_agents_p90,scheduled_agents_p90";
    csv << '\n';
    int staffed = 0, rejected = static_cast<int>(intervals.errors.size()), unmet = 0;
    std::optional<int> previousAgents;
    double previousLoad = 0;
    for (const auto& row : intervals.rows) {
        QueueInput in;
        in.calls = row.calls;
        in.intervalSec = intervalSec;
        in.ahtSec = row.ahtSec;
        in.thresholdSec = thresholdSec;
        const std::optional<double> patience = row.patienceSec ? row.patienceSec : defaultPatience;
        if (model == Model::ErlangA && !patience) {
            err() << "staffplan-cli: "
                  << tr("%1:%2: column 'patience_sec' is empty and no --patience-sec was given.")
                         .arg(inPath)
                         .arg(row.line)
                  << '\n';
            ++rejected;
            continue;
        }
        in.patienceSec = patience.value_or(0.0);
        const double load = offeredLoad(in);
        const auto r =
            requiredAgents(model, in, targets, nextStaffingHint(previousAgents, previousLoad, load));
        if (!r) {
            const char* column = r.error().parameter == Parameter::Calls         ? "calls"
                                 : r.error().parameter == Parameter::AhtSec      ? "aht_sec"
                                 : r.error().parameter == Parameter::PatienceSec ? "patience_sec"
                                                                                 : nullptr;
            err() << "staffplan-cli: " << QStringLiteral("%1:%2: ").arg(inPath).arg(row.line)
                  << describe(r.error(), column ? QString::fromLatin1(column) : QString()) << '\n';
            ++rejected;
            continue;
        }
        ++staffed;
        const bool found = r->status == StaffingStatus::Ok;
        if (!found) {
            ++unmet;
            err() << "staffplan-cli: " << QStringLiteral("%1:%2: ").arg(inPath).arg(row.line)
                  << describeNoAnswer(*r) << '\n';
        }
        previousAgents = found ? std::optional<int>(r->requiredAgents) : std::nullopt;
        previousLoad = load;
        const QueueMeasures& m = r->atRequired;
        QStringList f = {QString::fromStdString(csvQuoted(row.start)),
                         machineNumber(row.calls),
                         machineNumber(row.ahtSec),
                         model == Model::ErlangA ? machineNumber(in.patienceSec) : QString(),
                         machineNumber(load),
                         found ? QString::number(r->requiredAgents) : QString(),
                         found ? QString::number(r->scheduledAgents) : QString(),
                         QString::fromLatin1(bindingName(r->binding).data()),
                         statusName(r->status)};
        if (found)
            f << (m.stable ? "true" : "false") << machineNumber(m.pWait) << machineNumber(m.pAbandon)
              << machineNumber(m.pBlock) << machineNumber(m.slOffered) << machineNumber(m.slAnswered)
              << machineNumber(m.slVirtual) << csvField(m.asaSec) << csvField(m.meanWaitSec)
              << csvField(m.avgQueue) << machineNumber(m.occupancy);
        else
            f << QStringList(11, QString());
        if (intervals.hasUpperBand) {
            QueueInput upper = in;
            upper.calls = *row.callsP90;
            upper.ahtSec = *row.ahtP90;
            const auto band = requiredAgents(model, upper, targets,
                                             found ? std::optional<int>(r->requiredAgents) : std::nullopt);
            const bool ok = band && band->status == StaffingStatus::Ok;
            f << (ok ? QString::number(band->requiredAgents) : QString())
              << (ok ? QString::number(band->scheduledAgents) : QString());
        }
        csv << f.join(QLatin1Char(',')) << '\n';
    }
    csv.flush();
    if (!save.commit()) {
        err() << "staffplan-cli: " << tr("cannot write %1: %2").arg(outPath, save.errorString()) << '\n';
        return OtherError;
    }
    err() << tr("%1: %2 intervals read, %3 staffed, %4 rejected, %5 with targets that cannot be met.")
                 .arg(inPath)
                 .arg(intervals.dataLines)
                 .arg(staffed)
                 .arg(rejected)
                 .arg(unmet)
          << '\n';
    return rejected > 0 || unmet > 0 ? OtherError : Ok;
}

QString usage()
{
    return tr("Usage: staffplan-cli COMMAND [OPTIONS]\n\n"
              "Commands:\n"
              "  erlang   predicted service for a given number of agents (Erlang B, C or A)\n"
              "  staff    agents required to meet service targets, for one interval or a CSV of intervals\n"
              "  kpi      KPIs of a call log per interval, hour, day, week, month or in total\n"
              "  patience callers' patience from a call log (exponential MLE and Kaplan-Meier)\n"
              "  import   import a call log into a project database (*.staffplan)\n"
              "  batches  list a project's imports;  remove-batch: remove one\n"
              "  forecast forecast calls and AHT per interval from a project's history\n"
              "  accuracy compare a forecast with the calls that came\n"
              "  shifts   plan shifts that cover a staffing requirement at the lowest cost\n"
              "  report   the staffing report of a stored forecast: PDF, Excel, CSV\n\n"
              "Run 'staffplan-cli COMMAND --help' for a command's options.\n"
              "Options:\n"
              "  --help     show this help\n"
              "  --version  show the version\n");
}

} // namespace

int run(const QStringList& args)
{
    const QString command = args.value(1);
    try {
        if (command.isEmpty()) {
            err() << usage();
            return BadArguments;
        }
        if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
            command == QLatin1String("help")) {
            out() << usage();
            return Ok;
        }
        if (command == QLatin1String("--version")) {
            out() << "staffplan-cli " << STAFFPLAN_VERSION << '\n';
            return Ok;
        }
        QStringList rest = args.mid(1);
        rest[0] = args[0] + QLatin1Char(' ') + command;
        if (command == QLatin1String("erlang"))
            return commandErlang(rest);
        if (command == QLatin1String("staff"))
            return commandStaff(rest);
        if (command == QLatin1String("kpi"))
            return commandKpi(rest);
        if (command == QLatin1String("patience"))
            return commandPatience(rest);
        if (command == QLatin1String("import"))
            return commandImport(rest);
        if (command == QLatin1String("batches"))
            return commandBatches(rest);
        if (command == QLatin1String("remove-batch"))
            return commandRemoveBatch(rest);
        if (command == QLatin1String("forecast"))
            return commandForecast(rest);
        if (command == QLatin1String("accuracy"))
            return commandAccuracy(rest);
        if (command == QLatin1String("shifts"))
            return commandShifts(rest);
        if (command == QLatin1String("report"))
            return commandReport(rest);
        throw ArgumentError{
            tr("unknown command '%1'. Commands: erlang, staff, kpi, patience, import, batches, "
               "remove-batch, forecast, accuracy, shifts, report.")
                .arg(command)};
    } catch (const ArgumentError& e) {
        err() << "staffplan-cli: " << e.message << '\n';
        return BadArguments;
    } catch (const std::runtime_error& e) { // a file that cannot be read or written: the message says which
        err() << "staffplan-cli: " << QString::fromStdString(e.what()) << '\n';
        return OtherError;
    } catch (const std::exception& e) {
        err() << "staffplan-cli: " << tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())) << '\n';
        return OtherError;
    }
}

} // namespace staffplan::cli
