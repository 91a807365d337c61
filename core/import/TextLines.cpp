#include "core/import/TextLines.h"

namespace splitroute::core::textlines {

std::vector<Line> splitLines(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<Line> lines;
    int number = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        lines.push_back({text.substr(start, i - start), number++});
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.push_back({text.substr(start), number});
    return lines;
}

std::vector<Token> tokenize(std::string_view line) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        tokens.push_back({line.substr(start, i - start), columnOf(line, start)});
    }
    return tokens;
}

int columnOf(std::string_view line, std::size_t offset) {
    int column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) // not a continuation byte
            ++column;
    return column;
}

std::pair<int, int> lineColumnOf(std::string_view text, std::size_t offset) {
    if (offset > text.size())
        offset = text.size();
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, columnOf(text.substr(lineStart), offset - lineStart)};
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool startsWithSpace(std::string_view s) {
    return !s.empty() && (s.front() == ' ' || s.front() == '\t');
}

Diagnostic diagnostic(Severity severity, std::string code, std::string message,
                      const std::string& file, int line, int column) {
    return Diagnostic{severity, std::move(code), std::move(message), {file, line, column}};
}

} // namespace splitroute::core::textlines
