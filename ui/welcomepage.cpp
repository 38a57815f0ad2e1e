#include "ui/welcomepage.hpp"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace staffplan::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("StaffPlan"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(tr("Plan how many agents your call center needs in every interval: import call "
                                "logs, read the KPIs, forecast the coming weeks and staff them with Erlang C "
                                "and Erlang A."));
    intro->setWordWrap(true);

    auto* sample = new QPushButton(tr("Open the sample project"));
    sample->setToolTip(tr("Eight weeks of a synthetic four-queue call center, ready to explore."));
    auto* create = new QPushButton(tr("New project\u2026"));
    auto* open = new QPushButton(tr("Open project\u2026"));
    for (auto* b : {sample, create, open})
        b->setMinimumHeight(36);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::openSampleRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);

    recent_ = new QListWidget;
    connect(recent_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentProjectRequested(item->data(Qt::UserRole).toString()); });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(sample);
    column->addWidget(create);
    column->addWidget(open);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("Recent projects (double-click to open):")));
    column->addWidget(recent_, 1);

    auto* outer = new QGridLayout(this);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    auto* box = new QWidget;
    box->setLayout(column);
    box->setMaximumWidth(560);
    outer->addWidget(box, 0, 1);
}

void WelcomePage::setRecentProjects(const QStringList& paths)
{
    recent_->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 \u2014 %2").arg(QFileInfo(path).completeBaseName(), path));
        item->setData(Qt::UserRole, path);
        recent_->addItem(item);
    }
}

} // namespace staffplan::ui
