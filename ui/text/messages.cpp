#include "ui/text/messages.hpp"

#include <QCoreApplication>

#include <charconv>

namespace staffplan::text {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffplan::text", text);
}

} // namespace

QString parameterLabel(Parameter p)
{
    switch (p) {
    case Parameter::Calls:
        return tr("Calls");
    case Parameter::IntervalSec:
        return tr("Interval length");
    case Parameter::AhtSec:
        return tr("AHT");
    case Parameter::PatienceSec:
        return tr("Patience");
    case Parameter::Agents:
        return tr("Agents");
    case Parameter::ThresholdSec:
        return tr("Service-level threshold");
    case Parameter::ServiceLevel:
        return tr("Service-level target");
    case Parameter::AsaSec:
        return tr("ASA target");
    case Parameter::Abandon:
        return tr("Abandonment target");
    case Parameter::MaxOccupancy:
        return tr("Maximum occupancy");
    case Parameter::Shrinkage:
        return tr("Shrinkage");
    case Parameter::Model:
        return tr("Model");
    }
    return {};
}

QString optionFor(Parameter p)
{
    switch (p) {
    case Parameter::Calls:
        return QStringLiteral("--calls");
    case Parameter::IntervalSec:
        return QStringLiteral("--interval-sec");
    case Parameter::AhtSec:
        return QStringLiteral("--aht-sec");
    case Parameter::PatienceSec:
        return QStringLiteral("--patience-sec");
    case Parameter::Agents:
        return QStringLiteral("--agents");
    case Parameter::ThresholdSec:
        return QStringLiteral("--threshold-sec");
    case Parameter::ServiceLevel:
        return QStringLiteral("--sl");
    case Parameter::AsaSec:
        return QStringLiteral("--asa-sec");
    case Parameter::Abandon:
        return QStringLiteral("--abandon");
    case Parameter::MaxOccupancy:
        return QStringLiteral("--max-occupancy");
    case Parameter::Shrinkage:
        return QStringLiteral("--shrinkage");
    case Parameter::Model:
        return QStringLiteral("--model");
    }
    return {};
}

QString machineNumber(double v)
{
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? QString::fromLatin1(buf, end - buf) : QString();
}

QString describe(const InputError& e, const QString& name)
{
    const QString what = name.isEmpty() ? optionFor(e.parameter) : name;
    const QString value = machineNumber(e.value);
    switch (e.problem) {
    case Problem::NotFinite:
        return tr("%1 must be a finite number (got %2).").arg(what, value);
    case Problem::Negative:
        return tr("%1 must be 0 or more (got %2).").arg(what, value);
    case Problem::NotPositive:
        return tr("%1 must be greater than 0 (got %2).").arg(what, value);
    case Problem::NotFraction:
        return tr("%1 must be a fraction from 0 to 1, e.g. 0.8 or 80% (got %2).").arg(what, value);
    case Problem::NotBelowOne:
        return tr("%1 must be at least 0 and below 1 (got %2).").arg(what, value);
    case Problem::TooLarge:
        if (e.parameter == Parameter::Calls)
            return tr("%1 gives an offered load beyond 10,000,000 Erlangs (got %2 calls).").arg(what, value);
        return tr("%1 is beyond the supported range (got %2).").arg(what, value);
    case Problem::Missing:
        return tr("%1 is required for this model.").arg(what);
    case Problem::NoTarget:
        return tr("Give at least one target: --sl, --asa-sec, --abandon or --max-occupancy.");
    case Problem::Unsupported:
        return tr("Staffing needs --model c or --model a (Erlang B has no queue to staff).");
    }
    return {};
}

