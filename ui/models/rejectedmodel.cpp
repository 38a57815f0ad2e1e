#include "ui/models/rejectedmodel.hpp"

#include "ui/text/messages.hpp"

namespace staffplan::ui {

void RejectedModel::setRows(QString fileName, std::vector<RejectedRow> rows)
{
    beginResetModel();
    fileName_ = std::move(fileName);
    rows_ = std::move(rows);
    endResetModel();
}

int RejectedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RejectedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= rowCount())
        return {};
    const RejectedRow& r = rows_[index.row()];
    switch (index.column()) {
    case Line:
        return r.line;
    case Problem:
        return text::describe(fileName_, r);
    }
    return {};
}

QVariant RejectedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Problem:
        return tr("Problem");
    }
    return {};
}

} // namespace staffplan::ui
