// staffplan-cli shifts: cover a staffing requirement (the output of staff --intervals) with shifts from a
// templates file at the lowest cost, and the service the plan buys.

#include "app/cli/cli.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/common.hpp"
#include "core/csv_reader.hpp"
#include "core/interval_csv.hpp"
#include "core/shift_plan.hpp"
#include "core/timestamps.hpp"
#include "ui/text/messages.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <fstream>
#include <sstream>

namespace staffplan::cli {
namespace {

QString clockText(double wallSec)
{
    return QString::fromStdString(formatTimestamp(wallSec).substr(11, 5));
}

QJsonValue optionalJson(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject serviceJson(const ServiceTotals& t)
{
    return {{"calls", t.calls},
            {"service_level", optionalJson(t.serviceLevel)},
            {"abandon_rate", optionalJson(t.abandonRate)},
            {"asa_sec", optionalJson(t.asaSec)}};
}

void writeFile(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        throw std::runtime_error(tr("cannot write %1: %2").arg(path, file.errorString()).toStdString());
    QTextStream(&file) << text;
    if (!file.commit())
        throw std::runtime_error(tr("cannot write %1: %2").arg(path, file.errorString()).toStdString());
}

} // namespace

int commandShifts(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("requirements",
                       tr("The agents required per interval: the CSV staffplan-cli staff --intervals writes "
                          "(start, calls, aht_sec, patience_sec, required_agents)."),
                       "REQ.csv"));
    p.addOption(option("templates", tr("The shift templates (JSON; format in the README)."), "T.json"));
    p.addOption(option("output", tr("Write the shifts to start (and their breaks) to this CSV."), "PLAN.csv"));
    p.addOption(option("time-limit-sec", tr("Stop the search after this many seconds with the best plan found "
                                            "(default 30)."),
                       "S", "30"));
    p.addOption(option("gap", tr("Stop once the plan is proven within this share of the cheapest (default "
                                 "0.005, i.e. 0.5%)."),
                       "G", "0.005"));
    p.addOption(option("hard", tr("Every open interval must be covered; without it, intervals the templates "
                                  "cannot cover are reported with their shortfall.")));
    p.addOption(option("shrinkage", tr("Share of time at work lost to what the templates' breaks do not model "
                                       "(absence, training), 0 to below 1 (default 0)."),
                       "S", "0"));
    p.addOption(option("threshold-sec", tr("T of the service level in the service check (default 20)."), "T",
                       "20"));
    p.addOption(option("model", tr("Model of the service check: a (Erlang A, needs patience_sec) or c (default: "
                                   "a when every interval has a patience)."),
                       "M"));
    p.addOption(option("coverage", tr("Also write each interval's cover and predicted service to this CSV."),
                       "COV.csv"));
    p.addOption(option("json", tr("Also print the plan's summary as JSON.")));
    if (!parse(p, args,
               tr("Plan shifts that cover the staffing requirement at the lowest cost (COIN-OR CBC), and the "
                  "service they buy.\n"
                  "Example: staffplan-cli shifts --requirements req.csv --templates shifts.json --output "
                  "plan.csv")))
        return Ok;
    for (const char* required : {"requirements", "templates", "output"})
        if (!p.isSet(required))
            throw ArgumentError{tr("--%1 is required.").arg(required)};
    ShiftSolveOptions options;
    options.timeLimitSec = requiredNumber(p, "time-limit-sec");
    if (!(options.timeLimitSec > 0 && options.timeLimitSec <= 86400))
        throw ArgumentError{tr("--time-limit-sec expects seconds from 0 to 86400, got '%1'.").arg(p.value("time-limit-sec"))};
    options.relativeGap = requiredNumber(p, "gap");
    if (!(options.relativeGap >= 0 && options.relativeGap < 1))
        throw ArgumentError{tr("--gap expects a share from 0 to below 1, got '%1'.").arg(p.value("gap"))};
    options.shrinkage = requiredNumber(p, "shrinkage");
    if (!(options.shrinkage >= 0 && options.shrinkage < 1))
        throw ArgumentError{tr("--shrinkage expects a share from 0 to below 1, got '%1'.").arg(p.value("shrinkage"))};
    options.hard = p.isSet("hard");
    const double thresholdSec = requiredNumber(p, "threshold-sec");
    if (!(thresholdSec >= 0))
        throw ArgumentError{tr("--threshold-sec expects 0 or more, got '%1'.").arg(p.value("threshold-sec"))};

