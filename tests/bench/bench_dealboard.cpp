// The deal board's search as a user meets it, on a million deals: keys typed into the board's search
// box one by one (as a person types, 120 ms apart), and the time from the last key until every column
// on screen has painted its cards for that text; clearing the box the same way. Each search is typed
// in a spelling not used before (dumitrescu, Dumitrescu, DUMITRESCU …: the same deals), so that nothing
// is answered from an earlier lookup.
//
// Beside it, alternately, the sqlite3 shell (a whole process) counts the same matches per stage (for
// clearing: the whole pipeline per stage): the least the board has to do. The counters give its median
// and the ratio.
//
// PRISTRIY_BENCH_DEALS_DB: a copy of `pristriy-cli demo --contacts 100000 --deals 1000000` (the
// benchmark upgrades it when needed; never point it at a file others read). PRISTRIY_SQLITE3: the shell.
// Run with QT_QPA_PLATFORM=offscreen (or under Xvfb).
#include "crm/dealsearchhits.h"
#include "dealboardpage.h"
#include "dealcolumnview.h"
#include "deals/dealfilterbar.h"
#include "demo/dealgenerator.h"
#include "guiutil.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "store/database.h"
#include "store/systemuser.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <iterator>

namespace {

constexpr int kKeyIntervalMs = 120;

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_DEALS_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-deals-1m.sqlite") : fromEnv;
}

QString sqliteShell()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_SQLITE3");
    return fromEnv.isEmpty() ? QStringLiteral("sqlite3") : fromEnv;
}

DatabasePtr openDb()
{
    static DatabasePtr db;
    if (!db) {
        Result<DatabasePtr> opened = Database::open(benchDb());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().fullText()));
        db = *opened;
    }
    return db;
}

// Every column's viewport: when it last painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(DealBoardPage *page)
    {
        for (int c = 0; c < page->columnCount(); ++c) {
            QWidget *viewport = page->columnView(c)->viewport();
            viewport->installEventFilter(this);
            m_painted.insert(viewport, -1);
        }
        m_clock.start();
    }
    qint64 now() const { return m_clock.nsecsElapsed(); }
    qint64 paintedAt(const QObject *viewport) const { return m_painted.value(viewport, -1); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            auto it = m_painted.find(watched);
            if (it != m_painted.end())
                *it = m_clock.nsecsElapsed();
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    QHash<const QObject *, qint64> m_painted;
};

struct Board
{
    std::unique_ptr<DealBoardPage> page;
    std::unique_ptr<PaintWatch> paints;
    QString target;                         // the text typed last
    QHash<const QWidget *, qint64> shownAt; // per column: when its cards were read for target
};

