// SPDX-License-Identifier: MIT
#include "tf/physics/catalogschedule.h"

#include "tf/model/timeline.h"

#include <cctype>
#include <map>

namespace tf {

namespace {

// capacity_YYYY_... -> YYYY; empty for any other key.
std::optional<int> yearOf(std::string_view key)
{
    constexpr std::string_view prefix = "capacity_";
    if (key.substr(0, prefix.size()) != prefix || key.size() < prefix.size() + 5)
        return std::nullopt;
    int year = 0;
    for (size_t i = prefix.size(); i < prefix.size() + 4; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(key[i])))
            return std::nullopt;
        year = year * 10 + (key[i] - '0');
    }
    if (key[prefix.size() + 4] != '_')
        return std::nullopt;
    return year;
}

std::map<int, const CatalogValue *> yearlyFigures(const CatalogEntry &entry)
{
    std::map<int, const CatalogValue *> out;
    for (const auto &[key, value] : entry.values) {
        if (auto year = yearOf(key))
            out[*year] = &value;
    }
    return out;
}

} // namespace

std::vector<const CatalogEntry *> entriesWithYearlyCapacity(const Catalog &catalog, int baseYear)
{
    std::vector<const CatalogEntry *> out;
    for (const CatalogEntry &e : catalog.entries()) {
        if (catalogSchedule(catalog, e.id, 1, baseYear))
            out.push_back(&e);
    }
    return out;
}

std::optional<Schedule>
catalogSchedule(const Catalog &catalog, std::string_view entryId, double value, int baseYear)
{
    const CatalogEntry *entry = catalog.find(entryId);
    if (!entry)
        return std::nullopt;
    const auto figures = yearlyFigures(*entry);
    const auto base = figures.find(baseYear);
    if (base == figures.end() || !(base->second->value > 0))
        return std::nullopt;
    Schedule s;
    s.estimate = true;
    s.source = "moves with " + entry->name + " by year, from " + std::to_string(baseYear)
               + " (catalog " + entry->id + ")";
    for (auto it = std::next(base); it != figures.end(); ++it) {
        s.steps.push_back(
            {quarterIndex(it->first, 1), value * it->second->value / base->second->value});
        s.source += "; " + std::to_string(it->first) + ": " + it->second->source;
    }
    if (s.steps.empty())
        return std::nullopt;
    return s;
}

} // namespace tf
