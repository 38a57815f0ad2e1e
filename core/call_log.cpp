#include "core/call_log.hpp"

#include "core/csv_reader.hpp"
#include "core/text_decoding.hpp"
#include "core/text_util.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <ostream>

namespace staffplan {
namespace {

constexpr const char* kFieldNames[kCallFieldCount] = {
    "arrival", "answer_time", "end_time", "wait_sec",    "talk_sec",    "hold_sec", "acw_sec", "outcome",
    "queue",   "channel",     "agent",    "customer_id", "transferred", "resolved", "csat"};

// Header names recognised per field (compared after normalizeHeader).  English, Russian, Chinese.
const std::vector<std::vector<std::string>> kSynonyms = {
    {"arrival",    "arrivaltime",      "arrival_time", "start",    "starttime",   "callstart",
     "queueentry", "queuestart",       "enqueued",     "received", "calltime",    "datetime",
     "timestamp",  "времяпоступления", "времязвонка",  "начало",   "поступление", "датавремя",
     "来电时间",   "开始时间",         "呼入时间",     "进线时间"},
    {"answer", "answertime", "answered", "answeredat", "connecttime", "времяответа", "ответ", "应答时间",
     "接听时间"},
    {"end", "endtime", "ended", "endedat", "hangup", "hanguptime", "времяокончания", "окончание", "конец",
     "结束时间", "挂机时间"},
    {"wait", "waitsec", "waittime", "queuetime", "qtime", "holdinqueue", "ожидание", "времяожидания",
     "等待时间", "排队时间", "等待时长"},
    {"talk", "talksec", "talktime", "servicetime", "sertime", "разговор", "времяразговора",
     "длительностьразговора", "通话时长", "通话时间"},
    {"hold", "holdsec", "holdtime", "удержание", "времяудержания", "保持时长", "保持时间"},
    {"acw", "acwsec", "wrap", "wrapup", "wrapuptime", "aftercallwork", "постобработка",
     "поствызывнаяобработка", "话后处理", "话后时长", "事后处理"},
    {"outcome", "result", "status", "disposition", "callresult", "результат", "статус", "исход", "结果",
     "状态", "呼叫结果"},
    {"queue", "skill", "split", "service", "queuename", "очередь", "группа", "навык", "队列", "技能组"},
    {"channel", "media", "mediatype", "канал", "渠道", "媒体类型"},
    {"agent", "agentid", "agentname", "operator", "server", "оператор", "агент", "сотрудник", "坐席", "座席",
     "客服", "坐席工号"},
    {"customer", "customerid", "caller", "callerid", "ani", "clientid", "клиент", "номерклиента", "абонент",
     "客户", "客户编号", "主叫号码"},
    {"transferred", "transfer", "escalated", "escalation", "переведен", "перевод", "эскалация", "转接",
     "升级"},
    {"resolved", "solved", "fcr", "решено", "решен", "вопросрешен", "已解决", "解决"},
    {"csat", "satisfaction", "rating", "score", "оценка", "удовлетворенность", "满意度", "评分"},
};

// Lower-cases ASCII and Cyrillic (UTF-8), drops spaces, '_', '-', '.', '(', ')', '/' and a "(sec)"-style
// unit.
std::string normalizeHeader(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = s[i];
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\t')
            continue;
        if (c < 0x80) {
            out += static_cast<char>(std::tolower(c));
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < s.size()) { // Cyrillic two-byte sequences
            unsigned char d = s[i + 1];
            unsigned code = ((c & 0x1F) << 6) | (d & 0x3F);
            if (code >= 0x410 && code <= 0x42F)
                code += 0x20; // А-Я -> а-я
            else if (code == 0x401)
                code = 0x451; // Ё -> ё
            if (code == 0x451)
                code = 0x435; // ё -> е
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    for (const char* unit : {"sec", "secs", "seconds", "s", "сек", "秒"}) {
        const std::string u = unit;
        if (out.size() > u.size() + 2 && out.compare(out.size() - u.size(), u.size(), u) == 0 &&
            (u != "s" || out.back() == 's')) {
            // keep "wait" from "waitsec", but not cut "status" etc.: only strip when the rest is a known name
            const std::string rest = out.substr(0, out.size() - u.size());
            for (const auto& list : kSynonyms)
                if (std::find(list.begin(), list.end(), rest) != list.end())
                    return rest;
        }
    }
    return out;
}

std::string lower(std::string_view s)
{
    return normalizeHeader(s);
}

enum class OutcomeWord { Answered, Abandoned, Other };

OutcomeWord outcomeOf(std::string_view text)
{
    static const std::vector<std::string> answered = {
        "answered",  "answer", "agent",  "served",  "handled",  "connected", "completed",
        "ok",        "1",      "yes",    "отвечен", "отвечено", "принят",    "обслужен",
        "обработан", "接听",   "已接听", "应答",    "已应答",   "接通"};
    static const std::vector<std::string> abandoned = {
        "abandoned", "abandon", "hang",   "hangup",    "lost",    "dropped",  "missed",
        "0",         "no",      "брошен", "брошенный", "потерян", "пропущен", "сброшен",
        "放弃",      "未接",    "挂断",   "呼损",      "放弃呼叫"};
    const std::string w = lower(trimmed(text));
    if (std::find(answered.begin(), answered.end(), w) != answered.end())
        return OutcomeWord::Answered;
    if (std::find(abandoned.begin(), abandoned.end(), w) != abandoned.end())
        return OutcomeWord::Abandoned;
    return OutcomeWord::Other;
}

std::optional<std::int8_t> flagOf(std::string_view text)
{
    const std::string w = lower(trimmed(text));
    for (const char* y : {"1", "yes", "y", "true", "t", "да", "是", "已"})
        if (w == y)
            return 1;
    for (const char* n : {"0", "no", "n", "false", "f", "нет", "否", "未"})
        if (w == n)
            return 0;
    return std::nullopt;
}

std::optional<double> numberOf(std::string_view text)
{
    return parseDecimal(text);
}

std::string clip(std::string_view s, std::size_t n)
{
    return std::string(s.substr(0, n));
}

} // namespace

struct CallLogReader::Impl
{
    std::unique_ptr<std::istream> stream;
    std::unique_ptr<TextDecoder> decoder;
    std::unique_ptr<CsvReader> csv;
    std::deque<std::pair<int, std::vector<std::string>>> lookahead; ///< rows read while detecting
    std::vector<std::string_view> fields;
    std::vector<std::string> ownedRow;
    int line = 0;
    bool unclosed = false;
};

int columnIndex(const std::vector<std::string>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    int number = 0;
    const auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), number);
    if (ec == std::errc() && end == name.data() + name.size() && number >= 1 &&
        number <= static_cast<int>(header.size()))
        return number - 1;
    return -1;
}

