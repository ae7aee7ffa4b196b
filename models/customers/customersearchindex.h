// Keeps customer_search (FTS5) in step with customers. The index is contentless: it stores
// tokens only, so the name is written again here whenever a customer's searchable fields
// change. Also derives customers.name_sort (pinyin) so that "sort by name" is 拼音序.
#pragma once

#include <QString>

namespace gd::store {
class Database;
}
namespace gd::search {
class PinyinConverter;
class ChineseVariants;
} // namespace gd::search

namespace gd::customers {

struct SearchableFields
{
    QString name;
    QString nickname;
    QString remark;
    QString phoneLast4;
};

class CustomerSearchIndex
{
public:
    CustomerSearchIndex(store::Database &db, const search::PinyinConverter &pinyin,
                        const search::ChineseVariants &variants);

    // The pinyin sort key for a name ("zhang san" → "zhangsan"; Latin names lowercased).
    [[nodiscard]] QString sortKey(const QString &name) const;
    // Writes (or rewrites) the index entry of the customer with this rowid.
    void index(qint64 rowId, const SearchableFields &fields);
    void remove(qint64 rowId);
    // Rebuilds every entry from the customers table (after an import or a schema change).
    void rebuildAll();

private:
    store::Database &m_db;
    const search::PinyinConverter &m_pinyin;
    const search::ChineseVariants &m_variants;
};

} // namespace gd::customers
