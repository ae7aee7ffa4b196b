// CustomerRepository on the local SQLCipher store.
#pragma once

#include "customerrepository.h"

namespace gd::store {
class Database;
}
namespace gd::search {
class PinyinConverter;
class ChineseVariants;
} // namespace gd::search

namespace gd::customers {

class SqlCustomerRepository : public CustomerRepository
{
public:
    // Up to `ftsDrivenLimit` matches, a search looks customers up one by one; above it, it
    // walks the sorted index (see findRowIds). Tests set it to force one plan or the other.
    SqlCustomerRepository(store::Database &db, const search::PinyinConverter &pinyin,
                          const search::ChineseVariants &variants, qint64 ftsDrivenLimit = 2000);

    [[nodiscard]] QList<qint64> findRowIds(const CustomerFilter &filter) override;
    [[nodiscard]] QList<CustomerRow> rowsByRowIds(const QList<qint64> &rowIds) override;
    [[nodiscard]] std::optional<CustomerProfileData> profile(const QString &customerId) override;
    [[nodiscard]] QList<CustomerNote> notes(const QString &customerId, int limit) override;

private:
    QList<TagRecord> tagsOf(const QString &customerId);
    QList<PurchaseRecord> purchasesOf(const QString &customerId);

    store::Database &m_db;
    const search::PinyinConverter &m_pinyin;
    const search::ChineseVariants &m_variants;
    qint64 m_ftsDrivenLimit;
};

} // namespace gd::customers
