#pragma once
// Data: the imported batches (import, remove) and the KPIs of the history by interval, day, week or month,
// as a table and as charts of volume, abandonment and service level.

#include "core/kpi.hpp"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace staffplan::ui {

class BatchModel;
class ChartView;
class KpiModel;
class Project;

class DataPage : public QWidget
{
    Q_OBJECT
  public:
    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

    void setProject(Project* project);
    KpiModel* kpiModel() const { return kpis_; }
    BatchModel* batchModel() const { return batches_; }
    /// True from the start of a KPI computation until its rows are shown.
    bool busy() const { return pending_; }

  signals:
    void importRequested();

  private:
    void refreshBatches();
    void removeSelectedBatch();
    void recomputeKpis();
    void showKpis(std::vector<KpiRow> rows);
    void plotKpis();

    Project* project_ = nullptr;
    BatchModel* batches_;
    KpiModel* kpis_;
    QTableView* batchView_;
    QTableView* kpiView_;
    QPushButton* remove_;
    QComboBox* period_;
    QComboBox* queue_;
    QSpinBox* threshold_;
    QLabel* summary_;
    ChartView* volumeChart_;
    ChartView* abandonChart_;
    ChartView* slChart_;
    QFutureWatcher<std::vector<KpiRow>> watcher_;
    bool again_ = false; ///< settings changed while computing: compute once more
    bool pending_ = false;
};

} // namespace staffplan::ui
