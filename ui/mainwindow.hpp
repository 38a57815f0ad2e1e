#pragma once
// The main window: a start page until a project is open, then the flow Data -> Forecast -> Staffing ->
// Shifts -> Report.  The window's layout, the last project and the recent projects are remembered
// (QSettings).  A call log dropped on the window opens the import wizard; a project file opens the project.

#include <QMainWindow>

#include <functional>
#include <memory>

class QListWidget;
class QStackedWidget;
class QUndoGroup;
class QLabel;
class QMenu;

namespace staffplan::ui {

class DataPage;
class ForecastPage;
class Project;
class ReportPage;
class ShiftsPage;
class StaffingPage;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    enum Page { Data, Forecast, Staffing, Shifts, Report, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a project; false with a message box when it cannot.
    bool openProject(const QString& path);
    /// Opens the sample project, making it from the bundled call log the first time (in the background).
    void openSample();
    /// Opens the project the user had open last time, if it still exists.
    bool openLastProject();

    Project* project() const { return project_.get(); }
    DataPage* dataPage() const { return data_; }
    ForecastPage* forecastPage() const { return forecast_; }
    StaffingPage* staffingPage() const { return staffing_; }
    ShiftsPage* shiftsPage() const { return shifts_; }
    ReportPage* reportPage() const { return report_; }
    void showPage(Page page);
    /// True while a page still computes (loading calls, KPIs, a forecast).
    bool busy() const;
    /// The path of the sample project (in the user's application data folder).
    static QString samplePath();

    /// Opens the import wizard (on `logPath` when given).
    void importLog(const QString& logPath = {});

    /// Switches the language (a code of text::languages(), or empty for the system's) without a restart: the
    /// choice is remembered, the translations installed, and a new window in that language takes this one's
    /// place (geometry, project, page and the Shifts page's templates carried over).  Returns the new window;
    /// this one closes and deletes itself.
    MainWindow* switchLanguage(const QString& code);
    /// The language the user chose (QSettings "language"; empty: the system's), to install at start.
    static QString chosenLanguage();

  protected:
    void closeEvent(QCloseEvent* event) override;
    void saveLayout();
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void buildMenus();
    void newProject();
    void chooseProject();
    void rememberProject(const QString& path);
    void updateRecentMenu();
    void projectLoaded();

    std::unique_ptr<Project> project_;
    QStackedWidget* stack_;
    QListWidget* nav_;
    WelcomePage* welcome_;
    QStackedWidget* pages_;
    DataPage* data_;
    ForecastPage* forecast_;
    StaffingPage* staffing_;
    ShiftsPage* shifts_;
    ReportPage* report_;
    QLabel* status_;
    QMenu* recentMenu_;
    QUndoGroup* undoGroup_;
    int importsRunning_ = 0; ///< background imports (the sample's first opening)
};

} // namespace staffplan::ui
