// staffplan-cli forecast and accuracy: forecasts from a project's history, and how they compare with what
// came.

#include "app/cli/cli.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/common.hpp"
#include "ui/text/messages.hpp"
#include "core/forecast.hpp"
#include "core/interval_csv.hpp"
#include "core/kpi.hpp"
#include "core/model_check.hpp"
#include "core/project_db.hpp"
#include "core/special_days.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace staffplan::cli {
namespace {

QString specialDayMessage(const QString& file, const SpecialDayError& e)
{
    const QString where = QStringLiteral("%1:%2").arg(file).arg(e.line);
    const QString text = QString::fromStdString(e.text);
    switch (e.problem) {
    case SpecialDayProblem::BadDate:
        return tr("%1: expected a date as YYYY-MM-DD, got '%2'.").arg(where, text);
    case SpecialDayProblem::BadFactor:
        return tr("%1: expected a factor of 0 or more, got '%2'.").arg(where, text);
    case SpecialDayProblem::TooManyFields:
        return tr("%1: expected date[,factor], got '%2'.").arg(where, text);
    }
    return {};
}

} // namespace

int commandForecast(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("project", tr("Project whose imported calls are the history."), "P.staffplan"));
    p.addOption(option("from", tr("First day to forecast (YYYY-MM-DD); the history is everything before it."),
                       "DATE"));
    p.addOption(option("days", tr("Days to forecast."), "N"));
    p.addOption(option("method",
                       tr("auto (chosen by backtest), naive, wavg, holt-winters or profile (default auto)."),
                       "M", "auto"));
    p.addOption(option("interval-min", tr("Interval length: 15, 30 or 60 (default 30)."), "M", "30"));
    p.addOption(option("queue", tr("Forecast one queue (default: all calls together)."), "Q"));
    p.addOption(option("special-days",
                       tr("Days to leave out of training, with optional factors for the forecast "
                          "(lines: YYYY-MM-DD[,factor])."),
                       "FILE"));
    p.addOption(option("name",
                       tr("Name to store the forecast under in the project (default: made from its "
                          "settings and the time)."),
                       "NAME"));
    p.addOption(option("replace", tr("Overwrite a stored forecast of the same name.")));
    p.addOption(option("output", tr("Write the forecast to this CSV."), "F.csv"));
    p.addOption(
        option("json", tr("Also print the method chosen, each method's backtest error and the flagged days "
                          "as JSON.")));
    if (!parse(p, args,
               tr("Forecast offered calls and AHT per interval, with 80% and 95% bands.\n"
                  "Example: staffplan-cli forecast --project centre.staffplan --from 1999-10-03 --days 7 "
                  "--output f.csv")))
        return Ok;
    for (const char* required : {"project", "from", "days", "output"})
        if (!p.isSet(required))
            throw ArgumentError{tr("--%1 is required.").arg(required)};
    const auto from = parseTimestamp(p.value("from").trimmed().toStdString(), DateFormat::Iso);
    if (!from || p.value("from").trimmed().size() != 10)
        throw ArgumentError{tr("--from expects a date as YYYY-MM-DD, got '%1'.").arg(p.value("from"))};
    const double days = requiredNumber(p, "days");
    if (days < 1 || days > 366 || days != std::floor(days))
        throw ArgumentError{
            tr("--days expects a whole number from 1 to 366, got '%1'.").arg(p.value("days"))};
    const int intervalMin = intervalMinutes(p);
    ForecastOptions options;
    if (p.value("method") != QLatin1String("auto")) {
        options.method = forecastMethodFromName(p.value("method").toStdString());
        if (!options.method)
            throw ArgumentError{tr("--method expects auto, naive, wavg, holt-winters or profile, got '%1'.")
                                    .arg(p.value("method"))};
    }
    SpecialDays special;
    if (p.isSet("special-days")) {
        std::ifstream f(QFile::encodeName(p.value("special-days")).toStdString());
        if (!f)
            throw std::runtime_error(tr("cannot read %1.").arg(p.value("special-days")).toStdString());
        special = readSpecialDays(f);
        if (!special.errors.empty()) {
            for (const auto& e : special.errors)
                err() << "staffplan-cli: " << specialDayMessage(p.value("special-days"), e) << '\n';
            throw std::runtime_error(tr("%1 has lines that are not special days; fix them and run again.")
                                         .arg(p.value("special-days"))
                                         .toStdString());
        }
    }

    const QString project = p.value("project");
    const auto db = openProject(project);
    const std::optional<int> queue = queueId(*db, p.value("queue"));
    const auto calls = allCalls(*db, project);
    double earliest = *from;
    for (const auto& c : calls)
        earliest = std::min(earliest, c.arrival);
    const IntervalSeries history = buildSeries(calls, intervalMin, earliest, *from, queue, special.dayList());
    const int horizon = static_cast<int>(days) * history.intervalsPerDay();
    const auto result = forecast(history, horizon, options);
    if (!result)
        throw std::runtime_error(
            tr("%1 holds less than a week of calls before %2: a forecast needs at least one "
               "week of history.")
                .arg(project, p.value("from"))
                .toStdString());

    StoredForecast stored;
    stored.method = std::string(forecastMethodName(result->method));
    stored.queue = p.value("queue").toStdString();
    stored.intervalMin = intervalMin;
    stored.trainFrom = history.startSec;
    stored.trainTo = *from;
    stored.parameters = "average_weeks=" + std::to_string(options.averageWeeks) +
                        ";backtest_weeks=" + std::to_string(options.backtestWeeks) +
                        ";method_requested=" + p.value("method").toStdString();
    const double length = intervalMin * 60.0;
    for (int h = 0; h < horizon; ++h) {
        const double start = *from + h * length;
        const double factor =
            special.factorFor(static_cast<long long>(std::floor(start / 86400.0))).value_or(1.0);
        stored.rows.push_back({start, result->calls[h] * factor, result->callsLow80[h] * factor,
                               result->callsHigh80[h] * factor, result->callsLow95[h] * factor,
                               result->callsHigh95[h] * factor, result->ahtSec[h], result->ahtHigh80[h]});
    }
    stored.name = p.isSet("name") ? p.value("name").toStdString()
                                  : defaultForecastName(stored.method, p.value("from").toStdString(),
                                                        static_cast<int>(days), stored.queue, intervalMin);
    DbError dbError;
    if (!db->saveForecast(stored, p.isSet("replace"), dbError))
        throw std::runtime_error(describe(project, dbError).toStdString());

    QSaveFile file(p.value("output"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        throw std::runtime_error(
            tr("cannot write %1: %2").arg(p.value("output"), file.errorString()).toStdString());
    QTextStream csv(&file);
    csv << "start,calls,aht_sec,calls_p10,calls_p90,aht_p90,calls_p2_5,calls_p97_5,method\n";
    for (const auto& r : stored.rows)
        csv << QString::fromStdString(formatTimestamp(r.start)) << ',' << machineNumber(r.calls) << ','
            << machineNumber(r.ahtSec) << ',' << machineNumber(r.callsP10) << ',' << machineNumber(r.callsP90)
            << ',' << machineNumber(r.ahtP90) << ',' << machineNumber(r.callsP2_5) << ','
            << machineNumber(r.callsP97_5) << ',' << QString::fromStdString(stored.method) << '\n';
    csv.flush();
    if (!file.commit())
        throw std::runtime_error(
            tr("cannot write %1: %2").arg(p.value("output"), file.errorString()).toStdString());

    QStringList flagged;
    for (const int d : result->outlierDays)
        flagged << QString::fromStdString(formatTimestamp(history.startSec + d * 86400.0).substr(0, 10));
    err() << tr("Method: %1 (%2). Stored in %3 as '%4'.")
                 .arg(QString::fromStdString(stored.method),
                      options.method ? tr("as asked") : tr("lowest backtest error"), project,
                      QString::fromStdString(stored.name))
          << '\n';
    for (const auto& m : result->backtest)
        err() << "  "
              << tr("%1: WAPE %2 over %n backtest weeks", nullptr, m.weeks)
                     .arg(QString::fromLatin1(forecastMethodName(m.method).data()), -13)
                     .arg(m.wape, 0, 'f', 3)
              << '\n';
    if (!flagged.isEmpty())
        err() << tr("Outlier days left out of training: %1").arg(flagged.join(QStringLiteral(", "))) << '\n';
    if (p.isSet("json")) {
        QJsonArray backtest;
        for (const auto& m : result->backtest)
            backtest.append(QJsonObject{{"method", QString::fromLatin1(forecastMethodName(m.method).data())},
                                        {"wape", m.wape},
                                        {"weeks", m.weeks}});
        out() << QJsonDocument(QJsonObject{{"name", QString::fromStdString(stored.name)},
                                           {"method", QString::fromStdString(stored.method)},
                                           {"backtest", backtest},
                                           {"outlier_days", QJsonArray::fromStringList(flagged)},
                                           {"intervals", horizon}})
                     .toJson(QJsonDocument::Indented);
    }
    return Ok;
}

int commandAccuracy(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("project", tr("Project holding the actual calls."), "P.staffplan"));
    p.addOption(option("forecast",
                       tr("Forecast CSV (start, calls, aht_sec; as staffplan-cli forecast writes it)."),
                       "F.csv"));
    p.addOption(option("queue", tr("Compare with one queue's calls (default: all)."), "Q"));
    p.addOption(option("threshold-sec",
                       tr("Service level: answered within this many seconds, for the model check "
                          "(default 20)."),
                       "T", "20"));
    p.addOption(option("json", tr("Write JSON with every interval.")));
    if (!parse(
            p, args,
            tr("Forecast against actual: WAPE, MAPE and bias of calls and AHT, per interval and in total.")))
        return Ok;
    if (!p.isSet("project") || !p.isSet("forecast"))
        throw ArgumentError{tr("--project and --forecast are required.")};
    std::ifstream in(QFile::encodeName(p.value("forecast")).toStdString(), std::ios::binary);
    if (!in)
        throw std::runtime_error(tr("cannot read %1.").arg(p.value("forecast")).toStdString());
    const IntervalFile f = readIntervalCsv(in);
    for (const auto& e : f.errors)
        err() << "staffplan-cli: " << describe(p.value("forecast"), e) << '\n';
    if (f.rows.empty())
        throw std::runtime_error(
            tr("%1 holds no forecast intervals.").arg(p.value("forecast")).toStdString());
    std::vector<double> starts;
    for (const auto& r : f.rows)
        starts.push_back(*parseTimestamp(r.start, DateFormat::Iso));
    double length = 0; // the smallest step between consecutive intervals; 30 minutes for a single row
    for (std::size_t i = 1; i < starts.size(); ++i)
        if (starts[i] > starts[i - 1] && (length == 0 || starts[i] - starts[i - 1] < length))
            length = starts[i] - starts[i - 1];
    if (length == 0)
        length = 1800;
    const int intervalMin = static_cast<int>(std::lround(length / 60.0));
    if (intervalMin != 15 && intervalMin != 30 && intervalMin != 60)
        throw std::runtime_error(tr("%1: the intervals are %2 minutes apart; expected 15, 30 or 60.")
                                     .arg(p.value("forecast"))
                                     .arg(intervalMin)
                                     .toStdString());

    const auto db = openProject(p.value("project"));
    const std::optional<int> queue = queueId(*db, p.value("queue"));
    const auto calls = allCalls(*db, p.value("project"));
    const double first = *std::min_element(starts.begin(), starts.end());
    const IntervalSeries actual = buildSeries(
        calls, intervalMin, first, *std::max_element(starts.begin(), starts.end()) + length, queue);

    double absCalls = 0, sumCalls = 0, sumForecast = 0, mape = 0, absAht = 0, sumAht = 0, sumAhtForecast = 0,
           ahtMape = 0;
    int mapeCount = 0, ahtCount = 0;
    QJsonArray intervals;
    for (std::size_t k = 0; k < f.rows.size(); ++k) {
        const auto i = static_cast<std::size_t>(std::llround((starts[k] - actual.startSec) / length));
        if (i >= actual.calls.size())
            continue;
        const double a = actual.calls[i], fc = f.rows[k].calls;
        absCalls += std::abs(a - fc);
        sumCalls += a;
        sumForecast += fc;
        if (a > 0)
            mape += std::abs(a - fc) / a, ++mapeCount;
        QJsonObject row{{"start", QString::fromStdString(f.rows[k].start)},
                        {"calls", a},
                        {"calls_forecast", fc},
                        {"calls_error", fc - a}, // forecast minus actual
                        {"calls_ape", a > 0 ? QJsonValue(std::abs(a - fc) / a) : QJsonValue()}};
        if (actual.answered[i] > 0) {
            const double aht = actual.handleSec[i] / actual.answered[i], w = actual.answered[i];
            absAht += w * std::abs(aht - f.rows[k].ahtSec);
            sumAht += w * aht;
            sumAhtForecast += w * f.rows[k].ahtSec;
            ahtMape += std::abs(aht - f.rows[k].ahtSec) / aht, ++ahtCount;
            row["aht_sec"] = aht;
            row["aht_error_sec"] = f.rows[k].ahtSec - aht;
        } else {
            row["aht_sec"] = QJsonValue();
            row["aht_error_sec"] = QJsonValue();
        }
        row["aht_forecast_sec"] = f.rows[k].ahtSec;
        intervals.append(row);
    }
    auto ratio = [](double a, double b) { return b > 0 ? QJsonValue(a / b) : QJsonValue(); };
    const QJsonObject callsJson{{"actual", sumCalls},
                                {"forecast", sumForecast},
                                {"wape", ratio(absCalls, sumCalls)},
                                {"mape", ratio(mape, mapeCount)},
                                {"bias", ratio(sumForecast - sumCalls, sumCalls)}};
    const QJsonObject ahtJson{{"wape", ratio(absAht, sumAht)},
                              {"mape", ratio(ahtMape, ahtCount)},
                              {"bias", ratio(sumAhtForecast - sumAht, sumAht)}};

    // the models' own accuracy over the same period: Erlang C and A with the agents seen serving
    KpiOptions k;
    k.by = Period::Interval;
    k.intervalMin = intervalMin;
    k.thresholdSec = requiredNumber(p, "threshold-sec");
    k.perQueue = queue.has_value();
    KpiAggregator agg(k);
    const double last = *std::max_element(starts.begin(), starts.end()) + length;
    for (const auto& c : calls)
        if (c.arrival >= first && c.arrival < last)
            agg.add(c);
    std::vector<KpiRow> rows;
    const std::string wanted = queue ? db->queueNames().at(*queue) : std::string("*");
    for (auto& r : agg.finish(db->queueNames(), db->channelNames()))
        if (r.queue == wanted)
            rows.push_back(std::move(r));
    const auto check = checkModels(rows, length, k.thresholdSec);
    QJsonObject modelJson;
    if (check) {
        modelJson["patience_sec"] = check->patienceSec;
        for (const auto& m : check->models)
            modelJson[m.model == Model::ErlangC ? "erlang_c" : "erlang_a"] =
                QJsonObject{{"intervals", m.intervals},
                            {"sl_mae", m.slMae},
                            {"sl_bias", m.slBias},
                            {"abandon_mae", m.abandonMae},
                            {"abandon_bias", m.abandonBias}};
    }
    if (p.isSet("json")) {
        out() << QJsonDocument(QJsonObject{{"calls", callsJson},
                                           {"aht", ahtJson},
                                           {"model", modelJson},
                                           {"intervals", intervals}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto pct = [](const QJsonValue& v) {
        return v.isNull() ? QStringLiteral("-") : QString::number(100 * v.toDouble(), 'f', 1) + '%';
    };
    out() << tr("Calls: actual %1, forecast %2, WAPE %3, MAPE %4, bias %5")
                 .arg(sumCalls)
                 .arg(sumForecast, 0, 'f', 0)
                 .arg(pct(callsJson["wape"]), pct(callsJson["mape"]), pct(callsJson["bias"]))
          << '\n'
          << tr("AHT: WAPE %1, MAPE %2, bias (AHT variance) %3")
                 .arg(pct(ahtJson["wape"]), pct(ahtJson["mape"]), pct(ahtJson["bias"]))
          << '\n';
    if (check)
        for (const auto& m : check->models)
            out() << tr("%1 with the agents seen serving: service level off by %2 on average (bias %3), "
                        "abandonment "
                        "off by %4 (bias %5), over %6 intervals")
                         .arg(m.model == Model::ErlangC ? QStringLiteral("Erlang C")
                                                        : QStringLiteral("Erlang A"))
                         .arg(pct(m.slMae), pct(m.slBias), pct(m.abandonMae), pct(m.abandonBias))
                         .arg(m.intervals)
                  << '\n';
    return Ok;
}

} // namespace staffplan::cli
