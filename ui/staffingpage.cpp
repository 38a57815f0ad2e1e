#include "ui/staffingpage.hpp"

#include "ui/charts/charts.hpp"
#include "ui/charts/chartview.hpp"
#include "ui/forecastpage.hpp"
#include "ui/format.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/project.hpp"
#include "ui/text/messages.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>

namespace staffplan::ui {
namespace {

/// One step of the Staffing page: the page's document before and after (small: the scenarios' targets and the
/// few inputs typed over the forecast's).  Successive changes to one field merge into one step.
class StateCommand : public QUndoCommand
{
  public:
    /// `applied`: the change was made before the step was pushed (an edit), else pushing makes it (a scenario
    /// chosen, copied or removed).
    StateCommand(StaffingPage* page, QJsonObject before, QJsonObject after, int source, const QString& text,
                 bool applied)
        : QUndoCommand(text), page_(page), before_(std::move(before)), after_(std::move(after)), source_(source),
          first_(applied)
    {
    }
    void undo() override { page_->applyDocument(before_); }
    void redo() override
    {
        if (first_)
            first_ = false;
        else
            page_->applyDocument(after_);
    }
    int id() const override { return source_ > 0 ? 1000 + source_ : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const StateCommand*>(other);
        if (o->source_ != source_)
            return false;
        after_ = o->after_;
        return true;
    }

