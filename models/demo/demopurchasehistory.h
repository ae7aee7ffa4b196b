// A customer's purchases, drawn from a buy-till-you-die process (BG/NBD, Fader, Hardie & Lee
// 2005) so that the churn model has something real to learn: while "alive" a customer buys
// as a Poisson process of rate λ ~ Gamma(r, α), and after each purchase drops out for good
// with probability p ~ Beta(a, b). Heterogeneous λ and p give the familiar shape: about a
// fifth buy once, actives come back every one to three months, many lapse.
#pragma once

#include "demorecords.h"

namespace gd::demo {

class DemoRandom;

struct PurchaseSetting
{
    QDate from; // the card's opening day: the first purchase is made on it
    QDate until; // today: nothing later
    int sizeIndex = 2; // the customer's clothing size, 0 (XS) … 5 (XXL)
    QString homeStoreId;
    QString otherStoreId; // the customer sometimes shops at the other store
    QString ownerGuideId; // sells most of the home-store purchases
    QStringList homeGuideIds;
    QStringList otherGuideIds;
    double neverBuysChance = 0.08; // signed up without buying (higher for online sign-ups)
    bool keepsBuying = false; // never drops out (customer 0, so demos have a regular)
};

// The purchases, oldest first, all within [from, until] (none for a customer who never buys).
[[nodiscard]] QList<DemoPurchase> drawPurchaseHistory(DemoRandom &random,
                                                      const PurchaseSetting &setting);

} // namespace gd::demo
