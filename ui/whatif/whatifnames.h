// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/paramref.h"
#include "tf/solve/solution.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

class QComboBox;

namespace tf::Ui::WhatIf {

/// A metric's name for people, translated from its key (tf/metricsref.h), with its unit.
QString metricLabel(const std::string &key);
QString metricUnit(const std::string &key);

/// Why a figure of the plan may have no value at a solved point, as a sentence naming it ("Cost
/// per million tokens in 2027Q1 has no value in a quarter with nothing online."); empty for a
/// figure that always has one and for the steady state's figures.
QString noValueText(const std::string &key);

/// "Capex (USD)", "Tokens/s": the unit in brackets unless the name already says it.
QString metricLabelWithUnit(const std::string &key);
/// For an axis whose numbers are divided by a scale ("millions"): "Tokens/s (millions)",
/// "Capex (USD, billions)".
QString metricAxisTitle(const std::string &key, const QString &scaleWord);
/// Whether more of a figure is good for a planner (+1: tokens, tokens per joule or per dollar,
/// NPV), bad (-1: cost, power, energy, payback years) or neither (0: the demand asked for).
int metricGoodDirection(const std::string &key);
/// A change too small to be more than the rounding of a solve (relative 1e-9 of the figures
/// compared), which a table shows as 0.
bool negligibleChange(double delta, double from, double to);

/// Why a study did not run, in words: its options' refusal (a coded message, messageText); when
/// the options were fine, why the design itself cannot be solved (`solution`, the figures shown);
/// else the core's text.
QString refusalText(const Design &design,
                    const Message &refusal,
                    const std::string &coreText,
                    const Solution *solution = nullptr);

/// "TSMC CoWoS-L · Capacity (k wafers/month)".
QString paramLabel(const Design &design, const ParamRef &ref);
/// Every node parameter of the design, in design order (reroutes have none).
std::vector<ParamRef> paramRefs(const Design &design);

/// Fills a combo with every metric (data: the key) and selects `key`.
void fillMetrics(QComboBox *box, const QString &key = {});

// Figures of the plan over time a study can read (tf/studies/studymetric.h): a series in a
// quarter ("tokens_per_s@2027Q4": "Tokens/s online in 2027Q4") or a plan total.
/// Fills a combo with every steady-state metric, then each plan series "at the quarter" (data:
/// "SERIES@", completed by a quarter combo, studyMetricKey) and the plan totals; selects `key`
/// (a full "SERIES@QUARTER" selects its series).
void fillStudyMetrics(QComboBox *box, const QString &key = {});
/// Fills a combo with the quarters of the design's timeline (data: "2027Q1") and selects
/// `quarter` ("2027Q4"), else the last quarter.
void fillQuarters(QComboBox *box, const Design &design, const QString &quarter = {});
/// The study key a metric combo and a quarter combo name: "tokens_per_s", "cumulative_tokens",
/// "tokens_per_s@2027Q4".
std::string studyMetricKey(const QComboBox *metric, const QComboBox *quarter);
/// Whether a metric combo's item needs a quarter (a plan series).
bool needsQuarter(const QString &data);
/// Why a study of `design` cannot read `key` (an unknown figure, a quarter outside the design's
/// timeline), in the user's language; empty when it can.
QString studyMetricProblem(const Design &design, const std::string &key);
/// Fills a combo with every node parameter (data: "NODE.KEY") and selects `ref` when given.
void fillParams(QComboBox *box,
                const Design &design,
                const std::optional<ParamRef> &ref = std::nullopt);
std::optional<ParamRef> currentParam(const QComboBox *box);

/// The slider and sweep range of a parameter: its valid range, with an unlimited maximum replaced
/// by 3 x the current value (at least 1) so the range stays one a hand can use.
std::pair<double, double> usableRange(const Design &design, const ParamRef &ref);

/// 4.4e8 → "440 M", for labels; full precision is in tables and exports.
QString shortNumber(double v);
/// As a planner types a number, in the user's locale: 364,826,000 (not 3.64826e+08), 0.95.
/// parseNumber (unitformat.h) reads it back.
/// A count as the locale groups it: "2,000" samples, German "2.000".
QString countText(std::size_t n);
QString typedNumber(double v, int digits = 6);

} // namespace tf::Ui::WhatIf
