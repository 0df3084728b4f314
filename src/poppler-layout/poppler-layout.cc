// poppler-layout: one Poppler pass over a PDF giving what Extractor's PDF loader needs.
//
// It writes the XHTML `pdftotext -bbox-layout` writes (pages, flows, blocks, lines and words with their boxes, and the
// metadata title), from the same TextOutputDev with the same settings, so the text, the reading order and the boxes
// are pdftotext's own. With -lines each line is written whole instead of word by word, with its font:
//   <line xMin=".." yMin=".." xMax=".." yMax=".." size="11" bold="1">the line's words, one space apart</line>
// size: the font size (rounded to whole points, as pdftohtml reports it) covering most of the line's width; bold: whether
// most of its width is set in a bold font (by the font's flag or its name). That replaces the second pass (pdftohtml
// -xml) the loader otherwise runs for font sizes and bold, and is a seventh of the bytes to pass on and parse.
//
// Usage: poppler-layout [-lines] [-f first] [-l last] [-opw password] [-upw password] [-stats] file.pdf
// Output goes to stdout (UTF-8). Exit codes follow pdftotext: 0 ok, 1 cannot open, 99 usage. Like pdftotext, it reads
// files whose permissions forbid copying text (pdftotext checks them only when compiled with ENFORCE_PERMISSIONS, which
// Poppler leaves undefined), so that the one pass reads every file the two passes read.
// Poppler's own messages (damaged objects, wrong passwords) go to stderr unchanged.
//
// Build: g++ -O2 -std=c++20 poppler-layout.cc $(pkg-config --cflags --libs poppler) -o poppler-layout
// (Debian: apt-get install g++ pkg-config libpoppler-private-dev). src/Extractor/Extractor.csproj builds it when it can.

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <map>
#include <cmath>
#include <cctype>
#include <algorithm>

#include <GfxState.h>
#include <GlobalParams.h>
#include <goo/GooString.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>
#include <PDFDocEncoding.h>
#include <UnicodeMapFuncs.h>

namespace {

// Appends text with XML's five special characters escaped, as pdftotext does.
void appendEscaped(std::string &out, const char *text)
{
    for (const char *c = text; *c; ++c) {
        switch (*c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += *c;
        }
    }
}

void appendNumber(std::string &out, const char *format, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    out += buffer;
}

// The document's metadata title as UTF-8. A PDF text string is UTF-16 after a byte-order mark, else PDFDocEncoding
// (PDF 32000-1, 7.9.2.2). Decoded here rather than by Poppler's TextStringToUCS4, whose signature changed (Poppler 25
// returns a vector), so that the helper compiles against either. As pdftotext, NULs are left out (a UTF-16 title
// written without its byte-order mark reads as its letters); a lone UTF-16 surrogate becomes U+FFFD.
std::string title(PDFDoc &doc)
{
    const std::unique_ptr<GooString> raw = doc.getDocInfoTitle();
    if (!raw) return {};
    const std::string &bytes = raw->toStr();
    const auto byte = [&](std::size_t i) -> Unicode { return static_cast<unsigned char>(bytes[i]); };
    std::string utf8;
    char buffer[8];
    const auto append = [&](Unicode u) {
        if (u != 0) utf8.append(buffer, mapUTF8(u, buffer, sizeof buffer));
    };
    const bool bigEndian = bytes.size() >= 2 && byte(0) == 0xfe && byte(1) == 0xff;
    const bool littleEndian = bytes.size() >= 2 && byte(0) == 0xff && byte(1) == 0xfe;
    if (!bigEndian && !littleEndian) {
        for (std::size_t i = 0; i < bytes.size(); ++i) append(pdfDocEncoding[byte(i)]);
        return utf8;
    }
    const auto unit = [&](std::size_t i) { return bigEndian ? byte(i) << 8 | byte(i + 1) : byte(i + 1) << 8 | byte(i); };
    const auto high = [](Unicode u) { return u >= 0xd800 && u < 0xdc00; };
    const auto low = [](Unicode u) { return u >= 0xdc00 && u < 0xe000; };
    for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
        const Unicode u = unit(i);
        if (high(u) && i + 3 < bytes.size() && low(unit(i + 2))) {
            append(0x10000 + ((u - 0xd800) << 10) + (unit(i + 2) - 0xdc00));
            i += 2;
        } else append(high(u) || low(u) ? 0xfffd : u);
    }
    return utf8;
}

