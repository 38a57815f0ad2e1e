#include "core/log_preview.hpp"

#include "core/csv_reader.hpp"
#include "core/text_decoding.hpp"
#include "core/text_util.hpp"

#include <fstream>

namespace staffplan {

std::optional<LogPreview> previewLog(const std::string& path, const ReadOptions& options, std::size_t maxRows,
                                     OpenError& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = {OpenProblem::CannotRead, path};
        return std::nullopt;
    }
    LogPreview p;
    std::string sample(64 * 1024, '\0');
    in.read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    p.encoding = options.encoding.empty() ? detectEncoding(sample) : options.encoding;
    TextDecoder decoder(in, p.encoding);
    if (!decoder.valid()) {
        error = {OpenProblem::UnknownEncoding, p.encoding};
        return std::nullopt;
    }
    std::string first;
    bool more = decoder.read(first);
    p.delimiter = options.delimiter ? options.delimiter : detectDelimiter(first);
    bool firstGiven = false;
    CsvReader csv(
        [&](std::string& piece) {
            if (!firstGiven) {
                firstGiven = true;
                piece.swap(first);
                return more;
            }
            return more = decoder.read(piece);
        },
        p.delimiter);

    std::vector<std::string_view> fields;
    do {
        if (!csv.next(fields)) {
            error = {OpenProblem::Empty, {}};
            return std::nullopt;
        }
    } while (fields.size() == 1 && trimmed(fields[0]).empty());
    for (auto f : fields)
        p.header.emplace_back(trimmed(f));

    p.column = autoMapColumns(p.header);
    for (const CallField f : options.unmapped)
        p.column[static_cast<int>(f)] = -1;
    for (const auto& [field, name] : options.map) {
        const int c = columnIndex(p.header, name);
        if (c < 0) {
            error = {OpenProblem::UnknownColumn, name};
            return std::nullopt;
        }
        p.column[static_cast<int>(field)] = c;
    }

    // the date format from up to 200 rows, as the reader detects it
    const int arrival = p.column[static_cast<int>(CallField::Arrival)];
    std::vector<std::string> samples;
    for (std::size_t n = 0; n < std::max<std::size_t>(maxRows, 200) && csv.next(fields); ++n) {
        if (n < maxRows)
            p.rows.emplace_back(fields.begin(), fields.end());
        if (arrival >= 0 && arrival < static_cast<int>(fields.size()))
            samples.emplace_back(fields[arrival]);
    }
    if (options.dateFormat != DateFormat::Auto)
        p.dateFormat = options.dateFormat;
    else if (const auto detected = detectDateFormatTolerant(samples))
        p.dateFormat = *detected;
    return p;
}

} // namespace staffplan