std::array<int, kCallFieldCount> autoMapColumns(const std::vector<std::string>& header)
{
    std::array<int, kCallFieldCount> column;
    column.fill(-1);
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string norm = normalizeHeader(header[i]);
        for (int f = 0; f < kCallFieldCount; ++f)
            if (column[f] < 0 &&
                std::find(kSynonyms[f].begin(), kSynonyms[f].end(), norm) != kSynonyms[f].end()) {
                column[f] = static_cast<int>(i);
                break;
            }
    }
    return column;
}

std::string_view callFieldName(CallField f)
{
    return kFieldNames[static_cast<int>(f)];
}

std::optional<CallField> callFieldFromName(std::string_view name)
{
    for (int i = 0; i < kCallFieldCount; ++i)
        if (name == kFieldNames[i])
            return static_cast<CallField>(i);
    return std::nullopt;
}

std::optional<Preset> presetFromName(std::string_view n)
{
    if (n == "generic")
        return Preset::Generic;
    if (n == "bank")
        return Preset::Bank;
    return std::nullopt;
}

std::string_view rowProblemName(RowProblem p)
{
    switch (p) {
    case RowProblem::FieldCount:
        return "field_count";
    case RowProblem::Missing:
        return "missing";
    case RowProblem::BadTimestamp:
        return "bad_timestamp";
    case RowProblem::BadDuration:
        return "bad_duration";
    case RowProblem::NegativeDuration:
        return "negative_duration";
    case RowProblem::EndBeforeStart:
        return "end_before_start";
    case RowProblem::BadNumber:
        return "bad_number";
    case RowProblem::BadFlag:
        return "bad_flag";
    case RowProblem::UnclosedQuote:
        return "unclosed_quote";
    }
    return "?";
}

