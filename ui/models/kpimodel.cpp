#include "ui/models/kpimodel.hpp"

#include "ui/format.hpp"

#include <QLocale>

namespace staffplan::ui {

void KpiModel::setRows(std::vector<KpiRow> rows, double thresholdSec)
{
    beginResetModel();
    rows_ = std::move(rows);
    thresholdSec_ = thresholdSec;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int KpiModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int KpiModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Offered ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const KpiRow& r = rows_[index.row()];
    const QLocale locale;
    switch (index.column()) {
    case Period:
        return r.periodStart == "total" ? tr("Total") : periodText(QString::fromStdString(r.periodStart));
    case Queue:
        return r.queue == "*" ? tr("All queues") : QString::fromStdString(r.queue);
    case Offered:
        return locale.toString(static_cast<qlonglong>(r.offered));
    case Answered:
        return locale.toString(static_cast<qlonglong>(r.answered));
    case Abandoned:
        return locale.toString(static_cast<qlonglong>(r.abandoned));
    case AbandonRate:
        return r.offered ? percentText(r.abandonRate) : dashText();
    case ServiceLevel:
        return r.offered ? percentText(r.serviceLevel) : dashText();
    case Asa:
        return secondsText(r.asaSec, 1);
    case Aht:
        return secondsText(r.ahtSec);
    case TimeToAbandon:
        return secondsText(r.meanTimeToAbandonSec, 1);
    case MaxWait:
        return secondsText(r.maxWaitSec);
    case Fcr:
        return percentText(r.fcr);
    case TransferRate:
        return percentText(r.transferRate);
    case Patience:
        return secondsText(r.patienceMleSec);
    case AgentsSeen:
        return r.agentsSeen;
    }
    return {};
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AbandonRate:
            return tr("Abandoned calls as a share of offered calls.");
        case ServiceLevel:
            return tr("Calls answered within %1 s as a share of offered calls.").arg(thresholdSec_);
        case Asa:
            return tr("Average speed of answer: the mean wait of answered calls.");
        case Aht:
            return tr("Average handle time: talk + hold + after-call work, per answered call.");
        case Fcr:
            return tr("First-contact resolution: answered callers who did not call the same queue again within "
                      "the window.");
        case Patience:
            return tr("Mean patience (exponential estimate): abandons divided by the total time callers spent in "
                      "queue.");
        case AgentsSeen:
            return tr("Distinct agents who answered calls in the period.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period:
        return tr("Period");
    case Queue:
        return tr("Queue");
    case Offered:
        return tr("Offered");
    case Answered:
        return tr("Answered");
    case Abandoned:
        return tr("Abandoned");
    case AbandonRate:
        return tr("Abandon rate");
    case ServiceLevel:
        return tr("SL (%1 s)").arg(thresholdSec_);
    case Asa:
        return tr("ASA, s");
    case Aht:
        return tr("AHT, s");
    case TimeToAbandon:
        return tr("Time to abandon, s");
    case MaxWait:
        return tr("Longest wait, s");
    case Fcr:
        return tr("FCR");
    case TransferRate:
        return tr("Transfers");
    case Patience:
        return tr("Patience, s");
    case AgentsSeen:
        return tr("Agents seen");
    }
    return {};
}

} // namespace staffplan::ui