// Whether a font is bold by its name, where the descriptor's flag is often missing: the same rule as the loader's
// FontNames.IsBold (Loading/Pdf/PopplerFonts.cs) applies to pdftohtml's font names, and the two must agree.
bool boldByName(std::string name)
{
    for (char &c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // Where a word ends, as the regex's \b sees it: a byte past ASCII starts or continues a letter (as .NET's \w counts
    // é or ñ) in a UTF-8 name, and in a name in a one-byte encoding is most often one too.
    auto endsWord = [&](std::size_t at) {
        if (at >= name.size()) return true;
        const auto c = static_cast<unsigned char>(name[at]);
        return !(std::isalnum(c) || c == '_' || c >= 0x80);
    };
    for (const char *part : { "bold", "black", "heavy", "demi" })
        if (name.find(part) != std::string::npos) return true;
    for (std::size_t at = name.find("-medi"); at != std::string::npos; at = name.find("-medi", at + 1)) {
        const std::size_t after = at + 5;
        if (endsWord(after)) return true;
        if (name.compare(after, 2, "um") == 0 && endsWord(after + 2)) return true;
        if (name.compare(after, 4, "ital") == 0 && endsWord(after + 4)) return true;
    }
    for (std::size_t at = name.find(",b"); at != std::string::npos; at = name.find(",b", at + 1))
        if (endsWord(at + 2)) return true;
    return false;
}

class Writer
{
public:
    explicit Writer(bool lines) : lines_(lines) { }

    void line(const TextLine *line)
    {
        words_.clear();
        sizes_.clear();
        double lineXMin = 0, lineYMin = 0, lineXMax = 0, lineYMax = 0, width = 0, boldWidth = 0;
        for (const TextWord *word = line->getWords(); word; word = word->getNext()) {
            double xMin, yMin, xMax, yMax;
            word->getBBox(&xMin, &yMin, &xMax, &yMax);
            // The line's box as pdftotext computes it: 0 counts as unset.
            if (lineXMin == 0 || lineXMin > xMin) lineXMin = xMin;
            if (lineYMin == 0 || lineYMin > yMin) lineYMin = yMin;
            if (lineXMax < xMax) lineXMax = xMax;
            if (lineYMax < yMax) lineYMax = yMax;
            std::unique_ptr<GooString> text(word->getText());
            if (lines_) {
                if (!words_.empty()) words_ += ' ';
                appendEscaped(words_, text->c_str());
                if (word->getLength() == 0) continue;
                const double w = std::max(xMax - xMin, 0.01);
                sizes_[std::round(word->getFontSize())] += w;
                width += w;
                if (bold(word->getFontInfo(0))) boldWidth += w;
                continue;
            }
            words_ += "          <word xMin=\"";
            appendNumber(words_, "%f", xMin);
            words_ += "\" yMin=\"";
            appendNumber(words_, "%f", yMin);
            words_ += "\" xMax=\"";
            appendNumber(words_, "%f", xMax);
            words_ += "\" yMax=\"";
            appendNumber(words_, "%f", yMax);
            words_ += "\">";
            appendEscaped(words_, text->c_str());
            words_ += "</word>\n";
        }
        if (!lines_) {
            std::printf("        <line xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" yMax=\"%f\">\n", lineXMin, lineYMin, lineXMax, lineYMax);
            std::fputs(words_.c_str(), stdout);
            std::fputs("        </line>\n", stdout);
            return;
        }
        std::printf("        <line xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" yMax=\"%f\"", lineXMin, lineYMin, lineXMax, lineYMax);
        if (!sizes_.empty()) {
            // The size covering most of the width; of equal widths, the first in size order.
            double size = 0, most = -1;
            for (const auto &[s, w] : sizes_)
                if (w > most) size = s, most = w;
            std::printf(" size=\"%g\" bold=\"%d\"", size, boldWidth > width / 2 ? 1 : 0);
        }
        std::printf(">%s</line>\n", words_.c_str());
    }

private:
    // Bold fonts, decided once per font (Poppler's font records live as long as their page, so they are keyed by name).
    bool bold(const TextFontInfo *font)
    {
        std::string key = font->isBold() ? "1" : "0";
        if (font->getFontName()) key += font->getFontName()->toStr();
        const auto found = bold_.find(key);
        if (found != bold_.end()) return found->second;
        const bool isBold = font->isBold() || boldByName(key.substr(1));
        bold_.emplace(key, isBold);
        return isBold;
    }

    bool lines_;
    std::string words_;
    std::map<double, double> sizes_;
    std::unordered_map<std::string, bool> bold_;
};

int displayProfilesSkipped = 0;

int usage()
{
    std::fputs("usage: poppler-layout [-lines] [-f first] [-l last] [-opw password] [-upw password] [-stats] file.pdf\n", stderr);
    return 99;
}

} // namespace

