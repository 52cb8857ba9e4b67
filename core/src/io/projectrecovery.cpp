// SPDX-License-Identifier: MIT
// Where autosaves go and how they are found again after a crash; plain std::filesystem.
#include "tf/io/projectfile.h"

#include <algorithm>
#include <cstdio>

namespace tf {

namespace fs = std::filesystem;

fs::path recoveryFilePath(const fs::path &recoveryDir,
                          const std::string &documentPath,
                          std::string_view untitledId)
{
    if (documentPath.empty())
        return recoveryDir / ("untitled-" + std::string(untitledId) + ".recovery.tfproj");
    std::error_code ec;
    fs::path absolute = fs::absolute(documentPath, ec);
    if (ec)
        absolute = documentPath;
    // The name says what it recovers; the hash keeps two documents of the same name apart.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : absolute.lexically_normal().string()) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(h));
    return recoveryDir / (absolute.stem().string() + "-" + hash + ".recovery.tfproj");
}

std::vector<RecoveryFile> findRecoveryFiles(const fs::path &recoveryDir)
{
    std::vector<RecoveryFile> found;
    std::error_code ec;
    for (const fs::directory_entry &entry : fs::directory_iterator(recoveryDir, ec)) {
        if (!entry.is_regular_file(ec) || formatForPath(entry.path()) != ProjectFormat::Tfproj)
            continue;
        const ProjectLoad load = loadProject(entry.path().string());
        if (load.project && load.project->metadata.recovery)
            found.push_back(
                {entry.path(), load.project->metadata.recoveryOf, load.project->metadata.modified});
    }
    std::sort(found.begin(), found.end(), [](const RecoveryFile &a, const RecoveryFile &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path < b.path;
    });
    return found;
}

} // namespace tf