std::string_view exclusionName(Exclusion e)
{
    switch (e) {
    case Exclusion::Phantom:
        return "phantom";
    case Exclusion::NeverQueued:
        return "never_queued";
    case Exclusion::OtherOutcome:
        return "other_outcome";
    case Exclusion::Count_:
        break;
    }
    return "?";
}

std::int64_t ImportSummary::excludedTotal() const
{
    std::int64_t n = 0;
    for (const auto v : excluded)
        n += v;
    return n;
}

namespace {

// A word of up to 16 bytes as two integers that, with its length, tell it from every other word of that
// length: 8..16 bytes as its first and last 8 (overlapping), 4..7 as its first and last 4, 1..3 byte by byte.
struct Packed
{
    std::uint64_t a = 0, b = 0;
};

inline Packed pack(std::string_view w)
{
    const char* p = w.data();
    const std::size_t n = w.size();
    Packed k;
    if (n >= 8) {
        std::memcpy(&k.a, p, 8);
        std::memcpy(&k.b, p + n - 8, 8);
    } else if (n >= 4) {
        std::uint32_t first, last;
        std::memcpy(&first, p, 4);
        std::memcpy(&last, p + n - 4, 4);
        k.a = first;
        k.b = last;
    } else if (n > 0) {
        k.a = static_cast<unsigned char>(p[0]) |
              static_cast<unsigned>(static_cast<unsigned char>(p[n / 2])) << 8 |
              static_cast<unsigned>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    return k;
}

inline std::size_t slotOf(const Packed& k, std::size_t size, std::size_t mask)
{
    std::uint64_t h = (k.a ^ (k.b * 0x9E3779B97F4A7C15ULL) ^ size) * 0xFF51AFD7ED558CCDULL;
    return static_cast<std::size_t>(h ^ (h >> 29)) & mask;
}

} // namespace

const int* CallLogReader::Words::find(std::string_view word) const
{
    if (word.size() > 16) {
        const auto it = long_.find(word);
        return it == long_.end() ? nullptr : &it->second;
    }
    if (slots_.empty())
        return nullptr;
    const Packed k = pack(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = slotOf(k, word.size(), mask);; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.size == kEmpty)
            return nullptr;
        if (s.size == word.size() && s.a == k.a && s.b == k.b)
            return &s.value;
    }
}

void CallLogReader::Words::place(const Slot& slot)
{
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slotOf({slot.a, slot.b}, slot.size, mask);
    while (slots_[i].size != kEmpty)
        i = (i + 1) & mask;
    slots_[i] = slot;
}

void CallLogReader::Words::add(std::string_view word, int value)
{
    if (word.size() > 16) {
        long_.emplace(std::string(word), value);
        return;
    }
    if ((used_ + 1) * 2 > slots_.size()) {
        std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.size != kEmpty)
                place(s);
    }
    const Packed k = pack(word);
    place({k.a, k.b, static_cast<std::uint32_t>(word.size()), value});
    ++used_;
}

std::int64_t CallLogReader::customerKey(std::string_view id)
{
    return static_cast<std::int64_t>(std::hash<std::string_view>{}(id)&0x7FFFFFFFFFFFFFFFULL);
}

