// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/distribution.h"
#include "tf/physics/catalog.h"
#include "tf/solve/optimiser.h"

#include <QString>
#include <QStringList>

#include <string>

namespace tf::Ui::Names {

/// The words of the core's model in the user's language: node kinds, palette groups, parameters,
/// units and the standard goods, each looked up by its stable id (docs/translations.md). An id
/// the tables do not know (a newer core, a good of the user's design) shows the core's text.

QString kindLabel(NodeKind kind);       ///< "Fab (logic wafers)"
QString kindDescription(NodeKind kind); ///< the palette's tooltip

/// A parameter's label, keyed by its key ("capacity" → "Capacity"); settings too.
QString paramLabel(const ParamSpec &spec);
QString paramDescription(const ParamSpec &spec);
/// "Capacity (wafers/month)", or the label alone when the parameter has no unit.
QString paramLabelWithUnit(const ParamSpec &spec);
/// The valid range in words: "at least 0", "above 0 and at most 1".
/// `stateMax` says the highest even when it is the top of every amount (1e18).
QString rangeText(double min, double max, bool minExclusive, bool stateMax);
QString rangeText(const ParamSpec &spec);

/// A unit as the core writes it ("wafers/month", "tokens/s", "USD/MW"), translated; symbols
/// (MW, kW, mm) stay as they are.
QString unit(const std::string &unit);
/// Whether the unit table has that unit (or knows it as a symbol that stays as it is).
bool knowsUnit(const std::string &unit);

/// A good's name: a standard good ("hbm_stack") in the user's language unless the design renamed
/// it; a good of the user's design as named there.
QString goodName(const Design &design, const std::string &goodId);
/// The same from an id and the name the core put in a message.
QString goodName(const std::string &goodId, const std::string &englishName);

/// A parameter's uncertainty in words, numbers in the locale's format: "triangular from 70 to
/// 100, most likely 83,3".
QString distributionText(const Distribution &distribution);

/// Why the core refuses a distribution (distributionProblem), in words: "The minimum must not be
/// above the maximum". Empty when it takes it.
QString distributionRefusal(const Distribution &distribution);

/// What Optimise mode optimises, as the Solve menu words it: "most tokens", "cheapest plan for
/// the demand".
QString objectiveLabel(Objective objective);

/// What a datacenter runs, by the catalog's product names without their bracketed details:
/// "NVIDIA GB200 NVL72 rack · DeepSeek-R1 · FP4"
/// (an id the catalog lacks as it is).
QString runText(const Catalog &catalog,
                const std::string &hardware,
                const std::string &workload,
                const std::string &precision);

/// Every English source text of the tables, for the test that looks for untranslated words.
QStringList vocabulary();

} // namespace tf::Ui::Names
