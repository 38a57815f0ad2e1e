#include "ui/importwizard.hpp"

#include "core/log_preview.hpp"
#include "ui/models/previewmodel.hpp"
#include "ui/models/rejectedmodel.hpp"
#include "ui/text/messages.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizardPage>

#include <fstream>

namespace staffplan::ui {
namespace {

QString fieldLabel(CallField f)
{
    switch (f) {
    case CallField::Arrival:
        return ImportWizard::tr("Arrival time");
    case CallField::AnswerTime:
        return ImportWizard::tr("Answer time");
    case CallField::EndTime:
        return ImportWizard::tr("End time");
    case CallField::WaitSec:
        return ImportWizard::tr("Wait, s");
    case CallField::TalkSec:
        return ImportWizard::tr("Talk, s");
    case CallField::HoldSec:
        return ImportWizard::tr("Hold, s");
    case CallField::AcwSec:
        return ImportWizard::tr("After-call work, s");
    case CallField::Outcome:
        return ImportWizard::tr("Outcome");
    case CallField::Queue:
        return ImportWizard::tr("Queue");
    case CallField::Channel:
        return ImportWizard::tr("Channel");
    case CallField::Agent:
        return ImportWizard::tr("Agent");
    case CallField::CustomerId:
        return ImportWizard::tr("Customer id");
    case CallField::Transferred:
        return ImportWizard::tr("Transferred");
    case CallField::Resolved:
        return ImportWizard::tr("Resolved");
    case CallField::Csat:
        return ImportWizard::tr("CSAT");
    case CallField::Count_:
        break;
    }
    return {};
}

QString dateFormatLabel(DateFormat f)
{
    switch (f) {
    case DateFormat::Auto:
        return ImportWizard::tr("not recognised");
    case DateFormat::Iso:
        return ImportWizard::tr("ISO 8601 (2026-03-02 08:30)");
    case DateFormat::DayMonthYear:
        return ImportWizard::tr("day first (02.03.2026 08:30)");
    case DateFormat::MonthDayYear:
        return ImportWizard::tr("month first (03/02/2026 08:30)");
    case DateFormat::Yymmdd:
        return ImportWizard::tr("yymmdd (260302)");
    case DateFormat::EpochSeconds:
        return ImportWizard::tr("seconds since 1970");
    }
    return {};
}

QString delimiterLabel(char d)
{
    switch (d) {
    case ';':
        return ImportWizard::tr("semicolon ;");
    case '\t':
        return ImportWizard::tr("tab");
    case '|':
        return ImportWizard::tr("pipe |");
    default:
        return ImportWizard::tr("comma ,");
    }
}

} // namespace

class WizardFilePage : public QWizardPage
{
  public:
    explicit WizardFilePage(QLineEdit* path) : path_(path) {}
    bool isComplete() const override { return QFileInfo(path_->text().trimmed()).isFile(); }

  private:
    QLineEdit* path_;
};

class WizardPreviewPage : public QWizardPage
{
  public:
    explicit WizardPreviewPage(ImportWizard* wizard) : wizard_(wizard) {}
    void initializePage() override { wizard_->refreshPreview(); }
    bool validatePage() override { return wizard_->checkOptions(); }

  private:
    ImportWizard* wizard_;
};

class WizardImportPage : public QWizardPage
{
  public:
    explicit WizardImportPage(ImportWizard* wizard) : wizard_(wizard) {}
    void initializePage() override { wizard_->startImport(); }
    bool isComplete() const override { return wizard_->finished_; }

  private:
    ImportWizard* wizard_;
};

ImportWizard::ImportWizard(QString projectPath, QString logPath, QWidget* parent)
    : QWizard(parent), projectPath_(std::move(projectPath))
{
    setWindowTitle(tr("Import a call log"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(980, 680);

    // 1. the file
    auto* filePage = new WizardFilePage(path_ = new QLineEdit(logPath));
    filePage->setTitle(tr("Choose a call log"));
    filePage->setSubTitle(tr("A CSV export of your telephony system: one row per call, with a header row."));
    auto* browse = new QPushButton(tr("Browse\u2026"));
    preset_ = new QComboBox;
    preset_->addItem(tr("Generic (columns named in the header)"), static_cast<int>(Preset::Generic));
    preset_->addItem(tr("Bank (the Anonymous Bank 1999 format)"), static_cast<int>(Preset::Bank));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileInfo(path_->text()).absolutePath();
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a call log"),
            path_->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir,
            tr("Call logs (*.csv *.txt *.tsv);;All files (*)"));
        if (!file.isEmpty())
            path_->setText(file);
    });
    connect(path_, &QLineEdit::textChanged, filePage, &QWizardPage::completeChanged);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(browse);
    auto* fileForm = new QFormLayout(filePage);
    fileForm->addRow(tr("File:"), fileRow);
    fileForm->addRow(tr("Format:"), preset_);
    setPage(FilePage, filePage);