int CallLogReader::Names::id(std::string_view name)
{
    if (const int* known = index.find(name))
        return *known;
    const int id = static_cast<int>(names.size());
    names.emplace_back(name);
    index.add(name, id);
    return id;
}

CallLogReader::~CallLogReader() = default;

std::size_t CallLogReader::bytesRead() const
{
    // the input bytes read, scaled by the share of the text read from them that records have consumed
    // (the decoder reads ahead in pieces of about 1 MB, and one input byte need not be one text byte)
    const Impl& d = *impl_;
    if (!d.csv || !d.decoder || d.csv->bytesReceived() == 0)
        return 0;
    const double consumed =
        static_cast<double>(d.csv->bytesRead()) / static_cast<double>(d.csv->bytesReceived());
    return static_cast<std::size_t>(static_cast<double>(d.decoder->rawBytesRead()) * std::min(consumed, 1.0));
}

std::unique_ptr<CallLogReader> CallLogReader::open(std::unique_ptr<std::istream> in,
                                                   const ReadOptions& options, OpenError& error)
{
    if (!in || !*in) {
        error = {OpenProblem::CannotRead, {}};
        return nullptr;
    }
    std::unique_ptr<CallLogReader> r(new CallLogReader);
    r->options_ = options;
    r->impl_ = std::make_unique<Impl>();
    Impl& d = *r->impl_;
    d.stream = std::move(in);

    // encoding: from the first 64 KB
    std::string sample(64 * 1024, '\0');
    d.stream->read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<std::size_t>(d.stream->gcount()));
    d.stream->clear();
    d.stream->seekg(0);
    const std::string encoding = options.encoding.empty() ? detectEncoding(sample) : options.encoding;
    d.decoder = std::make_unique<TextDecoder>(*d.stream, encoding);
    if (!d.decoder->valid()) {
        error = {OpenProblem::UnknownEncoding, encoding};
        return nullptr;
    }
    r->summary_.encoding = encoding;

    // delimiter: from the first decoded piece, which is handed on to the CSV reader unchanged
    std::string first;
    bool more = d.decoder->read(first);
    const char delimiter = options.delimiter ? options.delimiter : detectDelimiter(first);
    r->summary_.delimiter = delimiter;
    auto pending = std::make_shared<std::string>(std::move(first));
    auto ended = std::make_shared<bool>(!more);
    TextDecoder* decoder = d.decoder.get();
    d.csv = std::make_unique<CsvReader>(
        [pending, ended, decoder](std::string& piece) {
            if (!pending->empty()) {
                piece.swap(*pending);
                pending->clear();
                return !*ended;
            }
            if (*ended)
                return false;
            const bool again = decoder->read(piece);
            *ended = !again;
            return again;
        },
        delimiter);

    // header
    std::vector<std::string_view> fields;
    do {
        if (!d.csv->next(fields)) {
            error = {OpenProblem::Empty, {}};
            return nullptr;
        }
    } while (fields.size() == 1 && trimmed(fields[0]).empty());
    for (auto f : fields)
        r->header_.emplace_back(trimmed(f));

    r->column_.fill(-1);
    auto columnOf = [&](const std::string& name) { return columnIndex(r->header_, name); };

    if (options.preset == Preset::Bank) {
        for (const char* required : {"date", "vru_entry", "vru_exit", "q_start", "q_time", "outcome",
                                     "ser_start", "ser_time", "type", "server", "customer_id"})
            if (columnOf(required) < 0) {
                error = {OpenProblem::PresetColumns, required};
                return nullptr;
            }
        r->summary_.dateFormat = DateFormat::Yymmdd;
        r->summary_.mapping = {{CallField::Arrival, "date + q_start (or ser_start)"},
                               {CallField::WaitSec, "q_time"},
                               {CallField::TalkSec, "ser_time"},
                               {CallField::Outcome, "outcome"},
                               {CallField::Queue, "type"},
                               {CallField::Agent, "server"},
                               {CallField::CustomerId, "customer_id"}};
    } else {
        // automatic mapping by header name, then the overrides
        r->column_ = autoMapColumns(r->header_);
        for (const CallField f : options.unmapped)
            r->column_[static_cast<int>(f)] = -1;
        for (const auto& [field, name] : options.map) {
            const int c = columnOf(name);
            if (c < 0) {
                error = {OpenProblem::UnknownColumn, name};
                return nullptr;
            }
            r->column_[static_cast<int>(field)] = c;
        }
        auto has = [&](CallField f) { return r->column_[static_cast<int>(f)] >= 0; };
        if (!has(CallField::Arrival)) {
            error = {OpenProblem::NoArrival, {}};
            return nullptr;
        }
        if (!has(CallField::Outcome) && !has(CallField::AnswerTime) && !has(CallField::TalkSec)) {
            error = {OpenProblem::NoOutcome, {}};
            return nullptr;
        }
        if (!has(CallField::WaitSec) && !(has(CallField::AnswerTime) && has(CallField::EndTime))) {
            error = {OpenProblem::NoWait, {}};
            return nullptr;
        }
        for (int f = 0; f < kCallFieldCount; ++f)
            if (r->column_[f] >= 0)
                r->summary_.mapping.emplace_back(static_cast<CallField>(f), r->header_[r->column_[f]]);

        // date format: from up to 200 rows, kept for next()
        std::vector<std::string> samples;
        const int arrivalColumn = r->column_[static_cast<int>(CallField::Arrival)];
        while (d.lookahead.size() < 200 && d.csv->next(fields)) {
            std::vector<std::string> row(fields.begin(), fields.end());
            if (arrivalColumn < static_cast<int>(row.size()))
                samples.push_back(row[arrivalColumn]);
            d.lookahead.emplace_back(d.csv->recordLine(), std::move(row));
        }
        if (options.dateFormat != DateFormat::Auto) {
            r->summary_.dateFormat = options.dateFormat;
        } else {
            const auto detected = detectDateFormatTolerant(samples);
            if (!detected && !samples.empty()) {
                error = {OpenProblem::NoDateFormat, samples.front()};
                return nullptr;
            }
            r->summary_.dateFormat = detected.value_or(DateFormat::Iso);
        }
    }
    r->lastColumn_ = *std::max_element(r->column_.begin(), r->column_.end());
    r->channels_.id("voice");
    return r;
}

