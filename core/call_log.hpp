#pragma once
// Call logs as telephony systems export them: one row per call, read as a stream.
// A column mapping turns the file's columns into call fields; presets: `generic` (header names in English,
// Russian or Chinese, see README) and `bank` (the Technion "Anonymous Bank" logs, see shared/data SOURCE.md).
// Every row read is accepted, rejected (with line, field and reason) or excluded by a named rule:
// read = accepted + rejected + excluded, always.

#include "core/timestamps.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace staffplan {

enum class CallField {
    Arrival,    ///< timestamp the call arrived (or joined the queue)
    AnswerTime, ///< timestamp an agent answered
    EndTime,    ///< timestamp the call ended (hang-up or end of service)
    WaitSec,
    TalkSec,
    HoldSec,
    AcwSec,  ///< after-call work
    Outcome, ///< answered / abandoned / other
    Queue,   ///< queue or skill
    Channel, ///< voice, chat, email
    Agent,
    CustomerId,
    Transferred, ///< transferred or escalated
    Resolved,
    Csat,
    Count_
};
constexpr int kCallFieldCount = static_cast<int>(CallField::Count_);
std::string_view callFieldName(CallField f); ///< "arrival", "answer_time", ..., "csat"
std::optional<CallField> callFieldFromName(std::string_view name);

enum class Preset { Generic, Bank };
std::optional<Preset> presetFromName(std::string_view name); ///< "generic", "bank"

enum class CallOutcome : std::uint8_t { Answered, Abandoned };

/// The column a mapping names: a header name, or a 1-based column number; -1 when neither.
int columnIndex(const std::vector<std::string>& header, std::string_view name);

/// The column each field maps to by its header name (English, Russian or Chinese synonyms), -1 where none
/// does; the first matching column wins.
std::array<int, kCallFieldCount> autoMapColumns(const std::vector<std::string>& header);

struct CallRecord
{
    double arrival = 0; ///< wall-clock seconds since 1970
    double waitSec = 0; ///< in queue: until answered, or until the caller hung up
    double talkSec = 0, holdSec = 0, acwSec = 0;
    CallOutcome outcome = CallOutcome::Answered;
    int queue = 0;   ///< index into CallLogReader::queues()
    int channel = 0; ///< index into channels()
    int agent = -1;  ///< index into agents(); -1 none
    /// The customer as a 63-bit hash of their id (ids are only compared: repeat calls for first-contact
    /// resolution; among a million distinct ids the chance of any collision is about 5e-8); -1 unidentified.
    std::int64_t customer = -1;
    std::int8_t transferred = -1, resolved = -1; ///< -1 unknown, 0 no, 1 yes
    float csat = -1;                             ///< < 0 unknown
    int line = 0;
};

enum class RowProblem {
    FieldCount,   ///< the row has fewer fields than the mapping needs
    Missing,      ///< an empty required value
    BadTimestamp, ///< not a date/time in the file's format
    BadDuration,  ///< not a number of seconds or [H:]MM:SS
    NegativeDuration,
    EndBeforeStart, ///< a derived duration came out negative
    BadNumber,
    BadFlag, ///< not yes/no, true/false, 1/0 (or да/нет, 是/否)
    UnclosedQuote,
};
std::string_view rowProblemName(RowProblem p);

struct RejectedRow
{
    int line = 0;
    std::optional<CallField> field; ///< empty for whole-row problems
    std::string column;             ///< the file's column name for the field
    RowProblem problem = RowProblem::Missing;
    std::string text;   ///< the offending value (up to 200 bytes)
    std::string record; ///< the whole row as read (up to 2,000 bytes), for fixing and re-import
};

enum class Exclusion { Phantom, NeverQueued, OtherOutcome, Count_ };
std::string_view exclusionName(Exclusion e); ///< "phantom", "never_queued", "other_outcome"

struct ReadOptions
{
    Preset preset = Preset::Generic;
    std::string encoding; ///< empty: detect
    char delimiter = 0;   ///< 0: detect
    DateFormat dateFormat = DateFormat::Auto;
    std::vector<std::pair<CallField, std::string>> map; ///< FIELD=COLUMN overrides (name, or 1-based number)
    std::vector<CallField>
        unmapped; ///< fields not to read even where a header name matches (applied before map)
    std::size_t rejectedKept = 100000; ///< rejected rows kept with their text (all are counted)
};

