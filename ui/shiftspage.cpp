#include "ui/shiftspage.hpp"

#include "ui/charts/charts.hpp"
#include "ui/charts/chartview.hpp"
#include "ui/format.hpp"
#include "ui/models/shiftplanmodel.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/project.hpp"
#include "ui/staffingpage.hpp"
#include "ui/text/messages.hpp"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QThreadPool>
#include <QtConcurrent>

namespace staffplan::ui {

QString ShiftsPage::exampleTemplates()
{
    return QStringLiteral(R"({
  "templates": [
    {"name": "Early", "start_earliest": "06:00", "start_latest": "09:00", "start_step_min": 30,
     "paid_hours": 8, "cost_per_hour": 20,
     "breaks": [{"minutes": 15, "paid": true, "earliest_after_start_min": 90, "latest_after_start_min": 150},
                {"minutes": 30, "paid": false, "earliest_after_start_min": 210, "latest_after_start_min": 300}]},
    {"name": "Late", "start_earliest": "11:00", "start_latest": "15:00", "start_step_min": 30,
     "paid_hours": 8, "cost_per_hour": 21,
     "breaks": [{"minutes": 15, "paid": true, "earliest_after_start_min": 90, "latest_after_start_min": 150},
                {"minutes": 30, "paid": false, "earliest_after_start_min": 210, "latest_after_start_min": 300}]},
    {"name": "Part-time", "start_earliest": "09:00", "start_latest": "17:00", "start_step_min": 60,
     "paid_hours": 4, "cost_per_hour": 22, "max_agents": 8,
     "breaks": [{"minutes": 15, "paid": true, "earliest_after_start_min": 90, "latest_after_start_min": 150}]},
    {"name": "Night", "start_earliest": "21:00", "start_latest": "23:00", "start_step_min": 60,
     "paid_hours": 8, "cost_per_hour": 26,
     "breaks": [{"minutes": 30, "paid": true, "earliest_after_start_min": 180, "latest_after_start_min": 300}]}
  ]
}
)");
}

ShiftsPage::ShiftsPage(StaffingPage* staffing, QWidget* parent) : QWidget(parent), staffing_(staffing)
{
    editor_ = new QPlainTextEdit;
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setPlainText(exampleTemplates());
    problems_ = new QLabel;
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b00020"));
    saveTimer_ = new QTimer(this);
    saveTimer_->setSingleShot(true);
    saveTimer_->setInterval(300);
    connect(saveTimer_, &QTimer::timeout, this, &ShiftsPage::saveTemplates);
    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        templates();
        if (project_ && !restoring_)
            saveTimer_->start();
    });
    auto* load = new QPushButton(tr("Open\u2026"));
    auto* save = new QPushButton(tr("Save\u2026"));
    auto* example = new QPushButton(tr("Example"));
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open shift templates"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("Shift templates (*.json)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Open shift templates"), tr("Cannot read %1: %2").arg(path, f.errorString()));
            return;
        }
        editor_->setPlainText(QString::fromUtf8(f.readAll()));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save shift templates"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                                              QStringLiteral("/shift-templates.json"),
                                                          tr("Shift templates (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(editor_->toPlainText().toUtf8()) < 0 || !f.commit())
            QMessageBox::warning(this, tr("Save shift templates"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    });
    connect(example, &QPushButton::clicked, this, [this] { editor_->setPlainText(exampleTemplates()); });
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(load);
    fileButtons->addWidget(save);
    fileButtons->addWidget(example);
    fileButtons->addStretch();

    timeLimit_ = new QSpinBox;
    timeLimit_->setRange(1, 3600);
    timeLimit_->setValue(30);
    timeLimit_->setSuffix(tr(" s"));
    gap_ = new QDoubleSpinBox;
    gap_->setRange(0, 20);
    gap_->setDecimals(2);
    gap_->setValue(0.5);
    gap_->setSuffix(QStringLiteral(" %"));
    gap_->setToolTip(tr("Stop once the plan is proven within this share of the cheapest possible."));
    shrinkage_ = new QDoubleSpinBox;
    shrinkage_->setRange(0, 90);
    shrinkage_->setSuffix(QStringLiteral(" %"));
    shrinkage_->setToolTip(tr("Time at work lost to what the templates' breaks do not cover (absence, training)."));
    hard_ = new QCheckBox(tr("Cover every interval or fail"));
    solve_ = new QPushButton(tr("Solve"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setEnabled(false);
    progress_ = new QLabel;
    connect(solve_, &QPushButton::clicked, this, &ShiftsPage::solve);
    connect(cancel_, &QPushButton::clicked, this, &ShiftsPage::cancel);
    auto* form = new QFormLayout;
    form->addRow(tr("Time limit:"), timeLimit_);
    form->addRow(tr("Stop within:"), gap_);
    form->addRow(tr("Other shrinkage:"), shrinkage_);
    form->addRow(hard_);
    auto* solveRow = new QHBoxLayout;
    solveRow->addWidget(solve_);
    solveRow->addWidget(cancel_);
    form->addRow(solveRow);
    form->addRow(progress_);

    auto* templatesBox = new QGroupBox(tr("Shift templates (JSON, format in the README)"));
    auto* templatesLayout = new QVBoxLayout(templatesBox);
    templatesLayout->addLayout(fileButtons);
    templatesLayout->addWidget(editor_, 1);
    templatesLayout->addWidget(problems_);
    templatesLayout->addLayout(form);

    summary_ = new QLabel;
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    plan_ = new ShiftPlanModel(this);
    table_ = new QTableView;
    table_->setModel(plan_);
    table_->verticalHeader()->hide();
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setStretchLastSection(true);
    chart_ = new ChartView;
    chart_->setFileStem(QStringLiteral("shift-cover"));
    auto* right = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(summary_);
    topLayout->addWidget(table_, 1);
    right->addWidget(top);
    right->addWidget(chart_);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("shiftsSplit"));
    split->addWidget(templatesBox);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(&watcher_, &QFutureWatcherBase::progressTextChanged, progress_, &QLabel::setText);
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        solve_->setEnabled(true);
        cancel_->setEnabled(false);
        if (watcher_.future().resultCount() > 0)
            show(watcher_.result());
        pending_ = false;
    });
    templates();
    plot();
}