QString describe(const QString& file, const CsvRowError& e)
{
    const QString where = QStringLiteral("%1:%2").arg(file).arg(e.line);
    const QString field = QString::fromStdString(e.field);
    const QString text = QString::fromStdString(e.text);
    switch (e.problem) {
    case CsvProblem::EmptyFile:
        return tr("%1: the file is empty; expected the header start,calls,aht_sec[,patience_sec].")
            .arg(where);
    case CsvProblem::MissingColumn:
        return tr("%1: the header has no column '%2'; expected start,calls,aht_sec[,patience_sec].")
            .arg(where, field);
    case CsvProblem::DuplicateColumn:
        return tr("%1: the header names column '%2' twice.").arg(where, field);
    case CsvProblem::FieldCount:
        return tr("%1: the row has no value for column '%2'.").arg(where, field);
    case CsvProblem::NotANumber:
        return tr("%1: column '%2': expected a number, got '%3'.").arg(where, field, text);
    case CsvProblem::Negative:
        return tr("%1: column '%2': expected 0 or more, got '%3'.").arg(where, field, text);
    case CsvProblem::NotPositive:
        return tr("%1: column '%2': expected a number greater than 0, got '%3'.").arg(where, field, text);
    case CsvProblem::BadTimestamp:
        return tr("%1: column '%2': expected an ISO 8601 date and time such as 2026-03-02T08:30, got '%3'.")
            .arg(where, field, text);
    case CsvProblem::UnclosedQuote:
        return tr("%1: a quoted field is not closed.").arg(where);
    }
    return {};
}

QString describe(const QString& file, const OpenError& e)
{
    const QString detail = QString::fromStdString(e.detail);
    switch (e.problem) {
    case OpenProblem::CannotRead:
        return tr("cannot read %1.").arg(file);
    case OpenProblem::Empty:
        return tr("%1 is empty: expected a header row and one row per call.").arg(file);
    case OpenProblem::UnknownEncoding:
        return tr("%1: unknown text encoding '%2'; try UTF-8, UTF-16LE, WINDOWS-1251 or GB18030.")
            .arg(file, detail);
    case OpenProblem::NoArrival:
        return tr("%1: no column holds the arrival time; name one with --map arrival=COLUMN.").arg(file);
    case OpenProblem::NoOutcome:
        return tr("%1: nothing tells answered from abandoned calls; map an outcome, answer_time or talk_sec "
                  "column "
                  "with --map.")
            .arg(file);
    case OpenProblem::NoWait:
        return tr("%1: no wait column, and no answer and end times to derive it; map one with --map "
                  "wait_sec=COLUMN.")
            .arg(file);
    case OpenProblem::UnknownColumn:
        return tr("%1: --map names column '%2', which the header does not have.").arg(file, detail);
    case OpenProblem::NoDateFormat:
        return tr("%1: the arrival times (e.g. '%2') are in no known date format; give --date-format.")
            .arg(file, detail);
    case OpenProblem::PresetColumns:
        return tr("%1: the bank preset needs a column '%2', which the header does not have.")
            .arg(file, detail);
    }
    return {};
}

QString describe(const QString& file, const ImportSummary& s)
{
    const QString delimiter = s.delimiter == '\t'  ? tr("tab")
                              : s.delimiter == ';' ? tr("semicolon")
                              : s.delimiter == '|' ? tr("pipe")
                                                   : tr("comma");
    QStringList excluded;
    for (int i = 0; i < static_cast<int>(Exclusion::Count_); ++i) {
        if (s.excluded[i] == 0)
            continue;
        switch (static_cast<Exclusion>(i)) {
        case Exclusion::Phantom:
            excluded << tr("%1 phantom calls").arg(s.excluded[i]);
            break;
        case Exclusion::NeverQueued:
            excluded << tr("%1 that never reached the queue").arg(s.excluded[i]);
            break;
        case Exclusion::OtherOutcome:
            excluded << tr("%1 with another outcome").arg(s.excluded[i]);
            break;
        case Exclusion::Count_:
            break;
        }
    }
    QString text =
        tr("%1: %2 rows read: %3 accepted, %4 rejected, %5 excluded%6.")
            .arg(file)
            .arg(s.read)
            .arg(s.accepted)
            .arg(s.rejected)
            .arg(s.excludedTotal())
            .arg(excluded.isEmpty() ? QString()
                                    : QStringLiteral(" (%1)").arg(excluded.join(QStringLiteral(", "))));
    text += QLatin1Char(' ') + tr("Encoding %1, delimiter %2, dates %3.")
                                   .arg(QString::fromStdString(s.encoding), delimiter,
                                        QString::fromLatin1(dateFormatName(s.dateFormat).data()));
    if (s.invalidBytes > 0)
        text += QLatin1Char(' ') + tr("%1 bytes were not valid text in that encoding.").arg(s.invalidBytes);
    QStringList mapping;
    for (const auto& [field, column] : s.mapping)
        mapping << QStringLiteral("%1=%2").arg(QString::fromLatin1(callFieldName(field).data()),
                                               QString::fromStdString(column));
    text += QLatin1Char('\n') + tr("Columns: %1").arg(mapping.join(QStringLiteral(", ")));
    return text;
}