// The board of the largest pipeline, shown at 1600×1000, for the acting user.
Board &board(const QString &actor)
{
    static QHash<QString, Board *> boards;
    for (auto it = boards.cbegin(); it != boards.cend(); ++it)
        it.value()->page->setVisible(it.key() == actor);
    if (Board *b = boards.value(actor))
        return *b;
    GuiUtil::setActor(actor);
    auto *b = new Board;
    b->page = std::make_unique<DealBoardPage>(openDb());
    QSqlQuery q(openDb()->connection());
    q.exec(
        QStringLiteral("SELECT pipeline_id FROM deal GROUP BY pipeline_id ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    b->page->setPipeline(q.value(0).toLongLong());
    b->page->resize(1600, 1000);
    b->page->show();
    if (!QTest::qWaitForWindowExposed(b->page.get()))
        qFatal("the board was not shown");
    b->paints = std::make_unique<PaintWatch>(b->page.get());
    // A column model is reset when the board hands it a text (the board model has it first).
    for (int c = 0; c < b->page->columnCount(); ++c) {
        const QWidget *viewport = b->page->columnView(c)->viewport();
        QObject::connect(b->page->columnModel(c), &QAbstractItemModel::modelReset, b->page.get(),
                         [b, viewport] {
                             if (b->page->boardModel()->searchText() == b->target.trimmed())
                                 b->shownAt.insert(viewport, b->paints->now());
                         });
    }
    boards.insert(actor, b);
    return *b;
}

// Until every column on screen (the board scrolls sideways) has painted the cards of the target text;
// when the last of them painted, -1 when that never happened.
qint64 settle(Board &b)
{
    QElapsedTimer limit;
    limit.start();
    while (limit.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (b.page->filterBar()->isSearching() || b.page->boardModel()->searchText() != b.target.trimmed())
            continue;
        qint64 last = 0;
        bool all = true;
        for (int c = 0; c < b.page->columnCount() && all; ++c) {
            const QWidget *viewport = b.page->columnView(c)->viewport();
            if (viewport->visibleRegion().isEmpty())
                continue;
            const qint64 shown = b.shownAt.value(viewport, -1);
            const qint64 painted = b.paints->paintedAt(viewport);
            all = shown >= 0 && painted > shown;
            last = qMax(last, painted);
        }
        if (all)
            return last;
    }
    qWarning("the board never showed \"%s\" (it shows \"%s\")", qPrintable(b.target),
             qPrintable(b.page->boardModel()->searchText()));
    return -1;
}

// Types text into the search box (replacing what is there) as a person does; returns the nanoseconds
// from the last key until the board has drawn it, -1 when it never did.
qint64 typeAndWait(Board &b, const QString &text)
{
    QLineEdit *edit = b.page->filterBar()->searchEdit();
    if (edit->text() == text)
        return 0;
    b.target = text;
    b.shownAt.clear();
    edit->setFocus();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
    } else {
        edit->selectAll();
        for (int i = 0; i < text.size(); ++i) {
            if (i > 0)
                QTest::qWait(kKeyIntervalMs);
            QTest::keyClicks(edit, text.mid(i, 1));
        }
    }
    const qint64 lastKey = b.paints->now();
    const qint64 drawn = settle(b);
    return drawn < 0 ? -1 : drawn - lastKey;
}

// The same search, written differently each time (upper and lower case, or punctuation around it), so
// that no lookup is reused.
QString spelling(const QString &text, int round)
{
    int letters = 0;
    for (const QChar c : text)
        letters += c.isLetter() ? 1 : 0;
    if (letters == 0) {
        static const char *const around[] = {"%1",   "(%1)", "%1.", "[%1]", "'%1'", "%1!", "<%1>", "%1?",
                                             "{%1}", "%1;",  "~%1", "%1:",  "^%1",  "%1,", "=%1="};
        if (round >= int(std::size(around)))
            qFatal("not enough spellings of %s", qPrintable(text));
        return QString::fromLatin1(around[round]).arg(text);
    }
    if (round >= (1 << qMin(16, letters)))
        qFatal("not enough spellings of %s", qPrintable(text));
    QString s = text;
    int letter = 0;
    for (QChar &c : s) {
        if (!c.isLetter())
            continue;
        if ((round >> (letter % 16)) & 1)
            c = c.toUpper();
        ++letter;
    }
    return s;
}

// What the shell runs: the matches of the text counted per stage of the pipeline (for no text, the
// whole pipeline per stage).
QString shellSql(const QString &text, qint64 pipeline, const QString &owner)
{
    QStringList words;
    QString current;
    const QString padded = text + QLatin1Char(' ');
    for (const QChar c : padded) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << QLatin1Char('"') + current + QStringLiteral("\"*");
            current.clear();
        }
    }
    const QString match = words.join(QLatin1Char(' '));
    const QString mine = owner.isEmpty() ? QString() : QStringLiteral("AND owner = '%1'").arg(owner);
    if (match.isEmpty()) {
        return QStringLiteral(
                   "SELECT stage_id, currency, count(*), sum(amount_minor) FROM deal WHERE deleted_at "
                   "IS NULL AND pipeline_id = %1 %2 GROUP BY stage_id, currency;")
            .arg(pipeline)
            .arg(mine);
    }
    return QStringLiteral(
               "SELECT stage_id, currency, count(*), sum(amount_minor) FROM deal WHERE deleted_at IS NULL "
               "AND pipeline_id = %1 %4 AND id IN (SELECT rowid FROM deal_fts WHERE deal_fts MATCH '%2' "
               "UNION SELECT id FROM deal WHERE contact_id IN "
               "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH '%3')) GROUP BY stage_id, currency;")
        .arg(pipeline)
        .arg(match, match, mine);
}

double runShellMs(const QString &sql)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(sqliteShell(), {QStringLiteral("-readonly"), benchDb(), sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2);
}

struct Case
{
    const char *text; // empty: clearing the box after a search
    bool salesManager;
};
const Case kCases[] = {
    {"dumitrescu", false}, {"#5000", false},   {"kovalenko", false}, {"", false},
    {"popescu", true},     {"popescu", false}, // the same search as a director: what the sales manager's
                                               // restriction costs
};

void BM_BoardSearchAsTyped(benchmark::State &state)
{
    const Case &c = kCases[state.range(0)];
    const QString manager = DealGenerator::salesManagerLogins(1).first();
    const QString actor = c.salesManager ? manager : SystemUser::login();
    Board &b = board(actor);
    const qint64 pipeline = b.page->pipelineId();
    const QString text = QString::fromUtf8(c.text);
    QList<double> guiMs, shellMs, ratios;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QString typed;
        if (text.isEmpty()) {
            // Clearing: a search first (new to the board), then the box emptied.
            if (typeAndWait(b, spelling(QStringLiteral("ionescu"), ++round)) < 0)
                qFatal("the search before clearing never settled");
        } else {
            typed = spelling(text, ++round);
            if (typeAndWait(b, QString()) < 0)
                qFatal("clearing never settled");
        }
        QThreadPool::globalInstance()->waitForDone();
        state.ResumeTiming();
        const qint64 ns = typeAndWait(b, typed);
        if (ns < 0) {
            state.SkipWithError("the board never showed the search");
            return;
        }
        state.SetIterationTime(double(ns) / 1e9);
        guiMs.append(double(ns) / 1e6);
        const double shell = runShellMs(shellSql(text, pipeline, c.salesManager ? manager : QString()));
        shellMs.append(shell);
        ratios.append(guiMs.constLast() / shell);
    }
    state.counters["board_ms"] = median(guiMs);
    state.counters["board_min"] = *std::min_element(guiMs.cbegin(), guiMs.cend());
    state.counters["board_max"] = *std::max_element(guiMs.cbegin(), guiMs.cend());
    state.counters["sqlite3_ms"] = median(shellMs);
    state.counters["ratio"] = median(ratios);
    state.SetLabel(QStringLiteral("%1%2")
                       .arg(text.isEmpty() ? QStringLiteral("clearing") : text,
                            c.salesManager ? QStringLiteral(" (sales manager)") : QString())
                       .toStdString());
}
BENCHMARK(BM_BoardSearchAsTyped)
    ->DenseRange(0, int(std::size(kCases)) - 1)
    ->Iterations(7)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