ShiftsPage::~ShiftsPage()
{
    if (stop_)
        *stop_ = true;
    watcher_.waitForFinished();
}

void ShiftsPage::setTemplatesText(const QString& json)
{
    editor_->setPlainText(json);
}

QString ShiftsPage::templatesText() const
{
    return editor_->toPlainText();
}

void ShiftsPage::setProject(Project* project)
{
    if (saveTimer_->isActive()) // the last keys typed into the project before
        saveTimer_->stop(), saveTemplates();
    project_ = project;
    if (!project_)
        return;
    if (const auto saved = project_->db().state(kStateKey)) {
        restoring_ = true;
        editor_->setPlainText(QString::fromStdString(*saved));
        restoring_ = false;
    }
}

void ShiftsPage::saveTemplates()
{
    if (!project_)
        return;
    DbError error;
    if (!project_->db().saveState(kStateKey, editor_->toPlainText().toStdString(), error))
        problems_->setText(tr("The templates could not be saved to the project: %1")
                               .arg(text::describe(project_->path(), error)));
}

std::optional<ShiftSetup> ShiftsPage::templates()
{
    const QByteArray text = editor_->toPlainText().toUtf8();
    const ShiftSetupResult r = readShiftSetup(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QStringList lines;
    for (const auto& e : r.errors)
        lines << text::describe(tr("templates"), e);
    problems_->setText(lines.join(QLatin1Char('\n')));
    solve_->setEnabled(r.setup.has_value() && !pending_);
    return r.setup;
}

void ShiftsPage::solve()
{
    const auto setup = templates();
    const StaffingModel* staffing = staffing_->model();
    if (!setup || pending_)
        return;
    if (staffing->plan().empty()) {
        summary_->setText(tr("Nothing to plan yet: the Staffing page has no requirement."));
        return;
    }
    auto run = std::make_shared<ShiftRun>();
    run->starts = staffing->starts();
    run->inputs = staffing->inputs();
    run->model = staffing->model();
    run->setup = *setup;
    run->required = staffing_->requirement();
    ShiftSolveOptions options;
    options.timeLimitSec = timeLimit_->value();
    options.relativeGap = gap_->value() / 100;
    options.shrinkage = shrinkage_->value() / 100;
    options.hard = hard_->isChecked();
    pending_ = true;
    solve_->setEnabled(false);
    cancel_->setEnabled(true);
    progress_->setText(tr("Solving\u2026"));
    stop_ = std::make_shared<std::atomic<bool>>(false);
    watcher_.setFuture(QtConcurrent::run(workPool(), [run, options, stop = stop_](QPromise<std::shared_ptr<ShiftRun>>& promise) mutable {
        options.progress = [&promise, stop](const ShiftSolveProgress& p) {
            promise.setProgressValueAndText(
                static_cast<int>(p.seconds),
                ShiftsPage::tr("%1 s: best plan %2, no plan below %3")
                    .arg(numberText(p.seconds, 0), p.bestCost ? numberText(*p.bestCost, 0) : dashText(),
                         p.bound ? numberText(*p.bound, 0) : dashText()));
            return !*stop;
        };
        run->result = solveShifts(run->starts, run->required, run->setup, options);
        if (run->result.plan && !run->result.plan->groups.empty()) {
            run->service = checkService(run->model, run->inputs, run->starts, run->result.plan->onPhones);
            run->serviceC = checkService(Model::ErlangC, run->inputs, run->starts, run->result.plan->onPhones);
        }
        promise.addResult(run);
    }));
}

void ShiftsPage::cancel()
{
    // the solver stops at its next check and hands back the best plan it has (see solve())
    progress_->setText(tr("Stopping\u2026"));
    if (stop_)
        *stop_ = true;
}

void ShiftsPage::show(std::shared_ptr<ShiftRun> run)
{
    run_ = std::move(run);
    const ShiftSolveResult& r = run_->result;
    progress_->clear();
    if (r.error) {
        summary_->setText(text::describe(tr("the staffing requirement"), *r.error));
        plan_->setPlan({}, {});
        plot();
        return;
    }
    const ShiftPlan& plan = *r.plan;
    plan_->setPlan(plan.groups, run_->setup.templates);
    table_->resizeColumnsToContents();
    QString text = tr("%1 agents on %2 shift groups, %3 paid hours, cost %4 (%5%6).")
                       .arg(plan.agents)
                       .arg(plan.groups.size())
                       .arg(numberText(plan.paidHours, 1), numberText(plan.cost, 2), text::describe(plan.status),
                            plan.gap ? tr("; within %1 of the cheapest possible").arg(percentText(*plan.gap, 2)) : QString());
    if (plan.shortIntervals > 0)
        text += QLatin1Char('\n') + tr("%n interval(s) cannot be covered with these templates: %1 agent-hours short.",
                                       nullptr, plan.shortIntervals)
                                        .arg(numberText(plan.shortAgentHours, 1));
    if (run_->service && run_->service->total.serviceLevel)
        text += QLatin1Char('\n') + tr("Predicted with these shifts: service level %1, abandonment %2, ASA %3 s.")
                                        .arg(percentText(run_->service->total.serviceLevel),
                                             percentText(run_->service->total.abandonRate),
                                             secondsText(run_->service->total.asaSec, 1));
    if (run_->model == Model::ErlangA && run_->serviceC && run_->serviceC->total.serviceLevel)
        text += QLatin1Char('\n') + tr("By Erlang C (callers who never hang up): service level %1, ASA %2 s.")
                                        .arg(percentText(run_->serviceC->total.serviceLevel),
                                             secondsText(run_->serviceC->total.asaSec, 1));
    summary_->setText(text);
    plot();
    if (!plan.groups.empty()) {
        QJsonObject summary{{QStringLiteral("requirement"), StaffingPage::requirementKey(run_->required)},
                            {QStringLiteral("cost"), plan.cost},
                            {QStringLiteral("paid_hours"), plan.paidHours},
                            {QStringLiteral("agents"), plan.agents}};
        if (run_->service && run_->service->total.serviceLevel)
            summary[QStringLiteral("sl")] = *run_->service->total.serviceLevel;
        if (run_->service && run_->service->total.abandonRate)
            summary[QStringLiteral("abandon")] = *run_->service->total.abandonRate;
        emit planSolved(summary);
    }
}

void ShiftsPage::plot()
{
    if (!run_ || !run_->result.plan || run_->result.plan->atWork.empty()) {
        plotMessage(chart_, tr("Required vs scheduled cover"), tr("Solve to see the cover of a plan."));
        return;
    }
    const ShiftPlan& plan = *run_->result.plan;
    ChartLine required{tr("Required on the phones"), {}, QColor(31, 119, 180), false, true};
    ChartLine onPhones{tr("On the phones with the plan"), {}, QColor(44, 160, 44), false, true};
    ChartLine shortfall{tr("Short"), {}, QColor(214, 39, 40), false, true};
    bool anyShort = false;
    for (std::size_t i = 0; i < run_->starts.size(); ++i) {
        required.points.emplace_back(run_->starts[i], run_->required[i]);
        onPhones.points.emplace_back(run_->starts[i], plan.onPhones[i]);
        shortfall.points.emplace_back(run_->starts[i], plan.shortfall[i]);
        anyShort = anyShort || plan.shortfall[i] > 0;
    }
    std::vector<ChartLine> lines{required, onPhones};
    if (anyShort)
        lines.push_back(shortfall);
    plotTimeLines(chart_, {tr("Agents per interval: required and with the plan"), {}, tr("Agents"), {}, 1}, lines);
}

} // namespace staffplan::ui