    // 2. preview and mapping
    auto* previewPage = new WizardPreviewPage(this);
    previewPage->setTitle(tr("Check how the file is read"));
    previewPage->setSubTitle(tr("StaffPlan guessed these from the file. Change any that are wrong."));
    encoding_ = new QComboBox;
    delimiter_ = new QComboBox;
    dateFormat_ = new QComboBox;
    encoding_->addItem(QString(), QString());
    for (const char* e : {"UTF-8", "UTF-16LE", "UTF-16BE", "WINDOWS-1251", "GB18030"})
        encoding_->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    delimiter_->addItem(QString(), 0);
    for (char d : {',', ';', '\t', '|'})
        delimiter_->addItem(delimiterLabel(d), static_cast<int>(d));
    dateFormat_->addItem(QString(), static_cast<int>(DateFormat::Auto));
    for (auto f : {DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Yymmdd,
                   DateFormat::EpochSeconds})
        dateFormat_->addItem(dateFormatLabel(f), static_cast<int>(f));
    for (QComboBox* c : {encoding_, delimiter_, dateFormat_})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!refreshing_)
                refreshPreview();
        });
    preview_ = new PreviewModel(this);
    previewView_ = new QTableView;
    previewView_->setModel(preview_);
    previewView_->verticalHeader()->setDefaultSectionSize(previewView_->fontMetrics().height() + 6);
    auto* settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Encoding:")));
    settings->addWidget(encoding_);
    settings->addWidget(new QLabel(tr("Delimiter:")));
    settings->addWidget(delimiter_);
    settings->addWidget(new QLabel(tr("Dates:")));
    settings->addWidget(dateFormat_);
    settings->addStretch();
    auto* mappingBox = new QGroupBox(tr("Columns"));
    auto* grid = new QGridLayout(mappingBox);
    for (int f = 0; f < kCallFieldCount; ++f) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("map_") + QString::fromLatin1(callFieldName(static_cast<CallField>(f)).data()));
        mapping_.push_back(combo);
        grid->addWidget(new QLabel(fieldLabel(static_cast<CallField>(f))), f / 3, (f % 3) * 2);
        grid->addWidget(combo, f / 3, (f % 3) * 2 + 1);
    }
    previewProblem_ = new QLabel;
    previewProblem_->setObjectName(QStringLiteral("previewProblem"));
    previewProblem_->setWordWrap(true);
    previewProblem_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addLayout(settings);
    previewLayout->addWidget(previewView_, 1);
    previewLayout->addWidget(mappingBox);
    previewLayout->addWidget(previewProblem_);
    setPage(PreviewPage, previewPage);

    // 3. import and summary
    auto* importPage = new WizardImportPage(this);
    importPage->setTitle(tr("Import"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    cancel_ = new QPushButton(tr("Cancel import"));
    connect(cancel_, &QPushButton::clicked, this, [this] { watcher_.cancel(); });
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rejected_ = new RejectedModel(this);
    rejectedView_ = new QTableView;
    rejectedView_->setModel(rejected_);
    rejectedView_->verticalHeader()->hide();
    rejectedView_->horizontalHeader()->setStretchLastSection(true);
    saveRejected_ = new QPushButton(tr("Save rejected rows\u2026"));
    saveRejected_->setEnabled(false);
    connect(saveRejected_, &QPushButton::clicked, this, &ImportWizard::saveRejected);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);
    auto* importLayout = new QVBoxLayout(importPage);
    importLayout->addLayout(progressRow);
    importLayout->addWidget(summary_);
    importLayout->addWidget(rejectedView_, 1);
    importLayout->addWidget(saveRejected_, 0, Qt::AlignLeft);
    setPage(ImportPage, importPage);

    connect(&watcher_, &QFutureWatcherBase::progressValueChanged, progress_, &QProgressBar::setValue);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &ImportWizard::importFinished);
    if (!logPath.isEmpty() && QFileInfo(logPath).isFile())
        setStartId(PreviewPage);
}

ImportWizard::~ImportWizard()
{
    watcher_.cancel();
    watcher_.waitForFinished();
}

QString ImportWizard::logPath() const
{
    return path_->text().trimmed();
}

ReadOptions ImportWizard::readOptions() const
{
    ReadOptions o;
    o.preset = static_cast<Preset>(preset_->currentData().toInt());
    o.encoding = encoding_->currentData().toString().toStdString();
    o.delimiter = static_cast<char>(delimiter_->currentData().toInt());
    o.dateFormat = static_cast<DateFormat>(dateFormat_->currentData().toInt());
    if (o.preset == Preset::Generic)
        for (int f = 0; f < kCallFieldCount; ++f) {
            const int chosen = mapping_[f]->currentData().toInt();
            if (chosen == guessed_[f])
                continue;
            if (chosen < 0)
                o.unmapped.push_back(static_cast<CallField>(f));
            else // by number: a header may repeat a name
                o.map.emplace_back(static_cast<CallField>(f), std::to_string(chosen + 1));
        }
    return o;
}

