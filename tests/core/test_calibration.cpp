// SPDX-License-Identifier: MIT
// The calibration: its rows, the fitted constants, the bands, and the out-of-sample judges.
#include "tf/physics/calibration.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

using namespace tf;

namespace {

const char *const kAnchors[] = {"mlperf-v4.0-dgx-h100-llama2-70b-offline",
                                "mlperf-v5.1-dgx-b200-llama2-70b-offline",
                                "mlperf-v5.1-dgx-b200-llama3.1-8b-offline"};

// 21806.2 -> "21,806": the table's style.
std::string grouped(double value)
{
    std::string digits = std::to_string(std::llround(value));
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(size_t(i), ",");
    return digits;
}

std::string readDoc(const char *name)
{
    std::string text;
    if (std::FILE *f = std::fopen((std::string(TF_DOCS_DIR) + "/" + name).c_str(), "rb")) {
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            text.append(buf, n);
        std::fclose(f);
    }
    return text;
}

} // namespace

TEST_CASE("Every calibration row lies within 10% of its MLPerf result", "[calibration]")
{
    const std::vector<CalibrationRow> rows = calibrationRows(builtinCatalog());
    for (const char *id : kAnchors) {
        CAPTURE(id);
        const auto it = std::find_if(
            rows.begin(), rows.end(), [&](const CalibrationRow &r) { return r.id == id; });
        REQUIRE(it != rows.end());
        CAPTURE(it->predicted, it->measured);
        CHECK(std::abs(it->residual()) <= kCalibrationTolerance);
        CHECK_FALSE(it->round.empty());
    }
    CHECK(rows.size() == std::size(kAnchors)); // nothing else is fitted to
}

TEST_CASE("The catalog's compute fractions are the fit, and borrowed ones the mean",
          "[calibration]")
{
    const Catalog &c = builtinCatalog();
    double sum = 0;
    int n = 0;
    for (const char *family : {"hopper", "blackwell"}) {
        CAPTURE(family);
        const auto fit = fitComputeFraction(c, family);
        REQUIRE(fit);
        for (const CatalogEntry *e : c.ofKind("efficiency")) {
            if (e->textField("family") != family)
                continue;
            CAPTURE(e->id);
            // Three decimals in the file; the fit re-run on today's model must agree.
            CHECK(*e->number("compute_fraction") == Approx(*fit).margin(0.0015));
            CHECK(*e->number("memory_fraction") == 0.8); // fixed, not fitted
        }
        sum += *c.find(std::string(family) == "hopper" ? "hopper-fp8" : "blackwell-fp4")
                    ->number("compute_fraction");
        ++n;
    }
    for (const char *family : {"blackwell-ultra", "cdna3", "cdna4", "tpu"}) {
        CAPTURE(family);
        CHECK_FALSE(fitComputeFraction(c, family)); // no rows of their own
        for (const CatalogEntry *e : c.ofKind("efficiency")) {
            if (e->textField("family") == family) {
                CHECK(*e->number("compute_fraction") == Approx(sum / n).margin(0.0005));
                CHECK(e->textField("calibrated_on").empty());
            }
        }
    }
}

TEST_CASE("Bands: the largest residual for calibrated families, wider for the rest",
          "[calibration]")
{
    const Catalog &c = builtinCatalog();
    const WorkloadSpec dense = *workloadSpec(*c.find("llama2-70b", "workload"));
    const WorkloadSpec moe = *workloadSpec(*c.find("deepseek-r1", "workload"));
    double worst = 0;
    for (const CalibrationRow &r : calibrationRows(c))
        worst = std::max(worst, std::abs(r.residual()));

    const CalibrationInfo hopper = calibrationFor(c, "hopper", dense);
    CHECK(hopper.calibrated);
    CHECK(hopper.workloadCovered);
    CHECK(hopper.bandFraction == Approx(std::max(kCalibrationTolerance, worst)));
    CHECK(hopper.round == "MLPerf Inference v4.0");
    CHECK(hopper.rows == std::vector<std::string>{kAnchors[0]});

    const CalibrationInfo blackwell = calibrationFor(c, "blackwell", dense);
    CHECK(blackwell.round == "MLPerf Inference v5.1");
    CHECK(blackwell.rows.size() == 2);

    const CalibrationInfo amd = calibrationFor(c, "cdna3", dense);
    CHECK_FALSE(amd.calibrated);
    CHECK(amd.bandFraction >= 2 * hopper.bandFraction - 1e-12);
    CHECK(amd.rows.size() == 3); // it borrows from every row
    CHECK_THAT(amd.round, Catch::Contains("v4.0") && Catch::Contains("v5.1"));

    // No calibration row is a mixture of experts: those estimates are outside what was fitted.
    const CalibrationInfo moeOnBlackwell = calibrationFor(c, "blackwell", moe);
    CHECK(moeOnBlackwell.calibrated);
    CHECK_FALSE(moeOnBlackwell.workloadCovered);
    CHECK(moeOnBlackwell.bandFraction > blackwell.bandFraction);
}

TEST_CASE("The out-of-sample judges: sourced rows the fit never saw, and the median error "
          "docs/throughput-model.md reports",
          "[calibration][judges]")
{
    const Catalog &c = builtinCatalog();
    const std::vector<JudgedRow> rows = judgeMeasurements(c);
    int checks = 0;
    for (const JudgedRow &r : rows) {
        const CatalogEntry &m = *r.measurement;
        if (m.textField("use") == "calibration")
            continue;
        CAPTURE(m.id, r.problem);
        CHECK(m.textField("use") == "check");
        const CatalogValue *v = m.value("tokens_per_s");
        REQUIRE(v);
        CHECK_FALSE(v->source.empty());
        CHECK(v->date.size() >= 7); // the month of the round
        CHECK(r.predicted > 0);
        ++checks;
    }
    CHECK(checks >= 20);
    const double median = medianAbsoluteError(rows, "check");
    char stated[64];
    std::snprintf(stated, sizeof stated, "median absolute error is %.0f%%", median * 100);
    CAPTURE(stated);
    CHECK_THAT(readDoc("throughput-model.md"), Catch::Contains(stated));
}

TEST_CASE("Every row of the out-of-sample table in docs/throughput-model.md is the code's",
          "[calibration][judges]")
{
    const std::string doc = readDoc("throughput-model.md");
    REQUIRE_FALSE(doc.empty());
    for (const JudgedRow &r : judgeMeasurements(builtinCatalog())) {
        if (r.measurement->textField("use") != "check")
            continue;
        // Signs as the docs write them: "+6%", "−11%" (U+2212).
        char error[24];
        std::snprintf(error,
                      sizeof error,
                      "%s%.0f%%",
                      r.error() < 0 ? "\u2212" : "+",
                      std::abs(r.error()) * 100);
        // "| measured | predicted | error |" as the table prints them.
        const std::string cells
            = "| " + grouped(r.measured) + " | " + grouped(r.predicted) + " | " + error + " |";
        CAPTURE(r.measurement->id, cells);
        CHECK_THAT(doc, Catch::Contains(cells));
    }
}
