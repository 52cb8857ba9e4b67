// SPDX-License-Identifier: MIT
// The fuzz smoke of `make test` (issue 21; tests/README.md, "Fuzzing"): a fuzz target's entry
// point, built with the normal compiler and no sanitizer, driven by this small replacement for
// libFuzzer. It replays the target's corpus, then runs mutants of it (bytes flipped, inserted,
// deleted, repeated, numbers swapped for the ends of their ranges, inputs spliced) from a fixed
// seed, up to a count or a time limit. A target aborts on a broken promise; the input that did
// it is written to `fuzz-smoke-crash-TARGET` in the working folder, for `make fuzz` to replay.
//
//   tf_fuzz_smoke_TARGET CORPUS_DIR MAX_RUNS MAX_SECONDS
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace {

const std::string *g_current = nullptr; // the input being run, for the crash handler
char g_crashPath[256] = "fuzz-smoke-crash";

extern "C" void onCrash(int sig)
{
    // Only async-signal-safe calls: the input goes to a file, then the default action.
    if (g_current) {
        const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            ssize_t ignored = ::write(fd, g_current->data(), g_current->size());
            (void)ignored;
            ::close(fd);
        }
        const char note[] = "fuzz smoke: a target broke its promise; the input is in ";
        ssize_t ignored = ::write(2, note, sizeof note - 1);
        ignored = ::write(2, g_crashPath, std::strlen(g_crashPath));
        ignored = ::write(2, "\n", 1);
        (void)ignored;
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void run(const std::string &input)
{
    g_current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
    g_current = nullptr;
}

// Numbers a fuzzer would reach for: the ends of valid ranges, and past them.
const char *const kNumbers[] = {"0",
                                "-1",
                                "1e-12",
                                "1e12",
                                "1e18",
                                "1e19",
                                "1e308",
                                "1e-310",
                                "-0",
                                "1.0000000000001",
                                "4294967296",
                                "NaN",
                                "-1e308",
                                "2",
                                "0.5",
                                "1e100",
                                "9223372036854775808"};

class Mutator
{
public:
    explicit Mutator(unsigned seed)
        : m_rng(seed)
    {}

    std::string mutate(std::string s, const std::vector<std::string> &corpus)
    {
        const int count = 1 + below(4);
        for (int k = 0; k < count; ++k)
            once(s, corpus);
        return s.size() > 1 << 20 ? s.substr(0, 1 << 20) : s;
    }

    int below(int n) { return std::uniform_int_distribution<int>(0, std::max(0, n - 1))(m_rng); }

private:
    void once(std::string &s, const std::vector<std::string> &corpus)
    {
        const int at = below(int(s.size()) + 1);
        switch (below(7)) {
        case 0: // flip a bit
            if (!s.empty())
                s[size_t(std::min(at, int(s.size()) - 1))] ^= char(1 << below(8));
            break;
        case 1: // insert a byte (printable more often than not)
            s.insert(size_t(at), 1, char(below(3) ? 32 + below(95) : below(256)));
            break;
        case 2: // delete a run
            if (!s.empty())
                s.erase(size_t(std::min(at, int(s.size()) - 1)), size_t(1 + below(16)));
            break;
        case 3: { // repeat a run
            const std::string part = s.substr(size_t(at), size_t(1 + below(64)));
            s.insert(size_t(at), part);
            break;
        }
        case 4: // a number at the end of its range in place of a number
            replaceNumber(s, at);
            break;
        case 5: { // splice another input in
            const std::string &other = corpus[size_t(below(int(corpus.size())))];
            const size_t from = size_t(below(int(other.size()) + 1));
            s = s.substr(0, size_t(at)) + other.substr(from, size_t(below(256)));
            break;
        }
        default: // a character JSON and command lines care about
            s.insert(size_t(at), 1, "{}[]\",:\n-=."[below(12)]);
            break;
        }
    }

    void replaceNumber(std::string &s, int at)
    {
        auto isNum = [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '-' || c == '+';
        };
        size_t b = s.find_first_of("0123456789", size_t(at));
        if (b == std::string::npos)
            b = s.find_first_of("0123456789");
        if (b == std::string::npos)
            return;
        size_t e = b;
        while (e < s.size() && isNum(s[e]))
            ++e;
        s.replace(b, e - b, kNumbers[below(int(std::size(kNumbers)))]);
    }

    std::mt19937 m_rng;
};

std::vector<std::string> readCorpus(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end()); // the same order, so the same mutants, every run
    std::vector<std::string> out;
    for (const auto &f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        out.push_back(bytes.str());
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR MAX_RUNS MAX_SECONDS\n", argv[0]);
        return 2;
    }
    const std::filesystem::path corpusDir = argv[1];
    const long maxRuns = std::atol(argv[2]);
    const double maxSeconds = std::atof(argv[3]);
    std::snprintf(g_crashPath,
                  sizeof g_crashPath,
                  "fuzz-smoke-crash-%s",
                  corpusDir.filename().string().c_str());
    for (int sig : {SIGABRT, SIGSEGV, SIGFPE, SIGBUS, SIGILL})
        std::signal(sig, onCrash);
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    const std::vector<std::string> corpus = readCorpus(corpusDir);
    if (corpus.empty()) {
        std::fprintf(stderr, "fuzz smoke: no corpus in %s\n", argv[1]);
        return 2;
    }
    for (const std::string &input : corpus)
        run(input);

    const auto start = std::chrono::steady_clock::now();
    Mutator mutator(20211);
    long runs = 0;
    std::string last = corpus.front();
    for (; runs < maxRuns; ++runs) {
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
            > maxSeconds)
            break;
        // Half from the corpus, half a mutant of the last mutant: deeper changes too.
        const std::string &base
            = mutator.below(2) ? corpus[size_t(mutator.below(int(corpus.size())))] : last;
        last = mutator.mutate(base, corpus);
        run(last);
    }
    std::fprintf(stderr,
                 "fuzz smoke %s: %zu corpus inputs and %ld mutants, no broken promise\n",
                 corpusDir.filename().string().c_str(),
                 corpus.size(),
                 runs);
    return 0;
}
