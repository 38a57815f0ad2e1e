#include "ui/models/backtestmodel.hpp"

#include "ui/format.hpp"

#include <QFont>

namespace staffplan::ui {

QString BacktestModel::methodText(ForecastMethod m)
{
    switch (m) {
    case ForecastMethod::SeasonalNaive:
        return tr("Seasonal naive (same interval last week)");
    case ForecastMethod::WeightedAverage:
        return tr("Weighted average of recent weeks");
    case ForecastMethod::HoltWinters:
        return tr("Holt-Winters (weekly season)");
    case ForecastMethod::ProfileLevel:
        return tr("Intraday profile \u00d7 daily level");
    }
    return {};
}

void BacktestModel::setScores(std::vector<MethodScore> scores, std::optional<ForecastMethod> chosen)
{
    beginResetModel();
    scores_ = std::move(scores);
    chosen_ = chosen;
    endResetModel();
}

int BacktestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(scores_.size());
}

int BacktestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacktestModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MethodScore& s = scores_[index.row()];
    if (role == Qt::FontRole && chosen_ == s.method) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Method)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Method:
        return methodText(s.method);
    case Wape:
        return s.weeks ? percentText(s.wape) : dashText();
    case Weeks:
        return s.weeks;
    }
    return {};
}

QVariant BacktestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Wape)
        return tr("Weighted absolute percentage error of the forecast for each of the last weeks, made from "
                  "the history before it: lower is better.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Method:
        return tr("Method");
    case Wape:
        return tr("Backtest WAPE");
    case Weeks:
        return tr("Weeks tested");
    }
    return {};
}

} // namespace staffplan::ui