  private:
    StaffingPage* page_;
    QJsonObject before_, after_;
    int source_;
    bool first_;
};

QString scenarioName(const QJsonValue& v)
{
    return v.toObject()[QStringLiteral("name")].toString();
}

QDoubleSpinBox* percentSpin(double value)
{
    auto* s = new QDoubleSpinBox;
    s->setRange(0, 100);
    s->setDecimals(1);
    s->setValue(value);
    s->setSuffix(QStringLiteral(" %"));
    return s;
}

} // namespace

StaffingPage::StaffingPage(QWidget* parent) : QWidget(parent)
{
    model_ = new StaffingModel(this);

    // targets
    modelChoice_ = new QComboBox;
    modelChoice_->addItem(tr("Erlang A (callers abandon)"), static_cast<int>(Model::ErlangA));
    modelChoice_->addItem(tr("Erlang C (nobody abandons)"), static_cast<int>(Model::ErlangC));
    slOn_ = new QCheckBox(tr("Service level"));
    slOn_->setChecked(true);
    sl_ = percentSpin(80);
    threshold_ = new QSpinBox;
    threshold_->setRange(0, 3600);
    threshold_->setValue(20);
    threshold_->setPrefix(tr("within "));
    threshold_->setSuffix(tr(" s"));
    slDefinition_ = new QComboBox;
    slDefinition_->addItem(tr("of offered calls"), static_cast<int>(SlDefinition::Offered));
    slDefinition_->addItem(tr("of answered calls"), static_cast<int>(SlDefinition::Answered));
    slDefinition_->addItem(tr("of callers who would wait (virtual)"), static_cast<int>(SlDefinition::Virtual));
    slDefinition_->setToolTip(tr("Offered: abandons count as misses. Answered: only answered calls count. "
                                 "Virtual: the wait a caller who never hangs up would have."));
    asaOn_ = new QCheckBox(tr("ASA at most"));
    asa_ = new QSpinBox;
    asa_->setRange(1, 3600);
    asa_->setValue(30);
    asa_->setSuffix(tr(" s"));
    abandonOn_ = new QCheckBox(tr("Abandonment at most"));
    abandonOn_->setChecked(true);
    abandon_ = percentSpin(5);
    occupancyOn_ = new QCheckBox(tr("Occupancy at most"));
    occupancy_ = percentSpin(90);
    shrinkage_ = percentSpin(30);
    shrinkage_->setMaximum(95);
    shrinkage_->setToolTip(tr("Share of paid time not on the phones: breaks, training, meetings, absence."));
    patienceSource_ = new QComboBox;
    patience_ = new QSpinBox;
    patience_->setRange(1, 36000);
    patience_->setValue(180);
    patience_->setSuffix(tr(" s"));
    targetProblem_ = new QLabel;
    targetProblem_->setWordWrap(true);
    targetProblem_->setStyleSheet(QStringLiteral("color: #b00020"));

    scenarioChoice_ = new QComboBox;
    scenarioChoice_->setToolTip(tr("Each scenario keeps its own targets and typed inputs for this forecast."));
    auto* duplicate = new QPushButton(tr("Duplicate\u2026"));
    auto* remove = new QPushButton(tr("Delete"));
    auto* compare = new QPushButton(tr("Compare\u2026"));
    compare->setObjectName(QStringLiteral("compareScenarios"));
    auto* scenarioButtons = new QHBoxLayout;
    scenarioButtons->setContentsMargins(0, 0, 0, 0);
    scenarioButtons->addWidget(duplicate);
    scenarioButtons->addWidget(remove);
    scenarioButtons->addWidget(compare);
    connect(scenarioChoice_, &QComboBox::activated, this,
            [this](int i) { chooseScenario(scenarioChoice_->itemText(i)); });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        QString name = tr("%1 (copy)").arg(scenario_);
        for (int n = 2; scenarioNames().contains(name); ++n)
            name = tr("%1 (copy %2)").arg(scenario_).arg(n);
        bool ok = false;
        name = QInputDialog::getText(this, tr("Duplicate scenario"), tr("Name of the new scenario:"),
                                     QLineEdit::Normal, name, &ok);
        if (ok && !duplicateScenario(name))
            QMessageBox::warning(this, tr("Duplicate scenario"), tr("A scenario needs a name of its own."));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (scenarios_.size() < 2) {
            QMessageBox::information(this, tr("Delete scenario"), tr("The last scenario cannot be deleted."));
            return;
        }
        if (QMessageBox::question(this, tr("Delete scenario"),
                                  tr("Delete the scenario '%1'? Edit \u2192 Undo brings it back.").arg(scenario_)) ==
            QMessageBox::Yes)
            deleteScenario(scenario_);
    });
    connect(compare, &QPushButton::clicked, this, &StaffingPage::showComparison);

    auto* form = new QFormLayout;
    form->addRow(tr("Scenario:"), scenarioChoice_);
    form->addRow(QString(), scenarioButtons);
    form->addRow(tr("Model:"), modelChoice_);
    form->addRow(slOn_, sl_);
    form->addRow(QString(), threshold_);
    form->addRow(QString(), slDefinition_);
    form->addRow(asaOn_, asa_);
    form->addRow(abandonOn_, abandon_);
    form->addRow(occupancyOn_, occupancy_);
    form->addRow(tr("Shrinkage:"), shrinkage_);
    form->addRow(tr("Patience:"), patienceSource_);
    form->addRow(QString(), patience_);
    form->addRow(targetProblem_);
    auto* targetsBox = new QGroupBox(tr("Targets"));
    targetsBox->setLayout(form);
    auto* targetsScroll = new QScrollArea;
    targetsScroll->setWidget(targetsBox);
    targetsScroll->setWidgetResizable(true);
    targetsScroll->setFrameShape(QFrame::NoFrame);
    targetsScroll->setMinimumWidth(targetsBox->sizeHint().width() + 20);
    targetsScroll->setMaximumWidth(420);

    source_ = new QLabel;
    source_->setWordWrap(true);
    totalsLabel_ = new QLabel;
    totalsLabel_->setWordWrap(true);
    totalsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_ = new QTableView;
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    // column widths from 100 rows, not every row: a week of 15-minute intervals measured in full took 36 ms
    table_->horizontalHeader()->setResizeContentsPrecision(100);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(source_);
    tableLayout->addWidget(totalsLabel_);
    tableLayout->addWidget(table_, 1);

    auto* top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("staffingTop"));
    top->addWidget(targetsScroll);
    top->addWidget(tableBox);
    top->setStretchFactor(1, 1);

    requirementChart_ = new ChartView;
    requirementChart_->setFileStem(QStringLiteral("required-vs-scheduled"));
    serviceChart_ = new ChartView;
    serviceChart_->setFileStem(QStringLiteral("predicted-service"));
    agentCurveChart_ = new ChartView;
    agentCurveChart_->setFileStem(QStringLiteral("service-level-vs-agents"));
    thresholdCurveChart_ = new ChartView;
    thresholdCurveChart_->setFileStem(QStringLiteral("service-level-vs-threshold"));
    charts_ = new QTabWidget;
    charts_->addTab(requirementChart_, tr("Required vs scheduled"));
    charts_->addTab(serviceChart_, tr("Predicted abandonment and SL"));
    charts_->addTab(agentCurveChart_, tr("SL against agents"));
    charts_->addTab(thresholdCurveChart_, tr("SL against threshold"));

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("staffingSplit"));
    split->addWidget(top);
    split->addWidget(charts_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    undo_ = new QUndoStack(this);
    // each field is a source: a run of changes to one field (typing 8, 5 in a spin box) is one undo step
    int source = 0;
    auto changed = [this](int from) {
        return [this, from] {
            applyCommonInputs();
            recompute();
            noteChange(from);
        };
    };
    for (QCheckBox* c : {slOn_, asaOn_, abandonOn_, occupancyOn_})
        connect(c, &QCheckBox::toggled, this, changed(++source));
    for (QDoubleSpinBox* s : {sl_, abandon_, occupancy_, shrinkage_})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed(++source));
    for (QSpinBox* s : {threshold_, asa_, patience_})
        connect(s, &QSpinBox::valueChanged, this, changed(++source));
    for (QComboBox* c : {modelChoice_, slDefinition_, patienceSource_})
        connect(c, &QComboBox::currentIndexChanged, this, changed(++source));
    connect(patienceSource_, &QComboBox::currentIndexChanged, this,
            [this] { patience_->setEnabled(patienceSource_->currentData().toInt() == 1); });
    connect(model_, &StaffingModel::inputsEdited, this, [this] {
        recompute();
        noteChange(0); // each typed input is a step of its own
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        chartsDirty_[AgentCurveTab] = chartsDirty_[ThresholdCurveTab] = true;
        plotVisible();
    });
    connect(charts_, &QTabWidget::currentChanged, this, &StaffingPage::plotVisible);
    setForecast(nullptr);
}

