#include "core/csv_reader.hpp"

#include <array>
#include <cstring>
#include <map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace staffplan {
namespace {

#if defined(__SSE2__)
// A bit for each of the 16 bytes at `p` that is one of the three bytes broadcast in a, b, c (SSE2: every
// x86-64 CPU).
inline unsigned matches16(const char* p, __m128i a, __m128i b, __m128i c)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    return static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, a), _mm_cmpeq_epi8(v, b)), _mm_cmpeq_epi8(v, c))));
}
#endif

// The first byte at or after `from` that ends an unquoted field (the delimiter, CR or LF), or `size`: 16
// bytes at a time where SSE2 is there; most fields end within the first 16.
inline std::size_t fieldEnd(const char* data, std::size_t from, std::size_t size, char delimiter,
                            const bool (&special)[256])
{
    std::size_t end = from;
#if defined(__SSE2__)
    const __m128i delim = _mm_set1_epi8(delimiter), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    for (; end + 16 <= size; end += 16)
        if (const unsigned bits = matches16(data + end, delim, lf, cr))
            return end + static_cast<std::size_t>(__builtin_ctz(bits));
#else
    (void)delimiter;
#endif
    while (end < size && !special[static_cast<unsigned char>(data[end])])
        ++end;
    return end;
}

} // namespace
CsvReader::CsvReader(std::function<bool(std::string&)> source, char delimiter)
    : source_(std::move(source)), delimiter_(delimiter)
{
    for (const char c : {delimiter, '\r', '\n'})
        special_[static_cast<unsigned char>(c)] = true;
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
    std::string& piece = piece_;
    eof_ = !source_(piece);
    buffer_ += piece;
    if (first_ && (buffer_.size() >= 3 || eof_)) {
        if (buffer_.compare(0, 3, "\xEF\xBB\xBF") == 0)
            buffer_.erase(0, 3);
        first_ = false;
    }
    return !piece.empty() || !eof_;
}

// A record without quotes or lone CRs, wholly in the buffer (nearly every record of a log): its field ends
// found 16 bytes at a time (SSE2: a bit per delimiter, quote, CR or LF) and walked bit by bit.  False, with
// nothing consumed, for anything else; next() then reads the record the general way.
bool CsvReader::plainRecord(std::vector<std::string_view>& fields)
{
#if defined(__SSE2__)
    const char* data = buffer_.data();
    const std::size_t size = buffer_.size();
    std::size_t start = pos_; // of the current field
    const __m128i delim = _mm_set1_epi8(delimiter_), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                  quote = _mm_set1_epi8('"');
    for (std::size_t block = pos_; block + 16 <= size; block += 16) {
        // field ends and line breaks, and quotes (which send the record the general way)
        unsigned bits = matches16(data + block, delim, lf, cr) | matches16(data + block, quote, quote, quote);
        for (; bits; bits &= bits - 1) {
            const std::size_t at = block + static_cast<std::size_t>(__builtin_ctz(bits));
            const char c = data[at];
            if (c == delimiter_) {
                fields.emplace_back(data + start, at - start);
                start = at + 1;
                continue;
            }
            std::size_t after = at + 1; // of the line break
            if (c == '\r' && at + 1 < size && data[at + 1] == '\n') {
                after = at + 2;
            } else if (c != '\n') { // a quote, a lone CR, or CR LF across the buffer's end
                fields.clear();
                return false;
            }
            fields.emplace_back(data + start, at - start);
            recordLine_ = line_++;
            pos_ = after;
            return true;
        }
    }
    fields.clear();
    return false;
#else
    (void)fields;
    return false;
#endif
}

bool CsvReader::next(std::vector<std::string_view>& fields)
{
    // One pass over the record: unquoted fields are views into the buffer; a quoted field is a view too
    // unless it holds "" (then it is unescaped into unquoted_).  When the buffer ends inside the record and
    // more text may come, read more and scan the record again from its start.
    for (;;) {
        fields.clear();
        if (!unquoted_.empty())
            unquoted_.clear();
        unclosed_ = false;
        if (pos_ >= buffer_.size() && !fill())
            return false;
        if (first_ && !eof_) {
            fill();
            continue;
        }
        if (plainRecord(fields))
            return true;
        const char* data = buffer_.data();
        const std::size_t size = buffer_.size();
        std::size_t i = pos_;
        int lines = 0;
        bool incomplete = false, done = false;
        while (!done) {
            std::size_t end; // first byte after the field
            if (i < size && data[i] == '"') {
                std::size_t j = i + 1;
                std::string* text = nullptr;
                std::size_t segment = j;
                bool closed = false;
                while (j < size) {
                    const void* hit = std::memchr(data + j, '"', size - j);
                    const std::size_t q =
                        hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - data) : size;
                    for (const char* nl = static_cast<const char*>(std::memchr(data + j, '\n', q - j)); nl;
                         nl = static_cast<const char*>(std::memchr(nl + 1, '\n', data + q - nl - 1)))
                        ++lines;
                    if (q >= size) {
                        j = size;
                        break;
                    }
                    if (q + 1 >= size && !eof_) { // "" or " at the very end: cannot tell yet
                        j = size;
                        break;
                    }
                    if (q + 1 < size && data[q + 1] == '"') { // escaped quote
                        if (!text)
                            text = &unquoted_.emplace_back();
                        text->append(data + segment, q + 1 - segment);
                        segment = j = q + 2;
                        continue;
                    }
                    closed = true;
                    j = q;
                    break;
                }
                if (!closed) {
                    if (!eof_) {
                        incomplete = true;
                        break;
                    }
                    unclosed_ = true; // take the rest of the file as the field
                }
                std::string_view value(data + segment, j - segment);
                if (text) {
                    text->append(value);
                    value = *text;
                }
                end = closed ? j + 1 : size;
                // text after the closing quote (malformed) is kept with the field
                std::size_t k = end;
                while (k < size && !special_[static_cast<unsigned char>(data[k])])
                    ++k;
                if (k > end) {
                    std::string& joined = unquoted_.emplace_back(value);
                    joined.append(data + end, k - end);
                    value = joined;
                }
                end = k;
                fields.push_back(value);
            } else {
                end = fieldEnd(data, i, size, delimiter_, special_);
                fields.emplace_back(data + i, end - i);
            }
            if (end >= size) {
                if (!eof_) {
                    incomplete = true;
                    break;
                }
                i = size;
                ++lines;
                done = true;
            } else if (data[end] == delimiter_) {
                i = end + 1;
            } else { // CR, LF or CR LF
                if (data[end] == '\r' && end + 1 >= size && !eof_) {
                    incomplete = true;
                    break;
                }
                i = end + ((data[end] == '\r' && end + 1 < size && data[end + 1] == '\n') ? 2 : 1);
                ++lines;
                done = true;
            }
        }
        if (incomplete && buffer_.size() - pos_ < (64u << 20)) {
            fill();
            continue;
        }
        recordLine_ = line_;
        line_ += lines;
        pos_ = i;
        return true;
    }
}

std::string csvQuoted(std::string_view text, bool always)
{
    if (!always && text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string q = "\"";
    for (const char ch : text)
        q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + '"';
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
