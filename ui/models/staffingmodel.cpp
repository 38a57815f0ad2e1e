#include "ui/models/staffingmodel.hpp"

#include "ui/format.hpp"
#include "ui/text/messages.hpp"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <cmath>

namespace staffplan::ui {

void StaffingModel::setInputs(std::vector<double> starts, std::vector<QueueInput> inputs)
{
    beginResetModel();
    starts_ = std::move(starts);
    inputs_ = std::move(inputs);
    base_ = inputs_;
    plan_.clear();
    edited_.clear();
    endResetModel();
}

void StaffingModel::setPlan(std::vector<PlanRow> rows, Model model)
{
    plan_ = std::move(rows);
    model_ = model;
    if (rowCount() > 0)
        emit dataChanged(index(0, Load), index(rowCount() - 1, ColumnCount - 1));
}

void StaffingModel::setCommon(double thresholdSec, double patienceSec)
{
    commonThresholdSec_ = thresholdSec;
    commonPatienceSec_ = patienceSec;
    for (int r = 0; r < rowCount(); ++r) {
        inputs_[r].thresholdSec = thresholdSec;
        if (!edited(r, Patience))
            inputs_[r].patienceSec = patienceSec;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, Patience), index(rowCount() - 1, Patience));
}

std::vector<StaffingModel::Override> StaffingModel::overrides() const
{
    std::vector<Override> out;
    for (const auto& [row, column] : edited_) {
        const QueueInput& in = inputs_[row];
        out.push_back({row, column, column == Calls ? in.calls : column == Aht ? in.ahtSec : in.patienceSec});
    }
    return out;
}

void StaffingModel::setOverrides(const std::vector<Override>& overrides)
{
    edited_.clear();
    for (int r = 0; r < rowCount(); ++r) {
        inputs_[r] = base_[r];
        inputs_[r].thresholdSec = commonThresholdSec_;
        inputs_[r].patienceSec = commonPatienceSec_;
    }
    for (const Override& o : overrides) {
        if (o.row < 0 || o.row >= rowCount() || !std::isfinite(o.value) || o.value < 0)
            continue;
        QueueInput& in = inputs_[o.row];
        if (o.column == Calls)
            in.calls = o.value;
        else if (o.column == Aht)
            in.ahtSec = o.value;
        else if (o.column == Patience)
            in.patienceSec = o.value;
        else
            continue;
        edited_.insert({o.row, o.column});
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, Calls), index(rowCount() - 1, ColumnCount - 1));
}

int StaffingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(inputs_.size());
}

int StaffingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags StaffingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Calls || index.column() == Aht || index.column() == Patience))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StaffingModel::display(int row, int column) const
{
    const QueueInput& in = inputs_[row];
    const PlanRow* plan = row < static_cast<int>(plan_.size()) ? &plan_[row] : nullptr;
    const std::optional<StaffingResult>* chosen = plan ? &plan->chosen(model_) : nullptr;
    const bool ok = chosen && *chosen && (*chosen)->status == StaffingStatus::Ok;
    const QueueMeasures* m = ok ? &(*chosen)->atRequired : nullptr;
    auto required = [](const std::optional<StaffingResult>& r) -> QVariant {
        if (!r)
            return dashText();
        return r->status == StaffingStatus::Ok ? QVariant(r->requiredAgents) : QVariant(tr("not reachable"));
    };
    switch (column) {
    case Start:
        return wallClockText(starts_[row]);
    case Calls:
        return numberText(in.calls, 1);
    case Aht:
        return numberText(in.ahtSec, 0);
    case Patience:
        return in.patienceSec > 0 ? numberText(in.patienceSec, 0) : dashText();
    case Load:
        return numberText(offeredLoad(in), 2);
    case RequiredC:
        return plan ? required(plan->erlangC) : QVariant();
    case RequiredA:
        return plan ? required(plan->erlangA) : QVariant();
    case Scheduled:
        return ok ? QVariant((*chosen)->scheduledAgents) : QVariant(dashText());
    case ServiceLevel:
        return m ? percentText(m->slOffered) : dashText();
    case Asa:
        return m ? secondsText(m->asaSec, 1) : dashText();
    case Abandon:
        return m ? percentText(m->pAbandon) : dashText();
    case Occupancy:
        return m ? percentText(m->occupancy) : dashText();
    case Status:
        if (!plan)
            return {};
        if (plan->error)
            return text::describe(*plan->error, text::parameterLabel(plan->error->parameter));
        if (chosen && *chosen && !ok)
            return text::describeNoAnswer(**chosen);
        return {};
    }
    return {};
}

QVariant StaffingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(index.row(), index.column());
    case Qt::EditRole: {
        const QueueInput& in = inputs_[index.row()];
        switch (index.column()) {
        case Calls:
            return in.calls;
        case Aht:
            return in.ahtSec;
        case Patience:
            return in.patienceSec;
        default:
            return display(index.row(), index.column());
        }
    }
    case Qt::TextAlignmentRole:
        return index.column() == Start || index.column() == Status ? QVariant()
                                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (edited(index.row(), index.column())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

bool StaffingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return false;
    QueueInput& in = inputs_[index.row()];
    switch (index.column()) {
    case Calls:
        in.calls = v;
        break;
    case Aht:
        in.ahtSec = v;
        break;
    case Patience:
        in.patienceSec = v;
        break;
    default:
        return false;
    }
    edited_.insert({index.row(), index.column()});
    emit dataChanged(index, index);
    emit inputsEdited();
    return true;
}

QVariant StaffingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Calls:
        case Aht:
        case Patience:
            return tr("Double-click to change this interval's input; the requirement is recomputed at once.");
        case Load:
            return tr("Offered load in Erlangs: calls \u00d7 AHT / interval length.");
        case RequiredC:
            return tr("Agents on the phones by Erlang C (callers never hang up).");
        case RequiredA:
            return tr("Agents on the phones by Erlang A (callers abandon after their patience).");
        case Scheduled:
            return tr("Agents to schedule: the requirement of the chosen model grossed up for shrinkage.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Interval");
    case Calls:
        return tr("Calls");
    case Aht:
        return tr("AHT, s");
    case Patience:
        return tr("Patience, s");
    case Load:
        return tr("Load, Erl");
    case RequiredC:
        return tr("Agents (Erlang C)");
    case RequiredA:
        return tr("Agents (Erlang A)");
    case Scheduled:
        return tr("Scheduled");
    case ServiceLevel:
        return tr("SL");
    case Asa:
        return tr("ASA, s");
    case Abandon:
        return tr("Abandon");
    case Occupancy:
        return tr("Occupancy");
    case Status:
        return tr("Note");
    }
    return {};
}

} // namespace staffplan::ui
