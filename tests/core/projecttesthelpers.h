// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <filesystem>
#include <string>

// Helpers shared by the project file tests: a scratch folder, whole-file bytes and a project that
// uses every part of the format.
namespace tf::Test {

/// A fresh folder under the system temp folder, removed with everything in it at scope exit.
class ScratchDir
{
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;
    std::filesystem::path path(const std::string &name) const { return m_dir / name; }
    const std::filesystem::path &dir() const { return m_dir; }
    /// Names of the files in the folder, sorted (to see temporary or journal files left behind).
    std::vector<std::string> files() const;

private:
    std::filesystem::path m_dir;
};

std::string fileBytes(const std::filesystem::path &p);
void writeBytes(const std::filesystem::path &p, const std::string &bytes);

/// The default design with two scenarios, a view with notes and one catalog override.
Project fullProject();

/// Runs SQL on a .tfproj file (to plant what a hostile or damaged file would hold), then, when
/// `resign`, stores a fresh checksum so only the planted content itself can be refused.
void tamper(const std::filesystem::path &file, const std::string &sql, bool resign = true);

} // namespace tf::Test
