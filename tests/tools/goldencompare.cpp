// SPDX-License-Identifier: MIT
// tf_golden_compare EXPECTED ACTUAL [--rtol R] [--atol A]
//
// Compares two outputs of the CLI (text, CSV or JSON alike) the way a planner reads them: the
// words must be the same, character for character, and every number must agree within a stated
// tolerance, |a - b| <= max(rtol * max(|a|, |b|), atol). A harmless change in a figure's last
// digits passes; a real change, a changed word or a number more or less fails. Exit 0 when they
// agree, 1 when they do not (the first difference is printed), 2 on a usage or file error.
// tests/README.md says how the golden tests use it.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The defaults of every golden case; a case may loosen them in its `tolerance` file, with a reason.
constexpr double kDefaultRtol = 1e-9;  // relative: far below any displayed digit
constexpr double kDefaultAtol = 1e-12; // absolute, for values that should be zero (solver noise)

struct Token
{
    bool number = false;
    std::string text; ///< the characters as written
    double value = 0; ///< numbers only
    int line = 1;     ///< where it starts
};

bool identifierChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
}

bool digit(const std::string &s, size_t i)
{
    return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
}

// The length of a number starting at i ([-+]digits[.digits][e[-+]digits]), or 0. A number must
// stand apart from words: "s2", "llama2-70b" and "v1.2" stay text, "4e8", "-0.5" and "$12.3" are
// numbers.
size_t numberAt(const std::string &s, size_t i)
{
    if (i > 0 && identifierChar(s[i - 1]))
        return 0;
    size_t j = i;
    if (s[j] == '-' || s[j] == '+')
        ++j;
    const size_t mantissa = j;
    while (digit(s, j))
        ++j;
    if (j < s.size() && s[j] == '.' && digit(s, j + 1)) {
        ++j;
        while (digit(s, j))
            ++j;
    }
    if (j == mantissa || (j == mantissa + 1 && s[mantissa] == '.'))
        return 0;
    if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
        size_t k = j + 1;
        if (k < s.size() && (s[k] == '-' || s[k] == '+'))
            ++k;
        if (digit(s, k)) {
            while (digit(s, k))
                ++k;
            j = k;
        }
    }
    if (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '_'))
        return 0; // "70b", "2x": part of a word
    return j - i;
}

std::vector<Token> tokens(const std::string &s)
{
    std::vector<Token> out;
    int line = 1;
    auto text = [&](char c) {
        if (out.empty() || out.back().number)
            out.push_back({false, {}, 0, line});
        out.back().text += c;
    };
    for (size_t i = 0; i < s.size();) {
        if (const size_t n = numberAt(s, i)) {
            Token t{true, s.substr(i, n), 0, line};
            t.value = std::strtod(t.text.c_str(), nullptr);
            out.push_back(std::move(t));
            i += n;
            continue;
        }
        text(s[i]);
        if (s[i] == '\n')
            ++line;
        ++i;
    }
    return out;
}

bool close(double a, double b, double rtol, double atol)
{
    if (a == b)
        return true;
    if (!std::isfinite(a) || !std::isfinite(b))
        return false;
    return std::abs(a - b) <= std::max(rtol * std::max(std::abs(a), std::abs(b)), atol);
}

bool readFile(const char *path, std::string &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

std::string lineOf(const std::string &s, int line)
{
    size_t start = 0;
    for (int l = 1; l < line && start != std::string::npos; ++l) {
        start = s.find('\n', start);
        if (start != std::string::npos)
            ++start;
    }
    if (start == std::string::npos || start > s.size())
        return {};
    return s.substr(start, s.find('\n', start) - start);
}

int usage()
{
    std::fputs("usage: tf_golden_compare EXPECTED ACTUAL [--rtol R] [--atol A]\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return usage();
    double rtol = kDefaultRtol, atol = kDefaultAtol;
    for (int i = 3; i < argc; ++i) {
        const std::string flag = argv[i];
        if ((flag != "--rtol" && flag != "--atol") || i + 1 >= argc)
            return usage();
        char *end = nullptr;
        const double v = std::strtod(argv[++i], &end);
        if (!end || *end || !(v >= 0) || !std::isfinite(v))
            return usage();
        (flag == "--rtol" ? rtol : atol) = v;
    }
    std::string expected, actual;
    if (!readFile(argv[1], expected) || !readFile(argv[2], actual)) {
        std::fprintf(stderr, "tf_golden_compare: cannot read %s or %s\n", argv[1], argv[2]);
        return 2;
    }
    if (expected == actual)
        return 0;
    const std::vector<Token> e = tokens(expected), a = tokens(actual);
    // Reports token i; within text, at the line of the first character that differs.
    auto differ = [&](size_t i, const std::string &why) {
        int le = i < e.size() ? e[i].line : e.empty() ? 1 : e.back().line;
        int la = i < a.size() ? a[i].line : a.empty() ? 1 : a.back().line;
        if (i < e.size() && i < a.size() && !e[i].number && !a[i].number) {
            const std::string &x = e[i].text, &y = a[i].text;
            size_t k = 0;
            while (k < x.size() && k < y.size() && x[k] == y[k])
                ++k;
            const int down = int(std::count(x.begin(), x.begin() + long(k), '\n'));
            le += down;
            la += down;
        }
        std::printf("line %d: %s\n  expected: %s\n  actual:   %s\n",
                    la,
                    why.c_str(),
                    lineOf(expected, le).c_str(),
                    lineOf(actual, la).c_str());
        return 1;
    };
    for (size_t i = 0; i < e.size() && i < a.size(); ++i) {
        if (e[i].number != a[i].number || (!e[i].number && e[i].text != a[i].text))
            return differ(i, "the text differs");
        if (e[i].number && !close(e[i].value, a[i].value, rtol, atol)) {
            char why[256];
            std::snprintf(why,
                          sizeof why,
                          "%s where %s was expected: beyond rtol %g, atol %g",
                          a[i].text.c_str(),
                          e[i].text.c_str(),
                          rtol,
                          atol);
            return differ(i, why);
        }
    }
    if (e.size() != a.size())
        return differ(std::min(e.size(), a.size()),
                      a.size() > e.size() ? "the output goes on where the expected one ends"
                                          : "the output ends where the expected one goes on");
    return 0;
}
