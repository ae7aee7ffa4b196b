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
    SqlCustomerRepository(store::Database &db, const search::PinyinConverter &pinyin,
                          const search::ChineseVariants &variants);

    [[nodiscard]] QList<qint64> findRowIds(const CustomerFilter &filter) override;
    [[nodiscard]] QList<CustomerRow> rowsByRowIds(const QList<qint64> &rowIds) override;
    [[nodiscard]] std::optional<CustomerProfileData> profile(const QString &customerId) override;

private:
    QList<TagRecord> tagsOf(const QString &customerId);
    QList<PurchaseRecord> purchasesOf(const QString &customerId);

    store::Database &m_db;
    const search::PinyinConverter &m_pinyin;
    const search::ChineseVariants &m_variants;
};

} // namespace gd::customers
