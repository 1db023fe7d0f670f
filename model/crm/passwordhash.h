#pragma once

#include <QByteArray>
#include <QString>

// Slow salted password hashes: libsodium's Argon2id with its "interactive" limits (64 MiB, two
// passes), stored in the self-describing "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form, so that
// later limits still verify old hashes. The password never leaves these functions except as a hash.
namespace PasswordHash {

// The string to store, or an empty string when libsodium cannot start or the memory is lacking.
QByteArray hash(const QString &password);
// True when password is the one hashed into stored.
bool verify(const QByteArray &stored, const QString &password);
// True when stored was made with other limits than hash() uses now (rehash after a right password).
bool needsRehash(const QByteArray &stored);

} // namespace PasswordHash
