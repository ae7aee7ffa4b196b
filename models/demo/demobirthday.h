// A birthday as Chinese customers record it: Gregorian or lunar (农历), with or without year.
#pragma once

#include "demorecords.h"

namespace gd::demo {

class DemoRandom;

// Draws a birthday for someone born on or before `today` minus 18 years: ~15 % none, ~20 %
// of the rest lunar (converted from a real date with ICU's Chinese calendar, so it exists,
// leap months included), ~15 % without year, and a few on 29 February.
[[nodiscard]] DemoBirthday drawBirthday(DemoRandom &random, const QDate &today);

// The lunar (Chinese calendar) date of a Gregorian date, via ICU.
[[nodiscard]] DemoBirthday lunarOf(const QDate &date);

} // namespace gd::demo
