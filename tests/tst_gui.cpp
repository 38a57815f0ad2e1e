// The desktop app under QT_QPA_PLATFORM=offscreen: every table model under QAbstractItemModelTester, the
// import wizard driven on corpus files, a staffing input edited and the requirement checked against the
// independent linear scan, and the main window opening the bundled sample.

#include "core/log_preview.hpp"
#include "tests/linear_scan.hpp"
#include "ui/datapage.hpp"
#include "ui/forecastpage.hpp"
#include "ui/importwizard.hpp"
#include "ui/mainwindow.hpp"
#include "ui/models/backtestmodel.hpp"
#include "ui/models/batchmodel.hpp"
#include "ui/models/kpimodel.hpp"
#include "ui/models/previewmodel.hpp"
#include "ui/models/rejectedmodel.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/models/shiftplanmodel.hpp"
#include "ui/project.hpp"
#include "ui/report/reportdata.hpp"
#include "ui/reportpage.hpp"
#include "ui/shiftspage.hpp"
#include "ui/staffingpage.hpp"

#include "ui/charts/chartview.hpp"
#include "ui/text/language.hpp"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QChart>
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace staffplan;
using staffplan::testing::linearScan;
using namespace staffplan::ui;

namespace {

const QString kData = QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/data/");

std::vector<CallRecord> readLog(const QString& path, CallLogReader*& keep, std::unique_ptr<CallLogReader>& owner)
{
    OpenError error;
    owner = CallLogReader::open(std::make_unique<std::ifstream>(path.toStdString(), std::ios::binary), {}, error);
    keep = owner.get();
    std::vector<CallRecord> calls;
    CallRecord c;
    while (owner && owner->next(c))
        calls.push_back(c);
    return calls;
}

/// A forecast of `n` 30-minute intervals, for the Staffing page.
std::shared_ptr<ForecastRun> forecastOf(const std::vector<double>& calls, double ahtSec, double patienceSec)
{
    auto run = std::make_shared<ForecastRun>();
    run->intervalMin = 30;
    run->fromSec = 1'788'825'600; // 2026-09-07
    run->days = 1;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        run->starts.push_back(run->fromSec + i * 1800.0);
        run->result.calls.push_back(calls[i]);
        run->result.ahtSec.push_back(ahtSec);
    }
    run->patience = exponentialPatience(400, 400 * patienceSec);
    return run;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT
  private slots:
    void initTestCase();
    void modelsPassTheTester();
    void wizardImportsACorpusFile();
    void wizardRefusesAMappingWithoutArrival();
    void wizardCancelLeavesTheProjectAsItWas();
    void staffingEditRecomputes();
    void shiftsCoverTheStaffing();
    void mainWindowOpensTheSample();
    void staffingEditsAreUndoneAndSaved();
    void importsAndRemovalsAreUndone();
    void languageSwitchesWithoutARestart();
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the sample project in a test location
    QCoreApplication::setOrganizationName(QStringLiteral("StaffPlanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("StaffPlanTest"));
}

void TestGui::modelsPassTheTester()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    CallLogReader* reader = nullptr;
    std::unique_ptr<CallLogReader> owner;
    const auto calls = readLog(kData + QStringLiteral("bad_timestamps.csv"), reader, owner);

    KpiModel kpis;
    QAbstractItemModelTester kpiTester(&kpis, Mode::QtTest);
    KpiOptions o;
    o.by = Period::Interval;
    KpiAggregator agg(o);
    for (const auto& c : calls)
        agg.add(c);
    kpis.setRows(agg.finish(reader->queues(), reader->channels()), 20);
    QVERIFY(kpis.rowCount() > 0);
    QCOMPARE(kpis.columnCount(), int(KpiModel::ColumnCount));

    RejectedModel rejected;
    QAbstractItemModelTester rejectedTester(&rejected, Mode::QtTest);
    rejected.setRows(QStringLiteral("bad_timestamps.csv"), reader->rejected());
    QCOMPARE(rejected.rowCount(), 2);
    QCOMPARE(rejected.index(0, RejectedModel::Line).data().toInt(), 3);
    QVERIFY(rejected.index(0, RejectedModel::Problem).data().toString().contains(QStringLiteral("2026-02-30")));

    PreviewModel preview;
    QAbstractItemModelTester previewTester(&preview, Mode::QtTest);
    OpenError error;
    const auto p = previewLog((kData + QStringLiteral("quoted_fields.csv")).toStdString(), {}, 10, error);
    preview.setPreview(p->header, p->rows);
    QCOMPARE(preview.columnCount(), int(p->header.size()));
    QCOMPARE(preview.rowCount(), int(p->rows.size()));

    BatchModel batches;
    QAbstractItemModelTester batchTester(&batches, Mode::QtTest);
    BatchInfo b;
    b.fileName = "calls.csv";
    b.read = 12;
    b.accepted = 10;
    b.rejected = 2;
    batches.setBatches({b, b});
    QCOMPARE(batches.rowCount(), 2);

    BacktestModel backtest;
    QAbstractItemModelTester backtestTester(&backtest, Mode::QtTest);
    backtest.setScores({{ForecastMethod::ProfileLevel, 0.15, 4}, {ForecastMethod::SeasonalNaive, 0.2, 4}},
                       ForecastMethod::ProfileLevel);
    QCOMPARE(backtest.rowCount(), 2);

    StaffingModel staffing;
    QAbstractItemModelTester staffingTester(&staffing, Mode::QtTest);
    QueueInput in;
    in.calls = 80;
    in.ahtSec = 240;
    in.patienceSec = 150;
    staffing.setInputs({0, 1800, 3600}, {in, in, in});
    StaffingTargets t;
    t.serviceLevel = 0.8;
    staffing.setPlan(staffPlan(staffing.inputs(), t), Model::ErlangA);
    QVERIFY(staffing.setData(staffing.index(1, StaffingModel::Calls), 120.0));
    QVERIFY(!staffing.setData(staffing.index(1, StaffingModel::Calls), -1.0));                  // refused
    QVERIFY(!staffing.setData(staffing.index(1, StaffingModel::RequiredA), 3));                  // not an input
    QVERIFY(!staffing.setData(staffing.index(1, StaffingModel::Calls), QStringLiteral("many"))); // not a number
    staffing.setInputs({}, {});
    QCOMPARE(staffing.rowCount(), 0);
}

void TestGui::wizardImportsACorpusFile()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.staffplan"));
    ui::ImportWizard wizard(project, kData + QStringLiteral("bad_timestamps.csv"));
    wizard.show();
    // a file given: the wizard starts at the preview, with what the reader detects
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPage));
    QSignalSpy imported(&wizard, &ui::ImportWizard::imported);
    QCOMPARE(wizard.previewModel()->rowCount(), 4);
    QCOMPARE(wizard.previewModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("arrival"));
    auto* arrival = wizard.findChild<QComboBox*>(QStringLiteral("map_arrival"));
    QVERIFY(arrival);
    QCOMPARE(arrival->currentText(), QStringLiteral("arrival"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ImportPage));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.importing() && wizard.result().outcome, 20000);
    const ImportOutcome& outcome = *wizard.result().outcome;
    QVERIFY(outcome.batch);
    QCOMPARE(outcome.summary.read, 4);
    QCOMPARE(outcome.summary.accepted, 2);
    QCOMPARE(outcome.summary.rejected, 2);
    QCOMPARE(wizard.rejectedModel()->rowCount(), 2);
    QVERIFY(wizard.rejectedModel()->index(1, RejectedModel::Problem).data().toString().contains(QStringLiteral("yesterday")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(imported.count(), 1); // the batch and the file's name: the Data page's undo step
    QCOMPARE(imported[0][0].toLongLong(), outcome.batch->id);
    QCOMPARE(imported[0][1].toString(), QStringLiteral("bad_timestamps.csv"));

    // in the project: one batch; the same file again is recognised and adds nothing
    QString message;
    auto opened = ui::Project::open(project, message);
    QVERIFY(opened);
    QCOMPARE(opened->batches().size(), std::size_t(1));
    ui::ImportWizard again(project, kData + QStringLiteral("bad_timestamps.csv"));
    again.show();
    again.next();
    QTRY_VERIFY_WITH_TIMEOUT(!again.importing() && again.result().outcome, 20000);
    QVERIFY(again.result().outcome->duplicateOf);
    QCOMPARE(opened->batches().size(), std::size_t(1));
}

void TestGui::wizardRefusesAMappingWithoutArrival()
{
    QTemporaryDir dir;
    ui::ImportWizard wizard(dir.filePath(QStringLiteral("p.staffplan")),
                            kData + QStringLiteral("russian_cp1251.csv"));
    wizard.show();
    auto* arrival = wizard.findChild<QComboBox*>(QStringLiteral("map_arrival"));
    QCOMPARE(arrival->currentText(), QString::fromUtf8("Время поступления")); // decoded from Windows-1251
    arrival->setCurrentIndex(arrival->findData(-1));
    QCOMPARE(wizard.readOptions().unmapped, std::vector<CallField>{CallField::Arrival});
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPage)); // refused, with the reason
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("previewProblem"))->text().contains(QStringLiteral("arrival")));
    // the talk column chosen by the planner reaches the reader as a column number
    arrival->setCurrentIndex(arrival->findData(0));
    auto* talk = wizard.findChild<QComboBox*>(QStringLiteral("map_talk_sec"));
    talk->setCurrentIndex(talk->findData(1));
    const ReadOptions o = wizard.readOptions();
    QVERIFY(o.unmapped.empty());
    QCOMPARE(o.map.size(), std::size_t(1));
    QCOMPARE(o.map[0].first, CallField::TalkSec);
    QCOMPARE(o.map[0].second, std::string("2"));
}

