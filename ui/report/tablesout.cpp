#include "ui/report/tablesout.hpp"

#include "core/timestamps.hpp"
#include "ui/text/messages.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cmath>
#include <functional>

namespace staffplan::report {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffplan::report", text);
}

/// One interval of the plan as numbers (empty where there is none), in the CLI's column names.
struct PlanColumns
{
    static const std::vector<const char*>& names()
    {
        static const std::vector<const char*> n = {"start",       "calls",     "aht_sec",  "patience_sec",
                                                   "offered_load", "required_agents_c", "required_agents_a",
                                                   "scheduled_agents", "sl_offered", "asa_sec", "p_abandon",
                                                   "occupancy"};
        return n;
    }
    static std::vector<std::optional<double>> values(const ReportInput& in, std::size_t i)
    {
        const QueueInput& q = in.inputs[i];
        const PlanRow& row = in.plan[i];
        auto agents = [](const std::optional<StaffingResult>& r) {
            return r && r->status == StaffingStatus::Ok ? std::optional<double>(r->requiredAgents) : std::nullopt;
        };
        const auto& chosen = row.chosen(in.model);
        const bool ok = chosen && chosen->status == StaffingStatus::Ok;
        const QueueMeasures* m = ok ? &chosen->atRequired : nullptr;
        return {q.calls,
                q.ahtSec,
                q.patienceSec > 0 ? std::optional<double>(q.patienceSec) : std::nullopt,
                offeredLoad(q),
                agents(row.erlangC),
                agents(row.erlangA),
                ok ? std::optional<double>(chosen->scheduledAgents) : std::nullopt,
                m ? std::optional<double>(m->slOffered) : std::nullopt,
                m ? m->asaSec : std::nullopt,
                m ? std::optional<double>(m->pAbandon) : std::nullopt,
                m ? std::optional<double>(m->occupancy) : std::nullopt};
    }
};

std::size_t rowsOf(const ReportInput& in)
{
    return std::min({in.starts.size(), in.inputs.size(), in.plan.size()});
}

} // namespace

