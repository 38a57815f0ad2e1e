#include "core/csv_reader.hpp"

#include <array>
#include <map>

namespace staffplan {
namespace {
constexpr std::size_t kChunk = 1 << 20;
}

CsvReader::CsvReader(std::function<bool(std::string&)> source, char delimiter)
    : source_(std::move(source)), delimiter_(delimiter)
{
}

bool CsvReader::fill()
{
    if (eof_)
        return false;
    if (pos_ > 0) { // keep the unread tail only
        consumedTotal_ += pos_;
        buffer_.erase(0, pos_);
        pos_ = 0;
    }
    std::string piece;
    eof_ = !source_(piece);
    buffer_ += piece;
    if (first_ && (buffer_.size() >= 3 || eof_)) {
        if (buffer_.compare(0, 3, "\xEF\xBB\xBF") == 0)
            buffer_.erase(0, 3);
        first_ = false;
    }
    return !piece.empty() || !eof_;
}

bool CsvReader::next(std::vector<std::string_view>& fields)
{
    fields.clear();
    unquoted_.clear();
    unclosed_ = false;
    // Scan one record from pos_; when the buffer ends mid-record, read more and scan again from the record start.
    for (;;) {
        if (pos_ >= buffer_.size() && !fill())
            return false;
        if (first_ && buffer_.size() < 3 && !eof_) {
            fill();
            continue;
        }
        const std::size_t start = pos_;
        std::size_t i = start;
        int lines = 0;
        bool complete = false;
        std::vector<std::pair<std::size_t, std::size_t>> spans; // [begin, end) of raw fields
        std::vector<bool> quotedFlags;
        std::size_t fieldStart = i;
        bool quoted = false, inQuotes = false;
        while (i < buffer_.size()) {
            const char c = buffer_[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 >= buffer_.size() && !eof_)
                        break; // cannot tell "" from " yet
                    if (i + 1 < buffer_.size() && buffer_[i + 1] == '"')
                        ++i;
                    else
                        inQuotes = false;
                } else if (c == '\n') {
                    ++lines;
                }
                ++i;
                continue;
            }
            if (c == '"' && i == fieldStart) {
                quoted = inQuotes = true;
                ++i;
            } else if (c == delimiter_) {
                spans.emplace_back(fieldStart, i);
                quotedFlags.push_back(quoted);
                quoted = false;
                fieldStart = ++i;
            } else if (c == '\n' || c == '\r') {
                std::size_t end = i;
                if (c == '\r' && i + 1 >= buffer_.size() && !eof_)
                    break; // CR LF split across chunks
                if (c == '\r' && i + 1 < buffer_.size() && buffer_[i + 1] == '\n')
                    ++i;
                ++i;
                spans.emplace_back(fieldStart, end);
                quotedFlags.push_back(quoted);
                ++lines;
                complete = true;
                break;
            } else {
                ++i;
            }
        }
        if (!complete) {
            if (!eof_ && buffer_.size() - start < (64u << 20)) { // a record may not exceed 64 MB
                fill(); // moves the buffer: scan the record again from its start
                continue;
            }
            if (i == start && spans.empty())
                return false;
            spans.emplace_back(fieldStart, buffer_.size());
            quotedFlags.push_back(quoted);
            unclosed_ = inQuotes;
            i = buffer_.size();
        }
        recordLine_ = line_;
        line_ += lines;
        pos_ = i;
        for (std::size_t f = 0; f < spans.size(); ++f) {
            std::string_view raw(buffer_.data() + spans[f].first, spans[f].second - spans[f].first);
            if (!quotedFlags[f]) {
                fields.push_back(raw);
                continue;
            }
            // strip the quotes; text after the closing quote (malformed) is kept as is
            std::string text;
            text.reserve(raw.size());
            bool open = false;
            for (std::size_t k = 0; k < raw.size(); ++k) {
                if (raw[k] == '"') {
                    if (open && k + 1 < raw.size() && raw[k + 1] == '"') {
                        text += '"';
                        ++k;
                    } else {
                        open = !open;
                    }
                } else {
                    text += raw[k];
                }
            }
            unquoted_.push_back(std::move(text));
            fields.emplace_back(); // filled below, once unquoted_ stops moving
        }
        // point the unquoted fields at their storage
        std::size_t u = 0;
        for (std::size_t f = 0; f < spans.size(); ++f)
            if (quotedFlags[f])
                fields[f] = unquoted_[u++];
        return true;
    }
}

char detectDelimiter(std::string_view sample)
{
    constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    for (const char d : candidates) {
        std::map<int, int> counts; // fields per line -> lines
        int lines = 0;
        std::size_t begin = 0;
        bool inQuotes = false;
        int fields = 1;
        for (std::size_t i = 0; i < sample.size() && lines < 20; ++i) {
            const char c = sample[i];
            if (c == '"')
                inQuotes = !inQuotes;
            else if (!inQuotes && c == d)
                ++fields;
            else if (!inQuotes && c == '\n') {
                if (i > begin + 1)
                    ++counts[fields], ++lines;
                fields = 1;
                begin = i;
            }
        }
        if (lines == 0 && fields > 1)
            counts[fields] = 1, lines = 1;
        if (counts.empty())
            continue;
        // score: fields of the most common count, weighted by how many lines agree
        int modeFields = 1, modeLines = 0;
        for (const auto& [f, n] : counts)
            if (n > modeLines || (n == modeLines && f > modeFields))
                modeFields = f, modeLines = n;
        const double score = modeFields > 1 ? (modeFields - 1) * static_cast<double>(modeLines) / lines : 0.0;
        if (score > bestScore)
            bestScore = score, best = d;
    }
    return best;
}

} // namespace staffplan