void TestGui::wizardCancelLeavesTheProjectAsItWas()
{
    // a log big enough to be cancelled midway (progress is reported every 4096 rows)
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("big.csv"));
    {
        std::ofstream f(log.toStdString());
        f << "arrival,wait_sec,talk_sec,outcome\n";
        for (int i = 0; i < 400000; ++i)
            f << "2026-03-0" << 2 + i / 100000 << "T" << 10 + (i / 10000) % 10 << ":00:00," << i % 40
              << ",120,answered\n";
    }
    const QString project = dir.filePath(QStringLiteral("p.staffplan"));
    ui::ImportWizard wizard(project, log);
    wizard.show();
    wizard.next();
    QVERIFY(wizard.importing());
    QElapsedTimer clock;
    clock.start();
    wizard.reject(); // Cancel: waits for the import to stop
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(clock.elapsed())));
    QString message;
    auto opened = ui::Project::open(project, message);
    QVERIFY(opened);
    QVERIFY(opened->batches().empty());
}

void TestGui::staffingEditRecomputes()
{
    ui::StaffingPage page;
    page.show();
    page.setForecast(forecastOf({20, 60, 140, 90}, 270, 160));
    ui::StaffingModel* model = page.model();
    QCOMPARE(model->rowCount(), 4);
    const StaffingTargets t = page.targets(); // the defaults: 80% in 20 s, abandonment <= 5%, shrinkage 30%
    QCOMPARE(*t.serviceLevel, 0.8);
    auto requiredA = [&](int row) { return model->index(row, ui::StaffingModel::RequiredA).data().toInt(); };
    auto requiredC = [&](int row) { return model->index(row, ui::StaffingModel::RequiredC).data().toInt(); };
    for (int row = 0; row < 4; ++row) {
        QueueInput in = model->inputs()[row];
        QCOMPARE(in.patienceSec, 160.0); // from the data
        QCOMPARE(requiredA(row), linearScan(Model::ErlangA, in, t));
        StaffingTargets c = t;
        c.maxAbandon.reset();
        QCOMPARE(requiredC(row), linearScan(Model::ErlangC, in, c));
    }
    // the planner types 300 calls into interval 2: that interval's requirement follows at once
    const int before = requiredA(2);
    QVERIFY(model->setData(model->index(2, ui::StaffingModel::Calls), 300.0));
    QueueInput edited = model->inputs()[2];
    QCOMPARE(edited.calls, 300.0);
    QCOMPARE(requiredA(2), linearScan(Model::ErlangA, edited, t));
    QVERIFY(requiredA(2) > before);
    QVERIFY(model->edited(2, ui::StaffingModel::Calls));
    // ... and the totals with it: the peak is now interval 2
    QCOMPARE(page.totals().peakIndex, 2);
    QCOMPARE(page.totals().peakRequired, requiredA(2));
}