void CallLogReader::rejectRow(RowProblem problem, const std::vector<std::string_view>& f)
{
    ++summary_.rejected;
    if (rejected_.size() >= options_.rejectedKept)
        return;
    RejectedRow row;
    row.line = impl_->line;
    row.problem = problem;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (i)
            row.record += summary_.delimiter;
        row.record += f[i];
    }
    row.record = clip(row.record, 2000);
    rejected_.push_back(std::move(row));
}

void CallLogReader::reject(CallField field, RowProblem problem, std::string_view text,
                           const std::vector<std::string_view>& f)
{
    rejectRow(problem, f);
    if (rejected_.empty() || rejected_.back().line != impl_->line ||
        summary_.rejected > static_cast<std::int64_t>(rejected_.size()))
        return;
    rejected_.back().field = field;
    const int c = column_[static_cast<int>(field)];
    rejected_.back().column =
        c >= 0 && c < static_cast<int>(header_.size()) ? header_[c] : std::string(callFieldName(field));
    rejected_.back().text = clip(text, 200);
}

bool CallLogReader::next(CallRecord& call)
{
    Impl& d = *impl_;
    for (;;) {
        if (!d.lookahead.empty()) {
            d.ownedRow = std::move(d.lookahead.front().second);
            d.line = d.lookahead.front().first;
            d.lookahead.pop_front();
            d.fields.assign(d.ownedRow.begin(), d.ownedRow.end());
            d.unclosed = false;
        } else {
            if (!d.csv->next(d.fields)) {
                summary_.invalidBytes = d.decoder->invalidSequences();
                return false;
            }
            d.line = d.csv->recordLine();
            d.unclosed = d.csv->lastRecordUnclosed();
        }
        if (d.fields.size() == 1 && trimmed(d.fields[0]).empty())
            continue; // blank line
        ++summary_.read;
        if (d.unclosed) {
            rejectRow(RowProblem::UnclosedQuote, d.fields);
            continue;
        }
        call = CallRecord{};
        call.line = d.line;
        const bool ok =
            options_.preset == Preset::Bank ? acceptBank(d.fields, call) : acceptGeneric(d.fields, call);
        if (ok) {
            ++summary_.accepted;
            return true;
        }
    }
}

