#include "ui/models/shiftplanmodel.hpp"

#include "ui/format.hpp"

#include <QLocale>

namespace staffplan::ui {

void ShiftPlanModel::setPlan(std::vector<ShiftGroup> groups, std::vector<ShiftTemplate> templates)
{
    beginResetModel();
    groups_ = std::move(groups);
    templates_ = std::move(templates);
    endResetModel();
}

int ShiftPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(groups_.size());
}

int ShiftPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShiftPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Agents && index.column() <= Cost ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const ShiftGroup& g = groups_[index.row()];
    const bool known = g.templateIndex >= 0 && g.templateIndex < static_cast<int>(templates_.size());
    const ShiftTemplate* t = known ? &templates_[g.templateIndex] : nullptr;
    const QLocale locale;
    auto clock = [](double s) { return wallClock(s).time().toString(QStringLiteral("HH:mm")); };
    switch (index.column()) {
    case Day:
        return locale.toString(wallClock(g.startSec).date(), QStringLiteral("ddd ")) + dateText(g.startSec);
    case Template:
        return t && !t->name.empty() ? QString::fromStdString(t->name) : tr("Template %1").arg(g.templateIndex + 1);
    case Start:
        return clock(g.startSec);
    case End:
        return clock(g.endSec);
    case Agents:
        return g.agents;
    case PaidHours:
        return t ? numberText(g.agents * t->paidMinutes / 60.0, 1) : QVariant();
    case Cost:
        return t ? numberText(g.agents * t->paidMinutes / 60.0 * t->costPerHour, 2) : QVariant();
    case Breaks: {
        QStringList breaks;
        for (std::size_t b = 0; t && b < g.breakStartsSec.size() && b < t->breaks.size(); ++b)
            breaks << clock(g.breakStartsSec[b]) + QStringLiteral("\u2013") +
                          clock(g.breakStartsSec[b] + t->breaks[b].minutes * 60.0);
        return breaks.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ShiftPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Template:
        return tr("Shift");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Agents:
        return tr("Agents");
    case PaidHours:
        return tr("Paid hours");
    case Cost:
        return tr("Cost");
    case Breaks:
        return tr("Breaks");
    }
    return {};
}

} // namespace staffplan::ui
