#pragma once
// The first rows of a call log, as the import wizard previews them, with the header as column titles.

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace staffplan::ui {

class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace staffplan::ui