void TestGui::shiftsCoverTheStaffing()
{
    StaffingPage staffing;
    staffing.setForecast(forecastOf({10, 20, 40, 60, 60, 50, 40, 30, 30, 20, 10, 10, 10, 10, 10, 10}, 240, 160));
    ShiftsPage shifts(&staffing);
    QAbstractItemModelTester tester(shifts.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // templates with a problem are refused, with the place named
    shifts.setTemplatesText(QStringLiteral(R"({"templates": [{"start_earliest": "25:00", "start_latest": "09:00", "paid_hours": 4}]})"));
    QVERIFY(!shifts.templates());
    QVERIFY(shifts.findChildren<QLabel*>().size() > 0);
    shifts.setTemplatesText(QStringLiteral(R"({"templates": [
        {"name": "Four", "start_earliest": "00:00", "start_latest": "08:00", "start_step_min": 30, "paid_hours": 4,
         "breaks": [{"minutes": 15, "earliest_after_start_min": 60, "latest_after_start_min": 150}]}]})"));
    QVERIFY(shifts.templates());
    shifts.solve();
    QTRY_VERIFY_WITH_TIMEOUT(!shifts.busy(), 60000);
    const ShiftRun* run = shifts.lastRun();
    QVERIFY(run && run->result.plan);
    QCOMPARE(run->result.plan->status, ShiftSolveStatus::Solved);
    // every interval has its Erlang A requirement at work (no shrinkage), and the table lists the plan
    const auto& plan = staffing.model()->plan();
    for (std::size_t i = 0; i < plan.size(); ++i) {
        QCOMPARE(run->required[i], double(plan[i].erlangA->requiredAgents));
        QVERIFY2(run->result.plan->atWork[i] >= run->required[i] - 1e-9, qPrintable(QString::number(i)));
    }
    QCOMPARE(shifts.planModel()->rowCount(), int(run->result.plan->groups.size()));
    QVERIFY(run->service && run->service->total.serviceLevel);
    QVERIFY(*run->service->total.serviceLevel >= 0.8 - 1e-9); // each interval meets 80% at its requirement
}

