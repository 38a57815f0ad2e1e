#pragma once
// Report: the staffing report of the plan on the Staffing page, as PDF, and its tables as Excel or CSV — the same
// report staffplan-cli report writes (ui/report/).  Written in the background.

#include "ui/report/reportdata.hpp"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace staffplan::ui {

class ForecastPage;
class Project;
class ShiftsPage;
class StaffingPage;

class ReportPage : public QWidget
{
    Q_OBJECT
  public:
    ReportPage(ForecastPage* forecast, StaffingPage* staffing, ShiftsPage* shifts, QWidget* parent = nullptr);
    ~ReportPage() override;
    void setProject(Project* project) { project_ = project; }

    /// What the report is made of, from the pages' current state; empty when there is no plan.
    std::optional<report::ReportInput> reportInput() const;
    enum class Format { Pdf, Xlsx, Csv, CsvExcel, CsvExcelRu };
    /// Writes the report (or a table) to `path` in the background; finished() says how it went.
    void exportTo(Format format, const QString& path);
    bool busy() const { return pending_; }

  signals:
    void finished(bool ok, const QString& message);

  private:
    void choose(Format format);

    Project* project_ = nullptr;
    ForecastPage* forecast_;
    StaffingPage* staffing_;
    ShiftsPage* shifts_;
    QComboBox* csvFormat_;
    QLabel* status_;
    QFutureWatcher<QString> watcher_;
    bool pending_ = false;
};

} // namespace staffplan::ui