bool writePlanCsv(const ReportInput& in, const QString& path, const CsvOptions& options, QString& error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray out;
    if (options.bom)
        out += "\xEF\xBB\xBF";
    const char d = options.delimiter;
    for (std::size_t c = 0; c < PlanColumns::names().size(); ++c)
        out += QByteArray(c ? 1 : 0, d) + PlanColumns::names()[c];
    out += "\r\n";
    for (std::size_t i = 0; i < rowsOf(in); ++i) {
        out += QByteArray::fromStdString(formatTimestamp(in.starts[i]));
        for (const auto& v : PlanColumns::values(in, i)) {
            out += d;
            if (!v)
                continue;
            QByteArray number = text::machineNumber(*v).toUtf8();
            if (options.decimalComma)
                number.replace('.', ',');
            out += number;
        }
        out += "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit()) {
        error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeXlsx(const ReportInput& in, const QString& path, QString& error)
{
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(name.constData());
    if (!book) {
        error = tr("cannot write %1.").arg(path);
        return false;
    }
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* when = workbook_add_format(book);
    format_set_num_format(when, "yyyy-mm-dd hh:mm");
    lxw_format* percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    auto datetime = [](double wallSec) {
        const std::string iso = formatTimestamp(wallSec); // YYYY-MM-DDTHH:MM:SS
        lxw_datetime t{};
        t.year = std::stoi(iso.substr(0, 4));
        t.month = std::stoi(iso.substr(5, 2));
        t.day = std::stoi(iso.substr(8, 2));
        t.hour = std::stoi(iso.substr(11, 2));
        t.min = std::stoi(iso.substr(14, 2));
        t.sec = std::stod(iso.substr(17, 2));
        return t;
    };

    lxw_worksheet* plan = workbook_add_worksheet(book, "Plan");
    const auto& names = PlanColumns::names();
    for (std::size_t c = 0; c < names.size(); ++c)
        worksheet_write_string(plan, 0, static_cast<lxw_col_t>(c), names[c], bold);
    worksheet_set_column(plan, 0, 0, 17, nullptr);
    for (std::size_t i = 0; i < rowsOf(in); ++i) {
        const auto row = static_cast<lxw_row_t>(i + 1);
        lxw_datetime t = datetime(in.starts[i]);
        worksheet_write_datetime(plan, row, 0, &t, when);
        const auto values = PlanColumns::values(in, i);
        for (std::size_t c = 0; c < values.size(); ++c)
            if (values[c]) {
                const bool share = names[c + 1] == std::string("sl_offered") || names[c + 1] == std::string("p_abandon") ||
                                   names[c + 1] == std::string("occupancy");
                worksheet_write_number(plan, row, static_cast<lxw_col_t>(c + 1), *values[c], share ? percent : nullptr);
            }
    }
    worksheet_freeze_panes(plan, 1, 0);

    lxw_worksheet* kpi = workbook_add_worksheet(book, "KPIs");
    const char* kpiNames[] = {"week",         "offered",     "answered", "abandoned", "abandon_rate",
                              "service_level", "asa_sec",    "aht_sec",  "patience_sec"};
    for (int c = 0; c < 9; ++c)
        worksheet_write_string(kpi, 0, static_cast<lxw_col_t>(c), kpiNames[c], bold);
    lxw_row_t row = 1;
    for (const KpiRow& k : in.history) {
        if (k.queue != "*" || k.channel != "*")
            continue;
        worksheet_write_string(kpi, row, 0, k.periodStart.c_str(), nullptr);
        worksheet_write_number(kpi, row, 1, static_cast<double>(k.offered), nullptr);
        worksheet_write_number(kpi, row, 2, static_cast<double>(k.answered), nullptr);
        worksheet_write_number(kpi, row, 3, static_cast<double>(k.abandoned), nullptr);
        if (k.offered) {
            worksheet_write_number(kpi, row, 4, k.abandonRate, percent);
            worksheet_write_number(kpi, row, 5, k.serviceLevel, percent);
        }
        const std::optional<double> rest[] = {k.asaSec, k.ahtSec, k.patienceMleSec};
        for (int c = 0; c < 3; ++c)
            if (rest[c])
                worksheet_write_number(kpi, row, static_cast<lxw_col_t>(6 + c), *rest[c], nullptr);
        ++row;
    }
    worksheet_freeze_panes(kpi, 1, 0);

    if (in.shifts) {
        lxw_worksheet* shifts = workbook_add_worksheet(book, "Shifts");
        const char* shiftNames[] = {"start", "end", "template", "agents", "paid_hours", "cost", "breaks"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(shifts, 0, static_cast<lxw_col_t>(c), shiftNames[c], bold);
        worksheet_set_column(shifts, 0, 1, 17, nullptr);
        lxw_row_t r = 1;
        for (const ShiftGroup& g : in.shifts->plan.groups) {
            const bool known = g.templateIndex >= 0 && g.templateIndex < static_cast<int>(in.shifts->templates.size());
            const ShiftTemplate* t = known ? &in.shifts->templates[g.templateIndex] : nullptr;
            lxw_datetime start = datetime(g.startSec), end = datetime(g.endSec);
            worksheet_write_datetime(shifts, r, 0, &start, when);
            worksheet_write_datetime(shifts, r, 1, &end, when);
            worksheet_write_string(shifts, r, 2, t ? t->name.c_str() : "", nullptr);
            worksheet_write_number(shifts, r, 3, g.agents, nullptr);
            if (t) {
                worksheet_write_number(shifts, r, 4, g.agents * t->paidMinutes / 60.0, nullptr);
                worksheet_write_number(shifts, r, 5, g.agents * t->paidMinutes / 60.0 * t->costPerHour, nullptr);
                std::string breaks;
                for (std::size_t b = 0; b < g.breakStartsSec.size() && b < t->breaks.size(); ++b)
                    breaks.append(b ? " " : "")
                        .append(formatTimestamp(g.breakStartsSec[b]).substr(11, 5))
                        .append("-")
                        .append(formatTimestamp(g.breakStartsSec[b] + t->breaks[b].minutes * 60.0).substr(11, 5));
                worksheet_write_string(shifts, r, 6, breaks.c_str(), nullptr);
            }
            ++r;
        }
        worksheet_freeze_panes(shifts, 1, 0);
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace staffplan::report
