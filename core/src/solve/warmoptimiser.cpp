// SPDX-License-Identifier: MIT
// The optimiser with a design of its own, kept warm across edits (warmoptimiser.h).
#include "tf/solve/warmoptimiser.h"

namespace tf {

WarmOptimiser::WarmOptimiser(const Design &design, OptimiseOptions options)
    : m_design(std::make_unique<Design>(design))
    , m_optimiser(std::make_unique<Optimiser>(*m_design, std::move(options)))
{}

WarmOptimiser::WarmOptimiser(Design &&design, OptimiseOptions options)
    : m_design(std::make_unique<Design>(std::move(design)))
    , m_optimiser(std::make_unique<Optimiser>(*m_design, std::move(options)))
{}

WarmOptimiser::~WarmOptimiser() = default;

bool WarmOptimiser::update(const Design &design, const OptimiseOptions &options)
{
    return update(Design(design), options);
}

bool WarmOptimiser::update(Design &&design, const OptimiseOptions &options)
{
    // An edit of some nodes' numbers (the usual one) changes their part of the LP alone.
    if (m_optimiser->updateInPlace(*m_design, std::move(design), options))
        return true;
    // The optimiser moves to the new design before the old one goes.
    auto next = std::make_unique<Design>(std::move(design));
    const bool warm = m_optimiser->update(*next, options);
    m_design = std::move(next);
    return warm;
}

OptimiseResult WarmOptimiser::solve()
{
    return m_optimiser->solve();
}

void WarmOptimiser::knockOut(std::string_view nodeId)
{
    m_optimiser->knockOut(nodeId);
}

void WarmOptimiser::setLimit(std::string_view nodeId, std::optional<double> capacity)
{
    m_optimiser->setCapacity(nodeId, capacity);
}

void WarmOptimiser::restore()
{
    m_optimiser->restore();
}

std::vector<Knockout> WarmOptimiser::knockouts(bool pairs)
{
    return m_optimiser->knockouts(pairs);
}

const OptimiseOptions &WarmOptimiser::options() const
{
    return m_optimiser->options();
}

} // namespace tf
