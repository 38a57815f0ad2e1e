#include "ui/mainwindow.hpp"

#include "ui/datapage.hpp"
#include "ui/forecastpage.hpp"
#include "ui/format.hpp"
#include "ui/importwizard.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/project.hpp"
#include "ui/reportpage.hpp"
#include "ui/shiftspage.hpp"
#include "ui/staffingpage.hpp"
#include "ui/text/language.hpp"
#include "ui/text/messages.hpp"
#include "ui/welcomepage.hpp"

#include <QActionGroup>
#include <QUndoGroup>
#include <QUndoStack>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVBoxLayout>

namespace staffplan::ui {
namespace {

constexpr int kMaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("StaffPlan"));
    setAcceptDrops(true);

    welcome_ = new WelcomePage;
    connect(welcome_, &WelcomePage::openSampleRequested, this, &MainWindow::openSample);
    connect(welcome_, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(welcome_, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(welcome_, &WelcomePage::recentProjectRequested, this, &MainWindow::openProject);

    data_ = new DataPage;
    forecast_ = new ForecastPage;
    staffing_ = new StaffingPage;
    connect(data_, &DataPage::importRequested, this, [this] { importLog(); });
    connect(forecast_, &ForecastPage::forecastReady, staffing_, &StaffingPage::setForecast);

    pages_ = new QStackedWidget;
    pages_->addWidget(data_);
    pages_->addWidget(forecast_);
    pages_->addWidget(staffing_);
    shifts_ = new ShiftsPage(staffing_);
    pages_->addWidget(shifts_);
    connect(shifts_, &ShiftsPage::planSolved, staffing_, &StaffingPage::recordShiftPlan);
    report_ = new ReportPage(forecast_, staffing_, shifts_);
    pages_->addWidget(report_);

    nav_ = new QListWidget;
    for (const QString& name : {tr("1. Data"), tr("2. Forecast"), tr("3. Staffing"), tr("4. Shifts"), tr("5. Report")})
        nav_->addItem(name);
    QFont navFont = nav_->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    nav_->setFont(navFont);
    nav_->setMaximumWidth(170);
    nav_->setSpacing(3);
    connect(nav_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    nav_->setCurrentRow(0);

    auto* workspace = new QWidget;
    auto* layout = new QHBoxLayout(workspace);
    layout->addWidget(nav_);
    layout->addWidget(pages_, 1);

    stack_ = new QStackedWidget;
    stack_->addWidget(welcome_);
    stack_->addWidget(workspace);
    setCentralWidget(stack_);

    status_ = new QLabel;
    statusBar()->addWidget(status_, 1);
    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1366, 768);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (auto* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    shifts_->setProject(nullptr); // saves what was typed in the last moment, while the project is still open
    staffing_->setProject(nullptr);
}

QString MainWindow::samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.staffplan");
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project\u2026"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project\u2026"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addAction(tr("Open the &sample project"), this, &MainWindow::openSample);
    recentMenu_ = file->addMenu(tr("&Recent projects"));
    file->addSeparator();
    file->addAction(tr("&Import call log\u2026"), QKeySequence(tr("Ctrl+I")), this, [this] { importLog(); });
    file->addAction(tr("&Export staffing report (PDF)\u2026"), this, [this] { showPage(Report); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // one undo history per page: the Data page's imports and removals, the Staffing page's targets, typed
    // inputs and scenarios (also active on the pages that build on it)
    undoGroup_ = new QUndoGroup(this);
    undoGroup_->addStack(data_->undoStack());
    undoGroup_->addStack(staffing_->undoStack());
    undoGroup_->setActiveStack(data_->undoStack());
    connect(nav_, &QListWidget::currentRowChanged, this, [this](int page) {
        undoGroup_->setActiveStack(page == Data ? data_->undoStack() : staffing_->undoStack());
    });
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoGroup_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoGroup_->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = chosenLanguage();
    auto addLanguage = [this, language, languages, &chosen](const QString& name, const QString& code) {
        QAction* a = language->addAction(name, this, [this, code] { switchLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
    };
    QString systemName;
    for (const text::Language& l : text::languages())
        if (l.code == text::systemLanguage())
            systemName = l.nativeName;
    addLanguage(tr("System default (%1)").arg(systemName), QString());
    language->addSeparator();
    for (const text::Language& l : text::languages())
        addLanguage(l.nativeName, l.code);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About StaffPlan"), this, [this] {
        QMessageBox::about(this, tr("About StaffPlan"),
                           tr("StaffPlan %1: workforce planning for call centers. Erlang C and Erlang A "
                              "staffing, forecasting and call-log KPIs.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showPage(Page page)
{
    stack_->setCurrentIndex(1);
    nav_->setCurrentRow(page);
}

bool MainWindow::busy() const
{
    return importsRunning_ > 0 || !project_ || project_->loading() || !project_->calls() || data_->busy() ||
           forecast_->busy() || shifts_->busy() || report_->busy();
}

bool MainWindow::openProject(const QString& path)
{
    QString error;
    auto project = Project::open(path, error);
    if (!project) {
        QMessageBox::warning(this, tr("Open project"), error);
        return false;
    }
    // the pages that save as they change let go of the old project first (the templates' last keys saved)
    staffing_->setProject(nullptr);
    shifts_->setProject(nullptr);
    data_->undoStack()->clear(); // its steps name batches of the project before
    // batches removed (or imports undone) in an earlier session leave the file now: their undo steps are gone
    DbError purgeError;
    if (!project->db().purgeHiddenBatches(purgeError))
        status_->setText(text::describe(path, purgeError));
    project_ = std::move(project);
    connect(project_.get(), &Project::callsChanged, this, &MainWindow::projectLoaded);
    connect(project_.get(), &Project::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Open project"), message); });
    setWindowTitle(tr("%1 \u2014 StaffPlan").arg(project_->displayName()));
    status_->setText(tr("Loading %1\u2026").arg(path));
    rememberProject(path);
    stack_->setCurrentIndex(1);
    return true;
}

bool MainWindow::openLastProject()
{
    const QString last = QSettings().value(QStringLiteral("project/last")).toString();
    return !last.isEmpty() && QFileInfo::exists(last) && openProject(last);
}

void MainWindow::projectLoaded()
{
    const auto calls = project_->calls();
    data_->setProject(project_.get());
    staffing_->setProject(project_.get()); // before the forecast arrives: it restores the saved targets
    shifts_->setProject(project_.get());
    forecast_->setProject(project_.get());
    report_->setProject(project_.get());
    if (calls->calls.empty())
        status_->setText(tr("%1: no calls yet. Import a call log (File \u2192 Import, or drop a file here).")
                             .arg(project_->path()));
    else
        status_->setText(tr("%1: %2 calls from %3 to %4.")
                             .arg(project_->path(), QLocale().toString(static_cast<qlonglong>(calls->calls.size())),
                                  dateText(calls->firstArrival), dateText(calls->lastArrival)));
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!openProject(path))
        return;
    if (!project_->batches().empty())
        return;
    // first time: import the bundled log, which the build generated (resources/CMakeLists.txt)
    auto dir = std::make_shared<QTemporaryDir>();
    const QString log = dir->filePath(QStringLiteral("sample-calls.csv"));
    if (!QFile::copy(QStringLiteral(":/sample/sample-calls.csv"), log)) {
        QMessageBox::warning(this, tr("Open the sample project"),
                             tr("The sample call log is missing from this build of StaffPlan."));
        return;
    }
    auto* progress = new QProgressDialog(tr("Importing the sample call log\u2026"), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto* watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    ++importsRunning_;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, dir] {
        --importsRunning_;
        progress->deleteLater();
        watcher->deleteLater();
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0 && !watcher->result().outcome)
            QMessageBox::warning(this, tr("Open the sample project"), watcher->result().error);
        if (project_)
            project_->reload();
    });
    watcher->setFuture(startImport(path, log, ReadOptions{}));
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New project"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("StaffPlan projects (*.staffplan)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".staffplan")))
        path += QStringLiteral(".staffplan");
    if (openProject(path))
        showPage(Data);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("StaffPlan projects (*.staffplan);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::rememberProject(const QString& path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = settings.value(QStringLiteral("project/recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("project/recent"), recent);
    settings.setValue(QStringLiteral("project/last"), absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    QStringList recent = QSettings().value(QStringLiteral("project/recent")).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString& p) { return !QFileInfo::exists(p); }),
                 recent.end());
    welcome_->setRecentProjects(recent);
    recentMenu_->clear();
    for (const QString& path : recent)
        recentMenu_->addAction(path, this, [this, path] { openProject(path); });
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::importLog(const QString& logPath)
{
    if (!project_) {
        QMessageBox::information(this, tr("Import call log"),
                                 tr("Open or create a project first: the calls are imported into it."));
        return;
    }
    ImportWizard wizard(project_->path(), logPath, this);
    connect(&wizard, &ImportWizard::imported, this, [this](qint64 batch, const QString& fileName) {
        data_->recordImport(batch, fileName); // one undo step on the Data page
        project_->reload();
    });
    wizard.exec();
}

QString MainWindow::chosenLanguage()
{
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return text::isLanguage(code) ? code : QString();
}

MainWindow* MainWindow::switchLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    text::useLanguage(code);
    saveLayout();
    auto* next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreGeometry(saveGeometry());
    next->shifts_->setTemplatesText(shifts_->templatesText());
    next->show();
    if (project_ && next->openProject(project_->path()))
        next->showPage(static_cast<Page>(nav_->currentRow()));
    setAttribute(Qt::WA_DeleteOnClose);
    close();
    return next;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (auto* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (path.endsWith(QStringLiteral(".staffplan")))
        openProject(path);
    else
        QMetaObject::invokeMethod(this, [this, path] { importLog(path); }, Qt::QueuedConnection);
}

} // namespace staffplan::ui
