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
class QUndoStack;

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

    /// Imports and removals of batches, each one step: undoing an import hides its batch, undoing a removal
    /// shows it again (hidden batches leave the project when it is next opened).
    QUndoStack* undoStack() const { return undo_; }
    /// Records a finished import of `fileName` as batch `batchId` (one undo step).
    void recordImport(qint64 batchId, const QString& fileName);
    /// Hides or shows a batch, and reloads the project's calls; false with a message box when it cannot.
    bool showBatch(qint64 batchId, bool shown);
    /// Removes a batch as one undo step (no question asked; the Remove button asks first).
    bool removeBatch(qint64 batchId, const QString& fileName);

  signals:
    void importRequested();

  private:
    void refreshBatches();
    void removeSelectedBatch();
    void recomputeKpis();
    void showKpis(std::vector<KpiRow> rows);
    void plotKpis();

    Project* project_ = nullptr;
    QUndoStack* undo_;
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
