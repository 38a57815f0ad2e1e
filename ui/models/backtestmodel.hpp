#pragma once
// Each forecasting method's backtest error (Forecast page), best first.

#include "core/forecast.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace staffplan::ui {

class BacktestModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Method, Wape, Weeks, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setScores(std::vector<MethodScore> scores, std::optional<ForecastMethod> chosen);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The method's name as the planner reads it ("Holt-Winters", "Seasonal naive" ...).
    static QString methodText(ForecastMethod m);

  private:
    std::vector<MethodScore> scores_;
    std::optional<ForecastMethod> chosen_;
};

} // namespace staffplan::ui
