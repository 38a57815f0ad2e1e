#include "ui/datapage.hpp"

#include "ui/charts/charts.hpp"
#include "ui/charts/chartview.hpp"
#include "ui/format.hpp"
#include "ui/models/batchmodel.hpp"
#include "ui/models/kpimodel.hpp"
#include "ui/project.hpp"
#include "ui/text/messages.hpp"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QThreadPool>
#include <QtConcurrent>

#include <ctime>

namespace staffplan::ui {
namespace {

/// Seconds since 1970 of a KPI row's period start ("2026-03-02T08:30:00", "2026-03-02", "2026-03").
std::optional<double> periodSeconds(const std::string& start)
{
    std::tm tm{};
    int y = 0, mo = 0, d = 1, h = 0, mi = 0, s = 0;
    const int n = std::sscanf(start.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s);
    if (n < 2)
        return std::nullopt;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    return static_cast<double>(timegm(&tm));
}

QTableView* tableView(QAbstractItemModel* model)
{
    auto* v = new QTableView;
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

} // namespace

DataPage::DataPage(QWidget* parent) : QWidget(parent)
{
    undo_ = new QUndoStack(this);
    batches_ = new BatchModel(this);
    kpis_ = new KpiModel(this);

    // batches
    batchView_ = tableView(batches_);
    batchView_->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* importButton = new QPushButton(tr("Import call log\u2026"));
    importButton->setToolTip(tr("Read a CSV export of your telephony system into this project. You can also "
                                "drop a file on the window."));
    remove_ = new QPushButton(tr("Remove batch"));
    remove_->setEnabled(false);
    connect(importButton, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(remove_, &QPushButton::clicked, this, &DataPage::removeSelectedBatch);
    connect(batchView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { remove_->setEnabled(batchView_->selectionModel()->hasSelection()); });
    auto* batchButtons = new QVBoxLayout;
    batchButtons->addWidget(importButton);
    batchButtons->addWidget(remove_);
    batchButtons->addStretch();
    auto* batchBox = new QGroupBox(tr("Imported call logs"));
    auto* batchLayout = new QHBoxLayout(batchBox);
    batchLayout->addWidget(batchView_, 1);
    batchLayout->addLayout(batchButtons);

    // KPI controls
    period_ = new QComboBox;
    period_->setObjectName(QStringLiteral("kpiPeriod"));
    period_->addItem(tr("15-minute intervals"), 15);
    period_->addItem(tr("30-minute intervals"), 30);
    period_->addItem(tr("Hours"), 60);
    period_->addItem(tr("Days"), -static_cast<int>(Period::Day));
    period_->addItem(tr("Weeks"), -static_cast<int>(Period::Week));
    period_->addItem(tr("Months"), -static_cast<int>(Period::Month));
    period_->setCurrentIndex(3);
    queue_ = new QComboBox;
    queue_->setObjectName(QStringLiteral("kpiQueue"));
    queue_->addItem(tr("All queues"), QStringLiteral("*"));
    threshold_ = new QSpinBox;
    threshold_->setRange(1, 3600);
    threshold_->setValue(20);
    threshold_->setSuffix(tr(" s"));
    threshold_->setToolTip(tr("The service level counts calls answered within this many seconds."));
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("By:")));
    controls->addWidget(period_);
    controls->addWidget(new QLabel(tr("Queue:")));
    controls->addWidget(queue_);
    controls->addWidget(new QLabel(tr("Service level within:")));
    controls->addWidget(threshold_);
    controls->addStretch();
    connect(period_, &QComboBox::currentIndexChanged, this, &DataPage::recomputeKpis);
    connect(threshold_, &QSpinBox::valueChanged, this, &DataPage::recomputeKpis);
    connect(queue_, &QComboBox::currentIndexChanged, this, &DataPage::recomputeKpis);

    kpiView_ = tableView(kpis_);
    // column widths from the first 100 rows and those in sight: a 15-minute view of a year has 35,000 rows
    kpiView_->horizontalHeader()->setResizeContentsPrecision(100);
    auto* kpiBox = new QGroupBox(tr("Key performance indicators"));
    auto* kpiLayout = new QVBoxLayout(kpiBox);
    kpiLayout->addLayout(controls);
    kpiLayout->addWidget(summary_);
    kpiLayout->addWidget(kpiView_, 1);

