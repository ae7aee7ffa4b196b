// The Segments page's fixture for the Quick tests.
#pragma once

#include "churn/churnmodelrow.h"
#include "churn/churnscorer.h"
#include "customers/customersearchindex.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segmentbook.h"
#include "segments/churnbands.h"
#include "segments/segmentservice.h"
#include "segments/segmentwriter.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The Segments page needs a real store: a small generated one in a temporary file (the
// segment worker opens its own connection to it).
class SegmentStore
{
public:
    SegmentStore()
        : m_path(m_dir.filePath(u"segments.db"_s))
        , m_db(gd::store::Database::open(m_path, m_key,
                                         gd::store::Database::OpenMode::CreateIfMissing))
    {
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*m_db);
        gd::customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        gd::seed::seedDemoData(*m_db, index, gd::demo::DemoGenerator(4, 300, QDate(2026, 11, 22)));
        m_service = std::make_unique<gd::segments::SegmentService>([this] {
            return gd::store::Database::open(m_path, m_key,
                                             gd::store::Database::OpenMode::OpenExisting);
        });
        m_outbox = std::make_unique<gd::outbox::Outbox>(*m_db);
        m_writer = std::make_unique<gd::segments::SegmentWriter>(*m_db, *m_outbox,
                                                                 gd::customers::Actor {});
        m_repository
            = std::make_unique<gd::customers::SqlCustomerRepository>(*m_db, m_pinyin, m_variants);
        m_book = std::make_unique<gd::ui::SegmentBook>(*m_service, *m_writer, *m_repository, *m_db);
        m_book->setExportFolder(m_dir.filePath(u"exports"_s));
        auto guide = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide'"
                                   " ORDER BY rowid LIMIT 1"_s);
        guide->step();
        m_guideId = guide->text(0);
        m_storeId = guide->text(1);
        m_book->setActor({ m_guideId, m_storeId }, false);
    }
    gd::ui::SegmentBook *book() { return m_book.get(); }

    // How many of the guide's customers the churn scorer itself puts in `band` (the store's
    // model as the segment worker gets it: pulled, or fitted on the store's customers).
    int riskBandCount(const QString &band)
    {
        const QDate today = QDate::currentDate();
        const gd::churn::ChurnScorer scorer(*m_db);
        auto model = gd::churn::readChurnModel(*m_db, m_storeId);
        if (!model) {
            QList<gd::churn::CustomerSummary> summaries;
            for (const auto &c : scorer.readStore(m_storeId, today))
                summaries << c.summary;
            QString error;
            model = gd::churn::fitChurnModel(summaries, gd::churn::TimeUnit::Days, &error);
        }
        if (!model)
            return -1;
        const auto book = scorer.readBook(m_guideId, today);
        int n = 0;
        for (const auto &risk :
             gd::churn::ChurnScorer::score(*model, book, gd::segments::ChurnBands::horizonDays))
            n += gd::churn::riskBandName(gd::churn::riskBandOf(risk.riskScore)) == band ? 1 : 0;
        return n;
    }

private:
    QTemporaryDir m_dir;
    const QByteArray m_key = QByteArray(32, 'q');
    QString m_path;
    gd::search::PinyinConverter m_pinyin;
    gd::search::ChineseVariants m_variants;
    std::unique_ptr<gd::store::Database> m_db;
    std::unique_ptr<gd::segments::SegmentService> m_service;
    std::unique_ptr<gd::outbox::Outbox> m_outbox;
    std::unique_ptr<gd::segments::SegmentWriter> m_writer;
    std::unique_ptr<gd::customers::SqlCustomerRepository> m_repository;
    std::unique_ptr<gd::ui::SegmentBook> m_book;
    QString m_guideId, m_storeId;
};

// What the Segments page test checks against.
class SegmentProbe : public QObject
{
    Q_OBJECT
public:
    explicit SegmentProbe(SegmentStore &store)
        : m_store(store)
    { }
    Q_INVOKABLE int riskBandCount(const QString &band) { return m_store.riskBandCount(band); }

private:
    SegmentStore &m_store;
};
