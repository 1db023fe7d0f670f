#pragma once

// Shared by the tests: a fresh database in a temporary folder.
#include "store/database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TempDatabase
{
public:
    TempDatabase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Result<DatabasePtr> opened = Database::open(path());
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error().fullText()));
        m_db = *opened;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    DatabasePtr db() const { return m_db; }
    // Closes and opens the file again, as a restart of the program would.
    DatabasePtr reopen()
    {
        m_db.reset();
        Result<DatabasePtr> opened = Database::open(path());
        if (!opened)
            qFatal("cannot reopen the test database: %s", qPrintable(opened.error().fullText()));
        m_db = *opened;
        return m_db;
    }

private:
    QTemporaryDir m_dir;
    DatabasePtr m_db;
};