    volumeChart_ = new ChartView;
    volumeChart_->setFileStem(QStringLiteral("volume"));
    abandonChart_ = new ChartView;
    abandonChart_->setFileStem(QStringLiteral("abandonment"));
    slChart_ = new ChartView;
    slChart_->setFileStem(QStringLiteral("service-level"));
    auto* charts = new QSplitter(Qt::Horizontal);
    charts->setObjectName(QStringLiteral("dataCharts"));
    charts->addWidget(volumeChart_);
    charts->addWidget(abandonChart_);
    charts->addWidget(slChart_);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("dataSplit"));
    split->addWidget(batchBox);
    split->addWidget(kpiBox);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        if (again_) {
            again_ = false;
            recomputeKpis();
            return;
        }
        showKpis(watcher_.result());
        pending_ = false;
    });
    plotKpis();
}

DataPage::~DataPage()
{
    watcher_.waitForFinished();
}

void DataPage::setProject(Project* project)
{
    project_ = project;
    refreshBatches();
    const QString current = queue_->currentData().toString();
    QSignalBlocker block(queue_);
    queue_->clear();
    queue_->addItem(tr("All queues"), QStringLiteral("*"));
    if (project_ && project_->calls())
        for (const auto& q : project_->calls()->queues)
            queue_->addItem(QString::fromStdString(q), QString::fromStdString(q));
    queue_->setCurrentIndex(std::max(0, queue_->findData(current)));
    recomputeKpis();
}

void DataPage::refreshBatches()
{
    batches_->setBatches(project_ ? project_->batches() : std::vector<BatchInfo>{});
    batchView_->resizeColumnsToContents();
    remove_->setEnabled(false);
}

void DataPage::removeSelectedBatch()
{
    const auto rows = batchView_->selectionModel()->selectedRows();
    if (!project_ || rows.isEmpty())
        return;
    const BatchInfo& b = batches_->batch(rows.first().row());
    const auto answer = QMessageBox::question(
        this, tr("Remove batch"),
        tr("Remove the import of %1 (%2 calls) from the project? Its calls leave every KPI and forecast.")
            .arg(QString::fromStdString(b.fileName), QLocale().toString(static_cast<qlonglong>(b.accepted))));
    if (answer != QMessageBox::Yes)
        return;
    removeBatch(b.id, QString::fromStdString(b.fileName));
}

namespace {

/// A batch imported or removed: undo and redo hide or show it.
class BatchCommand : public QUndoCommand
{
  public:
    BatchCommand(DataPage* page, qint64 batch, bool shownAfter, const QString& text)
        : QUndoCommand(text), page_(page), batch_(batch), shownAfter_(shownAfter)
    {
    }
    void undo() override { page_->showBatch(batch_, !shownAfter_); }
    void redo() override
    {
        if (first_) // pushed once done
            first_ = false;
        else
            page_->showBatch(batch_, shownAfter_);
    }

  private:
    DataPage* page_;
    qint64 batch_;
    bool shownAfter_;
    bool first_ = true;
};

} // namespace

void DataPage::recordImport(qint64 batchId, const QString& fileName)
{
    undo_->push(new BatchCommand(this, batchId, true, tr("import of %1").arg(fileName)));
}

bool DataPage::removeBatch(qint64 batchId, const QString& fileName)
{
    if (!showBatch(batchId, false))
        return false;
    undo_->push(new BatchCommand(this, batchId, false, tr("removal of %1").arg(fileName)));
    return true;
}

bool DataPage::showBatch(qint64 batchId, bool shown)
{
    if (!project_)
        return false;
    DbError error;
    if (!project_->db().setBatchHidden(batchId, !shown, error)) {
        QMessageBox::warning(this, tr("Remove batch"), text::describe(project_->path(), error));
        return false;
    }
    refreshBatches();
    project_->reload();
    return true;
}