struct ImportSummary
{
    std::int64_t read = 0, accepted = 0, rejected = 0;
    std::array<std::int64_t, static_cast<int>(Exclusion::Count_)> excluded{};
    std::string encoding;
    char delimiter = ',';
    DateFormat dateFormat = DateFormat::Auto;
    std::vector<std::pair<CallField, std::string>> mapping; ///< field -> column name, as used
    std::size_t invalidBytes = 0; ///< bytes not valid in the encoding (shown as U+FFFD)
    std::int64_t excludedTotal() const;
};

enum class OpenProblem {
    CannotRead,
    Empty, ///< no header line
    UnknownEncoding,
    NoArrival,     ///< no column maps to the arrival time
    NoOutcome,     ///< nothing tells answered from abandoned (outcome, answer_time or talk_sec)
    NoWait,        ///< no wait_sec, and no answer_time/end_time to derive it
    UnknownColumn, ///< a --map names a column the header does not have
    NoDateFormat,  ///< the arrival samples fit no known date format
    PresetColumns, ///< the bank preset's columns are not in the header
};

struct OpenError
{
    OpenProblem problem;
    std::string detail; ///< e.g. the column name
};

class CallLogReader
{
  public:
    /// Opens a log: detects encoding, delimiter, mapping and date format from its start.
    static std::unique_ptr<CallLogReader> open(std::unique_ptr<std::istream> in, const ReadOptions& options,
                                               OpenError& error);
    ~CallLogReader();

    /// The next accepted call; false at the end.  Rejected and excluded rows are counted on the way.
    bool next(CallRecord& call);

    const ImportSummary& summary() const { return summary_; }
    const std::vector<RejectedRow>& rejected() const { return rejected_; }
    const std::vector<std::string>& queues() const { return queues_.names; }
    const std::vector<std::string>& channels() const { return channels_.names; }
    const std::vector<std::string>& agents() const { return agents_.names; }
    /// Bytes of the input consumed so far (for a progress bar: read in pieces of about 1 MB).
    std::size_t bytesRead() const;

    /// The customer key of an id (see CallRecord::customer).
    static std::int64_t customerKey(std::string_view id);

    /// The file's header.
    const std::vector<std::string>& header() const { return header_; }

    /// Hashes std::string and std::string_view alike, so lookups by view allocate nothing.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    template <class T> using TextMap = std::unordered_map<std::string, T, TextHash, std::equal_to<>>;

    /// Words of a column, each with a value: outcomes, flags, channels, queues, agents.  A word of up to 16
    /// bytes is found by its bytes, packed into two integers, in an open-addressing table (no string compare,
    /// no allocation: the reader looks up six words a row); a longer word in a hash map.
    class Words
    {
      public:
        const int* find(std::string_view word) const;
        void add(std::string_view word, int value); ///< a word not added before

      private:
        static constexpr std::uint32_t kEmpty = ~0u;
        struct Slot
        {
            std::uint64_t a = 0, b = 0; ///< the word's bytes (see pack() in call_log.cpp)
            std::uint32_t size = kEmpty;
            int value = 0;
        };
        void place(const Slot& slot);
        std::vector<Slot> slots_; ///< a power of two, at most half full
        std::size_t used_ = 0;
        TextMap<int> long_;
    };

    struct Names
    {
        std::vector<std::string> names;
        Words index;
        int id(std::string_view name);
    };

  private:
    CallLogReader() = default;
    bool acceptGeneric(const std::vector<std::string_view>& f, CallRecord& call);
    bool acceptBank(const std::vector<std::string_view>& f, CallRecord& call);
    void reject(CallField field, RowProblem problem, std::string_view text,
                const std::vector<std::string_view>& f);
    void rejectShortRow(const std::vector<std::string_view>& f);
    void rejectRow(RowProblem problem, const std::vector<std::string_view>& f);

    struct Impl;
    std::unique_ptr<Impl> impl_;
    ReadOptions options_;
    ImportSummary summary_;
    std::vector<RejectedRow> rejected_;
    std::vector<std::string> header_;
    std::array<int, kCallFieldCount> column_{}; ///< column index per field, -1 absent
    int lastColumn_ = -1;                       ///< the largest of column_
    Names queues_, channels_, agents_;
    // A log holds few distinct outcome, flag and channel words: each is normalised once.
    Words outcomeWords_, flagWords_, channelWords_;
};

/// Writes rejected rows as CSV (line,field,column,problem,value,record), UTF-8, for fixing and re-import.
void writeRejectedCsv(std::ostream& out, const std::vector<RejectedRow>& rows);

} // namespace staffplan
