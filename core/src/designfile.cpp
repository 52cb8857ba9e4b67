// SPDX-License-Identifier: MIT
#include "tf/designfile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tf {

namespace {

DesignLoad failure(const std::string &text)
{
    DesignLoad load;
    load.messages.push_back(Message::error(MessageCode::InvalidJson, text));
    return load;
}

} // namespace

DesignLoad readDesignFile(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return failure("cannot read '" + path + "': it is a folder");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return failure("cannot read '" + path + "': " + ec.message());
    if (size > std::uintmax_t(kMaxDesignFileBytes))
        return failure("cannot read '" + path + "': the file is larger than 256 MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return failure("cannot read '" + path + "': " + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return failure("cannot read '" + path + "': read error");
    return readDesignJson(buffer.str());
}

} // namespace tf
