#pragma once

#include <QMainWindow>

class QDoubleSpinBox;
class QComboBox;
class QLabel;

namespace staffplan::ui {

/// The main window.  For now one page: a quick Erlang calculator over the staffing core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);

  private:
    void recompute();

    QComboBox* model_;
    QDoubleSpinBox* calls_;
    QDoubleSpinBox* intervalMin_;
    QDoubleSpinBox* ahtSec_;
    QDoubleSpinBox* patienceSec_;
    QDoubleSpinBox* thresholdSec_;
    QDoubleSpinBox* serviceLevel_;
    QLabel* result_;
};

} // namespace staffplan::ui
