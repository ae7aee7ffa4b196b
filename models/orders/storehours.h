// A store's opening hours (stores.opens_at / closes_at, local "HH:mm", with the store's UTC
// offset; migration 10 defaults them to 10:00–22:00 at UTC+8). Says whether an order came
// in during store hours or after closing. A closing time before the opening time is a
// store open past midnight.
#pragma once

#include <QDateTime>
#include <QTime>

namespace gd::orders {

struct StoreHours
{
    QTime opens { 10, 0 };
    QTime closes { 22, 0 };
    int utcOffsetMinutes = 480;

    // Parses "HH:mm"; keeps the defaults for what does not parse.
    [[nodiscard]] static StoreHours fromColumns(const QString &opens, const QString &closes,
                                                int utcOffsetMinutes);
    [[nodiscard]] bool isOpenAt(const QDateTime &when) const;
};

} // namespace gd::orders
