// SPDX-License-Identifier: MIT
#include "tf/io/designfile.h"

#include "tf/io/projectfile.h"

namespace tf {

DesignLoad readDesignFile(const std::string &path)
{
    // One reader for both formats, so every command and window opens .tfproj and JSON alike.
    ProjectLoad load = loadProject(path);
    DesignLoad result;
    result.messages = std::move(load.messages);
    if (load.project)
        result.design = std::move(load.project->design);
    return result;
}

} // namespace tf
