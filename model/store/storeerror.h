#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

// What went wrong in the store, said so that a user knows which file and what to do.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Code
    {
        None,
        NotADatabase,
        Corrupt,
        NewerVersion,
        ReadOnly,
        CannotCreate,
        Locked,
        MigrationFailed,
        Sql,
        Invalid,
        NotFound,
        Denied,
    };

    Code code = Code::None;
    QString message; // for the user: what failed and what to do
    QString detail;  // for the log: the driver's text, the statement

    bool isError() const { return code != Code::None; }
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral("\n") + detail; }

    static StoreError make(Code code, const QString &message, const QString &detail = {})
    {
        return StoreError{code, message, detail};
    }
    static StoreError invalid(const QString &message) { return make(Code::Invalid, message); }
    static StoreError notFound(const QString &message) { return make(Code::NotFound, message); }
};

// A value or the reason there is none.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(StoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    // On a temporary, the value is moved out, so `for (x : *f())` does not dangle.
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

// For operations that return nothing but may fail.
using Status = Result<bool>;
inline Status okStatus()
{
    return Status(true);
}
