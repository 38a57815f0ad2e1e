// staffplan-cli report: the staffing report of a stored forecast as PDF, and its tables as .xlsx and CSV.  What the
// app's Report page writes too (ui/report/).

#include "app/cli/cli.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/common.hpp"
#include "core/forecast.hpp"
#include "core/kpi.hpp"
#include "core/project_db.hpp"
#include "ui/report/pdfreport.hpp"
#include "ui/report/tablesout.hpp"
#include "ui/text/language.hpp"
#include "ui/text/messages.hpp"

#include <QFileInfo>

#include <cmath>

namespace staffplan::cli {

int commandReport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("project", tr("Project holding the forecast and the imported calls."), "P.staffplan"));
    p.addOption(option("forecast", tr("Name of the stored forecast to staff (default: the newest)."), "NAME"));
    p.addOption(option("pdf", tr("Write the report to this PDF (A4)."), "OUT.pdf"));
    p.addOption(option("xlsx", tr("Also write the plan and the KPIs to this Excel workbook."), "OUT.xlsx"));
    p.addOption(option("csv", tr("Also write the per-interval plan to this CSV."), "OUT.csv"));
    p.addOption(option("lang", tr("Language of the report: en, ru or zh_CN (default: the system's, from LANG)."),
                       "L"));
    p.addOption(option("csv-format",
                       tr("plain (UTF-8, comma; default), excel (with a BOM) or excel-ru (BOM, ';' and decimal "
                          "comma)."),
                       "F", "plain"));
    p.addOption(option("model", tr("a (Erlang A, default) or c (Erlang C)."), "M", "a"));
    p.addOption(option("sl", tr("Service-level target (default 0.8)."), "X", "0.8"));
    p.addOption(option("sl-definition", tr("offered (default), answered or virtual."), "D", "offered"));
    p.addOption(option("threshold-sec", tr("T of the service level (default 20)."), "T", "20"));
    p.addOption(option("asa-sec", tr("Target: ASA at most this many seconds."), "A"));
    p.addOption(option("abandon", tr("Target: abandonment at most this fraction (default 0.05)."), "B", "0.05"));
    p.addOption(option("max-occupancy", tr("Target: occupancy at most this fraction."), "C"));
    p.addOption(option("shrinkage", tr("Share of paid time off the phones (default 0.3)."), "S", "0.3"));
    p.addOption(option("patience-sec",
                       tr("Callers' mean patience (default: estimated from the 4 weeks before the forecast)."),
                       "P"));
    if (!parse(p, args,
               tr("The staffing report of a stored forecast: PDF, and the tables as Excel and CSV.\n"
                  "Example: staffplan-cli report --project centre.staffplan --pdf plan.pdf --xlsx plan.xlsx")))
        return Ok;
    if (p.isSet("lang")) {
        const QString lang = p.value("lang");
        if (!text::isLanguage(lang))
            throw ArgumentError{tr("--lang expects en, ru or zh_CN, got '%1'.").arg(lang)};
        text::useLanguage(lang);
    }
    for (const char* required : {"project", "pdf"})
        if (!p.isSet(required))
            throw ArgumentError{tr("--%1 is required.").arg(required)};
    const QString modelName = p.value("model").toLower();
    if (modelName != QLatin1String("a") && modelName != QLatin1String("c"))
        throw ArgumentError{tr("--model expects a or c, got '%1'.").arg(p.value("model"))};
    const QString csvFormat = p.value("csv-format");
    if (csvFormat != QLatin1String("plain") && csvFormat != QLatin1String("excel") &&
        csvFormat != QLatin1String("excel-ru"))
        throw ArgumentError{tr("--csv-format expects plain, excel or excel-ru, got '%1'.").arg(csvFormat)};
    const StaffingTargets targets = targetsFrom(p);
    const double threshold = requiredNumber(p, "threshold-sec");
    if (!(threshold >= 0))
        throw ArgumentError{tr("--threshold-sec expects 0 or more, got '%1'.").arg(p.value("threshold-sec"))};
    const std::optional<double> patienceGiven = number(p, "patience-sec");
    if (patienceGiven && !(*patienceGiven > 0))
        throw ArgumentError{tr("--patience-sec expects a number greater than 0, got '%1'.").arg(p.value("patience-sec"))};

    const QString project = p.value("project");
    const auto db = openProject(project);
    DbError dbError;
    const auto stored = db->forecast(p.value("forecast").toStdString(), dbError);
    if (!stored)
        throw std::runtime_error(describe(project, dbError).toStdString());
    if (stored->rows.empty())
        throw std::runtime_error(tr("forecast '%1' in %2 has no intervals.")
                                     .arg(QString::fromStdString(stored->name), project)
                                     .toStdString());
    const std::optional<int> queue = queueId(*db, QString::fromStdString(stored->queue));
    const auto calls = allCalls(*db, project);

    report::ReportInput in;
    in.projectName = QFileInfo(project).completeBaseName();
    in.forecastName = QString::fromStdString(stored->name);
    in.forecastMethod = QString::fromStdString(stored->method);
    in.queue = QString::fromStdString(stored->queue);
    in.intervalMin = stored->intervalMin;
    in.model = modelName == QLatin1String("a") ? Model::ErlangA : Model::ErlangC;
    in.targets = targets;
    const double from = stored->rows.front().start;
    const PatienceEstimate patience = patienceOfCalls(calls, from - 28 * 86400.0, from, queue);
    double patienceSec = 0;
    if (patienceGiven) {
        patienceSec = *patienceGiven;
        in.patienceSource = tr("%1 s, as given").arg(machineNumber(patienceSec));
    } else if (patience.meanSec) {
        patienceSec = *patience.meanSec;
        in.patienceSource = tr("%1 s, estimated from %2 abandons in the 4 weeks before the forecast (exponential "
                               "maximum likelihood, answered calls censored)%3")
                                .arg(QString::number(patienceSec, 'f', 0))
                                .arg(patience.abandons)
                                .arg(patience.reliable ? QString() : tr("; too few abandons to be reliable"));
    } else if (in.model == Model::ErlangA) {
        throw std::runtime_error(tr("%1 has no abandoned calls in the 4 weeks before the forecast to estimate "
                                    "callers' patience from; give --patience-sec, or --model c.")
                                     .arg(project)
                                     .toStdString());
    }
    in.ahtSource = tr("the forecast's AHT per interval (%1 method, by time of day)").arg(in.forecastMethod);
    for (const auto& r : stored->rows) {
        QueueInput q;
        q.calls = std::max(0.0, r.calls);
        q.intervalSec = stored->intervalMin * 60.0;
        q.ahtSec = r.ahtSec;
        q.patienceSec = patienceSec;
        q.thresholdSec = threshold;
        in.starts.push_back(r.start);
        in.inputs.push_back(q);
    }
    in.plan = staffPlan(in.inputs, targets);
    // the actual AHT where the calls of the forecast's days are imported
    const double length = stored->intervalMin * 60.0, to = in.starts.back() + length;
    const IntervalSeries actual = buildSeries(calls, stored->intervalMin, from, to, queue);
    double lastArrival = -1;
    for (const auto& c : calls)
        lastArrival = std::max(lastArrival, c.arrival);
    for (double start : in.starts) {
        const auto i = static_cast<std::size_t>(std::llround((start - actual.startSec) / length));
        const bool known = i < actual.answered.size() && start < lastArrival && actual.answered[i] > 0;
        in.ahtActual.push_back(known ? actual.handleSec[i] / actual.answered[i] : NAN);
    }
    KpiOptions kpi;
    kpi.by = Period::Week;
    kpi.thresholdSec = threshold;
    kpi.perQueue = false;
    KpiAggregator history(kpi);
    for (const auto& c : calls)
        history.add(c);
    in.history = history.finish(db->queueNames(), db->channelNames());

    const report::ReportData data = report::buildReport(in);
    QString error;
    int pages = 0;
    if (!report::writePdf(data, p.value("pdf"), error, &pages))
        throw std::runtime_error(error.toStdString());
    if (p.isSet("xlsx") && !report::writeXlsx(in, p.value("xlsx"), error))
        throw std::runtime_error(error.toStdString());
    if (p.isSet("csv")) {
        report::CsvOptions o;
        o.bom = csvFormat != QLatin1String("plain");
        o.delimiter = csvFormat == QLatin1String("excel-ru") ? ';' : ',';
        o.decimalComma = csvFormat == QLatin1String("excel-ru");
        if (!report::writePlanCsv(in, p.value("csv"), o, error))
            throw std::runtime_error(error.toStdString());
    }
    err() << tr("%1: the report of '%2' on %n page(s).", nullptr, pages).arg(p.value("pdf"), in.forecastName) << '\n';
    return Ok;
}

} // namespace staffplan::cli
