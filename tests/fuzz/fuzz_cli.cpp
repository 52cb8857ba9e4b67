// SPDX-License-Identifier: MIT
// libFuzzer target for the CLI's argument parsing (issue 21): the input is a command line, one
// argument a line; the command runs with its output thrown away. Any exit code is fine; a crash,
// a hang, a leak or a sanitizer report is not. Commands that write files (convert) are left out,
// arguments naming a path outside the working folder are dropped, and sample and step counts are
// kept small, so a run stays harmless and quick. Seeded from tests/fuzz/corpus/cli.
#include "../../app/cli/commands.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

bool small(const std::string &v)
{
    return v.size() <= 3 && v.find_first_not_of("0123456789") == std::string::npos;
}

// The arguments, or empty when the line is one this target does not run.
std::vector<std::string> arguments(const std::string &text)
{
    std::vector<std::string> args;
    size_t start = 0;
    while (start <= text.size() && args.size() < 32) {
        const size_t end = text.find('\n', start);
        args.push_back(
            text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.find('/') != std::string::npos || a.rfind("..", 0) == 0)
            return {};
        const bool counted = a.rfind("--samples", 0) == 0 || a.rfind("--steps", 0) == 0
                             || a.rfind("--threads", 0) == 0;
        if (counted) {
            const size_t eq = a.find('=');
            const std::string value = eq != std::string::npos ? a.substr(eq + 1)
                                      : i + 1 < args.size()   ? args[i + 1]
                                                              : std::string();
            if (!small(value))
                return {};
        }
    }
    return args;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The commands print: keep the fuzzer's own output readable.
    if (!std::freopen("/dev/null", "w", stdout))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string> args
        = arguments(std::string(reinterpret_cast<const char *>(data), size));
    if (args.empty())
        return 0;
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "convert")
        return 0; // writes files
    const int code = tf::Cli::runCommand(command, args).value_or(tf::Cli::Usage);
    if (code < 0 || code > 3)
        std::abort(); // exit codes scripts can trust
    return 0;
}
