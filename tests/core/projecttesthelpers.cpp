// SPDX-License-Identifier: MIT
#include "projecttesthelpers.h"

#include "io/projectschema.h" // internal: the checksum, to re-sign tampered files

#include "tf/io/defaultdesign.h"
#include "tf/io/projectfile.h"
#include "tf/model/distribution.h"
#include "tf/physics/catalog.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace tf::Test {

namespace fs = std::filesystem;

ScratchDir::ScratchDir()
{
    static std::atomic<int> counter{0};
    m_dir = fs::temp_directory_path()
            / ("tf-project-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
}

ScratchDir::~ScratchDir()
{
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

std::vector<std::string> ScratchDir::files() const
{
    std::vector<std::string> names;
    for (const auto &e : fs::directory_iterator(m_dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string fileBytes(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeBytes(const fs::path &p, const std::string &bytes)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

Project fullProject()
{
    Project p;
    p.design = defaultDesign();
    const auto withCapacity
        = std::find_if(p.design.nodes().begin(), p.design.nodes().end(), [](const Node &n) {
              return kindInfo(n.kind).param("capacity") != nullptr;
          });
    REQUIRE(withCapacity != p.design.nodes().end());
    p.scenarios.push_back(
        {"Double a capacity",
         {{withCapacity->id, "capacity", 2 * withCapacity->param("capacity").value_or(1)}},
         {}});
    p.scenarios.push_back({"Empty", {}, {}});
    // Another GPU generation and model in the same hall: catalog choices in a scenario.
    p.scenarios.push_back(
        {"GB300, Llama",
         {{"hall", "pue", 1.15}},
         {{"hall", "system", "gb300-nvl72"}, {"hall", "workload", "llama3.1-70b"}}});
    p.view.zoom = 0.75;
    p.view.centreX = 120.5;
    p.view.centreY = -40;
    p.view.notes.push_back({10, 20, "Check HBM supply with the vendor — «quote» 2026"});
    p.view.notes.push_back({-300, 0, "line one\nline two"});
    p.view.frames.push_back({"Front end — «fabs»", "#3a7bd5", -400, -200, 900.5, 420});
    p.view.frames.push_back({"", "#E67E22", 600, 100, 40, 30});
    // A parameter with its uncertainty (what-if), kept by both formats.
    const std::string uncertainNode = withCapacity->id;
    const auto found = withCapacity->params.find("capacity");
    ParamValue uncertain = found != withCapacity->params.end() ? found->second : ParamValue{1000};
    uncertain.distribution
        = Distribution::triangular(0.5 * uncertain.value, uncertain.value, 1.5 * uncertain.value);
    REQUIRE_FALSE(p.design.setParam(uncertainNode, "capacity", uncertain));

    // One built-in accelerator, renamed: an override of a known entry.
    const auto files = builtinCatalogFiles();
    JsonValue entry;
    for (const auto &[name, text] : files) {
        JsonParseResult parsed = parseJson(text);
        REQUIRE(parsed.value);
        const JsonValue *entries = parsed.value->find("entries");
        if (name.find("accelerators") != std::string::npos && entries
            && !entries->toArray().empty())
            entry = entries->toArray().front();
    }
    REQUIRE(entry.isObject());
    for (auto &[k, v] : entry.toObject()) {
        if (k == "name")
            v = std::string("Renamed by this project");
    }
    JsonValue catalog = JsonValue::Object{};
    catalog.set("format", "tokenfactory-catalog");
    catalog.set("version", 1);
    catalog.set("entries", JsonValue::Array{entry});
    p.catalogOverrides = writeJson(catalog);
    return p;
}

void tamper(const fs::path &file, const std::string &sql, bool resign)
{
    ProjectDb::Db db;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db.db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    INFO(sql);
    REQUIRE(ProjectDb::exec(db.db, sql).empty());
    if (resign) {
        std::string error;
        int version = 0;
        {
            ProjectDb::Stmt s(db.db, "PRAGMA user_version");
            REQUIRE(sqlite3_step(s.stmt) == SQLITE_ROW);
            version = sqlite3_column_int(s.stmt, 0);
        }
        const std::string sum = ProjectDb::contentChecksum(db.db, version, &error);
        REQUIRE(error.empty());
        REQUIRE(
            ProjectDb::exec(db.db, "UPDATE meta SET value = '" + sum + "' WHERE key = 'checksum'")
                .empty());
    }
}

} // namespace tf::Test