#ifdef USE_CMS
// Colour management is of no use to text extraction, yet for a document with an output intent (PDF/A: gazettes and many
// official reports) Poppler's Gfx makes the intent's ICC profile the display profile of every page it reads
// (Gfx::initDisplayProfile), and GfxState::setDisplayProfile builds four colour transforms from it each time: with
// tabulated tone curves, about 12 ms a page. pdftotext pays that too (the BOE gazette: 367 ms, 42 ms without it). This
// definition interposes libpoppler's, as an executable's symbols come first in the dynamic linker's lookup, so every
// page is read as in a document without an output intent; the text and the boxes do not depend on colour (pdftotext's
// output of the 34 shared PDFs, byte for byte, is tested). Were a Poppler build to bind the call inside the library
// (-Bsymbolic), Poppler's own definition would run instead: slower, and the same output. `-stats` reports the skips.
// The one message this drops is Poppler's warning about an output-intent profile it cannot make transforms from.
void GfxState::setDisplayProfile(const GfxLCMSProfilePtr &)
{
    ++displayProfilesSkipped;
}
#endif

int main(int argc, char *argv[])
{
    bool lines = false, stats = false;
    int first = 1, last = 0;
    std::optional<GooString> ownerPassword, userPassword;
    const char *file = nullptr;
    // -is-bold NAME: whether a font of that name counts as bold, to test that the rule agrees with the loader's.
    if (argc == 3 && std::string(argv[1]) == "-is-bold") {
        std::printf("%d\n", boldByName(argv[2]) ? 1 : 0);
        return 0;
    }
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "-lines") lines = true;
        else if (argument == "-stats") stats = true;
        else if (argument == "-f" && hasValue) first = std::atoi(argv[++i]);
        else if (argument == "-l" && hasValue) last = std::atoi(argv[++i]);
        else if (argument == "-opw" && hasValue) ownerPassword = GooString(argv[++i]);
        else if (argument == "-upw" && hasValue) userPassword = GooString(argv[++i]);
        else if (!file && argument.size() > 0 && argument[0] != '-') file = argv[i];
        else return usage();
    }
    if (!file) return usage();

    globalParams = std::make_unique<GlobalParams>();
    globalParams->setTextEncoding("UTF-8");

    PDFDoc doc(std::make_unique<GooString>(file), ownerPassword, userPassword);
    if (!doc.isOk()) return 1;
    if (first < 1) first = 1;
    if (last < 1 || last > doc.getNumPages()) last = doc.getNumPages();
    if (last < first) {
        std::fprintf(stderr, "Command Line Error: Wrong page range given: the first page (%d) can not be after the last page (%d).\n", first, last);
        return 99;
    }

    std::string head = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n";
    // As pdftotext: a title element when the document has an information dictionary, empty when it has no title.
    if (doc.getDocInfo().isDict()) {
        head += "<title>";
        appendEscaped(head, title(doc).c_str());
        head += "</title>\n";
    }
    head += "</head>\n<body>\n<doc>\n";
    std::fputs(head.c_str(), stdout);

    TextOutputDev text(nullptr, false, 0, false, false, false);
    if (!text.isOk()) return 1;
    Writer writer(lines);
    for (int page = first; page <= last; ++page) {
        std::printf("  <page width=\"%f\" height=\"%f\">\n", doc.getPageMediaWidth(page), doc.getPageMediaHeight(page));
        doc.displayPage(&text, page, 72, 72, 0, true, false, false);
        for (const TextFlow *flow = text.getFlows(); flow; flow = flow->getNext()) {
            std::fputs("    <flow>\n", stdout);
            for (const TextBlock *block = flow->getBlocks(); block; block = block->getNext()) {
                double xMin, yMin, xMax, yMax;
                block->getBBox(&xMin, &yMin, &xMax, &yMax);
                std::printf("      <block xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" yMax=\"%f\">\n", xMin, yMin, xMax, yMax);
                for (const TextLine *line = block->getLines(); line; line = line->getNext()) writer.line(line);
                std::fputs("      </block>\n", stdout);
            }
            std::fputs("    </flow>\n", stdout);
        }
        std::fputs("  </page>\n", stdout);
    }
    std::fputs("</doc>\n</body>\n</html>\n", stdout);
    // -stats: what the run skipped, on stderr, for tests (see GfxState::setDisplayProfile above).
    if (stats) std::fprintf(stderr, "display profiles skipped: %d\n", displayProfilesSkipped);
    return 0;
}