StaffingTargets StaffingPage::targets() const
{
    StaffingTargets t;
    if (slOn_->isChecked())
        t.serviceLevel = sl_->value() / 100;
    t.slDefinition = static_cast<SlDefinition>(slDefinition_->currentData().toInt());
    if (asaOn_->isChecked())
        t.maxAsaSec = asa_->value();
    if (abandonOn_->isChecked())
        t.maxAbandon = abandon_->value() / 100;
    if (occupancyOn_->isChecked())
        t.maxOccupancy = occupancy_->value() / 100;
    t.shrinkage = shrinkage_->value() / 100;
    return t;
}

Model StaffingPage::chosenModel() const
{
    return static_cast<Model>(modelChoice_->currentData().toInt());
}

std::optional<double> StaffingPage::patienceFromData() const
{
    if (run_ && run_->patience.meanSec)
        return run_->patience.meanSec;
    return std::nullopt;
}

void StaffingPage::setForecast(std::shared_ptr<const ForecastRun> run)
{
    run_ = std::move(run);
    {
        QSignalBlocker block(patienceSource_);
        const int was = patienceSource_->currentIndex();
        patienceSource_->clear();
        const auto fromData = patienceFromData();
        if (fromData)
            patienceSource_->addItem(tr("From the data: %1 s").arg(numberText(*fromData)), 0);
        patienceSource_->addItem(tr("Typed in"), 1);
        patienceSource_->setCurrentIndex(was > 0 && patienceSource_->count() > 1 ? was : 0);
        patience_->setEnabled(patienceSource_->currentData().toInt() == 1);
    }
    std::vector<double> starts;
    std::vector<QueueInput> inputs;
    if (run_) {
        const auto& r = run_->result;
        for (std::size_t i = 0; i < run_->starts.size(); ++i) {
            QueueInput in;
            in.calls = std::isfinite(r.calls[i]) ? std::max(0.0, r.calls[i]) : 0.0;
            in.intervalSec = run_->intervalMin * 60.0;
            in.ahtSec = std::isfinite(r.ahtSec[i]) && r.ahtSec[i] > 0 ? r.ahtSec[i] : 0.0;
            starts.push_back(run_->starts[i]);
            inputs.push_back(in);
        }
        source_->setText(tr("Staffing the forecast of %1 from %2 to %3, %4-minute intervals.")
                             .arg(run_->queue.isEmpty() ? tr("all queues") : run_->queue, dateText(run_->fromSec),
                                  dateText(run_->fromSec + (run_->days - 1) * 86400.0))
                             .arg(run_->intervalMin));
    } else {
        source_->setText(tr("No forecast to staff yet: import calls and make a forecast first."));
    }
    model_->setInputs(std::move(starts), std::move(inputs));
    // the targets and typed inputs saved for this forecast's settings, if any
    std::optional<std::string> saved;
    if (project_ && run_)
        saved = project_->db().state(stateKey().toStdString());
    QJsonObject doc = saved ? QJsonDocument::fromJson(QByteArray::fromStdString(*saved)).object() : QJsonObject();
    if (doc.isEmpty() || !doc[QStringLiteral("scenarios")].isArray() ||
        doc[QStringLiteral("scenarios")].toArray().isEmpty()) // none yet: one scenario, as the panel is
        doc = {{QStringLiteral("current"), tr("Base")},
               {QStringLiteral("scenarios"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), tr("Base")}, {QStringLiteral("state"), state()}}}}};
    undo_->clear();
    applyDocument(doc);
    table_->resizeColumnsToContents();
}

void StaffingPage::setProject(Project* project)
{
    project_ = project;
}

