#pragma once
// The import wizard: pick a call log, check the preview (delimiter, encoding and date format as detected,
// each changeable; the column of each call field, guessed from the header), then import it in the
// background with progress and Cancel, and read what was accepted, rejected and excluded.

#include "core/call_log.hpp"
#include "ui/project.hpp"

#include <QFutureWatcher>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace staffplan::ui {

class PreviewModel;
class RejectedModel;

class ImportWizard : public QWizard
{
    Q_OBJECT
  public:
    enum PageId { FilePage, PreviewPage, ImportPage };

    ImportWizard(QString projectPath, QString logPath = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// The options as the preview page sets them.
    ReadOptions readOptions() const;
    QString logPath() const;
    bool importing() const { return watcher_.isRunning(); }
    const ImportResult& result() const { return result_; }
    PreviewModel* previewModel() const { return preview_; }
    RejectedModel* rejectedModel() const { return rejected_; }

    void reject() override;

  signals:
    /// A batch was added to the project (`fileName`: the log's name, without its folder).
    void imported(qint64 batchId, const QString& fileName);

  private:
    friend class WizardPreviewPage;
    friend class WizardImportPage;
    void refreshPreview();
    bool checkOptions();
    void startImport();
    void importFinished();
    void saveRejected();

    QString projectPath_;
    // file page
    QLineEdit* path_;
    QComboBox* preset_;
    // preview page
    QComboBox* encoding_;
    QComboBox* delimiter_;
    QComboBox* dateFormat_;
    PreviewModel* preview_;
    QTableView* previewView_;
    std::vector<QComboBox*> mapping_; ///< one per CallField
    std::array<int, kCallFieldCount> guessed_{}; ///< the automatic mapping, to tell the planner's changes
    QLabel* previewProblem_;
    bool refreshing_ = false;
    // import page
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* summary_;
    RejectedModel* rejected_;
    QTableView* rejectedView_;
    QPushButton* saveRejected_;
    QFutureWatcher<ImportResult> watcher_;
    ImportResult result_;
    bool finished_ = false;
};

} // namespace staffplan::ui
