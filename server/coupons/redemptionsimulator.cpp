#include "redemptionsimulator.h"

#include "couponredemptions.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace gd::server::coupons {

namespace {
constexpr int batch = 200; // per look, so one look never holds the server for long
}

RedemptionSimulator::RedemptionSimulator(store::Database &db, CouponRedemptions &redemptions,
                                         double fraction, int afterSeconds, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_redemptions(redemptions)
    , m_fraction(std::clamp(fraction, 0.0, 1.0))
    , m_afterSeconds(std::max(0, afterSeconds))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { redeemDue(); });
}

void RedemptionSimulator::start()
{
    if (m_fraction <= 0)
        return;
    // Look often enough that a redemption is due at most a few seconds late.
    m_timer.start(std::clamp(m_afterSeconds * 1000 / 4, 500, 15000));
}

bool RedemptionSimulator::chosen(const QString &issueId, double fraction)
{
    const QByteArray digest
        = QCryptographicHash::hash(issueId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 bits = qFromBigEndian<quint32>(digest.constData());
    return double(bits) / 4294967296.0 < fraction;
}

int RedemptionSimulator::redeemDue()
{
    const QString before
        = QDateTime::currentDateTimeUtc().addSecs(-m_afterSeconds).toString(Qt::ISODateWithMs);
    QStringList due;
    {
        auto q = m_db.prepare(u"SELECT id FROM coupon_issues WHERE status = 'issued' AND"
                              " deleted = 0 AND issued_at <= ? ORDER BY issued_at"_s);
        q->bind(1, before);
        while (q->step() && due.size() < batch) {
            if (chosen(q->text(0), m_fraction))
                due << q->text(0);
        }
    }
    int redeemed = 0;
    for (const QString &id : std::as_const(due)) {
        if (m_redemptions.redeem(id).outcome == Redemption::Outcome::Redeemed)
            ++redeemed;
    }
    return redeemed;
}

} // namespace gd::server::coupons