QString StaffingPage::stateKey() const
{
    if (!run_)
        return {};
    return QStringLiteral("staffing:%1|%2|%3|%4")
        .arg(run_->queue)
        .arg(run_->intervalMin)
        .arg(wallClock(run_->fromSec).toString(Qt::ISODate))
        .arg(run_->days);
}

QJsonObject StaffingPage::state() const
{
    QJsonArray overrides;
    for (const StaffingModel::Override& o : model_->overrides())
        overrides.append(QJsonArray{o.row, o.column, o.value});
    return {
        {QStringLiteral("model"), modelChoice_->currentData().toInt()},
        {QStringLiteral("sl_on"), slOn_->isChecked()},
        {QStringLiteral("sl"), sl_->value()},
        {QStringLiteral("threshold_sec"), threshold_->value()},
        {QStringLiteral("sl_definition"), slDefinition_->currentData().toInt()},
        {QStringLiteral("asa_on"), asaOn_->isChecked()},
        {QStringLiteral("asa_sec"), asa_->value()},
        {QStringLiteral("abandon_on"), abandonOn_->isChecked()},
        {QStringLiteral("abandon"), abandon_->value()},
        {QStringLiteral("occupancy_on"), occupancyOn_->isChecked()},
        {QStringLiteral("occupancy"), occupancy_->value()},
        {QStringLiteral("shrinkage"), shrinkage_->value()},
        {QStringLiteral("patience_typed"), patienceSource_->currentData().toInt() == 1},
        {QStringLiteral("patience_sec"), patience_->value()},
        {QStringLiteral("overrides"), overrides},
    };
}

void StaffingPage::applyPanel(const QJsonObject& s)
{
    const bool was = applying_;
    applying_ = true;
    {
        const QSignalBlocker b1(modelChoice_), b2(slOn_), b3(sl_), b4(threshold_), b5(slDefinition_), b6(asaOn_),
            b7(asa_), b8(abandonOn_), b9(abandon_), b10(occupancyOn_), b11(occupancy_), b12(shrinkage_),
            b13(patienceSource_), b14(patience_);
        auto choose = [](QComboBox* c, const QJsonValue& v) {
            const int i = c->findData(v.toInt());
            if (i >= 0)
                c->setCurrentIndex(i);
        };
        choose(modelChoice_, s[QStringLiteral("model")]);
        slOn_->setChecked(s[QStringLiteral("sl_on")].toBool(slOn_->isChecked()));
        sl_->setValue(s[QStringLiteral("sl")].toDouble(sl_->value()));
        threshold_->setValue(s[QStringLiteral("threshold_sec")].toInt(threshold_->value()));
        choose(slDefinition_, s[QStringLiteral("sl_definition")]);
        asaOn_->setChecked(s[QStringLiteral("asa_on")].toBool(asaOn_->isChecked()));
        asa_->setValue(s[QStringLiteral("asa_sec")].toInt(asa_->value()));
        abandonOn_->setChecked(s[QStringLiteral("abandon_on")].toBool(abandonOn_->isChecked()));
        abandon_->setValue(s[QStringLiteral("abandon")].toDouble(abandon_->value()));
        occupancyOn_->setChecked(s[QStringLiteral("occupancy_on")].toBool(occupancyOn_->isChecked()));
        occupancy_->setValue(s[QStringLiteral("occupancy")].toDouble(occupancy_->value()));
        shrinkage_->setValue(s[QStringLiteral("shrinkage")].toDouble(shrinkage_->value()));
        choose(patienceSource_, s[QStringLiteral("patience_typed")].toBool() ? 1 : 0);
        patience_->setValue(s[QStringLiteral("patience_sec")].toInt(patience_->value()));
        patience_->setEnabled(patienceSource_->currentData().toInt() == 1);
    }
    applyCommonInputs();
    std::vector<StaffingModel::Override> overrides;
    for (const QJsonValue& v : s[QStringLiteral("overrides")].toArray()) {
        const QJsonArray o = v.toArray();
        if (o.size() == 3)
            overrides.push_back({o[0].toInt(-1), o[1].toInt(-1), o[2].toDouble(-1)});
    }
    model_->setOverrides(overrides);
    recompute();
    applying_ = was;
}

QJsonObject StaffingPage::document() const
{
    QJsonArray scenarios;
    for (const QJsonValue& v : scenarios_) {
        QJsonObject s = v.toObject();
        if (scenarioName(v) == scenario_)
            s[QStringLiteral("state")] = state();
        scenarios.append(s);
    }
    return {{QStringLiteral("current"), scenario_}, {QStringLiteral("scenarios"), scenarios}};
}

std::vector<double> StaffingPage::requirement() const
{
    std::vector<double> required;
    for (const PlanRow& row : model_->plan())
        required.push_back(row.required(model_->model()));
    return required;
}

