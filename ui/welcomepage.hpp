#pragma once
// The start page, shown until a project is open: open the sample, create or open a project, or pick a recent
// one.

#include <QWidget>

class QListWidget;

namespace staffplan::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT
  public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentProjects(const QStringList& paths);

  signals:
    void openSampleRequested();
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectRequested(const QString& path);

  private:
    QListWidget* recent_;
};

} // namespace staffplan::ui
