// SPDX-License-Identifier: MIT
// Opening and saving a large project file (.tfproj and JSON), with the memory it takes. The
// memory is measured in a new process per operation (this program run again with --peak), so
// what the benchmarks before it allocated does not count.
#include "benchtimer.h"

#include "tf/io/projectfile.h"
#include "tf/model/designgenerator.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

using namespace tf;

namespace {

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// The peak memory, in MB, of this program run again as `--peak ARGS`; 0 when that failed.
double peakOfNewProcess(const std::string &args)
{
    char self[4096] = {};
    if (readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
        return 0;
    const std::string cmd = std::string("'") + self + "' --peak " + args;
    FILE *child = popen(cmd.c_str(), "r");
    if (!child)
        return 0;
    long kb = 0;
    if (std::fscanf(child, "%ld", &kb) != 1)
        kb = 0;
    pclose(child);
    return double(kb) / 1024.0;
}

} // namespace

int runPeak(int argc, char **argv)
{
    // --peak idle | generate N | save N PATH | open PATH: do it once, print the peak in kB.
    const std::string what = argc > 2 ? argv[2] : "";
    if (what == "generate" && argc > 3) {
        const Design d = generateSupplyChain(std::atoi(argv[3]), unsigned(std::atoi(argv[3])));
        if (d.nodes().empty())
            return 1;
    } else if (what == "save" && argc > 4) {
        Project project;
        project.design = generateSupplyChain(std::atoi(argv[3]), unsigned(std::atoi(argv[3])));
        if (saveProject(argv[4], project)) // a message: it failed
            return 1;
    } else if (what == "open" && argc > 3) {
        if (!loadProject(argv[3]).project)
            return 1;
    } else if (what != "idle") {
        return 2;
    }
    std::printf("%ld\n", peakKilobytes());
    return 0;
}

void benchProjectFiles()
{
    std::printf(
        "## Project files (generated design, saved and opened from a temporary folder)\n\n");
    std::printf(
        "| nodes | format | file size | save | open and validate | peak memory, open (new process) "
        "| peak memory, generate and save (new process) |\n|---:|---|---:|---:|---:|---:|---:|\n");
    const auto dir = std::filesystem::temp_directory_path() / "tf-bench-project";
    std::filesystem::create_directories(dir);
    for (int size : {1000, 5000}) {
        Project project;
        project.design = generateSupplyChain(size, unsigned(size));
        for (const char *ext : {".tfproj", ".json"}) {
            const std::string path = (dir / ("plant" + std::to_string(size) + ext)).string();
            const double save
                = Bench::medianSeconds([&] { (void)saveProject(path, project); }, 1.0, 3);
            const double open = Bench::medianSeconds([&] { (void)loadProject(path); }, 1.0, 3);
            const double openPeak = peakOfNewProcess("open '" + path + "'");
            const double savePeak
                = peakOfNewProcess("save " + std::to_string(size) + " '"
                                   + (dir / ("peak" + std::string(ext))).string() + "'");
            std::printf("| %zu | %s | %.1f MB | %.0f ms | %.0f ms | %.0f MB | %.0f MB |\n",
                        project.design.nodes().size(),
                        ext + 1,
                        double(std::filesystem::file_size(path)) / 1e6,
                        save * 1e3,
                        open * 1e3,
                        openPeak,
                        savePeak);
        }
        std::printf("| %zu | (generate only) | | | | | %.0f MB |\n",
                    project.design.nodes().size(),
                    peakOfNewProcess("generate " + std::to_string(size)));
    }
    std::filesystem::remove_all(dir);
    std::printf("\nA new process that does nothing peaks at %.0f MB.\n\n",
                peakOfNewProcess("idle"));
}