QString StaffingPage::requirementKey(const std::vector<double>& required)
{
    double sum = 0, weighted = 0;
    for (std::size_t i = 0; i < required.size(); ++i) {
        sum += required[i];
        weighted += required[i] * static_cast<double>(i + 1);
    }
    return QStringLiteral("%1:%2:%3").arg(required.size()).arg(sum, 0, 'f', 6).arg(weighted, 0, 'f', 6);
}

void StaffingPage::recordShiftPlan(const QJsonObject& plan)
{
    for (QJsonValueRef v : scenarios_)
        if (scenarioName(v) == scenario_) {
            QJsonObject s = v.toObject();
            s[QStringLiteral("shift_plan")] = plan;
            v = s;
        }
    current_ = document();
    save();
}

void StaffingPage::applyDocument(const QJsonObject& doc)
{
    applying_ = true;
    scenarios_ = doc[QStringLiteral("scenarios")].toArray();
    scenario_ = doc[QStringLiteral("current")].toString();
    if (!scenarioNames().contains(scenario_))
        scenario_ = scenarioNames().value(0);
    showScenarios();
    for (const QJsonValue& v : scenarios_)
        if (scenarioName(v) == scenario_)
            applyPanel(v.toObject()[QStringLiteral("state")].toObject());
    applying_ = false;
    current_ = document();
    save();
}

QStringList StaffingPage::scenarioNames() const
{
    QStringList names;
    for (const QJsonValue& v : scenarios_)
        names << scenarioName(v);
    return names;
}

void StaffingPage::showScenarios()
{
    const QSignalBlocker block(scenarioChoice_);
    scenarioChoice_->clear();
    scenarioChoice_->addItems(scenarioNames());
    scenarioChoice_->setCurrentText(scenario_);
}

void StaffingPage::changeDocument(const QJsonObject& after, const QString& what)
{
    undo_->push(new StateCommand(this, current_, after, -1, what, false)); // pushing applies it
}

void StaffingPage::chooseScenario(const QString& name)
{
    if (name == scenario_ || !scenarioNames().contains(name))
        return;
    QJsonObject doc = document();
    doc[QStringLiteral("current")] = name;
    changeDocument(doc, tr("choice of the scenario %1").arg(name));
}

bool StaffingPage::duplicateScenario(const QString& wanted)
{
    const QString name = wanted.trimmed();
    if (name.isEmpty() || scenarioNames().contains(name) || !run_)
        return false;
    QJsonObject doc = document();
    QJsonArray scenarios = doc[QStringLiteral("scenarios")].toArray();
    for (const QJsonValue& v : doc[QStringLiteral("scenarios")].toArray())
        if (scenarioName(v) == scenario_) { // all of it: the state, and the shift plan solved for it
            QJsonObject copy = v.toObject();
            copy[QStringLiteral("name")] = name;
            scenarios.append(copy);
        }
    doc[QStringLiteral("scenarios")] = scenarios;
    doc[QStringLiteral("current")] = name;
    changeDocument(doc, tr("new scenario %1").arg(name));
    return true;
}

bool StaffingPage::deleteScenario(const QString& name)
{
    if (scenarios_.size() < 2 || !scenarioNames().contains(name))
        return false;
    QJsonObject doc = document();
    QJsonArray scenarios;
    for (const QJsonValue& v : doc[QStringLiteral("scenarios")].toArray())
        if (scenarioName(v) != name)
            scenarios.append(v);
    doc[QStringLiteral("scenarios")] = scenarios;
    if (scenario_ == name)
        doc[QStringLiteral("current")] = scenarioName(scenarios.first());
    changeDocument(doc, tr("removal of the scenario %1").arg(name));
    return true;
}

std::vector<ScenarioSummary> StaffingPage::compareScenarios()
{
    std::vector<ScenarioSummary> out;
    const QJsonObject keep = document();
    const bool was = applying_;
    applying_ = true; // each scenario's plan is recomputed in turn: none of it is a change or saved
    QJsonObject currentState;
    for (const QJsonValue& v : keep[QStringLiteral("scenarios")].toArray()) {
        const QJsonObject s = v.toObject()[QStringLiteral("state")].toObject();
        if (scenarioName(v) == scenario_)
            currentState = s;
        applyPanel(s);
        ScenarioSummary summary{scenarioName(v), chosenModel(), targets(), static_cast<double>(threshold_->value()),
                                static_cast<int>(model_->overrides().size()), totals_, std::nullopt, false};
        const QJsonObject plan = v.toObject()[QStringLiteral("shift_plan")].toObject();
        if (!plan.isEmpty()) {
            if (plan[QStringLiteral("requirement")].toString() != requirementKey(requirement())) {
                summary.shiftsStale = true;
            } else {
                auto number = [&plan](const char* key) -> std::optional<double> {
                    const QJsonValue x = plan[QLatin1String(key)];
                    return x.isDouble() ? std::optional<double>(x.toDouble()) : std::nullopt;
                };
                summary.shifts = ScenarioSummary::Shifts{number("cost").value_or(0), number("paid_hours").value_or(0),
                                                         plan[QStringLiteral("agents")].toInt(), number("sl"),
                                                         number("abandon")};
            }
        }
        out.push_back(summary);
    }
    applyPanel(currentState);
    applying_ = was;
    return out;
}