void ImportWizard::refreshPreview()
{
    refreshing_ = true;
    ReadOptions o;
    o.encoding = encoding_->currentData().toString().toStdString();
    o.delimiter = static_cast<char>(delimiter_->currentData().toInt());
    o.dateFormat = static_cast<DateFormat>(dateFormat_->currentData().toInt());
    OpenError error;
    const auto p = previewLog(QFile::encodeName(logPath()).toStdString(), o, 50, error);
    previewProblem_->clear();
    if (!p) {
        preview_->setPreview({}, {});
        previewProblem_->setText(text::describe(logPath(), error));
        refreshing_ = false;
        return;
    }
    encoding_->setItemText(0, tr("Detected: %1").arg(QString::fromStdString(p->encoding)));
    delimiter_->setItemText(0, tr("Detected: %1").arg(delimiterLabel(p->delimiter)));
    dateFormat_->setItemText(0, tr("Detected: %1").arg(dateFormatLabel(p->dateFormat)));
    preview_->setPreview(p->header, p->rows);
    previewView_->resizeColumnsToContents();
    guessed_ = p->column;
    const bool generic = static_cast<Preset>(preset_->currentData().toInt()) == Preset::Generic;
    for (int f = 0; f < kCallFieldCount; ++f) {
        QComboBox* combo = mapping_[f];
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (std::size_t c = 0; c < p->header.size(); ++c)
            combo->addItem(QString::fromStdString(p->header[c]), static_cast<int>(c));
        combo->setCurrentIndex(std::max(0, combo->findData(p->column[f])));
        combo->setEnabled(generic);
    }
    if (!generic)
        previewProblem_->setText(tr("The bank format reads its own columns; the mapping does not apply."));
    refreshing_ = false;
}

bool ImportWizard::checkOptions()
{
    OpenError error;
    auto reader = CallLogReader::open(
        std::make_unique<std::ifstream>(QFile::encodeName(logPath()).toStdString(), std::ios::binary), readOptions(),
        error);
    if (reader)
        return true;
    switch (error.problem) {
    case OpenProblem::NoArrival:
        previewProblem_->setText(tr("No column holds the arrival time: choose it under Columns."));
        break;
    case OpenProblem::NoOutcome:
        previewProblem_->setText(tr("Nothing tells answered from abandoned calls: choose an outcome, answer time "
                                    "or talk column under Columns."));
        break;
    case OpenProblem::NoWait:
        previewProblem_->setText(tr("No wait column, and no answer and end times to work it out from: choose one "
                                    "under Columns."));
        break;
    case OpenProblem::NoDateFormat:
        previewProblem_->setText(tr("The arrival times (e.g. '%1') are in no known date format: choose the "
                                    "date format above.")
                                     .arg(QString::fromStdString(error.detail)));
        break;
    default:
        previewProblem_->setText(text::describe(logPath(), error));
    }
    return false;
}

void ImportWizard::startImport()
{
    finished_ = false;
    result_ = {};
    progress_->setValue(0);
    cancel_->setEnabled(true);
    summary_->setText(tr("Importing %1\u2026").arg(QFileInfo(logPath()).fileName()));
    rejected_->setRows({}, {});
    saveRejected_->setEnabled(false);
    watcher_.setFuture(ui::startImport(projectPath_, logPath(), readOptions()));
}

void ImportWizard::importFinished()
{
    cancel_->setEnabled(false);
    finished_ = true;
    const QString file = QFileInfo(logPath()).fileName();
    if (watcher_.isCanceled() || watcher_.future().resultCount() == 0) {
        result_ = {};
        result_.cancelled = true;
        summary_->setText(tr("The import was cancelled; the project is as it was before."));
    } else {
        result_ = watcher_.result();
        if (!result_.outcome) {
            summary_->setText(result_.error);
        } else if (result_.outcome->duplicateOf) {
            summary_->setText(tr("%1 was imported before (batch %2): its calls are already in the project, and "
                                 "nothing was added.")
                                  .arg(file)
                                  .arg(*result_.outcome->duplicateOf));
        } else {
            summary_->setText(text::describe(file, result_.outcome->summary));
            rejected_->setRows(file, result_.outcome->rejected);
            rejectedView_->resizeColumnToContents(RejectedModel::Line);
            saveRejected_->setEnabled(!result_.outcome->rejected.empty());
            emit imported(result_.outcome->batch ? result_.outcome->batch->id : 0, file);
        }
    }
    progress_->setValue(1000);
    if (auto* p = page(ImportPage))
        emit p->completeChanged();
}

void ImportWizard::saveRejected()
{
    if (!result_.outcome)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save rejected rows"), QFileInfo(logPath()).absolutePath() + QStringLiteral("/") +
                                            QFileInfo(logPath()).completeBaseName() + QStringLiteral("-rejected.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    std::ofstream out(QFile::encodeName(path).toStdString(), std::ios::binary);
    writeRejectedCsv(out, result_.outcome->rejected);
    out.close();
    if (!out)
        QMessageBox::warning(this, tr("Save rejected rows"),
                             tr("Could not write %1. Choose a folder you can write to.").arg(path));
}

void ImportWizard::reject()
{
    if (watcher_.isRunning()) {
        watcher_.cancel();
        watcher_.waitForFinished();
    }
    QWizard::reject();
}

} // namespace staffplan::ui