void DataPage::recomputeKpis()
{
    if (!project_ || !project_->calls()) {
        showKpis({});
        return;
    }
    if (watcher_.isRunning()) {
        again_ = true;
        return;
    }
    KpiOptions options;
    const int choice = period_->currentData().toInt();
    if (choice > 0) {
        options.by = Period::Interval;
        options.intervalMin = choice;
    } else {
        options.by = static_cast<Period>(-choice);
    }
    options.thresholdSec = threshold_->value();
    options.perQueue = queue_->currentData().toString() != QLatin1String("*");
    const std::string queue = queue_->currentData().toString().toStdString();
    auto calls = project_->calls();
    pending_ = true;
    watcher_.setFuture(QtConcurrent::run(workPool(), [calls, options, queue] {
        KpiAggregator total(options);
        for (const auto& c : calls->calls)
            total.add(c);
        std::vector<KpiRow> rows = total.finish(calls->queues, calls->channels);
        // one queue's rows (per channel), or the all-queues rows
        std::erase_if(rows, [&](const KpiRow& r) { return r.queue != queue; });
        return rows;
    }));
}

void DataPage::showKpis(std::vector<KpiRow> rows)
{
    long offered = 0, answered = 0, abandoned = 0, within = 0;
    for (const auto& r : rows) {
        offered += r.offered;
        answered += r.answered;
        abandoned += r.abandoned;
        within += r.answeredWithinT;
    }
    if (!project_)
        summary_->setText(tr("Open or create a project to see its KPIs."));
    else if (rows.empty())
        summary_->setText(tr("No calls yet: import a call log to see the KPIs."));
    else
        summary_->setText(
            tr("%1 calls offered, %2 answered, %3 abandoned (%4); service level %5 within %6 s.")
                .arg(QLocale().toString(static_cast<qlonglong>(offered)),
                     QLocale().toString(static_cast<qlonglong>(answered)),
                     QLocale().toString(static_cast<qlonglong>(abandoned)),
                     percentText(offered ? double(abandoned) / offered : 0.0),
                     percentText(offered ? double(within) / offered : 0.0))
                .arg(threshold_->value()));
    kpis_->setRows(std::move(rows), threshold_->value());
    kpiView_->resizeColumnsToContents();
    plotKpis();
}

void DataPage::plotKpis()
{
    const auto& rows = kpis_->rows();
    const int choice = period_->currentData().toInt();
    if (rows.empty()) {
        const QString none = tr("No calls to show yet.");
        plotMessage(volumeChart_, tr("Calls"), none);
        plotMessage(abandonChart_, tr("Abandonment rate"), none);
        plotMessage(slChart_, tr("Service level"), none);
        return;
    }
    ChartLine offered{tr("Offered"), {}, QColor(31, 119, 180)};
    ChartLine answered{tr("Answered"), {}, QColor(44, 160, 44)};
    ChartLine abandoned{tr("Abandoned"), {}, QColor(214, 39, 40)};
    ChartLine abandonRate{tr("Abandon rate"), {}, QColor(214, 39, 40)};
    ChartLine sl{tr("Service level"), {}, QColor(31, 119, 180)};
    for (const auto& r : rows) {
        const auto x = periodSeconds(r.periodStart);
        if (!x)
            continue;
        offered.points.emplace_back(*x, r.offered);
        answered.points.emplace_back(*x, r.answered);
        abandoned.points.emplace_back(*x, r.abandoned);
        if (r.offered > 0) {
            abandonRate.points.emplace_back(*x, r.abandonRate * 100);
            sl.points.emplace_back(*x, r.serviceLevel * 100);
        }
    }
    const bool stepped = choice > 0; // intervals: a value holds for the interval
    for (ChartLine* l : {&offered, &answered, &abandoned, &abandonRate, &sl}) {
        l->stepped = stepped;
        l->markers = !stepped && l->points.size() < 32;
    }
    const QString periodWord = period_->currentText();
    plotTimeLines(volumeChart_, {tr("Calls per period (%1)").arg(periodWord), {}, tr("Calls"), {}, 0},
                  {offered, answered, abandoned});
    ChartAxes pct{tr("Abandonment rate"), {}, tr("Abandoned, % of offered"), QStringLiteral("%"), 1, 0.0};
    plotTimeLines(abandonChart_, pct, {abandonRate});
    ChartAxes slAxes{tr("Service level"), {}, tr("Answered within %1 s, % of offered").arg(threshold_->value()),
                     QStringLiteral("%"), 1, 0.0, 100.0};
    plotTimeLines(slChart_, slAxes, {sl});
}

} // namespace staffplan::ui
