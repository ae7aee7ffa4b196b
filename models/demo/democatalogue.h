// What the demo mall sells: the products of the simulated mini-program orders, shared by the
// reference server's order simulator and the embedded demo's order history, so both show
// the same shop.
#pragma once

#include <QtGlobal>
#include <iterator>

namespace gd::demo {

struct DemoProduct
{
    const char *sku;
    const char16_t *name; // product names are data, in Chinese as the mall lists them
    qint64 priceCents;
};

inline constexpr DemoProduct demoCatalogue[] = {
    { "C-2231", u"羊毛双面大衣", 129900 }, { "K-1001", u"羊绒围巾", 59900 },
    { "D-3310", u"真丝连衣裙", 89900 },    { "T-0420", u"针织开衫", 45900 },
    { "P-1188", u"阔腿西装裤", 52900 },    { "S-7702", u"小羊皮短靴", 99900 },
    { "B-0613", u"通勤托特包", 79900 },    { "T-0055", u"纯棉白衬衫", 29900 },
};

inline constexpr int demoCatalogueSize = int(std::size(demoCatalogue));

} // namespace gd::demo