QString describe(const QString& file, const RejectedRow& r)
{
    const QString where = QStringLiteral("%1:%2").arg(file).arg(r.line);
    const QString column = r.field ? tr("column '%1' (%2)")
                                         .arg(QString::fromStdString(r.column),
                                              QString::fromLatin1(callFieldName(*r.field).data()))
                                   : QString();
    const QString value = QString::fromStdString(r.text);
    switch (r.problem) {
    case RowProblem::FieldCount:
        return tr("%1: the row has too few fields.").arg(where);
    case RowProblem::Missing:
        return tr("%1: %2 is empty.").arg(where, column);
    case RowProblem::BadTimestamp:
        return tr("%1: %2: expected a date and time, got '%3'.").arg(where, column, value);
    case RowProblem::BadDuration:
        return tr("%1: %2: expected seconds or [H:]MM:SS, got '%3'.").arg(where, column, value);
    case RowProblem::NegativeDuration:
        return tr("%1: %2: a duration cannot be negative, got '%3'.").arg(where, column, value);
    case RowProblem::EndBeforeStart:
        return tr("%1: %2: '%3' is before the call started.").arg(where, column, value);
    case RowProblem::BadNumber:
        return tr("%1: %2: expected a number, got '%3'.").arg(where, column, value);
    case RowProblem::BadFlag:
        return tr("%1: %2: expected yes or no, got '%3'.").arg(where, column, value);
    case RowProblem::UnclosedQuote:
        return tr("%1: a quoted field is not closed before the end of the file.").arg(where);
    }
    return {};
}

QString describe(const QString& project, const DbError& e)
{
    const QString detail = QString::fromStdString(e.detail);
    switch (e.problem) {
    case DbProblem::CannotOpen:
        return tr("cannot open project %1: %2").arg(project, detail);
    case DbProblem::NewerSchema:
        return tr("%1 was written by a newer StaffPlan (project format %2; this one reads up to %3). Update "
                  "StaffPlan to open it.")
            .arg(project)
            .arg(e.schemaVersion)
            .arg(ProjectDb::kSchemaVersion);
    case DbProblem::NotAProject:
        return tr("%1 is an SQLite database, but not a StaffPlan project.").arg(project);
    case DbProblem::NoSuchBatch:
        return tr("%1 has no import batch %2.").arg(project, detail);
    case DbProblem::NameTaken:
        return tr("%1 already holds a forecast named '%2'; give another --name, or --replace to overwrite "
                  "it.")
            .arg(project, detail);
    case DbProblem::NoSuchForecast:
        return detail.isEmpty() ? tr("%1 holds no forecast yet; make one with staffplan-cli forecast.").arg(project)
                                : tr("%1 has no forecast named '%2'.").arg(project, detail);
    case DbProblem::Cancelled:
        return tr("The import into %1 was cancelled; the project is as it was before.").arg(project);
    case DbProblem::Sql:
        return tr("project %1: database error: %2").arg(project, detail);
    case DbProblem::DamagedCall:
        return tr("%1 is damaged: call %2 holds a value StaffPlan never writes (a duration below 0 or not a "
                  "number, or a queue that is not there). Open a backup, or import the call logs into a new "
                  "project.")
            .arg(project)
            .arg(e.row);
    case DbProblem::DamagedForecast:
        return tr("%1 is damaged: interval %2 of the forecast '%3' holds a value below 0 or not a number. Make "
                  "the forecast again.")
            .arg(project)
            .arg(e.row)
            .arg(detail);
    }
    return {};
}