    // the requirement
    const QString reqPath = p.value("requirements");
    std::ifstream reqFile(QFile::encodeName(reqPath).toStdString(), std::ios::binary);
    if (!reqFile)
        throw std::runtime_error(tr("cannot read %1.").arg(reqPath).toStdString());
    const IntervalFile req = readIntervalCsv(reqFile);
    for (const auto& e : req.errors)
        err() << "staffplan-cli: " << describe(reqPath, e) << '\n';
    if (req.rows.empty())
        return OtherError;
    if (!req.hasRequired)
        throw std::runtime_error(tr("%1 has no required_agents column: give the CSV staffplan-cli staff "
                                    "--intervals writes.")
                                     .arg(reqPath)
                                     .toStdString());
    if (!req.errors.empty())
        throw std::runtime_error(
            tr("%1 has rows that could not be read (above); fix them and run again.").arg(reqPath).toStdString());
    std::vector<double> starts, required;
    std::vector<QueueInput> inputs;
    bool allPatience = true;
    int unstaffed = 0;
    for (const auto& row : req.rows) {
        starts.push_back(*parseTimestamp(row.start, DateFormat::Iso));
        if (!row.requiredAgents) {
            ++unstaffed;
            err() << "staffplan-cli: "
                  << tr("%1:%2: no required_agents (the targets could not be met there): the interval is "
                        "planned with no requirement.")
                         .arg(reqPath)
                         .arg(row.line)
                  << '\n';
        }
        required.push_back(row.requiredAgents.value_or(0.0));
        QueueInput in;
        in.calls = row.calls;
        in.ahtSec = row.ahtSec;
        in.patienceSec = row.patienceSec.value_or(0.0);
        in.thresholdSec = thresholdSec;
        allPatience = allPatience && row.patienceSec.has_value();
        inputs.push_back(in);
    }
    for (auto& in : inputs)
        in.intervalSec = starts.size() > 1 ? starts[1] - starts[0] : 1800;
    Model model = allPatience ? Model::ErlangA : Model::ErlangC;
    if (p.isSet("model")) {
        const QString m = p.value("model").toLower();
        if (m != QLatin1String("a") && m != QLatin1String("c"))
            throw ArgumentError{tr("--model expects a or c, got '%1'.").arg(p.value("model"))};
        model = m == QLatin1String("a") ? Model::ErlangA : Model::ErlangC;
        if (model == Model::ErlangA && !allPatience)
            throw ArgumentError{tr("--model a needs a patience_sec in every row of %1.").arg(reqPath)};
    }

    // the templates
    const QString tplPath = p.value("templates");
    QFile tplFile(tplPath);
    if (!tplFile.open(QIODevice::ReadOnly))
        throw std::runtime_error(tr("cannot read %1: %2").arg(tplPath, tplFile.errorString()).toStdString());
    const QByteArray tplText = tplFile.readAll();
    const ShiftSetupResult setup = readShiftSetup(std::string_view(tplText.constData(), tplText.size()));
    for (const auto& e : setup.errors)
        err() << "staffplan-cli: " << describe(tplPath, e) << '\n';
    if (!setup.setup)
        throw std::runtime_error(tr("%1 has problems (above); fix them and run again.").arg(tplPath).toStdString());

    const ShiftSolveResult solved = solveShifts(starts, required, *setup.setup, options);
    if (solved.error)
        throw std::runtime_error(describe(reqPath, *solved.error).toStdString());
    const ShiftPlan& plan = *solved.plan;
    if (plan.status == ShiftSolveStatus::Infeasible || plan.status == ShiftSolveStatus::NoPlan) {
        err() << "staffplan-cli: " << describe(plan.status) << '\n';
        return OtherError;
    }

