// SPDX-License-Identifier: MIT
// convert: a design or project between its JSON form and a .tfproj file.
#include "commands.h"

#include "tf/io/projectfile.h"

#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kConvertHelp
    = "Usage: tokenfactory-cli convert INPUT OUTPUT\n"
      "\n"
      "Converts between the JSON form (.json) and a project file (.tfproj), by extension. The "
      "input\n"
      "is read and checked in full first: OUTPUT is not touched when INPUT has errors, and is\n"
      "replaced atomically otherwise. Scenarios, view and catalog overrides go both ways; the\n"
      "metadata (app version, times) exists only in .tfproj files.\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input or cannot write, 2 usage.\n";

int usage(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(error).c_str(), kConvertHelp);
    return Usage;
}

const char *formatName(ProjectFormat f)
{
    return f == ProjectFormat::Json ? ".json" : ".tfproj";
}

} // namespace

int runConvert(const Args &args)
{
    Args files;
    for (const std::string &a : args) {
        if (a == "--help" || a == "-h") {
            std::fputs(kConvertHelp, stdout);
            return Ok;
        }
        if (a.size() > 1 && a[0] == '-')
            return usage("unknown option '" + a + "'");
        files.push_back(a);
    }
    if (files.size() != 2)
        return usage("convert takes an input and an output file");
    const auto from = formatForPath(files[0]);
    const auto to = formatForPath(files[1]);
    for (size_t i = 0; i < 2; ++i) {
        if (!(i ? to : from))
            return usage("cannot tell the format of '" + files[i] + "' (use .json or .tfproj)");
    }
    if (*from == *to)
        return usage(std::string("both files are ") + formatName(*from)
                     + "; convert goes between .json and .tfproj");

    const ProjectLoad load = loadProject(files[0]);
    for (const Message &m : load.messages)
        printMessage(stderr, m);
    if (!load.project)
        return InvalidInput;
    if (auto error = saveProject(files[1], *load.project)) {
        std::fprintf(stderr, "error: %s\n", shown(error->text).c_str());
        return InvalidInput;
    }
    return Ok;
}

} // namespace tf::Cli
