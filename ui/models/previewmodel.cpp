#include "ui/models/previewmodel.hpp"

namespace staffplan::ui {

void PreviewModel::setPreview(std::vector<std::string> header, std::vector<std::vector<std::string>> rows)
{
    beginResetModel();
    header_ = std::move(header);
    rows_ = std::move(rows);
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(header_.size());
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const auto& row = rows_[index.row()];
    return index.column() < static_cast<int>(row.size()) ? QString::fromStdString(row[index.column()])
                                                         : QString();
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 2; // the file's line numbers: line 1 is the header
    return section < columnCount() ? QString::fromStdString(header_[section]) : QVariant();
}

} // namespace staffplan::ui