void TestGui::mainWindowOpensTheSample()
{
    QFile::remove(ui::MainWindow::samplePath());
    ui::MainWindow window;
    window.show();
    window.openSample();
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 120000);
    // every call of the bundled log is in the project and in the KPIs
    QFile sample(QStringLiteral(":/sample/sample-calls.csv"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const long rows = sample.readAll().count('\n') - 1;
    QVERIFY(rows > 50000);
    QCOMPARE(window.project()->calls()->calls.size(), std::size_t(rows));
    long offered = 0;
    for (const auto& r : window.dataPage()->kpiModel()->rows())
        offered += r.offered;
    QCOMPARE(offered, rows);
    // a forecast of the week after the history, staffed interval by interval
    const auto forecast = window.forecastPage()->current();
    QVERIFY(forecast);
    QCOMPARE(forecast->starts.size(), std::size_t(7 * 48));
    // ... and stored in the project, where staffplan-cli report finds it
    DbError dbError;
    const auto stored = window.project()->db().forecast({}, dbError);
    QVERIFY(stored);
    QCOMPARE(stored->rows.size(), std::size_t(7 * 48));
    QCOMPARE(stored->rows[16].calls, forecast->result.calls[16]);
    QCOMPARE(window.staffingPage()->model()->rowCount(), 7 * 48);
    QCOMPARE(window.staffingPage()->totals().unmet, 0);
    QVERIFY(window.staffingPage()->totals().peakRequired > 5);

    // the Report page writes what staffplan-cli report writes, from the plan on the Staffing page
    QTemporaryDir dir;
    ReportPage* report = window.reportPage();
    const auto in = report->reportInput();
    QVERIFY(in);
    QCOMPARE(in->starts.size(), std::size_t(7 * 48));
    report->exportTo(ReportPage::Format::CsvExcelRu, dir.filePath("plan.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(!report->busy(), 60000);
    QFile csv(dir.filePath("plan.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("\xEF\xBB\xBFstart;calls;aht_sec;"));
    QVERIFY(!in->shifts); // no shift plan yet
    // with a shift plan solved on the Shifts page, the report carries it: its summary, its chart, its shifts
    window.shiftsPage()->solve();
    QTRY_VERIFY_WITH_TIMEOUT(!window.shiftsPage()->busy(), 120000);
    const auto withShifts = report->reportInput();
    QVERIFY(withShifts && withShifts->shifts);
    const report::ReportData data = report::buildReport(*withShifts);
    QVERIFY(!data.shiftSummary.empty());
    QCOMPARE(data.shifts.rows.size(), window.shiftsPage()->lastRun()->result.plan->groups.size());
    report->exportTo(ReportPage::Format::Pdf, dir.filePath("report.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(!report->busy(), 60000);
    QVERIFY(QFileInfo(dir.filePath("report.pdf")).size() > 10000);
    report->exportTo(ReportPage::Format::Xlsx, dir.filePath("plan.xlsx"));
    QTRY_VERIFY_WITH_TIMEOUT(!report->busy(), 60000);
    QVERIFY(QFileInfo(dir.filePath("plan.xlsx")).size() > 1000);
}

void TestGui::staffingEditsAreUndoneAndSaved()
{
    // the sample (made by mainWindowOpensTheSample), staffed as it opens
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openProject(MainWindow::samplePath()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->busy(), 120000);
    StaffingPage* page = window->staffingPage();
    QUndoStack* undo = page->undoStack();
    QCOMPARE(undo->count(), 0);
    const QJsonObject initial = page->state();
    const double initialHours = page->totals().scheduledAgentHours;
    auto saved = [&] {
        return QJsonDocument::fromJson(QByteArray::fromStdString(
                                           window->project()->db().state(page->stateKey().toStdString()).value_or("")))
            .object();
    };

    // an interval's calls typed over (one step), then the service-level target changed twice (one step: a run
    // of changes to one field merges)
    StaffingModel* model = page->model();
    QVERIFY(model->setData(model->index(20, StaffingModel::Calls), 400.0));
    QDoubleSpinBox* sl = nullptr;
    for (auto* s : page->findChildren<QDoubleSpinBox*>())
        if (s->value() == 80.0)
            sl = s;
    QVERIFY(sl);
    sl->setValue(85);
    sl->setValue(90);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(page->state()["sl"].toDouble(), 90.0);
    QVERIFY(page->totals().scheduledAgentHours > initialHours); // more calls, a higher target: more agents
    QCOMPARE(saved(), page->document()); // saved the moment it changed

    // the shift templates as typed are saved too (a moment after the last key)
    const QString templates = window->shiftsPage()->templatesText();
    const QString typed = templates + QStringLiteral("\n");
    window->shiftsPage()->setTemplatesText(typed);
    QTRY_COMPARE(window->project()->db().state(ShiftsPage::kStateKey).value_or(""), typed.toStdString());

    // a new window on the same project: the same targets, typed input and templates come back
    const QJsonObject edited = page->state();
    {
        MainWindow again;
        again.show();
        QVERIFY(again.openProject(MainWindow::samplePath()));
        QTRY_VERIFY_WITH_TIMEOUT(!again.busy(), 120000);
        QCOMPARE(again.staffingPage()->state(), edited);
        QVERIFY(again.staffingPage()->model()->edited(20, StaffingModel::Calls));
        QCOMPARE(again.staffingPage()->model()->inputs()[20].calls, 400.0);
        QCOMPARE(again.staffingPage()->totals().scheduledAgentHours, page->totals().scheduledAgentHours);
        QCOMPARE(again.shiftsPage()->templatesText(), typed);
        again.shiftsPage()->setTemplatesText(templates); // closed at once: saved on closing, not lost
    }
    QCOMPARE(window->project()->db().state(ShiftsPage::kStateKey).value_or(""), templates.toStdString());
    window->shiftsPage()->setTemplatesText(templates);

    // undo: the target, then the typed input; each undo saved too
    undo->undo();
    QCOMPARE(sl->value(), 80.0);
    QVERIFY(model->edited(20, StaffingModel::Calls));
    undo->undo();
    QVERIFY(!model->edited(20, StaffingModel::Calls));
    QCOMPARE(page->state(), initial);
    QCOMPARE(page->totals().scheduledAgentHours, initialHours);
    QCOMPARE(saved(), page->document());
    // redo both, and undo again to leave the sample as it was
    undo->redo();
    undo->redo();
    QCOMPARE(page->state(), edited);
    undo->undo();
    undo->undo();
    QCOMPARE(page->state(), initial);
    QCOMPARE(saved(), page->document());
    // the Edit menu carries the step's name and the standard shortcuts
    QAction* undoAction = nullptr;
    for (QAction* a : window->menuBar()->actions())
        if (a->menu())
            for (QAction* item : a->menu()->actions())
                if (item->shortcut() == QKeySequence(QKeySequence::Undo))
                    undoAction = item;
    QVERIFY(undoAction);
    window->showPage(MainWindow::Staffing); // the Edit menu acts on the page's own history
    QVERIFY(!undoAction->isEnabled()); // nothing left to undo
    undo->redo();
    QVERIFY(undoAction->isEnabled());
    QVERIFY2(undoAction->text().contains("edit of an interval's input"), qPrintable(undoAction->text()));
    undo->undo();

    // scenarios: the current one copied under a new name, its target raised; compared side by side with the
    // first; each scenario keeps its own targets; a copy removed and brought back by undo
    const QString base = page->currentScenario();
    QCOMPARE(page->scenarioNames(), QStringList{base});
    // a shift plan solved for the base scenario goes with it into the comparison
    window->shiftsPage()->solve();
    QTRY_VERIFY_WITH_TIMEOUT(!window->shiftsPage()->busy(), 120000);
    const ShiftPlan& solved = *window->shiftsPage()->lastRun()->result.plan;
    QVERIFY(!page->duplicateScenario(base)); // a name of its own
    QVERIFY(page->duplicateScenario(QStringLiteral("SL 90")));
    QCOMPARE(page->currentScenario(), QStringLiteral("SL 90"));
    sl->setValue(90);
    QCOMPARE(page->scenarioNames(), (QStringList{base, QStringLiteral("SL 90")}));
    const std::vector<ScenarioSummary> compared = page->compareScenarios();
    QCOMPARE(compared.size(), std::size_t(2));
    QCOMPARE(compared[0].name, base);
    QCOMPARE(compared[0].targets.serviceLevel.value_or(0), 0.8);
    QCOMPARE(compared[0].totals.scheduledAgentHours, initialHours);
    QCOMPARE(compared[1].targets.serviceLevel.value_or(0), 0.9);
    QVERIFY(compared[1].totals.scheduledAgentHours > initialHours);
    QVERIFY(compared[0].shifts && !compared[0].shiftsStale);
    QCOMPARE(compared[0].shifts->cost, solved.cost);
    QCOMPARE(compared[0].shifts->agents, solved.agents);
    QVERIFY(compared[0].shifts->serviceLevel);
    QVERIFY(!compared[1].shifts && compared[1].shiftsStale); // copied with the base's plan, now for other agents
    QVERIFY(*compared[1].totals.serviceLevel > *compared[0].totals.serviceLevel);
    QCOMPARE(page->state()["sl"].toDouble(), 90.0); // comparing leaves the current scenario as it was
    QCOMPARE(page->totals().scheduledAgentHours, compared[1].totals.scheduledAgentHours);
    page->chooseScenario(base);
    QCOMPARE(sl->value(), 80.0);
    QCOMPARE(page->totals().scheduledAgentHours, initialHours);
    QVERIFY(page->deleteScenario(QStringLiteral("SL 90")));
    QCOMPARE(page->scenarioNames(), QStringList{base});
    QVERIFY(!page->deleteScenario(base)); // never the last one
    undo->undo(); // the removal
    QCOMPARE(page->scenarioNames(), (QStringList{base, QStringLiteral("SL 90")}));
    QCOMPARE(saved()["scenarios"].toArray().size(), 2);
    // a new window finds both, the chosen one current
    {
        MainWindow again;
        again.show();
        QVERIFY(again.openProject(MainWindow::samplePath()));
        QTRY_VERIFY_WITH_TIMEOUT(!again.busy(), 120000);
        QCOMPARE(again.staffingPage()->scenarioNames(), (QStringList{base, QStringLiteral("SL 90")}));
        QCOMPARE(again.staffingPage()->currentScenario(), base);
    }
    // back to the one scenario the sample started with
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(page->scenarioNames(), QStringList{base});
    QCOMPARE(page->state(), initial);
    QCOMPARE(saved(), page->document());
}

void TestGui::importsAndRemovalsAreUndone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.staffplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    // two imports (as the wizard ends one: recorded on the Data page)
    std::vector<qint64> ids;
    for (const char* file : {"quoted_fields.csv", "bom_crlf.csv"}) {
        OpenError openError;
        DbError error;
        const auto outcome = window.project()->db().importLog((kData + QString::fromLatin1(file)).toStdString(),
                                                              ReadOptions{}, openError, error);
        QVERIFY(outcome && outcome->batch);
        ids.push_back(outcome->batch->id);
        window.dataPage()->recordImport(outcome->batch->id, QString::fromLatin1(file));
        window.project()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    }
    auto calls = [&] { return window.project()->calls()->calls.size(); };
    QTRY_COMPARE(window.dataPage()->batchModel()->rowCount(), 2);
    const std::size_t both = calls();
    QUndoStack* undo = window.dataPage()->undoStack();
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->undoText(), QStringLiteral("import of bom_crlf.csv"));
    // undo the second import: its batch and calls leave the project and every KPI
    undo->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    QCOMPARE(window.dataPage()->batchModel()->rowCount(), 1);
    QVERIFY(calls() < both);
    long offered = 0;
    for (const auto& r : window.dataPage()->kpiModel()->rows())
        offered += r.offered;
    QCOMPARE(std::size_t(offered), calls());
    undo->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    QCOMPARE(calls(), both);
    // a removal is a step too
    QVERIFY(window.dataPage()->removeBatch(ids[0], QStringLiteral("quoted_fields.csv")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    QCOMPARE(window.dataPage()->batchModel()->rowCount(), 1);
    undo->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    QCOMPARE(window.dataPage()->batchModel()->rowCount(), 2);
    QCOMPARE(calls(), both);
    // removed again, then the project opened afresh: the removal is final (the hidden batch purged)
    undo->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    QVERIFY(window.openProject(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    QCOMPARE(undo->count(), 0);
    DbError error;
    QVERIFY(!window.project()->db().setBatchHidden(ids[0], false, error)); // gone from the file
    QCOMPARE(window.dataPage()->batchModel()->rowCount(), 1);
}

namespace {

/// Every text a window shows: labels, buttons, group boxes, tabs, combo items, spin box affixes, menus, table
/// headers, chart titles, axes and legends, tooltips.
QStringList shownTexts(QWidget* window)
{
    QStringList texts;
    auto addTip = [&texts](QWidget* w) {
        if (!w->toolTip().isEmpty())
            texts << w->toolTip();
    };
    for (auto* w : window->findChildren<QWidget*>()) {
        addTip(w);
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        if (auto* s = qobject_cast<QSpinBox*>(w))
            texts << s->prefix() << s->suffix();
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w))
            texts << s->prefix() << s->suffix();
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c) {
                texts << v->model()->headerData(c, Qt::Horizontal).toString()
                      << v->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
                if (v->model()->rowCount() > 0)
                    texts << v->model()->index(0, c).data(Qt::ToolTipRole).toString();
            }
        if (auto* view = qobject_cast<ChartView*>(w); view && view->chart()) {
            texts << view->chart()->title();
            for (auto* axis : view->chart()->axes())
                texts << axis->titleText();
            for (auto* series : view->chart()->series())
                texts << series->name();
        }
    }
    std::function<void(QMenu*)> menu = [&](QMenu* m) {
        texts << m->title();
        for (QAction* a : m->actions())
            a->menu() ? menu(a->menu()) : void(texts << a->text());
    };
    for (QAction* a : static_cast<QMainWindow*>(window)->menuBar()->actions())
        if (a->menu())
            menu(a->menu());
    texts.removeAll(QString());
    return texts;
}

/// The shown texts that still hold English words: a Latin word of three letters or more that is not a name
/// (of the product, a unit, a file type, a method, a model), outside quotes (a forecast's stored name, a file).
QStringList english(const QStringList& texts)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z][a-z]{2,}\\b"));
    static const QRegularExpression quoted(QStringLiteral("[«“\"'][^»”\"']*[»”\"']|\\S*/\\S*|\\S+\\.(csv|staffplan|json|txt|tsv)\\b"));
    static const QStringList names = {
        "StaffPlan", "Erlang", "Erlangs", "Ctrl", "Excel", "README", "Anonymous", "Bank", "Holt", "Winters",
        "Kaplan", "Meier", "PNG", "CSV", "PDF", "JSON", "UTF", "BOM", "ISO", "WAPE", "CSAT", "FCR", "AHT",
        "ASA", "FTE", "KPI", "csv", "txt", "tsv", "json", "xlsx", "pdf", "png", "staffplan", "yymmdd",
        "billing", "support", "sales", "tech", "voice", "WINDOWS", "profile", "sample",
        "English" /* the Language menu names each language in itself */,
        "Base" /* the first scenario's name, given in the language of the day it was made (data, like a queue) */};
    QStringList found;
    for (const QString& t : texts) {
        QString plain = t;
        plain.remove(quoted);
        for (auto it = word.globalMatch(plain); it.hasNext();) {
            const QString w = it.next().captured();
            if (!names.contains(w)) {
                found << t;
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

/// Shows every page and chart tab, so that lazily built parts exist.
void visitEverything(MainWindow* w)
{
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        w->showPage(static_cast<MainWindow::Page>(p));
        QCoreApplication::processEvents();
    }
    QTabWidget* charts = w->staffingPage()->charts();
    w->showPage(MainWindow::Staffing);
    for (int t = 0; t < charts->count(); ++t) {
        charts->setCurrentIndex(t);
        QCoreApplication::processEvents();
    }
}

} // namespace

void TestGui::languageSwitchesWithoutARestart()
{
    // the sample (made by mainWindowOpensTheSample) open in English, on the Staffing page
    text::useLanguage(QStringLiteral("en"));
    QPointer<MainWindow> window = new MainWindow;
    window->show();
    QVERIFY(window->openProject(MainWindow::samplePath()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->busy(), 120000);
    window->showPage(MainWindow::Staffing);
    visitEverything(window);
    const QStringList englishTexts = shownTexts(window);
    QVERIFY(englishTexts.contains(QStringLiteral("Agents per interval")));
    QVERIFY2(english(englishTexts).size() > 100, "the check below finds English where there is some");

    struct Case
    {
        const char* code;
        const char* menu;     // the File menu's title
        const char* required; // a chart's title on the Staffing page
        const char* plural[3]; // "%n interval(s) cannot meet the targets" for 1, 3 and 5
    };
    const Case cases[] = {
        {"ru", "&Файл", "Операторы по интервалам",
         {"1 интервал не может", "3 интервала не могут", "5 интервалов не могут"}},
        {"zh_CN", "文件(&F)", "各时段坐席数", {"1 个时段", "3 个时段", "5 个时段"}},
    };
    for (const Case& c : cases) {
        const QString code = QString::fromUtf8(c.code);
        const QString path = window->project()->path();
        QPointer<MainWindow> next = window->switchLanguage(code);
        QTRY_VERIFY(window.isNull()); // the old window closed and deleted itself
        QVERIFY(next);
        QCOMPARE(text::currentLanguage(), code);
        QCOMPARE(MainWindow::chosenLanguage(), code);
        QCOMPARE(next->project()->path(), path); // the same project, on the same page
        QTRY_VERIFY_WITH_TIMEOUT(!next->busy(), 120000);
        QCOMPARE(next->staffingPage()->model()->rowCount(), 7 * 48);
        visitEverything(next);
        const QStringList texts = shownTexts(next);
        QVERIFY2(texts.contains(QString::fromUtf8(c.menu)), qPrintable(code));
        QVERIFY2(texts.contains(QString::fromUtf8(c.required)), qPrintable(texts.join(" | ")));
        const QStringList left = english(texts);
        QVERIFY2(left.isEmpty(), qPrintable(code + ": English left: " + left.join(" | ")));
        // the Russian plural's three forms; numbers in the locale (a decimal comma in Russian)
        const int counts[] = {1, 3, 5};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(QCoreApplication::translate("staffplan::ui::StaffingPage",
                                                 "%n interval(s) cannot meet the targets; see the Note column.",
                                                 nullptr, counts[i])
                         .startsWith(QString::fromUtf8(c.plural[i])),
                     c.plural[i]);
        const QString load = next->staffingPage()->model()->index(0, StaffingModel::Load).data().toString();
        QVERIFY2(load.contains(code == QLatin1String("ru") ? QLatin1Char(',') : QLatin1Char('.')), qPrintable(load));
        window = next;
    }
    // back to the system's language (English here), as the other tests expect
    QPointer<MainWindow> last = window->switchLanguage(QString());
    QTRY_VERIFY(window.isNull());
    QCOMPARE(MainWindow::chosenLanguage(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!last->busy(), 120000);
    visitEverything(last);
    QVERIFY(shownTexts(last).contains(QStringLiteral("Agents per interval")));
    delete last.data();
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
