#pragma once

#include "channel.h"

#include <QString>

// The folded text the full-text index holds for one record.
namespace SearchDocument {

QString forContact(const QString &givenName, const QString &familyName, const QString &company,
                   const Channels &emails);
QString forCompany(const QString &name, const QString &website, const Channels &emails);

} // namespace SearchDocument
