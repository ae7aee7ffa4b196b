// The queries the customer views need, as an interface so that the list models can be
// tested without a database (SqlCustomerRepository is the real one).
#pragma once

#include "customerrecords.h"

#include <optional>

namespace gd::customers {

class CustomerRepository
{
public:
    virtual ~CustomerRepository() = default;

    // Row ids of every customer matching the filter, in the filter's order. Ids only: the
    // list model keeps these (8 bytes a customer) and loads rows a page at a time.
    [[nodiscard]] virtual QList<qint64> findRowIds(const CustomerFilter &filter) = 0;

    // The rows for the given row ids, in the same order; ids that no longer exist are skipped.
    [[nodiscard]] virtual QList<CustomerRow> rowsByRowIds(const QList<qint64> &rowIds) = 0;

    // The whole profile of one customer, or nothing when the id is unknown or deleted.
    [[nodiscard]] virtual std::optional<CustomerProfileData> profile(const QString &customerId) = 0;

    // The customer's notes, newest first (at most `limit`).
    [[nodiscard]] virtual QList<CustomerNote> notes(const QString &customerId, int limit) = 0;
};

} // namespace gd::customers
