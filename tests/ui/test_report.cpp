// SPDX-License-Identifier: MIT
// The report and the canvas picture as a reader of a slide deck sees them (issue 19): text read
// back from the PDF, sizes measured in pixels or points.
#include "guiapp.h"
#include "reportpdf.h"

#include "document.h"
#include "export/canvasexport.h"
#include "export/report.h"
#include "scene/designscene.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/solve.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tf;

namespace {

/// The share of pixels that differ by more than a little in any channel.
double differingShare(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > 40
                || std::abs(qGreen(p[col]) - qGreen(q[col])) > 40
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > 40)
                ++differing;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

/// The canvas painted into an image of `size` pixels whose device says `dpi`.
QImage paintedCanvas(Ui::DesignScene &scene, QSize size, int dpi)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    Ui::Export::paintCanvas(&scene, &p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace

TEST_CASE("The canvas picture is drawn for the device's resolution, not in its points",
          "[export][report]")
{
    guiApp();
    Ui::Document document(defaultDesign());
    document.solveNow();
    Ui::DesignScene scene(&document);
    const QRectF bounds = Ui::Export::canvasBounds(&scene);
    const QSize size = (bounds.size() * 1.5).toSize();

    // A 300-DPI device (a PDF page) gets the same drawing as a screen-like 96-DPI one: text of
    // the same size in the same place, not three times larger and cut off.
    const QImage screen = paintedCanvas(scene, size, 96);
    CHECK(differingShare(screen, paintedCanvas(scene, size, 300)) < 0.01);

    // The PNG export (twice the scale, stamped 192 DPI) is that drawing at twice the pixels.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("canvas.png"));
    REQUIRE_FALSE(Ui::Export::exportCanvas(&scene, png));
    const QImage exported(png);
    CHECK(exported.dotsPerMeterX() == qRound(192 / 0.0254));
    const QImage reference = paintedCanvas(scene, exported.size(), 96);
    CHECK(differingShare(reference, exported) < 0.01);
}

TEST_CASE("Page 1's picture has node text in proportion to the nodes", "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Design design = defaultDesign();
    const SolveResult solved = solveDesign(design);
    REQUIRE(solved.ok());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(Ui::Export::writeReport(design, solved.solution, path, {}).error);

    // The fab's header ("TSMC 4NP (B200 logic)") and its figure ("163.6 wafers/month") sit
    // about 60 design units apart; the header's text is 12 units tall. Drawn at the page's
    // resolution the text is a fraction of that gap, not as tall as the gap.
    const QList<Test::PdfWord> words = Test::pdfWords(path, 1);
    const Test::PdfWord *header = Test::findWord(words, QStringLiteral("4NP"));
    const Test::PdfWord *figure = Test::findWord(words, QStringLiteral("wafers/month"));
    REQUIRE(header);
    REQUIRE(figure);
    const double gap = figure->box.top() - header->box.top();
    REQUIRE(gap > 0);
    CHECK(header->box.height() < 0.35 * gap);
    CHECK(figure->box.height() < 0.35 * gap);
}