void CallLogReader::rejectShortRow(const std::vector<std::string_view>& f)
{
    for (int k = 0; k < kCallFieldCount; ++k)
        if (column_[k] >= static_cast<int>(f.size())) {
            reject(static_cast<CallField>(k), RowProblem::FieldCount, "", f);
            return;
        }
}

bool CallLogReader::acceptGeneric(const std::vector<std::string_view>& f, CallRecord& call)
{
    // Runs for every row: the common values (plain seconds, ISO times, known words) take inline fast paths.
    if (lastColumn_ >= static_cast<int>(f.size())) {
        rejectShortRow(f);
        return false;
    }
    auto has = [&](CallField field) { return column_[static_cast<int>(field)] >= 0; };
    // the field's value without surrounding spaces; empty when the field is not mapped
    auto text = [&](CallField field) {
        const int c = column_[static_cast<int>(field)];
        return c < 0 ? std::string_view() : trimmed(f[static_cast<std::size_t>(c)]);
    };
    const DateFormat fmt = summary_.dateFormat;
    auto timestamp = [&](CallField field, bool required, std::optional<double>& out) -> bool {
        const std::string_view t = text(field);
        if (t.empty()) {
            if (required) {
                reject(field, RowProblem::Missing, "", f);
                return false;
            }
            return true;
        }
        out = parseTimestamp(t, fmt);
        if (!out) {
            reject(field, RowProblem::BadTimestamp, t, f);
            return false;
        }
        return true;
    };
    auto duration = [&](CallField field, std::optional<double>& out) -> bool {
        const std::string_view t = text(field);
        if (t.empty())
            return true;
        if (double v; plainDecimal(t, v)) { // never negative
            out = v;
            return true;
        }
        out = parseDuration(t);
        if (!out) {
            reject(field, RowProblem::BadDuration, t, f);
            return false;
        }
        if (*out < 0) {
            reject(field, RowProblem::NegativeDuration, t, f);
            return false;
        }
        return true;
    };

    std::optional<double> arrival, answerAt, endAt, wait, talk, hold, acw;
    if (!timestamp(CallField::Arrival, true, arrival) || !timestamp(CallField::AnswerTime, false, answerAt) ||
        !timestamp(CallField::EndTime, false, endAt) || !duration(CallField::WaitSec, wait) ||
        !duration(CallField::TalkSec, talk) || !duration(CallField::HoldSec, hold) ||
        !duration(CallField::AcwSec, acw))
        return false;

    // outcome: the column, else an answer time, else talk time
    if (const std::string_view o = text(CallField::Outcome); !o.empty()) {
        const int* known = outcomeWords_.find(o);
        if (!known) {
            outcomeWords_.add(o, static_cast<int>(outcomeOf(o)));
            known = outcomeWords_.find(o);
        }
        const auto w = static_cast<OutcomeWord>(*known);
        if (w == OutcomeWord::Other) {
            ++summary_.excluded[static_cast<int>(Exclusion::OtherOutcome)];
            return false;
        }
        call.outcome = w == OutcomeWord::Answered ? CallOutcome::Answered : CallOutcome::Abandoned;
    } else if (has(CallField::Outcome) && !has(CallField::AnswerTime) && !has(CallField::TalkSec)) {
        reject(CallField::Outcome, RowProblem::Missing, "", f);
        return false;
    } else if (has(CallField::AnswerTime)) {
        call.outcome = answerAt ? CallOutcome::Answered : CallOutcome::Abandoned;
    } else {
        call.outcome = talk && *talk > 0 ? CallOutcome::Answered : CallOutcome::Abandoned;
    }
    const bool answered = call.outcome == CallOutcome::Answered;

    // wait: the column, else answer - arrival (answered) or end - arrival (abandoned)
    if (!wait) {
        const std::optional<double> until = answered ? answerAt : endAt;
        if (!until) {
            reject(answered ? CallField::AnswerTime : CallField::EndTime, RowProblem::Missing, "", f);
            return false;
        }
        wait = *until - *arrival;
        if (*wait < 0) {
            reject(answered ? CallField::AnswerTime : CallField::EndTime, RowProblem::EndBeforeStart,
                   text(answered ? CallField::AnswerTime : CallField::EndTime), f);
            return false;
        }
    }
    // talk: the column, else end - answer
    if (!talk && answered && answerAt && endAt) {
        talk = *endAt - *answerAt;
        if (*talk < 0) {
            reject(CallField::EndTime, RowProblem::EndBeforeStart, text(CallField::EndTime), f);
            return false;
        }
    }
    call.arrival = *arrival;
    call.waitSec = *wait;
    call.talkSec = answered ? talk.value_or(0.0) : 0.0;
    call.holdSec = answered ? hold.value_or(0.0) : 0.0;
    call.acwSec = answered ? acw.value_or(0.0) : 0.0;

    call.queue = queues_.id(text(CallField::Queue));
    if (const std::string_view c = text(CallField::Channel); !c.empty()) {
        const int* known = channelWords_.find(c);
        if (!known) {
            channelWords_.add(c, channels_.id(lower(c)));
            known = channelWords_.find(c);
        }
        call.channel = *known;
    }
    if (const std::string_view a = text(CallField::Agent); !a.empty())
        call.agent = agents_.id(a);
    if (const std::string_view c = text(CallField::CustomerId); !c.empty())
        call.customer = customerKey(c);
    for (const CallField flagField : {CallField::Transferred, CallField::Resolved}) {
        const std::string_view t = text(flagField);
        if (t.empty())
            continue;
        const int* known = flagWords_.find(t);
        if (!known) {
            const auto parsed = flagOf(t);
            flagWords_.add(t, parsed ? *parsed : -1);
            known = flagWords_.find(t);
        }
        if (*known < 0) {
            reject(flagField, RowProblem::BadFlag, t, f);
            return false;
        }
        (flagField == CallField::Transferred ? call.transferred : call.resolved) =
            static_cast<std::int8_t>(*known);
    }
    if (const std::string_view c = text(CallField::Csat); !c.empty()) {
        const auto v = numberOf(c); // parseDecimal: plain numbers take its inline fast path
        if (!v || *v < 0) {
            reject(CallField::Csat, RowProblem::BadNumber, c, f);
            return false;
        }
        call.csat = static_cast<float>(*v);
    }
    return true;
}

