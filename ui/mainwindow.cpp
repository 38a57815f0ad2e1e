#include "ui/mainwindow.hpp"

#include "core/staffing.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace staffplan::ui {
namespace {

QDoubleSpinBox* spin(double min, double max, double value, int decimals, const QString& suffix)
{
    auto* s = new QDoubleSpinBox;
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("StaffPlan"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);

    auto* inputs = new QGroupBox(tr("One interval"));
    auto* form = new QFormLayout(inputs);
    model_ = new QComboBox;
    model_->addItem(tr("Erlang A (callers abandon)"), static_cast<int>(Model::ErlangA));
    model_->addItem(tr("Erlang C (no abandonment)"), static_cast<int>(Model::ErlangC));
    calls_ = spin(0, 1e6, 100, 0, QString());
    intervalMin_ = spin(1, 1440, 30, 0, tr(" min"));
    ahtSec_ = spin(1, 36000, 240, 0, tr(" s"));
    patienceSec_ = spin(1, 1e6, 180, 0, tr(" s"));
    thresholdSec_ = spin(0, 3600, 20, 0, tr(" s"));
    serviceLevel_ = spin(1, 99.9, 80, 1, tr(" %"));
    form->addRow(tr("Model"), model_);
    form->addRow(tr("Calls offered"), calls_);
    form->addRow(tr("Interval length"), intervalMin_);
    form->addRow(tr("Average handle time"), ahtSec_);
    form->addRow(tr("Mean patience"), patienceSec_);
    form->addRow(tr("Service-level target"), serviceLevel_);
    form->addRow(tr("Answered within"), thresholdSec_);
    layout->addWidget(inputs);

    result_ = new QLabel;
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(result_, 1);
    setCentralWidget(central);

    for (auto* s : {calls_, intervalMin_, ahtSec_, patienceSec_, thresholdSec_, serviceLevel_})
        connect(s, &QDoubleSpinBox::valueChanged, this, &MainWindow::recompute);
    connect(model_, &QComboBox::currentIndexChanged, this, &MainWindow::recompute);
    recompute();
    resize(640, 520);
}

void MainWindow::recompute()
{
    const auto model = static_cast<Model>(model_->currentData().toInt());
    patienceSec_->setEnabled(model == Model::ErlangA);
    QueueInput in;
    in.calls = calls_->value();
    in.intervalSec = intervalMin_->value() * 60.0;
    in.ahtSec = ahtSec_->value();
    in.patienceSec = patienceSec_->value();
    in.thresholdSec = thresholdSec_->value();
    StaffingTargets targets;
    targets.serviceLevel = serviceLevel_->value() / 100.0;
    const auto r = requiredAgents(model, in, targets);
    const QLocale locale;
    if (!r || r->status != StaffingStatus::Ok) {
        result_->setText(tr("No number of agents meets this target; lower the service-level target."));
        return;
    }
    const QueueMeasures& m = r->atRequired;
    result_->setText(tr("<h3>%1 agents required</h3>"
                        "<p>Offered load: %2 Erlangs<br>"
                        "Service level: %3%<br>"
                        "Abandonment: %4%<br>"
                        "Average speed of answer: %5 s<br>"
                        "Occupancy: %6%</p>")
                         .arg(r->requiredAgents)
                         .arg(locale.toString(m.offeredLoad, 'f', 2))
                         .arg(locale.toString(100 * m.slOffered, 'f', 1))
                         .arg(locale.toString(100 * m.pAbandon, 'f', 1))
                         .arg(locale.toString(m.asaSec.value_or(0.0), 'f', 1))
                         .arg(locale.toString(100 * m.occupancy, 'f', 1)));
}

} // namespace staffplan::ui
