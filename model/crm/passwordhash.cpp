#include "passwordhash.h"

#include <sodium.h>

namespace {

const unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool ok = sodium_init() >= 0; // thread-safe static; sodium_init is idempotent
    return ok;
}

// The UTF-8 bytes of a password, wiped when they go out of scope.
class Secret
{
public:
    explicit Secret(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

QByteArray PasswordHash::hash(const QString &password)
{
    if (!ready())
        return {};
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), kOpsLimit, kMemLimit) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHash::verify(const QByteArray &stored, const QString &password)
{
    if (!ready() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const Secret secret(password);
    // libsodium reads a NUL-terminated string; QByteArray::constData() is one.
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHash::needsRehash(const QByteArray &stored)
{
    if (!ready())
        return false;
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}
