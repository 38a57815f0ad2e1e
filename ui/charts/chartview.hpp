#pragma once
// A chart on a page: antialiased, hover tooltips with the value, and "Save as PNG..." in its context menu.

#include <QChartView>

namespace staffplan::ui {

class ChartView : public QChartView
{
    Q_OBJECT
  public:
    explicit ChartView(QWidget* parent = nullptr);

    /// Renders the chart to a PNG at the view's size (twice the pixels for print); false when it cannot.
    bool savePng(const QString& path);

    /// A short name for the file the save dialog proposes.
    void setFileStem(const QString& stem) { fileStem_ = stem; }

  protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    QString fileStem_ = QStringLiteral("chart");
};

} // namespace staffplan::ui
