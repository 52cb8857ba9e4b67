// SPDX-License-Identifier: MIT
#pragma once

// Reading a written PDF back the way a reader sees it: its text and where each word sits, through
// poppler's pdftotext (poppler-utils, installed by packaging/install-deps.sh).

#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace tf::Test {

/// The text as written: DejaVu's ligatures (ff, fi, fl) come back from the PDF as one glyph.
inline QString withoutLigatures(QString text)
{
    return text.replace(QChar(0xFB00), QLatin1String("ff"))
        .replace(QChar(0xFB01), QLatin1String("fi"))
        .replace(QChar(0xFB02), QLatin1String("fl"))
        .replace(QChar(0xFB03), QLatin1String("ffi"))
        .replace(QChar(0xFB04), QLatin1String("ffl"));
}

/// One page's text in reading order (pdftotext -layout); page counts from 1.
inline QString pdfText(const QString &path, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"),
             QStringLiteral("-f"),
             QString::number(page),
             QStringLiteral("-l"),
             QString::number(page),
             path,
             QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return withoutLigatures(QString::fromUtf8(p.readAllStandardOutput()));
}

struct PdfWord
{
    QString text;
    QRectF box; ///< in points from the page's top left
};

/// The words of one page with their boxes (pdftotext -bbox).
inline QList<PdfWord> pdfWords(const QString &path, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"),
             QStringLiteral("-f"),
             QString::number(page),
             QStringLiteral("-l"),
             QString::number(page),
             path,
             QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QString html = withoutLigatures(QString::fromUtf8(p.readAllStandardOutput()));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        QString text = m.captured(5);
        text.replace(QLatin1String("&amp;"), QLatin1String("&"))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""));
        words.append({text, QRectF(topLeft, bottomRight)});
    }
    return words;
}

/// The first word that reads `text` exactly, or null.
inline const PdfWord *findWord(const QList<PdfWord> &words, const QString &text)
{
    for (const PdfWord &w : words) {
        if (w.text == text)
            return &w;
    }
    return nullptr;
}

} // namespace tf::Test
