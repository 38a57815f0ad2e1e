#include "ui/charts/chartview.hpp"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>

namespace staffplan::ui {

ChartView::ChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

bool ChartView::savePng(const QString& path)
{
    QPixmap pixmap(size() * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter);
    painter.end();
    return pixmap.save(path, "PNG");
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(tr("Save as PNG\u2026"));
    if (menu.exec(event->globalPos()) != save)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), dir + QLatin1Char('/') + fileStem_ + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("Could not write %1. Choose a folder you can write to.").arg(path));
}

} // namespace staffplan::ui
