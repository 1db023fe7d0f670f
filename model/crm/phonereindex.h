#pragma once

#include "store/database.h"

#include <functional>

// Changing the database's phone region. Numbers stored with their country code mean the same in any
// region; numbers typed the national way ("0721 234 567") are read anew in the new region, so their
// normalised form and search key change with it.
namespace PhoneReindex {

// progress(done, total) may return false to cancel; the region and every key then stay as they were.
Status run(const Database &db, const QString &region,
           const std::function<bool(qint64, qint64)> &progress = {});

} // namespace PhoneReindex
