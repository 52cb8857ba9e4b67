// SPDX-License-Identifier: MIT
// Fails when a shipped .ts has unfinished, obsolete or vanished entries, or when the sources hold
// strings the .ts lacks (or the .ts holds strings the sources dropped): lupdate runs into a
// temporary copy and the two sets of source texts are compared.
//
// check_translations CMAKE GENERATE_SCRIPT PROJECT_CMAKE LUPDATE TS...
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Entry
{
    QString context, source, comment, type;
};

QString key(const Entry &e)
{
    return e.context + QChar(0) + e.source + QChar(0) + e.comment;
}

QString show(const Entry &e)
{
    QString s = e.source;
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("  [%1] \"%2\"%3")
        .arg(
            e.context, s, e.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.comment));
}

bool read(const QString &path, QList<Entry> *entries, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            e = Entry{context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            e.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            e.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            e.type = xml.attributes().value(QLatin1String("type")).toString();
            entries->append(e);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
        return false;
    }
    return true;
}

bool run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok
        = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 6) {
        out << "usage: check_translations CMAKE GENERATE_SCRIPT PROJECT_CMAKE LUPDATE TS...\n";
        return 2;
    }
    const QString cmake = args[1], generate = args[2], projectCmake = args[3], lupdate = args[4];
    const QStringList tsFiles = args.mid(5);

    QTemporaryDir tmp;
    const QString json = tmp.filePath(QStringLiteral("project.json"));
    QString log;
    if (!run(cmake,
             {QStringLiteral("-DIN_FILE=") + projectCmake,
              QStringLiteral("-DOUT_FILE=") + json,
              QStringLiteral("-P"),
              generate},
             &log)) {
        out << "cannot write the lupdate project:\n" << log;
        return 2;
    }

    bool failed = false;
    for (const QString &ts : tsFiles) {
        const QString name = QFileInfo(ts).fileName();
        QList<Entry> shipped, fresh;
        QString error;
        if (!read(ts, &shipped, &error)) {
            out << error << '\n';
            failed = true;
            continue;
        }
        const QString copy = tmp.filePath(name);
        QFile::copy(ts, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        if (!run(lupdate,
                 {QStringLiteral("-silent"),
                  QStringLiteral("-no-obsolete"),
                  QStringLiteral("-locations"),
                  QStringLiteral("none"),
                  QStringLiteral("-project"),
                  json,
                  QStringLiteral("-ts"),
                  copy},
                 &log)
            || !read(copy, &fresh, &error)) {
            out << "lupdate failed for " << name << ":\n" << log << error << '\n';
            failed = true;
            continue;
        }

        QStringList unfinished, stale, added, dropped;
        QSet<QString> shippedKeys, freshKeys;
        for (const Entry &e : std::as_const(shipped)) {
            shippedKeys.insert(key(e));
            if (e.type == QLatin1String("unfinished"))
                unfinished << show(e);
            else if (e.type == QLatin1String("obsolete") || e.type == QLatin1String("vanished"))
                stale << show(e);
        }
        for (const Entry &e : std::as_const(fresh)) {
            freshKeys.insert(key(e));
            if (!shippedKeys.contains(key(e)))
                added << show(e);
        }
        for (const Entry &e : std::as_const(shipped)) {
            if (!freshKeys.contains(key(e)) && e.type != QLatin1String("obsolete")
                && e.type != QLatin1String("vanished"))
                dropped << show(e);
        }
        auto report = [&](const QStringList &list, const char *what) {
            if (list.isEmpty())
                return;
            failed = true;
            out << name << ": " << list.size() << ' ' << what << ":\n"
                << list.join(QLatin1Char('\n')) << '\n';
        };
        report(added, "string(s) in the sources but not in the .ts (not translated)");
        report(dropped, "string(s) in the .ts that the sources no longer have");
        report(unfinished, "unfinished translation(s)");
        report(stale, "obsolete or vanished entr(y/ies)");
        if (!failed)
            out << name << ": " << shipped.size() << " strings, all translated and up to date\n";
    }
    if (failed) {
        out << "\nTo fix: cmake --build <build dir> --target update_translations, translate every "
               "entry of "
               "translations/*.ts (Qt Linguist, or the <translation> elements; drop "
               "type=\"unfinished\"), "
               "build, and commit the .ts files. See docs/translations.md.\n";
    }
    return failed ? 1 : 0;
}
