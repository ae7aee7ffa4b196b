#include "coupontemplatemodel.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::coupons {

CouponTemplateModel::CouponTemplateModel(store::Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{ }

int CouponTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coupons.size());
}

QHash<int, QByteArray> CouponTemplateModel::roleNames() const
{
    return { { CouponIdRole, "couponId" },
             { NameRole, "name" },
             { NameEnRole, "nameEn" },
             { ValueRole, "value" },
             { MinSpendRole, "minSpend" },
             { ValidFromRole, "validFrom" },
             { ValidToRole, "validTo" },
             { QuotaRole, "quota" },
             { RemainingRole, "remaining" },
             { PerCustomerRole, "perCustomer" },
             { AvailabilityRole, "availability" },
             { UsableRole, "usable" } };
}

QString CouponTemplateModel::state(const CouponTemplate &coupon) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    if (coupon.validTo.isValid() && today > coupon.validTo)
        return u"expired"_s;
    if (coupon.validFrom.isValid() && today < coupon.validFrom)
        return u"upcoming"_s;
    if (coupon.remaining() == 0)
        return u"exhausted"_s;
    return u"active"_s;
}

QVariant CouponTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CouponTemplate &c = m_coupons.at(index.row());
    switch (role) {
    case CouponIdRole:
        return c.id;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case NameEnRole:
        return c.nameEn;
    case ValueRole:
        return double(c.valueCents) / 100.0;
    case MinSpendRole:
        return double(c.minSpendCents) / 100.0;
    case ValidFromRole:
        return c.validFrom;
    case ValidToRole:
        return c.validTo;
    case QuotaRole:
        return c.quota;
    case RemainingRole:
        return c.remaining();
    case PerCustomerRole:
        return c.perCustomer;
    case AvailabilityRole:
        return state(c);
    case UsableRole:
        return state(c) == u"active"_s;
    default:
        return {};
    }
}

void CouponTemplateModel::reload()
{
    QList<CouponTemplate> coupons;
    auto q = m_db.prepare(u"SELECT id, name, name_en, value_cents, min_spend_cents, valid_from,"
                          " valid_to, quota, issued_count, per_customer FROM coupons"
                          " WHERE deleted = 0 AND (? = '' OR store_id IS NULL OR store_id = ?)"
                          " ORDER BY coalesce(valid_to, '9999'), value_cents DESC, id"_s);
    q->bindAll(m_storeId, m_storeId);
    while (q->step()) {
        CouponTemplate c;
        c.id = q->text(0);
        c.name = q->text(1);
        c.nameEn = q->text(2);
        c.valueCents = q->int64(3);
        c.minSpendCents = q->int64(4);
        c.validFrom = QDate::fromString(q->text(5).left(10), Qt::ISODate);
        c.validTo = QDate::fromString(q->text(6).left(10), Qt::ISODate);
        c.quota = int(q->int64(7));
        c.issuedCount = int(q->int64(8));
        c.perCustomer = int(q->int64(9));
        coupons.append(c);
    }
    // Usable ones first, each group soonest-ending first (the SQL order, kept by the sort).
    std::stable_sort(coupons.begin(), coupons.end(),
                     [this](const CouponTemplate &a, const CouponTemplate &b) {
                         return (state(a) == u"active"_s) > (state(b) == u"active"_s);
                     });
    beginResetModel();
    m_coupons = std::move(coupons);
    endResetModel();
    Q_EMIT countChanged();
}

int CouponTemplateModel::firstUsable() const
{
    for (qsizetype i = 0; i < m_coupons.size(); ++i) {
        if (state(m_coupons.at(i)) == u"active"_s)
            return int(i);
    }
    return -1;
}

QVariantMap CouponTemplateModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= rowCount())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

QString CouponTemplateModel::usableIdAt(int row) const
{
    if (row < 0 || row >= rowCount() || state(m_coupons.at(row)) != u"active"_s)
        return {};
    return m_coupons.at(row).id;
}

QString CouponTemplateModel::nameAt(int row, bool english) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const CouponTemplate &c = m_coupons.at(row);
    return english && !c.nameEn.isEmpty() ? c.nameEn : c.name;
}

double CouponTemplateModel::valueAt(int row) const
{
    return row < 0 || row >= rowCount() ? 0.0 : double(m_coupons.at(row).valueCents) / 100.0;
}

int CouponTemplateModel::indexOf(const QString &couponId) const
{
    for (qsizetype i = 0; i < m_coupons.size(); ++i) {
        if (m_coupons.at(i).id == couponId)
            return int(i);
    }
    return -1;
}

} // namespace gd::coupons