bool CallLogReader::acceptBank(const std::vector<std::string_view>& f, CallRecord& call)
{
    // column positions by the preset's names (the files' own header)
    static const char* names[] = {"date",      "vru_entry", "vru_exit", "q_start", "q_time",     "outcome",
                                  "ser_start", "ser_time",  "type",     "server",  "customer_id"};
    enum { Date, VruEntry, VruExit, QStart, QTime, Outcome, SerStart, SerTime, Type, Server, Customer, N };
    std::array<int, N> c{};
    for (int k = 0; k < N; ++k)
        c[k] = static_cast<int>(std::find(header_.begin(), header_.end(), names[k]) - header_.begin());
    for (int k = 0; k < N; ++k)
        if (c[k] >= static_cast<int>(f.size())) {
            rejectRow(RowProblem::FieldCount, f);
            return false;
        }
    auto v = [&](int k) { return trimmed(f[c[k]]); };
    auto bankReject = [&](CallField field, int k, RowProblem p) {
        rejectRow(p, f);
        if (!rejected_.empty() && rejected_.back().line == impl_->line) {
            rejected_.back().field = field;
            rejected_.back().column = names[k];
            rejected_.back().text = clip(v(k), 200);
        }
        return false;
    };

    const std::string_view outcome = v(Outcome);
    if (outcome == "PHANTOM") { // "to be ignored" (documentation.pdf)
        ++summary_.excluded[static_cast<int>(Exclusion::Phantom)];
        return false;
    }
    const bool queued = v(QStart) != "0:00:00";
    if (outcome == "HANG" && !queued) { // left in the VRU, never asked for an agent
        ++summary_.excluded[static_cast<int>(Exclusion::NeverQueued)];
        return false;
    }
    if (outcome != "AGENT" && outcome != "HANG") {
        ++summary_.excluded[static_cast<int>(Exclusion::OtherOutcome)];
        return false;
    }
    const auto day = parseTimestamp(v(Date), DateFormat::Yymmdd);
    if (!day)
        return bankReject(CallField::Arrival, Date, RowProblem::BadTimestamp);
    const auto entry = parseClock(v(VruEntry));
    if (!entry)
        return bankReject(CallField::Arrival, VruEntry, RowProblem::BadTimestamp);
    // arrival at the agents' queue: queue start, or for calls served at once the service start (VRU exit if
    // none)
    int clockColumn = queued ? QStart : (v(SerStart) != "0:00:00" ? SerStart : VruExit);
    const auto clock = parseClock(v(clockColumn));
    if (!clock)
        return bankReject(CallField::Arrival, clockColumn, RowProblem::BadTimestamp);
    // clocks wrap past midnight while `date` stays the day of the VRU entry (SOURCE.md)
    call.arrival = *day + *clock + (*clock < *entry ? 86400.0 : 0.0);

    if (queued) {
        const auto wait = numberOf(v(QTime));
        if (!wait)
            return bankReject(CallField::WaitSec, QTime, RowProblem::BadDuration);
        if (*wait < 0)
            return bankReject(CallField::WaitSec, QTime, RowProblem::NegativeDuration);
        call.waitSec = *wait;
    }
    call.outcome = outcome == "AGENT" ? CallOutcome::Answered : CallOutcome::Abandoned;
    if (call.outcome == CallOutcome::Answered) {
        const auto talk = numberOf(v(SerTime));
        if (!talk)
            return bankReject(CallField::TalkSec, SerTime, RowProblem::BadDuration);
        if (*talk < 0)
            return bankReject(CallField::TalkSec, SerTime, RowProblem::NegativeDuration);
        call.talkSec = *talk;
    }
    call.queue = queues_.id(v(Type));
    if (v(Server) != "NO_SERVER" && !v(Server).empty())
        call.agent = agents_.id(v(Server));
    if (v(Customer) != "0" && !v(Customer).empty())
        call.customer = customerKey(v(Customer));
    return true;
}

void writeRejectedCsv(std::ostream& out, const std::vector<RejectedRow>& rows)
{
    auto quote = [](const std::string& s) { return csvQuoted(s, true); };
    out << "line,field,column,problem,value,record\n";
    for (const auto& r : rows)
        out << r.line << ',' << (r.field ? callFieldName(*r.field) : "") << ',' << quote(r.column) << ','
            << rowProblemName(r.problem) << ',' << quote(r.text) << ',' << quote(r.record) << '\n';
}

} // namespace staffplan
