// SPDX-License-Identifier: MIT
// Opening and saving a large project file (.tfproj and JSON), with the memory it takes.
#include "benchtimer.h"

#include "tf/designgenerator.h"
#include "tf/projectfile.h"

#include <sys/resource.h>

#include <cstdio>
#include <filesystem>

using namespace tf;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

void benchProjectFiles()
{
    std::printf("## Project files (generated design, saved and opened from a temporary folder)\n\n");
    std::printf("| nodes | format | file size | save | open and validate | peak memory after |\n"
                "|---:|---|---:|---:|---:|---:|\n");
    const auto dir = std::filesystem::temp_directory_path() / "tf-bench-project";
    std::filesystem::create_directories(dir);
    for (int size : {1000, 5000}) {
        Project project;
        project.design = generateSupplyChain(size, unsigned(size));
        for (const char *ext : {".tfproj", ".json"}) {
            const std::string path = (dir / ("plant" + std::to_string(size) + ext)).string();
            const double save = Bench::medianSeconds([&] { (void)saveProject(path, project); }, 1.0, 3);
            const double open = Bench::medianSeconds([&] { (void)loadProject(path); }, 1.0, 3);
            std::printf("| %zu | %s | %.1f MB | %.0f ms | %.0f ms | %.0f MB |\n", project.design.nodes().size(), ext + 1,
                        double(std::filesystem::file_size(path)) / 1e6, save * 1e3, open * 1e3, peakMegabytes());
        }
    }
    std::filesystem::remove_all(dir);
    std::printf("\n");
}