QString describe(const QString& file, const TemplateError& e)
{
    const QString path = QString::fromStdString(e.path), detail = QString::fromStdString(e.detail);
    const QString where = path.isEmpty() ? file : QStringLiteral("%1: %2").arg(file, path);
    switch (e.problem) {
    case TemplateProblem::NotJson:
        return tr("%1:%2: not valid JSON (%3).").arg(file).arg(e.line).arg(detail);
    case TemplateProblem::Missing:
        return tr("%1: required, but missing.").arg(where);
    case TemplateProblem::WrongType:
        return tr("%1: of the wrong kind (got %2); see the README's templates format.").arg(where, detail);
    case TemplateProblem::BadTime:
        return tr("%1: expected a time of day as HH:MM, e.g. \"07:30\", got '%2'.").arg(where, detail);
    case TemplateProblem::OutOfRange:
        return tr("%1: out of range: %2.").arg(where, detail);
    case TemplateProblem::BadDay:
        return tr("%1: expected a day as mon, tue, wed, thu, fri, sat or sun, got %2.").arg(where, detail);
    case TemplateProblem::NoTemplates:
        return tr("%1: the list is empty; give at least one shift template.").arg(where);
    case TemplateProblem::StartWindow:
        return tr("%1: the latest start (%2) is before the earliest.").arg(where, detail);
    case TemplateProblem::BreakWindow:
        return tr("%1: the break's window (%2 min after the start) is reversed, or the break would end after the "
                  "shift.")
            .arg(where, detail);
    case TemplateProblem::MinAboveMax:
        return tr("%1: max_agents (%2) is below min_agents.").arg(where, detail);
    case TemplateProblem::OpeningWindow:
        return tr("%1: the closing time must come after the opening time (got %2).").arg(where, detail);
    }
    return {};
}

QString describe(const QString& file, const ShiftInputError& e)
{
    switch (e.problem) {
    case ShiftInputProblem::NoIntervals:
        return tr("%1 has no intervals to cover.").arg(file);
    case ShiftInputProblem::IrregularIntervals:
        return tr("%1: interval %2 does not follow the one before it: shift planning needs consecutive "
                  "intervals of one length.")
            .arg(file)
            .arg(e.index + 1);
    case ShiftInputProblem::IntervalLength:
        return tr("%1: the intervals are %2 minutes long; shift planning takes 15, 30 or 60.")
            .arg(file, machineNumber(e.value));
    case ShiftInputProblem::BadRequirement:
        return tr("%1: interval %2 requires %3 agents; expected 0 or more.")
            .arg(file)
            .arg(e.index + 1)
            .arg(machineNumber(e.value));
    case ShiftInputProblem::BadShrinkage:
        return tr("The shrinkage must be at least 0 and below 1 (got %1).").arg(machineNumber(e.value));
    case ShiftInputProblem::NoShifts:
        return tr("No shift template has a shift on the days of %1; check the templates' days and start times.")
            .arg(file);
    }
    return {};
}

QString describe(ShiftSolveStatus status)
{
    switch (status) {
    case ShiftSolveStatus::Solved:
        return tr("optimal within the asked gap");
    case ShiftSolveStatus::TimeLimit:
        return tr("stopped at the time limit with the best plan found");
    case ShiftSolveStatus::Stopped:
        return tr("stopped with the best plan found");
    case ShiftSolveStatus::Infeasible:
        return tr("no plan covers every interval under these caps; drop --hard to see where the cover falls "
                  "short");
    case ShiftSolveStatus::NoPlan:
        return tr("no plan found before the time limit; allow more time");
    }
    return {};
}

QString describeNoAnswer(const StaffingResult& r)
{
    if (r.status == StaffingStatus::Impossible) {
        switch (r.binding) {
        case Binding::ServiceLevel:
            return tr("No number of agents reaches a service level of 100%; lower --sl below 1.");
        case Binding::Asa:
            return tr("No number of agents gives an ASA of 0 seconds; raise --asa-sec above 0.");
        case Binding::Abandon:
            return tr("With finite patience some callers always abandon; raise --abandon above 0.");
        case Binding::Occupancy:
            return tr("An occupancy of 0 cannot carry any calls; raise --max-occupancy.");
        default:
            break;
        }
        return tr("No number of agents meets these targets.");
    }
    return tr("The search stopped at its limit of agents or steps without meeting the targets; "
              "the targets are too strict for this load.");
}

} // namespace staffplan::text