    // the shifts
    QString csv = QStringLiteral("date,template,start,end,agents,paid_hours,cost,breaks\n");
    for (const ShiftGroup& g : plan.groups) {
        const ShiftTemplate& tpl = setup.setup->templates[g.templateIndex];
        QStringList breaks;
        for (std::size_t b = 0; b < g.breakStartsSec.size(); ++b)
            breaks << clockText(g.breakStartsSec[b]) + QLatin1Char('-') +
                          clockText(g.breakStartsSec[b] + tpl.breaks[b].minutes * 60.0);
        const QString name = QString::fromStdString(csvQuoted(tpl.name.empty() ? "template " + std::to_string(g.templateIndex + 1) : tpl.name));
        csv += QStringList{QString::fromStdString(formatTimestamp(g.startSec).substr(0, 10)), name,
                           QString::fromStdString(formatTimestamp(g.startSec)),
                           QString::fromStdString(formatTimestamp(g.endSec)), QString::number(g.agents),
                           machineNumber(g.agents * tpl.paidMinutes / 60.0),
                           machineNumber(g.agents * tpl.paidMinutes / 60.0 * tpl.costPerHour), breaks.join(QLatin1Char(' '))}
                   .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    writeFile(p.value("output"), csv);

    // the service it buys
    const ServiceCheck service = checkService(model, inputs, starts, plan.onPhones);
    // Erlang C beside it: the same agents if callers never hung up (its SL is the lower one, its ASA the longer)
    const ServiceCheck serviceC = checkService(Model::ErlangC, inputs, starts, plan.onPhones);
    QJsonArray shortList;
    for (std::size_t i = 0; i < starts.size(); ++i)
        if (plan.shortfall[i] > 0)
            shortList.append(QJsonObject{{"start", QString::fromStdString(formatTimestamp(starts[i]))},
                                         {"short_agents", plan.shortfall[i]}});
    if (p.isSet("coverage")) {
        QString cov = QStringLiteral("start,open,required,target,at_work,on_phones,shortfall,over,sl_offered,asa_sec,"
                                     "p_abandon,occupancy,sl_offered_c,asa_sec_c\n");
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const auto& m = service.intervals[i];
            const auto& c = serviceC.intervals[i];
            cov += QStringList{QString::fromStdString(formatTimestamp(starts[i])),
                               plan.open[i] ? QStringLiteral("true") : QStringLiteral("false"),
                               machineNumber(required[i]), machineNumber(plan.target[i]),
                               machineNumber(plan.atWork[i]), machineNumber(plan.onPhones[i]),
                               machineNumber(plan.shortfall[i]),
                               machineNumber(plan.open[i] ? std::max(0.0, plan.atWork[i] - plan.target[i]) : plan.atWork[i]),
                               m ? machineNumber(m->slOffered) : QString(),
                               m && m->asaSec ? machineNumber(*m->asaSec) : QString(),
                               m ? machineNumber(m->pAbandon) : QString(), m ? machineNumber(m->occupancy) : QString(),
                               c ? machineNumber(c->slOffered) : QString(),
                               c && c->asaSec ? machineNumber(*c->asaSec) : QString()}
                       .join(QLatin1Char(','));
            cov += QLatin1Char('\n');
        }
        writeFile(p.value("coverage"), cov);
    }

    err() << tr("%1 shifts started by %2 agents, %3 paid hours, cost %4 (%5; gap %6, %7 s, %8 variables).")
                 .arg(plan.groups.size())
                 .arg(plan.agents)
                 .arg(plan.paidHours, 0, 'f', 1)
                 .arg(plan.cost, 0, 'f', 2)
                 .arg(describe(plan.status))
                 .arg(plan.gap ? QStringLiteral("%1%").arg(*plan.gap * 100, 0, 'f', 2) : QStringLiteral("-"))
                 .arg(plan.seconds, 0, 'f', 1)
                 .arg(plan.variables)
          << '\n';
    if (plan.shortIntervals > 0)
        err() << tr("The templates cannot cover %n interval(s): %1 agent-hours short in all (see --coverage "
                     "or --json).", nullptr,
                     plan.shortIntervals)
                     .arg(plan.shortAgentHours, 0, 'f', 2)
              << '\n';
    if (service.total.serviceLevel)
        err() << tr("Predicted with the plan (Erlang %1): service level %2%, abandonment %3%.")
                     .arg(model == Model::ErlangA ? QStringLiteral("A") : QStringLiteral("C"))
                     .arg(*service.total.serviceLevel * 100, 0, 'f', 1)
                     .arg(service.total.abandonRate.value_or(0) * 100, 0, 'f', 1)
              << '\n';
    if (p.isSet("json")) {
        QJsonArray days;
        for (const auto& [start, totals] : service.days) {
            QJsonObject d = serviceJson(totals);
            d.insert("date", QString::fromStdString(formatTimestamp(start).substr(0, 10)));
            days.append(d);
        }
        QJsonObject service_ = serviceJson(service.total);
        service_.insert("model", model == Model::ErlangA ? "a" : "c");
        service_.insert("days", days);
        service_.insert("erlang_c", serviceJson(serviceC.total));
        out() << QJsonDocument(QJsonObject{{"status", QString::fromLatin1(
                                                          plan.status == ShiftSolveStatus::Solved      ? "solved"
                                                          : plan.status == ShiftSolveStatus::TimeLimit ? "time_limit"
                                                                                                       : "stopped")},
                                           {"cost", plan.cost},
                                           {"paid_hours", plan.paidHours},
                                           {"gap", optionalJson(plan.gap)},
                                           {"seconds", plan.seconds},
                                           {"variables", plan.variables},
                                           {"constraints", plan.constraints},
                                           {"shifts", static_cast<int>(plan.groups.size())},
                                           {"agents", plan.agents},
                                           {"unstaffed_intervals", unstaffed},
                                           {"short_agent_hours", plan.shortAgentHours},
                                           {"short_intervals", shortList},
                                           {"service", service_}})
                     .toJson(QJsonDocument::Indented);
    }
    return Ok;
}

} // namespace staffplan::cli
