#include "ui/reportpage.hpp"

#include "core/kpi.hpp"
#include "ui/forecastpage.hpp"
#include "ui/format.hpp"
#include "ui/models/backtestmodel.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/project.hpp"
#include "ui/report/pdfreport.hpp"
#include "ui/report/tablesout.hpp"
#include "ui/shiftspage.hpp"
#include "ui/staffingpage.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QThreadPool>
#include <QtConcurrent>

namespace staffplan::ui {

ReportPage::ReportPage(ForecastPage* forecast, StaffingPage* staffing, ShiftsPage* shifts, QWidget* parent)
    : QWidget(parent), forecast_(forecast), staffing_(staffing), shifts_(shifts)
{
    auto* heading = new QLabel(tr("Staffing report"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    auto* intro = new QLabel(tr("The plan on the Staffing page, for the head of the center: a PDF with the model, "
                                "targets and assumptions, the summary (agent-hours, FTE, peak, predicted service), "
                                "the charts, the per-interval table and the KPIs of the imported history. The "
                                "tables also go to Excel or CSV for whoever builds the rota."));
    intro->setWordWrap(true);
    auto* pdf = new QPushButton(tr("Export PDF report\u2026"));
    auto* xlsx = new QPushButton(tr("Export Excel workbook\u2026"));
    auto* csv = new QPushButton(tr("Export CSV\u2026"));
    csvFormat_ = new QComboBox;
    csvFormat_->addItem(tr("UTF-8, comma"), static_cast<int>(Format::Csv));
    csvFormat_->addItem(tr("Excel (UTF-8 with BOM)"), static_cast<int>(Format::CsvExcel));
    csvFormat_->addItem(tr("Excel, Russian (BOM, semicolon, decimal comma)"), static_cast<int>(Format::CsvExcelRu));
    status_ = new QLabel;
    status_->setWordWrap(true);
    connect(pdf, &QPushButton::clicked, this, [this] { choose(Format::Pdf); });
    connect(xlsx, &QPushButton::clicked, this, [this] { choose(Format::Xlsx); });
    connect(csv, &QPushButton::clicked, this,
            [this] { choose(static_cast<Format>(csvFormat_->currentData().toInt())); });
    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(csv);
    csvRow->addWidget(csvFormat_);
    csvRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(pdf, 0, Qt::AlignLeft);
    layout->addWidget(xlsx, 0, Qt::AlignLeft);
    layout->addLayout(csvRow);
    layout->addWidget(status_);
    layout->addStretch();
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        pending_ = false;
        const QString error = watcher_.result();
        status_->setText(error.isEmpty() ? tr("Written.") : error);
        emit finished(error.isEmpty(), error);
    });
}

ReportPage::~ReportPage()
{
    watcher_.waitForFinished();
}

std::optional<report::ReportInput> ReportPage::reportInput() const
{
    const auto run = forecast_->current();
    const StaffingModel* model = staffing_->model();
    if (!run || model->plan().empty())
        return std::nullopt;
    report::ReportInput in;
    in.projectName = project_ ? project_->displayName() : QString();
    in.forecastName = tr("forecast from %1, %2 days").arg(dateText(run->fromSec)).arg(run->days);
    in.forecastMethod = BacktestModel::methodText(run->result.method);
    in.queue = run->queue;
    in.intervalMin = run->intervalMin;
    in.starts = model->starts();
    in.inputs = model->inputs();
    in.plan = model->plan();
    in.model = model->model();
    in.targets = staffing_->targets();
    in.ahtSource = tr("the forecast's AHT per interval, by time of day");
    in.patienceSource = run->patience.meanSec
                            ? tr("estimated from %1 abandons in the 4 weeks before the forecast (exponential maximum "
                                 "likelihood), unless typed in on the Staffing page")
                                  .arg(run->patience.abandons)
                            : tr("typed in on the Staffing page");
    // the actual AHT of the forecast's intervals, where the calls are imported
    const std::size_t offset = static_cast<std::size_t>(std::llround((run->fromSec - run->actualFromSec) / (run->intervalMin * 60.0)));
    for (std::size_t i = 0; i < in.starts.size(); ++i)
        in.ahtActual.push_back(offset + i < run->actualAhtSec.size() ? run->actualAhtSec[offset + i] : NAN);
    // the Shifts page's plan, when it was made for these very intervals
    if (const ShiftRun* shifts = shifts_ ? shifts_->lastRun() : nullptr;
        shifts && shifts->result.plan && shifts->starts == in.starts && !shifts->result.plan->groups.empty()) {
        report::ReportInput::Shifts s;
        s.plan = *shifts->result.plan;
        s.templates = shifts->setup.templates;
        if (shifts->service)
            s.service = shifts->service->total;
        in.shifts = std::move(s);
    }
    return in;
}

void ReportPage::choose(Format format)
{
    const auto in = reportInput();
    if (!in) {
        status_->setText(tr("There is no plan to report yet: import calls, forecast, and staff the forecast first."));
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = documents + QStringLiteral("/") + (in->projectName.isEmpty() ? QStringLiteral("staffing") : in->projectName);
    QString path;
    if (format == Format::Pdf)
        path = QFileDialog::getSaveFileName(this, tr("Export PDF report"), stem + QStringLiteral("-report.pdf"), tr("PDF files (*.pdf)"));
    else if (format == Format::Xlsx)
        path = QFileDialog::getSaveFileName(this, tr("Export Excel workbook"), stem + QStringLiteral("-plan.xlsx"), tr("Excel workbooks (*.xlsx)"));
    else
        path = QFileDialog::getSaveFileName(this, tr("Export CSV"), stem + QStringLiteral("-plan.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReportPage::exportTo(Format format, const QString& path)
{
    auto in = reportInput();
    if (!in || pending_)
        return;
    pending_ = true;
    status_->setText(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()));
    auto calls = project_ ? project_->calls() : nullptr;
    watcher_.setFuture(QtConcurrent::run(workPool(), [in = *in, format, path, calls]() mutable -> QString {
        QString error;
        if (format == Format::Pdf) {
            if (calls) { // the history's KPIs by week, at the plan's threshold
                KpiOptions o;
                o.by = Period::Week;
                o.thresholdSec = in.inputs.empty() ? 20 : in.inputs.front().thresholdSec;
                o.perQueue = false;
                KpiAggregator kpis(o);
                for (const auto& c : calls->calls)
                    kpis.add(c);
                in.history = kpis.finish(calls->queues, calls->channels);
            }
            report::writePdf(report::buildReport(in), path, error);
        } else if (format == Format::Xlsx) {
            report::writeXlsx(in, path, error);
        } else {
            report::CsvOptions o;
            o.bom = format != Format::Csv;
            o.delimiter = format == Format::CsvExcelRu ? ';' : ',';
            o.decimalComma = format == Format::CsvExcelRu;
            report::writePlanCsv(in, path, o, error);
        }
        return error;
    }));
}

} // namespace staffplan::ui
