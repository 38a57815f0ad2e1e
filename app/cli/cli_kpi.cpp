// staffplan-cli kpi and patience: call logs in, KPIs and patience out.

#include "app/cli/cli.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/common.hpp"
#include "core/call_log.hpp"
#include "core/csv_reader.hpp"
#include "core/kpi.hpp"
#include "core/patience.hpp"
#include "core/project_db.hpp"
#include "ui/text/messages.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace staffplan::cli {
namespace {

void addLogOptions(QCommandLineParser& p)
{
    p.addOption(option("log", tr("Call log to read (CSV: comma, semicolon, tab or |)."), "FILE"));
    p.addOption(option("preset",
                       tr("Column layout: generic (header names, see README) or bank (the Anonymous Bank "
                          "logs)."),
                       "generic|bank", "generic"));
    p.addOption(option("map",
                       tr("Map a call field to a column (name or 1-based number); repeatable. Fields: "
                          "arrival, answer_time, end_time, wait_sec, talk_sec, hold_sec, acw_sec, outcome, "
                          "queue, channel, agent, customer_id, transferred, resolved, csat."),
                       "FIELD=COLUMN"));
    p.addOption(option("encoding",
                       tr("Text encoding (default: detected), e.g. UTF-8, UTF-16LE, WINDOWS-1251, "
                          "GB18030."),
                       "E"));
    p.addOption(option("delimiter", tr("Field delimiter (default: detected): , ; tab |"), "D"));
    p.addOption(option("date-format", tr("Date format (default: detected): iso, dmy, mdy, yymmdd, epoch."),
                       "F", "auto"));
    p.addOption(option("rejects", tr("Write the rejected rows, with line and reason, to this CSV."), "FILE"));
    p.addOption(option("strict", tr("Exit with 1 when any row is rejected.")));
}

ReadOptions readOptions(const QCommandLineParser& p)
{
    ReadOptions o;
    const auto preset = presetFromName(p.value("preset").toStdString());
    if (!preset)
        throw ArgumentError{tr("--preset expects generic or bank, got '%1'.").arg(p.value("preset"))};
    o.preset = *preset;
    o.encoding = p.value("encoding").toStdString();
    const QString d = p.value("delimiter");
    if (!d.isEmpty()) {
        if (d == "tab" || d == "\\t" || d == "\t")
            o.delimiter = '\t';
        else if (d == "," || d == ";" || d == "|")
            o.delimiter = d[0].toLatin1();
        else
            throw ArgumentError{tr("--delimiter expects , ; tab or |, got '%1'.").arg(d)};
    }
    const auto format = dateFormatFromName(p.value("date-format").toStdString());
    if (!format)
        throw ArgumentError{tr("--date-format expects auto, iso, dmy, mdy, yymmdd or epoch, got '%1'.")
                                .arg(p.value("date-format"))};
    o.dateFormat = *format;
    for (const QString& m : p.values("map")) {
        const int eq = m.indexOf('=');
        const auto field = eq > 0 ? callFieldFromName(m.left(eq).trimmed().toStdString()) : std::nullopt;
        if (!field)
            throw ArgumentError{
                tr("--map expects FIELD=COLUMN with a call field such as wait_sec, got '%1'.").arg(m)};
        o.map.emplace_back(*field, m.mid(eq + 1).trimmed().toStdString());
    }
    return o;
}

std::unique_ptr<CallLogReader> openLog(const QString& path, const ReadOptions& o)
{
    auto stream = std::make_unique<std::ifstream>(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (!*stream)
        throw std::runtime_error(tr("cannot read %1.").arg(path).toStdString());
    OpenError e;
    auto reader = CallLogReader::open(std::move(stream), o, e);
    if (!reader)
        throw std::runtime_error(describe(path, e).toStdString());
    return reader;
}

void reportRejected(const QString& path, const ImportSummary& s, const std::vector<RejectedRow>& rejected,
                    const QCommandLineParser& p)
{
    err() << describe(path, s) << '\n';
    int shown = 0;
    for (const RejectedRow& row : rejected) {
        if (++shown > 10) {
            err() << tr("... and %n more rejected rows (see --rejects).", nullptr,
                        static_cast<int>(s.rejected - 10))
                  << '\n';
            break;
        }
        err() << "  " << describe(path, row) << '\n';
    }
    if (p.isSet("rejects")) {
        std::ofstream f(QFile::encodeName(p.value("rejects")).toStdString(), std::ios::binary);
        writeRejectedCsv(f, rejected);
        if (!f)
            throw std::runtime_error(tr("cannot write %1.").arg(p.value("rejects")).toStdString());
    }
}

void reportSummary(const QString& path, const CallLogReader& r, const QCommandLineParser& p)
{
    reportRejected(path, r.summary(), r.rejected(), p);
}

QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// A KPI value: text, a number (a count, or a measure), or nothing (JSON null, an empty CSV cell).
struct Cell
{
    const std::string* text = nullptr;
    std::optional<double> number;
    bool count =
        false; ///< a whole number: written as one (std::to_chars of a double searches the shortest form)
};

Cell textCell(const std::string& t)
{
    return {&t, std::nullopt};
}

Cell numberCell(std::optional<double> v)
{
    return {nullptr, v};
}

Cell countCell(long long v)
{
    return {nullptr, static_cast<double>(v), true};
}

// Every KPI column, in output order: one table for the JSON keys and the CSV header.
struct KpiColumn
{
    const char* name;
    Cell (*value)(const KpiRow&);
};
const KpiColumn kKpiColumns[] = {
    {"period_start", [](const KpiRow& r) { return textCell(r.periodStart); }},
    {"queue", [](const KpiRow& r) { return textCell(r.queue); }},
    {"channel", [](const KpiRow& r) { return textCell(r.channel); }},
    {"offered", [](const KpiRow& r) { return countCell(r.offered); }},
    {"answered", [](const KpiRow& r) { return countCell(r.answered); }},
    {"abandoned", [](const KpiRow& r) { return countCell(r.abandoned); }},
    {"short_abandoned", [](const KpiRow& r) { return countCell(r.shortAbandoned); }},
    {"abandon_rate", [](const KpiRow& r) { return numberCell(r.abandonRate); }},
    {"abandon_rate_ex_short", [](const KpiRow& r) { return numberCell(r.abandonRateExShort); }},
    {"service_level", [](const KpiRow& r) { return numberCell(r.serviceLevel); }},
    {"sl_answered", [](const KpiRow& r) { return numberCell(r.slAnswered); }},
    {"sl_ex_short", [](const KpiRow& r) { return numberCell(r.slExShort); }},
    {"asa_sec", [](const KpiRow& r) { return numberCell(r.asaSec); }},
    {"mean_time_to_abandon_sec", [](const KpiRow& r) { return numberCell(r.meanTimeToAbandonSec); }},
    {"max_wait_sec", [](const KpiRow& r) { return numberCell(r.maxWaitSec); }},
    {"aht_sec", [](const KpiRow& r) { return numberCell(r.ahtSec); }},
    {"talk_sec", [](const KpiRow& r) { return numberCell(r.talkSec); }},
    {"hold_sec", [](const KpiRow& r) { return numberCell(r.holdSec); }},
    {"acw_sec", [](const KpiRow& r) { return numberCell(r.acwSec); }},
    {"fcr", [](const KpiRow& r) { return numberCell(r.fcr); }},
    {"transfer_rate", [](const KpiRow& r) { return numberCell(r.transferRate); }},
    {"csat", [](const KpiRow& r) { return numberCell(r.csat); }},
    {"cost_per_contact", [](const KpiRow& r) { return numberCell(r.costPerContact); }},
    {"patience_mle_sec", [](const KpiRow& r) { return numberCell(r.patienceMleSec); }},
    {"agents_seen", [](const KpiRow& r) { return countCell(r.agentsSeen); }},
};

QJsonObject rowJson(const KpiRow& r)
{
    QJsonObject o;
    for (const auto& c : kKpiColumns) {
        const Cell cell = c.value(r);
        o[QLatin1String(c.name)] = cell.text     ? QJsonValue(QString::fromStdString(*cell.text))
                                   : cell.number ? QJsonValue(*cell.number)
                                                 : QJsonValue();
    }
    return o;
}

// Appends a cell as CSV: numbers in the shortest form that reads back exactly (as machineNumber()), straight
// into the bytes (a 1M-call log gives tens of thousands of rows of 25 cells).
void appendCsvCell(std::string& out, const Cell& cell)
{
    if (cell.text) {
        out += csvQuoted(*cell.text);
    } else if (cell.number) {
        char buf[64];
        const auto [end, ec] =
            cell.count ? std::to_chars(buf, buf + sizeof buf, static_cast<long long>(*cell.number))
                       : std::to_chars(buf, buf + sizeof buf, *cell.number);
        if (ec == std::errc())
            out.append(buf, end);
    }
}

} // namespace

int commandKpi(const QStringList& args)
{
    QCommandLineParser p;
    addLogOptions(p);
    p.addOption(option("interval-min", tr("Interval length for --by interval: 15, 30 or 60 (default 30)."),
                       "M", "30"));
    p.addOption(option("by",
                       tr("Rows per interval, hour (of day), day, week, month or total (default interval)."),
                       "interval|hour|day|week|month|total", "interval"));
    p.addOption(option("threshold-sec", tr("Service level: answered within this many seconds (default 20)."),
                       "T", "20"));
    p.addOption(option("short-abandon-sec", tr("Abandons within this many seconds are short (default 5)."),
                       "S", "5"));
    p.addOption(option("fcr-window-days",
                       tr("First-contact resolution: no repeat call within this many days "
                          "(default 7)."),
                       "D", "7"));
    p.addOption(option("agent-cost-per-hour",
                       tr("Agent cost per hour, for cost per contact (handle time x cost)."), "C"));
    p.addOption(option("project",
                       tr("Read the calls of every batch imported into this project instead of --log."),
                       "P.staffplan"));
    p.addOption(option("json", tr("Write a JSON list of rows.")));
    p.addOption(option("csv", tr("Write CSV.")));
    if (!parse(
            p, args,
            tr("KPIs of a call log per interval, hour, day, week, month or in total, per queue and channel "
               "(queue '*' = all).\nExample: staffplan-cli kpi --log calls.csv --by day --json")))
        return Ok;
    if (p.isSet("log") == p.isSet("project"))
        throw ArgumentError{tr("give either --log or --project.")};
    KpiOptions k;
    const auto by = periodFromName(p.value("by").toStdString());
    if (!by)
        throw ArgumentError{
            tr("--by expects interval, hour, day, week, month or total, got '%1'.").arg(p.value("by"))};
    k.by = *by;
    k.intervalMin = intervalMinutes(p);
    k.thresholdSec = requiredNumber(p, "threshold-sec");
    k.shortAbandonSec = requiredNumber(p, "short-abandon-sec");
    k.fcrWindowDays = requiredNumber(p, "fcr-window-days");
    k.agentCostPerHour = number(p, "agent-cost-per-hour");
    for (const auto& [name, v] : {std::pair{"threshold-sec", k.thresholdSec},
                                  {"short-abandon-sec", k.shortAbandonSec},
                                  {"fcr-window-days", k.fcrWindowDays}})
        if (v < 0)
            throw ArgumentError{tr("--%1 must be 0 or more (got %2).").arg(name).arg(v)};
    if (k.agentCostPerHour && *k.agentCostPerHour < 0)
        throw ArgumentError{tr("--agent-cost-per-hour must be 0 or more (got %1).").arg(*k.agentCostPerHour)};
    const ReadOptions ro = readOptions(p);

    KpiAggregator agg(k);
    std::vector<KpiRow> rows;
    bool anyRejected = false;
    if (p.isSet("project")) {
        const auto db = openProject(p.value("project"));
        DbError error;
        if (!db->forEachCall([&](const CallRecord& c) { agg.add(c); }, error))
            throw std::runtime_error(describe(p.value("project"), error).toStdString());
        rows = agg.finish(db->queueNames(), db->channelNames());
    } else {
        auto reader = openLog(p.value("log"), ro);
        CallRecord call;
        while (reader->next(call))
            agg.add(call);
        rows = agg.finish(reader->queues(), reader->channels());
        reportSummary(p.value("log"), *reader, p);
        anyRejected = reader->summary().rejected > 0;
    }

    if (p.isSet("json")) {
        QJsonArray a;
        for (const auto& r : rows)
            a.append(rowJson(r));
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else if (p.isSet("csv")) {
        // plain bytes: a large CSV (tens of thousands of rows) is written without QString round trips
        out().flush();
        std::string text;
        for (const auto& c : kKpiColumns)
            text.append(text.empty() ? "" : ",").append(c.name);
        text += '\n';
        for (const auto& r : rows) {
            for (std::size_t i = 0; i < std::size(kKpiColumns); ++i) {
                if (i)
                    text += ',';
                appendCsvCell(text, kKpiColumns[i].value(r));
            }
            text += '\n';
            if (text.size() > (1u << 20)) {
                std::fwrite(text.data(), 1, text.size(), stdout);
                text.clear();
            }
        }
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    } else {
        out() << QString("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                     .arg(tr("period"), -20)
                     .arg(tr("queue"), -8)
                     .arg(tr("offered"), 8)
                     .arg(tr("answered"), 9)
                     .arg(tr("abandon"), 8)
                     .arg(tr("SL"), 7)
                     .arg(tr("ASA s"), 7)
                     .arg(tr("AHT s"), 7)
                     .arg(tr("patience s"), 10);
        for (const auto& r : rows)
            out() << QString("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                         .arg(QString::fromStdString(r.periodStart), -20)
                         .arg(QString::fromStdString(r.queue), -8)
                         .arg(r.offered, 8)
                         .arg(r.answered, 9)
                         .arg(QString::number(100 * r.abandonRate, 'f', 1) + '%', 8)
                         .arg(QString::number(100 * r.serviceLevel, 'f', 1) + '%', 7)
                         .arg(r.asaSec ? QString::number(*r.asaSec, 'f', 1) : QString("-"), 7)
                         .arg(r.ahtSec ? QString::number(*r.ahtSec, 'f', 0) : QString("-"), 7)
                         .arg(r.patienceMleSec ? QString::number(*r.patienceMleSec, 'f', 0) : QString("-"),
                              10);
    }
    return p.isSet("strict") && anyRejected ? OtherError : Ok;
}

int commandPatience(const QStringList& args)
{
    QCommandLineParser p;
    addLogOptions(p);
    p.addOption(option("json", tr("Write JSON.")));
    if (!parse(p, args,
               tr("Callers' patience from a call log: the exponential maximum-likelihood mean with its 95% "
                  "confidence interval, and the Kaplan-Meier survival curve (answered calls are censored).")))
        return Ok;
    if (!p.isSet("log"))
        throw ArgumentError{tr("--log is required.")};
    auto reader = openLog(p.value("log"), readOptions(p));
    std::vector<std::pair<double, bool>> waits;
    double queueTime = 0;
    long abandons = 0;
    CallRecord call;
    while (reader->next(call)) {
        waits.emplace_back(call.waitSec, call.outcome == CallOutcome::Abandoned);
        queueTime += call.waitSec;
        abandons += call.outcome == CallOutcome::Abandoned ? 1 : 0;
    }
    reportSummary(p.value("log"), *reader, p);
    const PatienceEstimate e = exponentialPatience(abandons, queueTime);
    const auto curve = kaplanMeier(std::move(waits));
    std::optional<double> median;
    for (const auto& pt : curve)
        if (pt.survival <= 0.5) {
            median = pt.timeSec;
            break;
        }
    if (p.isSet("json")) {
        QJsonObject o;
        o["abandons"] = static_cast<double>(e.abandons);
        o["queue_time_sec"] = e.queueTimeSec;
        o["patience_mle_sec"] = opt(e.meanSec);
        o["patience_low_sec"] = opt(e.lowSec);
        o["patience_high_sec"] = opt(e.highSec);
        o["reliable"] = e.reliable;
        o["km_restricted_mean_sec"] = curve.empty() ? QJsonValue() : QJsonValue(restrictedMeanSec(curve));
        o["km_median_sec"] = opt(median);
        QJsonArray points;
        for (const auto& pt : curve)
            points.append(QJsonObject{{"t_sec", pt.timeSec},
                                      {"survival", pt.survival},
                                      {"low", pt.low},
                                      {"high", pt.high},
                                      {"at_risk", static_cast<double>(pt.atRisk)},
                                      {"events", static_cast<double>(pt.events)}});
        o["curve"] = points;
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (!e.meanSec) {
        out() << tr("No call abandoned: the log says nothing about how long callers wait before hanging up.")
              << '\n';
        return Ok;
    }
    out()
        << tr("Mean patience (exponential model): %1 s, 95% confidence %2 to %3 s, from %n abandoned calls.",
              nullptr, static_cast<int>(e.abandons))
               .arg(*e.meanSec, 0, 'f', 1)
               .arg(*e.lowSec, 0, 'f', 1)
               .arg(*e.highSec, 0, 'f', 1)
        << '\n';
    if (!e.reliable)
        out() << tr("Too few abandoned calls for a reliable estimate (fewer than %1).")
                     .arg(PatienceEstimate::kReliableAbandons)
              << '\n';
    out() << tr("Kaplan-Meier: restricted mean %1 s; median %2.")
                 .arg(restrictedMeanSec(curve), 0, 'f', 1)
                 .arg(median ? QString::number(*median, 'f', 0) + " s"
                             : tr("not reached (over half the callers "
                                  "outwait every observed wait)"))
          << '\n';
    return Ok;
}

int commandImport(const QStringList& args)
{
    QCommandLineParser p;
    addLogOptions(p);
    p.addOption(
        option("project", tr("Project database to import into (created if missing)."), "P.staffplan"));
    if (!parse(p, args,
               tr("Import a call log into a project as one batch, in one transaction. The same file imported "
                  "again is recognised by its content and not counted twice.\n"
                  "Example: staffplan-cli import --project centre.staffplan --log october.csv")))
        return Ok;
    if (!p.isSet("project") || !p.isSet("log"))
        throw ArgumentError{tr("--project and --log are required.")};
    const ReadOptions ro = readOptions(p);
    const auto db = openProject(p.value("project"));
    OpenError openError{OpenProblem::CannotRead, {}};
    DbError dbError;
    const auto outcome =
        db->importLog(QFile::encodeName(p.value("log")).toStdString(), ro, openError, dbError);
    if (!outcome) {
        if (!dbError.detail.empty())
            throw std::runtime_error(describe(p.value("project"), dbError).toStdString());
        throw std::runtime_error(describe(p.value("log"), openError).toStdString());
    }
    if (outcome->duplicateOf) {
        out() << tr("%1 was imported before, as batch %2; nothing imported.")
                     .arg(p.value("log"))
                     .arg(*outcome->duplicateOf)
              << '\n';
        return Ok;
    }
    reportRejected(p.value("log"), outcome->summary, outcome->rejected, p);
    out() << tr("Imported %1 as batch %2: %3 calls.")
                 .arg(p.value("log"))
                 .arg(outcome->batch->id)
                 .arg(outcome->batch->accepted)
          << '\n';
    return p.isSet("strict") && outcome->summary.rejected > 0 ? OtherError : Ok;
}

int commandBatches(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("project", tr("Project database."), "P.staffplan"));
    p.addOption(option("json", tr("Write JSON.")));
    if (!parse(p, args, tr("List the call logs imported into a project.")))
        return Ok;
    if (!p.isSet("project"))
        throw ArgumentError{tr("--project is required.")};
    const auto db = openProject(p.value("project"));
    DbError error;
    const auto list = db->batches(error);
    if (!error.detail.empty())
        throw std::runtime_error(describe(p.value("project"), error).toStdString());
    if (p.isSet("json")) {
        QJsonArray a;
        for (const auto& b : list)
            a.append(QJsonObject{{"id", static_cast<double>(b.id)},
                                 {"file_name", QString::fromStdString(b.fileName)},
                                 {"content_hash", QString::fromStdString(b.contentHash)},
                                 {"imported_at", QString::fromStdString(b.importedAt)},
                                 {"preset", QString::fromStdString(b.preset)},
                                 {"encoding", QString::fromStdString(b.encoding)},
                                 {"rows_read", static_cast<double>(b.read)},
                                 {"accepted", static_cast<double>(b.accepted)},
                                 {"rejected", static_cast<double>(b.rejected)},
                                 {"excluded", static_cast<double>(b.excluded)}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto& b : list)
        out() << tr("batch %1: %2, imported %3, %4 rows read: %5 accepted, %6 rejected, %7 excluded")
                     .arg(b.id)
                     .arg(QString::fromStdString(b.fileName), QString::fromStdString(b.importedAt))
                     .arg(b.read)
                     .arg(b.accepted)
                     .arg(b.rejected)
                     .arg(b.excluded)
              << '\n';
    return Ok;
}

int commandRemoveBatch(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("project", tr("Project database."), "P.staffplan"));
    p.addOption(option("batch", tr("The batch to remove (see staffplan-cli batches)."), "N"));
    if (!parse(p, args, tr("Remove an imported batch (its calls and rejected rows) from a project.")))
        return Ok;
    if (!p.isSet("project") || !p.isSet("batch"))
        throw ArgumentError{tr("--project and --batch are required.")};
    bool ok = false;
    const qlonglong id = p.value("batch").toLongLong(&ok);
    if (!ok)
        throw ArgumentError{tr("--batch expects a batch number, got '%1'.").arg(p.value("batch"))};
    const auto db = openProject(p.value("project"));
    DbError error;
    if (!db->removeBatch(id, error))
        throw std::runtime_error(describe(p.value("project"), error).toStdString());
    out() << tr("Removed batch %1.").arg(id) << '\n';
    return Ok;
}

} // namespace staffplan::cli
