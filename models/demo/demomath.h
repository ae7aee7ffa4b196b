// Natural log and exp from + − × ÷ alone, which IEEE 754 rounds identically everywhere.
// The C library's log/exp/cos may differ in the last bit between platforms, and one bit is
// enough to move a purchase by a day or a price by a yuan; demo data must be the same on
// every machine (tests, benchmarks and the reference server compare it). The demo sources
// are compiled with -ffp-contract=off so that no compiler fuses these into FMA either.
#pragma once

namespace gd::demo::math {

// ln(x) for finite x > 0; within a few ulp of std::log.
[[nodiscard]] double log(double x);

// e^x; 0 below -745, +infinity above 709.78; within a few ulp of std::exp.
[[nodiscard]] double exp(double x);

} // namespace gd::demo::math
