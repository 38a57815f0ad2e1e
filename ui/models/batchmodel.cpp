#include "ui/models/batchmodel.hpp"

#include <QLocale>

namespace staffplan::ui {

void BatchModel::setBatches(std::vector<BatchInfo> batches)
{
    beginResetModel();
    batches_ = std::move(batches);
    endResetModel();
}

int BatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(batches_.size());
}

int BatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BatchInfo& b = batches_[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Read && index.column() <= Excluded ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case File:
        return QString::fromStdString(b.fileName);
    case ImportedAt:
        return QString::fromStdString(b.importedAt).replace(QLatin1Char('T'), QLatin1Char(' '));
    case Read:
        return locale.toString(static_cast<qlonglong>(b.read));
    case Accepted:
        return locale.toString(static_cast<qlonglong>(b.accepted));
    case Rejected:
        return locale.toString(static_cast<qlonglong>(b.rejected));
    case Excluded:
        return locale.toString(static_cast<qlonglong>(b.excluded));
    case Encoding:
        return QString::fromStdString(b.encoding);
    }
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case ImportedAt:
        return tr("Imported");
    case Read:
        return tr("Rows read");
    case Accepted:
        return tr("Accepted");
    case Rejected:
        return tr("Rejected");
    case Excluded:
        //: rows left out by a rule (phantom calls, calls that never queued)
        return tr("Excluded");
    case Encoding:
        return tr("Encoding");
    }
    return {};
}

} // namespace staffplan::ui
