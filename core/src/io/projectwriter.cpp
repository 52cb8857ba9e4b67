// SPDX-License-Identifier: MIT
// Saving: the whole file is built beside the target and renamed over it only when complete and on
// disk, so a crash, a kill or a full disk at any point leaves the previous file as it was.
#include "tf/io/projectfile.h"

#include "projectschema.h"
#include "tf/model/timeline.h"

#include "tf/io/jsonreader.h"
#include "tf/io/utf8text.h"
#include "tf/model/distribution.h"
#include "tf/physics/catalog.h"
#include "tf/solve/plan.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

namespace tf {

namespace fs = std::filesystem;
using namespace ProjectDb;

namespace {

#ifndef TF_APP_VERSION
#define TF_APP_VERSION "unknown"
#endif

std::string nowUtc()
{
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Message saveError(const std::string &path, const std::string &why)
{
    return Message::error(MessageCode::FileError, "cannot save '" + path + "': " + why);
}

// The data must be on disk before the rename makes it the file; then the folder entry too.
bool syncPath(const fs::path &p, bool directory)
{
    const int fd = ::open(p.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// A save killed between writing its temporary file and the rename leaves the file behind
// (".NAME.tmp-PID-N"). After a save succeeds, those untouched for an hour whose process no longer
// runs go. The age matters too: a PID means something on this machine only, and the folder may
// be shared with another one saving there right now.
void removeStaleTemporaries(const fs::path &target)
{
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    const auto hourAgo = fs::file_time_type::clock::now() - std::chrono::hours(1);
    std::error_code ec;
    fs::directory_iterator it(target.parent_path(), ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string rest = name.substr(prefix.size()); // PID-N
        const size_t dash = rest.find('-');
        if (dash == 0 || dash == std::string::npos || dash + 1 == rest.size() || dash > 9
            || rest.find_first_not_of("0123456789-") != std::string::npos
            || rest.find('-', dash + 1) != std::string::npos)
            continue;
        const long pid = std::strtol(rest.c_str(), nullptr, 10); // at most 9 digits: fits a pid_t
        std::error_code timeError;
        const auto written = fs::last_write_time(it->path(), timeError);
        if (pid <= 0 || pid == long(::getpid()) || timeError || written > hourAgo)
            continue;
        std::error_code removeError;
        if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH) // that saver is gone
            fs::remove(it->path(), removeError);
    }
}

fs::path temporaryBeside(const fs::path &target)
{
    static std::atomic<int> counter{0};
    return target.parent_path()
           / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-"
              + std::to_string(counter++));
}

// Binds one row's values. A value the reader would refuse (a number that is not finite, text with
// a NUL or bytes that are not UTF-8) makes `refused` say which parameter and why, and the row is
// not inserted. Every value of a .tfproj passes here, so none can slip past.
struct Binder
{
    sqlite3_stmt *stmt;
    int i = 0;
    int refusedAt = 0; ///< 1-based parameter; 0 while every value is writable
    std::string refused;

    void refuse(const std::string &why)
    {
        if (refusedAt == 0) {
            refusedAt = i;
            refused = why;
        }
    }
    Binder &text(const std::string &s)
    {
        ++i;
        if (s.find('\0') != std::string::npos)
            refuse("holds a NUL character, which a file cannot hold");
        else if (!isValidUtf8(s))
            refuse("is not valid UTF-8, which a file cannot hold");
        sqlite3_bind_text64(stmt,
                            i,
                            s.data(),
                            s.size(),
                            SQLITE_TRANSIENT,
                            SQLITE_UTF8); // callers pass temporaries
        return *this;
    }
    Binder &textOrNull(const std::string &s) { return s.empty() ? null() : text(s); }
    Binder &number(double d)
    {
        ++i;
        if (!std::isfinite(d))
            refuse("is " + jsonNumberText(d) + ", which a file cannot hold");
        sqlite3_bind_double(stmt, i, d);
        return *this;
    }
    Binder &integer(sqlite3_int64 v)
    {
        sqlite3_bind_int64(stmt, ++i, v);
        return *this;
    }
    Binder &null()
    {
        sqlite3_bind_null(stmt, ++i);
        return *this;
    }
};

// Runs a prepared "INSERT INTO table(columns) VALUES (...)" once per row; `bind` fills the
// parameters. On failure error() says why: SQLite's message, or the table, row and column of a
// value the reader would refuse ("table nodes, row 3, column x: is -infinity, ...").
class Inserter
{
public:
    Inserter(sqlite3 *db, const std::string &sql)
        : m_db(db)
        , m_stmt(db, sql)
    {
        const std::size_t open = sql.find('('), close = sql.find(')');
        constexpr std::size_t start = sizeof "INSERT INTO " - 1;
        m_table = sql.substr(start, open - start);
        std::string column;
        for (char c : sql.substr(open + 1, close - open - 1)) {
            if (c == ',') {
                m_columns.push_back(column);
                column.clear();
            } else if (c != ' ') {
                column += c;
            }
        }
        m_columns.push_back(column);
    }
    template<typename F>
    bool row(F bind)
    {
        if (!m_stmt)
            return false;
        ++m_rows;
        sqlite3_reset(m_stmt.stmt);
        sqlite3_clear_bindings(m_stmt.stmt);
        Binder b{m_stmt.stmt, 0, 0, {}};
        bind(b);
        if (b.refusedAt > 0) {
            const auto c = std::size_t(b.refusedAt - 1);
            m_refused = "nothing was written: table " + m_table + ", row " + std::to_string(m_rows)
                        + ", column " + (c < m_columns.size() ? m_columns[c] : "?") + ": "
                        + b.refused;
            return false;
        }
        return sqlite3_step(m_stmt.stmt) == SQLITE_DONE;
    }
    std::string error() const
    {
        return m_refused.empty() ? std::string(sqlite3_errmsg(m_db)) : m_refused;
    }

private:
    sqlite3 *m_db;
    Stmt m_stmt;
    std::string m_table;
    std::vector<std::string> m_columns;
    sqlite3_int64 m_rows = 0;
    std::string m_refused;
};

std::string writeRows(sqlite3 *db, const Project &project, const ProjectMetadata &meta)
{
    const Design &d = project.design;
    std::string error;
    auto check = [&](Inserter &ins, bool ok) {
        if (!ok && error.empty())
            error = ins.error();
        return ok;
    };

    Inserter settings(db, "INSERT INTO settings(key, value) VALUES (?1, ?2)");
    const Settings &s = d.settings();
    check(settings, settings.row([&](Binder &b) { b.text("currency").text(s.currency); }));
    for (const ParamSpec &spec : settingSpecs()) {
        if (const auto v = settingValue(s, spec.key))
            check(settings, settings.row([&](Binder &b) { b.text(spec.key).number(*v); }));
    }
    if (hasTimelineData(d)) {
        Inserter timeline(db, "INSERT INTO timeline(key, value) VALUES (?1, ?2)");
        check(timeline, timeline.row([&](Binder &b) {
            b.text("start").text(quarterText(s.timeline.start));
        }));
        check(timeline, timeline.row([&](Binder &b) {
            b.text("horizon_quarters").integer(s.timeline.horizonQuarters);
        }));
        if (s.timeline.objective != PlanObjective::CumulativeTokens) {
            check(timeline, timeline.row([&](Binder &b) {
                b.text("objective").text(planObjectiveName(s.timeline.objective));
            }));
        }
    }

    Inserter goods(
        db, "INSERT INTO goods(ord, id, name, unit, basis, color) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (size_t i = 0; i < d.goods().size() && error.empty(); ++i) {
        const Good &g = d.goods()[i];
        const std::string basis = basisName(g.basis);
        check(goods, goods.row([&](Binder &b) {
            b.integer(sqlite3_int64(i))
                .text(g.id)
                .text(g.name)
                .text(g.unit)
                .text(basis)
                .textOrNull(g.color);
        }));
    }

    Inserter nodes(db,
                   "INSERT INTO nodes(ord, id, kind, name, x, y, good, notes) VALUES (?1, ?2, ?3, "
                   "?4, ?5, ?6, ?7, ?8)");
    Inserter terms(
        db, "INSERT INTO recipe_terms(node, side, ord, good, amount) VALUES (?1, ?2, ?3, ?4, ?5)");
    Inserter params(
        db, "INSERT INTO params(node, key, value, source, estimate) VALUES (?1, ?2, ?3, ?4, ?5)");
    Inserter choices(db, "INSERT INTO choices(node, key, value) VALUES (?1, ?2, ?3)");
    Inserter schedules(
        db, "INSERT INTO schedules(node, key, source, estimate) VALUES (?1, ?2, ?3, ?4)");
    Inserter steps(db,
                   "INSERT INTO schedule_steps(node, key, ord, quarter, value) VALUES (?1, ?2, ?3, "
                   "?4, ?5)");
    Inserter choiceSteps(db,
                         "INSERT INTO choice_schedule_steps(node, key, ord, quarter, value) VALUES "
                         "(?1, ?2, ?3, ?4, ?5)");
    Inserter leadTimes(
        db, "INSERT INTO lead_times(node, value, source, estimate) VALUES (?1, ?2, ?3, ?4)");
    Inserter distributions(
        db,
        "INSERT INTO param_distributions(node, key, kind, min, mode, max, mean, sd, median, "
        "sigma) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (size_t i = 0; i < d.nodes().size() && error.empty(); ++i) {
        const Node &n = d.nodes()[i];
        const NodeKindInfo &kind = kindInfo(n.kind);
        const auto ord = sqlite3_int64(i);
        check(nodes, nodes.row([&](Binder &b) {
            b.integer(ord).text(n.id).text(kind.id).text(n.name).number(n.x).number(n.y);
            if (kind.hasGoodField)
                b.text(n.good);
            else
                b.null();
            b.textOrNull(n.notes);
        }));
        for (const auto &[side, list] :
             {std::pair{"in", &n.recipe.inputs}, std::pair{"out", &n.recipe.outputs}}) {
            for (size_t t = 0; t < list->size(); ++t) {
                const Term &term = (*list)[t];
                const std::string sideText = side;
                check(terms, terms.row([&](Binder &b) {
                    b.integer(ord)
                        .text(sideText)
                        .integer(sqlite3_int64(t))
                        .text(term.good)
                        .number(term.amount);
                }));
            }
        }
        // Pairs, not structured bindings: clang before 16 cannot capture those (make fuzz).
        for (const auto &param : n.params) {
            check(params, params.row([&](Binder &b) {
                const ParamValue &value = param.second;
                b.integer(ord).text(param.first).number(value.value).textOrNull(value.source);
                if (value.estimate)
                    b.integer(1);
                else
                    b.null();
            }));
        }
        for (const auto &param : n.params) {
            if (!param.second.distribution)
                continue;
            const Distribution &dist = *param.second.distribution;
            const std::string kindName = distributionKindName(dist.kind);
            check(distributions, distributions.row([&](Binder &b) {
                b.integer(ord).text(param.first).text(kindName);
                // Only the numbers its kind takes; NULL elsewhere, as the JSON form leaves them
                // out.
                using K = Distribution::Kind;
                const bool range = dist.kind == K::Uniform || dist.kind == K::Triangular;
                auto numberIf = [&b](bool used, double v) {
                    if (used)
                        b.number(v);
                    else
                        b.null();
                };
                numberIf(range, dist.min);
                numberIf(dist.kind == K::Triangular, dist.mode);
                numberIf(range, dist.max);
                numberIf(dist.kind == K::Normal, dist.mean);
                numberIf(dist.kind == K::Normal, dist.sd);
                numberIf(dist.kind == K::Lognormal, dist.median);
                numberIf(dist.kind == K::Lognormal, dist.sigma);
            }));
        }
        for (const auto &choice : n.choices)
            check(choices, choices.row([&](Binder &b) {
                b.integer(ord).text(choice.first).text(choice.second);
            }));
        for (const auto &sched : n.schedules) {
            check(schedules, schedules.row([&](Binder &b) {
                b.integer(ord).text(sched.first).textOrNull(sched.second.source);
                if (sched.second.estimate)
                    b.integer(1);
                else
                    b.null();
            }));
            for (size_t k = 0; k < sched.second.steps.size(); ++k) {
                const ScheduleStep &step = sched.second.steps[k];
                check(steps, steps.row([&](Binder &b) {
                    b.integer(ord)
                        .text(sched.first)
                        .integer(sqlite3_int64(k))
                        .text(quarterText(step.quarter))
                        .number(step.value);
                }));
            }
        }
        for (const auto &sched : n.choiceSchedules) {
            for (size_t k = 0; k < sched.second.size(); ++k) {
                const ChoiceStep &step = sched.second[k];
                check(choiceSteps, choiceSteps.row([&](Binder &b) {
                    b.integer(ord)
                        .text(sched.first)
                        .integer(sqlite3_int64(k))
                        .text(quarterText(step.quarter))
                        .text(step.value);
                }));
            }
        }
        if (n.leadTime)
            check(leadTimes, leadTimes.row([&](Binder &b) {
                b.integer(ord).number(n.leadTime->value).textOrNull(n.leadTime->source);
                if (n.leadTime->estimate)
                    b.integer(1);
                else
                    b.null();
            }));
    }

    Inserter links(db,
                   "INSERT INTO links(ord, id, from_node, to_node, good, share) VALUES (?1, ?2, "
                   "?3, ?4, ?5, ?6)");
    for (size_t i = 0; i < d.links().size() && error.empty(); ++i) {
        const Link &l = d.links()[i];
        check(links, links.row([&](Binder &b) {
            b.integer(sqlite3_int64(i)).text(l.id).text(l.from).text(l.to).text(l.good);
            if (l.share)
                b.number(*l.share);
            else
                b.null();
        }));
    }

    Inserter scenarios(db, "INSERT INTO scenarios(ord, name) VALUES (?1, ?2)");
    Inserter overrides(db,
                       "INSERT INTO scenario_overrides(scenario, ord, node, param, value) VALUES "
                       "(?1, ?2, ?3, ?4, ?5)");
    Inserter choiceOverrides(db,
                             "INSERT INTO scenario_choices(scenario, ord, node, key, value) VALUES "
                             "(?1, ?2, ?3, ?4, ?5)");
    for (size_t i = 0; i < project.scenarios.size() && error.empty(); ++i) {
        const Scenario &sc = project.scenarios[i];
        check(scenarios,
              scenarios.row([&](Binder &b) { b.integer(sqlite3_int64(i)).text(sc.name); }));
        for (size_t j = 0; j < sc.overrides.size(); ++j) {
            const ParamOverride &o = sc.overrides[j];
            check(overrides, overrides.row([&](Binder &b) {
                b.integer(sqlite3_int64(i))
                    .integer(sqlite3_int64(j))
                    .text(o.nodeId)
                    .text(o.param)
                    .number(o.value);
            }));
        }
        for (size_t j = 0; j < sc.choices.size(); ++j) {
            const ChoiceOverride &c = sc.choices[j];
            check(choiceOverrides, choiceOverrides.row([&](Binder &b) {
                b.integer(sqlite3_int64(i))
                    .integer(sqlite3_int64(j))
                    .text(c.nodeId)
                    .text(c.key)
                    .text(c.value);
            }));
        }
    }

    Inserter view(db, "INSERT INTO view(key, value) VALUES (?1, ?2)");
    check(view, view.row([&](Binder &b) { b.text("zoom").number(project.view.zoom); }));
    check(view, view.row([&](Binder &b) { b.text("centre_x").number(project.view.centreX); }));
    check(view, view.row([&](Binder &b) { b.text("centre_y").number(project.view.centreY); }));
    Inserter notes(db, "INSERT INTO view_notes(ord, x, y, text) VALUES (?1, ?2, ?3, ?4)");
    for (size_t i = 0; i < project.view.notes.size() && error.empty(); ++i) {
        const ViewNote &n = project.view.notes[i];
        check(notes, notes.row([&](Binder &b) {
            b.integer(sqlite3_int64(i)).number(n.x).number(n.y).text(n.text);
        }));
    }
    Inserter frames(db,
                    "INSERT INTO view_frames(ord, title, color, x, y, width, height) VALUES (?1, "
                    "?2, ?3, ?4, ?5, "
                    "?6, ?7)");
    for (size_t i = 0; i < project.view.frames.size() && error.empty(); ++i) {
        const ViewFrame &f = project.view.frames[i];
        check(frames, frames.row([&](Binder &b) {
            b.integer(sqlite3_int64(i))
                .text(f.title)
                .text(f.color)
                .number(f.x)
                .number(f.y)
                .number(f.width)
                .number(f.height);
        }));
    }

    if (!project.catalogOverrides.empty() && error.empty()) {
        JsonParseResult parsed = parseJson(project.catalogOverrides);
        const JsonValue *entries = parsed.value ? parsed.value->find("entries") : nullptr;
        if (!entries || !entries->isArray())
            return "the catalog overrides are not a catalog file";
        Inserter catalog(db, "INSERT INTO catalog_entries(ord, entry) VALUES (?1, ?2)");
        const auto &list = entries->toArray();
        for (size_t i = 0; i < list.size() && error.empty(); ++i) {
            const std::string text = writeJson(list[i]);
            check(catalog, catalog.row([&](Binder &b) { b.integer(sqlite3_int64(i)).text(text); }));
        }
    }

    Inserter metaRows(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
    check(metaRows, metaRows.row([&](Binder &b) { b.text("app_version").text(meta.appVersion); }));
    check(metaRows, metaRows.row([&](Binder &b) { b.text("created").text(meta.created); }));
    check(metaRows, metaRows.row([&](Binder &b) { b.text("modified").text(meta.modified); }));
    if (meta.recovery)
        check(metaRows,
              metaRows.row([&](Binder &b) { b.text("recovery_of").text(meta.recoveryOf); }));
    if (!error.empty())
        return error;
    // Last, over everything above: a reader recomputes it to detect a damaged file.
    const std::string sum = contentChecksum(db, kProjectSchemaVersion, &error);
    if (!error.empty())
        return error;
    check(metaRows, metaRows.row([&](Binder &b) { b.text("checksum").text(sum); }));
    return error;
}

// Builds the database in `temp`; empty on success, else what failed.
std::string writeDatabase(const fs::path &temp,
                          const Project &project,
                          const ProjectMetadata &meta,
                          const SaveOptions &options)
{
    auto fault = [&](std::string_view step) { return options.faultAt && !options.faultAt(step); };
    if (fault("create"))
        return "interrupted at step create (fault injected)";
    Db db;
    if (sqlite3_open_v2(temp.c_str(), &db.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return db.db ? sqlite3_errmsg(db.db) : "out of memory";
    sqlite3_extended_result_codes(db.db, 1);
    // The temporary file is thrown away on any failure, so it needs no rollback journal on disk;
    // durability comes from the fsync before the rename.
    std::string e = exec(db.db, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF");
    if (e.empty() && options.maxPageCount > 0)
        e = exec(db.db, "PRAGMA max_page_count=" + std::to_string(options.maxPageCount));
    if (e.empty())
        e = exec(db.db, "BEGIN");
    if (e.empty() && fault("schema"))
        e = "interrupted at step schema (fault injected)";
    if (e.empty())
        e = exec(db.db,
                 "PRAGMA application_id=" + std::to_string(kProjectApplicationId)
                     + "; PRAGMA user_version=" + std::to_string(kProjectSchemaVersion));
    for (const std::string &sql : schemaOf(kProjectSchemaVersion)) {
        if (e.empty())
            e = exec(db.db, sql);
    }
    if (e.empty() && fault("rows"))
        e = "interrupted at step rows (fault injected)";
    if (e.empty())
        e = writeRows(db.db, project, meta);
    if (e.empty() && fault("commit"))
        e = "interrupted at step commit (fault injected)";
    if (e.empty())
        e = exec(db.db, "COMMIT");
    if (!e.empty())
        return e;
    if (sqlite3_close(db.db) != SQLITE_OK)
        return "cannot close the temporary file";
    db.db = nullptr;
    return {};
}

bool writeAll(const fs::path &p, const std::string &text)
{
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += size_t(n);
    }
    return ::close(fd) == 0;
}

} // namespace

std::optional<ProjectFormat> formatForPath(const fs::path &path)
{
    std::string ext = path.extension().string();
    for (char &c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".json")
        return ProjectFormat::Json;
    if (ext == ".tfproj")
        return ProjectFormat::Tfproj;
    return std::nullopt;
}

namespace {

std::optional<Message> saveImpl(const std::string &path,
                                const Project &project,
                                ProjectMetadata meta,
                                std::optional<ProjectFormat> format,
                                const SaveOptions &options)
{
    fs::path target(path);
    std::error_code ec;
    // Saving through a link replaces the file it points to, not the link.
    if (fs::is_symlink(target, ec)) {
        const fs::path resolved = fs::weakly_canonical(target, ec);
        if (!ec)
            target = resolved;
    }
    if (fs::is_directory(target, ec))
        return saveError(path, "it is a folder");
    if (target.filename().empty())
        return saveError(path, "no file name");
    if (target.parent_path().empty())
        target = fs::path(".") / target;
    if (!format)
        format = formatForPath(target).value_or(ProjectFormat::Tfproj);

    meta.appVersion = TF_APP_VERSION;
    meta.modified = nowUtc();
    if (meta.created.empty())
        meta.created = meta.modified;

    const fs::path temp = temporaryBeside(target);
    auto fault = [&](std::string_view step) { return options.faultAt && !options.faultAt(step); };
    auto fail = [&](const std::string &why) {
        fs::remove(temp, ec);
        return saveError(path, why);
    };

    // Never a file its own reader would refuse (a number that is not finite, a NUL in a text):
    // the save fails naming the value, and the file on disk stays as it was. JSON: the tree is
    // checked before it is written (writeJson would make NaN null); .tfproj: every value is
    // checked as it is bound (Binder), and the temporary file goes.
    if (*format == ProjectFormat::Json) {
        const JsonValue tree = projectToJson(project);
        if (auto bad = unwritableValue(tree))
            return saveError(path, "nothing was written: " + bad->text);
        if (fault("create"))
            return fail("interrupted at step create (fault injected)");
        if (!writeAll(temp, writeJson(tree)))
            return fail(std::strerror(errno));
    } else if (std::string e = writeDatabase(temp, project, meta, options); !e.empty()) {
        return fail(e);
    }
    if (fault("sync"))
        return fail("interrupted at step sync (fault injected)");
    if (!syncPath(temp, false))
        return fail(std::string("cannot flush to disk: ") + std::strerror(errno));
    // A saved file keeps the permissions it had.
    if (const auto status = fs::status(target, ec); !ec && fs::exists(status))
        fs::permissions(temp, status.permissions(), ec);
    if (fault("rename"))
        return fail("interrupted at step rename (fault injected)");
    fs::rename(temp, target, ec);
    if (ec)
        return fail(ec.message());
    syncPath(target.parent_path(), true); // best effort: some file systems refuse to sync folders
    removeStaleTemporaries(target);
    return std::nullopt;
}

} // namespace

std::optional<Message>
saveProject(const std::string &path, const Project &project, const SaveOptions &options)
{
    ProjectMetadata meta = project.metadata;
    meta.recovery = false;
    meta.recoveryOf.clear();
    return saveImpl(path, project, meta, std::nullopt, options);
}

std::optional<Message> writeRecoveryFile(const std::string &recoveryPath,
                                         const Project &project,
                                         const std::string &documentPath)
{
    ProjectMetadata meta = project.metadata;
    meta.recovery = true;
    meta.recoveryOf = documentPath;
    std::error_code ec;
    if (const fs::path dir = fs::path(recoveryPath).parent_path(); !dir.empty())
        fs::create_directories(dir, ec);
    return saveImpl(recoveryPath, project, meta, ProjectFormat::Tfproj, {});
}

} // namespace tf