void StaffingPage::showComparison()
{
    const std::vector<ScenarioSummary> all = compareScenarios();
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare scenarios"));
    const QStringList rows = {tr("Model"),
                              tr("Service-level target"),
                              tr("Abandonment target"),
                              tr("Shrinkage"),
                              tr("Inputs typed over the forecast"),
                              tr("Agent-hours on the phones"),
                              tr("Agent-hours scheduled"),
                              tr("FTE (40 h a week)"),
                              tr("Peak requirement"),
                              tr("Peak scheduled"),
                              tr("Predicted service level"),
                              tr("Predicted abandonment"),
                              tr("Predicted ASA"),
                              tr("Intervals whose targets cannot be met"),
                              tr("Shift plan: cost"),
                              tr("Shift plan: paid hours"),
                              tr("Shift plan: agents starting shifts"),
                              tr("Predicted service level with the shifts"),
                              tr("Predicted abandonment with the shifts")};
    auto* table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(all.size()), dialog);
    table->setVerticalHeaderLabels(rows);
    for (int c = 0; c < static_cast<int>(all.size()); ++c) {
        const ScenarioSummary& s = all[c];
        const PlanTotals& t = s.totals;
        table->setHorizontalHeaderItem(c, new QTableWidgetItem(s.name));
        QStringList cells = {
            s.model == Model::ErlangC ? tr("Erlang C") : tr("Erlang A"),
            s.targets.serviceLevel ? tr("%1 within %2 s").arg(percentText(*s.targets.serviceLevel, 0)).arg(s.thresholdSec)
                                   : dashText(),
            s.targets.maxAbandon ? percentText(*s.targets.maxAbandon) : dashText(),
            percentText(s.targets.shrinkage, 0),
            QString::number(s.typedInputs),
            numberText(t.requiredAgentHours, 1),
            numberText(t.scheduledAgentHours, 1),
            numberText(t.fte, 1),
            QString::number(t.peakRequired),
            QString::number(t.peakScheduled),
            percentText(t.serviceLevel),
            percentText(t.abandonRate),
            t.asaSec ? tr("%1 s").arg(secondsText(t.asaSec, 1)) : dashText(),
            QString::number(t.unmet)};
        const QString none = s.shiftsStale ? tr("solved for other inputs: solve again") : tr("not solved");
        if (s.shifts)
            cells << numberText(s.shifts->cost, 2) << numberText(s.shifts->paidHours, 1)
                  << QString::number(s.shifts->agents) << percentText(s.shifts->serviceLevel)
                  << percentText(s.shifts->abandonRate);
        else
            cells << none << none << none << none << none;
        for (int r = 0; r < static_cast<int>(cells.size()); ++r) {
            auto* item = new QTableWidgetItem(cells[r]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->setFocusPolicy(Qt::NoFocus); // a read-only table: no cell to look chosen
    // every row in sight; as many scenarios side by side as the screen takes
    const int tableHeight = table->horizontalHeader()->height() + table->verticalHeader()->length() + 2 * table->frameWidth();
    const int tableWidth = table->verticalHeader()->sizeHint().width() + table->horizontalHeader()->length() +
                           2 * table->frameWidth() + 20;
    table->setMinimumHeight(std::min(tableHeight, 640));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(std::min(1300, tableWidth + 40), std::min(tableHeight, 640) + 70);
    dialog->show();
}

void StaffingPage::noteChange(int source)
{
    if (applying_)
        return;
    QJsonObject now = document();
    if (now == current_)
        return;
    undo_->push(new StateCommand(this, current_, now, source,
                                 source == 0 ? tr("edit of an interval's input") : tr("change of the targets"), true));
    current_ = std::move(now);
    save();
}

void StaffingPage::save()
{
    if (!project_ || !run_)
        return;
    DbError error;
    if (!project_->db().saveState(stateKey().toStdString(),
                                  QJsonDocument(current_).toJson(QJsonDocument::Compact).toStdString(), error))
        targetProblem_->setText(tr("This change could not be saved to the project: %1")
                                    .arg(text::describe(project_->path(), error)));
}

void StaffingPage::applyCommonInputs()
{
    const bool typed = patienceSource_->currentData().toInt() == 1;
    const double patience = typed ? patience_->value() : patienceFromData().value_or(patience_->value());
    model_->setCommon(threshold_->value(), patience);
}

void StaffingPage::recompute()
{
    const StaffingTargets t = targets();
    if (const auto problem = validateTargets(t, "StaffingPage")) {
        targetProblem_->setText(text::describe(*problem, text::parameterLabel(problem->parameter)));
        return;
    }
    if (!t.serviceLevel && !t.maxAsaSec && !t.maxAbandon && !t.maxOccupancy) {
        targetProblem_->setText(tr("Choose at least one target."));
        return;
    }
    targetProblem_->clear();
    model_->setPlan(staffPlan(model_->inputs(), t), chosenModel());
    totals_ = planTotals(model_->inputs(), model_->plan(), chosenModel());
    showTotals();
    plot();
}

void StaffingPage::showTotals()
{
    if (model_->rowCount() == 0) {
        totalsLabel_->clear();
        return;
    }
    const PlanTotals& t = totals_;
    QString text = tr("Scheduled %1 agent-hours (%2 FTE of 40 h a week); %3 on the phones. Peak: %4 agents "
                      "required, %5 scheduled%6.")
                       .arg(numberText(t.scheduledAgentHours, 1), numberText(t.fte, 1),
                            numberText(t.requiredAgentHours, 1))
                       .arg(t.peakRequired)
                       .arg(t.peakScheduled)
                       .arg(t.peakIndex >= 0 ? tr(" at %1").arg(wallClockText(model_->starts()[t.peakIndex]))
                                             : QString());
    text += QLatin1Char('\n') + tr("Predicted for the plan: service level %1, abandonment %2, ASA %3 s.")
                                    .arg(percentText(t.serviceLevel), percentText(t.abandonRate),
                                         secondsText(t.asaSec, 1));
    if (t.unmet > 0)
        text += QLatin1Char('\n') + tr("%n interval(s) cannot meet the targets; see the Note column.", nullptr, t.unmet);
    totalsLabel_->setText(text);
}

int StaffingPage::selectedInterval() const
{
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (current.isValid())
        return current.row();
    return totals_.peakIndex;
}

void StaffingPage::plot()
{
    // only the chart in view is drawn; the others when their tab is chosen (a redraw is the costly part)
    chartsDirty_ = {true, true, true, true};
    plotVisible();
}

void StaffingPage::plotVisible()
{
    const int tab = charts_->currentIndex();
    if (tab < 0 || !chartsDirty_[tab])
        return;
    chartsDirty_[tab] = false;
    if (tab == AgentCurveTab || tab == ThresholdCurveTab)
        plotCurves();
    else
        plotPerInterval(tab);
}

void StaffingPage::plotPerInterval(int tab)
{
    const auto& plan = model_->plan();
    if (plan.empty()) {
        const QString none = tr("Nothing to staff yet.");
        if (tab == RequirementTab)
            plotMessage(requirementChart_, tr("Required vs scheduled agents"), none);
        else
            plotMessage(serviceChart_, tr("Predicted abandonment and service level"), none);
        return;
    }
    ChartLine requiredC{tr("Required (Erlang C)"), {}, QColor(255, 127, 14), true, true};
    ChartLine requiredA{tr("Required (Erlang A)"), {}, QColor(31, 119, 180), false, true};
    ChartLine scheduled{tr("Scheduled (with shrinkage)"), {}, QColor(44, 160, 44), false, true};
    ChartLine abandon{tr("Predicted abandonment"), {}, QColor(214, 39, 40), false, true};
    ChartLine sl{tr("Predicted service level"), {}, QColor(31, 119, 180), false, true};
    const Model model = chosenModel();
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const double x = model_->starts()[i];
        const PlanRow& row = plan[i];
        if (row.erlangC && row.erlangC->status == StaffingStatus::Ok)
            requiredC.points.emplace_back(x, row.erlangC->requiredAgents);
        if (row.erlangA && row.erlangA->status == StaffingStatus::Ok)
            requiredA.points.emplace_back(x, row.erlangA->requiredAgents);
        const auto& chosen = row.chosen(model);
        if (chosen && chosen->status == StaffingStatus::Ok) {
            scheduled.points.emplace_back(x, chosen->scheduledAgents);
            abandon.points.emplace_back(x, chosen->atRequired.pAbandon * 100);
            sl.points.emplace_back(x, chosen->atRequired.slOffered * 100);
        }
    }
    if (tab == RequirementTab) {
        plotTimeLines(requirementChart_, {tr("Agents per interval"), {}, tr("Agents"), {}, 0},
                      {requiredC, requiredA, scheduled});
        return;
    }
    plotTimeLines(serviceChart_,
                  {tr("Predicted service at the required agents (%1)").arg(modelChoice_->currentText()), {},
                   tr("Percent of offered calls"), QStringLiteral("%"), 1, 0.0, 100.0},
                  {sl, abandon});
}

void StaffingPage::plotCurves()
{
    const int row = selectedInterval();
    if (row < 0 || row >= model_->rowCount() || model_->inputs()[row].calls <= 0 ||
        model_->inputs()[row].ahtSec <= 0) {
        const QString none = tr("Select an interval with calls in the table.");
        plotMessage(agentCurveChart_, tr("Service level against agents"), none);
        plotMessage(thresholdCurveChart_, tr("Service level against the threshold"), none);
        return;
    }
    QueueInput in = model_->inputs()[row];
    const double load = offeredLoad(in);
    const auto [from, to] = agentCurveRange(load);
    const bool haveA = in.patienceSec > 0;
    const auto curveC = agentCurve(Model::ErlangC, in, from, to);
    const auto curveA = haveA ? agentCurve(Model::ErlangA, in, from, to) : Result<std::vector<QueueMeasures>>(std::vector<QueueMeasures>{});
    ChartLine slC{tr("SL, Erlang C"), {}, QColor(255, 127, 14), true};
    ChartLine slA{tr("SL of offered, Erlang A"), {}, QColor(31, 119, 180)};
    ChartLine slAnswered{tr("SL of answered, Erlang A"), {}, QColor(148, 103, 189), true};
    ChartLine slVirtual{tr("SL virtual, Erlang A"), {}, QColor(140, 86, 75), true};
    ChartLine abandon{tr("Abandonment, Erlang A"), {}, QColor(214, 39, 40)};
    if (curveC)
        for (const auto& m : *curveC)
            slC.points.emplace_back(m.agents, m.slOffered * 100);
    if (curveA)
        for (const auto& m : *curveA) {
            slA.points.emplace_back(m.agents, m.slOffered * 100);
            slAnswered.points.emplace_back(m.agents, m.slAnswered * 100);
            slVirtual.points.emplace_back(m.agents, m.slVirtual * 100);
            abandon.points.emplace_back(m.agents, m.pAbandon * 100);
        }
    ChartAxes agents{tr("%1: SL within %2 s and abandonment against agents")
                         .arg(wallClockText(model_->starts()[row]))
                         .arg(in.thresholdSec),
                     tr("Agents"), tr("Percent"), QStringLiteral("%"), 1, 0.0, 100.0};
    agents.marker = load;
    agents.markerName = tr("Offered load (%1 Erl)").arg(numberText(load, 1));
    std::vector<ChartLine> lines{slC};
    if (haveA)
        lines.insert(lines.end(), {slA, slAnswered, slVirtual, abandon});
    plotLines(agentCurveChart_, agents, lines);

    // SL against T at the chosen model's requirement
    const auto& chosen = model_->plan().size() > static_cast<std::size_t>(row)
                             ? model_->plan()[row].chosen(chosenModel())
                             : std::optional<StaffingResult>();
    in.agents = chosen && chosen->status == StaffingStatus::Ok ? chosen->requiredAgents : std::ceil(load + 1);
    const double maxT = std::max(60.0, in.thresholdSec * 4);
    ChartLine tC{tr("Erlang C"), {}, QColor(255, 127, 14), true};
    ChartLine tA{tr("Erlang A, of offered"), {}, QColor(31, 119, 180)};
    if (const auto c = thresholdCurve(Model::ErlangC, in, maxT, maxT / 60))
        for (std::size_t k = 0; k < c->size(); ++k)
            tC.points.emplace_back(k * maxT / 60, (*c)[k].slOffered * 100);
    if (haveA)
        if (const auto a = thresholdCurve(Model::ErlangA, in, maxT, maxT / 60))
            for (std::size_t k = 0; k < a->size(); ++k)
                tA.points.emplace_back(k * maxT / 60, (*a)[k].slOffered * 100);
    ChartAxes threshold{tr("%1: service level against the threshold T at %2 agents")
                            .arg(wallClockText(model_->starts()[row]))
                            .arg(in.agents),
                        tr("Threshold T, s"), tr("Answered within T, %"), QStringLiteral("%"), 1, 0.0, 100.0};
    threshold.marker = in.thresholdSec;
    threshold.markerName = tr("Target threshold");
    std::vector<ChartLine> tLines{tC};
    if (haveA)
        tLines.push_back(tA);
    plotLines(thresholdCurveChart_, threshold, tLines);
}

} // namespace staffplan::ui
