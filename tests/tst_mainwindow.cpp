// The main window drives the staffing core: editing an input recomputes the requirement.

#include "core/staffing.hpp"
#include "ui/mainwindow.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

using namespace staffplan;

class TestMainWindow : public QObject
{
    Q_OBJECT
  private slots:
    void editRecomputes();
};

void TestMainWindow::editRecomputes()
{
    ui::MainWindow w;
    w.show();
    const auto spins = w.findChildren<QDoubleSpinBox*>();
    QDoubleSpinBox* calls = nullptr;
    for (auto* s : spins)
        if (s->value() == 100.0)
            calls = s;
    QVERIFY(calls);
    auto* result = w.findChildren<QLabel*>().last();
    StaffingTargets t;
    t.serviceLevel = 0.8;
    auto expected = requiredAgents(Model::ErlangA, QueueInput{100, 1800, 240, 180, 0, 20}, t);
    QVERIFY(result->text().contains(QStringLiteral("%1 agents required").arg(expected->requiredAgents)));
    calls->setValue(400);
    expected = requiredAgents(Model::ErlangA, QueueInput{400, 1800, 240, 180, 0, 20}, t);
    QVERIFY(result->text().contains(QStringLiteral("%1 agents required").arg(expected->requiredAgents)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
